/** Feature tests: analyse a text the way the server does (rules, then the editor's directive checks). */
import { createAnalyzer } from '../../engine/analyzer';
import type { Diagnostic } from '../../engine/diagnostics';
import type { AnalyzerOptions, ResolvedOptions } from '../../engine/options';
import { rules } from '../../engine/rules/index';
import type { Rule } from '../../engine/rules/types';
import type { Dossier } from '../../engine/model/types';

export interface Analysed {
  lines: string[];
  dossiers: Dossier[];
  diagnostics: Diagnostic[];
  options: ResolvedOptions;
}

/** The catalogue, plus rules not registered yet that a test needs (by id, no duplicate). */
export function withRules(extra: readonly Rule[] = []): Rule[] {
  const ids = new Set(rules.map((r) => r.id));
  return [...rules, ...extra.filter((r) => !ids.has(r.id))];
}

export function analyse(text: string, options: AnalyzerOptions = {}, extra: readonly Rule[] = []): Analysed {
  const analyzer = createAnalyzer({ ...options, ruleModules: withRules(extra) });
  const result = analyzer.analyze(text, { uri: 'file:///test.delib' });
  return { lines: result.lines, dossiers: result.dossiers, diagnostics: result.diagnostics, options: analyzer.options };
}

/** Replaces the first `find` on 1-based line `line` (the corpus line numbers of docs/domain.md). */
export function edit(text: string, line: number, find: string, replacement: string): string {
  const lines = text.split('\n');
  const at = lines[line - 1].indexOf(find);
  if (at < 0) throw new Error(`'${find}' not on line ${line}: ${lines[line - 1]}`);
  lines[line - 1] = lines[line - 1].slice(0, at) + replacement + lines[line - 1].slice(at + find.length);
  return lines.join('\n');
}

export const URI = 'file:///test.delib';
