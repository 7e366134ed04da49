import { describe, expect, it } from 'vitest';
import { attendanceOfficer } from '../../engine/rules/attendance-officer';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('attendance-officer', () => {
  it('finds nothing on the real corpus (V4, V5)', () => {
    expect(onCorpus(attendanceOfficer)).toEqual([]);
  });

  it('reports a secretary who is not present (an excused member named by mistake)', () => {
    // 000 L10 `Secrétaire : M. Philippe FAIT`; M. Ludovic LOQUET is excused (L23).
    const text = edit(corpusText('000'), 10, 'M. Philippe FAIT', 'M. Ludovic LOQUET');
    const [d] = check(attendanceOfficer, text);
    expect(d.message).toBe('Le ou la secrétaire, M. Ludovic LOQUET, ne figure pas parmi les présents.');
    expect(d.range).toEqual({ start: { line: 9, character: 13 }, end: { line: 9, character: 30 } });
  });

  it('reports a president who is not present', () => {
    const text = edit(corpusText('000'), 8, 'JEAN-CLAUDE LEROY', 'JEAN-CLAUDE DISSAUX');
    expect(check(attendanceOfficer, text).map((d) => d.message)).toEqual([]);
    const absent = edit(corpusText('000'), 8, 'JEAN-CLAUDE LEROY', 'PIERRE GEORGET');
    expect(check(attendanceOfficer, absent).map((d) => d.message)).toEqual([
      'Le président de séance, M. PIERRE GEORGET, ne figure pas parmi les présents.',
    ]);
  });
});
