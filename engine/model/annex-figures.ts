/**
 * The figures of an annex beyond what its tables read: every malformed figure of its lines, prose
 * and rows alike (`163 342.80` in an action sheet of 2022-105, which no table reads), and digit groups that no French number writes (`1 20 000 €`, `12 3456 €`) ending a row.
 *
 * A linearised table prints a count then an amount with the same single space as thousands
 * (`5 11 856 €`, `1 1 807 €`, 2022-102 L15629–15699; `Skate parc 2 25 875 €`, L10662), so such a
 * figure is one figure with a space misplaced only when its column says so: the column's other rows
 * end with an amount that no count can precede (`20 000 €`: `000` is no figure), and none of them is
 * grouped oddly. Rows that are themselves grouped oddly make it a count-amount column. Anything else
 * stays unsettled and is left out (domain.md §4.2).
 */
import { lineRange } from '../text/lines';
import { contentLines, type Region } from '../text/region';
import { forEachMatch } from '../text/source-text';
import { scanAmounts, toAmount } from './amounts';
import { HEADING, isProse, labelOf } from './annex-tables';
import { groupings, numericRuns, type DigitGroup } from './groupings';
import type { Amount, AnnexTable, Misgrouped, TotalLine } from './types';

/** How far from a row its column's other rows are looked for, in content lines, and how many. */
const MAX_LINES_AWAY = 30;
const MAX_ROWS_EACH_SIDE = 6;
/** How far below a row its column's total may be, and how far above that total its rows start. */
const MAX_TOTAL_AWAY = 40;
const MAX_ROWS_ABOVE_TOTAL = 200;
const MAX_DIGITS = 15;
const MAX_LINE = 2000;
/**
 * In one search, so that the annexes are read once: what every malformed figure the amount reader
 * settles holds (amounts.ts) — a dot before a digit (`1 500.000`, `150 000.00`, `1.500,000`), a
 * doubled comma (`150 000,,00`), or a space before a 0 whose run is not a group of three
 * (`15 0000,00`, `1 05 €`) —, else what a row grouped oddly holds (ODD_HERE).
 */
const MAY_BE_MALFORMED_OR_ODD = /(?<malformed>\d(?:\.\d|,,\d| 0\d(?!\d)| 0\d{3,}))|(?<!\d)\d{1,3}[^\S\t\n\r][1-9](?:\d?(?!\d)|\d{3,})/gu;
/** A row grouped oddly holds a head of 1–3 digits, one blank, then 1–2 digits or 4 and more (`isOdd`). */
const ODD_HERE = /(?<!\d)\d{1,3}[^\S\t\n\r][1-9](?:\d?(?!\d)|\d{3,})/uy;
/** `N°`, `n°`, `No`, `numéro` just before a figure: what follows it is an identifier. */
const NUMBER_SIGN = /(?:[nN][°º]|°|\b[Nn]o\.?|num[ée]ro)\s{0,2}$/u;

/** The tail of the `c`-th content line, read once. */
type Tails = (c: number) => Tail | undefined;

interface Tail {
  groups: DigitGroup[];
  /** Currency written after the last group (`' €'`, `'€'`, `' euros'`), '' when none. */
  currency: string;
  decimals: number;
}

export interface AnnexFigures {
  amounts: Amount[];
  misgrouped: Misgrouped[];
}

export function readAnnexFigures(region: Region, tables: readonly AnnexTable[]): AnnexFigures {
  try {
    return read(region, tables);
  } catch {
    return { amounts: [], misgrouped: [] };
  }
}

function read(region: Region, tables: readonly AnnexTable[]): AnnexFigures {
  const { lines } = region;
  const content = contentLines(region);
  // Annexes are most of a session's lines: one search over them all finds the few lines that may
  // hold a malformed or an oddly grouped figure (a search a line costs several times more).
  const candidates = linesMatching(lines, content);
  const amounts: Amount[] = [];
  for (const c of candidates.malformed) {
    const p = content[c];
    for (const token of scanAmounts(lines[p])) {
      if (token.style.malformed && token.kind !== 'percent') amounts.push(toAmount(token, p));
    }
  }
  // Read on demand: only a row that may be grouped oddly, and then its column, needs its tail.
  const cache: (Tail | undefined | null)[] = new Array(content.length).fill(null);
  const tails: Tails = (c) => {
    let tail = cache[c];
    if (tail === null) cache[c] = tail = lines[content[c]].length > MAX_LINE ? undefined : tailOf(lines[content[c]]);
    return tail;
  };
  // Sorted once by line: each misgrouped row finds the total below it by a binary search.
  const totals = tables.flatMap((t) => t.totals).filter((t) => t.amounts.length).sort((a, b) => a.range.start.line - b.range.start.line);
  const totalStarts = totals.map((x) => x.range.start.line);
  const misgrouped: Misgrouped[] = [];
  for (const c of candidates.odd) {
    const tail = tails(c);
    // A total's leading figure is its count as often as not (`TOTAL 12 562 692 €`).
    if (!tail || !isOdd(tail.groups) || labelOf(lines[content[c]])) continue;
    const reading = columnReading(region, content, tails, c);
    if (!reading) continue;
    const amount = asOneFigure(tail, content[c], lines[content[c]]);
    const item: Misgrouped = { text: amount.text, range: amount.range, reading, amount: { ...amount, text: regrouped(tail) } };
    if (reading === 'one' && totalAddsUp(region, content, tails, c, totals, totalStarts, amount.cents)) item.confirmed = true;
    misgrouped.push(item);
  }
  return { amounts, misgrouped };
}

