/**
 * Writes what the editor uses to recognise a deliberation before the engine runs, from the
 * templates' own sources (engine/templates/first-lines.ts, engine/templates/departement-cp.ts):
 *
 * - package.json `contributes.languages[0].firstLine`: VS Code compiles it with `new RegExp(s)`,
 *   no flags, so the sources (matched without case everywhere else) are spelt out case by case;
 * - the grammar's department header rule (syntaxes/deliberation.tmLanguage.json), Oniguruma,
 *   with `(?i:…)`.
 *
 * Only those two strings change; the files keep their formatting. Run `npx tsx
 * scripts/generate-detection.ts` after changing a first line or the header;
 * test/templates/detection-sync.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CP_HEADER_SEPARATOR, CP_HEADER_WORDS } from '../engine/templates/departement-cp';
import { FIRST_LINES, firstLineSource } from '../engine/templates/first-lines';

export const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));
export const GRAMMAR = fileURLToPath(new URL('../syntaxes/deliberation.tmLanguage.json', import.meta.url));
/** The grammar rule the header source governs, found by its scope. */
export const HEADER_RULE_NAME = 'markup.heading.department.deliberation';

/**
 * The same pattern without the `i` flag: each letter `x` becomes `[xX]`, a class gains the other
 * case of its letters. Handles the constructs the portable sources use (escapes, classes without
 * ranges, groups and look-arounds) and throws on anything else rather than change the meaning.
 */
export function caseless(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const escape = /^\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[pP]\{[^}]*\}|[^])/.exec(source.slice(i));
      if (!escape) throw new Error(`caseless: dangling escape at ${i} in ${source}`);
      out += escape[0];
      i += escape[0].length - 1;
    } else if (ch === '[') {
      const end = classEnd(source, i);
      out += caselessClass(source.slice(i, end + 1));
      i = end;
    } else if (ch === '(' && source[i + 1] === '?') {
      const group = /^\(\?(?::|=|!|<=|<!)/.exec(source.slice(i));
      if (!group) throw new Error(`caseless: unsupported group at ${i} in ${source}`);
      out += group[0];
      i += group[0].length - 1;
    } else if (ch === '{') {
      const quantifier = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
      if (!quantifier) throw new Error(`caseless: unsupported brace at ${i} in ${source}`);
      out += quantifier[0];
      i += quantifier[0].length - 1;
    } else {
      out += bothCases(ch).length > 1 ? `[${bothCases(ch)}]` : ch;
    }
  }
  return out;
}

function bothCases(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return ch;
  return upper + lower;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  throw new Error(`caseless: unclosed class at ${open} in ${source}`);
}

function caselessClass(cls: string): string {
  const body = cls.slice(1, -1);
  if (body.startsWith('^') || /(?<!\\)-(?!$)/.test(body.slice(1))) throw new Error(`caseless: negated class or range in ${cls}`);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') {
      out += body.slice(i, i + 2);
      i++;
      continue;
    }
    for (const c of bothCases(body[i])) if (!out.includes(c) && !body.includes(c, i + 1)) out += c;
  }
  return `[${out}]`;
}

/** package.json's `firstLine`: every template's first line, anchored, case spelt out. */
export function manifestFirstLine(): string {
  return caseless(firstLineSource(FIRST_LINES));
}

/**
 * The grammar's header rule: the article words as the keyword (group 1), the département's name
 * (group 2), trailing blanks outside. Same verdict as the engine's `CP_LANDMARKS.header`.
 */
export function grammarHeaderMatch(): string {
  return `^\\s*+((?i:${CP_HEADER_WORDS}))${CP_HEADER_SEPARATOR}(\\S(?:.*\\S)?)\\s*$`;
}

/** Replaces the JSON string value `old` by `value` where `"key": old` occurs exactly once in `text`. */
export function replaceJsonString(text: string, key: string, old: string, value: string): string {
  const needle = `${JSON.stringify(key)}: ${JSON.stringify(old)}`;
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`expected one ${needle} in the file`);
  return text.slice(0, at) + `${JSON.stringify(key)}: ${JSON.stringify(value)}` + text.slice(at + needle.length);
}

interface GrammarRule {
  name?: string;
  match?: string;
  patterns?: GrammarRule[];
}

/** The header rule of the grammar's repository, by its scope name. */
export function findHeaderRule(grammar: { repository: Record<string, GrammarRule> }): GrammarRule {
  const rules: GrammarRule[] = [];
  const walk = (rule: GrammarRule) => {
    if (rule.name === HEADER_RULE_NAME && rule.match) rules.push(rule);
    rule.patterns?.forEach(walk);
  };
  Object.values(grammar.repository).forEach(walk);
  if (rules.length !== 1) throw new Error(`expected one ${HEADER_RULE_NAME} rule, found ${rules.length}`);
  return rules[0];
}

function main(): void {
  const pkgText = readFileSync(PACKAGE_JSON, 'utf8');
  const language = JSON.parse(pkgText).contributes.languages[0];
  writeFileSync(PACKAGE_JSON, replaceJsonString(pkgText, 'firstLine', language.firstLine, manifestFirstLine()));

  const grammarText = readFileSync(GRAMMAR, 'utf8');
  const rule = findHeaderRule(JSON.parse(grammarText));
  writeFileSync(GRAMMAR, replaceJsonString(grammarText, 'match', rule.match!, grammarHeaderMatch()));
  console.log('package.json firstLine and the grammar header rule written');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
