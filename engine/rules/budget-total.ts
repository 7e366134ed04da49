/**
 * budget-total (domain.md §7.1): a TOTAL / sous-total / total général line of an annex table equals
 * the sum of the lines it totals — the rows above it, or the sub-totals before it. Only totals the
 * table reader could relate to their terms are checked (`TotalLine.mismatch`): their other columns
 * add up over the same lines, or the written figure is the sum with one digit slipped. Either the
 * total or one of its terms is wrong: the diagnostic sits on the total, and says how many lines the
 * sum covers. Likewise a row whose last figure totals the others, in a table whose rows hold it
 * (`Total par collège`, 2022-101), or whose first does (the FSE cost, 2022-90), and a row shared out by the rows under it (an action and its State
 * and Département parts, 2022-105). In every template, the financing plans: each total is the sum of
 * the rows above it, the resources equal the expenses, each share is its amount over the total
 * (rules/lib/financing-plan.ts), and the credits opened before the budget within the quarter of last
 * year's (rules/lib/quarter-credits.ts, L1612-1), and the totals a sentence writes after its amounts
 * (rules/lib/prose-totals.ts). The fix is preferred only where another relation shows which
 * figure slipped (rules/lib/vouched-lines.ts), and the message says which.
 */
import { rowSum, splitSum } from '../model/row-sums';
import type { Amount, AnnexTable, RowTotal, SplitRow, TotalLine } from '../model/types';
import type { Rule, RuleReport } from './types';
import { message } from './helpers';
import { shown, summedLines, written } from './lib/budget-cells';
import { financingPlanReports } from './lib/financing-plan';
import { proseTotalReports } from './lib/prose-totals';
import { quarterCreditsReports } from './lib/quarter-credits';
import { totalTables } from './lib/total-tables';
import { decidedAmounts, leadColumnSlipped, lineBalancesWith, partsVouched, roundingGap, rowTotalVouched, termsVouched } from './lib/vouched-lines';

function columnLabel(total: TotalLine, index: number): { fr: string; en: string } {
  if (total.amounts.length <= 1) return { fr: '', en: '' };
  const n = index + 1;
  return { fr: ` (${n === 1 ? '1re' : `${n}e`} colonne)`, en: ` (column ${n})` };
}

/** What shows the total, not one of its lines, to be the figure that slipped (rules/lib/vouched-lines.ts). */
type Evidence = 'totals' | 'balance' | 'decision' | 'column-sums' | 'column-total' | 'parts';

const EVIDENCE: Record<Evidence, { fr: string; en: string }> = {
  totals: {
    fr: 'les autres totaux du tableau confirment ces lignes, c’est le total qu’il faut corriger',
    en: 'the table’s other totals confirm these lines, so the total is what needs correcting',
  },
  balance: {
    fr: 'avec la somme, la ligne du total s’équilibre comme ses autres colonnes : c’est le total qu’il faut corriger',
    en: 'with the sum, the total’s line balances as its other columns do, so the total is what needs correcting',
  },
  decision: {
    fr: 'la délibération décide la somme, non ce chiffre : c’est le total qu’il faut corriger',
    en: 'the deliberation decides the sum, not this figure, so the total is what needs correcting',
  },
  'column-sums': {
    fr: 'la ligne des totaux de colonne confirme les termes, c’est le total qu’il faut corriger',
    en: 'the row of column totals confirms the terms, so the total is what needs correcting',
  },
  'column-total': {
    fr: 'le total du tableau sur cette ligne ne tombe faux que dans la colonne de ce total, c’est lui qu’il faut corriger',
    en: 'the table’s total over this row is off only in this total’s column, so this total is what needs correcting',
  },
  parts: {
    fr: 'les totaux du tableau confirment ces lignes, c’est ce montant qu’il faut corriger',
    en: 'the table’s totals confirm these rows, so this figure is what needs correcting',
  },
};

function totalEvidence(
  table: AnnexTable,
  total: TotalLine,
  amount: Amount,
  miss: NonNullable<TotalLine['mismatch']>,
  decides: (cents: number) => boolean,
): Evidence | undefined {
  if (roundingGap(amount, miss.sum)) return undefined;
  if (termsVouched(table, total, miss.terms)) return 'totals';
  if (lineBalancesWith(total, miss.index, miss.sum)) return 'balance';
  if (decides(miss.sum) && !decides(amount.cents)) return 'decision';
  return undefined;
}

