import { describe, expect, it } from 'vitest';
import { budgetChain } from '../../engine/rules/budget-chain';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp, cpFile, imputation, reportTable, type CpParts } from './inline/cp';

// 2022-86's report (L4459) leaves 122 500,00 on `C03-311Q01 65734/93311`, and 2022-87's (L5090) starts
// from it; 2022-104's (L20854) leaves 100 500,00 on `C03-311Q01 6574/93311`, 2022-87's (L5084) starts
// from it (docs/domain.md §6.2 T8).

describe('budget-chain', () => {
  it('finds nothing on the real corpus: both chains of 003 hold', () => {
    expect(onCorpus(budgetChain)).toEqual([]);
  });

  it('reports a Disponible that no other report of the meeting leaves, the Solde it should start from as related', () => {
    const text = cpFile(first, second('122 600,00', '117 860,00'));
    const [d, ...rest] = check(budgetChain, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe(
      'Disponible 122 600,00 : la même ligne C03-311Q01 65734/93311 est imputée par 2 rapports de la séance, et le rapport N°28 (délibération 2022-86) laisse un solde de 122 500,00 — le disponible devrait être 122 500,00.',
    );
    expect(d.range).toEqual(rangeOf(text, '122 600,00'));
    expect(d.code).toBe('budget-chain');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '122 500,00', actual: '122 600,00' });
    expect(d.relatedInformation?.map((r) => [r.location.range, r.message])).toEqual([[rangeOf(text, '85 500,00 |122 500,00'), 'Solde 122 500,00 du rapport N°28 (délibération 2022-86)']]);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const LINE = ['C03-311Q01 65734/93311', 'Saison culturelle départementale'];

/** A dossier spending `proposition` of the 208 000,00 credit on LINE, from `disponible`. */
function drawing(number: string, report: number, disponible: string, proposition: string, solde: string, title: string): CpParts {
  return {
    number,
    title: [title],
    articles: [ARTICLES[0], [...ARTICLES[1].slice(0, 3), ...imputation('208 000,00', proposition, LINE)]],
    report: { number: report, title: [title], table: reportTable('208 000,00', disponible, proposition, solde, LINE) },
  };
}
const first = drawing('N°2022-86', 28, '208 000,00', '85 500,00', '122 500,00', 'SAISON CULTURELLE - AGRÉMENTS');
const second = (disponible: string, solde: string, date?: string) => ({
  ...drawing('N°2022-87', 29, disponible, '4 740,00', solde, 'DIFFUSION DE PROXIMITÉ'),
  ...(date ? { date, signature: date.toLowerCase(), report: { number: 29, date, title: ['DIFFUSION DE PROXIMITÉ'], table: reportTable('208 000,00', disponible, '4 740,00', solde, LINE) } } : {}),
});

ruleTester(budgetChain, {
  valid: [
    valid('the second report starts from what the first leaves', cpFile(first, second('122 500,00', '117 760,00'))),
    valid('the same chain, the later number first in the file', cpFile(second('122 500,00', '117 760,00'), first)),
    valid('two meetings each start from the whole credit', cpFile(first, second('208 000,00', '203 260,00', '17 OCTOBRE 2022'))),
    valid('a row of the chain that does not balance is budget-balance’s finding', cpFile(first, second('122 600,00', '117 760,00'))),
    valid('one dossier alone', cp(first)),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a Disponible that no other report of the meeting leaves', cpFile(first, second('122 600,00', '117 860,00')), [
      {
        at: '122 600,00',
        message: 'Disponible 122 600,00 : la même ligne C03-311Q01 65734/93311 est imputée par 2 rapports de la séance, et le rapport N°28 (délibération 2022-86) laisse un solde de 122 500,00 — le disponible devrait être 122 500,00.',
        data: { expected: '122 500,00', actual: '122 600,00' },
      },
    ]),
    invalid('two reports that both start from the whole credit, the later one flagged, in English', cpFile(first, second('208 000,00', '203 260,00')), [
      { at: '208 000,00 |208 000,00 4 740,00', message: 'the same line C03-311Q01 65734/93311 is charged by 2 reports of the meeting', data: { expected: '122 500,00' } },
    ], { locale: 'en' }),
    invalid(
      'the third of three reports on one line, starting from a balance no one leaves',
      cpFile(first, second('122 500,00', '117 760,00'), drawing('N°2022-88', 30, '117 700,00', '1 000,00', '116 700,00', 'ÉDUCATION ARTISTIQUE')),
      [{ at: '117 700,00', message: 'imputée par 3 rapports de la séance, et le rapport N°29 (délibération 2022-87) laisse un solde de 117 760,00', data: { expected: '117 760,00' } }],
    ),
  ],
});
