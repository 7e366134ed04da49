import { describe, expect, it } from 'vitest';
import { attendanceMembers } from '../../engine/rules/attendance-members';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';

describe('attendance-members', () => {
  it('finds nothing on the real corpus (44 voting members in each of 003’s 29 deliberations, V3)', () => {
    expect(onCorpus(attendanceMembers)).toEqual([]);
  });

  it('reports a member dropped from every list of one deliberation', () => {
    // 2022-83's présents (from L1555) lose M. Jean-Claude DISSAUX.
    const lines = corpusText('003').split('\n');
    const at = lines.findIndex((l, i) => i > 1548 && l.includes('Jean-Claude DISSAUX'));
    lines[at] = lines[at].replace('Jean-Claude DISSAUX, ', '').replace('M.\u0020Jean-Claude DISSAUX,', '');
    const text = lines.join('\n');
    const messages = check(attendanceMembers, text).map((d) => `${d.range.start.line}: ${d.message}`);
    expect(messages.some((m) => m.includes('absent(s) de toutes les listes : M. Jean-Claude DISSAUX'))).toBe(true);
  });

  it('reports a person who is not a configured member', () => {
    const text = corpusText('000');
    const members = text.split('\n').slice(11, 30).join(' ').replace(/- /g, '-').match(/(?:M\.|Mme)\s+[^,.]+/g)!.filter((n) => !n.includes('BRIOIS'));
    const messages = check(attendanceMembers, text, { assembly: { members } }).map((d) => d.message);
    expect(messages).toEqual(['M. Steeve BRIOIS ne fait pas partie des membres configurés de l’assemblée.']);
  });
});
