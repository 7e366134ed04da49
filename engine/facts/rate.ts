/**
 * What a rate row should give (model/rate-rows.ts): base × rate, rounded as the dossier states, and
 * no more than its cap. Where the dossier states no rounding, any of the usual ones is accepted (to
 * the cent, the euro or ten euros; nearest, down or up): only an amount that none of them gives is
 * wrong. Shared by budget-rate and the hover that explains it.
 */
import { formatAmount } from '../model/amounts';
import { rateProduct } from '../model/rate-rows';
import type { RateRow, RateTable, Rounding } from '../model/types';

const USUAL_UNITS = [1, 100, 1000];
const MODES: Rounding['mode'][] = ['nearest', 'down', 'up'];

export interface RateExpectation {
  /** The amount the row should show, in cents: the stated rounding's, or to the euro when none is stated. */
  cents: number;
  /** base × rate exceeded the cap: `cents` is the cap. */
  capped: boolean;
  /** The row's amount is one the table's rules give. */
  holds: boolean;
}

function rounded(cents: number, unit: number, mode: Rounding['mode']): number {
  // The product of cents by hundredths of a percent is exact to 1e-4 cent: round that noise away first.
  const steps = Math.round((cents / unit) * 1e6) / 1e6;
  const whole = mode === 'down' ? Math.floor(steps) : mode === 'up' ? Math.ceil(steps) : Math.round(steps);
  return whole * unit;
}

export function rateExpectation(row: RateRow, table: RateTable): RateExpectation {
  const product = rateProduct(row);
  const cap = table.cap?.cents;
  if (cap !== undefined && product > cap) return { cents: cap, capped: true, holds: row.amount.cents === cap };
  const rounding = table.rounding;
  if (rounding) {
    const cents = rounded(product, rounding.unit, rounding.mode);
    return { cents, capped: false, holds: row.amount.cents === cents };
  }
  const holds = USUAL_UNITS.some((unit) => MODES.some((mode) => rounded(product, unit, mode) === row.amount.cents));
  return { cents: rounded(product, 100, 'nearest'), capped: false, holds };
}

/** base × rate to the cent, written like the row's amount with two decimals (`1 980,00 €`). */
export function productText(row: RateRow): string {
  return formatAmount(Math.round(rateProduct(row)), { ...row.amount.style, decimals: 2 });
}
