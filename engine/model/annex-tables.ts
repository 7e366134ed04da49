/**
 * Annex tables, as far as they can be read reliably from the linearised PDF: their TOTAL / Total /
 * Sous total / TOTAL GENERAL / Total général lines and the amounts on them, grouped into tables.
 *
 * A total line prints its cells side by side with the same space that separates thousands, so
 * `TOTAL 12 562 692 €` may be 12 items and 562 692 €. Each total is checked against the rows above it
 * (column sums, every reading of every ambiguous row tried within a bound) and, failing that, against
 * the sub-totals before it; the reading that adds up is kept and the line marked `confirmed`.
 * Otherwise the greedy reading stands, unconfirmed — unless the total is still tied to its terms
 * (other columns adding up, or one slipped digit away from the only sum): then `mismatch` says what
 * it should be. Label words keep a year (`TOTAL OSMOC 2022`) and a dotted code (`Total 3.9.1.1`);
 * `10 dossiers sous total Musique` carries its count in front.
 *
 * Also read: the `SOUS PROGRAMME` budget blocks (as imputation tables) and tables of row totals.
 */
import { collapseSpaces, foldBare, isBlankCode, startsWithOneOf } from '../text/normalize';
import { lineRange, range as makeRange, trimmedLineRange, type Range } from '../text/lines';
import { contentLines, type Region } from '../text/region';
import { literalCounts } from '../text/source-text';
import { addsUp, columnBounds, prepareColumns, reachableSums, residueFits, sumsWithFree, type Budget, type Columns } from './column-sums';
import { parseAmountCell, toAmount } from './amounts';
import { currencyReading, groupings, numericRuns, type GroupedNumber, type NumericRun, type Reading } from './groupings';
import { normaliseImputation } from './imputation-tables';
import { attachFooters } from './programme-footers';
import { labelGroups, namedRows, splitRows, type LabelledRow, type Splits } from './row-groups';
import { leadTotals } from './lead-totals';
import { columnSums, rowFigures } from './row-sums';
import { isSlip, slips } from './slips';
import type { Amount, AnnexTable, ColumnKind, Located, RowTotal, SplitRow, TableCell, TableRow, TotalKind, TotalLine } from './types';

const TOTAL = /^\s*(?:(\d{1,4})\s+(\p{L}+)\s+)?(sous[- ]?total|total[ \u00a0]+g[ée]n[ée]ral|total)(?![\p{L}])/iu;
/** What TOTAL can start with, case-insensitively under Unicode (`ſ` folds to `s`). */
const TOTAL_FIRST = '0123456789sStTſ';
export const HEADING = /^\s*(?:ANNEXE|Annexe|TABLEAU|Tableau|LISTE|PROGRAMMATION|RECAPITULATIF|Récapitulatif)\b/u;
/** How far above a total its rows may start, in content lines. */
const MAX_ROWS_ABOVE = 200;
const MAX_READINGS = 64;
const MAX_ROW_OPTIONS = 16;
/** Search steps for a whole region: a pathological annex costs bounded work. */
const MAX_REGION_STEPS = 400_000;
/** Search steps to relate one total that does not add up to its rows (`nearMiss`). */
const MAX_MISS_STEPS = 60_000;

interface Label {
  kind: TotalKind;
  count?: { value: number; noun: string; start: number; end: number };
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
  /** The label after its keyword, folded: the group a `sous total Musique` names. */
  name: string;
  kind: TotalKind;
  prefixCount?: Label['count'];
  runs: NumericRun[];
  /** Readings of the numeric part, greedy first. */
  readings: Reading[];
  chosen: Reading;
  confirmed: boolean;
  /** The rows above ended at the previous total: same table. */
  joinsPrevious: boolean;
  /** First content position of the rows read above. */
  blockStart: number;
  /** What the chosen reading adds up: content positions of rows, or sibling totals. */
  terms?: Term[];
  mismatch?: { index: number; sum: number; terms: Term[] };
}

/** A line summed into a total: a row (content position) or a sibling total. */
type Term = { row: number } | { total: Found };

