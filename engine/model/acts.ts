/**
 * Citations of acts in prose: `la délibération n°2021-257 du Conseil départemental en date du
 * 01/07/2021 « Délégation d’attributions à la Commission Permanente »`, `la loi n°2020-1379 du 14
 * novembre 2020`, `l’arrêté NOR : SSAA1921317A du 19 janvier 2019`. Every reader works on a span of a
 * JoinedText so the values it finds keep their exact source ranges (docs/domain.md §8.4).
 */
import { findDates, isoDate } from '../text/dates';
import { joinLines, type JoinedText, type LineSlice } from '../text/joined';
import { foldBare, foldKey } from '../text/normalize';
import type { ActCitation, DateRef, Located } from './types';

const SPACE = /[\s\u00a0\u202f\u2007\ufeff]/;

/**
 * Joins wrapped prose lines like `joinLines`, but glues a line ending in a word-hyphen to the next
 * one (`L.14-10-`⏎`7-2`, `Hauts-de-`⏎`France`) while a free-standing dash (`Numériques -`⏎`Rapport`)
 * keeps its space: PDF extraction breaks compounds, never adds hyphenation hyphens.
 */
export function joinWrapped(lines: readonly string[], slices: readonly (number | LineSlice)[]): JoinedText {
  return joinLines(lines, slices, { hyphenJoin: 'word' });
}

// ── Bodies ───────────────────────────────────────────────────────────────────────────────────

/** A deciding body named anywhere, as a subject too (`La Commission permanente du 10 mai 2021 a validé`). */
const BODY_NAMED = /(?<![\p{L}])(?:Conseil\s+d[ée]partemental|Assembl[ée]e\s+d[ée]partementale|Commission\s+Permanente|Conseil\s+G[ée]n[ée]ral|Conseil\s+R[ée]gional)(?![\p{L}])/iu;

/** Whether text[start, end) names a deciding body: a date after it is that body's meeting, not an act's. */
export function namesBody(text: string, start: number, end: number): boolean {
  return BODY_NAMED.test(text.slice(start, end));
}

export const BODY_CONSEIL_DEPARTEMENTAL = 'Conseil départemental';
export const BODY_COMMISSION_PERMANENTE = 'Commission Permanente';
export const BODY_CONSEIL_GENERAL = 'Conseil Général';
export const BODY_CONSEIL_REGIONAL = 'Conseil Régional';

