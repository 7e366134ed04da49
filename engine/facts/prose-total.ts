/**
 * What a total written in a sentence should be (model/prose-totals.ts), for the rule that checks it
 * (budget-total) and the hover that explains it.
 */
import type { ProseTotal } from '../model/types';

/** The sum of its amounts, or the unit price times the count; undefined where it relates nothing. */
export function proseTotalSum(total: ProseTotal): number | undefined {
  if (total.product) return total.product.price.cents * total.product.count.value;
  return total.terms.length >= 2 ? total.terms.reduce((a, t) => a + t.cents, 0) : undefined;
}
