/**
 * Rule tests in both directions, after ESLint's RuleTester: small documents inline, each valid one
 * giving no diagnostic of the rule, each invalid one giving exactly the errors listed (1-based line
 * and column, a fragment of the message), through the whole pipeline (detection, model, rule).
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import type { Diagnostic } from '../../engine/diagnostics';
import type { AnalyzerOptions } from '../../engine/options';
import type { Rule } from '../../engine/rules/types';

export interface ValidCase {
  name: string;
  code: string;
  options?: AnalyzerOptions;
}

export interface ExpectedError {
  line: number;
  column?: number;
  /** A fragment of the French message (or of the English one with `options.locale: 'en'`). */
  message?: string;
  data?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export function diagnosticsOf(rule: Rule, code: string, options: AnalyzerOptions = {}): Diagnostic[] {
  return createAnalyzer({ ...options, ruleModules: [rule] }).analyze(code).diagnostics.filter((d) => d.code === rule.id);
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.id}: valid`, () => {
    for (const c of cases.valid) {
      it(c.name, () => {
        expect(diagnosticsOf(rule, c.code, c.options).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)).toEqual([]);
      });
    }
  });
  describe(`${rule.id}: invalid`, () => {
    for (const c of cases.invalid) {
      it(c.name, () => {
        const found = diagnosticsOf(rule, c.code, c.options);
        expect(found.length, found.map((d) => d.message).join('\n')).toBe(c.errors.length);
        c.errors.forEach((error, k) => {
          const d = found[k];
          expect(d.range.start.line + 1).toBe(error.line);
          if (error.column !== undefined) expect(d.range.start.character + 1).toBe(error.column);
          if (error.message !== undefined) expect(d.message).toContain(error.message);
          if (error.data !== undefined) expect(d.data).toMatchObject(error.data);
        });
      });
    }
  });
}
