/**
 * The fixes of one diagnostic. Rules ship ready-made edits in `data.fixes`; for rules that describe
 * the fix in their data instead, the edit is derived here, from conventions every rule follows:
 *
 * - `expected` + `actual`: the diagnostic's range holds `actual`; writing `expected` fixes it.
 *   `otherSide: { range, expected }`: the error may be on the other side, a second fix; neither
 *   direction is preferred then.
 * - `expected` + `replace: Range`: `expected` replaces that range (an incomplete visa).
 * - `expected` + `insertAfterLine`: a missing line (a visa) goes after that line.
 * - `renumber` (article-sequence): the articles are renumbered 1…n, and the references to them.
 *
 * A derived edit is offered only when the document still holds what the rule read.
 */
import type { Diagnostic } from '../diagnostics';
import type { Dossier, Range } from '../model/types';
import type { Locale } from '../rules/types';
import { collapseSpaces } from '../text/normalize';
import { isSafeFix, visaRanges } from '../fix-safety';
import type { TextEdit } from './lsp';
import { dossierAt } from './position-index';
import { isValidRange, pick, shorten, textAt } from './text-utils';

export interface FixProposal {
  title: string;
  edits: TextEdit[];
  /** Applied by a single keystroke and by `source.fixAll.delibera`. */
  preferred: boolean;
  /** A placeholder to select once the edit is applied, in the edited document's coordinates. */
  select?: Range;
}

export interface FixContext {
  lines: readonly string[];
  dossiers: readonly Dossier[];
  locale: Locale;
}

/**
 * Rules whose derived replacement is the one obvious fix: the value is computed from figures that
 * are written elsewhere (a balance from its two terms, a number's year from the meeting date).
 */
const DERIVED_PREFERRED = new Set(['budget-balance', 'amount-format', 'numero-year', 'date-signature']);

/** The placeholders the visa templates carry (visa-required), to select after inserting one. */
const PLACEHOLDER = /AAAA-NNN|JJ\/MM\/AAAA|<[^<>\n]{1,40}>/;

interface ShippedFix {
  title?: unknown;
  range?: Range;
  text?: unknown;
  preferred?: unknown;
}

/**
 * Every fix of the diagnostic, best first. Only a safe fix (engine/fix-safety.ts) stays preferred: the
 * others are suggestions, applied one at a time by the user who reads them.
 */
export function fixesFor(diagnostic: Diagnostic, context: FixContext): FixProposal[] {
  const proposals = allFixes(diagnostic, context);
  if (proposals.some((f) => f.preferred)) {
    const visas = visaRanges(context.dossiers);
    for (const fix of proposals) if (fix.preferred && !isSafeFix(fix.edits.map((e) => ({ range: e.range, text: e.newText })), visas)) fix.preferred = false;
  }
  return proposals;
}

function allFixes(diagnostic: Diagnostic, context: FixContext): FixProposal[] {
  const data = diagnostic.data ?? {};
  const shipped = Array.isArray(data.fixes) ? (data.fixes as ShippedFix[]) : undefined;
  const own = shipped && shipped.length > 0 ? shippedFixes(shipped, context) : derivedFixes(diagnostic, context);
  if (diagnostic.code !== 'article-sequence') return own;
  // The whole renumbering (references included) comes first; the rule's one-number fixes after it.
  const renumber = renumberFix(diagnostic, context);
  if (own.some((f) => f.preferred)) renumber.forEach((f) => (f.preferred = false));
  return [...renumber, ...own];
}

function shippedFixes(fixes: readonly ShippedFix[], context: FixContext): FixProposal[] {
  const valid = fixes.filter((f) => typeof f.text === 'string' && isValidRange(context.lines, f.range));
  // Two directions both marked preferred would make a keystroke pick one at random: neither is.
  const preferredCount = valid.filter((f) => f.preferred === true).length;
  return valid.map((f) => ({
    title: typeof f.title === 'string' ? f.title : pick(context.locale, 'Corriger', 'Fix'),
    edits: [{ range: f.range!, newText: f.text as string }],
    preferred: f.preferred === true && preferredCount === 1,
    select: placeholderAfter(f.range!.start, f.text as string),
  }));
}

/** Where a placeholder of an inserted text lands once the text is in: counted from the edit's start. */
function placeholderAfter(start: { line: number; character: number }, text: string): Range | undefined {
  const m = PLACEHOLDER.exec(text.length > 2000 ? text.slice(0, 2000) : text);
  if (!m) return undefined;
  const before = text.slice(0, m.index).split('\n');
  const line = start.line + before.length - 1;
  const character = (before.length === 1 ? start.character : 0) + before[before.length - 1].length;
  return { start: { line, character }, end: { line, character: character + m[0].length } };
}

function sameText(written: string, expected: string): boolean {
  return collapseSpaces(written) === collapseSpaces(expected);
}

function quoted(locale: Locale, text: string): string {
  const short = shorten(collapseSpaces(text), 60);
  return pick(locale, `« ${short} »`, `"${short}"`);
}

