import { describe, expect, it } from 'vitest';
import { voteQuorum } from '../../engine/rules/vote-quorum';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';

/** Moves the first `n` présents of 000 (L12–13) to an `Absent(s)` list. */
function withoutPresents(text: string, names: string[]): string {
  let out = text;
  for (const name of names) out = out.replace(`${name}, `, '');
  return out.replace('Excusé(s)  :', `Absent(s) : ${names.join(', ')}.\n\nExcusé(s)  :`);
}

describe('vote-quorum', () => {
  it('finds nothing on the real corpus (the lowest is 2022-104: 35 + 7 ≥ 23)', () => {
    expect(onCorpus(voteQuorum)).toEqual([]);
    expect(onCorpus(voteQuorum, { assembly: { size: 44 } })).toEqual([]);
  });

  it('reports a meeting where présents + excusés are not a majority of the configured size', () => {
    // 000: 32 présents + 11 excusés = 43; with 90 members in office, 46 are needed.
    const [d] = check(voteQuorum, corpusText('000'), { assembly: { size: 90 } });
    expect(d.message).toBe('Quorum non atteint : présents + excusés = 43, il en faut 46 sur 90 membres (art. L.3121-14-1 du CGCT).');
    expect(d.range.start.line).toBe(11);
  });

  it('reports more excusés than présents (one proxy per member, L.3121-16)', () => {
    const names = corpusText('000').split('\n')[11].replace('Étaient présents : ', '').split(', ').slice(0, 3);
    const text = withoutPresents(corpusText('000'), names);
    expect(check(voteQuorum, text)).toEqual([]);
    const many = `Étaient présents : M. Jean-Claude LEROY, Mme Maryse DELASSUS.\n\nExcusé(s) : M. Alain MEQUIGNON, Mme Evelyne NACHEL, M. Marc SARPAUX.\n`;
    const messages = check(voteQuorum, many).map((d) => d.message);
    expect(messages).toContain('3 excusés pour 2 présents : chaque présent ne peut recevoir qu’une délégation de vote (art. L.3121-16 du CGCT).');
  });
});
