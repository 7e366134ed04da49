import { describe, expect, it } from 'vitest';
import { voteAbsent } from '../../engine/rules/vote-absent';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('vote-absent', () => {
  it('finds nothing on the real corpus (V2: L12186, L14373, L18533, L43985 match their Absent(s) lines)', () => {
    expect(onCorpus(voteAbsent)).toEqual([]);
  });

  it('reports a wrong count on the figure', () => {
    // 2022-99: `Absent(s) : M. Laurent DUPORGE.` (L12110), `Absent sans délégation de vote : 1` (L12186).
    const text = edit(corpusText('003'), 12186, 'vote : 1', 'vote : 2');
    const [d] = check(voteAbsent, text);
    expect(d.message).toBe('« Absent sans délégation de vote : 2 », mais 1 absent(s) sont listés.');
    expect(d.range.start).toEqual({ line: 12185, character: 33 });
    expect(d.data).toMatchObject({ expected: '1', actual: '2' });
  });

  it('reports the missing line after the last vote line', () => {
    const lines = corpusText('003').split('\n');
    lines.splice(12185, 1); // drop L12186
    const [d] = check(voteAbsent, lines.join('\n'));
    expect(d.message).toBe('Il manque la ligne « Absent sans délégation de vote : 1 » : 1 absent(s) sont listés.');
    expect(d.range.start.line).toBe(12184); // `Abstention : 0 voix` (L12185)
    expect(d.data).toMatchObject({ expected: '1', missingLine: true, insertAfterLine: 12184 });
  });

  it('reports a line with no absent listed', () => {
    const text = edit(corpusText('000'), 87, 'Abstention : 0 voix', 'Abstention : 0 voix\nAbsent sans délégation de vote : 1');
    const [d] = check(voteAbsent, text);
    expect(d.message).toBe('« Absent sans délégation de vote : 1 », mais aucun absent n’est listé.');
  });
});
