/**
 * vote-outcome (CGCT L.3121-14 al. 3, L.3121-15): adopted iff Pour > Contre, abstentions not being
 * votes cast; on a tie the president's vote decides, which the text does not say, so a tie is left
 * alone. A vote block without its outcome is reported too.
 */
import type { Rule } from './types';
import { message, voteFigure, voteLines } from './helpers';

export const voteOutcome: Rule = {
  id: 'vote-outcome',
  severity: 'error',
  scope: 'dossier',
  description: message(
    '(Adopté) / (Rejeté) doit suivre les voix : adopté si Pour > Contre (art. L.3121-14 et L.3121-15 du CGCT).',
    '(Adopté) / (Rejeté) must follow the votes: adopted when For > Against (CGCT L.3121-14, L.3121-15).',
  ),
  check({ dossier, report }) {
    const vote = dossier.deliberation.vote;
    if (!vote || voteLines(dossier.deliberation, 'pour').length === 0) return;
    const pour = voteFigure(dossier.deliberation, 'pour');
    const contre = voteFigure(dossier.deliberation, 'contre');
    if (pour === contre) return;
    const expected = pour > contre ? 'adopte' : 'rejete';
    const word = expected === 'adopte' ? 'Adopté' : 'Rejeté';
    if (!vote.outcome) {
      report({
        range: vote.lines[vote.lines.length - 1]?.range ?? vote.introRange,
        message: message(
          `Le résultat du vote manque : avec Pour ${pour} et Contre ${contre}, la délibération est (${word}).`,
          `The outcome is missing: with For ${pour} and Against ${contre}, the deliberation is (${word}).`,
        ),
        data: { expected: word, missingLine: true },
        fixes: [
          {
            title: message(`Ajouter (${word})`, `Add (${word})`),
            range: { start: vote.range.end, end: vote.range.end },
            text: `\n\n(${word})`,
            preferred: true,
          },
        ],
      });
      return;
    }
    if (vote.outcome.value === expected) return;
    report({
      range: vote.outcome.range,
      message: message(
        `Pour ${pour}, Contre ${contre} : la délibération est ${expected === 'adopte' ? 'adoptée' : 'rejetée'}, pas ${expected === 'adopte' ? 'rejetée' : 'adoptée'}.`,
        `For ${pour}, Against ${contre}: the deliberation is ${expected === 'adopte' ? 'adopted' : 'rejected'}, not ${expected === 'adopte' ? 'rejected' : 'adopted'}.`,
      ),
      data: { expected: word },
      fixes: [{ title: message(`Remplacer par ${word}`, `Replace with ${word}`), range: vote.outcome.range, text: word, preferred: true }],
    });
  },
};
