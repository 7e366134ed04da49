/**
 * Rows of an annex table told apart by their label, the text before their first figure.
 *
 * - A sub-total may sum one group of rows alone, the rows that share a label: `Sous total Part
 *   Etat` sums the `Plan Pauvreté` rows and `Sous total part Département` the `Contrepartie Plan
 *   Pauvreté` rows (2022-105, L20980–21056); `10 dossiers sous total Musique` sums the rows that
 *   start `Musique` (2022-87, L4946), wherever they stand above it.
 * - A row followed by one row of each group shares its figures out between them (an action, then
 *   its State and Département parts, L20982–20986): each figure is the sum of the parts'. The
 *   relation is the table's when at least three rows and four in five of them hold it exactly.
 */
import { collapseSpaces, foldBare, isBlankCode } from '../text/normalize';
import { lineRange } from '../text/lines';
import { groupings, type DigitGroup, type GroupedNumber, type NumericRun, type Reading } from './groupings';
import { isSlip } from './slips';
import type { Amount, SplitRow } from './types';

export interface LabelledRow {
  /** Content position of the row's line. */
  p: number;
  runs: NumericRun[];
}

/** How many of a row's readings are tried for the one that splits exactly. */
const MAX_WHOLE_READINGS = 16;
/** Names of groups shorter than this (`a`, `de`) name nothing. */
const MIN_NAME = 3;

/** The group a row belongs to: its label, folded, without its qualifier. */
export function rowLabel(text: string, row: LabelledRow): string {
  return withoutQualifier(foldBare(text.slice(0, row.runs[0].from)));
}

/** A dash set apart ends a label's group name: `Plan Pauvreté - part Etat`, `Plan Pauvreté -  €`. */
function withoutQualifier(label: string): string {
  const dash = label.indexOf(' -');
  return dash >= 0 && (dash + 2 === label.length || label[dash + 2] === ' ') ? label.slice(0, dash) : label;
}

/** The rows that share their label with another, group by group; none when every row does. */
export function labelGroups<T extends LabelledRow>(rows: readonly T[], textAt: (p: number) => string): T[][] {
  const byLabel = new Map<string, T[]>();
  for (const row of rows) {
    const label = rowLabel(textAt(row.p), row);
    if (label.length < MIN_NAME) continue;
    const group = byLabel.get(label);
    if (group) group.push(row);
    else byLabel.set(label, [row]);
  }
  return [...byLabel.values()].filter((group) => group.length >= 2 && group.length < rows.length);
}

/**
 * The rows above content position `before` whose label is `name` (`musique`, folded), the lines
 * of a group that a `sous total Musique` names.
 */
export function namedRows(name: string, before: number, textAt: (p: number) => string, runsAt: (p: number) => NumericRun[]): LabelledRow[] {
  if (name.length < MIN_NAME) return [];
  const out: LabelledRow[] = [];
  const first = name.charCodeAt(0);
  for (let p = 0; p < before; p++) {
    const text = textAt(p);
    if (text.length > 2000) continue;
    let start = 0;
    while (start < text.length && isBlankCode(text.charCodeAt(start))) start++;
    // Most lines are ruled out by their first letter, an ASCII one compared without folding, then by the first letters.
    const code = text.charCodeAt(start);
    if (code < 0x80 && code !== 0x60 && (code | 0x20) !== first && code !== first) continue;
    if (!foldBare(text.slice(start, start + name.length + 8)).startsWith(name)) continue;
    const runs = runsAt(p);
    if (runs.length && rowLabel(text, { p, runs }) === name) out.push({ p, runs });
  }
  return out;
}

/** The rows shared out by the rows under them, and the parts' groups: every first part, every second part… */
export interface Splits {
  rows: SplitRow[];
  partGroups: LabelledRow[][];
}

/**
 * The rows whose figures the rows under them share out (top-down `rows`, each with its readings;
 * `groups` from `labelGroups`), when the table holds the relation. A row's parts are the rows under
 * it that belong to a group, one per group; or, when their labels are their own (`Plan Pauvreté`
 * once in a table of `Initiative Départementale` parts, L21069–21070), the two rows under it when
 * they add up to it exactly.
 */
export function splitRows(
  rows: readonly LabelledRow[],
  readings: (row: LabelledRow) => Reading[],
  groups: readonly (readonly LabelledRow[])[],
  lineOf: (p: number) => number,
  textAt: (p: number) => string,
): Splits {
  const inGroup = new Set(groups.flat());
  const read: ReadSplit[] = [];
  /** Every row's parts, read or not: a sub-total sums a part of each row, even of rows whose figures are not all read. */
  const allParts: (readonly LabelledRow[])[] = [];
  let candidates = 0;
  for (let i = 0; i < rows.length; i++) {
    if (inGroup.has(rows[i])) continue;
    const parts: LabelledRow[] = [];
    const labels = new Set<string>();
    for (let j = i + 1; j < rows.length && inGroup.has(rows[j]); j++) {
      const label = rowLabel(textAt(rows[j].p), rows[j]);
      if (labels.has(label)) break;
      labels.add(label);
      parts.push(rows[j]);
    }
    if (parts.length >= 2) {
      candidates++;
      allParts.push(parts);
      const split = readSplit(rows[i], parts, readings);
      if (split) read.push(split);
      i += parts.length;
    } else if (i + 2 < rows.length && !parts.length) {
      const split = readSplit(rows[i], rows.slice(i + 1, i + 3), readings);
      if (split?.exact) {
        candidates++;
        allParts.push(split.parts);
        read.push(split);
        i += 2;
      }
    }
  }
  const exact = read.filter((r) => r.exact).length;
  if (exact < 3 || exact * 5 < candidates * 4) return { rows: [], partGroups: [] };
  const width = Math.max(...allParts.map((parts) => parts.length));
  const partGroups = Array.from({ length: width }, (_, j) => allParts.flatMap((parts) => (parts[j] ? [parts[j]] : [])));
  return { rows: read.map((r) => toSplitRow(r, lineOf, textAt)), partGroups };
}

