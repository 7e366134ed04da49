/**
 * The readings of an ambiguous run of digit groups. A linearised table row prints cells side by side
 * with the same single space that separates thousands, so `12 562 692 €` may be one figure or a count
 * (12) then an amount (562 692 €). A reading cuts the run into figures, each a leading group of 1–3
 * digits followed by groups of exactly 3, or one bare group of any length (`8268`); a group carrying
 * decimals or a currency closes its figure. The table reader keeps the reading that satisfies a
 * relation (Σ = total, count = items, Solde = Disponible − Proposition). Enumeration is capped.
 */
import { isBlankCode } from '../text/normalize';
import type { AmountStyle } from './types';

export interface DigitGroup {
  digits: string;
  /** Offset of the first digit in the text. */
  start: number;
  /** End of the group: after its decimals, before any currency. */
  end: number;
  /** Decimal digits after a comma ('' when none): they close the figure. */
  decimals: string;
  /** Separator written before this group ('' for the first of a run). */
  before: string;
  /** Currency written after the group (`€`, ` €`, ` euros`), closing the figure; '' when none. */
  currency: string;
  /** End offset including the currency. */
  currencyEnd: number;
  /** Written with dot thousands (`2.500`): already grouped, stands alone. */
  dotted: boolean;
}

export interface GroupedNumber {
  cents: number;
  /** Indices of the first and last group of the figure. */
  first: number;
  last: number;
  /** Offsets in the text: first digit, end (currency included). */
  start: number;
  end: number;
  style: AmountStyle;
  /** Ends with `€` or `euros`. */
  currency: boolean;
}

export type Reading = GroupedNumber[];

export interface GroupingOptions {
  /** Only readings with exactly this many figures. */
  count?: number;
  /** Stop after this many readings (default 64). */
  max?: number;
  /** Work bound: search steps before giving up (default 20 000). */
  steps?: number;
}

const MAX_DIGITS = 15;
/** A figure spans at most this many groups (1–3 + 4 × 3 digits = 15). */
const MAX_GROUPS = 5;
/** Longest run read at all, in groups. */
const MAX_RUN_GROUPS = 120;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === '\t';
}

/**
 * Parses text[from, to) as a run of digit groups only (`75 105 8268 1224 2184 5 11 856 €`,
 * `1 494 € 3 585 €`, `0,00 431 250,00`, `-  €`). Returns undefined when anything else is in the way:
 * the caller cuts runs out of a line first (`numericRuns`).
 */
export function digitGroups(text: string, from = 0, to = text.length): DigitGroup[] | undefined {
  const out: DigitGroup[] = [];
  let i = from;
  let gap = '';
  while (i < to) {
    const ch = text[i];
    if (isSpace(ch)) {
      gap += ch;
      i++;
      continue;
    }
    if ((ch === '-' || ch === '\u2212') && !isDigit(text[i + 1])) {
      // `- €`: an empty cell printed as a dash.
      let k = i + 1;
      while (k < to && isSpace(text[k]) && k - i <= 3) k++;
      if (text[k] !== '€') return undefined;
      out.push({ digits: '0', start: i, end: i + 1, decimals: '', before: out.length ? gap : '', currency: text.slice(i + 1, k + 1), currencyEnd: k + 1, dotted: false });
      i = k + 1;
      gap = '';
      continue;
    }
    if (!isDigit(ch)) {
      const cur = currencyAt(text, i, to);
      if (cur && out.length && !out[out.length - 1].currency) {
        const last = out[out.length - 1];
        last.currency = gap + cur;
        last.currencyEnd = i + cur.length;
        i += cur.length;
        gap = '';
        continue;
      }
      return undefined;
    }
    const start = i;
    let k = i;
    while (k < to && isDigit(text[k])) k++;
    let digits = text.slice(start, k);
    let dotted = false;
    while (text[k] === '.' && isDigit(text[k + 1]) && isDigit(text[k + 2]) && isDigit(text[k + 3]) && !isDigit(text[k + 4]) && k + 4 <= to) {
      digits += text.slice(k + 1, k + 4);
      dotted = true;
      k += 4;
    }
    if (dotted && text.slice(start, k).split('.')[0].length > 3) return undefined;
    let decimals = '';
    if (text[k] === ',' && isDigit(text[k + 1])) {
      let d = k + 1;
      while (d < to && isDigit(text[d]) && d - k <= 3) d++;
      decimals = text.slice(k + 1, d);
      if (decimals.length > 2) return undefined;
      k = d;
    }
    let currency = '';
    let currencyEnd = k;
    const glued = currencyAt(text, k, to);
    if (glued) {
      currency = glued;
      currencyEnd = k + glued.length;
    } else if (k < to && !isSpace(text[k])) {
      return undefined;
    }
    out.push({ digits, start, end: k, decimals, before: out.length ? gap : '', currency, currencyEnd, dotted });
    i = currencyEnd;
    gap = '';
  }
  return out;
}

