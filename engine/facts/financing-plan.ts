/**
 * What a financing plan's figures add up to (model/financing-plans.ts), derived once for the rule
 * that checks it (budget-total) and the hover that explains it: the figures each side totals to, and
 * the base of the shares — the total that explains most of them.
 */
import { formatAmount } from '../model/amounts';
import type { Amount, FinancingPlan, PlanRate, PlanRow } from '../model/types';

/** `HT`, `TTC`: a row that restates the expenses with or without the tax, not one more expense. */
const TAX_BASIS = /\b(?:HT|H\.T\.|TTC|T\.T\.C\.|hors\s+taxes?|toutes\s+taxes)\b/iu;

/** The rows a total sums: every row above it in its side that is not a total (`Total TTC` counts the TVA and the rows of `Total HT`). */
export function summedRows(rows: readonly PlanRow[], total: PlanRow): PlanRow[] {
  const at = rows.indexOf(total);
  return rows.slice(0, at < 0 ? rows.length : at).filter((r) => !r.total);
}

export function sumOf(rows: readonly PlanRow[]): number {
  return rows.reduce((a, r) => a + r.amount.cents, 0);
}

/**
 * The figures a side totals to, the last written total first: its written totals and what their rows
 * add up to; with no total, the sum of its rows — unless a row restates the others with or without
 * the tax (`Montant TTC`), which no plain sum may add.
 */
export function sideTotals(rows: readonly PlanRow[]): Amount[] {
  const out: Amount[] = [];
  for (const row of rows) {
    if (!row.total) continue;
    out.unshift(row.amount);
    const sum = sumOf(summedRows(rows, row));
    if (sum !== row.amount.cents && sum > 0) out.push(asAmount(sum, row.amount));
  }
  if (out.length > 0) return out;
  if (rows.length < 2 || rows.some((r) => TAX_BASIS.test(r.label))) return [];
  return [asAmount(sumOf(rows), rows[rows.length - 1].amount)];
}

/** A computed figure, shown in the style of the figure it stands beside. */
function asAmount(cents: number, beside: Amount): Amount {
  return { ...beside, cents, text: formatAmount(cents, beside.style) };
}

/** The share of `amount` in `base`, in hundredths of a percent (exact, not rounded). */
export function share(amount: number, base: number): number {
  return (amount * 10000) / base;
}

/** The written share is its amount over `base`, to the unit of its last written digit. */
export function shareHolds(row: PlanRow, base: number): boolean {
  return !row.rate || rateHolds(row.rate, row.amount.cents, base);
}

/** A share as written is `amount` over `base`, to the unit of its last written digit (`60,00 %`: to 0,01 %). */
export function rateHolds(rate: PlanRate, amount: number, base: number): boolean {
  return Math.abs(share(amount, base) - rate.value) < 100 / 10 ** rate.decimals;
}

/** The resources' rows that state a share. */
export function ratedRows(plan: FinancingPlan): PlanRow[] {
  return plan.resources.filter((r) => r.rate && r.amount.cents > 0);
}

/**
 * The total the shares are of: among the plan's totals (resources, expenses HT or TTC), the one that
 * explains most shares; none when it explains fewer than half of them, or none at all (the shares
 * are then of a figure the plan does not write, an eligible cost).
 */
export function shareBase(plan: FinancingPlan): Amount | undefined {
  const rated = ratedRows(plan);
  if (rated.length === 0) return undefined;
  let best: { base: Amount; explained: number } | undefined;
  for (const base of [...sideTotals(plan.resources), ...sideTotals(plan.expenses)]) {
    if (base.cents <= 0) continue;
    const explained = rated.filter((r) => shareHolds(r, base.cents)).length;
    if (!best || explained > best.explained) best = { base, explained };
  }
  if (!best || best.explained === 0 || best.explained * 2 < rated.length) return undefined;
  return best.base;
}

/** Hundredths of a percent written with `written` decimals (two at most) and a decimal comma (`44`, `12,5`). */
export function percentText(hundredths: number, written: number): string {
  const decimals = Math.min(2, written);
  const scaled = Math.round(hundredths / 10 ** (2 - decimals));
  const whole = Math.trunc(scaled / 10 ** decimals);
  const fraction = decimals > 0 ? `,${String(scaled % 10 ** decimals).padStart(decimals, '0')}` : '';
  return `${whole}${fraction}`;
}
