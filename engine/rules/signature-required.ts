/**
 * signature-required (collectivites.md §1 « Since 1 July 2022 », §4 « signature »): from 1 July 2022
 * (ordonnance n° 2021-1310), a deliberation of a commune — and of an EPCI or a syndicat, L5211-1 and
 * L5711-1 applying the commune's rules to their councils — names the secretary of the meeting and is
 * signed by the president and the secretary (L2121-23). Only the extrait judges: it is the act itself,
 * whereas the items of a procès-verbal are not signed one by one. Départements and régions are left
 * alone: the domain reference states this obligation for L2121-23 only.
 *
 * Only an act whose signature block was read with its signatories is judged: a text cut before its
 * end (an excerpt, a page missing) or a block the reader could not make out says nothing for certain.
 * A certified copy (`Pour extrait conforme`, `Extrait certifié conforme`) is certified by the maire
 * alone: it is not asked for the secretary's signature, only to name him.
 */
import { dayNumber, SIGNATURE_REFORM } from '../facts/law';
import type { BodyKind, CollectiviteKind, ItemSignature, Meeting, MeetingItem } from '../model/types';
import { message } from './helpers';
import type { Rule, RuleReport } from './types';

/** The councils L2121-23 governs, directly or through L5211-1 / L5711-1. */
const COUNCILS: ReadonlySet<BodyKind> = new Set(['conseil-municipal', 'conseil-communautaire', 'comite-syndical']);
const KINDS: ReadonlySet<CollectiviteKind> = new Set(['commune', 'epci', 'syndicat']);

function article(meeting: Meeting): string {
  const kind = meeting.collectivite.kind;
  if (kind === 'epci') return 'L2121-23 (L5211-1)';
  if (kind === 'syndicat') return 'L2121-23 (L5211-1, L5711-1)';
  return 'L2121-23';
}

/** A council L2121-23 governs: its body says so, or (no body read) the kind of collectivité does. */
function governed(meeting: Meeting): boolean {
  const body = meeting.body?.value;
  if (body) return COUNCILS.has(body) && (!meeting.collectivite.kind || KINDS.has(meeting.collectivite.kind));
  return Boolean(meeting.collectivite.kind && KINDS.has(meeting.collectivite.kind));
}

export const signatureRequired: Rule = {
  id: 'signature-required',
  severity: 'warning',
  scope: 'dossier',
  templates: ['extrait'],
  description: message(
    'Depuis le 1er juillet 2022, la délibération désigne le secrétaire de séance et est signée par le président et le secrétaire (art. L2121-23 du CGCT).',
    'Since 1 July 2022, a deliberation names the secretary of the meeting and is signed by the president and the secretary (CGCT L2121-23).',
  ),
  check({ dossier, report }) {
    const meeting = dossier.meeting;
    const date = meeting.date?.date;
    if (!date || dayNumber(date) < dayNumber(SIGNATURE_REFORM)) return;
    if (!governed(meeting)) return;
    for (const item of meeting.items) checkItem(meeting, item, report);
  },
};

function checkItem(meeting: Meeting, item: MeetingItem, report: (r: RuleReport) => void): void {
  const signature = item.signature;
  if (!signature || signature.signatories.length === 0) return;
  const law = article(meeting);
  const secretarySigns = signature.signatories.some((s) => s.role === 'secretary');
  if (!meeting.secretary && !secretarySigns) {
    report({
      range: signature.range,
      message: message(
        `La délibération ne désigne pas de secrétaire de séance : depuis le 1er juillet 2022, elle est signée par le président et le secrétaire de séance (art. ${law} du CGCT).`,
        `The deliberation names no secretary of the meeting: since 1 July 2022 it is signed by the president and the secretary (CGCT ${law}).`,
      ),
      data: { missing: 'secretary-named' },
    });
    return;
  }
  // The maire's place may be taken by the member presiding (an adjoint, a vice-president): `other` signs for him.
  if (!signature.signatories.some((s) => s.role === 'president' || s.role === 'other')) {
    report({
      range: signature.range,
      message: message(
        `Le bloc de signature ne comporte pas la signature du président de séance (art. ${law} du CGCT).`,
        `The signature block lacks the presiding member's signature (CGCT ${law}).`,
      ),
      data: { missing: 'president' },
    });
  }
  if (!secretarySigns && !signature.certifiedCopy) reportSecretaryUnsigned(meeting, signature, law, report);
}

function reportSecretaryUnsigned(meeting: Meeting, signature: ItemSignature, law: string, report: (r: RuleReport) => void): void {
  const named = meeting.secretary?.value;
  report({
    range: signature.range,
    message: message(
      `Le bloc de signature ne comporte pas la signature du secrétaire de séance${named ? ` (${named})` : ''} : depuis le 1er juillet 2022, la délibération est signée par le président et le secrétaire (art. ${law} du CGCT).`,
      `The signature block lacks the signature of the secretary of the meeting${named ? ` (${named})` : ''}: since 1 July 2022 the deliberation is signed by the president and the secretary (CGCT ${law}).`,
    ),
    related: meeting.secretary ? [{ range: meeting.secretary.range, message: message('secrétaire désigné', 'secretary named') }] : [],
    data: { missing: 'secretary-signature' },
  });
}