function currencyAt(text: string, i: number, to: number): string | undefined {
  if (text[i] === '€') return '€';
  const m = /^euros?(?![\p{L}])/iu.exec(text.slice(i, Math.min(to, i + 6)));
  return m ? m[0] : undefined;
}

const HAS_DIGIT_OR_EURO = /[0-9€]/;

export interface NumericRun {
  from: number;
  to: number;
  groups: DigitGroup[];
}

/**
 * The maximal runs of digit groups in a line, cut at anything else: words, dates (`02/09/2019`),
 * codes (`3.9.1.1`), percentages (`59,12%`; `30 %` drops the 30), parentheses.
 */
export function numericRuns(text: string): NumericRun[] {
  const runs: NumericRun[] = [];
  // A run starts at a digit or at a dash before `€`: most lines of a session hold neither.
  if (!HAS_DIGIT_OR_EURO.test(text)) return runs;
  // Words as [start, end) pairs, without building their strings: most are tested by one character.
  const bounds: number[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    const start = i;
    while (i < text.length && !isBlankCode(text.charCodeAt(i))) i++;
    bounds.push(start, i);
  }
  let runStart = -1;
  let runEnd = -1;
  let open = false;
  const flush = (): void => {
    if (runStart >= 0) {
      const groups = digitGroups(text, runStart, runEnd);
      if (groups && groups.length) runs.push({ from: runStart, to: runEnd, groups });
    }
    runStart = -1;
    open = false;
  };
  const extend = (from: number, to: number, currencyClosed: boolean): void => {
    if (runStart < 0) runStart = from;
    runEnd = to;
    open = !currencyClosed;
  };
  const words = bounds.length / 2;
  for (let w = 0; w < words; w++) {
    const start = bounds[2 * w];
    const end = bounds[2 * w + 1];
    const first = text.charCodeAt(start);
    if (isCurrencyWord(text, start, end)) {
      if (runStart >= 0 && open) extend(runStart, end, true);
      else flush();
      continue;
    }
    if (first === EURO) {
      // `95 200 €(report crédit 2020)`: the sign closes the figure, what is glued to it does not count.
      if (runStart >= 0 && open) extend(runStart, start + 1, true);
      flush();
      continue;
    }
    const next = w + 1 < words ? bounds[2 * w + 2] : -1;
    const nextEnd = w + 1 < words ? bounds[2 * w + 3] : -1;
    if (end - start === 1 && first === DASH && nextEnd - next === 1 && text.charCodeAt(next) === EURO) {
      if (runStart < 0) runStart = start;
      extend(runStart, nextEnd, true);
      w++;
      continue;
    }
    const percent = next >= 0 && text.charCodeAt(next) === PERCENT;
    if (!(first >= 0x30 && first <= 0x39) || percent || !digitGroups(text, start, end)) {
      flush();
      continue;
    }
    extend(runStart < 0 ? start : runStart, end, endsWithCurrency(text, start, end));
  }
  flush();
  return runs;
}

const EURO = 0x20ac;
const DASH = 0x2d;
const PERCENT = 0x25;

/** The word is `€`, `euro` or `euros` (any case). */
function isCurrencyWord(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 1) return text.charCodeAt(start) === EURO;
  return (length === 4 || length === 5) && (text.charCodeAt(start) | 0x20) === 0x65 && /^euros?$/iu.test(text.slice(start, end));
}

/** The word ends with `€`, `euro` or `euros` (any case). */
function endsWithCurrency(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) === EURO) return true;
  return end - start >= 4 && /(?:euros?)$/iu.test(text.slice(Math.max(start, end - 5), end));
}

