/** The tables with totals of a dossier, wherever they are written: in its articles, then in its annexes. */
import type { AnnexTable, Dossier } from '../../model/types';

export interface PlacedTable {
  table: AnnexTable;
  where: 'article' | 'annex';
}

export function totalTables(dossier: Dossier): PlacedTable[] {
  return [
    ...(dossier.deliberation.bodyTables ?? []).map((table) => ({ table, where: 'article' as const })),
    ...dossier.annexes.flatMap((annex) => annex.tables.map((table) => ({ table, where: 'annex' as const }))),
  ];
}
