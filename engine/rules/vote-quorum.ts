/**
 * vote-quorum (CGCT L.3121-14-1): the Commission Permanente deliberates only when the absolute
 * majority of its members in office is present or represented: présents + excusés ≥ ⌊N/2⌋ + 1,
 * N = the configured assembly size, else présents + excusés + absents of the deliberation.
 * Also one proxy per holder (L.3121-16): excusés ≤ présents.
 */
import type { Rule } from './types';
import { attendance, countOf, message } from './helpers';

export const voteQuorum: Rule = {
  id: 'vote-quorum',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'La majorité absolue des membres doit être présente ou représentée (art. L.3121-14-1 du CGCT).',
    'An absolute majority of members must be present or represented (CGCT L.3121-14-1).',
  ),
  check({ dossier, options, report }) {
    const d = dossier.deliberation;
    const present = attendance(d, 'present');
    if (!present || present.persons.length === 0) return;
    const p = present.persons.length;
    const e = countOf(d, 'excused');
    const a = countOf(d, 'absent');
    const size = options.assembly.size ?? p + e + a;
    const quorum = Math.floor(size / 2) + 1;
    if (p + e < quorum) {
      report({
        range: present.labelRange,
        message: message(
          `Quorum non atteint : présents + excusés = ${p + e}, il en faut ${quorum} sur ${size} membres (art. L.3121-14-1 du CGCT).`,
          `No quorum: present + excused = ${p + e}, ${quorum} of ${size} members are needed (CGCT L.3121-14-1).`,
        ),
        data: { expected: String(quorum), actual: String(p + e) },
      });
    }
    if (e > p) {
      report({
        range: attendance(d, 'excused')!.labelRange,
        message: message(
          `${e} excusés pour ${p} présents : chaque présent ne peut recevoir qu’une délégation de vote (art. L.3121-16 du CGCT).`,
          `${e} excused for ${p} present: each present member can hold only one proxy (CGCT L.3121-16).`,
        ),
      });
    }
  },
};