/** The content lines that may hold a malformed figure and those that may hold an odd grouping, in order. */
function linesMatching(lines: readonly string[], content: readonly number[]): { malformed: number[]; odd: number[] } {
  const malformed: number[] = [];
  const odd: number[] = [];
  if (content.length === 0) return { malformed, odd };
  const first = content[0];
  // Content position of each line of the span, -1 for noise and blank lines.
  const position = new Int32Array(content[content.length - 1] - first + 1).fill(-1);
  content.forEach((p, c) => {
    position[p - first] = c;
  });
  const add = (found: number[], c: number): void => {
    if (found[found.length - 1] !== c) found.push(c);
  };
  forEachMatch(lines, first, content[content.length - 1], MAY_BE_MALFORMED_OR_ODD, MAX_LINE, (line, m, text) => {
    const c = position[line - first];
    if (c < 0) return;
    if (m.groups?.malformed === undefined) return add(odd, c);
    add(malformed, c);
    // A malformed figure may hide an odd grouping that starts with it.
    ODD_HERE.lastIndex = m.index;
    if (ODD_HERE.test(text)) add(odd, c);
  });
  return { malformed, odd };
}

/** The figure ending the line: the groups after the last figure closed by decimals or a currency. */
function tailOf(text: string): Tail | undefined {
  // A row in euros ends with `€`, `euro(s)` or decimals: the last character rules most lines out.
  const end = text.trimEnd();
  const lastChar = end[end.length - 1];
  if (lastChar !== '€' && lastChar !== 's' && lastChar !== 'o' && lastChar !== 'S' && lastChar !== 'O' && !(lastChar >= '0' && lastChar <= '9')) return undefined;
  const runs = numericRuns(text);
  const run = runs[runs.length - 1];
  if (!run || text.slice(run.to).trim() !== '') return undefined;
  const groups = run.groups;
  const last = groups[groups.length - 1];
  if (!last.decimals && !/\S/.test(last.currency)) return undefined;
  let s = groups.length - 1;
  while (s > 0 && !groups[s - 1].decimals && !groups[s - 1].currency) s--;
  // `salle de classe N° 7 2 623,14 €` (2022-103, L16902): the label ends with a number of its own.
  if (s === 0 && NUMBER_SIGN.test(text.slice(Math.max(0, run.from - 12), run.from))) return undefined;
  return { groups: groups.slice(s), currency: last.currency, decimals: last.decimals.length };
}

/**
 * Groups no French number writes: a leading group of 1–3 digits, then one of 1–2 digits followed by
 * groups of three (`1 20 000`), or one of four digits or more (`12 3456`), one space apart.
 */
function isOdd(groups: readonly DigitGroup[]): boolean {
  if (groups.length < 2) return false;
  const [head, second] = groups;
  if (head.dotted || head.digits.length > 3 || head.digits[0] === '0' || head.decimals || head.currency) return false;
  const sep = second.before;
  if (sep.length !== 1 || sep === '\t' || second.dotted || second.digits[0] === '0') return false;
  let digits = 0;
  for (let g = 0; g < groups.length; g++) {
    digits += groups[g].digits.length;
    if (g < groups.length - 1 && (groups[g].decimals || groups[g].currency)) return false;
    if (g >= 2 && (groups[g].dotted || groups[g].digits.length !== 3 || groups[g].before !== sep)) return false;
  }
  if (digits > MAX_DIGITS) return false;
  if (second.digits.length <= 2) return true;
  return second.digits.length >= 4 && groups.length === 2;
}

