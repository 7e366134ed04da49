import { describe, expect, it } from 'vitest';
import { amountFormat } from '../../engine/rules/amount-format';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

const found = (text: string): [number, string, unknown][] => check(amountFormat, text).map((d) => [d.range.start.line + 1, d.message, d.data?.expected]);

describe('amount-format', () => {
  it('finds nothing on the real corpus: its odd spacings are legitimate (`2 971 219, 36 €`, `70 ,74%`, `108  000  €`, `3000 €`)', () => {
    // 002 L235–236 space around the decimal comma (justified text), 001 L404 doubled spaces, L14194 no
    // separator. The one malformed figure of the corpus, `163 342.80` (L28935, an action sheet of
    // 2022-105), sits in annex prose that no table reads.
    expect(onCorpus(amountFormat)).toEqual([]);
  });

  it('reports a doubled decimal comma in a table cell, on the figure, as information (001 L87)', () => {
    const text = edit(corpusText('001'), 87, '53 500,00', '53 500,,00');
    const [d, ...rest] = check(amountFormat, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Montant mal écrit « 53 500,,00 » : écrire « 53 500,00 ».');
    expect(d.range).toEqual({ start: { line: 86, character: 0 }, end: { line: 86, character: 10 } });
    expect(d.code).toBe('amount-format');
    expect(d.severity).toBe(3);
    expect(d.data).toMatchObject({ expected: '53 500,00', actual: '53 500,,00' });
  });

  it('reports a space one digit off and a decimal point, the value read as meant (000 L79, 001 L64)', () => {
    expect(found(edit(corpusText('000'), 79, '150 000,00 150', '15 0000,00 150'))).toEqual([
      [79, 'Montant mal écrit « 15 0000,00 » : écrire « 150 000,00 ».', '150 000,00'],
    ]);
    expect(found(edit(corpusText('001'), 64, '16 500 €', '16 500.00 €'))).toEqual([
      [64, 'Montant mal écrit « 16 500.00 € » : écrire « 16 500,00 € ».', '16 500,00 €'],
    ]);
  });

  it('reports mixed separators, in English when asked', () => {
    const text = edit(corpusText('003'), 18451, '2 594 980 €', '2 594.980 €');
    const [d] = check(amountFormat, text, { locale: 'en' });
    expect([d.range.start.line + 1, d.message]).toEqual([18451, 'Malformed amount "2 594.980 €": write "2 594 980 €".']);
    const dotted = edit(corpusText('003'), 18451, '2 594 980 €', '2.594,980 €');
    expect(found(dotted)).toEqual([[18451, 'Montant mal écrit « 2.594,980 € » : écrire « 2.594.980 € ».', '2.594.980 €']]);
  });

  it('leaves alone what could be read two ways: `1 20 000 €` may be a count then an amount (L15699)', () => {
    expect(found(edit(corpusText('001'), 64, '16 500 €', '1 6 500 €'))).toEqual([]);
    expect(found(edit(corpusText('001'), 64, '16 500 €', '1 65 000 €'))).toEqual([]);
  });
});
