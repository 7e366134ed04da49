/**
 * The deliberations of a département's or a région's assembly in plenary, and of a région's
 * commission permanente (docs/domain.md §22.4): numbered acts (`Délibération n° 01-02 du …`,
 * `DÉLIBÉRATION N°CP 2023-024 DU …`), many `VU`, `Considérant`, `DÉCIDE` or `Article 1 :`; the
 * attendance and vote are often in the meeting's minutes, not in the act.
 */
import { COMMON_VOCABULARY } from './common';
import type { TemplateProfile } from './types';

/** The assembly named at the head of the act (a commune's text may name a conseiller régional later on). */
const ASSEMBLY = /^(?:.{0,300}?)\b(?:conseil\s+(?:regional|departemental)\s+(?:d[e'’]|du|des)|la\s+commission\s+permanente\s+du\s+conseil\s+(?:regional|departemental))/;
/** A commune's, an intercommunalité's or a syndicat's own body: then the région or the département is only named. */
const LOCAL_BODY = /\bconseil\s+(?:municipal|communautaire|de\s+communaute|territorial|metropolitain|syndical)\b|\bcomite\s+syndical\b/;
// The head is folded (spaces collapsed): single optional blanks keep the pattern linear.
const NUMBERED_ACT = /\bdeliberation ?n ?°? ?(?:(?:cp|cr|cd) ?-?)?\d/;

export const ASSEMBLEE_PROFILE: TemplateProfile = {
  id: 'assemblee',
  name: { fr: 'délibération d’un département ou d’une région', en: 'deliberation of a département or a région' },
  detect(head) {
    if (!ASSEMBLY.test(head) || LOCAL_BODY.test(head.slice(0, 1500))) return 0;
    return NUMBERED_ACT.test(head) ? 9 : 4;
  },
  excusedHoldsProxy: false,
  layout: 'one-act',
  vocabulary: COMMON_VOCABULARY,
};
