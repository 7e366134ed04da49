import { describe, expect, it } from 'vitest';
import { budgetReportMatch } from '../../engine/rules/budget-report-match';
import { codeCore } from '../../engine/rules/lib/budget-rows';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp, imputation, reportTable } from './inline/cp';

describe('budget-report-match', () => {
  it('finds the two genuine inconsistencies of 2022-89, and nothing else in the corpus', () => {
    expect(onCorpus(budgetReportMatch)).toEqual([
      // L5818 (deliberation) `C02-515B03 6568/89351` vs L6429 (report N°31) `CO2-515B03 6568//9351`:
      // the report writes the letter O in `CO2-`, a typo (every code is `C0<digit>-`, §5) …
      '003:L6429 Code opération CO2-515B03 : la lettre O est écrite à la place du chiffre 0 (C02-515B03).',
      // … and the two imputations differ by a digit: function `89351` in the deliberation, `9351` in
      // the report (functions start with 9, §5: the deliberation's is the odd one). Same amounts:
      // CP 192 981,00 and Dépense = Proposition 10 955,00 (L5822, L6435).
      '003:L5818 Imputation 6568/89351 ≠ 6568/9351 dans le tableau du rapport N°31 (opération C02-515B03).',
    ]);
  });

  it('reports a Dépense that differs from the report’s Proposition, on the Dépense', () => {
    const text = cp({ articles: spending('53 500,00', '16 600,00', ['C03-288H01 657382/93288', 'Subventions aux associations']), report: { number: 26, table: reportTable('53 500,00', '22 000,00', '16 500,00', '5 500,00', ['C03-288H01 657382/93288', 'Subventions aux', 'associations']) } });
    const [d, ...rest] = check(budgetReportMatch, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Dépense 16 600,00 ≠ Proposition 16 500,00 du rapport N°26 pour C03-288H01 657382/93288.');
    expect(d.range).toEqual(rangeOf(text, '16 600,00'));
    expect(d.code).toBe('budget-report-match');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '16 500,00', actual: '16 600,00', column: 'Depense', side: 'deliberation' });
    const proposition = rangeOf(text, '22 000,00 |16 500,00');
    expect(d.data?.other).toEqual({ range: proposition, value: '16 500,00' });
    expect(d.relatedInformation?.map((r) => [r.location.range, r.message])).toEqual([[proposition, 'Proposition 16 500,00 du rapport N°26']]);
  });

  it('tolerates what the corpus writes: inner spaces, `//`, reversed imputations, a missing `C0d-` prefix (§10)', () => {
    // 000 L75 `C03-221J02` = 000 L203 `C03-221 J02`; L4552 `6574//93311` = L5080; L5195 `9341/7518` (2022-88).
    expect(check(budgetReportMatch, corpusText('000'))).toEqual([]);
    expect(check(budgetReportMatch, cp({ articles: spending('150 000,00', '150 000,00', ROW('221J02 91221//204311')) }))).toEqual([]);
    expect(codeCore('C03-221 J02')).toBe('221J02');
    expect(codeCore('CO3-221J02')).toBe('221J02');
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

/** Article 2 with its imputation table rewritten: CP, Dépense and the row's code and imputation. */
const spending = (credit: string, depense: string, row?: string[]) => [ARTICLES[0], [...ARTICLES[1].slice(0, 3), ...imputation(credit, depense, row)]];
const ROW = (code: string) => [code, 'Informatique subventions aux collèges'];

ruleTester(budgetReportMatch, {
  valid: [
    valid('the deliberation repeats its report’s line', cp()),
    valid('codes and imputations written as the corpus varies them: inner space, `//`, reversed', cp({ articles: spending('150 000,00', '150 000,00', ROW('C03-221 J02 91221//204311')) })),
    valid('a deliberation without a report', cp({ report: null })),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a Dépense that differs from the report’s Proposition', cp({ articles: spending('150 000,00', '140 000,00') }), [
      { at: '150 000,00 |140 000,00', message: 'Dépense 140 000,00 ≠ Proposition 150 000,00 du rapport N°53 pour C03-221J02 204311/91221.', data: { expected: '150 000,00', side: 'deliberation' } },
    ]),
    invalid('the report’s Proposition slipped, as its own balance shows, in English', cp({ articles: spending('150 000,00', '140 000,00'), report: { table: reportTable('150 000,00', '150 000,00', '150 000,00', '10 000,00') } }), [
      { at: '150 000,00 |150 000,00 10 000,00', message: "Proposition 150 000,00 ≠ Dépense 140 000,00 of the deliberation for C03-221J02 204311/91221 (the report's balance implies 140 000,00).", data: { side: 'report' } },
    ], { locale: 'en' }),
    invalid('a CP that differs', cp({ articles: spending('160 000,00', '150 000,00') }), [
      { at: '160 000,00', message: 'CP 160 000,00 ≠ CP 150 000,00 du rapport N°53 pour C03-221J02 204311/91221.' },
    ]),
    invalid('a code whose imputation differs by a digit', cp({ articles: spending('150 000,00', '150 000,00', ROW('C03-221J02 204311/9221')) }), [
      { at: '204311/9221', message: 'Imputation 204311/9221 ≠ 204311/91221 dans le tableau du rapport N°53 (opération C03-221J02).' },
    ]),
    invalid('a letter O for the zero of the code', cp({ articles: spending('150 000,00', '150 000,00', ROW('CO3-221J02 204311/91221')) }), [
      { at: 'CO3-221J02', message: 'Code opération CO3-221J02 : la lettre O est écrite à la place du chiffre 0 (C03-221J02).' },
    ]),
    invalid('a line whose code changed, paired by its imputation', cp({ articles: spending('150 000,00', '150 000,00', ROW('C03-221J07 204311/91221')) }), [
      { at: 'C03-221J07', message: 'Code opération C03-221J07 ≠ C03-221J02 dans le tableau du rapport N°53 (imputation 204311/91221).' },
    ]),
    invalid('lines present on one side only', cp({ articles: spending('150 000,00', '150 000,00', ROW('C03-221J03 204312/91221')) }), [
      { at: '204312/91221', message: 'La ligne C03-221J03 204312/91221 de la délibération est absente du tableau du rapport N°53.' },
      { at: '204311/91221', message: 'La ligne C03-221J02 204311/91221 du rapport N°53 est absente du tableau de la délibération.' },
    ]),
  ],
});
