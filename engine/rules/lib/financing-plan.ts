/**
 * The relations of a financing plan (model/financing-plans.ts): each total is the sum of the rows
 * above it, the resources cover the expenses, each share is its amount over the plan's total.
 * A share's base is the total that explains most shares of the plan (the expenses HT or TTC, the
 * resources): a share is reported only against a base that explains at least as many of the others.
 */
import { percentText, ratedRows, share, shareBase, shareHolds, sideTotals, sumOf, summedRows } from '../../facts/financing-plan';
import type { Amount, FinancingPlan, PlanRow } from '../../model/types';
import { message } from '../helpers';
import type { RuleReport } from '../types';
import { shown, summedLines, written } from './budget-cells';

export function financingPlanReports(plan: FinancingPlan): RuleReport[] {
  const out: RuleReport[] = [];
  for (const rows of [plan.expenses, plan.resources]) out.push(...totalReports(rows));
  const expenses = sideTotals(plan.expenses);
  const resources = sideTotals(plan.resources);
  // A total that is itself wrong is reported above: the side balances if its rows do.
  const balanced = resources.some((r) => expenses.some((e) => e.cents === r.cents));
  if (resources.length > 0 && expenses.length > 0 && !balanced) out.push(balanceReport(resources[0], expenses[0]));
  const base = shareBase(plan);
  if (base) out.push(...ratedRows(plan).filter((r) => !shareHolds(r, base.cents)).map((r) => rateReport(r, base)));
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Each total against the rows above it in its side that are not totals. */
function totalReports(rows: readonly PlanRow[]): RuleReport[] {
  return rows.flatMap((row) => {
    if (!row.total) return [];
    const terms = summedRows(rows, row);
    const sum = sumOf(terms);
    return terms.length > 0 && row.amount.cents !== sum ? [totalReport(row, sum, terms)] : [];
  });
}

function totalReport(row: PlanRow, sum: number, terms: readonly PlanRow[]): RuleReport {
  const fixed = written(sum, row.amount);
  const n = terms.length;
  const label = row.label || 'Total';
  return {
    range: row.amount.range,
    message: message(
      `« ${label} » ${shown(row.amount)} ≠ ${fixed}, somme des ${n} lignes du plan de financement qu’il totalise : corriger le total ou l’une de ces lignes.`,
      `"${label}" ${shown(row.amount)} ≠ ${fixed}, the sum of the ${n} financing-plan rows it totals: correct the total or one of these rows.`,
    ),
    related: summedLines(terms.map((t) => t.amount.range)),
    data: { expected: fixed, actual: row.amount.text, plan: 'total', terms: n },
    fixes: [{ title: message(`Corriger le total : ${fixed}`, `Correct the total: ${fixed}`), range: row.amount.range, text: fixed }],
  };
}

function balanceReport(resources: Amount, expenses: Amount): RuleReport {
  return {
    range: resources.range,
    message: message(
      `Plan de financement déséquilibré : recettes ${shown(resources)} ≠ dépenses ${shown(expenses)} (écart ${written(resources.cents - expenses.cents, resources)}).`,
      `Unbalanced financing plan: resources ${shown(resources)} ≠ expenses ${shown(expenses)} (difference ${written(resources.cents - expenses.cents, resources)}).`,
    ),
    related: [{ range: expenses.range, message: message(`dépenses ${shown(expenses)}`, `expenses ${shown(expenses)}`) }],
    data: { plan: 'balance', resources: resources.text, expenses: expenses.text },
  };
}

function rateReport(row: PlanRow, base: Amount): RuleReport {
  const rate = row.rate!;
  const exact = share(row.amount.cents, base.cents);
  const computed = percentText(exact, rate.decimals);
  const amountCents = Math.round((rate.value * base.cents) / 10000);
  const amount = written(amountCents, row.amount);
  const label = row.label || 'Ligne';
  return {
    range: rate.range,
    message: message(
      `« ${label} » : ${rate.text} % ≠ ${shown(row.amount)} / ${shown(base)} = ${computed} % du total : corriger le taux ou le montant.`,
      `"${label}": ${rate.text} % ≠ ${shown(row.amount)} / ${shown(base)} = ${computed} % of the total: correct the rate or the amount.`,
    ),
    related: [
      { range: row.amount.range, message: message(`montant ${shown(row.amount)}`, `amount ${shown(row.amount)}`) },
      { range: base.range, message: message(`total ${shown(base)}`, `total ${shown(base)}`) },
    ],
    data: { plan: 'rate', expected: computed, actual: rate.text, amount: amount },
    // Either the share or the amount may be wrong: two suggestions, neither applied unseen.
    fixes: [
      { title: message(`Corriger le taux : ${computed} %`, `Correct the rate: ${computed} %`), range: rate.range, text: computed },
      { title: message(`Corriger plutôt le montant : ${amount}`, `Correct the amount instead: ${amount}`), range: row.amount.range, text: amount },
    ],
  };
}
