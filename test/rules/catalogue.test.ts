/** Every rule is a module with an id, a default severity, a docs page and its own tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The modules of engine/rules/ that are not rules: the registry, the types and the message helpers. */
const NOT_RULES = new Set(['index.ts', 'types.ts', 'helpers.ts']);
const rulesDir = new URL('engine/rules/', root);
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));
const libFiles = readdirSync(new URL('lib/', rulesDir)).filter((f) => f.endsWith('.ts'));

/** The relative modules a source file imports or re-exports from. */
function relativeImports(source: string): string[] {
  return [...source.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
}

describe('rule modules stay independent', () => {
  it('finds the rule modules', () => {
    expect(ruleFiles.length).toBe(rules.length);
    expect(libFiles.length).toBeGreaterThan(0);
  });

  it.each(ruleFiles)('%s imports no other rule module: shared derivations live in engine/rules/lib/ or engine/facts/', (file) => {
    const source = readFileSync(new URL(file, rulesDir), 'utf8');
    const siblings = relativeImports(source).filter((spec) => /^\.\/[^/]+$/.test(spec) && !NOT_RULES.has(`${spec.slice(2)}.ts`));
    expect(siblings).toEqual([]);
  });

  it.each(ruleFiles)('%s exports its rule and nothing else', (file) => {
    const source = readFileSync(new URL(file, rulesDir), 'utf8');
    const exports = source.split('\n').filter((line) => /^export\b/.test(line));
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatch(/^export const [a-z][A-Za-z]*: Rule = \{$/);
  });

  it.each(libFiles)('lib/%s reads no rule module (the library is below the rules)', (file) => {
    const source = readFileSync(new URL(`lib/${file}`, rulesDir), 'utf8');
    const rulesReached = relativeImports(source).filter((spec) => /^\.\.\/[^/]+$/.test(spec) && !NOT_RULES.has(`${spec.slice(3)}.ts`));
    expect(rulesReached).toEqual([]);
  });
});
