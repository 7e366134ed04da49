import { describe, expect, it } from 'vitest';
import { voteOutcome } from '../../engine/rules/vote-outcome';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('vote-outcome', () => {
  it('finds nothing on the real corpus (every vote is adopted with Contre 0)', () => {
    expect(onCorpus(voteOutcome)).toEqual([]);
  });

  it('reports (Rejeté) when Pour > Contre, on the word', () => {
    const text = edit(corpusText('000'), 89, 'Adopté', 'Rejeté');
    const [d] = check(voteOutcome, text);
    expect(d.message).toBe('Pour 43, Contre 0 : la délibération est adoptée, pas rejetée.');
    expect(d.range).toEqual({ start: { line: 88, character: 1 }, end: { line: 88, character: 7 } });
    expect(d.data).toMatchObject({ expected: 'Adopté' });
  });

  it('reports (Adopté) when Contre wins', () => {
    let text = edit(corpusText('000'), 83, '43 voix', '20 voix');
    text = edit(text, 86, 'Contre : 0 voix', 'Contre : 23 voix');
    const [d] = check(voteOutcome, text, { locale: 'en' });
    expect(d.message).toBe('For 20, Against 23: the deliberation is rejected, not adopted.');
  });

  it('leaves a tie alone: the president’s casting vote decides (CGCT L.3121-15)', () => {
    let text = edit(corpusText('000'), 83, '43 voix', '20 voix');
    text = edit(text, 86, 'Contre : 0 voix', 'Contre : 20 voix');
    expect(check(voteOutcome, text)).toEqual([]);
  });

  it('reports a missing outcome', () => {
    const text = edit(corpusText('000'), 89, '(Adopté)', '');
    const [d] = check(voteOutcome, text);
    expect(d.message).toContain('Le résultat du vote manque');
  });
});
