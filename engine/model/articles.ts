/**
 * Decision articles (docs/domain.md §1.5, §7.2, §9): headings `Article N :` / `Article unique :` with any
 * spacing, a leading space, or the body on the same line (`Article 1er : D’attribuer …`). Each body
 * runs to the next heading, imputation tables (found elsewhere, passed as `exclude`) and extraction
 * noise left out. From the body: amounts, counts of items (`15 projets`) and references to other
 * articles of the same deliberation (`en application de l’article 1`).
 */
import { MONTH_NAMES } from '../text/dates';
import type { JoinedText, LineSlice } from '../text/joined';
import type { Range } from '../text/lines';
import { foldBare, isBlank } from '../text/normalize';
import type { Region } from '../text/region';
import { isPercentage, scanAmounts } from './amounts';
import { joinWrapped } from './acts';
import { CP_ARTICLES } from '../templates/departement-cp';
import type { Amount, Article, ArticleReference, CountMention } from './types';

/** The headings, with a colon or a dash, or alone on their line: the template's. */
const { heading: HEADING, bareHeading: BARE_HEADING } = CP_ARTICLES;

export interface ArticleHeading {
  line: number;
  number: number | 'unique';
  start: number;
  numberStart: number;
  numberEnd: number;
  /** Just after the separator: the same-line body starts here. */
  end: number;
}

export function parseArticles(region: Region, exclude: Range[]): Article[] {
  const { lines } = region;
  const headings: ArticleHeading[] = [];
  for (let i = region.from; i <= region.to; i++) {
    if (region.noise.has(i) || fullyExcluded(lines, i, exclude)) continue;
    const heading = readHeading(lines[i], i);
    if (heading) headings.push(heading);
  }
  return headings.map((h, k) => buildArticle(region, exclude, h, k + 1 < headings.length ? headings[k + 1].line - 1 : region.to));
}

/** `Article 2     :` → number 2; `Article unique :`, `Article 1er :`, `ARTICLE PREMIER :`. */
export function readHeading(text: string, line: number): ArticleHeading | undefined {
  const head = text.length > 2000 ? text.slice(0, 2000) : text;
  const m = HEADING.exec(head) ?? BARE_HEADING.exec(head);
  if (!m) return undefined;
  const start = m[1].length;
  const numberStart = start + m[2].length + text.slice(start + m[2].length).search(/\S/);
  const raw = m[3];
  const bare = foldBare(raw).replace(/\s+/g, '');
  const number = bare === 'unique' ? 'unique' : bare === 'premier' ? 1 : parseInt(bare, 10);
  return { line, number, start, numberStart, numberEnd: numberStart + raw.length, end: m[0].trimEnd().length };
}

function buildArticle(region: Region, exclude: Range[], h: ArticleHeading, lastLine: number): Article {
  const { lines } = region;
  const slices: LineSlice[] = [{ line: h.line, from: h.end }];
  let endLine = h.line;
  let endChar = lines[h.line].trimEnd().length;
  for (let i = h.line + 1; i <= lastLine; i++) {
    if (region.noise.has(i) || isBlank(lines[i])) continue;
    endLine = i;
    endChar = lines[i].trimEnd().length;
    slices.push(...keptSlices(lines, i, exclude));
  }
  const body = joinWrapped(lines, slices);
  return {
    number: h.number,
    heading: { start: { line: h.line, character: h.start }, end: { line: h.line, character: h.end } },
    numberRange: { start: { line: h.line, character: h.numberStart }, end: { line: h.line, character: h.numberEnd } },
    body: body.text,
    range: { start: { line: h.line, character: h.start }, end: { line: endLine, character: endChar } },
    amounts: findArticleAmounts(lines, body),
    counts: findCounts(body),
    references: findArticleReferences(body),
  };
}

// ── Excluded ranges ──────────────────────────────────────────────────────────────────────────

