import { describe, expect, it } from 'vitest';
import { budgetChain } from '../../engine/rules/budget-chain';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

// 2022-86's report (L4459) leaves 122 500,00 on `C03-311Q01 65734/93311`, and 2022-87's (L5090) starts
// from it; 2022-104's (L20854) leaves 100 500,00 on `C03-311Q01 6574/93311`, 2022-87's (L5084) starts
// from it (docs/domain.md §6.2 T8).
const ROW_87 = '208 000,00 122 500,00 4 740,00 117 760,00';

describe('budget-chain', () => {
  it('finds nothing on the real corpus: both chains of 003 hold', () => {
    expect(onCorpus(budgetChain)).toEqual([]);
  });

  it('reports a Disponible that no other report of the meeting leaves (2022-87 L5090)', () => {
    const text = edit(corpusText('003'), 5090, ROW_87, '208 000,00 122 600,00 4 740,00 117 860,00');
    const [d, ...rest] = check(budgetChain, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe(
      'Disponible 122 600,00 : la même ligne C03-311Q01 65734/93311 est imputée par 2 rapports de la séance, et le rapport N°28 (délibération 2022-86) laisse un solde de 122 500,00 — le disponible devrait être 122 500,00.',
    );
    expect(d.range).toEqual({ start: { line: 5089, character: 11 }, end: { line: 5089, character: 21 } });
    expect(d.code).toBe('budget-chain');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '122 500,00', actual: '122 600,00' });
    expect(d.relatedInformation?.map((r) => [r.location.range.start.line + 1, r.message])).toEqual([
      [4459, 'Solde 122 500,00 du rapport N°28 (délibération 2022-86)'],
    ]);
  });

  it('reports two reports that both start from the whole credit, on the later one, in English when asked', () => {
    // 2022-87 drafted as if 2022-86 had not used 85 500,00 of the 208 000,00.
    const text = edit(corpusText('003'), 5090, ROW_87, '208 000,00 208 000,00 4 740,00 203 260,00');
    const [d] = check(budgetChain, text, { locale: 'en' });
    expect([d.range.start.line + 1, d.data?.expected]).toEqual([5090, '122 500,00']);
    expect(d.message).toContain('the same line C03-311Q01 65734/93311 is charged by 2 reports of the meeting');
  });

  it('stays silent when a row of the chain does not balance: that is budget-balance’s finding', () => {
    const text = edit(corpusText('003'), 5090, ROW_87, '208 000,00 122 600,00 4 740,00 117 760,00');
    expect(check(budgetChain, text)).toEqual([]);
  });
});
