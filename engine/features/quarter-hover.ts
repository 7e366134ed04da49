/**
 * Hovers on a table of credits opened before the budget (model/quarter-credits.ts), in every
 * template: each figure shows the relation budget-total checks on it — a total with its column's
 * sum, a row's quarter with its credits over four — and every figure the limit of L1612-1, the
 * amount opened against a quarter of last year's credits.
 */
import { columnOf, columnSum, isDebtRow, isQuarterOf, limitText, openedColumn, openedTotal, quarterLimit, quarterText, totalCell } from '../facts/quarter-credits';
import type { Amount, Dossier, QuarterCredits, QuarterRow } from '../model/types';
import { shown, written } from '../rules/lib/budget-cells';
import type { Locale } from '../rules/types';
import type { Position } from '../text/lines';
import type { Hover } from './lsp';
import { containsPosition, escapeMarkdown as md, pick } from './text-utils';

const mark = (holds: boolean): string => (holds ? '✓' : '✗');

export function quarterHover(dossier: Dossier, position: Position, locale: Locale): Hover | undefined {
  for (const table of dossier.quarterCredits ?? []) {
    const figures: [Amount, string | undefined][] = [
      ...(table.base ? [[table.base, undefined] as [Amount, undefined]] : []),
      ...(table.quarter ? [[table.quarter, undefined] as [Amount, undefined]] : []),
      ...table.rows.flatMap((row) => row.amounts.map((a, c) => [a, rowLine(table, row, c, locale)] as [Amount, string | undefined])),
      ...(table.total?.amounts ?? []).map((a) => [a, totalLine(table, a, locale)] as [Amount, string | undefined]),
    ];
    const on = figures.find(([a]) => containsPosition(a.range, position));
    if (!on) continue;
    const lines = [`**${pick(locale, 'Crédits ouverts avant le budget', 'Credits opened before the budget')}**`];
    if (on[1]) lines.push(on[1]);
    lines.push(limitLine(table, locale));
    return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: on[0].range };
  }
  return undefined;
}

function rowLine(table: QuarterCredits, row: QuarterRow, c: number, locale: Locale): string | undefined {
  const label = md(row.label || row.code || pick(locale, 'Ligne', 'Row'));
  if (isDebtRow(row)) return pick(locale, `${label} : chapitre 16, hors du quart (remboursement de la dette) ✗`, `${label}: chapter 16, outside the quarter (debt repayment) ✗`);
  const credits = columnOf(table, 'credits');
  if (table.columns[c] === 'quarter' && credits >= 0) {
    const [base, quarter] = [row.amounts[credits], row.amounts[c]];
    const holds = isQuarterOf(quarter, base);
    return `${label} : ${shown(base)} / 4 = ${quarterText(base.cents, quarter)} ${holds ? '=' : '≠'} ${shown(quarter)} ${mark(holds)}`;
  }
  return `${label} : ${shown(row.amounts[c])}`;
}

function totalLine(table: QuarterCredits, amount: Amount, locale: Locale): string | undefined {
  const column = table.columns.findIndex((_, c) => totalCell(table, c) === amount);
  if (column < 0) return undefined;
  const sum = columnSum(table, column);
  const n = table.rows.length;
  return pick(
    locale,
    `Total des ${n} lignes : ${table.rows.map((r) => shown(r.amounts[column])).join(' + ')} = ${written(sum, amount)} ${mark(sum === amount.cents)}`,
    `Total of the ${n} rows: ${table.rows.map((r) => shown(r.amounts[column])).join(' + ')} = ${written(sum, amount)} ${mark(sum === amount.cents)}`,
  );
}

function limitLine(table: QuarterCredits, locale: Locale): string {
  const limit = quarterLimit(table);
  const opened = openedTotal(table);
  const like = opened.amount ?? table.rows[0].amounts[openedColumn(table)];
  const openedText = written(opened.cents, like);
  if (!limit) {
    return pick(
      locale,
      `Ouvert : ${openedText}. Les crédits de l’exercice précédent ne sont pas écrits : le quart (article L1612-1 du CGCT) n’est pas vérifié.`,
      `Opened: ${openedText}. Last year’s credits are not written: the quarter (article L1612-1 of the CGCT) is not checked.`,
    );
  }
  const of = limitText(limit, like);
  const holds = opened.cents <= limit.cents;
  return pick(
    locale,
    `Ouvert ${openedText} ${holds ? '≤' : '>'} ${of}, le quart des crédits de l’exercice précédent hors dette (article L1612-1 du CGCT) ${mark(holds)}`,
    `Opened ${openedText} ${holds ? '≤' : '>'} ${of}, a quarter of last year’s credits less the debt (article L1612-1 of the CGCT) ${mark(holds)}`,
  );
}
