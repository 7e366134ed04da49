import { describe, expect, it } from 'vitest';
import { budgetTotal } from '../../engine/rules/budget-total';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

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
    expect(d.relatedInformation?.map((r) => [r.location.range.start.line + 1, r.message])).toEqual([
      [21054, 'ligne additionnée 1/2'],
      [21056, 'ligne additionnée 2/2'],
    ]);
  });

  it('reports a total whose digit slipped, against the rows above it (2022-97 L10622, 12 rows)', () => {
    // L10598–10620: 12 rows whose `Proposition DSPO` add up to 562 692 €.
    const text = edit(corpusText('003'), 10622, '562 692 €', '562 602 €');
    const [d, ...rest] = others(check(budgetTotal, text));
    expect(rest).toEqual([]);
    expect(d.message).toBe('« TOTAL » 562 602 € ≠ 562 692 €, somme des 12 lignes qu’il totalise (écart -90 €) : corriger le total ou l’une de ces lignes.');
    expect(d.range).toEqual({ start: { line: 10621, character: 9 }, end: { line: 10621, character: 18 } });
    expect(d.data).toMatchObject({ expected: '562 692 €', actual: '562 602 €', terms: 12 });
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(10597);
  });

  it('reports a row changed without its total, when the total’s other columns still add up (L21160)', () => {
    // L21160 `Total général 3 367 000 € 3 642 377 € 3 075 652 € 436 725 €` = L21156 + L21158, column by column.
    const text = edit(corpusText('003'), 21158, '2 016 670 €', '2 016 770 €');
    const [d] = others(check(budgetTotal, text, { locale: 'en' }));
    expect(d.range.start.line + 1).toBe(21160);
    expect(d.message).toBe('"Total général" (column 2) 3 642 377 € ≠ 3 642 477 €, the sum of the 2 lines it totals (difference -100 €): correct the total or one of these lines.');
  });

  it('reports a slipped sub-total once: the general total above it counts what its rows add up to (L16235, L16253)', () => {
    const text = edit(corpusText('003'), 16235, '21 996,46 €', '21 906,46 €');
    const found = others(check(budgetTotal, text));
    expect(found.map((d) => [d.range.start.line + 1, d.data?.expected])).toEqual([[16235, '21 996,46 €']]);
  });

  it('reports a row total that is not the sum of its row, where the table’s rows hold it (2022-101 L13354)', () => {
    // L13354 `Collège Adam de La Halle ACHICOURT 2 595 € 4 697 € 2 000 € 3 000 € 12 292 €`; all 125 rows hold.
    const text = edit(corpusText('003'), 13354, '12 292 €', '12 392 €');
    const [d, ...rest] = others(check(budgetTotal, text));
    expect(rest).toEqual([]);
    expect(d.message).toBe('Total de la ligne 12 392 € ≠ 2 595 € + 4 697 € + 2 000 € + 3 000 € = 12 292 € : corriger le total ou l’un de ses 4 termes.');
    expect(d.range).toEqual({ start: { line: 13353, character: 67 }, end: { line: 13353, character: 75 } });
    expect(d.data).toMatchObject({ expected: '12 292 €', actual: '12 392 €', terms: 4 });
  });

  it('reads hand-written annexes: a slip is reported, an unrelated figure is not', () => {
    const dossier = (total: string): string =>
      [
        'DEPARTEMENT DU PAS-DE-CALAIS',
        '',
        'DELIBERATION DE LA COMMISSION PERMANENTE',
        'REUNION DU 21 MARS 2022',
        '(N°2022-1)',
        'Article unique :',
        'D’attribuer les subventions.',
        'Dans les conditions de vote ci-dessous :',
        '(Adopté)',
        'LE PRESIDENT DU CONSEIL DEPARTEMENTAL,',
        'Signé',
        'Jean-Claude LEROY',
        'ANNEXE 1 - Répartition',
        'Commune de A 12 000 €',
        'Commune de B 8 500 €',
        'Commune de C 4 250 €',
        total,
      ].join('\n');
    expect(check(budgetTotal, dossier('TOTAL 24 750 €'))).toEqual([]);
    const [d] = check(budgetTotal, dossier('TOTAL 24 570 €'));
    expect([d.message, d.data?.expected]).toEqual(['« TOTAL » 24 570 € ≠ 24 750 €, somme des 3 lignes qu’il totalise (écart -180 €) : corriger le total ou l’une de ces lignes.', '24 750 €']);
    // 30 000 € is not one slip away from 24 750 €: the rows may not be its terms.
    expect(check(budgetTotal, dossier('TOTAL 30 000 €'))).toEqual([]);
  });
});