interface ReadSplit {
  whole: LabelledRow;
  parts: readonly LabelledRow[];
  /** The whole's figures that the parts share out, and each part's. */
  chosen: Reading;
  partReadings: readonly Reading[];
  exact: boolean;
}

function readSplit(whole: LabelledRow, parts: readonly LabelledRow[], readings: (row: LabelledRow) => Reading[]): ReadSplit | undefined {
  const partReadings = parts.map((part) => readings(part)[0]);
  const k = partReadings[0]?.length ?? 0;
  if (!k || partReadings.some((r) => r?.length !== k)) return undefined;
  const sums = new Array<number>(k).fill(0);
  for (const r of partReadings) r!.forEach((f, c) => (sums[c] += f.cents));
  // The reading closest to the parts: `… de l'ASE 21 676 000 €` is 21, then 676 000 €.
  const offOf = (r: Reading) => r.slice(r.length - k).flatMap((f, c) => (f.cents === sums[c] ? [] : [c]));
  // Fewest columns off, then off by a slip of the pen only.
  const score = (r: Reading) => {
    const cut = r.slice(r.length - k);
    const off = offOf(r);
    return off.length * 2 + (off.every((c) => slipped(cut[c].cents, sums[c])) ? 0 : 1);
  };
  const printed = readings(whole).slice(0, MAX_WHOLE_READINGS).filter((r) => r.length >= k);
  // A reading that splits exactly is the best there is: the first cell's cuts need not be tried.
  const exactFit = printed.find((r) => offOf(r).length === 0);
  const options = exactFit ? [exactFit] : [...printed, ...firstCellCuts(whole).filter((r) => r.length >= k)];
  if (!options.length) return undefined;
  let best = options[0];
  let bestScore = score(best);
  for (const r of options.slice(1)) {
    const s = score(r);
    if (s < bestScore) [best, bestScore] = [r, s];
  }
  const chosen = best.slice(best.length - k);
  const off = offOf(best);
  const split = { whole, parts, chosen, partReadings: partReadings as Reading[] };
  if (off.length === 0) return { ...split, exact: true };
  // A row that does not split exactly is kept only when it is plainly the same row, a few figures slipped.
  if (off.length > Math.max(1, Math.floor(k / 2)) || off.some((c) => !slipped(chosen[c].cents, sums[c]))) return undefined;
  return { ...split, exact: false };
}

/** The split as the model holds it: built only for the tables that hold the relation. */
function toSplitRow(split: ReadSplit, lineOf: (p: number) => number, textAt: (p: number) => string): SplitRow {
  const { whole, parts, chosen, partReadings } = split;
  return {
    amounts: amountsOf(chosen, lineOf(whole.p), textAt(whole.p)),
    parts: parts.map((part, i) => ({ label: collapseSpaces(textAt(part.p).slice(0, part.runs[0].from)), amounts: amountsOf(partReadings[i], lineOf(part.p), textAt(part.p)) })),
  };
}

/**
 * The row's figures with its first cell cut every way and the others as printed, each `€` closing a
 * cell: a count glued before the first figure (`de l'ASE 21 676 000 €`) is cut off there, where the
 * row's other readings, which cut the last cells first, may not reach.
 */
function firstCellCuts(row: LabelledRow): Reading[] {
  const cells: DigitGroup[][] = [];
  let cell: DigitGroup[] = [];
  for (const run of row.runs) {
    for (const group of run.groups) {
      cell.push(group);
      if (group.currency) {
        cells.push(cell);
        cell = [];
      }
    }
    if (cell.length) cells.push(cell);
    cell = [];
  }
  if (cells.length < 2) return [];
  const rest: GroupedNumber[] = [];
  for (const groups of cells.slice(1)) {
    const printed = groupings(groups, { max: 1 })[0];
    if (!printed) return [];
    rest.push(...printed);
  }
  return groupings(cells[0], { max: MAX_WHOLE_READINGS }).map((cut) => [...cut, ...rest]);
}

/** One slip of the pen, on the figure as written: in euros when both are whole euros (`0 €` for `1 €`). */
function slipped(written: number, computed: number): boolean {
  if (written % 100 === 0 && computed % 100 === 0) return isSlip(written / 100, computed / 100);
  return isSlip(written, computed);
}

function amountsOf(figures: readonly GroupedNumber[], line: number, text: string): Amount[] {
  return figures.map((f) => ({ cents: f.cents, text: text.slice(f.start, f.end), range: lineRange(line, f.start, f.end), style: f.style }));
}