/** A row whose last figure no count can precede: its groups read one way only, as one figure. */
function isSingle(groups: readonly DigitGroup[]): boolean {
  // One figure spans five groups at most (15 digits): a longer tail is several, and costs no search.
  if (groups.length > 5) return false;
  const readings = groupings(groups, { max: 2 });
  return readings.length === 1 && readings[0].length === 1;
}

function sameColumn(a: Tail, b: Tail): boolean {
  return a.currency === b.currency && a.decimals === b.decimals;
}

/** The rows of the column around content position c: same closing (currency, decimals), not totals. */
function neighbours(region: Region, content: readonly number[], tails: Tails, c: number): Tail[] {
  const { lines } = region;
  const mine = tails(c)!;
  const out: Tail[] = [];
  for (const step of [-1, 1]) {
    let found = 0;
    for (let q = c + step; q >= 0 && q < content.length && Math.abs(q - c) <= MAX_LINES_AWAY && found < MAX_ROWS_EACH_SIDE; q += step) {
      const text = lines[content[q]];
      if (text.length > MAX_LINE || isProse(text) || HEADING.test(text)) break;
      const tail = tails(q);
      if (!tail || !sameColumn(tail, mine) || labelOf(text)) continue;
      out.push(tail);
      found++;
    }
  }
  return out;
}

function columnReading(region: Region, content: readonly number[], tails: Tails, c: number): Misgrouped['reading'] | undefined {
  let single = 0;
  let odd = 0;
  for (const tail of neighbours(region, content, tails, c)) {
    if (isOdd(tail.groups)) odd++;
    else if (isSingle(tail.groups)) single++;
  }
  if (single >= 2 && odd === 0) return 'one';
  if (odd >= 1 && single === 0) return 'count-amount';
  return undefined;
}

/** The tail read as one figure: its digits joined, its range the whole of it. */
function asOneFigure(tail: Tail, line: number, text: string): Amount {
  const first = tail.groups[0];
  const last = tail.groups[tail.groups.length - 1];
  const digits = tail.groups.map((g) => g.digits).join('');
  const cents = Number(digits) * 100 + (last.decimals ? Number(last.decimals.padEnd(2, '0')) : 0);
  return {
    cents,
    text: text.slice(first.start, last.currencyEnd),
    range: lineRange(line, first.start, last.currencyEnd),
    style: { thousands: tail.groups[1].before, decimals: tail.decimals, currency: tail.currency },
  };
}

/** `1 20 000 €` → `120 000 €`, with the figure's own separator, decimals and currency. */
function regrouped(tail: Tail): string {
  const sep = tail.groups[1].before;
  let digits = tail.groups.map((g) => g.digits).join('');
  const parts: string[] = [];
  while (digits.length > 3) {
    parts.unshift(digits.slice(-3));
    digits = digits.slice(0, -3);
  }
  parts.unshift(digits);
  const last = tail.groups[tail.groups.length - 1];
  return parts.join(sep) + (last.decimals ? `,${last.decimals}` : '') + last.currency;
}

/**
 * The first total below the row, in its column, equals the column's rows read as one figure each
 * (this one with its digits joined): the figure meant is then the one the total counts.
 */
function totalAddsUp(region: Region, content: readonly number[], tails: Tails, c: number, totals: readonly TotalLine[], totalStarts: readonly number[], cents: number): boolean {
  const line = content[c];
  const total = totals[firstAbove(totalStarts, line)];
  if (!total) return false;
  const amount = total.amounts[total.amounts.length - 1];
  const t = firstAbove(content, total.range.start.line - 1);
  if (content[t] !== total.range.start.line || t - c > MAX_TOTAL_AWAY) return false;
  const mine = tails(c)!;
  let sum = 0;
  let rows = 0;
  let included = false;
  for (let q = t - 1; q >= 0 && t - q <= MAX_ROWS_ABOVE_TOTAL; q--) {
    const text = region.lines[content[q]];
    if (text.length > MAX_LINE || isProse(text) || HEADING.test(text) || labelOf(text)) break;
    const tail = tails(q);
    if (!tail || !sameColumn(tail, mine)) continue;
    if (q === c) {
      sum += cents;
      included = true;
    } else {
      const readings = tail.groups.length > 5 ? [] : groupings(tail.groups, { max: 1 });
      if (!readings.length || readings[0].length !== 1) return false;
      sum += readings[0][0].cents;
    }
    rows++;
  }
  return included && rows >= 2 && sum === amount.cents;
}

/** Index of the first value greater than `x` in an ascending list (its length when none is). */
function firstAbove(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
