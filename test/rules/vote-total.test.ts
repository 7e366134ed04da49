import { describe, expect, it } from 'vitest';
import { voteTotal } from '../../engine/rules/vote-total';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('vote-total', () => {
  it('finds nothing on the real corpus (V1 holds in all 33 deliberations, domain.md §2.4)', () => {
    expect(onCorpus(voteTotal)).toEqual([]);
  });

  it('reports a Pour figure that was not updated, on the figure, with the expected value', () => {
    // 000: 32 présents + 11 excusés = 43 (L12–29), Pour 43 at L83.
    const text = edit(corpusText('000'), 83, '43 voix', '42 voix');
    const [d] = check(voteTotal, text);
    expect(d.message).toBe('Pour + Contre + Abstention = 42, mais présents + excusés = 43 (32 + 11).');
    expect(d.range).toEqual({ start: { line: 82, character: 9 }, end: { line: 82, character: 11 } });
    expect(d.code).toBe('vote-total');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '43', actual: '42' });
    expect(d.relatedInformation?.map((r) => r.location.range.start.line)).toEqual([11, 22]);
  });

  it('reports an abstention added without lowering Pour, in English when asked', () => {
    const text = edit(corpusText('000'), 87, 'Abstention : 0 voix', 'Abstention : 1 voix');
    const [d] = check(voteTotal, text, { locale: 'en' });
    expect(d.message).toBe('For + Against + Abstention = 44, but present + excused = 43 (32 + 11).'.replace('For', 'Pour').replace('Against', 'Contre'));
    expect(d.data).toMatchObject({ expected: '42' });
  });

  it('counts « Ne prend pas part au vote » with the others', () => {
    const text = edit(corpusText('000'), 87, 'Abstention : 0 voix', 'Abstention : 0 voix\nNe prend pas part au vote : 1');
    const [d] = check(voteTotal, text);
    expect(d.message).toContain('Pour + Contre + Abstention + NPPV = 44');
  });
});
