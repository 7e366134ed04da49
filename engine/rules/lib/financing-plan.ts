/**
 * The relations of a financing plan (model/financing-plans.ts): each total is the sum of the rows
 * above it, the resources cover the expenses, each share is its amount over the plan's total.
 * A share's base is the total that explains most shares of the plan (the expenses HT or TTC, the
 * resources): a share is reported only against a base that explains at least as many of the others.
 */
import type { Amount, FinancingPlan, PlanRow } from '../../model/types';
import { formatAmount } from '../../model/amounts';
import { message } from '../helpers';
import type { RuleReport } from '../types';
import { shown, written } from './budget-cells';

/** `HT`, `TTC`: a row that restates the expenses with or without the tax, not one more expense. */
const TAX_BASIS = /\b(?:HT|H\.T\.|TTC|T\.T\.C\.|hors\s+taxes?|toutes\s+taxes)\b/iu;

export function financingPlanReports(plan: FinancingPlan): RuleReport[] {
  const out: RuleReport[] = [];
  for (const rows of [plan.expenses, plan.resources]) out.push(...totalReports(rows));
  const expenses = totalsOf(plan.expenses);
  const resources = totalsOf(plan.resources);
  // A total that is itself wrong is reported above: the side balances if its rows do.
  const balanced = resources.some((r) => expenses.some((e) => e.cents === r.cents));
  if (resources.length > 0 && expenses.length > 0 && !balanced) out.push(balanceReport(resources[0], expenses[0]));
  out.push(...rateReports(plan, [...resources, ...expenses]));
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Each total against the rows above it in its side that are not totals. */
function totalReports(rows: readonly PlanRow[]): RuleReport[] {
  const out: RuleReport[] = [];
  let sum = 0;
  let terms: PlanRow[] = [];
  for (const row of rows) {
    if (!row.total) {
      sum += row.amount.cents;
      terms.push(row);
      continue;
    }
    // Totals are cumulative: `Total TTC` sums the rows above `Total HT` too (the TVA among them).
    if (terms.length > 0 && row.amount.cents !== sum) out.push(totalReport(row, sum, terms));
  }
  return out;
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
    related: (n === 1 ? [terms[0]] : [terms[0], terms[n - 1]]).map((t, i) => ({
      range: t.amount.range,
      message: n === 1 ? message('la ligne additionnée', 'the summed row') : i === 0 ? message(`première des ${n} lignes`, `first of the ${n} rows`) : message(`dernière des ${n} lignes`, `last of the ${n} rows`),
    })),
    data: { expected: fixed, actual: row.amount.text, plan: 'total', terms: n },
    fixes: [{ title: message(`Corriger le total : ${fixed}`, `Correct the total: ${fixed}`), range: row.amount.range, text: fixed }],
  };
}

/**
 * The figures a side totals to, the last written total first: its written totals and what their rows
 * add up to; with no total, the sum of its rows — unless a row restates the others with or without
 * the tax (`Montant TTC`), which no plain sum may add.
 */
function totalsOf(rows: readonly PlanRow[]): Amount[] {
  const out: Amount[] = [];
  let sum = 0;
  for (const row of rows) {
    if (!row.total) {
      sum += row.amount.cents;
      continue;
    }
    out.unshift(row.amount);
    if (sum !== row.amount.cents && sum > 0) out.push(asAmount(sum, row.amount));
  }
  if (out.length > 0) return out;
  if (rows.length < 2 || rows.some((r) => TAX_BASIS.test(r.label))) return [];
  return [asAmount(sum, rows[rows.length - 1].amount)];
}

/** A computed figure, shown in the style of the figure it stands beside. */
function asAmount(cents: number, beside: Amount): Amount {
  return { ...beside, cents, text: formatAmount(cents, beside.style) };
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

/** The share of `amount` in `base`, in hundredths of a percent (exact, not rounded). */
function share(amount: number, base: number): number {
  return (amount * 10000) / base;
}

function matches(row: PlanRow, base: number): boolean {
  const unit = 100 / 10 ** row.rate!.decimals;
  return Math.abs(share(row.amount.cents, base) - row.rate!.value) < unit;
}

function rateReports(plan: FinancingPlan, bases: readonly Amount[]): RuleReport[] {
  const rated = plan.resources.filter((r) => r.rate && r.amount.cents > 0);
  if (rated.length === 0 || bases.length === 0) return [];
  let best: { base: Amount; explained: number } | undefined;
  for (const base of bases) {
    if (base.cents <= 0) continue;
    const explained = rated.filter((r) => matches(r, base.cents)).length;
    if (!best || explained > best.explained) best = { base, explained };
  }
  // No base explains the shares: they are of a figure the plan does not write (an eligible cost).
  if (!best || best.explained === 0 || best.explained * 2 < rated.length) return [];
  const base = best.base;
  return rated.filter((r) => !matches(r, base.cents)).map((r) => rateReport(r, base));
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

/** Hundredths of a percent written with `decimals` decimals and a decimal comma (`44`, `12,5`). */
function percentText(hundredths: number, written: number): string {
  const decimals = Math.min(2, written);
  const scaled = Math.round(hundredths / 10 ** (2 - decimals));
  const whole = Math.trunc(scaled / 10 ** decimals);
  const fraction = decimals > 0 ? `,${String(scaled % 10 ** decimals).padStart(decimals, '0')}` : '';
  return `${whole}${fraction}`;
}