const BODY =
  /\b(?:du|de\s+la|de\s+l['’]\s?)\s?(Conseil\s+d[ée]partemental|Assembl[ée]e\s+d[ée]partementale|Commission\s+Permanente|Conseil\s+G[ée]n[ée]ral|Conseil\s+R[ée]gional(?:\s+(?:des\s+Hauts-de-France|de\s+la\s+R[ée]gion\s+Hauts-de-France|du\s+Nord-Pas-de-Calais|Nord-Pas-de-Calais))?)/giu;

export interface BodyMatch {
  /** Canonical name: `Conseil départemental`, `Commission Permanente`, `Conseil Général`, `Conseil Régional…`. */
  body: string;
  start: number;
  end: number;
}

/** The first deciding body named in text[start, end) outside the given quoted spans. */
export function findBody(text: string, start = 0, end = text.length, skip: readonly [number, number][] = []): BodyMatch | undefined {
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(BODY)) {
    const at = start + (m.index ?? 0) + m[0].length - m[1].length;
    if (skip.some(([s, e]) => at >= s && at < e)) continue;
    return { body: canonicalBody(m[1]), start: at, end: at + m[1].length };
  }
  return undefined;
}

/** Canonical spelling of a body as written (`Conseil  Départemental` → `Conseil départemental`). */
export function canonicalBody(written: string): string {
  const bare = foldBare(written);
  if (bare.startsWith('conseil departemental') || bare.startsWith('assemblee departementale')) return BODY_CONSEIL_DEPARTEMENTAL;
  if (bare.startsWith('commission permanente')) return BODY_COMMISSION_PERMANENTE;
  if (bare.startsWith('conseil general')) return BODY_CONSEIL_GENERAL;
  if (bare.startsWith('conseil regional')) {
    const rest = written.replace(/\s+/g, ' ').trim().slice('Conseil Régional'.length).trim();
    if (/hauts-de-france/i.test(rest)) return `${BODY_CONSEIL_REGIONAL} des Hauts-de-France`;
    return rest ? `${BODY_CONSEIL_REGIONAL} ${rest}` : BODY_CONSEIL_REGIONAL;
  }
  return written.replace(/\s+/g, ' ').trim();
}

// ── Numbers ──────────────────────────────────────────────────────────────────────────────────

/** `n°2021-257`, `n°  2020-459`, `N° 24`, `no 5`, `n°2021- 257` (wrapped). */
const ACT_NUMBER = /\b(?:n|N)\s?(?:°|º|o\b|r\b)\s*(\d{1,4}(?:\s?[-–]\s?\d{1,6})?)(?![\d/])/gu;
/** `NOR : SSAA1921317A`. */
const NOR_NUMBER = /\bNOR\s*(?::\s*)?([A-Z]{4}\d{7}[A-Z])\b/gu;

interface NumberMatch {
  value: string;
  start: number;
  end: number;
}

/** The first act number in text[start, end) outside `skip`, with its offsets. */
export function matchActNumber(text: string, start: number, end: number, skip: readonly [number, number][]): NumberMatch | undefined {
  const slice = text.slice(start, end);
  for (const re of [ACT_NUMBER, NOR_NUMBER]) {
    for (const m of slice.matchAll(re)) {
      const at = start + (m.index ?? 0) + m[0].length - m[1].length;
      if (skip.some(([s, e]) => at >= s && at < e)) continue;
      return { value: m[1].replace(/\s+/g, '').replace('–', '-'), start: at, end: at + m[1].length };
    }
  }
  return undefined;
}

/** The act number in text[start, end): value without spaces (`2020-459`), range of the digits. */
export function findActNumber(joined: JoinedText, start = 0, end = joined.length, skip: readonly [number, number][] = []): Located<string> | undefined {
  const m = matchActNumber(joined.text, start, end, skip);
  return m ? { value: m.value, range: joined.rangeAt(m.start, m.end) } : undefined;
}

/** `2021-257` → year 2021; undefined for old-style ordinals (`5`) and `90-449`-style law numbers. */
export function numberYear(number: string): number | undefined {
  const m = /^(\d{4})-\d+$/.exec(number);
  return m ? Number(m[1]) : undefined;
}

// ── Titles ───────────────────────────────────────────────────────────────────────────────────

export interface QuotedSpan {
  /** Offsets of `«` and just after `»` (or the span's end when unclosed). */
  open: number;
  close: number;
  /** The trimmed inner text's offsets. */
  innerStart: number;
  innerEnd: number;
}

/**
 * The first « … » in text[start, end). Nested quotes are followed (`« … « Expérience » »`); a stray
 * closing quote after the balanced one with no new opening extends the title to it (L12587–12588:
 * `« le meilleur produit au plus près » pour un Schéma … Durable »`); an unclosed quote runs to the
 * end of the span, a final ` ;` or `.` excluded (L8123–8124).
 */
export function findQuoted(text: string, start = 0, end = text.length): QuotedSpan | undefined {
  end = Math.min(end, text.length);
  let open = -1;
  for (let i = Math.max(0, start); i < end; i++) {
    if (text[i] === '«') {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  let depth = 0;
  let close = -1;
  let i = open;
  for (; i < end; i++) {
    const ch = text[i];
    if (ch === '«') depth++;
    else if (ch === '»' && --depth === 0) {
      close = i;
      break;
    }
  }
  // Stray closing quotes after the balanced one, with no new opening quote: the title runs to them.
  for (i = close + 1; close >= 0 && i < end; i++) {
    if (text[i] === '«') break;
    if (text[i] === '»') close = i;
  }
  let innerEnd: number;
  let after: number;
  if (close >= 0) {
    innerEnd = close;
    after = close + 1;
  } else {
    innerEnd = end;
    while (innerEnd > open + 1 && /[\s;.,]/.test(text[innerEnd - 1])) innerEnd--;
    after = end;
  }
  let innerStart = open + 1;
  while (innerStart < innerEnd && SPACE.test(text[innerStart])) innerStart++;
  while (innerEnd > innerStart && SPACE.test(text[innerEnd - 1])) innerEnd--;
  return { open, close: after, innerStart, innerEnd };
}

/** The title of an act: the text between its first « and matching ». */
export function findTitle(joined: JoinedText, start = 0, end = joined.length): Located<string> | undefined {
  const q = findQuoted(joined.text, start, end);
  if (!q || q.innerEnd <= q.innerStart) return undefined;
  return { value: joined.text.slice(q.innerStart, q.innerEnd), range: joined.rangeAt(q.innerStart, q.innerEnd) };
}

/** Comparison key of a title: case, apostrophes, dashes and inner quotes unified (§8.4). */
export function titleKey(title: string): string {
  return foldKey(title)
    .replace(/[«»"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:.!?)])/g, '$1')
    .trim();
}

// ── Dates ────────────────────────────────────────────────────────────────────────────────────

/** Dates in text[start, end), skipping the quoted spans (a title may hold a date). */
export function findDateRefs(joined: JoinedText, start = 0, end = joined.length, skip: readonly [number, number][] = []): DateRef[] {
  const out: DateRef[] = [];
  const slice = joined.text.slice(start, end);
  for (const d of findDates(slice)) {
    const at = start + d.index;
    if (skip.some(([s, e]) => at >= s && at < e)) continue;
    out.push({ date: d.date, text: joined.text.slice(at, at + d.length), range: joined.rangeAt(at, at + d.length) });
  }
  return out;
}

// ── Whole citation ───────────────────────────────────────────────────────────────────────────

/**
 * `du 1er avril 2021 au 31 mars 2022`, `à compter du 1er janvier`, `d’ici le 31 décembre 2022`: an end
 * of a period or a deadline, not a date of signature.
 */
const PERIOD_BEFORE = /(?:\bau|jusqu['’]\s?au|\bcompter\s+du|\bpartir\s+du|\bp[ée]riode\s+du|\bentre\s+le|\bd['’]\s?ici\s+(?:le|au)|\bavant\s+le|\btard\s+le)\s*$/iu;
const PERIOD_AFTER = /^\s*(?:au|et\s+le|jusqu['’]\s?au)\s/iu;

/** Whether the date is one end of a period (`du … au …`): the term of a convention, not its date. */
export function isPeriodDate(text: string, at: number, length: number): boolean {
  return PERIOD_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || PERIOD_AFTER.test(text.slice(at + length, at + length + 16));
}

/** The dates of text[start, end) that are no end of a period (see `isPeriodDate`). */
export function findActDates(joined: JoinedText, start: number, end: number, skip: readonly [number, number][]): DateRef[] {
  const out: DateRef[] = [];
  const slice = joined.text.slice(start, end);
  for (const d of findDates(slice)) {
    const at = start + d.index;
    if (skip.some(([s, e]) => at >= s && at < e)) continue;
    if (isPeriodDate(joined.text, at, d.length)) continue;
    out.push({ date: d.date, text: joined.text.slice(at, at + d.length), range: joined.rangeAt(at, at + d.length) });
  }
  return out;
}

/**
 * Reads body, number, date and title of the act cited in text[start, end). The date is the first one
 * after the number (outside the title); the body is the first one named outside the title. With
 * `periods`, the ends of a period (`conclue du 1er avril 2021 au 31 mars 2022`) are no date of the act.
 */
export function readActCitation(joined: JoinedText, start = 0, end = joined.length, options: { periods?: boolean } = {}): ActCitation {
  const text = joined.text;
  const quoted = findQuoted(text, start, end);
  const skip: [number, number][] = quoted ? [[quoted.open, quoted.close]] : [];
  const act: ActCitation = {};
  const body = findBody(text, start, end, skip);
  if (body) act.body = body.body;
  const number = matchActNumber(text, start, end, skip);
  if (number) act.number = { value: number.value, range: joined.rangeAt(number.start, number.end) };
  const numberEnd = number ? number.end : start;
  const dates = options.periods ? findActDates : findDateRefs;
  const date = dates(joined, numberEnd, end, skip)[0] ?? dates(joined, start, end, skip)[0];
  if (date) act.date = date;
  if (quoted && quoted.innerEnd > quoted.innerStart) {
    act.title = { value: text.slice(quoted.innerStart, quoted.innerEnd), range: joined.rangeAt(quoted.innerStart, quoted.innerEnd) };
  }
  return act;
}

/**
 * Identity of a cited act (§8.4): number + date for `YYYY-N` numbers; body + number + date for
 * old-style per-session ordinals (`n°5` names several acts). Undefined without number and date.
 */
export function actKey(act: ActCitation): string | undefined {
  if (!act.number || !act.date) return undefined;
  const date = isoDate(act.date.date);
  if (numberYear(act.number.value) !== undefined) return `${act.number.value}@${date}`;
  return `${foldBare(act.body ?? '')}#${act.number.value}@${date}`;
}
