/**
 * Reading the cells of the imputation tables, shared by the budget rules: which tables state a
 * balance, a row's cell of a column, and how a figure is shown and rewritten in a message or a fix.
 */
import { formatAmount } from '../../model/amounts';
import type { Amount, ColumnKind, Dossier, ImputationTable, Range, TableCell, TableRow } from '../../model/types';
import { message } from '../helpers';
import type { RelatedLocation } from '../types';

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

/**
 * The summed lines as related locations: the first and the last only. Editors show related
 * information above the hover's explanation; a dozen of them pushed it out of sight.
 */
export function summedLines(terms: readonly Range[]): RelatedLocation[] {
  const n = terms.length;
  if (n === 0) return [];
  if (n === 1) return [{ range: terms[0], message: message('la ligne additionnée', 'the summed line') }];
  return [
    { range: terms[0], message: message(`première des ${n} lignes additionnées`, `first of the ${n} summed lines`) },
    { range: terms[n - 1], message: message(`dernière des ${n} lignes additionnées`, `last of the ${n} summed lines`) },
  ];
}
