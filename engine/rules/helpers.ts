/** Small pieces shared by rule modules: lookups in the model, and bilingual messages. */
import type { AttendanceKind, AttendanceList, Deliberation, Person, Range, VoteKind, VoteLine } from '../model/types';
import type { Message } from './types';

export function message(fr: string, en: string): Message {
  return { fr, en };
}

export function attendance(d: Deliberation, kind: AttendanceKind): AttendanceList | undefined {
  return d.attendance.find((list) => list.kind === kind);
}

/** Number of persons in a list; 0 when the list is absent (an absent `Absent(s)` line means none). */
export function countOf(d: Deliberation, kind: AttendanceKind): number {
  return attendance(d, kind)?.persons.length ?? 0;
}

export function voteLines(d: Deliberation, kind: VoteKind): VoteLine[] {
  return d.vote?.lines.filter((line) => line.kind === kind) ?? [];
}

export function voteFigure(d: Deliberation, kind: VoteKind): number {
  return voteLines(d, kind).reduce((sum, line) => sum + line.count, 0);
}

/** `Mme Fatima AIT-CHIKHEBBIH` for messages. */
export function personName(person: Person): string {
  return [person.civility, person.firstName, person.lastName].filter(Boolean).join(' ');
}

export function listLabel(kind: AttendanceKind): Message {
  switch (kind) {
    case 'present':
      return message('présents', 'present');
    case 'excused':
      return message('excusés', 'excused');
    case 'absent':
      return message('absents', 'absent');
    case 'nonVoting':
      return message('sans voix délibérative', 'non-voting');
    case 'excusedNonVoting':
      return message('excusés sans voix délibérative', 'excused non-voting');
  }
}

export function related(range: Range | undefined, msg: Message): { range: Range; message: Message }[] {
  return range ? [{ range, message: msg }] : [];
}

/**
 * Memoises what a file rule derives from one part of the model (a dossier, a visa, an act). On a
 * keystroke the analyzer keeps every untouched dossier's model objects, so file rules recompute only
 * the edited dossier's facts. The result may reference the model (its ranges move with it) but must
 * not copy positions out of it, nor depend on anything but its key.
 */
export function memoized<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, { value: T }>();
  return (key) => {
    let hit = cache.get(key);
    if (!hit) {
      hit = { value: compute(key) };
      cache.set(key, hit);
    }
    return hit.value;
  };
}
