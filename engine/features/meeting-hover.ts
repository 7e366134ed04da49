/**
 * Hovers on the meeting of every assembly but the Commission Permanente (whose hovers are in
 * hover.ts): a count with what it relates to and the quorum of the day, a person's status and proxy,
 * a date with its weekday and the convocation's clear days, a vote figure with its sum. Markdown,
 * French or English, with the article of the CGCT behind each relation.
 */
import { spelledDate } from '../facts/calendar';
import { clearDaysBetween, convocationRule, proxiesAllowed, quorumOn } from '../facts/law';
import type { AttendanceCount, Attendee, CountKind, Dossier, ItemVote, Meeting, Range } from '../model/types';
import type { Locale } from '../rules/types';
import type { Position } from '../text/lines';
import type { Hover } from './lsp';
import { escapeMarkdown as md, pick } from './text-utils';
import { count as counted } from '../text/plural';

const COUNT: Record<CountKind, [string, string]> = {
  inOffice: ['Conseillers en exercice', 'Members in office'],
  present: ['Présents', 'Present'],
  substitutes: ['Suppléants', 'Substitutes'],
  represented: ['Représentés (pouvoirs)', 'Represented (proxies)'],
  voters: ['Votants', 'Voting'],
  absent: ['Absents', 'Absent'],
  excused: ['Excusés', 'Excused'],
  quorum: ['Quorum', 'Quorum'],
  expressed: ['Suffrages exprimés', 'Votes cast'],
};

function contains(range: Range, p: Position): boolean {
  const after = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const before = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return after && before;
}

export function meetingHover(dossier: Dossier, position: Position, locale: Locale): Hover | undefined {
  const meeting = dossier.meeting;
  const at = (range: Range | undefined) => !!range && contains(range, position);
  const answer = (value: string, range: Range): Hover => ({ contents: { kind: 'markdown', value }, range });
  for (const count of meeting.attendance.counts) {
    if (at(count.range) || at(count.labelRange)) return answer(countHover(meeting, count, locale), count.range);
  }
  for (const attendee of meeting.attendance.attendees) {
    if (at(attendee.person.range)) return answer(attendeeHover(meeting, attendee, locale), attendee.person.range);
  }
  const convocation = meeting.convocation;
  if (convocation && at(convocation.range)) return answer(convocationHover(meeting, locale), convocation.range);
  for (const mention of meeting.dateMentions) {
    if (at(mention.range)) return answer(`**${pick(locale, 'Séance', 'Meeting')}** · ${spelledDate(mention.date, locale)}`, mention.range);
  }
  for (const item of meeting.items) {
    const vote = item.vote;
    if (!vote) continue;
    for (const figure of Object.values(vote.figures)) {
      if (figure && at(figure.range)) return answer(voteHover(vote, locale), figure.range);
    }
    if (vote.formula && at(vote.formula.range)) return answer(voteHover(vote, locale), vote.formula.range);
  }
  return undefined;
}

function countOf(meeting: Meeting, kind: CountKind): number | undefined {
  return meeting.attendance.counts.find((c) => c.kind === kind && !c.items)?.value;
}

function countHover(meeting: Meeting, count: AttendanceCount, locale: Locale): string {
  const [fr, en] = COUNT[count.kind];
  const lines = [`**${pick(locale, fr, en)}** · ${count.value}${count.items ? ` (${md(count.items.value)})` : ''}`];
  const named = meeting.attendance.attendees.filter((a) => a.status === (count.kind === 'represented' ? 'represented' : count.kind) && !a.qualifier).length;
  if ((count.kind === 'present' || count.kind === 'represented' || count.kind === 'absent' || count.kind === 'excused') && named > 0) {
    lines.push(pick(locale, `La liste en nomme ${named}.`, `The list names ${named}.`));
  }
  const inOffice = countOf(meeting, 'inOffice');
  if ((count.kind === 'present' || count.kind === 'quorum') && inOffice !== undefined) {
    const rule = quorumOn(inOffice, meeting.date?.date, meeting.collectivite.kind, meeting.body?.value);
    const present = count.kind === 'present' ? count.value : countOf(meeting, 'present');
    const represented = countOf(meeting, 'represented') ?? 0;
    const counted = present === undefined ? undefined : rule.countsRepresented ? present + represented : present;
    const mark = counted === undefined ? '' : counted >= rule.required ? ' ✓' : ' ✗';
    lines.push(
      pick(
        locale,
        `Quorum : ${rule.required} ${rule.countsRepresented ? 'présents ou représentés' : 'présents'} sur ${inOffice} en exercice (art. ${rule.article})${mark}`,
        `Quorum: ${rule.required} ${rule.countsRepresented ? 'present or represented' : 'present'} of ${inOffice} in office (art. ${rule.article})${mark}`,
      ),
    );
  }
  if (count.kind === 'voters') {
    const present = countOf(meeting, 'present');
    const represented = countOf(meeting, 'represented');
    if (present !== undefined && represented !== undefined) {
      const holds = present + represented === count.value;
      lines.push(`${pick(locale, 'Présents', 'Present')} ${present} + ${pick(locale, 'pouvoirs', 'proxies')} ${represented} = ${present + represented} ${holds ? '✓' : `≠ ${count.value} ✗`}`);
    }
  }
  return lines.join('\n\n');
}

