/**
 * Which reader builds a dossier: the Commission Permanente's, whose lines it knows one by one, or
 * the reader of every other assembly, chosen by the template the document's head fits.
 */
import { CP_ATTENDANCE_LABELS, CP_LANDMARKS as LANDMARKS } from '../templates/departement-cp';
import { detectTemplate } from '../templates/index';
import type { TemplateId } from './types';
import { readDocument } from './assembly/read-document';
import { buildDossier } from './dossier';
import type { Dossier } from './types';

/**
 * The dossier of lines [from, to], which hold no `DEPARTEMENT DU …` header: another template's
 * document, a Commission Permanente draft not headed yet, or no deliberation at all (null).
 */
export function buildUnheadedDossier(
  lines: readonly string[],
  index: number,
  from: number,
  to: number,
  forced?: TemplateId | null,
): Dossier | null {
  const profile = detectTemplate(lines, from, to, forced);
  if (profile?.id === 'departement-cp') return buildDossier(lines, index, from, to);
  if (!profile || profile.id === 'generic') {
    // A draft of the Commission Permanente typed without its header yet still reads as one; so does
    // a fragment of its lines (its attendance lists) in which no other template shows.
    if (hasCpLandmark(lines, from, to, CP_DRAFT_LANDMARKS)) return buildDossier(lines, index, from, to);
    if (!profile && hasCpLandmark(lines, from, to, CP_FRAGMENT_LANDMARKS)) return buildDossier(lines, index, from, to);
    if (!profile) return null;
  }
  return readDocument(lines, profile, index, from, to);
}

/** Lines only the Commission Permanente writes (`REUNION DU …`, `(N°2022-401)`, `Dans les conditions de vote`). */
const CP_DRAFT_LANDMARKS = [LANDMARKS.meeting, LANDMARKS.number, LANDMARKS.voteIntro];
const CP_FRAGMENT_LANDMARKS = CP_ATTENDANCE_LABELS.map(([, label]) => label);

function hasCpLandmark(lines: readonly string[], from: number, to: number, landmarks: readonly RegExp[]): boolean {
  for (let i = from; i <= to && i < from + 2000; i++) {
    const line = lines[i];
    if (line.length > 300) continue;
    if (landmarks.some((landmark) => landmark.test(line))) return true;
  }
  return false;
}
