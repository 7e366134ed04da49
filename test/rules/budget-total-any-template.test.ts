/**
 * budget-total on what every template writes, line by line and flattened: the credits a council
 * opens before its budget, within the quarter of last year's (CGCT L1612-1,
 * rules/lib/quarter-credits.ts), and the totals a sentence writes (rules/lib/prose-totals.ts).
 */
import { describe, expect, it } from 'vitest';
import { budgetTotal } from '../../engine/rules/budget-total';
import { diagnosticsOf, ruleTester } from './rule-tester';
import { bothForms, rangeOf } from './inline/cases';
import { extrait, type Family } from './inline/extraits';

/** A commune's extrait opening investment credits before its budget, its table given. */
const openingExtrait = (table: string) => `COMMUNE DE SAINT-MARTIN-DES-PRÉS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du lundi 16 janvier 2023
Délibération n° 2023-001 : Ouverture anticipée des crédits d’investissement 2023
Considérant que le budget primitif 2023 ne sera pas voté avant le mois de mars ;
Le Maire propose d’engager, de liquider et de mandater les dépenses d’investissement dans la limite du quart des crédits ouverts au budget de l’exercice 2022, non compris les crédits afférents au remboursement de la dette, selon la répartition suivante :
${table}
Le Conseil municipal, après en avoir délibéré, à l’unanimité, AUTORISE le Maire à engager ces dépenses.
Fait et délibéré les jour, mois et an susdits.`;

const THREE_COLUMNS = `Chapitre | Libellé | BP 2022 | 25 % | Montant autorisé
20 | Immobilisations incorporelles | 40 000,00 € | 10 000,00 € | 8 000,00 €
21 | Immobilisations corporelles | 400 000,00 € | 100 000,00 € | 90 000,00 €
23 | Immobilisations en cours | 210 000,00 € | 52 500,00 € | 50 000,00 €
TOTAL | | 650 000,00 € | 162 500,00 € | 148 000,00 €`;

/** The natures and one figure each, last year's credits stated before them, the total printed bare. */
const NATURES = `Crédits ouverts au budget primitif 2022 hors chapitre 16 : 1 812 300,40 €.
Nature Libellé Ouverture 2023
2051 Concessions et droits similaires 6 500 €
21571 Matériel roulant de voirie 64 000 €
2313 Constructions 215 000 € 285 500 €`;

