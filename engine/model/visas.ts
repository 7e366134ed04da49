/**
 * The visas of a deliberation (docs/domain.md §8): between the preamble and `Après en avoir délibéré,`,
 * one item per `Vu …` (or `Après en avoir informé …`), wrapped over lines, possibly cut by a page
 * marker, ending with ` ;`. Interest declarations and stray prose in the same region are not visas.
 */
import { findDates } from '../text/dates';
import type { JoinedText } from '../text/joined';
import { foldBare } from '../text/normalize';
import { contentLines, type Region } from '../text/region';
import { findQuoted, joinWrapped, readActCitation } from './acts';
import { ORDINAL_SOURCE, parseOrdinal } from './commissions';
import { CP_VISAS } from '../templates/departement-cp';
import type { ActCitation, CommissionRef, Range, Visa, VisaKind } from './types';

const {
  start: VISA_START,
  lowerStart: LOWER_VISA_START,
  informed: INFORMED_START,
  otherStart: OTHER_START,
  interest: INTEREST,
  lead: LEADS,
  gluedNext: GLUED_NEXT,
} = CP_VISAS;
/** A person named at a line start opens a declaration, not a visa's continuation. */
const CIVILITY_START = /^\s*(?:Madame|Monsieur|Mesdames|Messieurs|Mmes?\.?|MM\.|M\.)\s/u;
const CLOSED = /[;.]\s*$/;

/** A visa never runs longer than this many lines: a runaway item is cut. */
const MAX_VISA_LINES = 12;
/**
 * Deliberations cite a few dozen visas at most (the corpus: 14). Past this many, the block is a
 * pasted list, not visas a reader checks: the rest is not read, so such a paste costs bounded work.
 */
export const MAX_VISAS = 500;

interface Item {
  lines: number[];
  visa: boolean;
}

export function parseVisas(region: Region): Visa[] {
  const out: Visa[] = [];
  for (const item of items(region)) {
    if (!item.visa) continue;
    const joined = joinWrapped(region.lines, item.lines);
    for (const [start, end] of splitGluedVisas(joined.text)) {
      if (out.length >= MAX_VISAS) return out;
      out.push(readVisa(joined, start, end));
    }
  }
  return out;
}

/**
 * Groups content lines into items. `Vu` always opens a visa (a missing ` ;` must not swallow the
 * next one); other lines continue the open item, or open a non-visa item after a closed one.
 */
function items(region: Region): Item[] {
  const { lines } = region;
  const out: Item[] = [];
  let current: Item | undefined;
  let closed = true;
  let visas = 0;
  for (const i of contentLines(region)) {
    const head = lines[i].slice(0, 200);
    const visaStart = VISA_START.test(head) || INFORMED_START.test(head) || (closed && LOWER_VISA_START.test(head));
    const otherStart =
      !visaStart &&
      (OTHER_START.test(head) || (CIVILITY_START.test(head) && (closed || INTEREST.test(head))) || closed);
    if (visaStart || otherStart || !current || current.lines.length >= MAX_VISA_LINES) {
      if (visaStart && ++visas > MAX_VISAS) break;
      current = { lines: [], visa: visaStart };
      out.push(current);
    }
    current.lines.push(i);
    closed = CLOSED.test(lines[i].slice(-20));
  }
  return out;
}

/** `Vu A ; Vu B ;` typed on one line: two visas. */
function splitGluedVisas(text: string): [number, number][] {
  // Most visas hold no inner `;`: no need to run the pattern over them.
  const semicolon = text.indexOf(';');
  if (semicolon < 0 || semicolon === text.length - 1) return [[0, text.length]];
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(GLUED_NEXT)) {
    const end = (m.index ?? 0) + 1;
    out.push([start, end]);
    start = end + m[0].length - 1;
  }
  out.push([start, text.length]);
  return out;
}

function readVisa(joined: JoinedText, start: number, end: number): Visa {
  const text = joined.text.slice(start, end);
  const kind = visaKind(text);
  const visa: Visa = { kind, text, range: joined.rangeAt(start, end) };
  const bodyStart = start + leadLength(text);
  switch (kind) {
    case 'code':
      visa.code = readCode(text);
      visa.articleSpans = codeArticleSpans(joined, start, end);
      break;
    case 'loi':
    case 'ordonnance':
    case 'decret':
    case 'arrete':
      visa.act = withoutBody(readActCitation(joined, bodyStart, end));
      break;
    case 'deliberation':
      visa.act = readActCitation(joined, bodyStart, end);
      break;
    case 'convention':
      visa.act = withoutBody(readActCitation(joined, bodyStart, end, { periods: true }));
      break;
    case 'avis':
    case 'informe': {
      const commission = readCommissionRef(joined, bodyStart, end);
      if (commission) visa.commission = commission;
      break;
    }
    default:
      break;
  }
  return visa;
}

