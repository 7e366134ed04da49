/**
 * attendance-duplicate (domain.md §2.2 V6, collectivites.md §4): nobody is listed twice in the
 * attendance. The Commission Permanente's lists (présents, excusés, absents and the two « sans voix
 * délibérative ») are compared as its model holds them; every other assembly's persons are compared
 * across all its lists.
 *
 * Outside the Commission Permanente, entries that may both be true are not duplicates: an entry with
 * a time qualifier (`arrivé à 19h`, `a quitté la séance`, `à partir du point 4`) says when it holds;
 * a member excused or absent who gave a proxy is written in both lists (`Excusés : X` and `Pouvoirs :
 * X à Y`); and a member present and away with no qualifier is `attendance-proxy`'s report. What
 * remains is a name written twice in one list, or absent and excused at once.
 */
import { displayName, isRoleName, nameWords } from '../facts/attendance';
import type { Attendee, AttendeeStatus, Dossier, Person } from '../model/types';
import type { Message, Rule, RuleReport } from './types';
import { listLabel, message, personName } from './helpers';

export const attendanceDuplicate: Rule = {
  id: 'attendance-duplicate',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'Une personne ne figure qu’une fois dans les listes de présence.',
    'A person appears only once in the attendance lists.',
  ),
  check({ dossier, report }) {
    if (dossier.template === 'departement-cp') checkCommissionLists(dossier, report);
    else checkAttendees(dossier.meeting.attendance.attendees, report);
  },
};

function checkCommissionLists(dossier: Dossier, report: (r: RuleReport) => void): void {
  const seen = new Map<string, { person: Person; kind: Parameters<typeof listLabel>[0] }>();
  for (const list of dossier.deliberation.attendance) {
    for (const person of list.persons) {
      const first = seen.get(person.key);
      if (!first) {
        seen.set(person.key, { person, kind: list.kind });
        continue;
      }
      const where = listLabel(list.kind);
      const before = listLabel(first.kind);
      report({
        range: person.range,
        message:
          first.kind === list.kind
            ? message(`${personName(person)} figure deux fois parmi les ${where.fr}.`, `${personName(person)} is listed twice as ${where.en}.`)
            : message(
                `${personName(person)} figure à la fois parmi les ${before.fr} et les ${where.fr}.`,
                `${personName(person)} is listed both as ${before.en} and as ${where.en}.`,
              ),
        related: [{ range: first.person.range, message: message('première mention', 'first listed here') }],
      });
    }
  }
}

const STATUS: Record<AttendeeStatus, Message> = {
  present: message('présents', 'present'),
  represented: message('représentés', 'represented'),
  absent: message('absents', 'absent'),
  excused: message('excusés', 'excused'),
};

/** Two entries that cannot both hold at once, neither saying when. */
function conflicting(a: AttendeeStatus, b: AttendeeStatus): boolean {
  if (a === b) return a !== 'represented';
  return (a === 'absent' && b === 'excused') || (a === 'excused' && b === 'absent');
}

/**
 * One person for certain: the same words of name, in any order, and no contrary civility. Stricter
 * than the attendance facts' `samePerson`: `M. DUPONT` beside `M. Jean DUPONT` in one list may be
 * the maire written short, and a duplicate is an error.
 */
function identical(a: Person, b: Person): boolean {
  if (a.civility && b.civility && a.civility !== b.civility) return false;
  const wa = nameWords(a).sort();
  const wb = nameWords(b).sort();
  if (wa.length === 0 || wa.length !== wb.length || !wa.every((w, i) => w === wb[i])) return false;
  // A surname alone (`M. MOLOSSI`) names one member when both entries write the same civility: a
  // drafter tells two namesakes apart by their first names.
  return wa.length >= 2 || (Boolean(a.civility) && a.civility === b.civility);
}

function checkAttendees(attendees: readonly Attendee[], report: (r: RuleReport) => void): void {
  const kept: Attendee[] = [];
  for (const entry of attendees) {
    if (entry.qualifier || isRoleName(entry.person)) continue;
    const first = kept.find((k) => identical(k.person, entry.person) && conflicting(k.status, entry.status));
    if (!first) {
      kept.push(entry);
      continue;
    }
    const name = displayName(entry.person);
    const where = STATUS[entry.status];
    const before = STATUS[first.status];
    report({
      range: entry.person.range,
      message:
        first.status === entry.status
          ? message(`${name} figure deux fois parmi les ${where.fr}.`, `${name} is listed twice as ${where.en}.`)
          : message(`${name} figure à la fois parmi les ${before.fr} et les ${where.fr}.`, `${name} is listed both as ${before.en} and as ${where.en}.`),
      related: [{ range: first.person.range, message: message('première mention', 'first listed here') }],
      data: { person: name, first: first.status, second: entry.status },
    });
  }
}