const cases = bothForms([
  { name: 'chapters with their credits, quarter and amount opened, each within its quarter', code: openingExtrait(THREE_COLUMNS) },
  { name: 'natures and a total printed bare, within a quarter of the credits stated', code: openingExtrait(NATURES) },
  { name: 'chapters listed in a sentence with their total', code: openingExtrait('chapitre 20 : 5 000 € ; chapitre 21 : 80 000 € ; chapitre 23 : 100 000 €, soit un total de 185 000 €.') },
  {
    name: 'a row’s quarter that is not a quarter of its credits',
    code: openingExtrait(THREE_COLUMNS.replace('52 500,00 €', '55 200,00 €').replace('162 500,00 €', '165 200,00 €')),
    errors: [
      {
        at: '|55 200,00 €',
        message: '« 23 Immobilisations en cours » : 55 200,00 € n’est pas le quart des crédits de la ligne, 210 000,00 € / 4 = 52 500,00 €.',
        data: { quarter: 'row', expected: '52 500,00 €', fixes: [{ text: '52 500,00 €', preferred: true }] },
      },
    ],
  },
  {
    name: 'a column’s total that is not the sum of its rows',
    code: openingExtrait(THREE_COLUMNS.replace('| 148 000,00 €', '| 184 000,00 €')),
    errors: [
      {
        at: '|184 000,00 €',
        message: 'Total des crédits ouverts dans la limite du quart (montant ouvert) 184 000,00 € ≠ 148 000,00 €, somme des 3 lignes qu’il totalise (écart 36 000,00 €)',
        data: { quarter: 'total', column: 'authorised', expected: '148 000,00 €' },
      },
    ],
  },
  {
    name: 'a row opening more than the quarter the table writes for it',
    code: openingExtrait(THREE_COLUMNS.replace('| 8 000,00 €', '| 12 000,00 €').replace('| 148 000,00 €', '| 152 000,00 €')),
    errors: [
      {
        at: '|12 000,00 €',
        message: '« 20 Immobilisations incorporelles » : 12 000,00 € ouverts dépassent le quart que le tableau écrit pour cette ligne, 10 000,00 € (CGCT L1612-1).',
        data: { quarter: 'row-limit' },
      },
    ],
  },
  {
    name: 'credits opened beyond a quarter of last year’s',
    code: openingExtrait(NATURES.replace('1 812 300,40 €', '1 012 300,40 €')),
    errors: [
      {
        at: '215 000 € |285 500 €',
        message:
          'Les crédits ouverts, 285 500 €, dépassent le quart des crédits de l’exercice précédent (1 012 300,40 € / 4 = 253 075,10 €) : l’article L1612-1 du CGCT ne permet d’ouvrir avant le budget que ce quart, hors remboursement de la dette.',
        data: { quarter: 'limit' },
      },
    ],
  },
  {
    name: 'the repayment of a loan among the credits opened',
    code: openingExtrait(NATURES.replace('2313 Constructions', '1641 Emprunts en euros')),
    errors: [
      {
        at: '1641 Emprunts en euros |215 000 €',
        message: '« 1641 Emprunts en euros » : le remboursement de la dette (chapitre 16) n’entre pas dans le quart des crédits ouverts avant le budget',
        data: { quarter: 'debt', code: '1641' },
      },
    ],
  },
  {
    name: 'the quarter stated that is not a quarter of the credits stated',
    code: openingExtrait(`Les crédits votés au budget primitif 2022 s’élèvent à 600 000 €, soit le quart des crédits : 160 000 €.
chapitre 21 : 100 000 € ;
chapitre 23 : 40 000 € ;
total : 140 000 €.`),
    errors: [
      {
        at: 'quart des crédits : |160 000 €',
        message: 'Le quart écrit, 160 000 €, n’est pas le quart des crédits de l’exercice précédent : 600 000 € / 4 = 150 000 €.',
        data: { quarter: 'stated', expected: '150 000 €', fixes: [{ text: '150 000 €', preferred: true }] },
      },
    ],
  },
  {
    name: 'a total in a sentence that is not the sum',
    code: openingExtrait('chapitre 20 : 5 000 € ; chapitre 21 : 80 000 € ; chapitre 23 : 100 000 €, soit un total de 158 000 €.'),
    errors: [{ at: 'soit un total de |158 000 €', data: { quarter: 'total', expected: '185 000 €', fixes: [{ text: '185 000 €' }] } }],
  },
]);

ruleTester(budgetTotal, cases);

describe('budget-total: credits opened within the quarter', () => {
  it('says it in English, and offers no fix for a legal limit', () => {
    const text = openingExtrait(NATURES.replace('1 812 300,40 €', '1 012 300,40 €'));
    const [d, ...rest] = diagnosticsOf(budgetTotal, text, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.message).toBe(
      'The credits opened, 285 500 €, exceed a quarter of last year’s credits (1 012 300,40 € / 4 = 253 075,10 €): article L1612-1 of the CGCT allows only that quarter to be opened before the budget, debt repayment excluded.',
    );
    expect(d.range).toEqual(rangeOf(text, '215 000 € |285 500 €'));
    expect(d.relatedInformation?.map((r) => r.location.range)).toEqual([rangeOf(text, '16 : |1 012 300,40 €')]);
    expect(d.data?.fixes ?? []).toEqual([]);
  });

  it('leaves alone the article quoted without a table', () => {
    expect(diagnosticsOf(budgetTotal, openingExtrait('').replace('selon la répartition suivante :', 'dans l’attente du vote du budget.'))).toEqual([]);
  });
});

// ── Totals written in a sentence, in every template (rules/lib/prose-totals.ts) ──────────────────

/** A commune's extrait awarding subsidies, its article given. */
const subsidiesExtrait = (article: string) => `COMMUNE DE SAINT-MARTIN-DES-PRÉS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du lundi 16 janvier 2023
Délibération n° 2023-003 : Subventions aux associations et prise de participation
Le Conseil municipal, après en avoir délibéré, à l’unanimité,
${article}
Fait et délibéré les jour, mois et an susdits.`;

