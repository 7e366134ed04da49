/**
 * vote-total (domain.md §2.2 V1): the votes counted — Pour + Contre + Abstention(s) + Ne prend pas
 * part au vote — equal the members present or represented, présents + excusés (an excused member
 * votes by proxy). Reported on the Pour figure, the one drafters forget to update.
 */
import type { Rule } from './types';
import { attendance, countOf, message, related, voteFigure, voteLines } from './helpers';

export const voteTotal: Rule = {
  id: 'vote-total',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'Pour + Contre + Abstention + NPPV doit égaler présents + excusés (membres présents ou représentés).',
    'For + Against + Abstention + not voting must equal present + excused (members present or represented).',
  ),
  check({ dossier, report }) {
    const d = dossier.deliberation;
    const present = attendance(d, 'present');
    const pour = voteLines(d, 'pour')[0];
    if (!d.vote || !present || !pour) return;
    const represented = present.persons.length + countOf(d, 'excused');
    const contre = voteFigure(d, 'contre');
    const abstention = voteFigure(d, 'abstention');
    const nppv = voteFigure(d, 'nppv');
    const counted = pour.count + contre + abstention + nppv;
    if (counted === represented) return;
    const terms = nppv > 0 ? ['Pour', 'Contre', 'Abstention', 'NPPV'] : ['Pour', 'Contre', 'Abstention'];
    const expectedPour = represented - contre - abstention - nppv;
    report({
      range: pour.countRange,
      message: message(
        `${terms.join(' + ')} = ${counted}, mais présents + excusés = ${represented} (${present.persons.length} + ${countOf(d, 'excused')}).`,
        `${terms.join(' + ')} = ${counted}, but present + excused = ${represented} (${present.persons.length} + ${countOf(d, 'excused')}).`,
      ),
      related: [
        ...related(present.labelRange, message(`${present.persons.length} présents`, `${present.persons.length} present`)),
        ...related(attendance(d, 'excused')?.labelRange, message(`${countOf(d, 'excused')} excusés`, `${countOf(d, 'excused')} excused`)),
      ],
      data: expectedPour >= 0 ? { expected: String(expectedPour), actual: String(pour.count), figure: 'pour' } : { actual: String(pour.count) },
      fixes:
        expectedPour >= 0
          ? [{ title: message(`Remplacer Pour par ${expectedPour}`, `Replace For with ${expectedPour}`), range: pour.countRange, text: String(expectedPour), preferred: true }]
          : undefined,
    });
  },
};
