/**
 * The sums a table's rows carry, shared by the reader that finds them (model/annex-tables.ts), the
 * rule that checks them (budget-total, rules/lib/vouched-lines.ts) and the hover that explains
 * them (features/row-hover.ts): a row total's terms, a shared-out row's parts column by column,
 * the column sums under a table of row totals.
 */
import type { Amount, RowTotal, SplitRow } from './types';

/** What a row's total should be: the sum of its other figures. */
export function rowSum(row: RowTotal): number {
  return row.parts.reduce((a, b) => a + b.cents, 0);
}

/** What column `c` of a shared-out row should be: the sum of its parts' figures in that column. */
export function splitSum(row: SplitRow, c: number): number {
  return row.parts.reduce((a, part) => a + part.amounts[c].cents, 0);
}

/** A row's figures in column order: its terms, then its total. */
export function rowFigures(row: RowTotal): Amount[] {
  return [...row.parts, row.total];
}

/** Each column's sum over `rows` (terms first, the total last); a row narrower than the first counts 0 there. */
export function columnSums(rows: readonly RowTotal[], total: (row: RowTotal) => number = (row) => row.total.cents): number[] {
  const width = rows.length ? rows[0].parts.length + 1 : 0;
  const sums = new Array<number>(width).fill(0);
  for (const row of rows) {
    row.parts.forEach((part, i) => {
      if (i < width - 1) sums[i] += part.cents;
    });
    sums[width - 1] += total(row);
  }
  return sums;
}
