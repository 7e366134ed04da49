/**
 * numero-year (domain.md §1.2 block 12, §9): a deliberation's number `(N°2022-80)` starts with the
 * year of its meeting, and names one act only: used twice in a file, or in another file of the
 * workspace for a different act (another meeting date or title), it is a copy-paste slip.
 */
import type { Dossier } from '../model/types';
import { isoDate } from '../text/dates';
import { shortName, titleComparisonKey, type DeliberationFact } from '../workspace/facts';
import type { Rule } from './types';
import { message, related } from './helpers';

function numberKey(dossier: Dossier): string | undefined {
  const n = dossier.deliberation.number;
  return n ? `${n.year}-${n.sequence}` : undefined;
}

/** The same act when the meeting date and title agree (a dossier exported in two files). */
function sameAct(dossier: Dossier, fact: DeliberationFact): boolean {
  const d = dossier.deliberation;
  const date = d.meetingDate ? isoDate(d.meetingDate.date) : undefined;
  if (date !== fact.meetingDate) return false;
  if (!d.title || !fact.title) return d.title === undefined && fact.title === undefined;
  return titleComparisonKey(d.title.value) === titleComparisonKey(fact.title);
}

export const numeroYear: Rule = {
  id: 'numero-year',
  severity: 'warning',
  scope: 'file',
  templates: ['departement-cp'],
  description: message(
    'Le numéro de la délibération commence par l’année de la réunion et n’est attribué qu’une fois.',
    "The deliberation number starts with the meeting year and is given only once.",
  ),
  check({ dossiers, workspace, report }) {
    const seen = new Map<string, Dossier>();
    const elsewhere = new Map<string, { uri: string; fact: DeliberationFact }[]>();
    for (const file of workspace?.files ?? []) {
      for (const fact of file.deliberations) {
        const list = elsewhere.get(fact.number) ?? [];
        list.push({ uri: file.uri, fact });
        elsewhere.set(fact.number, list);
      }
    }
    for (const dossier of dossiers) {
      const d = dossier.deliberation;
      const n = d.number;
      if (!n) continue;
      const meeting = d.meetingDate;
      if (meeting && meeting.date.year !== n.year) {
        const expected = n.text.replace(String(n.year), String(meeting.date.year));
        report({
          range: n.range,
          message: message(
            `Le numéro ${n.text} porte l’année ${n.year}, mais la réunion est du ${meeting.text.trim()} (${meeting.date.year}).`,
            `Number ${n.text} carries the year ${n.year}, but the meeting is on ${meeting.text.trim()} (${meeting.date.year}).`,
          ),
          related: related(meeting.range, message('Date de la réunion', 'Meeting date')),
          data: { expected, actual: n.text },
          fixes: [{ title: message(`Corriger le numéro : ${expected}`, `Correct the number: ${expected}`), range: n.range, text: expected, preferred: true }],
        });
      }
      const key = numberKey(dossier)!;
      const first = seen.get(key);
      if (first) {
        const title = first.deliberation.title?.value;
        report({
          range: n.range,
          message: message(
            `Le numéro ${n.text} est déjà celui d’une autre délibération de ce fichier${title ? ` (« ${title} »)` : ''}.`,
            `Number ${n.text} is already the number of another deliberation of this file${title ? ` ("${title}")` : ''}.`,
          ),
          related: related(first.deliberation.number!.range, message(`Première délibération ${n.text}`, `First deliberation ${n.text}`)),
          data: { duplicateOf: { line: first.deliberation.number!.range.start.line } },
        });
        continue;
      }
      seen.set(key, dossier);
      for (const { uri, fact: other } of elsewhere.get(key) ?? []) {
        if (sameAct(dossier, other)) continue;
        const name = shortName(uri);
        const line = other.range.start.line + 1;
        report({
          range: n.range,
          message: message(
            `Le numéro ${n.text} est aussi celui d’une autre délibération, dans ${name} (ligne ${line}${other.meetingDate ? `, réunion du ${frenchIso(other.meetingDate)}` : ''}).`,
            `Number ${n.text} is also the number of another deliberation, in ${name} (line ${line}${other.meetingDate ? `, meeting of ${frenchIso(other.meetingDate)}` : ''}).`,
          ),
          data: { duplicateOf: { uri, line: other.range.start.line, range: other.range } },
        });
        break;
      }
    }
  },
};

/** `2022-03-21` → `21/03/2022`. */
function frenchIso(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
