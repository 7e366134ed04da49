/**
 * attendance-members (domain.md §2.2 V3): the voting members — présents + excusés + absents — are the
 * same set in every deliberation of one meeting (people move between lists, nobody appears or
 * vanishes), and, when the assembly's members are configured, that set is theirs.
 */
import type { Dossier, Person } from '../model/types';
import { foldKey } from '../text/normalize';
import { isoDate } from '../text/dates';
import type { Rule } from './types';
import { attendance, memoized, message, personName } from './helpers';

const VOTING = ['present', 'excused', 'absent'] as const;

const votingMembers = memoized((dossier: Dossier): Map<string, Person> | undefined => {
  const d = dossier.deliberation;
  if (!attendance(d, 'present')) return undefined;
  const members = new Map<string, Person>();
  for (const kind of VOTING) for (const person of attendance(d, kind)?.persons ?? []) members.set(person.key, person);
  return members;
});

/** `M. Jean-Claude LEROY` or `Jean-Claude LEROY` → the key persons.ts gives. */
function memberKey(name: string): string {
  return foldKey(name.replace(/^\s*(?:M\.|Mme|Madame|Monsieur)\s+/i, ''));
}

export const attendanceMembers: Rule = {
  id: 'attendance-members',
  severity: 'error',
  scope: 'file',
  templates: ['departement-cp'],
  description: message(
    'Les membres votants (présents, excusés, absents) sont les mêmes dans toutes les délibérations d’une séance.',
    'The voting members (present, excused, absent) are the same in every deliberation of a meeting.',
  ),
  check({ dossiers, options, report }) {
    const configured = new Set(options.assembly.members.map(memberKey));
    const byMeeting = new Map<string, { dossier: Dossier; members: Map<string, Person> }[]>();
    for (const dossier of dossiers) {
      const members = votingMembers(dossier);
      if (!members) continue;
      if (configured.size > 0) {
        for (const person of members.values()) {
          if (configured.has(person.key)) continue;
          report({
            range: person.range,
            message: message(
              `${personName(person)} ne fait pas partie des membres configurés de l’assemblée.`,
              `${personName(person)} is not one of the assembly's configured members.`,
            ),
          });
        }
      }
      const date = dossier.deliberation.meetingDate;
      if (!date) continue;
      const key = isoDate(date.date);
      const list = byMeeting.get(key) ?? [];
      list.push({ dossier, members });
      byMeeting.set(key, list);
    }
    for (const group of byMeeting.values()) {
      if (group.length < 3) continue;
      // The reference set is the one most deliberations of the meeting share.
      const counts = new Map<string, number>();
      for (const { members } of group) for (const key of members.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
      const majority = group.length / 2;
      const shared = [...counts].filter(([, n]) => n > majority).map(([key]) => key);
      for (const { dossier, members } of group) {
        const present = attendance(dossier.deliberation, 'present')!;
        for (const [key, person] of members) {
          if ((counts.get(key) ?? 0) > majority) continue;
          report({
            range: person.range,
            message: message(
              `${personName(person)} n’est membre votant dans aucune autre délibération de cette séance.`,
              `${personName(person)} is a voting member in no other deliberation of this meeting.`,
            ),
          });
        }
        const missing = shared.filter((key) => !members.has(key));
        if (missing.length === 0) continue;
        const names = missing.map((key) => nameOf(group, key)).join(', ');
        report({
          range: present.labelRange,
          message: message(
            missing.length > 1
              ? `Membres votants des autres délibérations de la séance absents de toutes les listes : ${names}.`
              : `Membre votant des autres délibérations de la séance absent de toutes les listes : ${names}.`,
            missing.length > 1
              ? `Voting members of the meeting's other deliberations missing from every list: ${names}.`
              : `Voting member of the meeting's other deliberations missing from every list: ${names}.`,
          ),
          data: { missing: names },
        });
      }
    }
  },
};

function nameOf(group: { members: Map<string, Person> }[], key: string): string {
  for (const { members } of group) {
    const person = members.get(key);
    if (person) return personName(person);
  }
  return key;
}
