/**
 * budget-total (domain.md §7.1): a TOTAL / sous-total / total général line of an annex table equals
 * the sum of the lines it totals — the rows above it, or the sub-totals before it. Only totals the
 * table reader could relate to their terms are checked (`TotalLine.mismatch`): their other columns
 * add up over the same lines, or the written figure is the sum with one digit slipped. Either the
 * total or one of its terms is wrong: the diagnostic sits on the total, and says how many lines the
 * sum covers. Likewise a row whose last figure totals the others, in a table whose rows hold it
 * (`Total par collège`, 2022-101), and a row shared out by the rows under it (an action and its State
 * and Département parts, 2022-105). In every template, the financing plans: each total is the sum of
 * the rows above it, the resources equal the expenses, each share is its amount over the total
 * (rules/lib/financing-plan.ts).
 */
import type { RowTotal, SplitRow, TotalLine } from '../model/types';
import type { Rule, RuleReport } from './types';
import { message } from './helpers';
import { shown, summedLines, written } from './lib/budget-cells';
import { financingPlanReports } from './lib/financing-plan';
import { totalTables } from './lib/total-tables';

function columnLabel(total: TotalLine, index: number): { fr: string; en: string } {
  if (total.amounts.length <= 1) return { fr: '', en: '' };
  const n = index + 1;
  return { fr: ` (${n === 1 ? '1re' : `${n}e`} colonne)`, en: ` (column ${n})` };
}

export const budgetTotal: Rule = {
  id: 'budget-total',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'Un total ou un sous-total doit égaler la somme des lignes qu’il totalise ; un plan de financement s’équilibre, chaque part étant son montant sur le total.',
    'A total or sub-total must equal the sum of the lines it totals; a financing plan balances, each share being its amount over the total.',
  ),
  check({ dossier, report }) {
    for (const plan of dossier.financingPlans ?? []) for (const r of financingPlanReports(plan)) report(r);
    for (const { table } of totalTables(dossier)) {
      for (const row of table.rowTotals ?? []) checkRow(row, report);
      for (const row of table.splitRows ?? []) checkSplit(row, report);
      for (const total of table.totals) {
        const miss = total.mismatch;
        const amount = miss ? total.amounts[miss.index] : undefined;
        if (!miss || !amount || miss.sum === amount.cents) continue;
        const n = miss.terms.length;
        const fixed = written(miss.sum, amount);
        const column = columnLabel(total, miss.index);
        const gap = written(amount.cents - miss.sum, amount);
        report({
          range: amount.range,
          message: message(
            `« ${total.label} »${column.fr} ${shown(amount)} ≠ ${fixed}, somme des ${n} lignes qu’il totalise (écart ${gap}) : corriger le total ou l’une de ces lignes.`,
            `"${total.label}"${column.en} ${shown(amount)} ≠ ${fixed}, the sum of the ${n} lines it totals (difference ${gap}): correct the total or one of these lines.`,
          ),
          related: summedLines(miss.terms),
          data: {
            expected: fixed,
            actual: amount.text,
            column: miss.index,
            terms: n,
            termRanges: miss.terms,
          },
          fixes: [{ title: message(`Corriger le total : ${fixed}`, `Correct the total: ${fixed}`), range: amount.range, text: fixed }],
        });
      }
    }
  },
};

/** A row whose last figure totals the others (`Total par collège`, 2022-101). */
function checkRow(row: RowTotal, report: (r: RuleReport) => void): void {
  const sum = row.parts.reduce((a, b) => a + b.cents, 0);
  if (sum === row.total.cents) return;
  const fixed = written(sum, row.total);
  const terms = row.parts.map(shown).join(' + ');
  const n = row.parts.length;
  report({
    range: row.total.range,
    message: message(
      `Total de la ligne ${shown(row.total)} ≠ ${terms} = ${fixed} : corriger le total ou l’un de ses ${n} termes.`,
      `Row total ${shown(row.total)} ≠ ${terms} = ${fixed}: correct the total or one of its ${n} terms.`,
    ),
    related: row.parts.map((part, i) => ({ range: part.range, message: message(`terme ${i + 1}/${n} : ${shown(part)}`, `term ${i + 1}/${n}: ${shown(part)}`) })),
    data: { expected: fixed, actual: row.total.text, terms: n, termRanges: row.parts.map((p) => p.range) },
    fixes: [{ title: message(`Corriger le total de la ligne : ${fixed}`, `Correct the row total: ${fixed}`), range: row.total.range, text: fixed }],
  });
}

/** A row whose figures the rows under it share out (an action, its State and Département parts, 2022-105). */
function checkSplit(row: SplitRow, report: (r: RuleReport) => void): void {
  const n = row.parts.length;
  row.amounts.forEach((amount, c) => {
    const parts = row.parts.map((part) => part.amounts[c]);
    const sum = parts.reduce((a, b) => a + b.cents, 0);
    if (sum === amount.cents) return;
    const fixed = written(sum, amount);
    const terms = parts.map(shown).join(' + ');
    const labels = row.parts.map((part) => `« ${part.label} »`).join(', ');
    const labelsEn = row.parts.map((part) => `"${part.label}"`).join(', ');
    report({
      range: amount.range,
      message: message(
        `${shown(amount)} ≠ ${terms} = ${fixed}, somme des ${n} lignes qui répartissent cette ligne (${labels}) : corriger ce montant ou l’une de ces lignes.`,
        `${shown(amount)} ≠ ${terms} = ${fixed}, the sum of the ${n} rows that share out this row (${labelsEn}): correct this figure or one of these rows.`,
      ),
      related: parts.map((part, i) => ({ range: part.range, message: message(`part ${i + 1}/${n} : ${row.parts[i].label}`, `part ${i + 1}/${n}: ${row.parts[i].label}`) })),
      data: { expected: fixed, actual: amount.text, column: c, terms: n, termRanges: parts.map((p) => p.range) },
      fixes: [{ title: message(`Corriger le montant : ${fixed}`, `Correct the figure: ${fixed}`), range: amount.range, text: fixed }],
    });
  });
}