const STATUS: Record<Attendee['status'], [string, string]> = {
  present: ['présent', 'present'],
  represented: ['représenté', 'represented'],
  absent: ['absent', 'absent'],
  excused: ['excusé', 'excused'],
};

function attendeeHover(meeting: Meeting, attendee: Attendee, locale: Locale): string {
  const [fr, en] = STATUS[attendee.status];
  const lines = [`**${md(attendee.person.text)}** · ${pick(locale, fr, en)}${attendee.qualifier ? ` (${md(attendee.qualifier.value)})` : ''}`];
  if (attendee.proxyTo) lines.push(pick(locale, `Pouvoir donné à ${md(attendee.proxyTo.text)}.`, `Proxy given to ${md(attendee.proxyTo.text)}.`));
  if (attendee.substituteFor) lines.push(pick(locale, `Suppléant de ${md(attendee.substituteFor.text)}.`, `Substitute for ${md(attendee.substituteFor.text)}.`));
  const held = meeting.attendance.attendees.filter((a) => a.proxyTo?.key === attendee.person.key);
  if (held.length > 0) {
    const allowed = proxiesAllowed(meeting.date?.date);
    lines.push(
      pick(
        locale,
        `Détient ${counted(held.length, 'fr', 'pouvoir')} : ${held.map((a) => md(a.person.text)).join(', ')} (au plus ${allowed} ce jour-là, art. L2121-20).`,
        `Holds ${held.length} prox${held.length > 1 ? 'ies' : 'y'}: ${held.map((a) => md(a.person.text)).join(', ')} (at most ${allowed} that day, art. L2121-20).`,
      ),
    );
  }
  return lines.join('\n\n');
}

function convocationHover(meeting: Meeting, locale: Locale): string {
  const convocation = meeting.convocation!;
  const lines = [`**${pick(locale, 'Convocation', 'Convocation')}** · ${spelledDate(convocation.date, locale)}`];
  if (meeting.date) {
    const clear = clearDaysBetween(convocation.date, meeting.date.date);
    const rule = convocationRule(meeting.collectivite.kind, meeting.body?.value, undefined, convocation.urgency === true);
    const mark = rule ? (clear >= rule.clearDays ? ` ✓ (${rule.clearDays} ${pick(locale, 'requis', 'required')}, art. ${rule.article})` : ` ✗ (${rule.clearDays} ${pick(locale, 'requis', 'required')}, art. ${rule.article})`) : '';
    lines.push(pick(locale, `${counted(Math.max(0, clear), 'fr', 'jour franc', 'jours francs')} avant la séance du ${spelledDate(meeting.date.date, 'fr')}${mark}`, `${counted(Math.max(0, clear), 'en', 'clear day')} before the meeting of ${spelledDate(meeting.date.date, 'en')}${mark}`));
  }
  return lines.join('\n\n');
}

function voteHover(vote: ItemVote, locale: Locale): string {
  const f = vote.figures;
  const parts: string[] = [];
  const sum = (f.pour?.value ?? 0) + (f.contre?.value ?? 0) + (f.abstention?.value ?? 0) + (f.nppv?.value ?? 0);
  if (f.pour) parts.push(`${pick(locale, 'Pour', 'For')} ${f.pour.value}`);
  if (f.contre) parts.push(`${pick(locale, 'Contre', 'Against')} ${f.contre.value}`);
  if (f.abstention) parts.push(`${pick(locale, 'Abstention', 'Abstention')} ${f.abstention.value}`);
  if (f.nppv) parts.push(`NPPV ${f.nppv.value}`);
  let head = `**${pick(locale, 'Vote', 'Vote')}**`;
  if (parts.length > 0) head += ` · ${parts.join(' + ')} = ${sum}`;
  if (f.votants) head += parts.length > 0 ? ` ${sum === f.votants.value ? '=' : '≠'} ${pick(locale, 'votants', 'voting')} ${f.votants.value} ${sum === f.votants.value ? '✓' : '✗'}` : ` · ${pick(locale, 'votants', 'voting')} ${f.votants.value}`;
  const lines = [head];
  if (vote.formula) lines.push(md(vote.formula.value.startsWith('unanimite') ? pick(locale, 'À l’unanimité', 'Unanimous') : pick(locale, 'À la majorité', 'By a majority')));
  if (vote.outcome) lines.push(vote.outcome.value === 'adopte' ? pick(locale, 'Adopté', 'Adopted') : pick(locale, 'Rejeté', 'Rejected'));
  return lines.join('\n\n');
}
