/**
 * budget-balance (domain.md §6.2 T1): in a report's imputation table, and in the sub-programme blocks
 * restated in the annexes, Solde = Disponible − Proposition (recette rows: Disponible + Proposition).
 * Checked only on rows whose cells are certain: a short row whose alignment no relation settled
 * (`guessed`) has no anchor, hence no diagnostic.
 */
import { formatAmount } from '../model/amounts';
import type { Amount, ColumnKind, Dossier, ImputationTable, Range, TableCell, TableRow } from '../model/types';
import type { Rule } from './types';
import { message } from './helpers';

/** Every imputation table of a dossier that states a balance: the deliberation's, its reports', the annexes' blocks. */
export function budgetTables(dossier: Dossier): { table: ImputationTable; where: 'deliberation' | 'report' | 'annex' }[] {
  return [
    ...dossier.deliberation.tables.map((table) => ({ table, where: 'deliberation' as const })),
    ...dossier.reports.flatMap((report) => report.tables.map((table) => ({ table, where: 'report' as const }))),
    ...dossier.annexes.flatMap((annex) =>
      annex.tables.flatMap((t) => (t.programme ? [{ table: t.programme, where: 'annex' as const }] : [])),
    ),
  ];
}

export function cellOf(row: TableRow, ...kinds: ColumnKind[]): TableCell | undefined {
  for (const kind of kinds) {
    const cell = row.cells.find((c) => c.column === kind);
    if (cell) return cell;
  }
  return undefined;
}

/** The figure as written, for messages (`150 000,00`, `- €`). */
export function shown(amount: Amount): string {
  return amount.text.trim();
}

/** The expected figure written the way the cell writes its own. */
export function written(cents: number, amount: Amount): string {
  return formatAmount(cents, amount.style);
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

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
        });
      }
    }
  },
};
