/**
 * vote-named (docs/domain.md Part B, « vote »): the members a vote names agree with its figures and
 * with the attendance.
 *
 * - as many members named for contre, abstention or « ne prend pas part au vote » as its figure:
 *   more names than the figure is always a contradiction; fewer only when the members named could
 *   not carry the figure even with every proxy they may hold (one each, two in a health-crisis
 *   period: CGCT L2121-20, loi n° 2020-290 and the laws after it);
 * - a member named as voting who is absent without proxy for that item (the attendance's time
 *   qualifiers read against the items: `jusqu'au point 6`, `à partir de la délibération n° 4`);
 * - `à l'unanimité` (of the members, of those present, of the votes cast) with votes against, as a
 *   figure or as names — unless the deliberation is rejected, which may be unanimous too.
 *
 * The Commission Permanente's named votes are judged by vote-absent on its own model.
 */
import type { ItemVote, Meeting, MeetingItem, Person } from '../model/types';
import { proxiesAllowed } from '../facts/law';
import { effectiveVoters, holdsProxy, isUnanimous, namedOn, namedVoterAttendance, proxiesHeldBy, samePerson, type VoteSide } from '../facts/vote';
import type { DossierContext, Message, Rule } from './types';
import { message, personName, related } from './helpers';

/** `parmi les abstentions`. */
const AMONG: Record<'pour' | 'contre' | 'abstention', Message> = {
  pour: message('parmi les voix pour', 'among the votes for'),
  contre: message('parmi les voix contre', 'among the votes against'),
  abstention: message('parmi les abstentions', 'among the abstentions'),
};

/** `3 voix contre`, `1 abstention`, `2 ne prenant pas part au vote`. */
function figureText(value: number, side: VoteSide): Message {
  const plural = value > 1 ? 's' : '';
  switch (side) {
    case 'pour':
      return message(`${value} voix pour`, `${value} for`);
    case 'contre':
      return message(`${value} voix contre`, `${value} against`);
    case 'abstention':
      return message(`${value} abstention${plural}`, `${value} abstention${plural}`);
    case 'nppv':
      return message(`${value} ne prenant pas part au vote`, `${value} not voting`);
  }
}


export const voteNamed: Rule = {
  id: 'vote-named',
  severity: 'error',
  scope: 'dossier',
  templates: ['assemblee', 'extrait', 'proces-verbal', 'generic'],
  description: message(
    'Les membres nommés dans un vote doivent correspondre aux chiffres (contre, abstentions, NPPV), être présents ou représentés, et l’unanimité exclut tout vote contre.',
    'The members a vote names must match its figures (against, abstentions, not voting), be present or represented, and unanimity rules out any vote against.',
  ),
  check(context) {
    const { meeting } = context.dossier;
    for (const item of meeting.items) {
      if (!item.vote) continue;
      checkNameCounts(context, meeting, item.vote);
      checkAbsentVoters(context, meeting, item, item.vote);
      checkUnanimity(context, meeting, item, item.vote);
    }
  },
};

/**
 * The votes the members named could carry at most: their own, the proxies the attendance gives
 * them (a giver named beside the holder is counted as a name already), and every proxy whose holder
 * is not written; when the attendance says nothing of proxies, as many as the law allows each.
 */
function mostVotes(meeting: Meeting, named: readonly Person[]): number {
  const { attendees, counts } = meeting.attendance;
  const proxies = attendees.filter((a) => holdsProxy(meeting, a));
  const proxiesKnown = proxies.length > 0 || counts.some((c) => c.kind === 'represented' && c.value === 0);
  if (!proxiesKnown) return named.length * (1 + proxiesAllowed(meeting.date?.date));
  const isNamed = (person: Person) => named.some((n) => samePerson(n, person));
  let votes = named.length;
  for (const person of named) votes += proxiesHeldBy(meeting, person).filter((giver) => !isNamed(giver.person)).length;
  votes += proxies.filter((a) => !a.proxyTo && !isNamed(a.person)).length;
  return votes;
}

