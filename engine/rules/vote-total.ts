/**
 * vote-total, two readings of one relation (docs/domain.md Part B, « vote »):
 *
 * - the Commission Permanente (domain.md §2.2 V1): the votes counted — Pour + Contre +
 *   Abstention(s) + Ne prend pas part au vote — equal the members present or represented, présents +
 *   excusés (an excused member votes by proxy). Reported on the Pour figure, the one drafters forget
 *   to update.
 * - every other assembly: pour + contre + abstentions (+ ne prend pas part au vote) = votants, the
 *   item's own `Votants`, else the meeting's when one attendance holds for all its items; and
 *   suffrages exprimés = votants − abstentions = pour + contre (abstentions, blank ballots and
 *   members taking no part are not suffrages exprimés: CGCT L2121-20, L3121-14, L4132-13).
 */
import type { ItemVote, Located, Meeting, MeetingItem } from '../model/types';
import { effectiveVoters, namedOn, namedVoterAttendance, votedWithoutPresident, type Voters } from '../facts/vote';
import { proxiesAllowed } from '../facts/law';
import type { DossierContext, Fix, RelatedLocation, Rule } from './types';
import { attendance, countOf, message, related, voteFigure, voteLines } from './helpers';
import { count as withCount } from '../text/plural';

export const voteTotal: Rule = {
  id: 'vote-total',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'Pour + Contre + Abstention + NPPV doit égaler les votants (présents + représentés) ; suffrages exprimés = votants − abstentions.',
    'For + Against + Abstention + not voting must equal the voters (present + represented); votes cast = voters − abstentions.',
  ),
  check(context) {
    if (context.dossier.template === 'departement-cp') checkCommissionPermanente(context);
    else for (const item of context.dossier.meeting.items) if (item.vote) checkItem(context, context.dossier.meeting, item, item.vote);
  },
};

/** The Commission Permanente's vote block against its lists of présents and excusés (domain.md §2.2 V1). */
function checkCommissionPermanente({ dossier, report }: DossierContext): void {
  const d = dossier.deliberation;
  const present = attendance(d, 'present');
  const pour = voteLines(d, 'pour')[0];
  if (!d.vote || !present || !pour) return;
  const represented = present.persons.length + countOf(d, 'excused');
  const contre = voteFigure(d, 'contre');
  const abstention = voteFigure(d, 'abstention');
  const nppv = voteFigure(d, 'nppv');
  const counted = pour.count + contre + abstention + nppv;
  if (counted === represented) return;
  const terms = nppv > 0 ? ['Pour', 'Contre', 'Abstention', 'NPPV'] : ['Pour', 'Contre', 'Abstention'];
  const expectedPour = represented - contre - abstention - nppv;
  report({
    range: pour.countRange,
    message: message(
      `${terms.join(' + ')} = ${counted}, mais présents + excusés = ${represented} (${present.persons.length} + ${countOf(d, 'excused')}).`,
      `${terms.join(' + ')} = ${counted}, but present + excused = ${represented} (${present.persons.length} + ${countOf(d, 'excused')}).`,
    ),
    related: [
      ...related(present.labelRange, message(withCount(present.persons.length, 'fr', 'présent'), `${present.persons.length} present`)),
      ...related(attendance(d, 'excused')?.labelRange, message(withCount(countOf(d, 'excused'), 'fr', 'excusé'), `${countOf(d, 'excused')} excused`)),
    ],
    data: expectedPour >= 0 ? { expected: String(expectedPour), actual: String(pour.count), figure: 'pour' } : { actual: String(pour.count) },
    fixes:
      expectedPour >= 0
        ? [{ title: message(`Corriger le nombre de voix pour : ${expectedPour}`, `Correct the number of votes for: ${expectedPour}`), range: pour.countRange, text: String(expectedPour), preferred: true }]
        : undefined,
  });
}

// ── Every other assembly ────────────────────────────────────────────────────────────────────

type Counted = 'pour' | 'contre' | 'abstention';
const COUNTED: readonly Counted[] = ['pour', 'contre', 'abstention'];
const NAME: Record<Counted | 'nppv', { fr: string; en: string }> = {
  pour: { fr: 'pour', en: 'for' },
  contre: { fr: 'contre', en: 'against' },
  abstention: { fr: 'abstention', en: 'abstention' },
  nppv: { fr: 'NPPV', en: 'not voting' },
};

/** `2 abstentions`, `1 abstention`. */
function figureText(value: number, side: Counted | 'nppv', locale: 'fr' | 'en'): string {
  const word = NAME[side][locale];
  return `${value} ${side === 'abstention' && value > 1 ? `${word}s` : word}`;
}

/** The members in office, when the meeting prints one figure for them (every printed value agreeing). */
function membersInOffice(meeting: Meeting): number | undefined {
  const printed = meeting.attendance.counts.filter((c) => c.kind === 'inOffice' && !c.items);
  return printed.length > 0 && printed.every((c) => c.value === printed[0].value) ? printed[0].value : undefined;
}

