/**
 * Issue 8: no catastrophic backtracking. Every regular expression written in the engine's sources
 * (found by scanning the TypeScript, not by importing: a private constant counts as much as an
 * exported one) is checked with recheck (automaton and fuzz analysis); each must be `safe`, i.e.
 * linear in the length of the text it is run on.
 *
 * One test per source file, so that a red test names the module to fix. A pattern built at run
 * time from data (settings, the JSON schema) cannot be checked statically: each such site must be
 * listed below with the reason it is harmless, or the test fails.
 *
 * The modules under engine/templates/ are data: their patterns are composed once, at load, from
 * constant strings (a vocabulary's `sticky(source)` helper, a `.join('|')` of alternatives), never
 * from settings or a document. Their test also imports the module and rechecks every RegExp value
 * reachable from its exports (deep, through objects, arrays, Sets and Maps), those of the modules
 * it imports left to their own test: a site there that the scan cannot evaluate is checked by its
 * value, and needs no entry below. A pattern such a module builds must therefore be exported.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes, tokenize, type FoundRegex } from './collect';

const ENGINE = fileURLToPath(new URL('../../engine', import.meta.url));
const SCHEMAS = fileURLToPath(new URL('../../schemas', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Data modules: their patterns are checked by value too (see above). */
const TEMPLATES = 'engine/templates/';

/**
 * Patterns recheck flags although they are linear where they are used. Each entry needs the
 * justification and a timing test in `pathological.test.ts`. Empty: every flagged pattern was rewritten.
 */
const FALSE_POSITIVES: Record<string, string> = {};

/** `file:line` of `new RegExp(expression)` sites whose source is run-time data, and why that is safe. */
const DYNAMIC_SITES: Record<string, string> = {
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
  return verdict(`${r.file}:${r.line} /${r.source}/${r.flags}`, d);
}

function verdict(where: string, d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${where}: ${d.complexity.summary}, attack ${d.attack.pattern.slice(0, 120)}`;
  if (d.status === 'unknown') return `${where}: unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  return `${where}: safe`;
}

/** Every RegExp reachable from `value` (objects, arrays, Sets, Maps; functions are not called), with its path. */
function regexValues(value: unknown, path: string, out = new Map<RegExp, string>(), seen = new Set<object>()): Map<RegExp, string> {
  if (value instanceof RegExp) {
    if (!out.has(value)) out.set(value, path);
    return out;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  const entries: [string, unknown][] =
    value instanceof Map
      ? [...value.entries()].map(([k, v]) => [String(k), v])
      : value instanceof Set
        ? [...value].map((v, i) => [String(i), v])
        : Object.entries(value);
  for (const [key, item] of entries) regexValues(item, Array.isArray(value) || value instanceof Set ? `${path}[${key}]` : `${path}.${key}`, out, seen);
  return out;
}

/** The modules `file` imports at run time (not `import type`), as paths like `engine/templates/common.ts`. */
function runtimeImports(file: string): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^import\s+(?!type\s)[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gm)) {
    const base = join(dirname(join(ROOT, file)), m[1]);
    const path = [`${base}.ts`, join(base, 'index.ts'), base].find((p) => existsSync(p) && statSync(p).isFile());
    if (path) out.push(relative(ROOT, path));
  }
  return out;
}

async function exportsOf(file: string): Promise<Record<string, unknown>> {
  return (await import(join(ROOT, file))) as Record<string, unknown>;
}

/** The RegExp values reachable from the exports of `file` and not from those of the modules it imports. */
async function ownRegexValues(file: string): Promise<Map<RegExp, string>> {
  const own = new Map<RegExp, string>();
  for (const [name, value] of Object.entries(await exportsOf(file))) regexValues(value, name, own);
  for (const dependency of runtimeImports(file)) {
    const theirs = new Map<RegExp, string>();
    for (const [name, value] of Object.entries(await exportsOf(dependency))) regexValues(value, name, theirs);
    for (const re of theirs.keys()) own.delete(re);
  }
  return own;
}

function templateFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return templateFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
    });
}

const found = collectRegexes(ENGINE);
const files = [...new Set([...found.map((r) => r.file), ...templateFiles(join(ROOT, TEMPLATES))])].sort();

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

  it('reads the RegExp values of the templates\' modules, each in the module that builds it', async () => {
    const vocabulary = await ownRegexValues('engine/templates/vocabulary/attendance.ts');
    const paths = [...vocabulary.values()];
    // Built by the vocabulary's `sticky(source)`: a site the scan cannot evaluate.
    expect(paths).toContain('ATTENDANCE.listHeaders[0].pattern');
    expect(paths).toContain('ATTENDANCE.itemRange');
    // The profiles hold the shared vocabulary: its patterns are its module's, not theirs.
    const profile = [...(await ownRegexValues('engine/templates/assemblee.ts')).values()];
    expect(profile.some((p) => p.includes('.vocabulary.'))).toBe(false);
    expect(runtimeImports('engine/templates/assemblee.ts')).toContain('engine/templates/common.ts');
  }, 60_000);
});

describe('every engine regex is linear (recheck)', () => {
  for (const file of files) {
    it(file, async () => {
      const problems: string[] = [];
      const isData = file.startsWith(TEMPLATES);
      for (const r of found.filter((f) => f.file === file)) {
        if (r.dynamic !== undefined) {
          // A data module's pattern is built at load: checked by its value, below.
          if (isData) continue;
          const key = siteKey(r);
          if (!DYNAMIC_SITES[key]) problems.push(`${key} (${r.file}:${r.line}): new RegExp(${r.dynamic}) built from run-time data, unchecked`);
          continue;
        }
        const d = recheck(r.source, r.flags);
        if (d.status === 'safe') continue;
        if (FALSE_POSITIVES[`/${r.source}/${r.flags}`]) continue;
        problems.push(describeProblem(r, d));
      }
      if (isData) {
        for (const [re, path] of await ownRegexValues(file)) {
          const d = recheck(re.source, re.flags);
          if (d.status === 'safe' || FALSE_POSITIVES[`/${re.source}/${re.flags}`]) continue;
          problems.push(verdict(`${file} ${path} /${re.source}/${re.flags}`, d));
        }
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
