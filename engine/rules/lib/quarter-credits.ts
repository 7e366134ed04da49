/**
 * The relations of a table of credits opened before the budget (model/quarter-credits.ts, CGCT
 * L1612-1): each column's total is the sum of its rows; a quarter written beside last year's
 * credits is a quarter of them; the amounts opened stay within the quarter of the credits; the
 * repayment of the debt (chapter 16) is not among them. The law decides the last two: no fix.
 */
import type { Amount, QuarterColumn, QuarterCredits, QuarterRow } from '../../model/types';
import { columnOf, columnSum, isDebtRow, isQuarterOf, limitText, openedColumn, openedTotal, quarterLimit, quarterText, totalCell } from '../../facts/quarter-credits';
import { message } from '../helpers';
import type { Message, RuleReport } from '../types';
import { shown, summedLines, written } from './budget-cells';

const COLUMN: Record<QuarterColumn, Message> = {
  credits: message('crédits de l’exercice précédent', 'last year’s credits'),
  quarter: message('quart des crédits', 'quarter of the credits'),
  authorised: message('montant ouvert', 'amount opened'),
};

export function quarterCreditsReports(table: QuarterCredits): RuleReport[] {
  const out: RuleReport[] = [...totalReports(table), ...rowQuarterReports(table)];
  const stated = statedQuarterReport(table);
  if (stated) out.push(stated);
  out.push(...limitReports(table));
  out.push(...table.rows.filter(isDebtRow).map((row) => debtReport(table, row)));
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Each column's total against the sum of its rows. */
function totalReports(table: QuarterCredits): RuleReport[] {
  return table.columns.flatMap((role, column) => {
    const total = totalCell(table, column);
    const sum = columnSum(table, column);
    if (!total || total.cents === sum) return [];
    const fixed = written(sum, total);
    const n = table.rows.length;
    const name = COLUMN[role];
    return [
      {
        range: total.range,
        message: message(
          `Total des crédits ouverts dans la limite du quart (${name.fr}) ${shown(total)} ≠ ${fixed}, somme des ${n} lignes qu’il totalise (écart ${written(total.cents - sum, total)}) : corriger le total ou l’une de ces lignes.`,
          `Total of the credits opened within the quarter (${name.en}) ${shown(total)} ≠ ${fixed}, the sum of the ${n} rows it totals (difference ${written(total.cents - sum, total)}): correct the total or one of these rows.`,
        ),
        related: summedLines(table.rows.map((r) => r.amounts[column].range)),
        data: { quarter: 'total', column: role, expected: fixed, actual: total.text, terms: n },
        fixes: [{ title: message(`Corriger le total : ${fixed}`, `Correct the total: ${fixed}`), range: total.range, text: fixed }],
      },
    ];
  });
}

/** A row's quarter against its credits: the quarter is computed, the credits are what was voted. */
function rowQuarterReports(table: QuarterCredits): RuleReport[] {
  const credits = columnOf(table, 'credits');
  const quarter = columnOf(table, 'quarter');
  if (credits < 0 || quarter < 0) return [];
  return table.rows.flatMap((row) => {
    const [base, written4] = [row.amounts[credits], row.amounts[quarter]];
    if (isQuarterOf(written4, base)) return [];
    const fixed = quarterText(base.cents, written4);
    const label = row.label || row.code || 'Ligne';
    return [
      {
        range: written4.range,
        message: message(
          `« ${label} » : ${shown(written4)} n’est pas le quart des crédits de la ligne, ${shown(base)} / 4 = ${fixed}.`,
          `"${label}": ${shown(written4)} is not a quarter of the row’s credits, ${shown(base)} / 4 = ${fixed}.`,
        ),
        related: [{ range: base.range, message: message(`crédits ${shown(base)}`, `credits ${shown(base)}`) }],
        data: { quarter: 'row', expected: fixed, actual: written4.text },
        fixes: [{ title: message(`Corriger le quart : ${fixed}`, `Correct the quarter: ${fixed}`), range: written4.range, text: fixed, preferred: true }],
      },
    ];
  });
}

/** `soit un quart : 563 601,42 €` against the credits it is a quarter of. */
function statedQuarterReport(table: QuarterCredits): RuleReport | undefined {
  const stated = table.quarter;
  const limit = quarterLimit(table);
  const credits = limit?.credits;
  if (!stated || !credits) return undefined;
  const base: Amount = credits.amount ?? { ...stated, cents: credits.cents };
  if (isQuarterOf(stated, base)) return undefined;
  const fixed = quarterText(credits.cents, stated);
  const creditsText = credits.amount ? shown(credits.amount) : written(credits.cents, stated);
  return {
    range: stated.range,
    message: message(
      `Le quart écrit, ${shown(stated)}, n’est pas le quart des crédits de l’exercice précédent : ${creditsText} / 4 = ${fixed}.`,
      `The quarter written, ${shown(stated)}, is not a quarter of last year’s credits: ${creditsText} / 4 = ${fixed}.`,
    ),
    related: credits.amount ? [{ range: credits.amount.range, message: message(`crédits ${creditsText}`, `credits ${creditsText}`) }] : [],
    data: { quarter: 'stated', expected: fixed, actual: stated.text },
    fixes: [{ title: message(`Corriger le quart : ${fixed}`, `Correct the quarter: ${fixed}`), range: stated.range, text: fixed, preferred: true }],
  };
}

/** What the table opens against the quarter, in all and, where it writes each row's quarter, row by row. */
function limitReports(table: QuarterCredits): RuleReport[] {
  const out: RuleReport[] = [];
  const limit = quarterLimit(table);
  const opened = openedTotal(table);
  // Judged on what the rows open: a total that does not add up is reported on its own.
  const at = opened.amount ?? totalCell(table, openedColumn(table)) ?? table.rows[table.rows.length - 1]?.amounts[openedColumn(table)];
  if (limit && at && opened.cents > limit.cents) {
    const like = opened.amount ?? at;
    const openedText = opened.amount ? shown(opened.amount) : written(opened.cents, like);
    const of = limitText(limit, like);
    out.push({
      range: at.range,
      message: message(
        `Les crédits ouverts, ${openedText}, dépassent le quart des crédits de l’exercice précédent (${of}) : l’article L1612-1 du CGCT ne permet d’ouvrir avant le budget que ce quart, hors remboursement de la dette.`,
        `The credits opened, ${openedText}, exceed a quarter of last year’s credits (${of}): article L1612-1 of the CGCT allows only that quarter to be opened before the budget, debt repayment excluded.`,
      ),
      related: limit.credits?.amount ? [{ range: limit.credits.amount.range, message: message('crédits de l’exercice précédent', 'last year’s credits') }] : [],
      data: { quarter: 'limit', opened: openedText, limit: of },
    });
  }
  const quarter = columnOf(table, 'quarter');
  const authorised = columnOf(table, 'authorised');
  if (quarter < 0 || authorised < 0) return out;
  for (const row of table.rows) {
    const [q, a] = [row.amounts[quarter], row.amounts[authorised]];
    if (a.cents <= q.cents) continue;
    const label = row.label || row.code || 'Ligne';
    out.push({
      range: a.range,
      message: message(
        `« ${label} » : ${shown(a)} ouverts dépassent le quart que le tableau écrit pour cette ligne, ${shown(q)} (CGCT L1612-1).`,
        `"${label}": ${shown(a)} opened exceed the quarter the table writes for this row, ${shown(q)} (CGCT L1612-1).`,
      ),
      related: [{ range: q.range, message: message(`quart ${shown(q)}`, `quarter ${shown(q)}`) }],
      data: { quarter: 'row-limit', opened: a.text, limit: q.text },
    });
  }
  return out;
}

function debtReport(table: QuarterCredits, row: QuarterRow): RuleReport {
  const amount = row.amounts[openedColumn(table)] ?? row.amounts[0];
  const label = row.label || row.code!;
  return {
    range: amount.range,
    message: message(
      `« ${label} » : le remboursement de la dette (chapitre 16) n’entre pas dans le quart des crédits ouverts avant le budget ; l’exécutif le mandate sans autorisation (CGCT L1612-1).`,
      `"${label}": debt repayment (chapter 16) is not part of the quarter of credits opened before the budget; the executive pays it without authorisation (CGCT L1612-1).`,
    ),
    data: { quarter: 'debt', code: row.code },
  };
}