function votersRelated(voters: Voters): RelatedLocation[] {
  return [
    {
      range: voters.labelRange ?? voters.range,
      message:
        voters.source === 'item'
          ? message(withCount(voters.value, 'fr', 'votant'), withCount(voters.value, 'en', 'voter'))
          : message(`${withCount(voters.value, 'fr', 'votant')} pour toute la séance`, `${withCount(voters.value, 'en', 'voter')} for the whole meeting`),
    },
  ];
}

function checkItem({ report }: DossierContext, meeting: Meeting, item: MeetingItem, vote: ItemVote): void {
  // A side labelled without its figure is a draft's (`draft-incomplete` says so): nothing to add up yet.
  if (vote.missingFigures?.length) return;
  const f = vote.figures;
  const given = COUNTED.filter((side) => f[side]);
  const voters = effectiveVoters(meeting, item);
  const sumReported = voters && given.length > 0 ? checkSum(meeting, item, vote, voters, given, report) : false;
  checkExpressed(vote, voters, sumReported, report);
}

/**
 * pour + contre + abstentions (+ NPPV) against the votants. Against the item's own votants: exact
 * when the text writes at least two of the three figures (the breakdown is then given); with one
 * figure alone only an excess is certain (`par 20 voix pour` may leave the others unsaid), and in a
 * secret ballot too (blank and spoilt ballots). Against the meeting's votants: only when all three
 * figures are written, or when the figures exceed votants that are all the members in office. NPPV
 * may be counted among the votants or beside them: both readings are accepted.
 */
function checkSum(
  meeting: Meeting,
  item: MeetingItem,
  vote: ItemVote,
  voters: Voters,
  given: Counted[],
  report: DossierContext['report'],
): boolean {
  const f = vote.figures;
  const value = (side: Counted | 'nppv') => f[side]?.value ?? 0;
  const counted = value('pour') + value('contre') + value('abstention');
  const nppv = f.nppv?.value;
  const nppvNamed = namedOn(vote, 'nppv').length;
  // Members said to take no part without a figure: how many is not known.
  const nppvUnknown = nppv === undefined && nppvNamed > 0;
  const nppvCount = nppv ?? 0;
  const v = voters.value;
  // Against the meeting's votants, only a vote that writes its whole breakdown (`VOTE : 26 POUR – 0
  // CONTRE – 2 ABSTENTIONS`) is judged: a sentence (`par 26 voix pour et 2 abstentions, M. X ne
  // prenant pas part au vote`) may leave out a member who left or took no part, said in running text.
  // Unless the figures exceed the votants when these are all the members in office: no one can
  // have come in to vote.
  const inOffice = membersInOffice(meeting);
  if (voters.source === 'meeting' && given.length < 3 && !(counted > v && inOffice !== undefined && v >= inOffice)) return false;
  let holds: boolean;
  if (counted > v) holds = false;
  // A secret ballot's blank and spoilt ballots are among the votants and in no figure.
  else if (given.length < 2 || nppvUnknown || vote.secret) holds = true;
  else if (votedWithoutPresident(item)) {
    // The president withdraws for the compte administratif, with the proxy he holds.
    const lowest = v - 1 - proxiesAllowed(meeting.date?.date) - nppvCount;
    holds = counted >= lowest;
  } else holds = counted === v || (nppvCount > 0 && counted + nppvCount === v);
  if (holds) return false;

  const first = f.pour ?? f[given[0]]!;
  const shown = given.map((t) => figureText(f[t]!.value, t, 'fr')).join(' + ');
  const shownEn = given.map((t) => figureText(f[t]!.value, t, 'en')).join(' + ');
  const withNppv = { fr: nppvCount > 0 ? ` (${counted + nppvCount} avec ${nppvCount} NPPV)` : '', en: nppvCount > 0 ? ` (${counted + nppvCount} with ${nppvCount} not voting)` : '' };
  const whose =
    voters.source === 'item'
      ? message('votants', 'voters')
      : given.length < 3
        ? message('votants de la séance, tous les membres en exercice', 'voters of the meeting, all the members in office')
        : message('votants de la séance', 'voters of the meeting');
  const fix = certainPour(meeting, item, vote, voters, given);
  report({
    range: first.range,
    message: message(
      `${shown} = ${counted}${withNppv.fr}, mais ${v} ${whose.fr}.`,
      `${shownEn} = ${counted}${withNppv.en}, but ${v} ${whose.en}.`,
    ),
    related: [
      ...votersRelated(voters),
      ...[...given, ...(nppvCount > 0 ? (['nppv'] as const) : [])]
        .filter((t) => f[t] !== first)
        .map((t) => ({ range: f[t]!.range, message: message(figureText(f[t]!.value, t, 'fr'), figureText(f[t]!.value, t, 'en')) })),
    ],
    data: fix ? { expected: fix.text, actual: String(first.value), figure: 'pour', voters: v } : { actual: String(counted), voters: v },
    fixes: fix ? [fix] : undefined,
  });
  return true;
}

