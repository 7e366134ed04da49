import { describe, expect, it } from 'vitest';
import { inlayHints } from '../../engine/features/inlay-hints';
import { budgetBalance } from '../../engine/rules/budget-balance';
import { corpusText } from '../helpers';
import { analyse, edit } from './support';

const ALL = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };

describe('inlay hints', () => {
  it('shows the voting-member count beside the vote block (000 L81: 32 présents + 11 excusés)', () => {
    const a = analyse(corpusText('000'));
    expect(inlayHints(a, ALL, a.options)).toEqual([
      {
        position: { line: 80, character: 40 },
        label: '43 votants',
        tooltip: 'Membres présents ou représentés : 32 présents + 11 excusés ayant donné délégation.',
        paddingLeft: true,
      },
    ]);
  });

  it('shows the computed value beside a wrong figure: Pour (000 L83) and solde (000 L209)', () => {
    let text = edit(corpusText('000'), 83, '43 voix', '42 voix');
    text = edit(text, 209, '150 000,00 0,00', '150 000,00 10,00');
    const a = analyse(text, {}, [budgetBalance]);
    const hints = inlayHints(a, ALL, a.options).map((h) => [h.position, h.label]);
    expect(hints).toEqual([
      [{ line: 80, character: 40 }, '43 votants'],
      [{ line: 82, character: 11 }, 'calculé : 43'],
      [{ line: 208, character: 38 }, 'calculé : 0,00'],
    ]);
  });

  it('answers for the requested range only, in English when asked (003: 29 vote blocks)', () => {
    const a = analyse(corpusText('003'), { locale: 'en' });
    // 29 « voting » hints, and the computed value beside each wrong figure: the two of the action 2022-105
    // shares out (L20994) and TOTAL GENERAL (L21058).
    const all = inlayHints(a, ALL, a.options);
    expect(all.filter((h) => String(h.label).endsWith('voting'))).toHaveLength(29);
    expect(all.filter((h) => !String(h.label).endsWith('voting')).map((h) => h.position.line + 1)).toEqual([20994, 20994, 21058]);
    // 2022-86's block (L4101 `Dans les conditions de vote ci-dessous :`).
    const some = inlayHints(a, { start: { line: 4090, character: 0 }, end: { line: 4110, character: 0 } }, a.options);
    expect(some.map((h) => [h.position.line + 1, h.label])).toEqual([[4101, '44 voting']]);
  });
});
