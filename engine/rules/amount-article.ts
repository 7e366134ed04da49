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
import type { Amount, Article, CountMention, Dossier, TableRow, TotalLine } from '../model/types';
import { collapseSpaces } from '../text/normalize';
import type { Rule, RuleReport } from './types';
import { message } from './helpers';
import { cellOf, sameRange, shown, written } from './budget-balance';
import { deliberationRows, ownReportsWithTables, pairRows } from './budget-report-match';

/** Words that make the figure after them something other than a total. */
const NOT_A_TOTAL_BEFORE =
  /(?:maxim|plafon|plus\sde|moins\sde|au\splus|au\smoins|jusqu|port[ée]e?s?\sà|limite|au[- ]del[àa]|sup[ée]rieur|inf[ée]rieur|arrondi|minim|environ|pr[èe]s\sde|hauteur|forfait|base\sde|reste|solde|d[ée]j[àa]|pr[ée]c[ée]dent|initial)/iu;
/** A unit rate after the figure: `par collège`, `/ élève`, `pour chaque bilan`, `chacun`. */
const UNIT_AFTER = /^\s?(?:HT|TTC|H\.T\.|T\.T\.C\.)?\s?(?:par\s|\/|pour\schaque|chacun|chacune|l['’]unit|mensuel|annuel|de\sl['’]heure)/iu;
/** What announces an amount of the decision. */
const ANNOUNCE = /(?:montant|total|global|somme|participation|subvention|cr[ée]dits?|dotation|aide|enveloppe|s['’][ée]l[èe]ve|affect|attribu|autorisation)/iu;

interface Located {
  amount: Amount;
  /** Offsets of the figure in the article's body. */
  start: number;
  end: number;
}

/** Each amount of the article with its place in the body; amounts not found there are dropped. */
function locate(article: Article): Located[] {
  const out: Located[] = [];
  let cursor = 0;
  for (const amount of article.amounts) {
    const text = collapseSpaces(amount.text);
    const at = article.body.indexOf(text, cursor);
    if (at < 0) continue;
    out.push({ amount, start: at, end: at + text.length });
    cursor = at + text.length;
  }
  return out;
}

function sentenceBefore(body: string, at: number, span: number): string {
  const before = body.slice(Math.max(0, at - span), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
  return stop >= 0 ? before.slice(stop + 2) : before;
}

function inParentheses(body: string, at: number): boolean {
  const before = body.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

function isTotalCandidate(body: string, item: Located): boolean {
  if (inParentheses(body, item.start)) return false;
  if (UNIT_AFTER.test(body.slice(item.end, item.end + 24))) return false;
  if (NOT_A_TOTAL_BEFORE.test(sentenceBefore(body, item.start, 40))) return false;
  return true;
}

interface Announced {
  article: Article;
  main: Located;
  /** The parts the main amount is split into (`soit … et …`, `comme suit : - … ; - …`), when the article lists them. */
  parts?: Located[];
}

/** The amount the article announces, and its parts when it lists them. */
export function announcedAmount(article: Article): Announced | undefined {
  const items = locate(article);
  const body = article.body;
  const index = items.findIndex((item) => isTotalCandidate(body, item) && ANNOUNCE.test(sentenceBefore(body, item.start, 120)));
  if (index < 0) return undefined;
  const main = items[index];
  const rest = items.slice(index + 1).filter((item) => !inParentheses(body, item.start) && !UNIT_AFTER.test(body.slice(item.end, item.end + 24)));
  if (rest.length < 2) return { article, main };
  const lead = body.slice(main.end, rest[0].start);
  if (!/\bsoit\s*$/iu.test(lead) && !/comme\ssuit\s?:\s?[-–]?\s?$/iu.test(lead)) return { article, main };
  let previous = rest[0];
  for (const item of rest.slice(1)) {
    const between = body.slice(previous.end, item.start);
    // Each part is introduced like the others: after `;`, `,`, `et`, or a dash.
    if (!/(?:[;,]|\bet|[-–])\s?[-–]?\s?$/iu.test(between)) return { article, main };
    previous = item;
  }
  return { article, main, parts: rest };
}

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
  });
}

function checkCount(dossier: Dossier, item: Announced, report: (r: RuleReport) => void): void {
  const counts = item.article.counts.filter((c) => ITEM_NOUNS.test(c.noun));
  if (counts.length !== 1) return;
  const [count] = counts;
  const total = annexTotalOf(dossier, item.main.amount.cents);
  if (!total?.terms || total.terms.length < 2 || total.terms.length === count.count) return;
  report(countReport(count, total));
}

/** The one confirmed annex total equal to `cents` whose terms are rows, not other totals. */
function annexTotalOf(dossier: Dossier, cents: number): TotalLine | undefined {
  const found: TotalLine[] = [];
  for (const annex of dossier.annexes) {
    for (const table of annex.tables) {
      for (const total of table.totals) {
        if (!total.confirmed || total.kind === 'sous-total' || total.amounts.length !== 1 || total.amounts[0].cents !== cents) continue;
        const fromTotals = total.terms?.some((term) => table.totals.some((other) => other !== total && sameRange(other.range, term)));
        if (!fromTotals) found.push(total);
      }
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

function countReport(count: CountMention, total: TotalLine): RuleReport {
  const rows = total.terms!.length;
  return {
    range: count.countRange ?? count.range,
    message: message(
      `${count.count} ${count.noun} annoncés, mais le tableau de l’annexe totalisé par « ${total.label} » compte ${rows} lignes.`,
      `${count.count} ${count.noun} stated, but the annex table totalled by "${total.label}" has ${rows} rows.`,
    ),
    related: [{ range: total.range, message: message(`« ${total.label} » : ${rows} lignes`, `"${total.label}": ${rows} rows`) }],
    data: { expected: String(rows), actual: String(count.count) },
  };
}