export function labelOf(text: string): Label | undefined {
  // `TOTAL`, `Sous total`, `10 dossiers sous total`: most lines are ruled out by their first letter.
  if (!startsWithOneOf(text, TOTAL_FIRST)) return undefined;
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
  const count = m[1] ? { value: Number(m[1]), noun: m[2], start: countStart, end: countStart + m[1].length } : undefined;
  return { kind, count, start: end - keyword.length, end };
}

export function isProse(text: string): boolean {
  // Called on every line above every total: the cheap tests first.
  const end = text.trimEnd();
  const last = end[end.length - 1];
  if ((last === '.' || last === ';' || last === ':') && wordCount(end) >= 6) return true;
  if (text.length <= 150) return false;
  const collapsed = collapseSpaces(text);
  return collapsed.length > 150 && /[.;]\s\p{Lu}/u.test(collapsed);
}

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isBlankCode(text.charCodeAt(i));
    if (!blank && !inWord) count++;
    inWord = !blank;
  }
  return count;
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
  // Lines are read for their figures by several totals' searches and the row totals: once each.
  const runsMemo: NumericRun[][] = [];
  const runsAt = (p: number): NumericRun[] => (runsMemo[p] ??= numericRuns(lines[content[p]]));
  const readingsMemo: Reading[][] = [];
  const readingsAt = (p: number): Reading[] => (readingsMemo[p] ??= readingsOfRuns(runsAt(p), MAX_ROW_OPTIONS));
  const textAt = (p: number): string => lines[content[p]];
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
  const splitsOf = new Map<Found[], SplitRow[]>();
  let pool: RowLine[] = [];
  let poolSplits: Splits = { rows: [], partGroups: [] };
  const budget: Budget = { steps: MAX_REGION_STEPS };
  const missBudget: Budget = { steps: MAX_REGION_STEPS };
  for (const total of found) {
    const rows = rowsAbove(region, content, total.p, stops, runsAt);
    total.blockStart = rows.blockStart;
    const previous = tables[tables.length - 1];
    total.joinsPrevious = !!rows.stoppedAt && !!previous && previous[previous.length - 1] === rows.stoppedAt;
    const table = total.joinsPrevious ? previous : [];
    if (!total.joinsPrevious) tables.push(table);
    // A sub-total under another sums rows of the same table, since its last general total: the groups are theirs.
    const fresh = !total.joinsPrevious || table[table.length - 1].kind === 'total-general';
    pool = fresh ? rows.rows : [...pool, ...rows.rows];
    // The pool grows with each total of a long table: its groups are read only where they are used.
    let groups: LabelledRow[][] | undefined;
    const groupsOfPool = (): LabelledRow[][] => (groups ??= labelGroups(pool, textAt));
    if (fresh) {
      poolSplits = splitRows([...pool].reverse(), (row) => readingsAt(row.p), groupsOfPool(), (p) => content[p], textAt);
      if (poolSplits.rows.length) splitsOf.set(table, [...(splitsOf.get(table) ?? []), ...poolSplits.rows]);
    }
    const subsets = total.kind === 'sous-total' ? { groups: [...poolSplits.partGroups, ...groupsOfPool()], named: namedGroup(total, textAt, runsAt) } : { groups: [], named: [] };
    confirm(total, rows.rows, siblingsSinceGeneral(table), subsets, readingsAt, budget, missBudget);
    table.push(total);
  }

  const out: AnnexTable[] = tables.map((table) => {
    const first = table[0];
    const last = table[table.length - 1];
    const startLine = content[first.blockStart];
    return {
      title: titleAbove(region, content, first.blockStart),
      range: makeRange(startLine, 0, content[last.amountsP], lines[content[last.amountsP]].trimEnd().length),
      totals: table.map((t) => toTotalLine(region, content, t)),
      ...(splitsOf.has(table) ? { splitRows: splitsOf.get(table) } : {}),
    };
  });
  const programmes = programmeBlocks(region, content);
  attachFooters(region, content, programmes);
  const rows = rowTotals(region, content, runsAt);
  const leading = leadTotals(region, content);
  for (const each of [rows, leading]) {
    if (!each.length) continue;
    out.push({
      title: titleAbove(region, content, content.indexOf(each[0].range.start.line)),
      range: { start: each[0].range.start, end: each[each.length - 1].range.end },
      totals: [],
      rowTotals: each,
    });
  }
  if (!programmes.length && !rows.length && !leading.length) return out;
  return [...out, ...programmes].sort((a, b) => a.range.start.line - b.range.start.line);
}

