/**
 * Annex tables, as far as they can be read reliably from the linearised PDF: their TOTAL / Total /
 * Sous total / TOTAL GENERAL / Total général lines and the amounts on them, grouped into tables.
 *
 * A total line prints its cells side by side with the same space that separates thousands, so
 * `TOTAL 12 562 692 €` may be 12 items and 562 692 €. Each total is checked against the rows above it
 * (column sums, every reading of every ambiguous row tried within a bound) and, failing that, against
 * the sub-totals before it; the reading that adds up is kept and the line marked `confirmed`.
 * Otherwise the greedy reading stands, unconfirmed. Label words keep a year (`TOTAL OSMOC 2022`) and
 * a dotted code (`Total 3.9.1.1`); `10 dossiers sous total Musique` carries its count in front.
 */
import { collapseSpaces } from '../text/normalize';
import { lineRange, range as makeRange } from '../text/lines';
import { contentLines, type Region } from '../text/region';
import { groupings, numericRuns, type GroupedNumber, type NumericRun, type Reading } from './groupings';
import type { Amount, AnnexTable, TotalKind, TotalLine } from './types';

const TOTAL = /^\s*(?:(\d{1,4})\s+(\p{L}+)\s+)?(sous[- ]?total|total[ \u00a0]+g[ée]n[ée]ral|total)(?![\p{L}])/iu;
const HEADING = /^\s*(?:ANNEXE|Annexe|TABLEAU|Tableau|LISTE|PROGRAMMATION|RECAPITULATIF|Récapitulatif)\b/u;
/** How far above a total its rows may start, in content lines. */
const MAX_ROWS_ABOVE = 200;
const MAX_READINGS = 64;
const MAX_ROW_OPTIONS = 16;
/** Search steps for one total, and for a whole region: a pathological annex costs bounded work. */
const MAX_STEPS = 20_000;
const MAX_REGION_STEPS = 400_000;

interface Budget {
  steps: number;
}

interface Label {
  kind: TotalKind;
  count?: { value: number; start: number; end: number };
  /** Offsets of the label in its line. */
  start: number;
  end: number;
}

interface Found {
  /** Content position of the label line, and of the line holding the amounts. */
  p: number;
  amountsP: number;
  label: string;
  labelStart: number;
  kind: TotalKind;
  prefixCount?: { value: number; start: number; end: number };
  runs: NumericRun[];
  /** Readings of the numeric part, greedy first. */
  readings: Reading[];
  chosen: Reading;
  confirmed: boolean;
  /** The rows above ended at the previous total: same table. */
  joinsPrevious: boolean;
  /** First content position of the rows read above. */
  blockStart: number;
}

function labelOf(text: string): Label | undefined {
  const m = TOTAL.exec(text);
  if (!m) return undefined;
  const keyword = m[3];
  // `total de la dette.` in running text: the label keyword of a table is capitalised, unless a count precedes it.
  if (!m[1] && keyword[0] !== keyword[0].toUpperCase()) return undefined;
  if (m[1] && !/^[\p{Ll}]/u.test(m[2])) return undefined;
  const lower = keyword.toLowerCase();
  const kind: TotalKind = lower.startsWith('sous') ? 'sous-total' : /g[ée]n[ée]ral/.test(lower) ? 'total-general' : 'total';
  const end = m.index + m[0].length;
  const countStart = m[1] ? m[0].length - m[0].trimStart().length : 0;
  const count = m[1] ? { value: Number(m[1]), start: countStart, end: countStart + m[1].length } : undefined;
  return { kind, count, start: end - keyword.length, end };
}

function isProse(text: string): boolean {
  const t = collapseSpaces(text);
  const words = t.split(' ').length;
  return (/[.;:]$/.test(t) && words >= 6) || (t.length > 150 && /[.;]\s\p{Lu}/u.test(t));
}

