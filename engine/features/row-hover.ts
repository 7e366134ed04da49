/**
 * Hovers on the rows of an annex that carry their own relation: a row whose last figure totals the
 * others (`Total par collège`, 2022-101), the row of column sums under them, and a row its parts
 * share out (an action and its State and Département rows, 2022-105). Each shows the sum that
 * budget-total checks, written the way the figure is.
 */
import { columnSums, rowFigures, rowSum, splitSum } from '../model/row-sums';
import type { AnnexTable, Dossier, RowTotal, SplitRow } from '../model/types';
import { shown, written } from '../rules/lib/budget-cells';
import { totalTables } from '../rules/lib/total-tables';
import type { Locale } from '../rules/types';
import type { Position } from '../text/lines';
import type { Hover } from './lsp';
import { containsPosition, pick } from './text-utils';

export function rowHover(dossier: Dossier, position: Position, locale: Locale): Hover | undefined {
  for (const { table } of totalTables(dossier)) {
    for (const row of table.rowTotals ?? []) {
      const on = [row.total, ...row.parts].find((a) => containsPosition(a.range, position));
      if (on) return { contents: { kind: 'markdown', value: rowTotalText(table, row, locale) }, range: on.range };
    }
    for (const row of table.splitRows ?? []) {
      const c = row.amounts.findIndex((a) => containsPosition(a.range, position));
      if (c >= 0) return { contents: { kind: 'markdown', value: splitText(row, c, locale) }, range: row.amounts[c].range };
    }
  }
  return undefined;
}

const mark = (holds: boolean): string => (holds ? '✓' : '✗');

function rowTotalText(table: AnnexTable, row: RowTotal, locale: Locale): string {
  const sum = rowSum(row);
  const holds = sum === row.total.cents;
  const lines = [
    `**${pick(locale, 'Total de la ligne', 'Row total')}**`,
    `${row.parts.map(shown).join(' + ')} = ${written(sum, row.total)} ${holds ? '=' : '≠'} ${shown(row.total)} ${mark(holds)}`,
  ];
  const rows = table.rowTotals ?? [];
  if (row.columnSums) {
    const above = rows.slice(0, -1);
    const sums = columnSums(above);
    const columns = rowFigures(row).map((figure, i) => (sums[i] === figure.cents ? `${shown(figure)} ✓` : `${shown(figure)} ≠ ${written(sums[i], figure)} ✗`));
    lines.push(
      pick(locale, `Ligne des totaux de colonne, sur les ${above.length} lignes au-dessus : ${columns.join(' · ')}`, `Row of column totals, over the ${above.length} rows above: ${columns.join(' · ')}`),
    );
  }
  return lines.join('\n\n');
}

function splitText(row: SplitRow, c: number, locale: Locale): string {
  const amount = row.amounts[c];
  const parts = row.parts.map((part) => `${shown(part.amounts[c])} (${pick(locale, `« ${part.label} »`, `"${part.label}"`)})`);
  const sum = splitSum(row, c);
  return [
    `**${pick(locale, 'Ligne répartie', 'Shared-out row')}**`,
    `${parts.join(' + ')} = ${written(sum, amount)} ${sum === amount.cents ? '=' : '≠'} ${shown(amount)} ${mark(sum === amount.cents)}`,
    pick(locale, `réparti sur les ${row.parts.length} lignes qui suivent`, `shared out over the ${row.parts.length} rows that follow`),
  ].join('\n\n');
}