/** The parts of a line outside every excluded range (a table may start or end mid-line). */
function keptSlices(lines: readonly string[], line: number, exclude: readonly Range[]): LineSlice[] {
  const length = lines[line].length;
  let pieces: [number, number][] = [[0, length]];
  for (const r of exclude) {
    if (r.start.line > line || r.end.line < line) continue;
    const from = r.start.line < line ? 0 : r.start.character;
    const to = r.end.line > line ? length : r.end.character;
    const next: [number, number][] = [];
    for (const [a, b] of pieces) {
      if (to <= a || from >= b) next.push([a, b]);
      else {
        if (from > a) next.push([a, from]);
        if (to < b) next.push([to, b]);
      }
    }
    pieces = next;
    if (pieces.length === 0) break;
  }
  return pieces.filter(([a, b]) => lines[line].slice(a, b).trim() !== '').map(([from, to]) => ({ line, from, to }));
}

function fullyExcluded(lines: readonly string[], line: number, exclude: readonly Range[]): boolean {
  return exclude.length > 0 && keptSlices(lines, line, exclude).length === 0 && !isBlank(lines[line]);
}

// ── Amounts ──────────────────────────────────────────────────────────────────────────────────

/**
 * Money mentioned in the body: figures with `€` or `euros`, plus figures with cents followed by
 * prose (`- 1 994 493,58 au titre des participations`, L8470), not rates. A bare run of figures
 * (a table that was not excluded) is left out.
 */
export function findArticleAmounts(lines: readonly string[], body: JoinedText): Amount[] {
  const text = body.text;
  const out: Amount[] = [];
  for (const t of scanAmounts(text)) {
    if (t.kind === 'percent' || t.kind === 'year' || t.kind === 'date' || isPercentage(text, t)) continue;
    const money = t.kind === 'money' || t.currency;
    if (!money && !(t.style.decimals > 0 && /^\s?\p{Ll}/u.test(text.slice(t.index + t.length, t.index + t.length + 3)))) continue;
    const range = body.rangeAt(t.index, t.index + t.length);
    const written = range.start.line === range.end.line ? lines[range.start.line].slice(range.start.character, range.end.character) : t.text;
    out.push({ cents: t.cents, text: written, range, style: t.style });
  }
  return out;
}

// ── Counts ───────────────────────────────────────────────────────────────────────────────────

