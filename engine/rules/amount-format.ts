/**
 * amount-format (domain.md §4.1): an amount written malformed where its value is nevertheless
 * certain — a doubled decimal comma (`150 000,,00`), a decimal point (`150 000.00`, `12.50 €`), a
 * space one digit off before a group starting with 0 (`15 0000,00`), a dot among space separators
 * (`1 500.000 €`), a comma among dot separators (`1.500,000 €`). Typography, hence information.
 *
 * Not reported, because the corpus writes them and they read unambiguously: spaces around the
 * decimal comma (`2 971 219, 36 €`, `70 ,74%`, 002 L235–236, justified text), doubled spaces
 * (`108  000  €`), no separator (`3000 €`), a glued `€`. Not reported either, because the intent is
 * not certain: `1 20 000 €` or `1 5000 €` (a count then an amount is printed the same way in
 * linearised tables, `5 11 856 €` at L15699), `1.500.00`.
 */
import type { Amount, Dossier } from '../model/types';
import type { Rule } from './types';
import { message } from './helpers';
import { budgetTables, written } from './lib/budget-cells';

/** Every amount the model read in a dossier's articles and imputation tables. */
function amountsOf(dossier: Dossier): Amount[] {
  const out: Amount[] = [];
  for (const article of dossier.deliberation.articles) out.push(...article.amounts);
  for (const { table } of budgetTables(dossier)) {
    for (const row of table.rows) {
      out.push(...row.cells.map((c) => c.amount));
      if (row.amounts) out.push(...row.amounts);
    }
  }
  for (const annex of dossier.annexes) for (const table of annex.tables) for (const total of table.totals) out.push(...total.amounts);
  return out;
}

export const amountFormat: Rule = {
  id: 'amount-format',
  severity: 'information',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Un montant est mal écrit (séparateurs, virgule décimale) : l’écrire « 150 000,00 ».',
    'An amount is malformed (separators, decimal comma): write it as "150 000,00".',
  ),
  check({ dossier, report }) {
    const seen = new Set<string>();
    for (const amount of amountsOf(dossier)) {
      if (!amount.style.malformed) continue;
      const key = `${amount.range.start.line}:${amount.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const expected = written(amount.cents, { ...amount, style: { ...amount.style, malformed: undefined } });
      report({
        range: amount.range,
        message: message(
          `Montant mal écrit « ${amount.text.trim()} » : écrire « ${expected} ».`,
          `Malformed amount "${amount.text.trim()}": write "${expected}".`,
        ),
        data: { expected, actual: amount.text },
      });
    }
  },
};