// ── Row totals ───────────────────────────────────────────────────────────────────────────────

/**
 * A figure in euros: `€`, or the word as documents write it (`euros`, `Euros`, `EUROS`), found by
 * its tail (`e` is too common a letter for a quick search): a line counted too many is read for
 * nothing, none is missed.
 */
const CURRENCIES = ['€', 'uro', 'URO'];

/** Rows that must hold `last = Σ others` before the annex counts as a table of row totals. */
const MIN_ROW_TOTALS = 5;

/**
 * Lines ending in three or more figures in euros, the last the sum of the others (2022-101, L13354
 * `2 595 € 4 697 € 2 000 € 3 000 € 12 292 €`). The relation is the table's when at least five rows
 * and four in five of such lines hold it; a line that does not is kept when its total is the sum
 * with one digit slipped.
 */
function rowTotals(region: Region, content: readonly number[], runsAt: (p: number) => NumericRun[]): RowTotal[] {
  const { lines } = region;
  if (!content.length) return [];
  // Most annexes hold no such table: a line's figures are made amounts only once the table holds.
  const candidates: { p: number; reading: Reading; total: number; sum: number }[] = [];
  // A row of row totals has three figures in euros at least: few lines have three currencies.
  const currencies = literalCounts(lines, content[0], content[content.length - 1], CURRENCIES, 2000);
  for (let c = 0; c < content.length; c++) {
    const p = content[c];
    if ((currencies.get(p) ?? 0) < 3) continue;
    const runs = runsAt(c);
    const run = runs[runs.length - 1];
    if (!run || run.groups.length > 40) continue;
    const reading = currencyReading(run.groups);
    if (!reading || reading.length < 3) continue;
    let sum = 0;
    for (let f = 0; f < reading.length - 1; f++) sum += reading[f].cents;
    candidates.push({ p, reading, total: reading[reading.length - 1].cents, sum });
  }
  const holding = candidates.filter((c) => c.sum === c.total).length;
  if (holding < MIN_ROW_TOTALS || holding * 5 < candidates.length * 4) return [];
  const rows = candidates.filter((c) => c.sum === c.total || isSlip(c.total, c.sum)).map((c) => rowTotalOf(c.reading, c.p, lines[c.p]));
  markColumnSums(rows);
  return rows;
}

function rowTotalOf(reading: Reading, p: number, text: string): RowTotal {
  const amounts: Amount[] = reading.map((f) => ({ cents: f.cents, text: text.slice(f.start, f.end), range: lineRange(p, f.start, f.end), style: f.style }));
  const total = amounts[amounts.length - 1];
  const parts = amounts.slice(0, -1);
  return { parts, total, range: { start: parts[0].range.start, end: total.range.end } };
}

/** Marks the last row when its figures are the column sums of the rows above, all but one at most (one slip anywhere). */
function markColumnSums(rows: RowTotal[]): void {
  const last = rows[rows.length - 1];
  const above = rows.slice(0, -1);
  if (above.length < MIN_ROW_TOTALS) return;
  const figures = rowFigures(last);
  if (above.some((row) => row.parts.length !== last.parts.length)) return;
  const off = columnSums(above).filter((sum, i) => sum !== figures[i].cents).length;
  if (off <= 1) last.columnSums = true;
}

// ── Sous-programme blocks ────────────────────────────────────────────────────────────────────

const PROGRAMME = /^\s*SOUS[- ]PROGRAMME\b/iu;
const PROGRAMME_CODE = /(?<![\p{L}\p{N}])((?:C[O0]\d-)?\d{3}\s?[A-Z]\d{2})(?![\p{L}\p{N}])/u;
const PROGRAMME_HEADER = /\b(?:BP|CP)(?:\s+\d{4})?\s+DISPONIBLE\s+PROPOSITIONS?\s+SOLDE\b/iu;
const PROGRAMME_ROW = /^\s*(\d{2,7})\s{0,2}\/{1,3}\s{0,2}(\d{2,7})(?![\d/])/u;
const PROGRAMME_COLUMNS: ColumnKind[] = ['CP', 'Disponible', 'Proposition', 'Solde'];

