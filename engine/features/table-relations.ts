/**
 * The relations a table cell takes part in (docs/domain.md §6.2), written out with their terms for the
 * hovers: `Solde 5 500,00 = Disponible 22 000,00 − Proposition 16 500,00 ✓`. Only rows whose
 * columns are settled are related; a guessed short row has no relation.
 */
import { formatAmount } from '../model/amounts';
import type { Amount, ColumnKind, Dossier, ImputationTable, Report, TableRow } from '../model/types';
import type { Locale } from '../rules/types';
import { lineLabel, pick } from './text-utils';

export interface Relation {
  /** Markdown-safe text of the relation, with ✓ or ✗. */
  text: string;
  holds: boolean;
}

const COLUMN_LABEL: Record<ColumnKind, string> = {
  AP: 'AP',
  AE: 'AE',
  CP: 'CP',
  Depense: 'Dépense',
  Recette: 'Recette',
  Disponible: 'Disponible',
  Proposition: 'Proposition',
  Solde: 'Solde',
  Inscrit: 'Inscrit',
  PropositionInscription: 'Proposition d’inscription',
};

export function columnLabel(column: ColumnKind): string {
  return COLUMN_LABEL[column];
}

function cell(row: TableRow, column: ColumnKind): Amount | undefined {
  return row.cells.find((c) => c.column === column)?.amount;
}

const mark = (holds: boolean) => (holds ? '✓' : '✗');

/** `CP` when the row has one, else `AP` / `AE`: the credit a Dépense or a Disponible stays within. */
function credit(row: TableRow): { label: string; amount: Amount } | undefined {
  for (const column of ['CP', 'AP', 'AE'] as const) {
    const amount = cell(row, column);
    if (amount) return { label: column, amount };
  }
  return undefined;
}

/** T1–T3 inside one row. */
export function rowRelations(row: TableRow): Relation[] {
  if (row.guessed) return [];
  const out: Relation[] = [];
  const solde = cell(row, 'Solde');
  const disponible = cell(row, 'Disponible');
  const proposition = cell(row, 'Proposition');
  if (solde && disponible && proposition) {
    const recette = row.direction === 'recette';
    const computed = recette ? disponible.cents + proposition.cents : disponible.cents - proposition.cents;
    const holds = computed === solde.cents;
    const terms = `Disponible ${disponible.text} ${recette ? '+' : '−'} Proposition ${proposition.text}`;
    out.push({
      text: holds ? `Solde ${solde.text} = ${terms} ✓` : `Solde ${solde.text} ≠ ${terms} = ${formatAmount(computed, solde.style)} ✗`,
      holds,
    });
  }
  const limit = credit(row);
  if (limit && disponible && row.direction === 'depense') {
    const holds = disponible.cents <= limit.amount.cents;
    out.push({ text: `Disponible ${disponible.text} ${holds ? '≤' : '>'} ${limit.label} ${limit.amount.text} ${mark(holds)}`, holds });
  }
  if (disponible && proposition && row.direction === 'depense') {
    const holds = proposition.cents <= disponible.cents;
    out.push({ text: `Proposition ${proposition.text} ${holds ? '≤' : '>'} Disponible ${disponible.text} ${mark(holds)}`, holds });
  }
  const depense = cell(row, 'Depense');
  if (limit && depense) {
    const holds = depense.cents <= limit.amount.cents;
    out.push({ text: `Dépense ${depense.text} ${holds ? '≤' : '>'} ${limit.label} ${limit.amount.text} ${mark(holds)}`, holds });
  }
  return out;
}

/** Operation code and imputation, compared without spaces, `C0d-` prefix or doubled slashes. */
export function rowKey(row: TableRow): string | undefined {
  const code = row.operationCode?.value.replace(/\s+/g, '').replace(/^C0\d-/i, '').toUpperCase();
  const imputation = row.imputations[0]?.value.replace(/\s+/g, '').replace(/\/+/g, '/');
  if (!code && !imputation) return undefined;
  return `${code ?? ''}|${imputation ?? ''}`;
}

export interface SiblingRow {
  row: TableRow;
  table: ImputationTable;
  report?: Report;
}

/** The same (code, imputation) on the other side: the dossier's own report for a deliberation row, and back. */
export function siblingRows(dossier: Dossier, row: TableRow, fromReport: boolean): SiblingRow[] {
  const key = rowKey(row);
  if (!key) return [];
  const out: SiblingRow[] = [];
  if (fromReport) {
    for (const table of dossier.deliberation.tables) for (const r of table.rows) if (rowKey(r) === key) out.push({ row: r, table });
  } else {
    for (const report of dossier.reports) {
      if (!report.own) continue;
      for (const table of report.tables) for (const r of table.rows) if (rowKey(r) === key) out.push({ row: r, table, report });
    }
  }
  return out;
}

/** T4–T5: Dépense = the report's Proposition, CP (AP) = the report's CP (AP). */
export function siblingRelations(locale: Locale, row: TableRow, siblings: readonly SiblingRow[], fromReport: boolean): Relation[] {
  if (row.guessed) return [];
  const out: Relation[] = [];
  for (const sibling of siblings) {
    if (sibling.row.guessed) continue;
    const where = fromReport
      ? pick(locale, `de la délibération (${lineLabel(locale, sibling.row.range.end.line)})`, `of the deliberation (${lineLabel(locale, sibling.row.range.end.line)})`)
      : pick(
          locale,
          `du rapport${sibling.report?.number ? ` N°${sibling.report.number.value}` : ''} (${lineLabel(locale, sibling.row.range.end.line)})`,
          `of report${sibling.report?.number ? ` N°${sibling.report.number.value}` : ''} (${lineLabel(locale, sibling.row.range.end.line)})`,
        );
    const delibRow = fromReport ? sibling.row : row;
    const reportRow = fromReport ? row : sibling.row;
    const depense = cell(delibRow, 'Depense');
    const proposition = cell(reportRow, 'Proposition');
    if (depense && proposition) {
      const holds = depense.cents === proposition.cents;
      const [mine, theirs] = fromReport ? [`Proposition ${proposition.text}`, `Dépense ${depense.text}`] : [`Dépense ${depense.text}`, `Proposition ${proposition.text}`];
      out.push({ text: `${mine} ${holds ? '=' : '≠'} ${theirs} ${where} ${mark(holds)}`, holds });
    }
    for (const column of ['CP', 'AP'] as const) {
      const a = cell(row, column);
      const b = cell(sibling.row, column);
      if (!a || !b) continue;
      const holds = a.cents === b.cents;
      out.push({ text: `${column} ${a.text} ${holds ? '=' : '≠'} ${column} ${b.text} ${where} ${mark(holds)}`, holds });
    }
  }
  return out;
}

/** Σ of one column over the table's settled rows, for tables of several rows. */
export function columnSum(table: ImputationTable, column: ColumnKind): { cents: number; rows: number } | undefined {
  let cents = 0;
  let rows = 0;
  for (const row of table.rows) {
    if (row.guessed) continue;
    const amount = cell(row, column);
    if (!amount) continue;
    cents += amount.cents;
    rows++;
  }
  return rows > 0 ? { cents, rows } : undefined;
}

/** Σ Dépense of a deliberation's tables: what its article amounts usually restate (T7). */
export function depenseTotal(dossier: Dossier): { cents: number; rows: number } | undefined {
  let cents = 0;
  let rows = 0;
  for (const table of dossier.deliberation.tables) {
    const sum = columnSum(table, 'Depense');
    if (!sum) continue;
    cents += sum.cents;
    rows += sum.rows;
  }
  return rows > 0 ? { cents, rows } : undefined;
}