export const budgetTotal: Rule = {
  id: 'budget-total',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'Un total ou un sous-total doit égaler la somme des lignes qu’il totalise ; un plan de financement s’équilibre, chaque part étant son montant sur le total ; les crédits ouverts avant le budget tiennent dans le quart de ceux de l’exercice précédent ; un total écrit dans une phrase est la somme de ses montants.',
    'A total or sub-total must equal the sum of the lines it totals; a financing plan balances, each share being its amount over the total; credits opened before the budget stay within a quarter of last year’s; a total written in a sentence is the sum of its amounts.',
  ),
  check({ dossier, report }) {
    for (const plan of dossier.financingPlans ?? []) for (const r of financingPlanReports(plan)) report(r);
    for (const table of dossier.quarterCredits ?? []) for (const r of quarterCreditsReports(table)) report(r);
    for (const total of dossier.proseTotals ?? []) for (const r of proseTotalReports(total)) report(r);
    let decided: Set<number> | undefined;
    const decides = (cents: number): boolean => (decided ??= decidedAmounts(dossier)).has(cents);
    const placed = totalTables(dossier);
    let allTotals: TotalLine[] | undefined;
    const totals = (): TotalLine[] => (allTotals ??= placed.flatMap(({ table }) => table.totals));
    for (const { table } of placed) {
      for (const row of table.rowTotals ?? []) checkRow(table, row, totals, report);
      for (const row of table.splitRows ?? []) checkSplit(table, row, report);
      for (const total of table.totals) {
        checkCount(table, total, report);
        const miss = total.mismatch;
        const amount = miss ? total.amounts[miss.index] : undefined;
        if (!miss || !amount || miss.sum === amount.cents) continue;
        const n = miss.terms.length;
        const fixed = written(miss.sum, amount);
        const column = columnLabel(total, miss.index);
        const gap = written(amount.cents - miss.sum, amount);
        const evidence = totalEvidence(table, total, amount, miss, decides);
        const advice = evidence ? EVIDENCE[evidence] : { fr: 'corriger le total ou l’une de ces lignes', en: 'correct the total or one of these lines' };
        report({
          range: amount.range,
          message: message(
            `« ${total.label} »${column.fr} ${shown(amount)} ≠ ${fixed}, somme des ${n} lignes qu’il totalise (écart ${gap}) : ${advice.fr}.`,
            `"${total.label}"${column.en} ${shown(amount)} ≠ ${fixed}, the sum of the ${n} lines it totals (difference ${gap}): ${advice.en}.`,
          ),
          related: summedLines(miss.terms),
          data: {
            expected: fixed,
            actual: amount.text,
            column: miss.index,
            terms: n,
            termRanges: miss.terms,
          },
          fixes: [
            {
              title: message(`Corriger le total : ${fixed}`, `Correct the total: ${fixed}`),
              range: amount.range,
              text: fixed,
              ...(evidence ? { preferred: true } : {}),
            },
          ],
        });
      }
    }
  },
};

/**
 * `10 dossiers sous total Musique 10 290 €` (2022-87 L4946): the count the label writes is the
 * number of rows the total adds up. The sum settles which rows those are, so the count is the figure to correct.
 */
function checkCount(table: AnnexTable, total: TotalLine, report: (r: RuleReport) => void): void {
  const count = total.count;
  const terms = total.terms ?? [];
  if (!count?.noun || !total.confirmed || terms.length < 2) return;
  if (terms.some((term) => table.totals.some((other) => other.range.start.line === term.start.line))) return;
  const n = terms.length;
  if (count.value === n) return;
  report({
    range: count.range,
    message: message(
      `« ${count.value} ${count.noun} ${total.label} », mais ce total additionne ${n} lignes : corriger le nombre.`,
      `"${count.value} ${count.noun} ${total.label}", but this total adds up ${n} rows: correct the count.`,
    ),
    related: summedLines(terms),
    data: { expected: String(n), actual: String(count.value), terms: n, termRanges: terms },
    fixes: [{ title: message(`Corriger le nombre : ${n}`, `Correct the count: ${n}`), range: count.range, text: String(n), preferred: true }],
  });
}