/**
 * `SOUS PROGRAMME 311Q01` / `BP 2022 DISPONIBLE PROPOSITION SOLDE` / `65734/93311  208 000  208 000
 * 85 500  122 500` (L4127–4132, L18555–18560): the budget line of a sub-programme, restated in the
 * annex. Read as an imputation table (BP, the credit voted at the budget, as CP). A row is kept only
 * when its cells are certain: four cells set apart by wide gaps, or the one grouping where Solde =
 * Disponible − Proposition.
 */
function programmeBlocks(region: Region, content: readonly number[]): AnnexTable[] {
  const { lines } = region;
  const out: AnnexTable[] = [];
  for (let p = 0; p < content.length; p++) {
    const text = lines[content[p]];
    if (text.length > 2000 || !startsWithOneOf(text, 'sSſ') || !PROGRAMME.test(text)) continue;
    let code: Located<string> | undefined;
    let header: number | undefined;
    for (let q = p; q < content.length && q <= p + 4; q++) {
      const line = lines[content[q]];
      if (q > p && PROGRAMME.test(line)) break;
      const from = q === p ? line.search(/PROGRAMME/i) + 'PROGRAMME'.length : 0;
      const m = !code ? PROGRAMME_CODE.exec(line.slice(from)) : null;
      if (m) code = { value: m[1].replace(/\s+/g, '').toUpperCase(), range: lineRange(content[q], from + m.index, from + m.index + m[1].length) };
      if (PROGRAMME_HEADER.test(line)) {
        header = q;
        break;
      }
    }
    if (header === undefined) continue;
    const rows: TableRow[] = [];
    let q = header + 1;
    for (; q < content.length && rows.length < 20; q++) {
      const row = programmeRow(lines[content[q]], content[q], code);
      if (!row) break;
      if (row !== 'unread') rows.push(row);
    }
    const headerLine = content[header];
    const headerText = lines[headerLine];
    const headerMatch = PROGRAMME_HEADER.exec(headerText)!;
    const headerRange = lineRange(headerLine, headerMatch.index, headerMatch.index + headerMatch[0].length);
    const start = trimmedLineRange(lines, content[p]).start;
    const end = rows.length ? rows[rows.length - 1].range.end : headerRange.end;
    out.push({
      title: collapseSpaces(`SOUS PROGRAMME ${code?.value ?? ''}`),
      range: { start, end },
      totals: [],
      programme: { shape: 'R1', columns: PROGRAMME_COLUMNS, headerRange, rows, range: { start, end } },
    });
    p = q - 1;
  }
  return out;
}

/** A row of a sub-programme block; 'unread' when it is one but its cells are not certain. */
function programmeRow(text: string, line: number, code: Located<string> | undefined): TableRow | 'unread' | undefined {
  if (text.length > 2000) return undefined;
  const m = PROGRAMME_ROW.exec(text);
  if (!m) return undefined;
  const impStart = m.index + m[0].length - m[0].trimStart().length;
  const imputation: Located<string> = { value: normaliseImputation(m[1], m[2]), range: lineRange(line, impStart, m.index + m[0].length) };
  const direction: TableRow['direction'] = /^(?:13|7)/.test(imputation.value) ? 'recette' : 'depense';
  const rest = m.index + m[0].length;
  const amounts = programmeCells(text, line, rest, direction);
  if (!amounts) return 'unread';
  const cells: TableCell[] = amounts.map((amount, i) => ({ column: PROGRAMME_COLUMNS[i], amount }));
  return {
    operationCode: code,
    imputations: [imputation],
    libelle: '',
    direction,
    cells,
    alignment: 'full',
    range: { start: imputation.range.start, end: amounts[amounts.length - 1].range.end },
    amounts,
  };
}

