/**
 * Hovers on a financing plan's figures, in every template: a total with the rows it sums, a share
 * with its amount over the plan's base, a row with its share of that base. The same derivations as
 * budget-total (facts/financing-plan.ts), so the hover explains what the rule checks.
 */
import { percentText, share, shareBase, sumOf, summedRows } from '../facts/financing-plan';
import type { Dossier, FinancingPlan, PlanRow } from '../model/types';
import { shown, written } from '../rules/lib/budget-cells';
import type { Locale } from '../rules/types';
import type { Position } from '../text/lines';
import type { Hover } from './lsp';
import { containsPosition, escapeMarkdown as md, pick } from './text-utils';

export function planHover(dossier: Dossier, position: Position, locale: Locale): Hover | undefined {
  for (const plan of dossier.financingPlans ?? []) {
    for (const [side, rows] of [['expenses', plan.expenses], ['resources', plan.resources]] as const) {
      for (const row of rows) {
        const onRate = row.rate && containsPosition(row.rate.range, position);
        if (!onRate && !containsPosition(row.amount.range, position)) continue;
        const range = onRate ? row.rate!.range : row.amount.range;
        return { contents: { kind: 'markdown', value: rowHover(plan, rows, row, side, locale) }, range };
      }
    }
  }
  return undefined;
}

function rowHover(plan: FinancingPlan, rows: readonly PlanRow[], row: PlanRow, side: 'expenses' | 'resources', locale: Locale): string {
  const head = `**${pick(locale, 'Plan de financement', 'Financing plan')}** · ${pick(locale, side === 'expenses' ? 'dépenses' : 'recettes', side)}`;
  const lines = [head, ''];
  if (row.total) {
    const terms = summedRows(rows, row);
    const sum = sumOf(terms);
    const holds = sum === row.amount.cents;
    lines.push(`${md(row.label || 'Total')} = ${terms.map((t) => shown(t.amount)).join(' + ')} = ${written(sum, row.amount)} ${holds ? '✓' : `≠ ${shown(row.amount)}`}`);
  }
  const base = side === 'resources' ? shareBase(plan) : undefined;
  if (base && row.amount.cents > 0) {
    const exact = percentText(share(row.amount.cents, base.cents), row.rate?.decimals ?? 1);
    const written = row.rate ? ` (${pick(locale, 'écrit', 'written')} ${row.rate.text} %)` : '';
    lines.push(`${md(row.label || pick(locale, 'Ligne', 'Row'))} : ${shown(row.amount)} / ${shown(base)} = ${exact} %${written}`);
  } else if (side === 'resources' && row.rate) {
    lines.push(pick(locale, `Part écrite : ${row.rate.text} % — aucun total du plan ne l’explique (coût éligible non écrit ?).`, `Share written: ${row.rate.text} % — no total of the plan explains it (an eligible cost not written?).`));
  }
  if (lines.length === 2) lines.push(pick(locale, `${md(row.label || 'Ligne')} : ${shown(row.amount)}`, `${md(row.label || 'Row')}: ${shown(row.amount)}`));
  return lines.join('\n');
}

