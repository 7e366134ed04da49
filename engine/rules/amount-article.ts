/**
 * amount-article (domain.md §6.2 T7, §7.2): the amounts an article states agree with the tables.
 *
 * - The amount an article announces (`pour un montant total de 85 500 €`, `d’un montant de 16 500 €`)
 *   — or the sum of those of several articles — equals Σ Dépense of the deliberation's imputation table.
 * - An amount split into parts adds up: `4 155 euros soit 1 155 euros … et 3 000 euros` (L5784–5785),
 *   `6 999 947,56 € … comme suit : - 3 522 000,00 € … ; - …` (L8461–8470).
 * - A count of items (`15 projets`, L4536) equals the rows of the annex table whose total is the
 *   article's amount (`TOTAL GENERAL … 14 570 €`, L4923–4926, 15 rows).
 *
 * Not totals, hence never compared: maxima (`montant maximal de 150 000 €`), thresholds (`plus de
 * 23 000,00 €`), rounded figures, unit rates (`1 200 € par collège`, `7 € / élève`), amounts in
 * parentheses (other funders). When the Dépense disagrees with the report's Proposition and the
 * article agrees with the report, the Dépense slipped: budget-report-match reports it, not this rule.
 */
import type { CountMention, Dossier, TableRow, TotalLine } from '../model/types';
import type { Rule, RuleReport } from './types';
import { message } from './helpers';
import { count as withCount } from '../text/plural';
import { announcedAmount, type Announced } from './lib/announced-amounts';
import { cellOf, sameRange, shown, written } from './lib/budget-cells';
import { deliberationRows, ownReportsWithTables, pairRows } from './lib/budget-rows';
import { totalTables, type PlacedTable } from './lib/total-tables';

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Σ of a contiguous run of the Dépense rows equals `cents`. */
function isRunOf(cents: number, depenses: readonly number[]): boolean {
  for (let i = 0; i < depenses.length; i++) {
    let s = 0;
    for (let j = i; j < depenses.length; j++) {
      s += depenses[j];
      if (s === cents) return true;
      if (s > cents) break;
    }
  }
  return false;
}

/** The deliberation's Dépense rows; none when one of them is seated by a guess (its sum would be too). */
function depenseRows(dossier: Dossier): TableRow[] {
  const rows = deliberationRows(dossier).filter((row) => row.direction === 'depense' && row.amounts?.length);
  if (rows.some((row) => row.guessed)) return [];
  return rows.filter((row) => cellOf(row, 'Depense'));
}

/** Σ of the report's Propositions for the deliberation's Dépense rows, when every one of them is found. */
function reportWitness(dossier: Dossier, rows: readonly TableRow[]): number | undefined {
  for (const report of ownReportsWithTables(dossier)) {
    const { pairs } = pairRows(rows, report.tables.flatMap((t) => t.rows));
    if (pairs.length !== rows.length) continue;
    let total = 0;
    for (const pair of pairs) {
      const proposition = cellOf(pair.report, 'Proposition');
      // Even on a guessed row: a witness can only keep this rule silent.
      if (!proposition) return undefined;
      total += proposition.amount.cents;
    }
    return total;
  }
  return undefined;
}

/** Nouns that name one item a row: beside a count that is the rows', their count must be too. */
const ROW_NOUNS = /^(?:subventions?|projets?|dossiers?|aides?|bourses?|propositions?|demandes?|op[ée]rations?|actions?)$/iu;
/** The feminine ones: `12 subventions annoncées`. */
const FEMININE_NOUNS = /^(?:subventions?|op[ée]rations?|actions?|structures?|associations?|communes?|propositions?|demandes?|aides?|participations?|conventions?|bourses?|manifestations?)$/iu;
const ITEM_NOUNS = /^(?:subventions?|projets?|dossiers?|b[ée]n[ée]ficiaires?|op[ée]rations?|actions?|structures?|associations?|communes?|propositions?|demandes?|aides?|participations?|conventions?|bourses?|manifestations?|[ée]quipements?|spectacles?)$/iu;

export const amountArticle: Rule = {
  id: 'amount-article',
  severity: 'error',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Les montants et les nombres annoncés par les articles doivent correspondre aux tableaux (Σ Dépense, parties d’un montant, lignes de l’annexe).',
    'Amounts and counts stated in the articles must match the tables (Σ Dépense, parts of an amount, annex rows).',
  ),
  check({ dossier, report }) {
    const announced = dossier.deliberation.articles.map(announcedAmount).filter((a): a is Announced => !!a);
    let partsFailed = false;
    for (const item of announced) {
      if (!item.parts) continue;
      const total = sum(item.parts.map((p) => p.amount.cents));
      if (total === item.main.amount.cents) continue;
      partsFailed = true;
      report(partsReport(item, total));
    }
    if (!partsFailed) checkDepense(dossier, announced, report);
    for (const item of announced) checkCount(dossier, item, report);
  },
};

function partsReport(item: Announced, total: number): RuleReport {
  const parts = item.parts!;
  const main = item.main.amount;
  const expected = written(total, main);
  const terms = parts.map((p) => shown(p.amount)).join(' + ');
  return {
    range: main.range,
    message: message(
      `Montant ${shown(main)} ≠ ${terms} = ${expected} : le montant ou l’une de ses ${parts.length} parties est à corriger.`,
      `Amount ${shown(main)} ≠ ${terms} = ${expected}: the amount or one of its ${parts.length} parts must be corrected.`,
    ),
    related: parts.map((p, i) => ({ range: p.amount.range, message: message(`partie ${i + 1} : ${shown(p.amount)}`, `part ${i + 1}: ${shown(p.amount)}`) })),
    data: { expected, actual: main.text, parts: parts.map((p) => ({ range: p.amount.range, value: p.amount.text })) },
    fixes: [{ title: message(`Corriger le montant : ${expected}`, `Correct the amount: ${expected}`), range: main.range, text: expected }],
  };
}

