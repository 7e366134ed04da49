/**
 * The totals a sentence writes (model/prose-totals.ts): a total after a list of amounts is their
 * sum, reported only when the written figure is the sum with one slip of the pen (a sentence may
 * name amounts that are not terms); a unit price times a count is the total, a computation the
 * text fully states. Either figure may be wrong: the fix is offered, never preferred.
 */
import { proseTotalSum } from '../../facts/prose-total';
import { isSlip } from '../../model/slips';
import type { ProseTotal } from '../../model/types';
import { message } from '../helpers';
import type { RuleReport } from '../types';
import { shown, summedLines, written } from './budget-cells';

export function proseTotalReports(total: ProseTotal): RuleReport[] {
  const sum = proseTotalSum(total);
  const amount = total.total;
  if (sum === undefined || sum === amount.cents) return [];
  if (!total.product && !isSlip(amount.cents, sum)) return [];
  const fixed = written(sum, amount);
  const fix = { title: message(`Corriger le total : ${fixed}`, `Correct the total: ${fixed}`), range: amount.range, text: fixed };
  if (total.product) {
    const { price, count } = total.product;
    return [
      {
        range: amount.range,
        message: message(
          `${shown(amount)} ≠ ${count.value} × ${shown(price)} = ${fixed}, le prix unitaire par le nombre que la phrase écrit : corriger le total, le prix ou le nombre.`,
          `${shown(amount)} ≠ ${count.value} × ${shown(price)} = ${fixed}, the unit price times the count the sentence writes: correct the total, the price or the count.`,
        ),
        related: [
          { range: price.range, message: message(`prix unitaire ${shown(price)}`, `unit price ${shown(price)}`) },
          { range: count.range, message: message(`nombre ${count.value}`, `count ${count.value}`) },
        ],
        data: { prose: 'product', expected: fixed, actual: amount.text },
        fixes: [fix],
      },
    ];
  }
  const n = total.terms.length;
  return [
    {
      range: amount.range,
      message: message(
        `${shown(amount)} ≠ ${fixed}, somme des ${n} montants que la phrase totalise (${total.terms.map(shown).join(' + ')}) : corriger le total ou l’un de ces montants.`,
        `${shown(amount)} ≠ ${fixed}, the sum of the ${n} amounts the sentence totals (${total.terms.map(shown).join(' + ')}): correct the total or one of these amounts.`,
      ),
      related: summedLines(total.terms.map((t) => t.range)),
      data: { prose: 'sum', expected: fixed, actual: amount.text, terms: n },
      fixes: [fix],
    },
  ];
}
