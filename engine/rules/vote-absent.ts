/**
 * vote-absent (domain.md §2.2 V2): `Absent sans délégation de vote : N` equals the number of members
 * listed under `Absent(s)` — missing when there are absents, extra when there are none.
 */
import type { Rule } from './types';
import { attendance, message, related, voteLines } from './helpers';
import { count as withCount } from '../text/plural';

export const voteAbsent: Rule = {
  id: 'vote-absent',
  severity: 'error',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    '« Absent sans délégation de vote » doit égaler le nombre d’absents listés.',
    '"Absent sans délégation de vote" must equal the number of absent members listed.',
  ),
  check({ dossier, report }) {
    const d = dossier.deliberation;
    if (!d.vote || !attendance(d, 'present')) return;
    const absents = attendance(d, 'absent');
    const count = absents?.persons.length ?? 0;
    const line = voteLines(d, 'absent')[0];
    const absentsRelated = related(absents?.labelRange, message(withCount(count, 'fr', 'absent listé', 'absents listés'), withCount(count, 'en', 'absent member listed', 'absent members listed')));
    if (!line) {
      if (count === 0) return;
      const counted = d.vote.lines.filter((l) => l.kind !== 'absent');
      const anchor = counted[counted.length - 1];
      report({
        range: anchor ? anchor.range : d.vote.introRange,
        message: message(
          `Il manque la ligne « Absent sans délégation de vote : ${count} » : ${withCount(count, 'fr', 'absent est listé', 'absents sont listés')}.`,
          `The line "Absent sans délégation de vote : ${count}" is missing: ${withCount(count, 'en', 'absent member is listed', 'absent members are listed')}.`,
        ),
        related: absentsRelated,
        data: { expected: String(count), missingLine: true, insertAfterLine: anchor ? anchor.range.end.line : d.vote.introRange.end.line },
        fixes: [
          {
            title: message(`Ajouter « Absent sans délégation de vote : ${count} »`, `Add "Absent sans délégation de vote : ${count}"`),
            range: { start: (anchor ?? d.vote).range.end, end: (anchor ?? d.vote).range.end },
            text: `\nAbsent sans délégation de vote : ${count}`,
            preferred: true,
          },
        ],
      });
      return;
    }
    if (line.count === count) return;
    report({
      range: line.countRange,
      message:
        count === 0
          ? message(
              `« Absent sans délégation de vote : ${line.count} », mais aucun absent n’est listé.`,
              `"Absent sans délégation de vote : ${line.count}", but no absent member is listed.`,
            )
          : message(
              `« Absent sans délégation de vote : ${line.count} », mais ${withCount(count, 'fr', 'absent est listé', 'absents sont listés')}.`,
              `"Absent sans délégation de vote : ${line.count}", but ${withCount(count, 'en', 'absent member is listed', 'absent members are listed')}.`,
            ),
      related: absentsRelated,
      data: { expected: String(count), actual: String(line.count) },
      fixes:
        count > 0
          ? [{ title: message(`Corriger le nombre d’absents sans délégation : ${count}`, `Correct the number of absent members without proxy: ${count}`), range: line.countRange, text: String(count), preferred: true }]
          : [{ title: message('Supprimer la ligne', 'Delete the line'), range: { start: { line: line.range.start.line, character: 0 }, end: { line: line.range.end.line + 1, character: 0 } }, text: '' }],
    });
  },
};
