import { describe, expect, it } from 'vitest';
import { amountArticle } from '../../engine/rules/amount-article';
import { corpusText } from '../helpers';
import { check, onCorpus, replaceOnce } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp, imputation, reportTable } from './inline/cp';

const at = (found: { range: { start: { line: number } }; message: string }[]): [number, string][] =>
  found.map((d) => [d.range.start.line + 1, d.message]);

describe('amount-article', () => {
  it('finds nothing on the real corpus: the 18 announced amounts agree with their tables (§7.2)', () => {
    // e.g. 001 L64 16 500 € = L87; L4535 14 570 € = 9 830,00 + 4 740,00; 2022-89 4 000 + 4 155 + 2 800 =
    // 10 955,00 (L5822); 2022-104 2 594 980 € + 2 396 000 € = the ten Dépense rows (L18480–18520).
    expect(onCorpus(amountArticle)).toEqual([]);
  });

  it('reports an article amount that is not Σ Dépense, on the amount', () => {
    const text = announcing(['D’attribuer à l’atelier CANOPÉ d’Arras une subvention d’un montant de 16 600 €.'], '16 500,00', '16 500,00', '183 500,00');
    const [d, ...rest] = check(amountArticle, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Article 1 : 16 600 € ≠ Dépense 16 500,00 = 16 500 € du tableau d’imputation.');
    expect(d.range).toEqual(rangeOf(text, '16 600 €'));
    expect(d.code).toBe('amount-article');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '16 500 €', actual: '16 600 €' });
    expect(d.relatedInformation?.map((r) => [r.location.range, r.message])).toEqual([[rangeOf(text, '\n200 000,00 |16 500,00'), 'Dépense 16 500,00']]);
  });

  it('tells which of several articles slipped: the one no row run or part list vouches for (2022-104, 2022-89)', () => {
    // 2022-104: art. 2 (2 396 000 €) = rows 4–10, so art. 1 must be 2 594 980 €.
    let text = replaceOnce(corpusText('003'), 'pour un montant total de\n2 594 980 €', 'pour un montant total de\n2 595 980 €');
    expect(at(check(amountArticle, text))).toEqual([
      [18451, 'Article 1 : 2 595 980 € ≠ Σ Dépense 1 268 980,00 + 776 000,00 + 550 000,00 + 1 417 000,00 + 390 000,00 + 238 000,00 + 48 000,00 + 125 500,00 + 50 500,00 + 127 000,00 (moins l’autre article) = 2 594 980 € du tableau d’imputation.'],
    ]);
    // 2022-89: art. 2 and 3 add up their parts, so art. 1 (L5777) must be 10 955 − 4 155 − 2 800.
    text = replaceOnce(corpusText('003'), 'LYS,  une\nparticipation financière d’un montant 4 000 euros', 'LYS,  une\nparticipation financière d’un montant 4 100 euros');
    const [d] = check(amountArticle, text, { locale: 'en' });
    expect([d.range.start.line + 1, d.message, d.data?.expected]).toEqual([
      5777,
      'Article 1: 4 100 euros ≠ Dépense 10 955,00 (less the 2 other articles) = 4 000 euros in the imputation table.',
      '4 000 euros',
    ]);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

/** Article 1 announcing `words`, article 2 charging `depense` (CP 200 000,00); the report agrees with the table. */
const announcing = (words: string[], depense = '150 000,00', proposition = depense, solde = '50 000,00') =>
  cp({
    articles: [words, [...ARTICLES[1].slice(0, 3), ...imputation('200 000,00', depense)]],
    report: { table: reportTable('200 000,00', '200 000,00', proposition, solde) },
  });
const PARTS = (total: string) => [
  `D’attribuer au collège Jean Macé de BRUAY une participation d’un montant total de ${total}`,
  'soit 100 000 euros pour l’équipement numérique et 50 000 euros pour la restauration scolaire,',
  'dans les conditions exposées au rapport.',
];
/** An annex of `rows` subsidies, totalled by « TOTAL GENERAL » 14 570 €. */
const projects = (count: number, noun = 'projets') =>
  cp({
    articles: [
      [`D’attribuer les subventions, pour un montant total de 14 570 €, aux bénéficiaires pour les ${count} ${noun}`, 'retenus, selon les montants repris en annexe.'],
      [...ARTICLES[1].slice(0, 3), ...imputation('200 000,00', '14 570,00')],
    ],
    annexes: ['', 'ANNEXE - Diffusion de proximité', '', 'Bénéficiaire Montant', 'Association Libertrio 4 800 €', 'Compagnie du Tilleul 3 970 €', 'Théâtre de l’Ordinaire 5 800 €', '', 'TOTAL GENERAL DIFFUSION DE PROXIMITE 14 570 €'],
    report: null,
  });

/** Article 1 lists its 3 subsidies in a table of its own, totalled by ` TOTAL 14 570 €` (2022-96 art. 1, L9784–9828). */
const inArticle = (beneficiaries: number, subsidies: number) =>
  cp({
    articles: [
      [
        `D’attribuer, aux ${beneficiaries} bénéficiaires repris au tableau ci-dessous, les ${subsidies} subventions d’un`,
        'montant total de 14 570 €, au titre des équipements sportifs :',
        'Maitre d’Ouvrage Equipements Nature du projet Montant des travaux Subvention accordée',
        'CABBALR Piscine de Béthune Rénovation 48 000 € 4 800 €',
        'Commune de LAVENTIE Salle de sports Rénovation 39 700 € 3 970 €',
        'Commune de ARDRES Salle de sports Rénovation 58 000 € 5 800 €',
        ' TOTAL 14 570 €',
      ],
      [...ARTICLES[1].slice(0, 3), ...imputation('200 000,00', '14 570,00')],
    ],
    report: null,
  });

ruleTester(amountArticle, {
  valid: [
    valid('an article amount equal to the Dépense', cp()),
    valid('a maximum is no total: `montant maximal de 180 000 €`', announcing(['D’attribuer aux collèges la subvention forfaitaire (1 200 € par collège), pour un montant maximal de 180 000 €.'])),
    valid('an amount split into parts that add up', announcing(PARTS('150 000 euros'))),
    valid('a count equal to the annex rows', projects(3)),
    valid('counts equal to the rows of the article’s own table', inArticle(3, 3)),
    valid('fewer beneficiaries than rows: a beneficiary may receive two subsidies', inArticle(2, 3)),
    valid('a Dépense that slipped while the report sides with the article: budget-report-match’s finding', announcing(['D’attribuer aux collèges une subvention d’un montant de 150 000 €.'], '140 000,00', '150 000,00')),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('an article amount that is not the Dépense', announcing(['D’attribuer aux collèges une subvention d’un montant de 160 000 €.']), [
      { at: '160 000 €', message: 'Article 1 : 160 000 € ≠ Dépense 150 000,00 = 150 000 € du tableau d’imputation.', data: { expected: '150 000 €', actual: '160 000 €' } },
    ]),
    invalid('parts that do not add up, in English', announcing(PARTS('160 000 euros')), [
      { at: '160 000 euros', message: 'Amount 160 000 euros ≠ 100 000 euros + 50 000 euros = 150 000 euros: the amount or one of its 2 parts must be corrected.' },
    ], { locale: 'en' }),
    invalid('a count that is not the annex rows', projects(4), [
      { at: 'les |4 projets', message: '4 projets annoncés, mais le tableau de l’annexe totalisé par « TOTAL GENERAL DIFFUSION DE PROXIMITE » compte 3 lignes.', data: { expected: '3', actual: '4' } },
    ]),
    invalid('a count of subsidies that is not the rows of the article’s table, beside the beneficiaries’ that is', inArticle(3, 4), [
      { at: 'les |4 subventions', message: '4 subventions annoncées, mais le tableau de l’article totalisé par « TOTAL » compte 3 lignes.', data: { expected: '3', actual: '4' } },
    ]),
    invalid('more beneficiaries than rows beside a count of subsidies that is the rows’: each beneficiary has a row', inArticle(4, 3), [
      { at: 'aux |4 bénéficiaires', message: '4 bénéficiaires annoncés, mais le tableau de l’article totalisé par « TOTAL » compte 3 lignes.', data: { expected: '3', actual: '4' } },
    ]),
    invalid('a count of a feminine noun, its participle agreeing', projects(4, 'actions'), [{ at: 'les |4 actions', message: '4 actions annoncées, mais' }]),
  ],
});
