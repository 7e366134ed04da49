/**
 * The meeting's procès-verbal or compte rendu, and the list of deliberations a commune posts after
 * the meeting (docs/domain.md §22.2–22.3): one attendance header, the agenda, then numbered items,
 * each ending in its decision and vote. Attendance can change between items.
 */
import { COMMON_VOCABULARY } from './common';
import type { TemplateProfile } from './types';

const MINUTES = /\b(?:proces[-\s]?verba[l1]|compte[-\s]?rendu|liste\s+des\s+deliberations|releve\s+des\s+(?:deliberations|decisions))\b/;
const EXTRAIT = /\bextrait\s+(?:du|des)\s+(?:registre|proces[-\s]?verba[l1])/;
/** `REUNION DU CONSEIL DE COMMUNAUTE DU 13 FEVRIER 2020`: a meeting, not one act. */
const MEETING_TITLE = /^.{0,200}?\breunion\s+du\s+(?:conseil|bureau|comite)\b/;
const AGENDA = /\bordre\s+du\s+jour\b/;
/** Minutes named as such (`PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU …`), even under an `Extrait du registre` heading. */
const MINUTES_OF_MEETING =
  /\b(?:proces[-\s]?verba[l1]|compte[-\s]?rendu(?:\s+(?:integral|definitif|sommaire|analytique))?)\s+(?:du|de\s+la|de\s+l'|des)\s*(?:seance|conseil|reunion|bureau|comite|assemblee)/;

export const PROCES_VERBAL_PROFILE: TemplateProfile = {
  id: 'proces-verbal',
  name: { fr: 'procès-verbal ou compte rendu de séance', en: 'minutes of the meeting' },
  detect(head) {
    const opening = head.slice(0, 1500);
    if (MINUTES_OF_MEETING.test(opening)) return 9;
    // `Extrait du procès-verbal` is one act taken from the minutes: the extrait's.
    if (EXTRAIT.test(head)) return 0;
    if (MINUTES.test(opening)) return 7;
    if (MEETING_TITLE.test(opening)) return 6;
    if (MINUTES.test(head) && AGENDA.test(head)) return 5;
    return 0;
  },
  excusedHoldsProxy: false,
  layout: 'many-items',
  vocabulary: COMMON_VOCABULARY,
};
