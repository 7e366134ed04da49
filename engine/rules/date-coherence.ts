/**
 * date-coherence (docs/domain.md §24, « dates »): the dates of a meeting agree with the calendar and
 * with each other. The printed weekday is the date's; the title's date is the opening sentence's;
 * the act is not signed, sent, received or published before the meeting; the date inside the ACTES
 * ID is the meeting's.
 */
import { spelledDate, weekdayLike, weekdayName, weekdayOf } from '../facts/calendar';
import { dayNumber } from '../facts/law';
import type { DateRef, Meeting, MeetingDateMention } from '../model/types';
import { isoDate, sameDate } from '../text/dates';
import { message, related } from './helpers';
import type { Message, Rule, RuleReport } from './types';

const PLACE: Record<MeetingDateMention['place'], Message> = {
  title: message('le titre', 'the title'),
  opening: message('la phrase d’ouverture', 'the opening sentence'),
  signature: message('la signature', 'the signature'),
  label: message('la mention de la date', 'the date label'),
};

function weekdayReports(mention: MeetingDateMention): RuleReport[] {
  const weekday = mention.weekday;
  if (!weekday) return [];
  const actual = weekdayOf(mention.date);
  if (actual === weekday.value) return [];
  const written = weekdayName(weekday.value, 'fr');
  const right = weekdayName(actual, 'fr');
  return [
    {
      range: weekday.range,
      message: message(
        `Le ${isoFr(mention)} est un ${right}, pas un ${written} : le jour ou la date est faux.`,
        `${spelledDate(mention.date, 'en')} is a ${weekdayName(actual, 'en')}, not a ${weekdayName(weekday.value, 'en')}: the weekday or the date is wrong.`,
      ),
      data: { expected: right, actual: written, date: isoDate(mention.date) },
      fixes: [
        {
          title: message(`Écrire « ${right} »`, `Write « ${right} »`),
          range: weekday.range,
          text: weekdayLike(actual, written),
        },
      ],
    },
  ];
}

function isoFr(mention: MeetingDateMention): string {
  return spelledDate(mention.date, 'fr').replace(/^\S+ /, '');
}

/** A mention that disagrees with the date the text settles (the title's, else the opening's). */
function mentionReports(meeting: Meeting): RuleReport[] {
  const settled = meeting.date;
  if (!settled) return [];
  const out: RuleReport[] = [];
  for (const mention of meeting.dateMentions) {
    if (mention === settled || sameDate(mention.date, settled.date)) continue;
    // A signature may follow the meeting (an extrait certified later); before it, it cannot.
    if (mention.place === 'signature' && dayNumber(mention.date) > dayNumber(settled.date)) continue;
    if (mention.place === 'label') continue;
    out.push({
      range: mention.range,
      message: message(
        `${cap(PLACE[mention.place].fr)} date la séance du ${isoFr(mention)}, ${PLACE[settled.place].fr} du ${isoFr(settled)}.`,
        `${cap(PLACE[mention.place].en)} dates the meeting ${spelledDate(mention.date, 'en')}, ${PLACE[settled.place].en} ${spelledDate(settled.date, 'en')}.`,
      ),
      related: related(settled.range, message('Date de la séance', 'Meeting date')),
      data: { expected: isoDate(settled.date), actual: isoDate(mention.date), place: mention.place },
    });
  }
  return out;
}

function cap(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

const STAMP_PART: Record<'sent' | 'received' | 'published', Message> = {
  sent: message('Envoyé en préfecture le', 'Sent to the préfecture on'),
  received: message('Reçu en préfecture le', 'Received at the préfecture on'),
  published: message('Publié le', 'Published on'),
};

function stampReports(meeting: Meeting): RuleReport[] {
  const settled = meeting.date;
  if (!settled) return [];
  const out: RuleReport[] = [];
  const seen = new Set<string>();
  for (const stamp of meeting.stamps) {
    for (const part of ['sent', 'received', 'published'] as const) {
      const date: DateRef | undefined = stamp[part];
      if (!date || dayNumber(date.date) >= dayNumber(settled.date)) continue;
      const key = `${part}:${isoDate(date.date)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        range: date.range,
        message: message(
          `${STAMP_PART[part].fr} ${date.text.trim()}, avant la séance du ${isoFr(settled)} : un acte ne peut être transmis ni publié avant d’avoir été adopté.`,
          `${STAMP_PART[part].en} ${date.text.trim()}, before the meeting of ${spelledDate(settled.date, 'en')}: an act cannot be sent or published before it is adopted.`,
        ),
        related: related(settled.range, message('Date de la séance', 'Meeting date')),
        data: { expected: isoDate(settled.date), actual: isoDate(date.date), part },
      });
    }
    const id = stamp.id;
    if (id?.date && !sameDate(id.date, settled.date)) {
      const key = `id:${id.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        range: id.range,
        message: message(
          `L’identifiant ACTES ${id.text} porte la date du ${isoDateFr(id.date)}, la séance est du ${isoFr(settled)}.`,
          `The ACTES identifier ${id.text} carries the date ${spelledDate(id.date, 'en')}, the meeting is of ${spelledDate(settled.date, 'en')}.`,
        ),
        related: related(settled.range, message('Date de la séance', 'Meeting date')),
        data: { expected: isoDate(settled.date), actual: isoDate(id.date), part: 'id' },
      });
    }
  }
  return out;
}

function isoDateFr(date: { year: number; month: number; day: number }): string {
  return spelledDate(date, 'fr').replace(/^\S+ /, '');
}

export const dateCoherence: Rule = {
  id: 'date-coherence',
  severity: 'warning',
  scope: 'dossier',
  // The Commission Permanente's dates are checked by date-signature, date-report and date-stamp.
  templates: ['assemblee', 'extrait', 'proces-verbal', 'generic'],
  description: message(
    'Les dates d’une séance s’accordent avec le calendrier et entre elles.',
    'The dates of a meeting agree with the calendar and with each other.',
  ),
  check({ dossier, report }) {
    const meeting = dossier.meeting;
    for (const mention of meeting.dateMentions) {
      // A mention dated otherwise than the meeting is reported as such: its weekday tells nothing more.
      if (meeting.date && !sameDate(mention.date, meeting.date.date)) continue;
      for (const r of weekdayReports(mention)) report(r);
    }
    for (const r of mentionReports(meeting)) report(r);
    for (const r of stampReports(meeting)) report(r);
  },
};
