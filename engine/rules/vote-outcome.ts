/**
 * vote-outcome (CGCT L.3121-14 al. 3, L.3121-15; L2121-20, L4132-13 elsewhere): a deliberation is
 * adopted at the absolute majority of the suffrages exprimés, that is when Pour > Contre,
 * abstentions not being votes cast; on a tie the president's vote prevails, except in a secret
 * ballot, where a tie rejects.
 *
 * - the Commission Permanente: `(Adopté)` / `(Rejeté)` must follow the votes; a tie is left alone
 *   (how the president voted is not written); a vote block without its outcome is reported too.
 * - every other assembly: only what the figures exclude is reported — `adopté` with fewer votes
 *   for than against, `rejeté` with more, `adopté` on a tie in a secret ballot. Which side of the
 *   contradiction is wrong is not known: no fix.
 */
import type { DossierContext, Rule } from './types';
import type { ItemVote, MeetingItem } from '../model/types';
import { expectedOutcome } from '../facts/cp-vote';
import { message, related, voteFigure, voteLines } from './helpers';

export const voteOutcome: Rule = {
  id: 'vote-outcome',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'Adopté / rejeté doit suivre les voix : adopté si Pour > Contre ; à égalité, voix prépondérante du président, sauf au scrutin secret (art. L.2121-20, L.3121-14, L.3121-15 du CGCT).',
    'Adopted / rejected must follow the votes: adopted when For > Against; on a tie the president decides, except in a secret ballot (CGCT L2121-20, L3121-14, L3121-15).',
  ),
  check(context) {
    if (context.dossier.template === 'departement-cp') checkCommissionPermanente(context);
    else for (const item of context.dossier.meeting.items) if (item.vote) checkItem(context, item, item.vote);
  },
};

/** The Commission Permanente's `(Adopté)` / `(Rejeté)` against its Pour and Contre lines. */
function checkCommissionPermanente({ dossier, report }: DossierContext): void {
  const vote = dossier.deliberation.vote;
  if (!vote || voteLines(dossier.deliberation, 'pour').length === 0) return;
  const pour = voteFigure(dossier.deliberation, 'pour');
  const contre = voteFigure(dossier.deliberation, 'contre');
  const expected = expectedOutcome(pour, contre);
  if (!expected) return;
  const word = expected === 'adopte' ? 'Adopté' : 'Rejeté';
  if (!vote.outcome) {
    report({
      range: vote.lines[vote.lines.length - 1]?.range ?? vote.introRange,
      message: message(
        `Le résultat du vote manque : avec Pour ${pour} et Contre ${contre}, la délibération est ${expected === 'adopte' ? 'adoptée' : 'rejetée'} ; écrire « (${word}) ».`,
        `The outcome is missing: with For ${pour} and Against ${contre}, the deliberation is ${expected === 'adopte' ? 'adopted' : 'rejected'}; write "(${word})".`,
      ),
      data: { expected: word, missingLine: true },
      fixes: [
        {
          title: message(`Ajouter le résultat : (${word})`, `Add the outcome: (${word})`),
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
    fixes: [{ title: message(`Corriger le résultat du vote : ${word}`, `Correct the outcome of the vote: ${word}`), range: vote.outcome.range, text: word, preferred: true }],
  });
}

const ARTICLE: Record<string, string> = { commune: 'L2121-20', epci: 'L2121-20 (L5211-1)', syndicat: 'L2121-20 (L5211-1)', departement: 'L3121-15', region: 'L4132-13' };

/** Every other assembly: `adopté` / `rejeté` against what the figures allow. */
function checkItem({ dossier, report }: DossierContext, item: MeetingItem, vote: ItemVote): void {
  const { pour, contre } = vote.figures;
  const outcome = vote.outcome;
  if (!outcome || !pour || !contre) return;
  const p = pour.value;
  const c = contre.value;
  const article = ARTICLE[dossier.meeting.collectivite.kind ?? 'commune'] ?? 'L2121-20';
  let excluded: { fr: string; en: string } | undefined;
  if (outcome.value === 'adopte' && p < c) {
    excluded = {
      fr: `Pour ${p}, Contre ${c} : la majorité des suffrages exprimés a voté contre, la délibération ne peut pas être adoptée (art. ${article} du CGCT).`,
      en: `For ${p}, Against ${c}: the majority of the votes cast is against, the deliberation cannot be adopted (CGCT ${article}).`,
    };
  } else if (outcome.value === 'rejete' && p > c) {
    excluded = {
      fr: `Pour ${p}, Contre ${c} : la majorité absolue des suffrages exprimés a voté pour, la délibération ne peut pas être rejetée (art. ${article} du CGCT).`,
      en: `For ${p}, Against ${c}: the absolute majority of the votes cast is for, the deliberation cannot be rejected (CGCT ${article}).`,
    };
  } else if (outcome.value === 'adopte' && p === c && p > 0 && vote.secret) {
    excluded = {
      fr: `Pour ${p}, Contre ${c} au scrutin secret : sans voix prépondérante du président, l’égalité ne donne pas la majorité absolue, la délibération ne peut pas être adoptée (art. ${article} du CGCT).`,
      en: `For ${p}, Against ${c} in a secret ballot: with no casting vote, a tie is no absolute majority, the deliberation cannot be adopted (CGCT ${article}).`,
    };
  }
  if (!excluded) return;
  report({
    range: outcome.range,
    message: message(excluded.fr, excluded.en),
    related: [
      ...related(pour.range, message(`${p} pour`, `${p} for`)),
      ...related(contre.range, message(`${c} contre`, `${c} against`)),
    ],
    data: { expected: outcome.value === 'adopte' ? 'rejete' : 'adopte', actual: outcome.value, pour: p, contre: c, item: item.number?.value },
  });
}