/**
 * The one figure that makes the sum hold, when it is certain: the votants confirmed by the
 * attendance, every other figure confirmed by as many names, each of them present or represented
 * for the item (or nil under `à l'unanimité des présents et représentés`), no NPPV to place. Then
 * only Pour can be wrong.
 */
function certainPour(meeting: Meeting, item: MeetingItem, vote: ItemVote, voters: Voters, given: Counted[]): Fix | undefined {
  const f = vote.figures;
  const pour = f.pour;
  if (!pour || !voters.confirmed || given.length < 2) return undefined;
  if (f.nppv && f.nppv.value > 0) return undefined;
  if (namedOn(vote, 'nppv').length > 0) return undefined;
  for (const side of ['contre', 'abstention'] as const) {
    const value = f[side]?.value ?? 0;
    const named = namedOn(vote, side);
    if (value === 0 && named.length === 0 && vote.formula?.value === 'unanimite-presents') continue;
    if (value > 0 && named.length === value && named.every((person) => namedVoterAttendance(meeting, item, person)?.status === 'voting')) continue;
    return undefined;
  }
  const expected = voters.value - (f.contre?.value ?? 0) - (f.abstention?.value ?? 0);
  if (expected < 0 || expected === pour.value) return undefined;
  return {
    title: message(`Corriger le nombre de voix pour : ${expected}`, `Correct the number of votes for: ${expected}`),
    range: pour.range,
    text: String(expected),
    preferred: true,
  };
}

/**
 * Suffrages exprimés: never more than the votants; votants − abstentions when no member is said to
 * take no part (some texts count them among the votants, some beside them); pour + contre always.
 * Not in a secret ballot, where blank and spoilt ballots, which the model does not hold, also fall out.
 */
function checkExpressed(vote: ItemVote, voters: Voters | undefined, sumReported: boolean, report: DossierContext['report']): void {
  const f = vote.figures;
  const e = f.exprimes;
  if (!e || vote.secret) return;
  const pourContre = f.pour && f.contre ? f.pour.value + f.contre.value : undefined;
  // The sum was wrong and the suffrages exprimés follow pour and contre: one slip, already reported.
  if (sumReported && (pourContre === undefined || pourContre === e.value)) return;
  const nppvSaid = (f.nppv !== undefined && f.nppv.value > 0) || namedOn(vote, 'nppv').length > 0;
  // The meeting's votants may not be the item's (a member who left, said in running text): only the item's own are compared.
  const own = voters?.source === 'item' ? voters : undefined;
  const votersLessAbstentions = own && f.abstention && !nppvSaid ? own.value - f.abstention.value : undefined;
  let problem: { fr: string; en: string; related: RelatedLocation[]; expected?: number } | undefined;
  if (own && e.value > own.value) {
    problem = { fr: `plus que les ${own.value} votants`, en: `more than the ${own.value} voters`, related: votersRelated(own) };
  } else if (votersLessAbstentions !== undefined && e.value !== votersLessAbstentions) {
    problem = {
      fr: `votants − abstentions = ${own!.value} − ${f.abstention!.value} = ${votersLessAbstentions}`,
      en: `voters − abstentions = ${own!.value} − ${f.abstention!.value} = ${votersLessAbstentions}`,
      related: [...votersRelated(own!), locatedRelated(f.abstention!, 'abstentions', 'abstentions')],
      expected: votersLessAbstentions,
    };
  } else if (pourContre !== undefined && e.value !== pourContre) {
    problem = {
      fr: `pour + contre = ${f.pour!.value} + ${f.contre!.value} = ${pourContre}`,
      en: `for + against = ${f.pour!.value} + ${f.contre!.value} = ${pourContre}`,
      related: [locatedRelated(f.pour!, 'pour', 'for'), locatedRelated(f.contre!, 'contre', 'against')],
      expected: pourContre,
    };
  }
  if (!problem) return;
  // Certain only when both relations give the same figure and the sum holds: the suffrages exprimés are then the odd one.
  const certain = !sumReported && pourContre !== undefined && votersLessAbstentions !== undefined && pourContre === votersLessAbstentions;
  report({
    range: e.range,
    message: message(`${e.value} suffrages exprimés, mais ${problem.fr}.`, `${e.value} votes cast, but ${problem.en}.`),
    related: problem.related,
    data: certain ? { expected: String(pourContre), actual: String(e.value), figure: 'exprimes' } : { actual: String(e.value), ...(problem.expected !== undefined ? { computed: String(problem.expected) } : {}) },
    fixes: certain
      ? [{ title: message(`Corriger le nombre de suffrages exprimés : ${pourContre}`, `Correct the number of votes cast: ${pourContre}`), range: e.range, text: String(pourContre), preferred: true }]
      : undefined,
  });
}

function locatedRelated(figure: Located<number>, fr: string, en: string): RelatedLocation {
  return { range: figure.range, message: message(`${figure.value} ${fr}`, `${figure.value} ${en}`) };
}
