import { describe, expect, it } from 'vitest';
import { amountFormat } from '../../engine/rules/amount-format';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp, imputation, REPORT, reportTable } from './inline/cp';

describe('amount-format', () => {
  it('finds nothing on the real corpus: its odd spacings are legitimate (`2 971 219, 36 €`, `70 ,74%`, `108  000  €`, `3000 €`)', () => {
    // 002 L235–236 space around the decimal comma (justified text), 001 L404 doubled spaces, L14194 no
    // separator. The one malformed figure of the corpus, `163 342.80` (L28935, an action sheet of
    // 2022-105), sits in annex prose that no table reads.
    expect(onCorpus(amountFormat)).toEqual([]);
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
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const withArticle1 = (amount: string) => [[`D’attribuer aux collèges une subvention d’un montant de ${amount}, selon les modalités du rapport.`], ARTICLES[1]];

ruleTester(amountFormat, {
  valid: [
    valid('a deliberation whose amounts are all well written', cp()),
    valid('doubled spaces and a glued € read unambiguously', cp({ articles: withArticle1('150  000€') })),
    valid('a space around the decimal comma, as justified text prints it', cp({ articles: withArticle1('150 000 , 00 €') })),
    valid('`1 65 000 €` may be a count then an amount, as linearised tables print it', cp({ articles: withArticle1('1 65 000 €') })),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
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
  ],
});
