/**
 * draft-incomplete: what a draft still lacks — a placeholder of the skeleton or a snippet not yet
 * replaced (`JJ/MM/AAAA`, `AAAA-NNN`, `Groupe …`), a vote line without its figure (`Pour : voix`).
 * The checks that need the part are silent on it; this notice keeps that silence from passing for
 * a complete act. Information: the document is being written.
 */
import type { VoteKind } from '../model/types';
import { message } from './helpers';
import type { Message, Rule } from './types';

const SIDE: Record<VoteKind, Message> = {
  pour: message('pour', 'for'),
  contre: message('contre', 'against'),
  abstention: message('d’abstention', 'of abstention'),
  nppv: message('de membres ne prenant pas part au vote', 'of members not voting'),
  absent: message('d’absents sans délégation', 'of absent members without proxy'),
};

export const draftIncomplete: Rule = {
  id: 'draft-incomplete',
  severity: 'information',
  scope: 'dossier',
  description: message(
    'Ce qui reste à remplir dans un brouillon : un espace réservé (JJ/MM/AAAA, AAAA-NNN, Groupe …) ou un chiffre de vote manquant.',
    'What a draft still lacks: a placeholder (JJ/MM/AAAA, AAAA-NNN, Groupe …) or a missing vote figure.',
  ),
  check({ dossier, report }) {
    for (const placeholder of dossier.placeholders ?? []) {
      report({
        range: placeholder.range,
        message: message(
          `À remplir : « ${placeholder.value} » est un espace réservé du modèle.`,
          `To fill in: “${placeholder.value}” is a placeholder of the skeleton.`,
        ),
        data: { placeholder: placeholder.value },
      });
    }
    const blanks = [
      ...(dossier.deliberation.vote?.missingFigures ?? []).map((line) => ({ kind: line.kind, range: line.range })),
      ...dossier.meeting.items.flatMap((item) => (item.vote?.missingFigures ?? []).map((f) => ({ kind: f.value, range: f.range }))),
    ];
    for (const line of blanks) {
      const side = SIDE[line.kind];
      report({
        range: line.range,
        message: message(
          `Le nombre de voix ${side.fr} n’est pas écrit : le décompte et l’issue du vote ne peuvent pas être vérifiés.`,
          `The number of votes ${side.en} is not written: the count and the outcome cannot be checked.`,
        ),
        data: { figure: line.kind },
      });
    }
  },
};
