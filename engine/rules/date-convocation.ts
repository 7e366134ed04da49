/**
 * date-convocation (docs/domain.md §21.1, §21.3): the members are convened enough clear days before the
 * meeting — 3 in communes under 3 500 inhabitants (L2121-11), 5 from 3 500 (L2121-12), the same in
 * intercommunalités and syndicats (L5211-1, L5711-1), 12 days for a département's or a région's
 * plenary (L3121-19, L4132-18), one in urgency. Neither the day of sending nor the meeting day
 * counts. The population comes from the configuration, else from the seats in office (L2121-2),
 * and the message says which.
 */
import { clearDaysBetween, convocationRule, populationFloorForSeats } from '../facts/law';
import type { Meeting } from '../model/types';
import type { ResolvedOptions } from '../options';
import { spelledDate } from '../facts/calendar';
import { message, related } from './helpers';
import type { Message, Rule } from './types';
import { count as counted } from '../text/plural';

interface Population {
  value?: number;
  source: Message;
}

function configuredPopulation(options: ResolvedOptions): number | undefined {
  const collectivite = (options as { collectivite?: { population?: number | null } }).collectivite;
  return typeof collectivite?.population === 'number' ? collectivite.population : undefined;
}

/** The population the delay is judged by, and where it comes from. */
function populationOf(meeting: Meeting, options: ResolvedOptions): Population {
  const configured = configuredPopulation(options);
  if (configured !== undefined) return { value: configured, source: message('population configurée', 'configured population') };
  const inOffice = meeting.attendance.counts.find((c) => c.kind === 'inOffice');
  if (meeting.collectivite.kind === 'commune' && inOffice) {
    const floor = populationFloorForSeats(inOffice.value);
    if (floor !== undefined) {
      return {
        value: floor,
        source: message(`${inOffice.value} conseillers en exercice (art. L2121-2)`, `${inOffice.value} members in office (art. L2121-2)`),
      };
    }
  }
  return { source: message('population inconnue : délai le plus court retenu', 'population unknown: the shortest delay applies') };
}

/** How long before the meeting the convocation went out, in words. */
function delay(clear: number): Message {
  if (clear < -1) return message('après la séance', 'after the meeting');
  if (clear === -1) return message('le jour même de la séance', 'on the meeting day itself');
  if (clear === 0) return message('la veille de la séance, sans jour franc', 'the day before the meeting, with no clear day');
  return message(`${counted(clear, 'fr', 'jour franc', 'jours francs')} avant la séance`, `${counted(clear, 'en', 'clear day')} before the meeting`);
}

export const dateConvocation: Rule = {
  id: 'date-convocation',
  severity: 'error',
  scope: 'dossier',
  templates: ['assemblee', 'extrait', 'proces-verbal', 'generic'],
  description: message(
    'Les membres sont convoqués assez de jours francs avant la séance.',
    'The members are convened enough clear days before the meeting.',
  ),
  check({ dossier, options, report }) {
    const meeting = dossier.meeting;
    const convocation = meeting.convocation;
    const date = meeting.date;
    if (!convocation || !date) return;
    const population = populationOf(meeting, options);
    const rule = convocationRule(meeting.collectivite.kind, meeting.body?.value, population.value, convocation.urgency === true);
    if (!rule) return;
    const clear = clearDaysBetween(convocation.date, date.date);
    if (clear >= rule.clearDays) return;
    const when = delay(clear);
    report({
      range: convocation.range,
      message: message(
        `Convocation du ${spelledDate(convocation.date, 'fr')}, ${when.fr} : il faut ${rule.clearDays} jours francs (art. ${rule.article} du CGCT ; ${population.source.fr}).`,
        `Convened on ${spelledDate(convocation.date, 'en')}, ${when.en}: ${rule.clearDays} clear days are required (CGCT art. ${rule.article}; ${population.source.en}).`,
      ),
      related: related(date.range, message('Date de la séance', 'Meeting date')),
      data: { clearDays: clear, required: rule.clearDays, article: rule.article, population: population.value ?? null },
    });
  },
};
