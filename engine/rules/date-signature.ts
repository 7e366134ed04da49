/**
 * date-signature (domain.md §9): the deliberation is signed the day of the meeting — `ARRAS, le 21
 * mars 2022` under `REUNION DU 21 MARS 2022`. A different date is a copy-paste from another meeting.
 */
import { daysBetween, sameDate } from '../text/dates';
import type { Rule } from './types';
import { message, related } from './helpers';
import { formatDateLike } from './lib/dates';
import { count as counted } from '../text/plural';

export const dateSignature: Rule = {
  id: 'date-signature',
  severity: 'warning',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'La date de signature (« ARRAS, le … ») doit être celle de la réunion (« REUNION DU … »).',
    'The signature date ("ARRAS, le …") must be the meeting date ("REUNION DU …").',
  ),
  check({ dossier, report }) {
    const d = dossier.deliberation;
    const signed = d.signature?.date;
    const meeting = d.meetingDate;
    if (!signed || !meeting || sameDate(signed.date, meeting.date)) return;
    const expected = formatDateLike(meeting.date, signed.text);
    const days = daysBetween(meeting.date, signed.date);
    const when = message(
      days > 0 ? `${counted(days, 'fr', 'jour')} après la réunion` : `${counted(-days, 'fr', 'jour')} avant la réunion`,
      days > 0 ? `${counted(days, 'en', 'day')} after the meeting` : `${counted(-days, 'en', 'day')} before the meeting`,
    );
    report({
      range: signed.range,
      message: message(
        `Signée le ${signed.text.trim()} (${when.fr}), mais la réunion est du ${meeting.text.trim()} : la délibération se signe le jour de la séance.`,
        `Signed on ${signed.text.trim()} (${when.en}), but the meeting is on ${meeting.text.trim()}: the deliberation is signed on the day of the meeting.`,
      ),
      related: related(meeting.range, message(`Date de la réunion : ${meeting.text.trim()}`, `Meeting date: ${meeting.text.trim()}`)),
      data: { expected, actual: signed.text },
      fixes: [
        {
          title: message(`Dater du ${expected}`, `Date it ${expected}`),
          range: signed.range,
          text: expected,
          // The meeting date is the reference when the report carries it too.
          preferred: dossier.reports.some((r) => sameDate(r.meetingDate?.date, meeting.date)),
        },
      ],
    });
  },
};