function checkDepense(dossier: Dossier, announced: readonly Announced[], report: (r: RuleReport) => void): void {
  const rows = depenseRows(dossier);
  if (!rows.length || !announced.length) return;
  const depenses = rows.map((row) => cellOf(row, 'Depense')!.amount.cents);
  const total = sum(depenses);
  const stated = sum(announced.map((a) => a.main.amount.cents));
  if (stated === total) return;
  // The report sides with the articles: the Dépense is the odd one (budget-report-match).
  if (reportWitness(dossier, rows) === stated) return;
  const uncorroborated = announced.filter((a) => !isRunOf(a.main.amount.cents, depenses) && !a.parts);
  if (uncorroborated.length !== 1 && announced.length !== 1) return;
  const culprit = announced.length === 1 ? announced[0] : uncorroborated[0];
  const others = sum(announced.filter((a) => a !== culprit).map((a) => a.main.amount.cents));
  const expectedCents = total - others;
  if (expectedCents <= 0) return;
  const main = culprit.main.amount;
  const expected = written(expectedCents, main);
  const depenseCells = rows.map((row) => cellOf(row, 'Depense')!.amount);
  const sumText = depenseCells.length === 1 ? `Dépense ${shown(depenseCells[0])}` : `Σ Dépense ${depenseCells.map(shown).join(' + ')}`;
  const articleName = culprit.article.number === 'unique' ? 'unique' : String(culprit.article.number);
  const n = announced.length - 1;
  const othersText =
    n === 0
      ? { fr: '', en: '' }
      : n === 1
        ? { fr: ' (moins l’autre article)', en: ' (less the other article)' }
        : { fr: ` (moins les ${n} autres articles)`, en: ` (less the ${n} other articles)` };
  report({
    range: main.range,
    message: message(
      `Article ${articleName} : ${shown(main)} ≠ ${sumText}${othersText.fr} = ${expected} du tableau d’imputation.`,
      `Article ${articleName}: ${shown(main)} ≠ ${sumText}${othersText.en} = ${expected} in the imputation table.`,
    ),
    related: depenseCells.map((cell) => ({ range: cell.range, message: message(`Dépense ${shown(cell)}`, `Dépense ${shown(cell)}`) })),
    data: { expected, actual: main.text, depense: depenseCells.map((cell) => ({ range: cell.range, value: cell.text })) },
    fixes: [{ title: message(`Corriger le montant de l’article : ${expected}`, `Correct the article's amount: ${expected}`), range: main.range, text: expected }],
  });
}

function checkCount(dossier: Dossier, item: Announced, report: (r: RuleReport) => void): void {
  const counts = item.article.counts.filter((c) => ITEM_NOUNS.test(c.noun));
  if (!counts.length) return;
  const found = annexTotalOf(dossier, item.main.amount.cents);
  const rows = found?.total.terms?.length ?? 0;
  if (!found || rows < 2) return;
  // `aux 6 bénéficiaires …, les 6 subventions` (L9784): when one count is the rows', another that
  // names one item a row is wrong, and so is one of those a row goes to (bénéficiaires, communes)
  // that outnumbers the rows — fewer may share them; counts that all differ may each count something else.
  const wrong =
    counts.length === 1 ? counts : counts.some((c) => c.count === rows) ? counts.filter((c) => ROW_NOUNS.test(c.noun) || c.count > rows) : [];
  for (const count of wrong) if (count.count !== rows) report(countReport(count, found.total, found.where));
}

/** The one confirmed total equal to `cents` (of an annex's table or an article's) whose terms are rows, not other totals. */
function annexTotalOf(dossier: Dossier, cents: number): { total: TotalLine; where: PlacedTable['where'] } | undefined {
  const found: { total: TotalLine; where: PlacedTable['where'] }[] = [];
  for (const { table, where } of totalTables(dossier)) {
    for (const total of table.totals) {
      if (!total.confirmed || total.kind === 'sous-total' || total.amounts.length !== 1 || total.amounts[0].cents !== cents) continue;
      const fromTotals = total.terms?.some((term) => table.totals.some((other) => other !== total && sameRange(other.range, term)));
      if (!fromTotals) found.push({ total, where });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

function countReport(count: CountMention, total: TotalLine, where: PlacedTable['where']): RuleReport {
  const rows = total.terms!.length;
  const table = where === 'article' ? { fr: 'le tableau de l’article', en: 'the article’s table' } : { fr: 'le tableau de l’annexe', en: 'the annex table' };
  return {
    range: count.countRange ?? count.range,
    message: message(
      `${count.count} ${count.noun} ${FEMININE_NOUNS.test(count.noun) ? 'annoncées' : 'annoncés'}, mais ${table.fr} totalisé par « ${total.label} » compte ${withCount(rows, 'fr', 'ligne')}.`,
      `${count.count} ${count.noun} stated, but ${table.en} totalled by "${total.label}" has ${withCount(rows, 'en', 'row')}.`,
    ),
    related: [{ range: total.range, message: message(`« ${total.label} » : ${withCount(rows, 'fr', 'ligne')}`, `"${total.label}": ${withCount(rows, 'en', 'row')}`) }],
    data: { expected: String(rows), actual: String(count.count) },
    fixes: count.countRange ? [{ title: message(`Corriger le nombre : ${rows}`, `Correct the count: ${rows}`), range: count.countRange, text: String(rows) }] : undefined,
  };
}
