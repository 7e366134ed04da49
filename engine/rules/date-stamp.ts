/**
 * date-stamp (domain.md §1.2 block 0, §3, §9): the legality stamp records when the act was sent to the
 * prefect (`Envoi au contrôle de légalité le : 4 avril 2022`) and posted (`Affichage le : …`). Both
 * happen after the meeting (art. L.3131-1 and L.3131-2 of the CGCT), never before it.
 */
import type { DateRef } from '../model/types';
import { daysBetween } from '../text/dates';
import type { Rule } from './types';
import { message, related } from './helpers';
import { formatDateLike } from './lib/dates';
import { count as counted } from '../text/plural';

export const dateStamp: Rule = {
  id: 'date-stamp',
  severity: 'warning',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Les dates d’envoi au contrôle de légalité et d’affichage ne peuvent précéder la réunion.',
    'The dates of transmission to the prefect and of posting cannot precede the meeting.',
  ),
  check({ dossier, report }) {
    const meeting = dossier.deliberation.meetingDate;
    const stamp = dossier.stamp;
    if (!meeting || !stamp) return;
    const check = (date: DateRef | undefined, label: { fr: string; en: string }) => {
      if (!date) return;
      const days = daysBetween(date.date, meeting.date);
      if (days <= 0) return;
      report({
        range: date.range,
        message: message(
          `${label.fr} le ${date.text.trim()}, ${counted(days, 'fr', 'jour')} avant la réunion du ${meeting.text.trim()} : un acte ne peut être transmis ni affiché avant d’avoir été adopté.`,
          `${label.en} on ${date.text.trim()}, ${counted(days, 'en', 'day')} before the meeting of ${meeting.text.trim()}: an act cannot be sent or posted before it is adopted.`,
        ),
        related: related(meeting.range, message('Date de la réunion', 'Meeting date')),
        data: { expected: formatDateLike(meeting.date, date.text), actual: date.text, earliest: true },
        fixes: [
          {
            title: message(`Dater du ${formatDateLike(meeting.date, date.text)} (jour de la réunion)`, `Date it ${formatDateLike(meeting.date, date.text)} (the meeting day)`),
            range: date.range,
            text: formatDateLike(meeting.date, date.text),
          },
        ],
      });
    };
    check(stamp.sent, message('Envoi au contrôle de légalité', 'Sent for legality review'));
    check(stamp.posted, message('Affichage', 'Posted'));
  },
};
