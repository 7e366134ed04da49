import { describe, expect, it } from 'vitest';
import { budgetCredit } from '../../engine/rules/budget-credit';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('budget-credit', () => {
  it('finds nothing on the real corpus (T2, T3 hold; recette rows such as L8379 are not bounded)', () => {
    expect(onCorpus(budgetCredit)).toEqual([]);
  });

  it('reports CP and Dépense swapped in the deliberation (001 L87), on the Dépense', () => {
    const text = edit(corpusText('001'), 87, '53 500,00 16 500,00', '16 500,00 53 500,00');
    const [d, ...rest] = check(budgetCredit, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Dépense 53 500,00 > CP 16 500,00 : la dépense dépasse les crédits de paiement (CP).');
    expect(d.range).toEqual({ start: { line: 86, character: 10 }, end: { line: 86, character: 19 } });
    expect(d.code).toBe('budget-credit');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ actual: '53 500,00', column: 'Depense', limit: '16 500,00', limitColumn: 'CP' });
    expect(d.relatedInformation?.map((r) => [r.location.range.start.character, r.message])).toEqual([[0, 'CP 16 500,00']]);
  });

  it('bounds the Dépense by the AP in D2 tables (2022-97 L10566), in English when asked', () => {
    const text = edit(corpusText('003'), 10566, '1 200 000,00 562 692,00', '1 200 000,00 1 562 692,00');
    const [d] = check(budgetCredit, text, { locale: 'en' });
    expect([d.range.start.line + 1, d.message]).toEqual([10566, 'Dépense 1 562 692,00 > AP 1 200 000,00: the expense exceeds the programme authorisation (AP).']);
  });

  it('reports a report proposing more than is available, and an available amount beyond the credits (001 L456)', () => {
    let text = edit(corpusText('001'), 456, '53 500,00 22 000,00 16 500,00 5 500,00', '53 500,00 22 000,00 26 500,00 -4 500,00');
    let [d] = check(budgetCredit, text);
    expect([d.message, d.range.start.character]).toEqual(['Proposition 26 500,00 > Disponible 22 000,00 : la proposition dépasse le disponible.', 20]);
    text = edit(corpusText('001'), 456, '53 500,00 22 000,00 16 500,00 5 500,00', '53 500,00 62 000,00 16 500,00 45 500,00');
    [d] = check(budgetCredit, text);
    expect([d.message, d.range.start.character]).toEqual(['Disponible 62 000,00 > CP 53 500,00 : le disponible dépasse les crédits de paiement (CP).', 10]);
  });

  it('leaves a short row whose seating is a guess alone', () => {
    // Two figures under four columns: CP and Disponible, or Proposition and Solde — nothing settles it.
    const text = edit(corpusText('001'), 456, '53 500,00 22 000,00 16 500,00 5 500,00', '22 000,00 53 500,00');
    expect(check(budgetCredit, text)).toEqual([]);
  });
});
