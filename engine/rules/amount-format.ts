/**
 * amount-format (domain.md §4.1): an amount written malformed where its value is nevertheless
 * certain — a doubled decimal comma (`150 000,,00`), a decimal point (`150 000.00`, `12.50 €`), a
 * space one digit off before a group starting with 0 (`15 0000,00`), a dot among space separators
 * (`1 500.000 €`), a comma among dot separators (`1.500,000 €`) — wherever the model reads amounts:
 * articles, imputation tables, annex totals, rows and prose. Typography, hence information.
 *
 * Also digit groups that no French number writes, ending an annex row (`1 20 000 €`, `12 3456 €`),
 * when the column's other rows show the row holds one amount, not a count then an amount
 * (`5 11 856 €`, L15699). The fix writes the digits regrouped only when the column's total counts
 * them so; otherwise the figure meant is not certain and the report offers none.
 *
 * Not reported, because the corpus writes them and they read unambiguously: spaces around the
 * decimal comma (`2 971 219, 36 €`, `70 ,74%`, 002 L235–236, justified text), doubled spaces
 * (`108  000  €`), no separator (`3000 €`), a glued `€`. Not reported either: odd groups in articles
 * and reports (no column there to settle them), `1.500.00`.
 */
import type { Amount, Dossier, Misgrouped } from '../model/types';
import type { Rule } from './types';
import { message } from './helpers';
import { budgetTables, written } from './lib/budget-cells';
import { totalTables } from './lib/total-tables';

/** Every amount the model read in a dossier: articles, imputation tables, annex totals, rows and prose. */
function amountsOf(dossier: Dossier): Amount[] {
  const out: Amount[] = [];
  for (const article of dossier.deliberation.articles) out.push(...article.amounts);
  for (const { table } of budgetTables(dossier)) {
    for (const row of table.rows) {
      out.push(...row.cells.map((c) => c.amount));
      if (row.amounts) out.push(...row.amounts);
    }
  }
  for (const { table } of totalTables(dossier)) {
    for (const total of table.totals) out.push(...total.amounts);
    for (const row of table.rowTotals ?? []) out.push(...row.parts, row.total);
  }
  for (const annex of dossier.annexes) out.push(...(annex.amounts ?? []));
  return out;
}

function misgroupedOf(dossier: Dossier): Misgrouped[] {
  return dossier.annexes.flatMap((annex) => (annex.misgrouped ?? []).filter((m) => m.reading === 'one'));
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
    const first = (amount: { range: Amount['range'] }): boolean => {
      const key = `${amount.range.start.line}:${amount.range.start.character}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const amount of amountsOf(dossier)) {
      if (!amount.style.malformed || !first(amount)) continue;
      const expected = written(amount.cents, { ...amount, style: { ...amount.style, malformed: undefined } });
      report({
        range: amount.range,
        message: message(
          `Montant mal écrit « ${amount.text.trim()} » : écrire « ${expected} ».`,
          `Malformed amount "${amount.text.trim()}": write "${expected}".`,
        ),
        data: { expected, actual: amount.text },
        fixes: [{ title: message(`Écrire « ${expected} »`, `Write "${expected}"`), range: amount.range, text: expected, preferred: true }],
      });
    }
    for (const figure of misgroupedOf(dossier)) {
      if (!first(figure)) continue;
      const shown = figure.text.trim();
      const meant = figure.amount.text;
      if (figure.confirmed) {
        report({
          range: figure.range,
          message: message(
            `Montant mal groupé « ${shown} » : le total de la colonne le compte « ${meant} » ; écrire « ${meant} ».`,
            `Misgrouped amount "${shown}": the column's total counts it as "${meant}"; write "${meant}".`,
          ),
          data: { expected: meant, actual: figure.text },
          fixes: [{ title: message(`Écrire « ${meant} »`, `Write "${meant}"`), range: figure.range, text: meant, preferred: true }],
        });
      } else {
        // The digits may be one figure with a space misplaced or a digit lost: no fix is certain.
        report({
          range: figure.range,
          message: message(
            `Montant mal groupé « ${shown} » : aucun nombre ne s’écrit ainsi et les autres lignes de la colonne portent un seul montant (« ${meant} » ?).`,
            `Misgrouped amount "${shown}": no number is written this way, and the column's other rows hold a single amount ("${meant}"?).`,
          ),
          data: { actual: figure.text, reading: meant },
        });
      }
    }
  },
};