function derivedFixes(diagnostic: Diagnostic, context: FixContext): FixProposal[] {
  const data = diagnostic.data ?? {};
  const { lines, locale } = context;
  const expected = data.expected;
  if (typeof expected !== 'string' || expected === '') return [];
  const out: FixProposal[] = [];
  const replace = data.replace as Range | undefined;
  if (replace && isValidRange(lines, replace)) {
    out.push({
      title: pick(locale, `Remplacer par ${quoted(locale, expected)}`, `Replace with ${quoted(locale, expected)}`),
      edits: [{ range: replace, newText: expected }],
      preferred: false,
      select: placeholderIn(expected, replace.start.line, replace.start.character),
    });
    return out;
  }
  const after = data.insertAfterLine;
  if (typeof after === 'number' && Number.isInteger(after) && after >= -1 && after < lines.length && data.missing !== 'opinion') {
    const text = expected.trimEnd();
    const at = after < 0 ? { line: 0, character: 0 } : { line: after, character: lines[after].length };
    const newText = after < 0 ? `${text}\n` : `\n${text}`;
    out.push({
      title: pick(locale, `Insérer ${quoted(locale, text)}`, `Insert ${quoted(locale, text)}`),
      edits: [{ range: { start: at, end: at }, newText }],
      preferred: false,
      select: placeholderIn(text, after + 1, 0),
    });
    return out;
  }
  const actual = data.actual;
  if (typeof actual !== 'string' || !isValidRange(lines, diagnostic.range) || !sameText(textAt(lines, diagnostic.range), actual)) return out;
  if (actual === expected) return out;
  const other = data.otherSide as { range?: Range; expected?: unknown } | undefined;
  const twoWay = !!other && typeof other.expected === 'string' && isValidRange(lines, other.range);
  out.push({
    title: pick(locale, `Remplacer ${quoted(locale, actual)} par ${quoted(locale, expected)}`, `Replace ${quoted(locale, actual)} with ${quoted(locale, expected)}`),
    edits: [{ range: diagnostic.range, newText: expected }],
    preferred: !twoWay && DERIVED_PREFERRED.has(diagnostic.code),
  });
  if (twoWay) {
    const otherText = textAt(lines, other!.range!);
    out.push({
      title: pick(
        locale,
        `Remplacer plutôt ${quoted(locale, otherText)} par ${quoted(locale, other!.expected as string)} (ligne ${other!.range!.start.line + 1})`,
        `Replace ${quoted(locale, otherText)} with ${quoted(locale, other!.expected as string)} instead (line ${other!.range!.start.line + 1})`,
      ),
      edits: [{ range: other!.range!, newText: other!.expected as string }],
      preferred: false,
    });
  }
  return out;
}

function placeholderIn(text: string, line: number, column: number): Range | undefined {
  const firstLine = text.split('\n', 1)[0];
  const m = PLACEHOLDER.exec(firstLine);
  if (!m) return undefined;
  return { start: { line, character: column + m.index }, end: { line, character: column + m.index + m[0].length } };
}

/**
 * article-sequence: number the articles 1…n in their order, and move the references that pointed
 * at an old number to its new one. A reference to a number two articles shared cannot be moved:
 * the fix is then not preferred, for the drafter to check.
 */
function renumberFix(diagnostic: Diagnostic, context: FixContext): FixProposal[] {
  const dossier = dossierAt(context.dossiers, diagnostic.range.start.line);
  const articles = dossier?.deliberation.articles ?? [];
  if (articles.length < 2) return [];
  const edits: TextEdit[] = [];
  const moved = new Map<number, number>();
  const seen = new Map<number, number>();
  articles.forEach((a) => {
    if (typeof a.number === 'number') seen.set(a.number, (seen.get(a.number) ?? 0) + 1);
  });
  articles.forEach((article, k) => {
    const wanted = k + 1;
    if (typeof article.number === 'number' && seen.get(article.number) === 1) moved.set(article.number, wanted);
    if (article.number === wanted) return;
    if (!isValidRange(context.lines, article.numberRange)) return;
    edits.push({ range: article.numberRange, newText: String(wanted) });
  });
  if (edits.length === 0) return [];
  let ambiguous = false;
  for (const article of articles) {
    for (const ref of article.references) {
      const target = moved.get(ref.target);
      if (target === undefined) {
        if ((seen.get(ref.target) ?? 0) > 1) ambiguous = true;
        continue;
      }
      if (target === ref.target || !isValidRange(context.lines, ref.range)) continue;
      if (textAt(context.lines, ref.range) !== String(ref.target)) continue;
      edits.push({ range: ref.range, newText: String(target) });
    }
  }
  const n = articles.length;
  return [
    {
      title: pick(context.locale, `Renuméroter les articles de 1 à ${n} (et les renvois)`, `Renumber the articles 1 to ${n} (and the references)`),
      edits,
      preferred: !ambiguous,
    },
  ];
}
