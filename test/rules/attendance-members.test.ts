import { describe, expect, it } from 'vitest';
import { attendanceMembers } from '../../engine/rules/attendance-members';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp, cpFile, EXCUSED, PRESENT, type CpParts } from './inline/cp';

describe('attendance-members', () => {
  it('finds nothing on the real corpus (44 voting members in each of 003’s 29 deliberations, V3)', () => {
    expect(onCorpus(attendanceMembers)).toEqual([]);
  });

  it('reports a person who is not a configured member', () => {
    const text = corpusText('000');
    const members = text.split('\n').slice(11, 30).join(' ').replace(/- /g, '-').match(/(?:M\.|Mme)\s+[^,.]+/g)!.filter((n) => !n.includes('BRIOIS'));
    const messages = check(attendanceMembers, text, { assembly: { members } }).map((d) => d.message);
    expect(messages).toEqual(['M. Steeve BRIOIS ne fait pas partie des membres configurés de l’assemblée.']);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

/** Three deliberations of one meeting, each with its number and title; `second` changes the middle one. */
const meeting = (second: CpParts = {}, third: CpParts = {}) =>
  cpFile(
    { report: null },
    { number: 'N°2022-373', title: ['SUBVENTION AU COLLÈGE JEAN MACÉ'], report: null, ...second },
    { number: 'N°2022-374', title: ['AIDE À LA RESTAURATION SCOLAIRE'], report: null, ...third },
  );
const MEMBERS = [...PRESENT, ...EXCUSED];

ruleTester(attendanceMembers, {
  valid: [
    valid('three deliberations of one meeting with the same voting members', meeting()),
    valid('members moving between lists: an excused member present for one item, a present one absent', meeting({ present: [...PRESENT, 'M. Ludovic LOQUET'], excused: ['M. Daniel MACIEJASZ'] }, { present: PRESENT.slice(0, -1), absent: ['M. Philippe FAIT'] })),
    valid('a deliberation whose members are all configured', cp(), { assembly: { members: MEMBERS } }),
    valid('a commune’s extrait, members configured otherwise: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT, { assembly: { members: MEMBERS } }),
  ],
  invalid: [
    invalid('a member dropped from every list of one deliberation', meeting({ present: PRESENT.filter((p) => p !== 'M. Alain MEQUIGNON') }), [
      { at: 'Étaient présents : M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA, Mme Valérie CUVILLIER, M. Bertrand PETIT, Mme Blandine DRAIN, Mme Evelyne', message: 'absent de toutes les listes : M. Alain MEQUIGNON.', data: { missing: 'M. Alain MEQUIGNON' } },
    ]),
    invalid('a member who sits in no other deliberation of the meeting', meeting({}, { absent: ['M. Steeve BRIOIS'] }), [
      { at: 'M. Steeve BRIOIS', message: 'M. Steeve BRIOIS n’est membre votant dans aucune autre délibération de cette séance.' },
    ]),
    invalid('a person who is not a configured member, in English', cp(), [
      { at: 'Mme Evelyne NACHEL', message: 'Mme Evelyne NACHEL is not one of the assembly\'s configured members.' },
    ], { assembly: { members: MEMBERS.filter((m) => m !== 'Mme Evelyne NACHEL') }, locale: 'en' }),
  ],
});
