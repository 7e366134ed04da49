/**
 * Hovers on the rows of an annex's rate table (model/rate-rows.ts): the base, the rate or the amount
 * shows base × rate, the rounding and the cap the dossier states, and the amount they give — the
 * derivation budget-rate checks (facts/rate.ts).
 */
import { productText, rateExpectation } from '../facts/rate';
import type { Dossier, RateRow, RateTable } from '../model/types';
import { shown, written } from '../rules/lib/budget-cells';
import type { Locale } from '../rules/types';
import type { Position } from '../text/lines';
import type { Hover } from './lsp';
import { containsPosition, pick } from './text-utils';

export function rateHover(dossier: Dossier, position: Position, locale: Locale): Hover | undefined {
  for (const annex of dossier.annexes) {
    const table = annex.rates;
    if (!table) continue;
    for (const row of table.rows) {
      const on = [row.amount.range, row.base.range, row.rate.range].find((r) => containsPosition(r, position));
      if (on) return { contents: { kind: 'markdown', value: rowHover(table, row, locale) }, range: on };
    }
  }
  return undefined;
}

function rowHover(table: RateTable, row: RateRow, locale: Locale): string {
  const expected = rateExpectation(row, table);
  const product = productText(row);
  const lines = [`**${pick(locale, 'Montant au taux', 'Amount by rate')}**`, `${row.rate.text} × ${shown(row.base)} = ${product}`];
  if (expected.capped) lines.push(pick(locale, `au-delà du plafond de ${shown(table.cap!)} : ${written(expected.cents, row.amount)}`, `above the cap of ${shown(table.cap!)}: ${written(expected.cents, row.amount)}`));
  else if (table.rounding) lines.push(`${table.rounding.text} : ${written(expected.cents, row.amount)}`);
  else lines.push(pick(locale, 'aucun arrondi annoncé : à l’euro ou à la dizaine, au plus proche, par défaut ou par excès', 'no rounding stated: to the euro or to ten euros, nearest, down or up'));
  if (table.cap && !expected.capped) lines.push(pick(locale, `plafond : ${shown(table.cap)}`, `cap: ${shown(table.cap)}`));
  lines.push(expected.holds ? `${shown(row.amount)} ✓` : `${shown(row.amount)} ≠ ${written(expected.cents, row.amount)}`);
  // One paragraph a line: Markdown joins single line breaks.
  return lines.join('\n\n');
}