/** Can groups[first..last] form one figure? */
function formsFigure(groups: readonly DigitGroup[], first: number, last: number): boolean {
  const head = groups[first];
  if (first === last) {
    if (head.digits.length > MAX_DIGITS) return false;
    return head.digits.length === 1 || head.digits[0] !== '0';
  }
  if (head.dotted || head.digits.length > 3 || (head.digits[0] === '0' && head.digits.length > 1) || head.digits === '0') return false;
  if (last - first + 1 > MAX_GROUPS) return false;
  const sep = groups[first + 1].before;
  if (!sep || sep.length > 2) return false;
  for (let g = first; g <= last; g++) {
    const group = groups[g];
    if (g < last && (group.decimals || group.currency)) return false;
    if (g > first && (group.dotted || group.digits.length !== 3 || group.before !== sep)) return false;
  }
  return true;
}

function figure(groups: readonly DigitGroup[], first: number, last: number): GroupedNumber {
  let digits = '';
  for (let g = first; g <= last; g++) digits += groups[g].digits;
  const tail = groups[last];
  const units = Number(digits);
  const cents = units * 100 + (tail.decimals ? Number(tail.decimals.padEnd(2, '0')) : 0);
  const head = groups[first];
  const thousands = head.dotted ? '.' : last > first ? groups[first + 1].before : digits.length <= 3 ? ' ' : '';
  return {
    cents,
    first,
    last,
    start: head.start,
    end: tail.currencyEnd,
    style: { thousands, decimals: tail.decimals.length, currency: tail.currency },
    currency: isCurrency(tail.currency),
  };
}

/**
 * The readings of a run, greedy first (longest figures first). Bounded by `max` readings and
 * `steps` search steps, so a pathological run costs a fixed amount of work.
 */
export function groupings(groups: readonly DigitGroup[], options: GroupingOptions = {}): Reading[] {
  const max = options.max ?? 64;
  let steps = options.steps ?? 20_000;
  const n = groups.length;
  const out: Reading[] = [];
  if (n === 0) return options.count === undefined || options.count === 0 ? [[]] : [];
  // No table row holds this many groups: not a run worth reading (and the search recurses per figure).
  if (n > MAX_RUN_GROUPS) return [];
  const current: GroupedNumber[] = [];
  const walk = (at: number): void => {
    if (out.length >= max || steps-- <= 0) return;
    if (at === n) {
      if (options.count === undefined || current.length === options.count) out.push(current.slice());
      return;
    }
    if (options.count !== undefined) {
      const left = options.count - current.length;
      const remaining = n - at;
      if (left <= 0 || left > remaining || left * MAX_GROUPS < remaining) return;
    }
    for (let last = Math.min(n - 1, at + MAX_GROUPS - 1); last >= at; last--) {
      if (!formsFigure(groups, at, last)) continue;
      // A group with decimals or a currency must close its figure: no figure may span past it.
      current.push(figure(groups, at, last));
      walk(last + 1);
      current.pop();
      if (out.length >= max || steps <= 0) return;
    }
  };
  walk(0);
  return out;
}

/**
 * The reading in which every figure is in euros, if there is one. A currency closes its figure, so
 * the figures must end exactly at the groups that carry one: there is at most one such reading.
 */
export function currencyReading(groups: readonly DigitGroup[]): Reading | undefined {
  const out: Reading = [];
  let first = 0;
  for (let g = 0; g < groups.length; g++) {
    if (!isCurrency(groups[g].currency)) continue;
    if (!formsFigure(groups, first, g)) return undefined;
    out.push(figure(groups, first, g));
    first = g + 1;
  }
  return first === groups.length && out.length > 0 ? out : undefined;
}

/** `€`, ` euros`: a currency written, not only the blank before it. */
function isCurrency(currency: string): boolean {
  return currency !== '' && !/^\s*$/.test(currency);
}

/** The readings of text[from, to) taken as a run of digit groups ([] when it is not one). */
export function readingsOf(text: string, options: GroupingOptions = {}, from = 0, to = text.length): Reading[] {
  const groups = digitGroups(text, from, to);
  return groups ? groupings(groups, options) : [];
}

/** Figures of a reading in cents. */
export function values(reading: Reading): number[] {
  return reading.map((f) => f.cents);
}