/** A row whose last figure totals the others (`Total par collège`, 2022-101), or whose first does (2022-90). */
function checkRow(table: AnnexTable, row: RowTotal, totals: () => TotalLine[], report: (r: RuleReport) => void): void {
  const sum = rowSum(row);
  if (sum === row.total.cents) return;
  const fixed = written(sum, row.total);
  const terms = row.parts.map(shown).join(' + ');
  const n = row.parts.length;
  const rounding = roundingGap(row.total, sum);
  // The column of the table's total over a leading row that is off names the figure that slipped.
  const slipped = !rounding && row.leading ? leadColumnSlipped(totals(), row) : undefined;
  const certain = !rounding && (row.leading ? slipped === 0 : rowTotalVouched(table, row, sum));
  const part = slipped !== undefined && slipped > 0 ? row.parts[slipped - 1] : undefined;
  const partFixed = part ? written(row.total.cents - (sum - part.cents), part) : undefined;
  const advice = certain
    ? EVIDENCE[row.leading ? 'column-total' : 'column-sums']
    : part
      ? {
          fr: `le total du tableau sur cette ligne ne tombe faux que dans la colonne du terme ${shown(part)}, c’est lui qu’il faut corriger (${partFixed})`,
          en: `the table’s total over this row is off only in the column of the term ${shown(part)}, so that term is what needs correcting (${partFixed})`,
        }
      : { fr: `corriger le total ou l’un de ses ${n} termes`, en: `correct the total or one of its ${n} terms` };
  report({
    range: row.total.range,
    message: message(`Total de la ligne ${shown(row.total)} ≠ ${terms} = ${fixed} : ${advice.fr}.`, `Row total ${shown(row.total)} ≠ ${terms} = ${fixed}: ${advice.en}.`),
    related: row.parts.map((part, i) => ({ range: part.range, message: message(`terme ${i + 1}/${n} : ${shown(part)}`, `term ${i + 1}/${n}: ${shown(part)}`) })),
    data: { expected: fixed, actual: row.total.text, terms: n, termRanges: row.parts.map((p) => p.range) },
    fixes: [
      {
        title: message(`Corriger le total de la ligne : ${fixed}`, `Correct the row total: ${fixed}`),
        range: row.total.range,
        text: fixed,
        ...(certain ? { preferred: true } : {}),
      },
      ...(part && partFixed
        ? [{ title: message(`Corriger plutôt le terme : ${partFixed}`, `Correct the term instead: ${partFixed}`), range: part.range, text: partFixed, preferred: true as const }]
        : []),
    ],
  });
}

/** A row whose figures the rows under it share out (an action, its State and Département parts, 2022-105). */
function checkSplit(table: AnnexTable, row: SplitRow, report: (r: RuleReport) => void): void {
  const n = row.parts.length;
  let vouched: boolean | undefined;
  row.amounts.forEach((amount, c) => {
    const parts = row.parts.map((part) => part.amounts[c]);
    const sum = splitSum(row, c);
    if (sum === amount.cents) return;
    const fixed = written(sum, amount);
    const terms = parts.map(shown).join(' + ');
    const labels = row.parts.map((part) => `« ${part.label} »`).join(', ');
    const labelsEn = row.parts.map((part) => `"${part.label}"`).join(', ');
    const certain = !roundingGap(amount, sum) && (vouched ??= partsVouched(table, row));
    const advice = certain ? EVIDENCE.parts : { fr: 'corriger ce montant ou l’une de ces lignes', en: 'correct this figure or one of these rows' };
    report({
      range: amount.range,
      message: message(
        `${shown(amount)} ≠ ${terms} = ${fixed}, somme des ${n} lignes qui répartissent cette ligne (${labels}) : ${advice.fr}.`,
        `${shown(amount)} ≠ ${terms} = ${fixed}, the sum of the ${n} rows that share out this row (${labelsEn}): ${advice.en}.`,
      ),
      related: parts.map((part, i) => ({ range: part.range, message: message(`part ${i + 1}/${n} : ${row.parts[i].label}`, `part ${i + 1}/${n}: ${row.parts[i].label}`) })),
      data: { expected: fixed, actual: amount.text, column: c, terms: n, termRanges: parts.map((p) => p.range) },
      fixes: [
        {
          title: message(`Corriger le montant : ${fixed}`, `Correct the figure: ${fixed}`),
          range: amount.range,
          text: fixed,
          ...(certain ? { preferred: true } : {}),
        },
      ],
    });
  });
}
