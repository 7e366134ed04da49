/**
 * attendance-duplicate (domain.md §2.2 V6): nobody is listed twice across présents, excusés, absents
 * and the two « sans voix délibérative » lists.
 */
import type { Person } from '../model/types';
import type { Rule } from './types';
import { listLabel, message, personName } from './helpers';

export const attendanceDuplicate: Rule = {
  id: 'attendance-duplicate',
  severity: 'error',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Une personne ne figure qu’une fois dans les listes de présence.',
    'A person appears only once in the attendance lists.',
  ),
  check({ dossier, report }) {
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
              ? message(
                  `${personName(person)} figure deux fois parmi les ${where.fr}.`,
                  `${personName(person)} is listed twice as ${where.en}.`,
                )
              : message(
                  `${personName(person)} figure à la fois parmi les ${before.fr} et les ${where.fr}.`,
                  `${personName(person)} is listed both as ${before.en} and as ${where.en}.`,
                ),
          related: [{ range: first.person.range, message: message('première mention', 'first listed here') }],
        });
      }
    }
  },
};