/** Runs after the label; a leading year followed by more figures belongs to the label. */
function numericPart(text: string, from: number): { runs: NumericRun[]; labelEnd: number } {
  // Scanned from the label's end, so that `TOTAL23 700,00 €` (glued by the extraction) reads 23 700,00 €.
  // A bare figure followed by a word is a count (`Total Département 10  postes`), not an amount.
  const runs = numericRuns(text.slice(from))
    .map((r) => shiftRun(r, from))
    .filter((r) => {
      const last = r.groups[r.groups.length - 1];
      return last.currency || last.decimals || !/^\s+\p{Ll}/u.test(text.slice(r.to, r.to + 3));
    });
  let labelEnd = runs.length ? runs[0].from : text.trimEnd().length;
  if (runs.length) {
    const first = runs[0];
    const head = first.groups[0];
    const isYear = /^(?:19|20)\d\d$/.test(head.digits) && !head.decimals && !head.currency;
    if (isYear && (first.groups.length > 1 || runs.length > 1)) {
      if (first.groups.length > 1) {
        const rest = first.groups.slice(1).map((g, i) => (i === 0 ? { ...g, before: '' } : g));
        runs[0] = { from: rest[0].start, to: first.to, groups: rest };
      } else {
        runs.shift();
      }
      labelEnd = head.currencyEnd;
    }
  }
  return { runs, labelEnd };
}

function shiftRun(run: NumericRun, by: number): NumericRun {
  return {
    from: run.from + by,
    to: run.to + by,
    groups: run.groups.map((g) => ({ ...g, start: g.start + by, end: g.end + by, currencyEnd: g.currencyEnd + by })),
  };
}

function moneyLike(figure: GroupedNumber): boolean {
  return figure.currency || figure.style.decimals > 0;
}

/** Every reading of a sequence of runs: the product of each run's readings, greedy first, capped. */
function readingsOfRuns(runs: readonly NumericRun[], cap: number): Reading[] {
  let out: Reading[] = [[]];
  for (const run of runs) {
    const mine = groupings(run.groups, { max: cap });
    if (!mine.length) return [];
    const next: Reading[] = [];
    for (const prefix of out) {
      for (const r of mine) {
        next.push([...prefix, ...r]);
        if (next.length >= cap) break;
      }
      if (next.length >= cap) break;
    }
    out = next;
  }
  return out;
}

/** Every annex total of the region, grouped into tables. */
export function parseAnnexTables(region: Region): AnnexTable[] {
  try {
    return findTables(region);
  } catch {
    return [];
  }
}

function findTables(region: Region): AnnexTable[] {
  const { lines } = region;
  const content = contentLines(region);
  const found: Found[] = [];
  /** Label lines, found or not: the rows above a total stop at them. */
  const stops = new Map<number, Found | undefined>();
  for (let p = 0; p < content.length; p++) {
    const text = lines[content[p]];
    if (text.length > 2000) continue;
    const label = labelOf(text);
    if (!label || isProse(text)) continue;
    const total = readTotal(region, content, p, label);
    stops.set(p, total);
    if (!total) continue;
    found.push(total);
    for (let q = p + 1; q <= total.amountsP; q++) stops.set(q, total);
    p = total.amountsP;
  }

  // Confirm each total against the rows above it, then against the sub-totals of its table.
  const tables: Found[][] = [];
  const budget: Budget = { steps: MAX_REGION_STEPS };
  for (const total of found) {
    const rows = rowsAbove(region, content, total.p, stops);
    total.blockStart = rows.blockStart;
    const previous = tables[tables.length - 1];
    total.joinsPrevious = !!rows.stoppedAt && !!previous && previous[previous.length - 1] === rows.stoppedAt;
    const table = total.joinsPrevious ? previous : [];
    if (!total.joinsPrevious) tables.push(table);
    confirm(total, rows.rows, siblingsSinceGeneral(table), budget);
    table.push(total);
  }

  return tables.map((table) => {
    const first = table[0];
    const last = table[table.length - 1];
    const startLine = content[first.blockStart];
    return {
      title: titleAbove(region, content, first.blockStart),
      range: makeRange(startLine, 0, content[last.amountsP], lines[content[last.amountsP]].trimEnd().length),
      totals: table.map((t) => toTotalLine(region, content, t)),
    };
  });
}