function checkNameCounts({ report }: DossierContext, meeting: Meeting, vote: ItemVote): void {
  for (const side of ['contre', 'abstention', 'nppv'] as const) {
    const figure = vote.figures[side];
    const named = namedOn(vote, side);
    if (!figure || named.length === 0 || named.length === figure.value) continue;
    // Fewer names than the figure: the members named may carry proxies.
    if (named.length < figure.value && mostVotes(meeting, named) >= figure.value) continue;
    const more = named.length > figure.value;
    const s = named.length > 1 ? 's' : '';
    const names = named.map(personName).join(', ');
    report({
      range: figure.range,
      message: message(
        `${figureText(figure.value, side).fr}, mais ${named.length} membre${s} nommé${s}${more ? '' : named.length > 1 ? ', qui ne peuvent porter autant de voix même avec leurs pouvoirs' : ', qui ne peut porter autant de voix même avec ses pouvoirs'} : ${names}.`,
        `${figureText(figure.value, side).en}, but ${named.length} member${s} named${more ? '' : `, who cannot carry as many votes even with ${named.length > 1 ? 'their' : 'the'} proxies`}: ${names}.`,
      ),
      related: named.map((person) => ({ range: person.range, message: message(personName(person), personName(person)) })),
      data: { actual: String(figure.value), named: named.length, side },
    });
  }
}

function checkAbsentVoters({ report }: DossierContext, meeting: Meeting, item: MeetingItem, vote: ItemVote): void {
  for (const side of ['pour', 'contre', 'abstention'] as const) {
    for (const person of namedOn(vote, side)) {
      const found = namedVoterAttendance(meeting, item, person);
      if (found?.status !== 'absent') continue;
      const absence = found.entry;
      const when = absence.qualifier ? ` (${absence.qualifier.value})` : '';
      const civility = person.civility ?? absence.person.civility;
      const e = civility === 'Mme' ? 'e' : civility === 'M.' ? '' : '(e)';
      const listed = absence.status === 'excused' ? message(`excusé${e}`, 'excused') : message(`absent${e}`, 'absent');
      report({
        range: person.range,
        message: message(
          `${personName(person)} est nommé${e} ${AMONG[side].fr}, mais la feuille de présence ${civility === 'Mme' ? 'la' : 'le'} dit ${listed.fr}${when} sans pouvoir : un membre absent et non représenté ne vote pas.`,
          `${personName(person)} is named ${AMONG[side].en}, but the attendance lists them as ${listed.en}${when} with no proxy: an absent, unrepresented member does not vote.`,
        ),
        related: related(absence.range, message(`${personName(absence.person)} : ${listed.fr}${when}`, `${personName(absence.person)}: ${listed.en}${when}`)),
        data: { person: person.text, side, status: absence.status },
      });
    }
  }
}

/**
 * `À l'unanimité` with votes against: a contradiction when some voted for too (a figure for, the
 * word `adopté`, or fewer against than votants); a deliberation all voted against is rejected
 * unanimously, which is no contradiction.
 */
function checkUnanimity({ report }: DossierContext, meeting: Meeting, item: MeetingItem, vote: ItemVote): void {
  const formula = vote.formula;
  if (!formula || !isUnanimous(vote) || vote.outcome?.value === 'rejete') return;
  const contre = vote.figures.contre;
  const opponents = namedOn(vote, 'contre');
  const against = contre ? contre.value : opponents.length;
  if (against === 0) return;
  const pour = vote.figures.pour?.value;
  const voters = effectiveVoters(meeting, item);
  const someFor = (pour !== undefined && pour > 0) || vote.outcome?.value === 'adopte' || (pour === undefined && voters !== undefined && against < voters.value);
  if (!someFor) return;
  const text =
    contre && contre.value > 0
      ? figureText(contre.value, 'contre')
      : message(`contre : ${opponents.map(personName).join(', ')}`, `against: ${opponents.map(personName).join(', ')}`);
  report({
    range: formula.range,
    message: message(
      `« À l’unanimité », mais ${text.fr} : un vote contre exclut l’unanimité.`,
      `"Unanimously", but ${text.en}: a vote against rules out unanimity.`,
    ),
    related:
      contre && contre.value > 0
        ? related(contre.range, figureText(contre.value, 'contre'))
        : opponents.map((p) => ({ range: p.range, message: message(personName(p), personName(p)) })),
    data: { formula: formula.value, contre: against },
  });
}
