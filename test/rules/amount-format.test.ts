import { describe, expect, it } from 'vitest';
import { amountFormat } from '../../engine/rules/amount-format';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp, imputation, REPORT, reportTable } from './inline/cp';

describe('amount-format', () => {
  it('finds on the real corpus only `163 342.80`, and its odd spacings are legitimate (`2 971 219, 36 €`, `70 ,74%`, `108  000  €`, `3000 €`)', () => {
    // 002 L235–236 space around the decimal comma (justified text), 001 L404 doubled spaces, L14194 no
    // separator, the count-then-amount rows of 2022-102 (`1 1 807 €`, L15629). The one malformed
    // figure, `163 342.80` (L28935, an action sheet of 2022-105, in annex prose), is written
    // `163 342,80€` by the same sheet at L29013.
    expect(onCorpus(amountFormat)).toEqual(['003:L28935 Montant mal écrit « 163 342.80 » : écrire « 163 342,80 ».']);
  });

  it('reports a doubled decimal comma in a table cell, on the figure, as information', () => {
    const text = cp({ articles: [ARTICLES[0], [...ARTICLES[1].slice(0, -1), '53 500,,00 16 500,00']] });
    const [d, ...rest] = check(amountFormat, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Montant mal écrit « 53 500,,00 » : écrire « 53 500,00 ».');
    expect(d.range).toEqual(rangeOf(text, '53 500,,00'));
    expect(d.code).toBe('amount-format');
    expect(d.severity).toBe(3);
    expect(d.data).toMatchObject({ expected: '53 500,00', actual: '53 500,,00' });
    expect(d.data?.fixes).toEqual([{ title: 'Écrire « 53 500,00 »', range: d.range, text: '53 500,00', preferred: true }]);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

/** An annex table of one amount per row (the intended figure being `120 000 €`), and its total line. */
const communes = (liévin: string, total = 'TOTAL 163 000 €') => [
  '',
  'ANNEXE 1 - Répartition des subventions',
  '',
  'Bénéficiaire Objet Subvention',
  'Commune d’Arras Réfection de la toiture 20 000 €',
  'Commune de Lens Mise aux normes 15 000 €',
  `Commune de Liévin Extension du gymnase ${liévin}`,
  'Commune de Béthune Éclairage du stade 8 000 €',
  '',
  total,
];
/** A per-type summary, `Nombre Subvention totale`: a count then an amount on each row (L10661–10666). */
const perType = (skate = '2 25 875 €') => [
  '',
  'ANNEXE 1 - Récapitulatif par type d’équipement',
  '',
  'Type d’équipements Nombre Subvention totale',
  `Skate parc ${skate}`,
  'City stade 4 15 063 €',
  'Terrain multisports 1 1 754 €',
  '',
  'TOTAL 7 42 692 €',
];

const withArticle1 = (amount: string) => [[`D’attribuer aux collèges une subvention d’un montant de ${amount}, selon les modalités du rapport.`], ARTICLES[1]];

ruleTester(amountFormat, {
  valid: [
    valid('a deliberation whose amounts are all well written', cp()),
    valid('doubled spaces and a glued € read unambiguously', cp({ articles: withArticle1('150  000€') })),
    valid('a space around the decimal comma, as justified text prints it', cp({ articles: withArticle1('150 000 , 00 €') })),
    valid('`1 65 000 €` may be a count then an amount, as linearised tables print it', cp({ articles: withArticle1('1 65 000 €') })),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
    valid('an annex of one amount per row, all well grouped', cp({ annexes: communes('120 000 €') })),
    valid('`2 25 875 €` in a column of counts then amounts (`1 1 754 €`): count 2, 25 875 €', cp({ annexes: perType() })),
    valid('`1 20 000 €` in a column of counts then amounts is count 1, 20 000 €', cp({ annexes: perType('1 20 000 €') })),
    valid(
      'a column that holds both odd and single rows settles nothing',
      cp({ annexes: [...communes('1 20 000 €', ''), 'Commune de Bruay Voirie 2 5 000 €'] }),
    ),
    valid('a label ending with its own number: `salle N° 7 2 623,14 €`', cp({ annexes: ['', 'ANNEXE 1 - Mobilier', '', 'Collège A tables pour la salle 4 035,62 €', 'Collège B chaises 8 000,00 €', 'Collège C tables pour la salle N° 7 2 623,14 €', 'Collège D casiers 5 000,00 €'] })),
    valid('counts in an indicator table are not amounts: `30 30 150 300`', cp({ annexes: ['', 'ANNEXE 1 - Indicateurs', '', 'Nombre de jeunes accompagnés 30 30 150 300', 'Nombre de référents 1 000 2 000', 'Nombre de parcours 4 000 5 000'] })),
  ],
  invalid: [
    invalid('a doubled decimal comma in the Dépense cell', cp({ articles: [ARTICLES[0], [...ARTICLES[1].slice(0, -1), '150 000,00 150 000,,00']] }), [
      { at: '150 000,,00', message: 'Montant mal écrit « 150 000,,00 » : écrire « 150 000,00 ».', data: { expected: '150 000,00' } },
    ]),
    invalid('a decimal point in an article', cp({ articles: withArticle1('150 000.00 €') }), [
      { at: '150 000.00 €', message: 'écrire « 150 000,00 € »', data: { expected: '150 000,00 €', actual: '150 000.00 €' } },
    ]),
    invalid('a space one digit off in the report’s table', cp({ report: { ...REPORT, table: reportTable('150 000,00', '15 0000,00', '150 000,00', '0,00') } }), [
      { at: '15 0000,00', message: 'écrire « 150 000,00 »' },
    ]),
    invalid('mixed separators, in English', cp({ articles: [ARTICLES[0], [...ARTICLES[1].slice(0, -imputation('', '').length), ...imputation('150 000,00', '1.500,000 €')]] }), [
      { at: '1.500,000 €', message: 'Malformed amount "1.500,000 €": write "1.500.000 €".' },
    ], { locale: 'en' }),
    invalid('`1 20 000 €` among single amounts, the total counting 120 000 €: fixed in its own format', cp({ annexes: communes('1 20 000 €') }), [
      {
        at: '1 20 000 €',
        message: 'Montant mal groupé « 1 20 000 € » : le total de la colonne le compte « 120 000 € » ; écrire « 120 000 € ».',
        data: { expected: '120 000 €', actual: '1 20 000 €' },
      },
    ]),
    invalid('`12 3456,00 €` among single amounts, in English', cp({ annexes: communes('12 3456,00 €', 'TOTAL 166 456,00 €').map((l) => l.replace(/ 000 €$/, ' 000,00 €')) }), [
      { at: '12 3456,00 €', message: 'Misgrouped amount "12 3456,00 €": the column\'s total counts it as "123 456,00 €"; write "123 456,00 €".', data: { expected: '123 456,00 €' } },
    ], { locale: 'en' }),
    invalid('`1 20 000 €` among single amounts with no total: reported, no figure certain', cp({ annexes: communes('1 20 000 €', '') }), [
      { at: '1 20 000 €', message: 'les autres lignes de la colonne portent un seul montant (« 120 000 € » ?)', data: { actual: '1 20 000 €', reading: '120 000 €' } },
    ]),
    invalid('a decimal point in the annex’s prose', cp({ annexes: ['', 'ANNEXE 2 - Fiche action', '', 'En 2021, le fonds a consacré 163 342.80 € aux actions de prévention.'] }), [
      { at: '163 342.80 €', message: 'écrire « 163 342,80 € »', data: { expected: '163 342,80 €' } },
    ]),
  ],
});

describe('amount-format: misgrouped figures', () => {
  it('offers no fix when the total does not count the figure', () => {
    const text = cp({ annexes: communes('1 20 000 €', 'TOTAL 999 000 €') });
    const [d, ...rest] = check(amountFormat, text);
    expect(rest).toEqual([]);
    expect(d.range).toEqual(rangeOf(text, '1 20 000 €'));
    expect(d.severity).toBe(3);
    expect(d.data).not.toHaveProperty('expected');
    expect(d.data).not.toHaveProperty('fixes');
  });
});
