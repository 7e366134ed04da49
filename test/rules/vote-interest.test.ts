import { describe, expect, it } from 'vitest';
import { voteInterest } from '../../engine/rules/vote-interest';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('vote-interest', () => {
  it('finds nothing on the real corpus (L4523→L4570, L5767→L5830, L18436→L18532, L34150→L34231; COUSEIN absent L18407)', () => {
    expect(onCorpus(voteInterest)).toEqual([]);
  });

  it('reports an interested member counted as voting', () => {
    // 2022-87: GAUTHIER interested (L4523), `Abstention : 1 voix` (L4570); a draft that forgot it.
    let text = edit(corpusText('003'), 4570, 'Abstention : 1 voix', 'Abstention : 0 voix');
    text = edit(text, 4566, '43', '44');
    const [d] = check(voteInterest, text);
    expect(d.message).toBe('1 élu(s) intéressé(s) à l’affaire, mais Abstention + NPPV = 0 : ils sont comptés comme votants.');
    expect(d.range.start.line).toBe(4569);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(4522);
  });

  it('reports an excused-without-proxy member left among the excusés', () => {
    // 2022-104: COUSEIN moved to Absent(s) (L18407); put him back among the excusés.
    const lines = corpusText('003').split('\n');
    const absentLine = lines.findIndex((l, i) => i > 18390 && l.startsWith('Absent(s) : M. Bruno COUSEIN'));
    expect(absentLine).toBeGreaterThan(0);
    lines[absentLine] = '';
    lines[absentLine - 2] = lines[absentLine - 2].replace(/\.\s*$/, ', M. Bruno COUSEIN.');
    const messages = check(voteInterest, lines.join('\n')).map((d) => d.message);
    expect(messages).toContain('M. Bruno COUSEIN n’a pas donné de délégation de vote : il/elle doit figurer parmi les absents, pas les excusés.');
  });
});
