/**
 * The tolerant reader: a text that looks like a deliberation but fits no known family. It reads
 * what it recognises anywhere in the text, and the read-notice rule says what it could not.
 */
import { COMMON_VOCABULARY } from './common';
import type { TemplateProfile } from './types';

export const GENERIC: TemplateProfile = {
  id: 'generic',
  name: { fr: 'délibération (modèle générique)', en: 'deliberation (generic template)' },
  // Detection falls back to it; it never wins over a recognised family.
  detect: () => 1,
  excusedHoldsProxy: false,
  layout: 'one-act',
  vocabulary: COMMON_VOCABULARY,
};
