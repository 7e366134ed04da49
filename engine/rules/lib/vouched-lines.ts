/**
 * Which figures of an annex table another relation vouches for. A relation that holds (a total equal
 * to its terms, a row equal to its parts) would have broken had one of its figures slipped; so when a
 * total does not add up and every line it sums is held by some other relation, the one slip that
 * explains both is in the total itself, and rewriting it is the fix (one keystroke). So too when the
 * lines add up to an amount the deliberation decides and the total does not. Without that evidence
 * the total and its terms are equally suspect, and no fix is preferred.
 */
import { columnSums, rowSum, splitSum } from '../../model/row-sums';
import type { Amount, AnnexTable, Dossier, Range, RowTotal, SplitRow, TotalLine } from '../../model/types';

const lineOf = (range: Range): number => range.start.line;

/**
 * A gap of one unit of the last printed digit (1 €, or 1 centime where cents are printed) is the
 * trace of figures rounded from fractions (2022-105 L20994, L21058): no line need be wrong, and no
 * rewrite is certain.
 */
export function roundingGap(amount: Amount, expected: number): boolean {
  const unit = /,\d\d/.test(amount.text) ? 1 : 100;
  // Lines that add up to nothing print no fraction to round (`0 €` typed `1 €`).
  return expected !== 0 && Math.abs(amount.cents - expected) === unit;
}

/** The lines a holding total, row total or shared-out row of `table` vouches for, apart from `except`'s. */
function heldLines(table: AnnexTable, except?: TotalLine): { byTotals: Set<number>; byRows: Set<number> } {
  const byTotals = new Set<number>();
  const byRows = new Set<number>();
  const totalAt = new Map(table.totals.map((total) => [lineOf(total.range), total]));
  for (const total of table.totals) {
    // Another layout of columns (a sub-total of the last column only) says nothing of this column.
    if (total === except || !total.confirmed || (except && total.amounts.length !== except.amounts.length)) continue;
    byTotals.add(lineOf(total.range));
    for (const term of total.terms ?? []) {
      byTotals.add(lineOf(term));
      // A sub-total known to be off counts in its total for what its lines add up to (model/annex-tables.ts):
      // the total holding vouches for those lines.
      for (const line of totalAt.get(lineOf(term))?.mismatch?.terms ?? []) byTotals.add(lineOf(line));
    }
  }
  for (const row of table.rowTotals ?? []) {
    if (rowSum(row) === row.total.cents) byRows.add(lineOf(row.range));
  }
  for (const row of table.splitRows ?? []) {
    const holds = row.amounts.every((amount, c) => amount.cents === splitSum(row, c));
    if (!holds) continue;
    for (const amount of [...row.amounts, ...row.parts.flatMap((part) => part.amounts)]) byRows.add(lineOf(amount.range));
  }
  return { byTotals, byRows };
}

/** True when every line `total` sums is vouched for by another relation of its table that holds. */
export function termsVouched(table: AnnexTable, total: TotalLine, terms: readonly Range[]): boolean {
  if (!terms.length) return false;
  const { byTotals, byRows } = heldLines(table, total);
  return terms.every((term) => byTotals.has(lineOf(term)) || byRows.has(lineOf(term)));
}

/** A figure is the sum of those after it (`cost = State + Département`), or the last is the sum of all the others. */
function balances(cents: readonly number[]): boolean {
  if (cents.length < 2) return false;
  let after = 0;
  for (let i = cents.length - 1; i > 0; i--) {
    after += cents[i];
    if (cents[i - 1] === after) return true;
  }
  return 2 * cents[cents.length - 1] === cents.reduce((a, b) => a + b, 0);
}

/**
 * True when the total line's own figures balance with `fixed` in column `index` and not as written
 * (`160 000 € 134 000 € 26 000 €`, cost = State + Département, L22519; `5 066 338 € 4 071 230 € 995 108 €`,
 * realised = paid + remaining, L21054): had one of the rows slipped,
 * the column sum would break that balance instead.
 */
export function lineBalancesWith(total: TotalLine, index: number, fixed: number): boolean {
  const written = total.amounts.map((amount) => amount.cents);
  return !balances(written) && balances(written.map((cents, i) => (i === index ? fixed : cents)));
}

/** True when a holding total of the table sums each of the parts: a shared-out row that differs from them is the one that slipped. */
export function partsVouched(table: AnnexTable, row: SplitRow): boolean {
  const { byTotals } = heldLines(table);
  return row.parts.every((part) => part.amounts.every((amount) => byTotals.has(lineOf(amount.range))));
}

/**
 * True when the table's row of column sums vouches for `fixed` as `row`'s total: with it, the totals
 * column adds up to the sum printed under it (or, for that row itself, to `fixed`), and so does each
 * column of parts.
 */
export function rowTotalVouched(table: AnnexTable, row: RowTotal, fixed: number): boolean {
  const rows = table.rowTotals ?? [];
  const sums = rows[rows.length - 1];
  if (!sums?.columnSums) return false;
  const above = rows.slice(0, -1);
  const columns = columnSums(above, (r) => (r === row ? fixed : r.total.cents));
  const partsHold = sums.parts.every((sum, i) => columns[i] === sum.cents);
  return partsHold && columns[columns.length - 1] === (sums === row ? fixed : sums.total.cents);
}

/** The amounts the deliberation itself decides: its articles' figures and its imputation tables' cells. */
export function decidedAmounts(dossier: Dossier): Set<number> {
  const { articles, tables } = dossier.deliberation;
  return new Set([
    ...articles.flatMap((article) => article.amounts.map((amount) => amount.cents)),
    ...tables.flatMap((table) => table.rows.flatMap((row) => row.cells.map((cell) => cell.amount.cents))),
  ]);
}

/**
 * For a row whose first figure totals the others (2022-90): the figure that slipped, as the annex
 * total over the row says — its one column that does not add up (`mismatch`) is that figure's
 * column, the row's figures read in order (0 the row's total, 1… its terms). Undefined when no
 * total over the row, or more than one, points at a column.
 */
export function leadColumnSlipped(totals: readonly TotalLine[], row: RowTotal): number | undefined {
  if (!row.leading) return undefined;
  const line = row.range.start.line;
  const width = row.parts.length + 1;
  const over = totals.filter((t) => t.amounts.length === width && (t.terms ?? t.mismatch?.terms)?.some((term) => term.start.line === line));
  const columns = new Set(over.flatMap((t) => (t.mismatch && t.mismatch.terms.some((term) => term.start.line === line) ? [t.mismatch.index] : [])));
  return over.length > 0 && columns.size === 1 ? [...columns][0] : undefined;
}