/** Laws and decrees have no deciding body; a `du Conseil…` inside their description is not one. */
function withoutBody(act: ActCitation): ActCitation {
  const { body: _body, ...rest } = act;
  return rest;
}

/** Length of `Vu ` / `Vu : ` / `Après en avoir informé `, the part before the cited thing. */
function leadLength(text: string): number {
  for (const lead of LEADS) {
    const m = lead.exec(text);
    if (m) return m[0].length;
  }
  return 0;
}

// ── Kinds ────────────────────────────────────────────────────────────────────────────────────

const KIND_PATTERNS: [VisaKind, RegExp][] = [
  ['informe', /^apres\s+(?:en\s+)?avoir\s+informe/],
  ['avis', /^vu\s*(?::\s*)?(?:l'\s?|les?\s+|la\s+)?avis\b/],
  ['rapport', /^vu\s*(?::\s*)?(?:le\s+)?rapport\b/],
  ['reglement', /^vu\s*(?::\s*)?(?:le\s+)?reglement\s+interieur\b/],
  ['code', /^vu\s*(?::\s*)?(?:le\s+|les\s+)?codes?\b/],
  ['loi', /^vu\s*(?::\s*)?(?:la\s+|les\s+)?lois?\b/],
  ['ordonnance', /^vu\s*(?::\s*)?(?:l'\s?|les\s+)?ordonnances?\b/],
  ['decret', /^vu\s*(?::\s*)?(?:le\s+|les\s+)?decrets?\b/],
  ['arrete', /^vu\s*(?::\s*)?(?:l'\s?|les\s+)?arretes?\b/],
  ['deliberation', /^vu\s*(?::\s*)?(?:la\s+|les\s+)?deliberations?\b/],
  ['convention', /^vu\s*(?::\s*)?(?:la\s+|les\s+)?conventions?\b/],
];

/**
 * The kinds are read from a visa's first words: `vu : les reglement interieur` and its next
 * character fit in 30 folded characters, so a longer head is folded only for the later tests.
 */
const KIND_HEAD = 60;
const KIND_HEAD_ENOUGH = 30;

export function visaKind(text: string): VisaKind {
  const head = foldBare(text.slice(0, KIND_HEAD));
  const bare = text.length <= KIND_HEAD ? head : undefined;
  const kindText = bare ?? (head.length >= KIND_HEAD_ENOUGH ? head : foldBare(text.slice(0, 400)));
  for (const [kind, re] of KIND_PATTERNS) if (re.test(kindText)) return kind;
  return otherKind(bare ?? foldBare(text.slice(0, 400)));
}

function otherKind(bare: string): VisaKind {
  // `Vu les articles L.1111-4 et L.1111-10 du Code …`
  if (/^vu\s*(?::\s*)?(?:l'\s?|les\s+)?articles?\b/.test(bare) && /\bdu\s+code\b/.test(bare)) return 'code';
  // `Vu le Schéma Régional … adopté par délibération du Conseil Régional … le 30 mars 2017`
  if (/\b(?:adopte|approuve|valide)e?s?\s+(?:par\s+(?:la\s+)?|lors\s+de\s+la\s+)deliberation\b/.test(bare)) return 'deliberation';
  return 'other';
}

// ── Codes ────────────────────────────────────────────────────────────────────────────────────

/** Each alternative starts at the first space of a run (`(?<!\s)`): no start inside a run rescans it. */
const CODE_NAME_END =
  /(?<!\s)(?:(?:\s*,)?\s+et(?:\s*,)?\s+notamment|\s*,\s*notamment|\s+notamment|\s+(?:en\s+)?(?:son|ses)\s+articles?\b|\s+articles?\b|\s*[;,(:]|\s+(?:modifi[ée]|pris|relatif)\b)/iu;
/** `L.3121-14-1`, `R.216-4`, `L 2224-12-3-1`, `L.233- 1` (as printed), `LO.1112-1`, `D.3334-1`. */
const CODE_ARTICLE = /(?<![\p{L}\p{N}])(LO|L|R|D)\s?\.?\s?\*?\s?(\d{1,5}(?:\s?-\s?\d{1,5}){0,6})(?!\d|\.\d|\s?-\s?\d)/gu;
const PLAIN_ARTICLES = /\barticles?\s+(\d{1,5}(?:\s*(?:,|et|à)\s*\d{1,5}){0,20})(?!\d|[.-]\d)/giu;

function readCode(text: string): { name: string; articles: string[] } {
  const at = text.search(/\bcode\b/iu);
  let name = '';
  let nameEnd = at;
  if (at >= 0) {
    const rest = text.slice(at);
    const stop = rest.slice(4).search(CODE_NAME_END);
    nameEnd = stop >= 0 ? at + 4 + stop : text.length;
    name = trimEndPunctuation(text.slice(at, nameEnd));
  }
  const outside = at >= 0 ? text.slice(0, at) + ' '.repeat(nameEnd - at) + text.slice(nameEnd) : text;
  return { name, articles: codeArticles(outside) };
}

/** Trims the text and one final `;` or `.` (with the spaces around it). */
function trimEndPunctuation(text: string): string {
  const trimmed = text.trim();
  return /[;.]$/.test(trimmed) ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/** The lettered articles of text[start, end) with their source ranges, normalised as `codeArticles` does. */
export function codeArticleSpans(joined: Pick<JoinedText, 'text' | 'rangeAt'>, start: number, end: number): { article: string; range: Range }[] {
  const out: { article: string; range: Range }[] = [];
  for (const m of joined.text.slice(start, end).matchAll(CODE_ARTICLE)) {
    const at = start + (m.index ?? 0);
    out.push({ article: `${m[1]}.${m[2].replace(/\s+/g, '')}`, range: joined.rangeAt(at, at + m[0].length) });
  }
  return out;
}

/** Article numbers cited by a code visa, normalised `L.3121-14`; bare numbers when no letter form. */
export function codeArticles(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CODE_ARTICLE)) out.push(`${m[1]}.${m[2].replace(/\s+/g, '')}`);
  if (out.length > 0) return out;
  for (const m of text.matchAll(PLAIN_ARTICLES)) {
    for (const n of m[1].matchAll(/\d+/g)) out.push(n[0]);
  }
  return out;
}

// ── Commissions ──────────────────────────────────────────────────────────────────────────────

const COMMISSION = new RegExp(`(?<![\\p{L}\\d])(${ORDINAL_SOURCE})\\s*commission(?![\\p{L}])`, 'iu');
const NAME_STOP = /(?<!\s)(?:\s+(?:rendus?|lors|en\s+date|r[ée]unie)\b|\s+(?:du|le)\s+\d|\s*(?:[;,]\s*)?$)/iu;

/** `la 3ème commission « … » rendu lors de sa réunion en date du 05/09/2022`. */
function readCommissionRef(joined: JoinedText, start: number, end: number): CommissionRef | undefined {
  const text = joined.text;
  const m = COMMISSION.exec(text.slice(start, end));
  if (!m) return undefined;
  const ordinal = parseOrdinal(m[1]);
  if (ordinal === undefined) return undefined;
  const ordinalStart = start + (m.index ?? 0);
  const ref: CommissionRef = { ordinal, ordinalRange: joined.rangeAt(ordinalStart, ordinalStart + m[1].length) };
  let after = ordinalStart + m[0].length;
  const quoted = findQuoted(text, after, end);
  if (quoted && text.slice(after, quoted.open).trim() === '') {
    if (quoted.innerEnd > quoted.innerStart) ref.name = text.slice(quoted.innerStart, quoted.innerEnd);
    after = quoted.close;
  } else {
    let nameStart = after;
    while (nameStart < end && /[\s\-–:]/.test(text[nameStart])) nameStart++;
    const rest = text.slice(nameStart, end);
    const stop = rest.search(NAME_STOP);
    const name = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
    if (name && findDates(name).length === 0) {
      ref.name = name;
      after = nameStart + name.length;
    }
  }
  const date = findDates(text.slice(after, end))[0];
  if (date) {
    const at = after + date.index;
    ref.date = { date: date.date, text: text.slice(at, at + date.length), range: joined.rangeAt(at, at + date.length) };
  }
  return ref;
}
