/**
 * What a table of credits opened within the quarter adds up to (model/quarter-credits.ts), derived
 * once for the rule that checks it (budget-total) and the hover that explains it: each column's sum,
 * the credits the quarter is taken of, the amount opened, and the limit of CGCT L1612-1.
 */
import { formatAmount } from '../model/amounts';
import type { Amount, QuarterColumn, QuarterCredits, QuarterRow } from '../model/types';

export { isQuarterOf } from '../model/quarter-credits';

export function columnOf(table: QuarterCredits, role: QuarterColumn): number {
  return table.columns.indexOf(role);
}

/** The column of the amounts opened: the quarter itself when the table opens the whole of it. */
export function openedColumn(table: QuarterCredits): number {
  const authorised = columnOf(table, 'authorised');
  return authorised >= 0 ? authorised : columnOf(table, 'quarter');
}

export function columnSum(table: QuarterCredits, column: number): number {
  return table.rows.reduce((a, r) => a + (r.amounts[column]?.cents ?? 0), 0);
}

/** The total row's figure for a column: a bare total is the amount opened. */
export function totalCell(table: QuarterCredits, column: number): Amount | undefined {
  const total = table.total;
  if (!total) return undefined;
  if (total.amounts.length === table.columns.length) return total.amounts[column];
  return column === openedColumn(table) ? total.amounts[0] : undefined;
}

export interface Figure {
  cents: number;
  /** The figure as written, when the text writes it. */
  amount?: Amount;
}

/** Last year's credits: as the text states them, else the credits column's total, else its sum. */
export function creditsBase(table: QuarterCredits): Figure | undefined {
  if (table.base) return { cents: table.base.cents, amount: table.base };
  const credits = columnOf(table, 'credits');
  if (credits < 0) return undefined;
  const total = totalCell(table, credits);
  return total ? { cents: total.cents, amount: total } : { cents: columnSum(table, credits) };
}

/** What the rows open in all, with the total that writes it when the total adds up. */
export function openedTotal(table: QuarterCredits): Figure {
  const column = openedColumn(table);
  const total = totalCell(table, column);
  const cents = columnSum(table, column);
  return total?.cents === cents ? { cents, amount: total } : { cents };
}

/** The most the text allows: a quarter of the credits, else the quarter it states. */
export function quarterLimit(table: QuarterCredits): { cents: number; credits?: Figure } | undefined {
  const credits = creditsBase(table);
  if (credits) return { cents: credits.cents / 4, credits };
  return table.quarter ? { cents: table.quarter.cents } : undefined;
}

/** The quarter of `credits` written the way `like` writes its figures, never above the exact quarter (the law's limit). */
export function quarterText(credits: number, like: Amount): string {
  const unit = like.style.decimals > 0 ? 1 : 100;
  return formatAmount(Math.floor(credits / 4 / unit) * unit, like.style);
}

/** Chapter 16, the repayment of the debt, is « non compris » in the quarter (L1612-1): `16`, `1641`. */
export function isDebtRow(row: QuarterRow): boolean {
  return row.code !== undefined && /^0?16/u.test(row.code);
}

/** The limit as messages and hovers write it: `1 012 300,40 € / 4 = 253 075,10 €`, or the quarter the text states. */
export function limitText(limit: NonNullable<ReturnType<typeof quarterLimit>>, like: Amount): string {
  // The quarter is written as the credits it is taken of are.
  const quarter = formatAmount(Math.floor(limit.cents), (limit.credits?.amount ?? like).style);
  if (!limit.credits) return quarter;
  const credits = limit.credits.amount ? limit.credits.amount.text.trim() : formatAmount(limit.credits.cents, like.style);
  return `${credits} / 4 = ${quarter}`;
}
