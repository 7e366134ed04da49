import { describe, expect, it } from 'vitest';
import { budgetReportMatch } from '../../engine/rules/budget-report-match';
import { codeCore } from '../../engine/rules/lib/budget-rows';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

/** 001 without anything else: its deliberation row L82–87 and its report row L447–456 agree. */
const c001 = (): string => corpusText('001');

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

  it('reports a Dépense that differs from the report’s Proposition, on the Dépense (001 L87 / L456)', () => {
    const text = edit(c001(), 87, '16 500,00', '16 600,00');
    const [d, ...rest] = check(budgetReportMatch, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Dépense 16 600,00 ≠ Proposition 16 500,00 du rapport N°26 pour C03-288H01 657382/93288.');
    expect(d.range).toEqual({ start: { line: 86, character: 10 }, end: { line: 86, character: 19 } });
    expect(d.code).toBe('budget-report-match');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '16 500,00', actual: '16 600,00', column: 'Depense', side: 'deliberation' });
    expect(d.data?.other).toEqual({ range: { start: { line: 455, character: 20 }, end: { line: 455, character: 29 } }, value: '16 500,00' });
    expect(d.relatedInformation?.map((r) => [r.location.range.start.line, r.message])).toEqual([[455, 'Proposition 16 500,00 du rapport N°26']]);
  });

  it('reports the report’s Proposition instead when its own balance shows it slipped (001 L456)', () => {
    // 22 000,00 − 5 500,00 = 16 500,00 = the Dépense: the report's 16 600,00 is the odd figure.
    const text = edit(c001(), 456, '16 500,00', '16 600,00');
    const [d] = check(budgetReportMatch, text, { locale: 'en' });
    expect(d.range).toEqual({ start: { line: 455, character: 20 }, end: { line: 455, character: 29 } });
    expect(d.message).toBe("Proposition 16 600,00 ≠ Dépense 16 500,00 of the deliberation for C03-288H01 657382/93288 (the report's balance implies 16 500,00).");
    expect(d.data).toMatchObject({ expected: '16 500,00', side: 'report' });
  });

  it('reports a CP that differs (T5), on the deliberation’s CP', () => {
    const text = edit(c001(), 87, '53 500,00', '35 500,00');
    const [d] = check(budgetReportMatch, text);
    expect([d.range.start.character, d.message, d.data?.expected]).toEqual([
      0,
      'CP 35 500,00 ≠ CP 53 500,00 du rapport N°26 pour C03-288H01 657382/93288.',
      '53 500,00',
    ]);
  });

  it('reports lines present on one side only (T6)', () => {
    const text = edit(c001(), 447, 'C03-288H01 657382/93288', 'C03-288H02 657383/93288');
    expect(check(budgetReportMatch, text).map((d) => [d.range.start.line + 1, d.message])).toEqual([
      [82, 'La ligne C03-288H01 657382/93288 de la délibération est absente du tableau du rapport N°26.'],
      [447, 'La ligne C03-288H02 657383/93288 du rapport N°26 est absente du tableau de la délibération.'],
    ]);
  });

  it('pairs a line whose code changed, and names the two codes', () => {
    const text = edit(c001(), 447, 'C03-288H01', 'C03-288H07');
    const [d] = check(budgetReportMatch, text);
    expect([d.range.start.line + 1, d.message]).toEqual([82, 'Code opération C03-288H01 ≠ C03-288H07 dans le tableau du rapport N°26 (imputation 657382/93288).']);
  });

  it('tolerates what the corpus writes: inner spaces, `//`, reversed imputations, a missing `C0d-` prefix (§10)', () => {
    // 000 L75 `C03-221J02` = 000 L203 `C03-221 J02`; L4552 `6574//93311` = L5080; L5195 `9341/7518` (2022-88).
    expect(check(budgetReportMatch, corpusText('000'))).toEqual([]);
    expect(check(budgetReportMatch, edit(c001(), 447, 'C03-288H01 657382/93288', '288H01 93288//657382'))).toEqual([]);
    expect(codeCore('C03-221 J02')).toBe('221J02');
    expect(codeCore('CO3-221J02')).toBe('221J02');
  });
});
