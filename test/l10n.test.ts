/**
 * French and English everywhere: the manifest's `%key%` strings in both package.nls files, the
 * client's `vscode.l10n.t` strings in the French bundle, and every message of the engine (rule
 * descriptions, diagnostics, fixes, hovers…) with a non-empty French and English text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { resolveOptions } from '../engine/options';
import { rules } from '../engine/rules/index';
import type { Message, RuleReport } from '../engine/rules/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

// ── A small TypeScript scanner: enough to find calls and object literals and cut their arguments ──

/** Index just past the string, template or comment starting at `i`, or `i` if none starts there. */
function skipLiteral(source: string, i: number): number {
  const c = source[i];
  if (c === '/' && source[i + 1] === '/') {
    const end = source.indexOf('\n', i);
    return end < 0 ? source.length : end;
  }
  if (c === '/' && source[i + 1] === '*') {
    const end = source.indexOf('*/', i + 2);
    return end < 0 ? source.length : end + 2;
  }
  if (c === "'" || c === '"') {
    let j = i + 1;
    while (j < source.length && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '`') {
    let j = i + 1;
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') j += 2;
      else if (source[j] === '$' && source[j + 1] === '{') j = skipBalanced(source, j + 1);
      else j++;
    }
    return j + 1;
  }
  return i;
}

/** From an opening bracket at `open`, the index just past its matching closing bracket. */
function skipBalanced(source: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < source.length) {
    const skipped = skipLiteral(source, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = source[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return source.length;
}

/** The top-level pieces between `open` and its closing bracket, cut at `separators`. */
function splitTopLevel(source: string, open: number, separators: string): string[] {
  const close = skipBalanced(source, open) - 1;
  const parts: string[] = [];
  let start = open + 1;
  let i = start;
  while (i < close) {
    const skipped = skipLiteral(source, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = source[i];
    if (c === '(' || c === '[' || c === '{') {
      i = skipBalanced(source, i);
      continue;
    }
    if (separators.includes(c)) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  parts.push(source.slice(start, close));
  return parts.map((part) => part.trim()).filter((part, index, all) => part !== '' || index < all.length - 1);
}

/**
 * Clears in `inCode` the strings, templates and comments between `start` and `end`. The `${…}`
 * expressions of a template are code (`${vscode.l10n.t('…')}` is a call), their delimiters are not.
 */
function markLiterals(source: string, inCode: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; ) {
    if (source[i] !== '`') {
      const skipped = skipLiteral(source, i);
      if (skipped !== i) {
        inCode.fill(0, i, skipped);
        i = skipped;
      } else i++;
      continue;
    }
    let j = i + 1;
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') j += 2;
      else if (source[j] === '$' && source[j + 1] === '{') {
        const close = skipBalanced(source, j + 1);
        inCode.fill(0, i, j + 2);
        markLiterals(source, inCode, j + 2, close - 1);
        i = close - 1;
        j = close;
      } else j++;
    }
    inCode.fill(0, i, j + 1);
    i = j + 1;
  }
}

/** Positions of code (not strings or comments, but the expressions of templates) where `pattern` matches. */
function codeMatches(source: string, pattern: RegExp): RegExpExecArray[] {
  const inCode = new Uint8Array(source.length).fill(1);
  markLiterals(source, inCode, 0, source.length);
  return [...source.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].filter(
    (match) => inCode[match.index!] === 1,
  );
}

const isEmptyLiteral = (text: string) => /^(''|""|``)$/.test(text.trim());
const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** A plain string literal's value (`'…'`, `"…"` or a template without `${}`), else undefined. */
function stringValue(text: string): string | undefined {
  const t = text.trim();
  if (/^'(?:[^'\\\n]|\\.)*'$/s.test(t) || /^"(?:[^"\\\n]|\\.)*"$/s.test(t)) {
    return t.slice(1, -1).replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gs, (_, escape: string) => {
      if (escape[0] === 'u') return String.fromCodePoint(parseInt(escape.replace(/[u{}]/g, ''), 16));
      if (escape[0] === 'x') return String.fromCharCode(parseInt(escape.slice(1), 16));
      return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[escape] ?? escape;
    });
  }
  if (/^`[^`$\\]*`$/.test(t)) return t.slice(1, -1);
  return undefined;
}

// ── The manifest ─────────────────────────────────────────────────────────────────────────────

function nlsKeysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%([^%\s]+)%$/.exec(value);
    if (match) found.add(match[1]);
  } else if (Array.isArray(value)) value.forEach((item) => nlsKeysIn(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => nlsKeysIn(item, found));
  return found;
}

describe('package.json strings', () => {
  const manifest = readJson('package.json');
  const english = readJson('package.nls.json');
  const french = readJson('package.nls.fr.json');
  const keys = [...nlsKeysIn(manifest)].sort();

  it('uses %keys% for its commands, settings and walkthrough', () => {
    expect(keys).toContain('command.restartServer');
    expect(keys).toContain('config.rules');
    expect(keys).toContain('walkthrough.title');
  });

  it('has every %key% in package.nls.json and package.nls.fr.json, not empty', () => {
    const missing = keys.flatMap((key) => [
      ...(typeof english[key] === 'string' && (english[key] as string).trim() ? [] : [`package.nls.json: ${key}`]),
      ...(typeof french[key] === 'string' && (french[key] as string).trim() ? [] : [`package.nls.fr.json: ${key}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
  });

  it('keeps the command links and code of the English strings in the French ones', () => {
    const linksAndCode = (text: string) => [...text.matchAll(/\]\((command:[^)]+)\)|`(delibera\.[\w.]+)`/g)].map((m) => m[1] ?? m[2]).sort();
    const differing = Object.keys(english).filter(
      (key) => typeof french[key] === 'string' && linksAndCode(english[key] as string).join() !== linksAndCode(french[key] as string).join(),
    );
    expect(differing).toEqual([]);
  });
});

