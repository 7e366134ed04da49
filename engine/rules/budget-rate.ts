/**
 * budget-rate (domain.md §7.1, diffusion de proximité): a row that applies a rate to a base gives
 * base × rate, rounded as the dossier states (`arrondi à la dizaine d’euros la plus proche`), and no
 * more than the cap it states (`2 500 € montant maximal`). Only annex rows the model holds as a rate
 * table are checked (model/rate-rows.ts: most of its rows give their amount by the rate).
 *
 * The amount, the base or the rate may be the wrong figure: the fix rewrites the amount, and is the
 * preferred one only when the rows' amounts then add up to the total the annex prints (the amount
 * slipped, not the base).
 *
 * A share printed in a row whose first figure totals the others (2022-90, the FSE rate: `43 091,22
 * 25 854,74 60,00% …`) is its term over that total, to the unit of its last written digit. When the
 * row adds up, its figures are confirmed and the share is what slipped: its fix is preferred.
 */
import { percentText, rateHolds, share } from '../facts/financing-plan';
import { productText, rateExpectation, type RateExpectation } from '../facts/rate';
import { rowSum } from '../model/row-sums';
import type { Annex, RateRow, RateTable, RowTotal } from '../model/types';
import type { Rule, RuleReport } from './types';
import { message } from './helpers';
import { shown, written } from './lib/budget-cells';

export const budgetRate: Rule = {
  id: 'budget-rate',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'Un montant calculé par un taux égale base × taux, arrondi comme le dossier l’annonce et limité à son plafond ; un taux écrit dans une ligne est son montant sur le total de la ligne.',
    'An amount computed by a rate equals base × rate, rounded as the dossier states and limited to its cap; a rate written in a row is its amount over the row’s total.',
  ),
  check({ dossier, report }) {
    for (const annex of dossier.annexes) {
      const table = annex.rates;
      if (!table) continue;
      for (const row of table.rows) {
        const expected = rateExpectation(row, table);
        if (!expected.holds) report(rateReport(annex, table, row, expected));
      }
    }
    for (const annex of dossier.annexes) {
      for (const table of annex.tables) for (const row of table.rowTotals ?? []) if (row.share && !shareHoldsIn(row)) report(shareReport(row));
    }
  },
};

/** The share is its term over the row's total, as a financing plan's share is (facts/financing-plan.ts). */
function shareHoldsIn(row: RowTotal): boolean {
  const { part, rate } = row.share!;
  return row.total.cents <= 0 || rateHolds(rate, row.parts[part].cents, row.total.cents);
}

function shareReport(row: RowTotal): RuleReport {
  const { part, rate } = row.share!;
  const term = row.parts[part];
  const computed = percentText(share(term.cents, row.total.cents), rate.decimals);
  const adds = rowSum(row) === row.total.cents;
  return {
    range: rate.range,
    message: message(
      `Taux ${rate.text} % ≠ ${shown(term)} / ${shown(row.total)} = ${computed} %, la part de ce montant dans le total de la ligne${adds ? ' (la ligne s’additionne : c’est le taux qu’il faut corriger)' : ''}.`,
      `Rate ${rate.text} % ≠ ${shown(term)} / ${shown(row.total)} = ${computed} %, this amount’s share of the row’s total${adds ? ' (the row adds up, so the rate is what needs correcting)' : ''}.`,
    ),
    related: [
      { range: term.range, message: message(`montant ${shown(term)}`, `amount ${shown(term)}`) },
      { range: row.total.range, message: message(`total de la ligne ${shown(row.total)}`, `row total ${shown(row.total)}`) },
    ],
    data: { expected: computed, actual: rate.text, share: true },
    fixes: [{ title: message(`Corriger le taux : ${computed} %`, `Correct the rate: ${computed} %`), range: rate.range, text: computed, ...(adds ? { preferred: true } : {}) }],
  };
}

function rateReport(annex: Annex, table: RateTable, row: RateRow, expected: RateExpectation): RuleReport {
  const amount = row.amount;
  const want = written(expected.cents, amount);
  const product = productText(row);
  const computation = `${row.rate.text} × ${shown(row.base)} = ${product}`;
  const text = expected.capped
    ? message(
        `Montant ${shown(amount)} ≠ ${want} : ${computation} dépasse le plafond de ${shown(table.cap!)}.`,
        `Amount ${shown(amount)} ≠ ${want}: ${computation} exceeds the cap of ${shown(table.cap!)}.`,
      )
    : table.rounding
      ? message(
          `Montant ${shown(amount)} ≠ ${computation}, ${table.rounding.text} : ${want}.`,
          `Amount ${shown(amount)} ≠ ${computation}, rounded as stated (“${table.rounding.text}”): ${want}.`,
        )
      : message(`Montant ${shown(amount)} ≠ ${computation}, soit ${want} à l’euro près.`, `Amount ${shown(amount)} ≠ ${computation}, ${want} to the euro.`);
  const related = [
    ...(table.rounding ? [{ range: table.rounding.range, message: message('règle d’arrondi', 'rounding rule') }] : []),
    ...(table.cap ? [{ range: table.cap.range, message: message('plafond', 'cap') }] : []),
  ];
  return {
    range: amount.range,
    message: text,
    related,
    data: { expected: want, actual: amount.text, base: row.base.text, rate: row.rate.text },
    fixes: [
      {
        title: message(`Corriger le montant : ${want}`, `Correct the amount: ${want}`),
        range: amount.range,
        text: want,
        ...(totalAddsUpWith(annex, table, row, expected.cents) ? { preferred: true } : {}),
      },
    ],
  };
}

/**
 * The rows' amounts, this one replaced by `cents`, add up to a total the annex prints, and do not as
 * written: the amount slipped, not its base or rate.
 */
function totalAddsUpWith(annex: Annex, table: RateTable, row: RateRow, cents: number): boolean {
  const sum = table.rows.reduce((a, r) => a + r.amount.cents, 0);
  const fixed = sum - row.amount.cents + cents;
  const printed = new Set(annex.tables.flatMap((t) => t.totals.flatMap((total) => total.amounts.map((a) => a.cents))));
  return printed.has(fixed) && !printed.has(sum);
}
