/**
 * Hovers on the totals a sentence writes (model/prose-totals.ts), in every template: the total
 * with the amounts it sums, or the unit price times the count, as budget-total computes them.
 */
import { proseTotalSum } from '../facts/prose-total';
import type { Dossier, ProseTotal } from '../model/types';
import { shown, written } from '../rules/lib/budget-cells';
import type { Locale } from '../rules/types';
import type { Position } from '../text/lines';
import type { Hover } from './lsp';
import { containsPosition, pick } from './text-utils';

export function proseTotalHover(dossier: Dossier, position: Position, locale: Locale): Hover | undefined {
  const total = (dossier.proseTotals ?? []).find((t) => containsPosition(t.total.range, position));
  const sum = total && proseTotalSum(total);
  if (!total || sum === undefined) return undefined;
  return { contents: { kind: 'markdown', value: text(total, sum, locale) }, range: total.total.range };
}

function text(total: ProseTotal, sum: number, locale: Locale): string {
  const holds = sum === total.total.cents;
  const computed = total.product ? `${total.product.count.value} × ${shown(total.product.price)}` : total.terms.map(shown).join(' + ');
  return [
    `**${pick(locale, 'Total écrit dans la phrase', 'Total written in the sentence')}**`,
    `${computed} = ${written(sum, total.total)} ${holds ? '=' : '≠'} ${shown(total.total)} ${holds ? '✓' : '✗'}`,
  ].join('\n\n');
}
