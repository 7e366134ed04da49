/**
 * budget-credit (domain.md §6.2 T2, T3): a deliberation cannot spend beyond the credits of its line —
 * Dépense ≤ CP (or AP when the table has no CP) — and a report cannot propose beyond what remains —
 * Proposition ≤ Disponible ≤ CP (or AP). Recette rows are not bounded by credits. Short rows whose
 * alignment is a guess are left alone.
 */
import type { Amount, ColumnKind, TableCell, TableRow } from '../model/types';
import type { Rule, RuleReport } from './types';
import { message } from './helpers';
import { budgetTables, cellOf, shown } from './lib/budget-cells';

const NAMES: Partial<Record<ColumnKind, { fr: string; en: string }>> = {
  CP: { fr: 'les crédits de paiement (CP)', en: 'the payment credits (CP)' },
  AP: { fr: 'l’autorisation de programme (AP)', en: 'the programme authorisation (AP)' },
  AE: { fr: 'l’autorisation d’engagement (AE)', en: 'the commitment authorisation (AE)' },
  Disponible: { fr: 'le disponible', en: 'the available amount (Disponible)' },
};

/** The credit bounding a row: its CP, else its AP/AE. */
function creditOf(row: TableRow): TableCell | undefined {
  return cellOf(row, 'CP', 'AP', 'AE');
}

function overrun(cell: TableCell, limit: TableCell, what: 'depense' | 'proposition' | 'disponible'): RuleReport {
  const name = NAMES[limit.column] ?? { fr: limit.column, en: limit.column };
  const head = `${columnName(cell.column)} ${shown(cell.amount)} > ${limit.column} ${shown(limit.amount)}`;
  const verbs = {
    depense: message('la dépense dépasse', 'the expense exceeds'),
    proposition: message('la proposition dépasse', 'the proposal exceeds'),
    disponible: message('le disponible dépasse', 'the available amount exceeds'),
  }[what];
  return {
    range: cell.amount.range,
    message: message(`${head} : ${verbs.fr} ${name.fr}.`, `${head}: ${verbs.en} ${name.en}.`),
    related: [{ range: limit.amount.range, message: message(`${limit.column} ${shown(limit.amount)}`, `${limit.column} ${shown(limit.amount)}`) }],
    data: {
      actual: cell.amount.text,
      column: cell.column,
      limit: limit.amount.text,
      limitColumn: limit.column,
      limitRange: limit.amount.range,
    },
  };
}

function columnName(column: ColumnKind): string {
  return column === 'Depense' ? 'Dépense' : column;
}

function exceeds(a: Amount, b: Amount): boolean {
  return a.cents > b.cents;
}

export const budgetCredit: Rule = {
  id: 'budget-credit',
  severity: 'error',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'La dépense ne peut dépasser les crédits (CP ou AP) ; la proposition ne peut dépasser le disponible, ni le disponible les crédits.',
    'The expense cannot exceed the credits (CP or AP); the proposal cannot exceed the available amount, nor the available amount the credits.',
  ),
  check({ dossier, report }) {
    for (const { table } of budgetTables(dossier)) {
      for (const row of table.rows) {
        if (row.guessed || row.direction !== 'depense') continue;
        const credit = creditOf(row);
        const depense = cellOf(row, 'Depense');
        const disponible = cellOf(row, 'Disponible');
        const proposition = cellOf(row, 'Proposition');
        if (depense && credit && exceeds(depense.amount, credit.amount)) report(overrun(depense, credit, 'depense'));
        if (proposition && disponible && exceeds(proposition.amount, disponible.amount)) report(overrun(proposition, disponible, 'proposition'));
        if (disponible && credit && exceeds(disponible.amount, credit.amount)) report(overrun(disponible, credit, 'disponible'));
      }
    }
  },
};
