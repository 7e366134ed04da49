/**
 * The template registry and detection: which profile reads a document. Each profile scores the
 * document's head; the highest wins; the configuration can force one for a folder. A text that no
 * profile recognises and that holds no deliberation word is no deliberation at all.
 */
import type { TemplateId } from '../model/types';
import { foldBare } from '../text/normalize';
import { ASSEMBLEE_PROFILE } from './assemblee';
import { DEPARTEMENT_CP } from './departement-cp';
import { EXTRAIT_PROFILE } from './extrait';
import { GENERIC } from './generic';
import { PROCES_VERBAL_PROFILE } from './proces-verbal';
import type { TemplateProfile } from './types';

export type { TemplateProfile, Vocabulary } from './types';

/** Every template, most specific first (a tie goes to the earlier one). */
export const PROFILES: readonly TemplateProfile[] = [DEPARTEMENT_CP, ASSEMBLEE_PROFILE, EXTRAIT_PROFILE, PROCES_VERBAL_PROFILE, GENERIC];

export function profileById(id: TemplateId): TemplateProfile {
  return PROFILES.find((p) => p.id === id) ?? GENERIC;
}

/** How much of the head detection reads: a title page and the opening of the first act. */
export const HEAD_CHARS = 4000;

/** Words without which a text is no deliberation (a README, a letter, an empty draft). */
const DELIBERATION_WORDS =
  /\b(?:deliber|conseil\s+(?:municipal|communautaire|syndical|metropolitain|regional|departemental)|comite\s+syndical|commission\s+permanente|seance|prefecture|l'an\s+deux\s+mille|vu\s+le\s+code|apres\s+en\s+avoir)/;
/**
 * A collectivité named as the author (`Communauté d'Agglomération Seine-Eure`, `Ville de …`): an
 * annex published with a deliberation reads as one, whose parts the read-notice says are missing.
 */
const COLLECTIVITE_NAME =
  /\b(?:communaute\s+(?:d'agglomeration|de\s+communes|urbaine)|metropole\s+(?:d[eu']|du|de\s+la)|syndicat\s+(?:mixte|intercommunal|departemental)|etablissement\s+public\s+territorial|(?:ville|commune|mairie)\s+d[e'])/;

/**
 * The head of lines [from, to] as detection reads it: joined by spaces, folded (lower case, no
 * accents), at most HEAD_CHARS characters, `%%` comment lines left out.
 */
export function documentHead(lines: readonly string[], from = 0, to = lines.length - 1): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = Math.max(0, from); i <= to && i < lines.length && size < HEAD_CHARS; i++) {
    const line = lines[i];
    if (/^\s*%%/.test(line)) continue;
    const piece = line.length > HEAD_CHARS ? line.slice(0, HEAD_CHARS) : line;
    parts.push(piece);
    size += piece.length + 1;
  }
  return foldBare(parts.join(' ').slice(0, HEAD_CHARS));
}

/**
 * The profile that reads lines [from, to]: the forced one, else the best-scoring one; undefined
 * when the text holds no deliberation at all.
 */
export function detectTemplate(
  lines: readonly string[],
  from = 0,
  to = lines.length - 1,
  forced?: TemplateId | null,
): TemplateProfile | undefined {
  if (forced) return profileById(forced);
  const head = documentHead(lines, from, to);
  let best: TemplateProfile | undefined;
  let bestScore = 0;
  for (const profile of PROFILES) {
    if (profile === GENERIC) continue;
    const score = profile.detect(head);
    if (score > bestScore) {
      best = profile;
      bestScore = score;
    }
  }
  if (best) return best;
  return DELIBERATION_WORDS.test(head) || COLLECTIVITE_NAME.test(head) ? GENERIC : undefined;
}

/** The préfecture's stamp or a deliberation's own word: what a generic text needs to pass for one. */
const DELIBERATION_EVIDENCE = /\b(?:deliber|envoye\s+en\s+prefecture|accuse\s+de\s+reception\s+en\s+prefecture|\d{3}-\d{9}-\d{8}-)/;

/** A meeting (`Séance du 17 mars 2023`) of a local council: a minutes' or an act's head. */
const SESSION = /\bseance\s+du\b/;
const LOCAL_BODY = /\bconseil\s+(?:municipal|communautaire|de\s+communaute|syndical|metropolitain|territorial)\b|\bcomite\s+syndical\b/;

/**
 * Whether a plain-text file whose head is `head` holds deliberations: what the CLI's folder walk
 * and the editor's `.txt` detection ask, so both agree with the engine. A known template must fit,
 * or the text must carry a deliberation's word or the préfecture's stamp; a text that merely names a
 * collectivité (a letter, a report) is not taken.
 */
export function looksLikeDeliberationText(head: string): boolean {
  const lines = head.slice(0, HEAD_CHARS * 2).split(/\r\n|\r|\n/);
  const profile = detectTemplate(lines);
  if (!profile) return false;
  if (profile !== GENERIC) return true;
  const folded = documentHead(lines);
  return DELIBERATION_EVIDENCE.test(folded) || (SESSION.test(folded) && LOCAL_BODY.test(folded));
}
