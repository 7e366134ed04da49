/**
 * budget-balance (domain.md §6.2 T1): in a report's imputation table, and in the sub-programme blocks
 * restated in the annexes, Solde = Disponible − Proposition (recette rows: Disponible + Proposition).
 * Checked only on rows whose cells are certain: a short row whose alignment no relation settled
 * (`guessed`) has no anchor, hence no diagnostic.
 */
import type { Fix, Rule } from './types';
import { message } from './helpers';
import type { Dossier, TableRow } from '../model/types';
import { budgetTables, cellOf, shown, written } from './lib/budget-cells';
import { deliberationRows, impliedProposition, rowKey } from './lib/budget-rows';

export const budgetBalance: Rule = {
  id: 'budget-balance',
  severity: 'error',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Dans un tableau d’imputation, Solde = Disponible − Proposition (recette : Disponible + Proposition).',
    'In an imputation table, Solde = Disponible − Proposition (income rows: Disponible + Proposition).',
  ),
  check({ dossier, report }) {
    const depenses = depenseByLine(dossier);
    for (const { table } of budgetTables(dossier)) {
      for (const row of table.rows) {
        if (row.guessed) continue;
        const disponible = cellOf(row, 'Disponible');
        const proposition = cellOf(row, 'Proposition');
        const solde = cellOf(row, 'Solde');
        if (!disponible || !proposition || !solde) continue;
        const recette = row.direction === 'recette';
        const expected = recette ? disponible.amount.cents + proposition.amount.cents : disponible.amount.cents - proposition.amount.cents;
        if (expected === solde.amount.cents) continue;
        const sign = recette ? '+' : '−';
        const formula = `Disponible ${shown(disponible.amount)} ${sign} Proposition ${shown(proposition.amount)}`;
        const fixed = written(expected, solde.amount);
        report({
          range: solde.amount.range,
          message: message(
            `Solde ${shown(solde.amount)} ≠ ${formula} = ${fixed}${recette ? ' (ligne de recette)' : ''}.`,
            `Solde ${shown(solde.amount)} ≠ ${formula} = ${fixed}${recette ? ' (income row)' : ''}: the balance does not follow from the row.`,
          ),
          related: [
            { range: disponible.amount.range, message: message(`Disponible ${shown(disponible.amount)}`, `Disponible ${shown(disponible.amount)}`) },
            { range: proposition.amount.range, message: message(`Proposition ${shown(proposition.amount)}`, `Proposition ${shown(proposition.amount)}`) },
          ],
          data: {
            expected: fixed,
            actual: solde.amount.text,
            column: 'Solde',
            disponible: { range: disponible.amount.range, value: disponible.amount.text },
            proposition: { range: proposition.amount.range, value: proposition.amount.text },
          },
          fixes: balanceFixes(row, depenses, fixed),
        });
      }
    }
  },
};

/** The deliberation's Dépense for each budget line written once in its table. */
function depenseByLine(dossier: Dossier): Map<string, number> {
  const out = new Map<string, number>();
  const seen = new Set<string>();
  for (const row of deliberationRows(dossier)) {
    const key = rowKey(row);
    const depense = cellOf(row, 'Depense');
    if (seen.has(key)) out.delete(key);
    else if (depense) out.set(key, depense.amount.cents);
    seen.add(key);
  }
  return out;
}

/**
 * The Solde written back from its two terms is the obvious fix, unless the deliberation's Dépense for
 * the same line is the Proposition the Solde implies: the Proposition slipped, and both are offered.
 */
function balanceFixes(row: TableRow, depenses: ReadonlyMap<string, number>, fixed: string): Fix[] {
  const solde = cellOf(row, 'Solde')!;
  const proposition = cellOf(row, 'Proposition')!;
  const fix: Fix = { title: message(`Corriger le solde : ${fixed}`, `Correct the balance: ${fixed}`), range: solde.amount.range, text: fixed, preferred: true };
  const implied = impliedProposition(row);
  if (implied === undefined || implied <= 0 || depenses.get(rowKey(row)) !== implied) return [fix];
  const meant = written(implied, proposition.amount);
  return [
    { ...fix, preferred: false },
    { title: message(`Corriger plutôt la proposition : ${meant} (la Dépense de la délibération)`, `Correct the proposition instead: ${meant} (the deliberation's Dépense)`), range: proposition.amount.range, text: meant },
  ];
}