// ── The client ───────────────────────────────────────────────────────────────────────────────

describe('client strings (vscode.l10n.t)', () => {
  const bundle = readJson('l10n/bundle.l10n.fr.json') as Record<string, string>;
  const calls = sourceFiles('client').flatMap((file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    return codeMatches(source, /\bl10n\.t\s*\(/).map((match) => {
      const open = match.index! + match[0].length - 1;
      const [first] = splitTopLevel(source, open, ',');
      // l10n.t({ message, args, comment }) carries its text in `message`.
      const objectMessage = /^\{[\s\S]*?\bmessage\s*:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/.exec(first ?? '');
      const text = stringValue(objectMessage ? objectMessage[1] : (first ?? ''));
      return { where: `${file}:${lineOf(source, match.index!)}`, literal: first, text };
    });
  });

  it('finds the client strings', () => {
    expect(calls.length).toBeGreaterThanOrEqual(10);
    expect(calls.map((call) => call.text)).toContain('Show output');
  });

  it('passes only string literals to l10n.t (a computed string cannot be translated)', () => {
    expect(calls.filter((call) => call.text === undefined).map((call) => `${call.where}: ${call.literal}`)).toEqual([]);
  });

  it('has every string in l10n/bundle.l10n.fr.json, translated, with the same {n} placeholders', () => {
    const problems = calls.flatMap(({ where, text }) => {
      if (text === undefined) return [];
      const translation = bundle[text];
      if (typeof translation !== 'string' || !translation.trim()) return [`${where}: « ${text} » has no French translation`];
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
      return placeholders(translation) === placeholders(text) ? [] : [`${where}: « ${translation} » does not keep the placeholders of « ${text} »`];
    });
    expect(problems).toEqual([]);
  });

  it('keeps no translation of a string the client no longer uses', () => {
    const used = new Set(calls.map((call) => call.text));
    expect(Object.keys(bundle).filter((key) => !used.has(key))).toEqual([]);
  });
});

// ── The engine ───────────────────────────────────────────────────────────────────────────────

const bothLanguages = (message: Message | undefined) =>
  !!message && typeof message.fr === 'string' && typeof message.en === 'string' && message.fr.trim() !== '' && message.en.trim() !== '';

describe('engine messages', () => {
  it('describes every rule in French and English', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((rule) => !bothLanguages(rule.description)).map((rule) => rule.id)).toEqual([]);
  });

  it('writes every message(fr, en) and pick(locale, fr, en) with both texts', () => {
    const problems = sourceFiles('engine').flatMap((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      return codeMatches(source, /(?<![\w.$])(message|pick)\s*\(/).flatMap((match) => {
        if (/\bfunction\s*$/.test(source.slice(Math.max(0, match.index! - 20), match.index))) return [];
        const args = splitTopLevel(source, match.index! + match[0].length - 1, ',');
        const texts = match[1] === 'pick' ? args.slice(1) : args;
        const where = `${file}:${lineOf(source, match.index!)}`;
        if (texts.length !== 2) return [`${where}: ${match[1]}(…) with ${args.length} argument(s)`];
        return texts.some(isEmptyLiteral) ? [`${where}: an empty text`] : [];
      });
    });
    expect(problems).toEqual([]);
  });

  it('gives every { fr, en } object both texts (or neither, for a piece of sentence left out)', () => {
    const problems = sourceFiles('engine').flatMap((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      return codeMatches(source, /\{/).flatMap((match) => {
        const properties = splitTopLevel(source, match.index!, ',;');
        const valueOf = (key: string) => properties.find((p) => new RegExp(`^${key}\\??\\s*:`).test(p))?.replace(/^\w+\??\s*:/, '');
        const fr = valueOf('fr');
        const en = valueOf('en');
        if (fr === undefined && en === undefined) return [];
        const where = `${file}:${lineOf(source, match.index!)}`;
        if (fr === undefined || en === undefined) return [`${where}: only ${fr === undefined ? 'en' : 'fr'}`];
        // `{ fr: '', en: '' }`: a piece of sentence left out in both languages, not a message.
        return isEmptyLiteral(fr) !== isEmptyLiteral(en) ? [`${where}: a text in one language only`] : [];
      });
    });
    expect(problems).toEqual([]);
  });

  it('reports in both languages on the corpus, the samples and the drafts (messages, related information, fixes)', () => {
    const folders = ['test/fixtures/corpus', 'samples', 'test/fixtures/drafts'];
    const texts = folders.flatMap((folder) =>
      readdirSync(join(ROOT, folder))
        .filter((name) => /\.(txt|delib)$/.test(name))
        .map((name) => readFileSync(join(ROOT, folder, name), 'utf8')),
    );
    const reports: { rule: string; report: RuleReport }[] = [];
    const options = resolveOptions({ locale: 'fr' });
    for (const text of texts) {
      const { dossiers } = createAnalyzer().analyze(text);
      for (const rule of rules) {
        const report = (r: RuleReport) => reports.push({ rule: rule.id, report: r });
        try {
          if (rule.scope === 'dossier') for (const dossier of dossiers) rule.check({ dossier, options, report });
          else rule.check({ dossiers, options, report });
        } catch {
          // A crashing rule is other tests' business; here only the messages matter.
        }
      }
    }
    // The samples carry errors put in on purpose: some rules must fire.
    expect(reports.map((r) => r.rule)).toContain('vote-total');
    const incomplete = reports.flatMap(({ rule, report }) => [
      ...(bothLanguages(report.message) ? [] : [`${rule}: message ${JSON.stringify(report.message)}`]),
      ...(report.related ?? []).filter((related) => !bothLanguages(related.message)).map((related) => `${rule}: related ${JSON.stringify(related.message)}`),
      ...(report.fixes ?? []).filter((fix) => !bothLanguages(fix.title)).map((fix) => `${rule}: fix ${JSON.stringify(fix.title)}`),
    ]);
    expect(incomplete).toEqual([]);
  });
});