function readTotal(region: Region, content: readonly number[], p: number, label: Label): Found | undefined {
  const { lines } = region;
  const text = lines[content[p]];
  let part = numericPart(text, label.end);
  let amountsP = p;
  let labelText = collapseSpaces(text.slice(label.start, part.labelEnd));
  if (!part.runs.length) {
    // `TOTAL GENERAL DIFFUSION DE`⏎`PROXIMITE`⏎`14 570 €`: the label may wrap before the amounts line.
    const extra: string[] = [];
    for (let q = p + 1; q < content.length && q <= p + 3; q++) {
      const next = lines[content[q]];
      if (labelOf(next)) return undefined;
      const runs = numericRuns(next);
      const onlyNumbers = runs.length > 0 && collapseSpaces(next) === collapseSpaces(runs.map((r) => next.slice(r.from, r.to)).join(' '));
      const money = onlyNumbers && readingsOfRuns(runs, 1)[0]?.some(moneyLike);
      if (money) {
        part = { runs, labelEnd: 0 };
        amountsP = q;
        break;
      }
      if (/\d/.test(next) || collapseSpaces(next).length > 40 || q > p + 2) return undefined;
      extra.push(collapseSpaces(next));
    }
    if (amountsP === p) return undefined;
    labelText = collapseSpaces([labelText, ...extra].join(' '));
  }
  const readings = readingsOfRuns(part.runs, MAX_READINGS);
  if (!readings.length || !readings[0].length) return undefined;
  return {
    p,
    amountsP,
    label: labelText,
    labelStart: label.start,
    kind: label.kind,
    prefixCount: label.count,
    runs: part.runs,
    readings,
    chosen: readings[0],
    confirmed: false,
    joinsPrevious: false,
    blockStart: p,
  };
}

interface RowLine {
  p: number;
  runs: NumericRun[];
}

/** The lines with figures above a total, up to the previous total, a heading or running text. */
function rowsAbove(
  region: Region,
  content: readonly number[],
  p: number,
  stops: ReadonlyMap<number, Found | undefined>,
): { rows: RowLine[]; blockStart: number; stoppedAt?: Found } {
  const { lines } = region;
  const rows: RowLine[] = [];
  let blockStart = p;
  for (let q = p - 1; q >= 0 && p - q <= MAX_ROWS_ABOVE; q--) {
    if (stops.has(q)) return { rows, blockStart, stoppedAt: stops.get(q) };
    const text = lines[content[q]];
    if (text.length > 2000 || isProse(text) || HEADING.test(text)) break;
    const runs = numericRuns(text);
    if (runs.length) {
      rows.push({ p: q, runs });
      blockStart = q;
    }
  }
  return { rows, blockStart };
}

/** The totals of the table since its last general total: what a following total may add up. */
function siblingsSinceGeneral(table: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let i = table.length - 1; i >= 0 && table[i].kind !== 'total-general'; i--) out.unshift(table[i]);
  return out;
}

/**
 * Keeps the reading of the total whose figures are the column sums of the rows above, or of its
 * sibling totals plus the rows since the last of them. When several add up, the one with the most
 * figures wins: rows `2 125 000 €` and `4 115 063 €` add up to `6 240 063 €` read greedily as well as
 * count by count and amount by amount, and only the second checks two columns.
 */
function confirm(total: Found, rows: readonly RowLine[], siblings: readonly Found[], budget: Budget): void {
  const rowReadings = rows.map((row) => readingsOfRuns(row.runs, MAX_ROW_OPTIONS));
  const siblingReadings = siblings.map((s) => [s.chosen]);
  let best: Reading | undefined;
  for (const reading of total.readings) {
    if (budget.steps <= 0) break;
    if (best && reading.length <= best.length) continue;
    const target = reading.map((f) => f.cents);
    // A row takes part only when it ends like the total: in euros if the total is in euros.
    const money = moneyLike(reading[reading.length - 1]);
    const options = (list: readonly Reading[][]): number[][][] =>
      list.map((readings) =>
        readings
          .filter((r) => r.length >= target.length && (!money || moneyLike(r[r.length - 1])))
          .map((r) => r.slice(r.length - target.length).map((f) => f.cents)),
      );
    if (
      addsUp(target, options(rowReadings), 2, budget) ||
      (siblings.length > 0 && addsUp(target, options([...siblingReadings, ...rowReadings]), 2, budget))
    ) {
      best = reading;
    }
  }
  if (best) {
    total.chosen = best;
    total.confirmed = true;
  }
}

