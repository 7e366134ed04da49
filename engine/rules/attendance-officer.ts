/**
 * attendance-officer (domain.md §2.2 V4–V5): the secretary and the president of the meeting are
 * among the présents.
 */
import type { Rule } from './types';
import { attendance, message, personName } from './helpers';

export const attendanceOfficer: Rule = {
  id: 'attendance-officer',
  severity: 'error',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Le ou la secrétaire de séance et le président doivent figurer parmi les présents.',
    'The secretary and the president of the meeting must be listed as present.',
  ),
  check({ dossier, report }) {
    const d = dossier.deliberation;
    const present = attendance(d, 'present');
    if (!present || present.persons.length === 0) return;
    const keys = new Set(present.persons.map((p) => p.key));
    const presentRelated = [{ range: present.labelRange, message: message('liste des présents', 'list of members present') }];
    if (d.secretary && !keys.has(d.secretary.key)) {
      report({
        range: d.secretary.range,
        message: message(
          `Le ou la secrétaire, ${personName(d.secretary)}, ne figure pas parmi les présents.`,
          `The secretary, ${personName(d.secretary)}, is not listed as present.`,
        ),
        related: presentRelated,
      });
    }
    const president = d.presidency?.person;
    if (president && !keys.has(president.key)) {
      report({
        range: president.range,
        message: message(
          `Le président de séance, ${personName(president)}, ne figure pas parmi les présents.`,
          `The president of the meeting, ${personName(president)}, is not listed as present.`,
        ),
        related: presentRelated,
      });
    }
  },
};
