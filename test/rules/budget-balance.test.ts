import { describe, expect, it } from 'vitest';
import { budgetBalance } from '../../engine/rules/budget-balance';
import { corpusText } from '../helpers';
import { check, onCorpus, replaceOnce } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp, imputation, reportTable } from './inline/cp';
import { pipeTable, subProgramme, withRecette } from './inline/budget';

const lines = (text: string): string[] => text.split('\n');

describe('budget-balance', () => {
  it('finds nothing on the real corpus: T1 holds on the 26 report rows with a balance and the 14 annex sub-programme rows', () => {
    expect(onCorpus(budgetBalance)).toEqual([]);
  });

  it('reports a Solde that does not follow from its row, on the Solde, written in its style', () => {
    const text = cp({ articles: [ARTICLES[0], [...ARTICLES[1].slice(0, 3), ...imputation('53 500,00', '16 500,00')]], report: { table: reportTable('53 500,00', '22 000,00', '16 500,00', '5 400,00') } });
    const [d, ...rest] = check(budgetBalance, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Solde 5 400,00 ≠ Disponible 22 000,00 − Proposition 16 500,00 = 5 500,00.');
    expect(d.range).toEqual(rangeOf(text, '5 400,00'));
    expect(d.code).toBe('budget-balance');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '5 500,00', actual: '5 400,00', column: 'Solde' });
    expect(d.data?.disponible).toEqual({ range: rangeOf(text, '22 000,00'), value: '22 000,00' });
    expect(d.data?.fixes).toEqual([{ title: 'Corriger le solde : 5 500,00', range: d.range, text: '5 500,00', preferred: true }]);
    expect(d.relatedInformation?.map((r) => [r.location.range.start.character, r.message])).toEqual([
      [10, 'Disponible 22 000,00'],
      [20, 'Proposition 16 500,00'],
    ]);
  });

  it('offers the Proposition back, neither fix preferred, when the deliberation’s Dépense is the Proposition the Solde implies', () => {
    const text = cp({ articles: [ARTICLES[0], [...ARTICLES[1].slice(0, 3), ...imputation('53 500,00', '16 500,00')]], report: { table: reportTable('53 500,00', '22 000,00', '16 600,00', '5 500,00') } });
    const [d, ...rest] = check(budgetBalance, text);
    expect(rest).toEqual([]);
    expect(d.range).toEqual(rangeOf(text, '5 500,00'));
    expect(d.data?.fixes).toEqual([
      { title: 'Corriger le solde : 5 400,00', range: d.range, text: '5 400,00' },
      { title: 'Corriger plutôt la proposition : 16 500,00 (la Dépense de la délibération)', range: rangeOf(text, '16 600,00'), text: '16 500,00' },
    ]);
  });

  it('says nothing on a short row whose seating no relation settles (L8368, CP empty)', () => {
    // `1 000 000,00 825 000,00 750 000,00 75 100,00` in five columns: with the balance broken, the
    // 825 000,00 may be the CP or the Disponible — no anchor, no diagnostic.
    const text = replaceOnce(corpusText('003'), '1 000 000,00 825 000,00 750 000,00 75 000,00', '1 000 000,00 825 000,00 750 000,00 75 100,00');
    expect(check(budgetBalance, text).filter((d) => d.range.start.line === 8367)).toEqual([]);
  });

  it('reads a table typed by a drafter, with pipes or aligned columns', () => {
    const report = [
      ' DEPARTEMENT DU PAS-DE-CALAIS',
      '',
      'DELIBERATION DE LA COMMISSION PERMANENTE',
      '',
      'REUNION DU 21 MARS 2022',
      '',
      'Article 1 :',
      'Imputation :',
      '| Code Opération | Imputation | Libellé | CP | Disponible | Proposition | Solde |',
      '|---|---|---|---|---|---|---|',
      '| C03-311Q01 | 6574/93311 | Saisons | 226 000,00 | 226 000,00 | 125 500,00 | 100 000,00 |',
      '',
      'Dans les conditions de vote ci-dessous :',
    ];
    const [d] = check(budgetBalance, report.join('\n'));
    expect(d.message).toBe('Solde 100 000,00 ≠ Disponible 226 000,00 − Proposition 125 500,00 = 100 500,00.');
    expect(lines(report.join('\n'))[d.range.start.line].slice(d.range.start.character, d.range.end.character)).toBe('100 000,00');
  });

  it('never throws on garbage', () => {
    const garbage = ['SOUS PROGRAMME', 'BP 2022 DISPONIBLE PROPOSITION SOLDE', '65734/93311 ' + '1 '.repeat(5_000), 'Code Opération Imputation Libellé CP Disponible Proposition Solde', '1/2 - - -'];
    expect(() => check(budgetBalance, garbage.join('\n'))).not.toThrow();
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

ruleTester(budgetBalance, {
  valid: [
    valid('a report row whose Solde is Disponible − Proposition', cp({ report: { table: reportTable('200 000,00', '180 000,00', '150 000,00', '30 000,00') } })),
    valid('a recette row adds: Disponible + Proposition', cp({ report: { table: withRecette('0,00', '0,00', '12 500,00', '12 500,00') } })),
    valid('an annex sub-programme block that balances, a dash for zero', cp({ annexes: subProgramme('150 000 €', '150 000 €', '150 000 €', '- €') })),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a Solde that does not follow from its row', cp({ report: { table: reportTable('200 000,00', '180 000,00', '150 000,00', '20 000,00') } }), [
      { at: '150 000,00 |20 000,00', message: 'Solde 20 000,00 ≠ Disponible 180 000,00 − Proposition 150 000,00 = 30 000,00.', data: { expected: '30 000,00', actual: '20 000,00', column: 'Solde' } },
    ]),
    invalid('a recette row that subtracts, in English', cp({ report: { table: withRecette('0,00', '0,00', '12 500,00', '12 000,00') } }), [
      { at: '12 500,00 |12 000,00', message: 'Solde 12 000,00 ≠ Disponible 0,00 + Proposition 12 500,00 = 12 500,00 (income row): the balance does not follow from the row.' },
    ], { locale: 'en' }),
    invalid('an annex sub-programme block, written without decimals', cp({ annexes: subProgramme('200 000', '180 000', '150 000', '40 000') }), [
      { at: '|40 000', message: 'Solde 40 000 ≠ Disponible 180 000 − Proposition 150 000 = 30 000.', data: { expected: '30 000' } },
    ]),
    invalid('a pipe table typed by a drafter', cp({ report: { table: pipeTable('226 000,00', '226 000,00', '125 500,00', '100 000,00') } }), [
      { at: '|100 000,00 |', message: 'Solde 100 000,00 ≠ Disponible 226 000,00 − Proposition 125 500,00 = 100 500,00.' },
    ]),
  ],
});
