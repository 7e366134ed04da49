import { describe, expect, it } from 'vitest';
import { budgetTotal } from '../../engine/rules/budget-total';
import { corpusText } from '../helpers';
import { check, onCorpus, replaceOnce } from './support';
import { ruleTester } from './rule-tester';
import { invalid, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp } from './inline/cp';

/** 003 without its genuine L21058 inconsistency, which every mutated copy still holds. */
const others = <T extends { range: { start: { line: number } } }>(found: T[]): T[] => found.filter((d) => d.range.start.line !== 21057);

describe('budget-total', () => {
  it('finds one genuine inconsistency in the corpus, and only it', () => {
    expect(onCorpus(budgetTotal)).toEqual([
      // 2022-105 L21054–21058: Sous total Part Etat 5 066 338 € + Sous total part Département 6 365 837 €
      // = 11 432 175 €, but TOTAL GENERAL prints 11 432 176 € (the other three columns add up:
      // 4 777 657 + 4 638 492 = 9 416 149; 4 071 230 + 3 823 061 = 7 894 291; 995 108 + 2 542 776 =
      // 3 537 884). The action rows add up to 11 432 176 because L20994 prints 1 050 712 for
      // 532 945 + 517 766 = 1 050 711: the total and its sub-totals disagree.
      '003:L21058 « TOTAL GENERAL » (2e colonne) 11 432 176 € ≠ 11 432 175 €, somme des 2 lignes qu’il totalise (écart 1 €) : corriger le total ou l’une de ces lignes.',
    ]);
  });

  it('points at the figure, the two sub-totals, and carries the fix (L21058)', () => {
    const [d] = check(budgetTotal, corpusText('003'));
    expect(d.range).toEqual({ start: { line: 21057, character: 26 }, end: { line: 21057, character: 38 } });
    expect(d.code).toBe('budget-total');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '11 432 175 €', actual: '11 432 176 €', column: 1, terms: 2 });
    // The total or one of its lines may be wrong: a suggestion, never applied unseen.
    expect(d.data?.fixes).toEqual([{ title: 'Corriger le total : 11 432 175 €', range: d.range, text: '11 432 175 €' }]);
    expect(d.relatedInformation?.map((r) => [r.location.range.start.line + 1, r.message])).toEqual([
      [21054, 'première des 2 lignes additionnées'],
      [21056, 'dernière des 2 lignes additionnées'],
    ]);
  });

  it('reports a slipped sub-total once: the general total above it counts what its rows add up to (L16235, L16253)', () => {
    const text = replaceOnce(corpusText('003'), "Total TERRITOIRE D'HENIN-CARVIN 21 996,46 €", "Total TERRITOIRE D'HENIN-CARVIN 21 906,46 €");
    const found = others(check(budgetTotal, text));
    expect(found.map((d) => [d.range.start.line + 1, d.data?.expected])).toEqual([[16235, '21 996,46 €']]);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

/** A deliberation followed by its annex of subsidies per collège, `total` closing it. */
const repartition = (total: string, rows = ['Collège Jean Macé BRUAY 12 000 € 2 000 €', 'Collège Paul Eluard LENS 8 500 € 1 500 €', 'Collège Jean Jaurès ARRAS 4 250 € 500 €']) =>
  cp({ annexes: ['', 'ANNEXE 1 - Répartition des subventions', '', 'Bénéficiaire Fonctionnement Investissement', ...rows, total], report: null });
/** Two sub-totals, then the general total over them. */
const parts = (general: string) =>
  cp({
    annexes: ['', 'ANNEXE 1 - Plan pauvreté', '', 'Action A 100 000 € 80 000 €', 'Action B 50 000 € 40 000 €', '', 'Sous total Part Etat 150 000 € 120 000 €', '', 'Action C 30 000 € 20 000 €', 'Action D 20 000 € 10 000 €', '', 'Sous total part Département 50 000 € 30 000 €', '', general],
    report: null,
  });
/** A table whose rows end with their own total (`Total par collège`, 2022-101). */
const perCollege = (last: string) =>
  cp({
    annexes: [
      '', 'ANNEXE 2 - Dotations par collège', '', 'Collège Forfait élève Forfait projet Forfait 2000 € Forfait 3000 € Total par collège',
      'Collège Adam de La Halle ACHICOURT 2 595 € 4 697 € 2 000 € 3 000 € 12 292 €',
      'Collège Jean Jaurès AIRE-SUR-LA-LYS 3 325 € 5 383 € 2 000 € 3 000 € 13 708 €',
      'Collège Jean Macé BRUAY 1 200 € 3 100 € 2 000 € 3 000 € 9 300 €',
      'Collège Paul Eluard LENS 2 000 € 1 000 € 2 000 € 3 000 € 8 000 €',
      'Collège Pasteur ARRAS 1 500 € 2 500 € 2 000 € 3 000 € 9 000 €',
      last,
    ],
    report: null,
  });

ruleTester(budgetTotal, {
  valid: [
    valid('a total that adds up its rows, column by column', repartition('TOTAL 24 750 € 4 000 €')),
    valid('a figure one slip away from nothing is no total of these rows', repartition('TOTAL 30 000 €', ['Collège Jean Macé BRUAY 12 000 €', 'Collège Paul Eluard LENS 8 500 €', 'Collège Jean Jaurès ARRAS 4 250 €'])),
    valid('a general total over two sub-totals', parts('TOTAL GENERAL 200 000 € 150 000 €')),
    valid('rows that hold their own total', perCollege('Collège Voltaire LIÉVIN 1 000 € 1 000 € 2 000 € 3 000 € 7 000 €')),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a total whose digits slipped', repartition('TOTAL 24 570 €', ['Collège Jean Macé BRUAY 12 000 €', 'Collège Paul Eluard LENS 8 500 €', 'Collège Jean Jaurès ARRAS 4 250 €']), [
      { at: '24 570 €', message: '« TOTAL » 24 570 € ≠ 24 750 €, somme des 3 lignes qu’il totalise (écart -180 €) : corriger le total ou l’une de ces lignes.', data: { expected: '24 750 €', terms: 3 } },
    ]),
    invalid('a row changed without the total’s second column, in English', repartition('TOTAL 24 750 € 4 100 €'), [
      { at: '4 100 €', message: '"TOTAL" (column 2) 4 100 € ≠ 4 000 €, the sum of the 3 lines it totals (difference 100 €)', data: { column: 1 } },
    ], { locale: 'en' }),
    invalid('a general total that is not the sum of its sub-totals', parts('TOTAL GENERAL 200 000 € 160 000 €'), [
      { at: '160 000 €', message: '« TOTAL GENERAL » (2e colonne) 160 000 € ≠ 150 000 €, somme des 2 lignes qu’il totalise', data: { expected: '150 000 €', terms: 2 } },
    ]),
    invalid('a row total that is not the sum of its row', perCollege('Collège Voltaire LIÉVIN 1 000 € 1 000 € 2 000 € 3 000 € 7 100 €'), [
      { at: '7 100 €', message: 'Total de la ligne 7 100 € ≠ 1 000 € + 1 000 € + 2 000 € + 3 000 € = 7 000 € : corriger le total ou l’un de ses 4 termes.' },
    ]),
  ],
});