function programmeCells(text: string, line: number, from: number, direction: TableRow['direction']): Amount[] | undefined {
  const N = PROGRAMME_COLUMNS.length;
  // Cells set apart by wide gaps (the extraction keeps the columns' spacing).
  const wide: Amount[] = [];
  const re = /\S+(?: \S+)*/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const token = parseAmountCell(m[0]);
    if (!token) {
      wide.length = 0;
      break;
    }
    wide.push(toAmount({ ...token, index: token.index + m.index }, line));
  }
  if (wide.length === N) return wide;
  // Otherwise the one grouping of the figures into four cells where the solde holds.
  const runs = numericRuns(text.slice(from));
  if (runs.length !== 1) return undefined;
  const fits = groupings(runs[0].groups, { count: N, max: 64 }).filter((r) => {
    const [, disponible, proposition, solde] = r.map((f) => f.cents);
    return (direction === 'recette' ? disponible + proposition : disponible - proposition) === solde;
  });
  if (fits.length !== 1) return undefined;
  return fits[0].map((f) => ({
    cents: f.cents,
    text: text.slice(from + f.start, from + f.end),
    range: lineRange(line, from + f.start, from + f.end),
    style: f.style,
  }));
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
    name: foldBare(text.slice(label.end, part.labelEnd)),
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
  runsAt: (p: number) => NumericRun[],
): { rows: RowLine[]; blockStart: number; stoppedAt?: Found } {
  const { lines } = region;
  const rows: RowLine[] = [];
  let blockStart = p;
  for (let q = p - 1; q >= 0 && p - q <= MAX_ROWS_ABOVE; q--) {
    if (stops.has(q)) return { rows, blockStart, stoppedAt: stops.get(q) };
    const text = lines[content[q]];
    if (text.length > 2000 || isProse(text) || HEADING.test(text)) break;
    const runs = runsAt(q);
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

/** The groups of rows above a sub-total that it may sum alone: rows sharing a label, and the rows it names. */
interface Subsets {
  groups: readonly (readonly LabelledRow[])[];
  named: readonly (readonly LabelledRow[])[];
}

/** The rows a `10 dossiers sous total Musique` names, when they are not all the rows above it. */
function namedGroup(total: Found, textAt: (p: number) => string, runsAt: (p: number) => NumericRun[]): LabelledRow[][] {
  const rows = namedRows(total.name, total.p, textAt, runsAt);
  return rows.length ? [rows] : [];
}

/**
 * The lines a total may add up, each with its readings; their options for totals of k figures are
 * prepared once and shared by every reading of the total with k figures.
 */
class TermSource {
  private readonly prepared = new Map<string, Columns>();
  constructor(readonly readings: readonly Reading[][], readonly terms: readonly Term[]) {}

  columns(k: number, money: boolean): Columns {
    const key = `${k}${money ? '€' : ''}`;
    let columns = this.prepared.get(key);
    if (!columns) {
      columns = prepareColumns(k, optionsFor(this.readings, k, money));
      this.prepared.set(key, columns);
    }
    return columns;
  }
}

/**
 * Keeps the reading of the total whose figures are the column sums of the rows above, or of its
 * sibling totals plus the rows since the last of them. When several add up, the one with the most
 * figures wins: rows `2 125 000 €` and `4 115 063 €` add up to `6 240 063 €` read greedily as well as
 * count by count and amount by amount, and only the second checks two columns.
 */
function confirm(
  total: Found,
  rows: readonly RowLine[],
  siblings: readonly Found[],
  subsets: Subsets,
  readingsAt: (p: number) => Reading[],
  budget: Budget,
  missBudget: Budget,
): void {
  const rowReadings = rows.map((row) => readingsAt(row.p));
  const rowTerms: Term[] = rows.map((row) => ({ row: row.p }));
  const byRows = new TermSource(rowReadings, rowTerms);
  // A sibling known to be off counts for what its own terms add up to: one slip, one diagnostic.
  const bySiblings = siblings.length
    ? new TermSource([...siblings.map((s) => [corrected(s)]), ...rowReadings], [...siblings.map((s) => ({ total: s })), ...rowTerms])
    : undefined;
  const sourceOf = (group: readonly LabelledRow[]) => new TermSource(group.map((row) => readingsAt(row.p)), group.map((row) => ({ row: row.p })));
  const byGroups = subsets.groups.map(sourceOf);
  const byName = subsets.named.map(sourceOf);
  const sources = [byRows, ...(bySiblings ? [bySiblings] : []), ...byGroups, ...byName];
  let best: { reading: Reading; terms: Term[] } | undefined;
  for (const reading of total.readings) {
    if (budget.steps <= 0) break;
    if (best && reading.length <= best.reading.length) continue;
    const target = reading.map((f) => f.cents);
    const money = moneyLike(reading[reading.length - 1]);
    for (const source of sources) {
      const terms = addsUp(target, source.columns(target.length, money), 2, budget);
      if (terms) {
        best = { reading, terms: terms.map((i) => source.terms[i]) };
        break;
      }
    }
  }
  if (best) {
    total.chosen = best.reading;
    total.confirmed = true;
    total.terms = best.terms;
    return;
  }
  // A sub-total sums rows (all of them, or one group); only a total may sum the sub-totals before it.
  // A group that shares a label is tied to a sub-total by one slip only when its other columns add up (three figures or more).
  // The groups are tried first: they are small, and a search over every row may spend the budget.
  const byGroupsOff = total.readings[0].length >= 3 ? byGroups : [];
  const missSources = bySiblings && total.kind !== 'sous-total' ? [byRows, bySiblings] : [...byName, ...byGroupsOff, byRows];
  const miss = nearMiss(total, missSources, missBudget);
  if (miss) {
    total.chosen = miss.reading;
    total.mismatch = { index: miss.index, sum: miss.sum, terms: miss.terms };
  }
}

function corrected(total: Found): Reading {
  const miss = total.mismatch;
  if (!miss) return total.chosen;
  return total.chosen.map((f, i) => (i === miss.index ? { ...f, cents: miss.sum } : f));
}

/** Each row's readings cut to their last k figures; in euros when the total is in euros. */
function optionsFor(list: readonly Reading[][], k: number, money: boolean): number[][][] {
  return list.map((readings) =>
    readings.filter((r) => r.length >= k && (!money || moneyLike(r[r.length - 1]))).map((r) => r.slice(r.length - k).map((f) => f.cents)),
  );
}

interface Miss {
  index: number;
  sum: number;
  terms: Term[];
  reading: Reading;
}

/**
 * A total that does not add up, but whose terms are known: either at least two of its other columns
 * add up exactly over the same rows, or exactly one slip of the pen on the written figure (a digit
 * changed, dropped or added, two neighbours swapped) makes it add up. Anything looser is no relation.
 */
function nearMiss(total: Found, sources: readonly TermSource[], budget: Budget): Miss | undefined {
  // Each total gets its share, so that one long table cannot starve the totals after it.
  const local: Budget = { steps: Math.min(budget.steps, MAX_MISS_STEPS) };
  const before = local.steps;
  try {
    return searchMiss(total, sources, local);
  } finally {
    budget.steps -= before - Math.max(0, local.steps);
  }
}

function searchMiss(total: Found, sources: readonly TermSource[], budget: Budget): Miss | undefined {
  for (const source of sources) {
    for (const reading of total.readings) {
      if (budget.steps <= 0) return undefined;
      const target = reading.map((f) => f.cents);
      const columns = source.columns(target.length, moneyLike(reading[reading.length - 1]));
      if (columns.participants.length < 2) continue;
      const miss = target.length >= 3 ? offColumn(target, columns, budget) : slippedColumn(target, columns, budget);
      if (miss) return { index: miss.index, sum: miss.sum, terms: miss.participants.map((i) => source.terms[i]), reading };
    }
  }
  return undefined;
}

/** Three figures or more: one column off while the others add up exactly, to a single sum. */
function offColumn(target: readonly number[], columns: Columns, budget: Budget): { index: number; sum: number; participants: readonly number[] } | undefined {
  // The rows read as printed add up in every column but one, one slip away: rows whose cells may also be
  // cut otherwise (`250 000 €` as 250 and 0 €) would let the free column take too many sums to tell.
  const { greedy } = columns;
  const off = target.flatMap((t, c) => (t === greedy[c] ? [] : [c]));
  if (off.length === 1 && columns.participants.length >= 2 && isSlip(target[off[0]], greedy[off[0]])) {
    return { index: off[0], sum: greedy[off[0]], participants: columns.participants };
  }
  for (let column = 0; column < target.length; column++) {
    const found = sumsWithFree(target, columns, column, budget);
    if (!found || found.participants.length < 2 || found.sums.size !== 1) continue;
    const [sum] = found.sums;
    if (sum !== target[column]) return { index: column, sum, participants: found.participants };
  }
  return undefined;
}

/** One or two figures: one slip of the pen on one of them makes the whole add up. */
function slippedColumn(target: readonly number[], columns: Columns, budget: Budget): { index: number; sum: number; participants: readonly number[] } | undefined {
  const { min, max } = columnBounds(columns);
  // The slips each column could hold; the other columns must fit as written.
  const candidates = target.map((_, column) =>
    target.every((t, c) => c === column || residueFits(columns, c, t))
      ? slips(target[column]).filter((v) => v >= min[column] && v <= max[column] && residueFits(columns, column, v))
      : [],
  );
  if (candidates.every((list) => list.length === 0)) return undefined;
  const reachable = reachableSums(columns, budget);
  if (!reachable) return undefined;
  for (let column = 0; column < target.length; column++) {
    const fits = candidates[column].filter((variant) => reachable.has(target.map((t, c) => (c === column ? variant : t))));
    // Several slips add up with some cut of the rows: the rows read as printed (greedily) decide.
    const { greedy } = columns;
    const sum = fits.length === 1 ? fits[0] : fits.find((v) => v === greedy[column] && target.every((t, c) => c === column || t === greedy[c]));
    if (sum !== undefined) return { index: column, sum, participants: reachable.participants };
  }
  return undefined;
}

function toTotalLine(region: Region, content: readonly number[], total: Found): TotalLine {
  const { lines } = region;
  const line = content[total.amountsP];
  const text = lines[line];
  let figures: GroupedNumber[] = total.chosen;
  let count: TotalLine['count'];
  if (total.prefixCount) {
    const labelLine = content[total.p];
    count = { value: total.prefixCount.value, noun: total.prefixCount.noun, range: lineRange(labelLine, total.prefixCount.start, total.prefixCount.end) };
  } else if (figures.length >= 2 && (total.confirmed || (total.mismatch && total.mismatch.index > 0))) {
    const [head, ...rest] = figures;
    // A bare figure before figures in euros is a count (`TOTAL 12 562 692 €`, `Total … 185 139 110,24`).
    if (!head.currency && head.style.decimals === 0 && rest.some((f) => f.currency || f.style.decimals > 0)) {
      count = { value: Math.round(head.cents / 100), range: lineRange(line, head.start, head.end) };
      figures = rest;
    }
  }
  const shift = total.chosen.length - figures.length;
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
  if (total.terms) out.terms = termRanges(region, content, total.terms);
  if (total.mismatch) {
    out.mismatch = { index: total.mismatch.index - shift, sum: total.mismatch.sum, terms: termRanges(region, content, total.mismatch.terms) };
  }
  return out;
}

function termRanges(region: Region, content: readonly number[], terms: readonly Term[]): Range[] {
  return terms.map((term) => termRange(region, content, term)).sort((a, b) => a.start.line - b.start.line);
}

function termRange(region: Region, content: readonly number[], term: Term): Range {
  const { lines } = region;
  if ('row' in term) return trimmedLineRange(lines, content[term.row]);
  const found = term.total;
  const last = content[found.amountsP];
  return makeRange(content[found.p], found.prefixCount ? found.prefixCount.start : found.labelStart, last, lines[last].trimEnd().length);
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
  if (text.length < 12 || /\d/.test(text)) return false;
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) {
        letters++;
        upper++;
      } else if (code >= 0x61 && code <= 0x7a) letters++;
    } else if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Lu}/u.test(ch)) upper++;
    }
  }
  if (letters < 12 || wordCount(text) < 3) return false;
  return upper / letters >= 0.85;
}