/**
 * Can one option per participating row (its last k figures) sum, column by column, to `target`?
 * Rows with no option of k figures or more do not take part; at least `minRows` must.
 */
function addsUp(target: readonly number[], options: readonly (readonly number[][])[], minRows: number, budget: Budget): boolean {
  const k = target.length;
  const base = new Array<number>(k).fill(0);
  const open: number[][][] = [];
  let taking = 0;
  for (const rowOptions of options) {
    const seen = new Set<string>();
    const usable: number[][] = [];
    for (const option of rowOptions) {
      const key = option.join(',');
      if (option.length === k && !seen.has(key)) {
        seen.add(key);
        usable.push(option);
      }
    }
    if (!usable.length) continue;
    taking++;
    if (usable.length === 1) usable[0].forEach((v, i) => (base[i] += v));
    else open.push(usable);
  }
  if (taking < minRows) return false;
  let steps = MAX_STEPS;
  const sums = base.slice();
  const walk = (i: number): boolean => {
    if (steps-- <= 0 || budget.steps-- <= 0) return false;
    if (i === open.length) return sums.every((v, c) => v === target[c]);
    for (const option of open[i]) {
      let over = false;
      for (let c = 0; c < k; c++) {
        sums[c] += option[c];
        // Figures are never negative: a column past its total cannot come back.
        if (sums[c] > target[c]) over = true;
      }
      const ok = !over && walk(i + 1);
      for (let c = 0; c < k; c++) sums[c] -= option[c];
      if (ok) return true;
    }
    return false;
  };
  if (base.some((v, c) => v > target[c])) return false;
  return walk(0);
}

function toTotalLine(region: Region, content: readonly number[], total: Found): TotalLine {
  const { lines } = region;
  const line = content[total.amountsP];
  const text = lines[line];
  let figures: GroupedNumber[] = total.chosen;
  let count: TotalLine['count'];
  if (total.prefixCount) {
    const labelLine = content[total.p];
    count = { value: total.prefixCount.value, range: lineRange(labelLine, total.prefixCount.start, total.prefixCount.end) };
  } else if (figures.length >= 2 && total.confirmed) {
    const [head, ...rest] = figures;
    // A bare figure before figures in euros is a count (`TOTAL 12 562 692 €`, `Total … 185 139 110,24`).
    if (!head.currency && head.style.decimals === 0 && rest.some((f) => f.currency || f.style.decimals > 0)) {
      count = { value: Math.round(head.cents / 100), range: lineRange(line, head.start, head.end) };
      figures = rest;
    }
  }
  const amounts: Amount[] = figures.map((f) => ({
    cents: f.cents,
    text: text.slice(f.start, f.end),
    range: lineRange(line, f.start, f.end),
    style: f.style,
  }));
  const labelLine = content[total.p];
  const out: TotalLine = {
    kind: total.kind,
    label: total.label,
    amounts,
    range: makeRange(labelLine, total.prefixCount ? total.prefixCount.start : total.labelStart, line, figures.length ? figures[figures.length - 1].end : text.trimEnd().length),
  };
  if (count) out.count = count;
  if (total.confirmed) out.confirmed = true;
  return out;
}

/** The nearest heading above a table: `ANNEXE …`, `TABLEAU …`, else a capitalised line close by. */
function titleAbove(region: Region, content: readonly number[], p: number): string {
  const { lines } = region;
  let capital: string | undefined;
  for (let q = p - 1; q >= 0 && p - q <= 80; q--) {
    const text = lines[content[q]];
    if (HEADING.test(text)) return collapseSpaces(text);
    if (!capital && p - q <= 20 && isCapitalised(text) && !labelOf(text) && !/[,:]\s*$/.test(text) && !/PR[EÉ]SIDENT/.test(text)) {
      capital = collapseSpaces(text);
    }
  }
  return capital ?? '';
}

function isCapitalised(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12 || collapseSpaces(text).split(' ').length < 3 || /\d/.test(text)) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.85;
}
