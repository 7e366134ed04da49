/**
 * The extrait du registre des délibérations of a commune, an intercommunalité or a syndicat
 * (docs/domain.md §22.1): one deliberation per document — title naming the body, `Séance du …`, a
 * box of counts, the attendance, `Objet :`, the exposé, visas, the decision, the vote, the
 * signature. A meeting with many items repeats the whole header for each.
 */
import { COMMON_VOCABULARY } from './common';
import type { TemplateProfile } from './types';

const EXTRAIT = /\bextrait\s+(?:du|des)\s+(?:registre|proces[-\s]?verba[l1])/;
const SESSION_TITLE = /\bseance\s+du\s+(?:conseil\s+(?:municipal|communautaire|syndical|metropolitain)|comite\s+syndical|bureau)\b/;
// OCR spells it `DELTBERATION`, `DÉLIBÉRATTON`.
const NUMBERED_ACT = /\bd[e3]l[i1t]b[e3]ra[t1][i1t]on\s*(?:n\s*°|n°|no\b|numero)/;
const REGISTER = /\bregistre\s+des\s+deliberations\b/;
/** `L'an deux mille vingt-trois, le … le Conseil municipal …`: the opening sentence of an act. */
const OPENING = /\bl'an\s+deux\s+mille[^.]{0,200}?\b(?:conseil|comite|bureau)\b/;
const OBJECT = /\bobjet\s*:/;

export const EXTRAIT_PROFILE: TemplateProfile = {
  id: 'extrait',
  name: { fr: 'extrait du registre des délibérations', en: 'extract from the register of deliberations' },
  detect(head) {
    if (EXTRAIT.test(head)) return 8;
    let score = REGISTER.test(head) ? 3 : 0;
    if (SESSION_TITLE.test(head)) score += 3;
    if (OPENING.test(head)) score += 2;
    if (NUMBERED_ACT.test(head)) score += 2;
    if (OBJECT.test(head)) score += 1;
    return score >= 3 ? score : 0;
  },
  excusedHoldsProxy: false,
  layout: 'one-act',
  vocabulary: COMMON_VOCABULARY,
};