const LIST = 'ATTRIBUE les subventions suivantes : 5 000 € au comité des fêtes, 3 000 € au club de football et 2 000 € à l’harmonie municipale, soit un total de 10 000 €.';
const PRODUCT = 'AUTORISE l’acquisition d’actions de la SPL pour une valeur de 20 € par action, soit un achat de 150 actions pour un montant total de 3.000 €.';

const prose = bothForms([
  { name: 'a list of subsidies and its total', code: subsidiesExtrait(LIST) },
  { name: 'a unit price times a count', code: subsidiesExtrait(PRODUCT) },
  { name: 'a total far from its list’s sum (amounts that are not all terms): not judged', code: subsidiesExtrait(LIST.replace('10 000 €', '25 000 €')) },
  {
    name: 'a total one digit away from its list’s sum',
    code: subsidiesExtrait(LIST.replace('10 000 €', '11 000 €')),
    errors: [
      {
        at: 'soit un total de |11 000 €',
        message: '11 000 € ≠ 10 000 €, somme des 3 montants que la phrase totalise (5 000 € + 3 000 € + 2 000 €) : corriger le total ou l’un de ces montants.',
        data: { prose: 'sum', expected: '10 000 €', fixes: [{ text: '10 000 €' }] },
      },
    ],
  },
  {
    name: 'a count that does not give the total at the unit price',
    code: subsidiesExtrait(PRODUCT.replace('150 actions', '160 actions')),
    errors: [
      {
        at: 'pour un montant total de |3.000 €',
        message: '3.000 € ≠ 160 × 20 € = 3.200 €, le prix unitaire par le nombre que la phrase écrit : corriger le total, le prix ou le nombre.',
        data: { prose: 'product', expected: '3.200 €' },
      },
    ],
  },
]);

ruleTester(budgetTotal, prose);

describe('budget-total: totals written in a sentence', () => {
  it('points at the price and the count, and never prefers its fix', () => {
    const text = subsidiesExtrait(PRODUCT.replace('20 €', '22 €'));
    const [d, ...rest] = diagnosticsOf(budgetTotal, text, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.message).toBe('3.000 € ≠ 150 × 22 € = 3.300 €, the unit price times the count the sentence writes: correct the total, the price or the count.');
    expect(d.relatedInformation?.map((r) => r.location.range)).toEqual([rangeOf(text, 'valeur de |22 €'), rangeOf(text, 'achat de |150')]);
    expect(d.data?.fixes).toEqual([{ title: 'Correct the total: 3.300 €', range: rangeOf(text, 'total de |3.000 €'), text: '3.300 €' }]);
  });
});

// ── Every family's extrait, line by line and flattened ────────────────────────────────────────────

const FAMILIES: Family[] = ['commune', 'epci', 'syndicat', 'departement', 'region'];
/** The extrait of `family` whose act is `act`. */
const withAct = (family: Family, act: string) => extrait({ family }).replace('Article 1 : APPROUVE les tarifs de la salle des fêtes, soit 250 € la journée.', act);
const OPENING = `Article 1 : AUTORISE l’exécutif à engager, liquider et mandater les dépenses d’investissement dans la limite du quart des crédits ouverts au budget de l’exercice 2022, non compris les crédits afférents au remboursement de la dette, selon la répartition suivante :
${NATURES}`;

ruleTester(
  budgetTotal,
  bothForms(
    FAMILIES.flatMap((family) => [
      { name: `${family}: credits opened within the quarter, a list of subsidies and its total`, code: withAct(family, `${OPENING}\nArticle 2 : ${LIST}`) },
      {
        name: `${family}: credits opened beyond the quarter, a total one digit off its list`,
        code: withAct(family, `${OPENING.replace('1 812 300,40 €', '1 012 300,40 €')}\nArticle 2 : ${LIST.replace('10 000 €', '11 000 €')}`),
        errors: [
          { at: '215 000 € |285 500 €', data: { quarter: 'limit' } },
          { at: 'soit un total de |11 000 €', data: { prose: 'sum', expected: '10 000 €' } },
        ],
      },
    ]),
  ),
);
