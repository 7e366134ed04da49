/** Every rule is a module with an id, a default severity, a docs page and its own tests. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../engine/rules/index';

const root = new URL('../../', import.meta.url);

/** The catalogue of issue #3 (ids fixed), plus the rules added where users expect more. */
const REQUIRED = [
  'vote-total', 'vote-absent', 'vote-outcome', 'vote-quorum', 'vote-interest', 'attendance-duplicate',
  'attendance-officer', 'budget-balance', 'budget-total', 'budget-credit', 'budget-report-match',
  'amount-article', 'amount-format', 'visa-required', 'visa-avis', 'visa-citation', 'date-signature',
  'date-report', 'numero-year', 'article-sequence', 'article-reference',
];

describe('the rule catalogue', () => {
  it('holds every rule of the catalogue, each once', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(REQUIRED.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has docs, tests, and bilingual metadata', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
    expect(['error', 'warning', 'information', 'hint']).toContain(rule.severity);
    expect(rule.description.fr.length).toBeGreaterThan(10);
    expect(rule.description.en.length).toBeGreaterThan(10);
    const docs = new URL(`docs/rules/${id}.md`, root);
    expect(existsSync(docs), `docs/rules/${id}.md`).toBe(true);
    expect(readFileSync(docs, 'utf8').startsWith(`# ${id}\n`)).toBe(true);
    expect(existsSync(new URL(`test/rules/${id}.test.ts`, root)), `test/rules/${id}.test.ts`).toBe(true);
  });

  it('grades severity by legal weight: votes and arithmetic are errors, visas and dates warnings', () => {
    for (const rule of rules) {
      if (/^(vote|attendance|budget)-/.test(rule.id)) expect(rule.severity, rule.id).toBe('error');
      // A council convened too late deliberates illegally (L2121-11, L2121-12): an error, not a warning.
      if (rule.id === 'date-convocation') expect(rule.severity, rule.id).toBe('error');
      else if (/^(visa|date)-/.test(rule.id)) expect(rule.severity, rule.id).toBe('warning');
    }
  });
});
