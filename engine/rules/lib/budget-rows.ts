/**
 * The rows of the imputation tables as the budget rules compare them: the key of a budget line
 * (operation code and imputations, §10), the pairing of the deliberation's rows with its report's,
 * and what a report's row says of its own balance.
 */
import type { Dossier, Report, TableRow } from '../../model/types';
import { cellOf } from './budget-cells';

/** `C03-221 J02` / `CO3-221J02` / `221J02` → `221J02`: what two tables compare. */
export function codeCore(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase().replace(/^C[O0]\d-/, '');
}

export function imputationKey(row: TableRow): string {
  return row.imputations.map((i) => i.value).sort().join(',');
}

export function rowKey(row: TableRow): string {
  return `${row.operationCode ? codeCore(row.operationCode.value) : ''}|${imputationKey(row)}`;
}

export interface RowPair {
  deliberation: TableRow;
  report: TableRow;
  /** How the rows were paired: same code and imputations, same code only, same imputations only. */
  by: 'both' | 'code' | 'imputation';
}

export interface Pairing {
  pairs: RowPair[];
  /** Rows of one side with no counterpart on the other. */
  deliberationOnly: TableRow[];
  reportOnly: TableRow[];
}

/**
 * Pairs the deliberation's rows with the report's: first on code and imputations, then on the code
 * alone or the imputations alone when a single row of each side is left with it.
 */
export function pairRows(deliberationRows: readonly TableRow[], reportRows: readonly TableRow[]): Pairing {
  const leftD = deliberationRows.filter((row) => row.operationCode || row.imputations.length);
  const leftR = reportRows.filter((row) => row.operationCode || row.imputations.length);
  const pairs: RowPair[] = [];
  const take = (by: RowPair['by'], key: (row: TableRow) => string | undefined): void => {
    const groupsD = new Map<string, TableRow[]>();
    const groupsR = new Map<string, TableRow[]>();
    for (const row of leftD) push(groupsD, key(row), row);
    for (const row of leftR) push(groupsR, key(row), row);
    for (const [k, ds] of groupsD) {
      const rs = groupsR.get(k);
      if (!rs) continue;
      // Same key on several rows: pair them in order when the counts agree (`both`), else only singletons.
      if (ds.length !== rs.length && by !== 'both') continue;
      if (ds.length !== 1 && by !== 'both') continue;
      const n = Math.min(ds.length, rs.length);
      for (let i = 0; i < n; i++) {
        pairs.push({ deliberation: ds[i], report: rs[i], by });
        leftD.splice(leftD.indexOf(ds[i]), 1);
        leftR.splice(leftR.indexOf(rs[i]), 1);
      }
    }
  };
  take('both', rowKey);
  take('code', (row) => (row.operationCode ? codeCore(row.operationCode.value) : undefined));
  take('imputation', (row) => (row.imputations.length ? imputationKey(row) : undefined));
  return { pairs, deliberationOnly: leftD, reportOnly: leftR };
}

function push(map: Map<string, TableRow[]>, key: string | undefined, row: TableRow): void {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/** The dossier's own reports that hold imputation rows. */
export function ownReportsWithTables(dossier: Dossier): Report[] {
  return dossier.reports.filter((r) => r.own && r.tables.some((t) => t.rows.length > 0));
}

export function deliberationRows(dossier: Dossier): TableRow[] {
  return dossier.deliberation.tables.flatMap((t) => t.rows);
}

/** `C02-515B03 6568/89351`, for messages. */
export function rowName(row: TableRow): string {
  return [row.operationCode?.value, row.imputations.map((i) => i.value).join(', ')].filter(Boolean).join(' ');
}

/** What the report's row says the proposition is, by its own balance; undefined when it says nothing. */
export function impliedProposition(row: TableRow): number | undefined {
  const disponible = cellOf(row, 'Disponible');
  const solde = cellOf(row, 'Solde');
  if (!disponible || !solde) return undefined;
  return row.direction === 'recette' ? solde.amount.cents - disponible.amount.cents : disponible.amount.cents - solde.amount.cents;
}

export function balanceHolds(row: TableRow): boolean | undefined {
  const proposition = cellOf(row, 'Proposition');
  const implied = impliedProposition(row);
  if (!proposition || implied === undefined) return undefined;
  return implied === proposition.amount.cents;
}
