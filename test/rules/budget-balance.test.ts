import { describe, expect, it } from 'vitest';
import { budgetBalance } from '../../engine/rules/budget-balance';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

const lines = (text: string): string[] => text.split('\n');

describe('budget-balance', () => {
  it('finds nothing on the real corpus: T1 holds on the 26 report rows with a balance and the 14 annex sub-programme rows', () => {
    expect(onCorpus(budgetBalance)).toEqual([]);
  });

  it('reports a Solde that does not follow from its row, on the Solde, written in its style (001 L456)', () => {
    // 001 L456 `53 500,00 22 000,00 16 500,00 5 500,00` under `CP Disponible Proposition Solde` (L445).
    const text = edit(corpusText('001'), 456, '5 500,00', '5 400,00');
    const [d, ...rest] = check(budgetBalance, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Solde 5 400,00 ≠ Disponible 22 000,00 − Proposition 16 500,00 = 5 500,00.');
    expect(d.range).toEqual({ start: { line: 455, character: 30 }, end: { line: 455, character: 38 } });
    expect(d.code).toBe('budget-balance');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '5 500,00', actual: '5 400,00', column: 'Solde' });
    expect(d.data?.disponible).toEqual({ range: { start: { line: 455, character: 10 }, end: { line: 455, character: 19 } }, value: '22 000,00' });
    expect(d.relatedInformation?.map((r) => [r.location.range.start.character, r.message])).toEqual([
      [10, 'Disponible 22 000,00'],
      [20, 'Proposition 16 500,00'],
    ]);
  });

  it('reports a Proposition changed without its Solde, in English when asked', () => {
    const text = edit(corpusText('001'), 456, '16 500,00', '15 500,00');
    const [d] = check(budgetBalance, text, { locale: 'en' });
    expect(d.message).toBe('Solde 5 500,00 ≠ Disponible 22 000,00 − Proposition 15 500,00 = 6 500,00: the balance does not follow from the row.');
    expect(d.data).toMatchObject({ expected: '6 500,00', actual: '5 500,00' });
  });

  it('adds on a recette row (L8379 `0,00 0,00 0,00 431 250,00 431 250,00`, 2022-94)', () => {
    const text = edit(corpusText('003'), 8379, '431 250,00 431 250,00', '431 250,00 413 250,00');
    const found = check(budgetBalance, text);
    expect(found.map((d) => [d.range.start.line + 1, d.message])).toEqual([
      [8379, 'Solde 413 250,00 ≠ Disponible 0,00 + Proposition 431 250,00 = 431 250,00 (ligne de recette).'],
    ]);
  });

  it('checks the sub-programme blocks restated in the annexes (L4132, L18646 `- €`)', () => {
    // L4132 `65734/93311  208 000  208 000  85 500  122 500` under `BP 2022 DISPONIBLE PROPOSITION SOLDE`.
    let text = edit(corpusText('003'), 4132, '122 500', '122 600');
    let [d] = check(budgetBalance, text);
    expect([d.range.start.line + 1, d.message, d.data?.expected]).toEqual([
      4132,
      'Solde 122 600 ≠ Disponible 208 000 − Proposition 85 500 = 122 500.',
      '122 500',
    ]);
    // L18646 `6568/93312  776 000 €  776 000 €  776 000 €  - €`: a dash is a zero, the fix keeps the `€`.
    text = edit(corpusText('003'), 18646, '776 000 €                        - €', '775 000 €                        - €');
    [d] = check(budgetBalance, text);
    expect([d.range.start.line + 1, d.message, d.data?.expected]).toEqual([
      18646,
      'Solde - € ≠ Disponible 776 000 € − Proposition 775 000 € = 1 000 €.',
      '1 000 €',
    ]);
  });

  it('says nothing on a short row whose seating no relation settles (L8368, CP empty)', () => {
    // `1 000 000,00 825 000,00 750 000,00 75 100,00` in five columns: with the balance broken, the
    // 825 000,00 may be the CP or the Disponible — no anchor, no diagnostic.
    const text = edit(corpusText('003'), 8368, '75 000,00', '75 100,00');
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
