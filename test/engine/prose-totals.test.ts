import { describe, expect, it } from 'vitest';
import { readProseTotals } from '../../engine/model/prose-totals';

const read = (text: string) => {
  const lines = text.split('\n');
  return readProseTotals(lines, 0, lines.length - 1).map((t) => ({
    total: t.total.cents,
    terms: t.terms.map((a) => a.cents),
    product: t.product && [t.product.price.cents, t.product.count.value],
  }));
};

describe('totals written in a sentence (model)', () => {
  it('reads the amounts of a list before « soit un total de »', () => {
    expect(read('ATTRIBUE les subventions suivantes : 5 000 € au comité des fêtes, 3 000 € au club de football et 2 000 € à l’harmonie municipale, soit un total de 10 000 €.')).toEqual([
      { total: 1_000_000, terms: [500_000, 300_000, 200_000], product: undefined },
    ]);
  });

  it('reads a unit price times a count (written like 022: « 16 € par action, soit un achat de 250 actions »)', () => {
    expect(read('M. SUDRE AUTORISE l’acquisition d’actions de la SPL pour une valeur de 20 € par action, soit un achat de 150 actions pour un montant total de 3.000 €, représentant 0,08 % du capital.')).toEqual([
      { total: 300_000, terms: [], product: [2_000, 150] },
    ]);
  });

  it('relates nothing where the sentence breaks a figure down, names one amount, or counts something else', () => {
    expect(read('Le coût de l’opération est de 150 000 €, dont 60 000 € de DETR, soit un total de 150 000 €.')).toEqual([]);
    expect(read('D’attribuer les subventions, pour un montant total de 14 570 €, aux bénéficiaires.')).toEqual([]);
    expect(read('une participation de 2 € par habitant, soit 40 communes pour un montant total de 3 000 €.')).toEqual([]);
    expect(read('Montant 40 000 et 20 000 €, soit un total de 60 000 €.')).toEqual([]);
  });

  it('starts the sentence after a list’s colon, never at « M. » or « Mme. », and never throws', () => {
    expect(read('Le budget est de 90 000 €. Sont versés : 1 000 € à A et 2 000 € à B, soit au total 3 000 €.')).toEqual([{ total: 300_000, terms: [100_000, 200_000], product: undefined }]);
    for (const text of ['soit un total de', 'soit un total de ' + '1 000 € '.repeat(5000), '1 € '.repeat(3000) + 'soit un total de 3 €', '']) expect(() => read(text)).not.toThrow();
  });
});