/** `15 projets`, `les 6 subventions`, `12 000 coquelicots`: digits then a lower-case noun. */
const COUNT = /(?<![\p{L}\p{N}.,/°\-–])(\d{1,3}(?:[ \u00a0]\d{3}){1,4}|\d{1,6})\s(?:(?:nouveaux|nouvelles|autres|premiers|premières|derniers|dernières)\s)?(\p{Ll}[\p{L}'’-]{2,40})/gu;

/** Words after a number that do not name counted items: units of time or money, grammar words. */
const NOT_ITEMS = new Set([
  ...MONTH_NAMES.map((m) => foldBare(m)),
  'ans', 'annees', 'annee', 'mois', 'jours', 'jour', 'semaines', 'semaine', 'heures', 'heure', 'minutes', 'euros', 'euro',
  'centimes', 'fois', 'des', 'dans', 'pour', 'par', 'sur', 'avec', 'aux', 'les', 'une', 'qui', 'que', 'dont', 'soit', 'est',
  'sont', 'inclus', 'compris', 'ter', 'bis', 'ht', 'ttc', 'selon', 'afin', 'conformement', 'lors', 'ainsi', 'entre',
  'sous', 'vers', 'pendant', 'apres', 'avant', 'contre', 'hors', 'mais', 'puis', 'donc', 'ont', 'sera', 'seront', 'tel',
  'telle', 'tels', 'telles', 'mois', 'jusqu', 'pour', 'sans', 'chacun', 'chacune', 'maximum', 'minimum', 'environ',
]);

function withoutTrailingMarks(word: string): string {
  let end = word.length;
  while (end > 0 && "'’-".includes(word[end - 1])) end--;
  return word.slice(0, end);
}

/** Numbers that label something rather than count it: `article 1`, `annexe 2`, `n° 3`, `axe 9`. */
const LABEL_BEFORE = /(?:articles?|annexes?|n°|no|axe|tranche|phase|lot|niveau|page|point|alin[ée]a|tableau|projet n°)\s?$/iu;

export function findCounts(body: JoinedText): CountMention[] {
  const out: CountMention[] = [];
  for (const m of body.text.matchAll(COUNT)) {
    const noun = withoutTrailingMarks(m[2]);
    if (NOT_ITEMS.has(foldBare(noun))) continue;
    const start = m.index ?? 0;
    const count = Number(m[1].replace(/[ \u00a0]/g, ''));
    // A year (`l’année 2022 selon`), or a plural number with a singular word: not a count of items.
    if (/^(?:19|20)\d\d$/.test(m[1])) continue;
    if (count > 1 && !/[sx]$/iu.test(noun)) continue;
    if (LABEL_BEFORE.test(body.text.slice(Math.max(0, start - 12), start))) continue;
    const end = start + m[0].length - (m[2].length - noun.length);
    out.push({
      count,
      noun,
      range: body.rangeAt(start, end),
      countRange: body.rangeAt(start, start + m[1].length),
    });
  }
  return out;
}

// ── References to other articles ─────────────────────────────────────────────────────────────

const NUMBER_ITEM = '\\d{1,3}(?:\\s?er)?';
/** `l’article 1`, `des articles 1 et 2`, `aux articles 1 à 3`, `l’article 1er`. */
const ARTICLE_REF = new RegExp(
  `(?<![\\p{L}])articles?\\s+(${NUMBER_ITEM}(?:\\s?(?:,|et|à|au|ou)\\s?${NUMBER_ITEM}){0,20})(?!\\d|[.,]\\d|\\s?-\\s?\\d)`,
  'giu',
);
/** After the list: `du Code…`, `de la loi…`, `du règlement…` designate another text. */
const OTHER_TEXT = /^\s?,?\s?(?:(?:alin[ée]a|paragraphe|point)\s\S+\s)?(?:du|des|de\s+la|de\s+l['’]|de)\s*([^\s,;.]+)/iu;
const THIS_TEXT = /^(?:pr[ée]sente?s?|cette|ladite|ledit|m[êe]me)$/iu;

export function findArticleReferences(body: JoinedText): ArticleReference[] {
  const text = body.text;
  const out: ArticleReference[] = [];
  for (const m of text.matchAll(ARTICLE_REF)) {
    const listStart = (m.index ?? 0) + m[0].length - m[1].length;
    const listEnd = listStart + m[1].length;
    const next = OTHER_TEXT.exec(text.slice(listEnd, listEnd + 60));
    if (next && !THIS_TEXT.test(next[1])) continue;
    out.push(...listTargets(body, m[1], listStart));
  }
  return out;
}

/** `1, 2 et 3` → 1, 2, 3; `1 à 3` → 1, 2, 3 (the numbers in between point at the whole span). */
function listTargets(body: JoinedText, list: string, offset: number): ArticleReference[] {
  const out: ArticleReference[] = [];
  let previous: { n: number; start: number } | undefined;
  let rangeNext = false;
  for (const m of list.matchAll(/(\d{1,3})(?:\s?er)?|\s?(à|au)\s?/giu)) {
    if (m[2]) {
      rangeNext = true;
      continue;
    }
    const n = Number(m[1]);
    const start = offset + (m.index ?? 0);
    const end = start + m[0].length;
    if (rangeNext && previous && n > previous.n && n - previous.n <= 20) {
      for (let k = previous.n + 1; k < n; k++) out.push({ target: k, range: body.rangeAt(previous.start, end), implied: true });
    }
    out.push({ target: n, range: body.rangeAt(start, start + m[1].length) });
    previous = { n, start };
    rangeNext = false;
  }
  return out;
}
