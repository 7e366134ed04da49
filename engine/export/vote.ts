/**
 * SCDL's vote fields from an item's vote. Schema 2.1.5: VOTE_EFFECTIF is « l'effectif total des
 * représentants élus susceptibles de participer au vote » (the members in office, example 43),
 * VOTE_REEL « l'effectif total des élus ayant réellement participé au vote (exclusion des absents) »
 * (example 40), and Validata's `sum-columns-value` check requires VOTE_REEL = VOTE_POUR +
 * VOTE_CONTRE + VOTE_ABSTENTION. Members who take no part (NPPV) are in neither side: they are
 * left out of VOTE_REEL. Figures that do not add up are never written: the four fields stay empty
 * and the reason goes to the notices (the vote-total rule reports the act itself).
 */
import type { AttendanceCount, ItemVote, Meeting, MeetingItem } from '../model/types';
import type { Message } from '../rules/types';
import { count as withCount } from '../text/plural';

export interface VoteFields {
  VOTE_EFFECTIF: number | null;
  VOTE_REEL: number | null;
  VOTE_POUR: number | null;
  VOTE_CONTRE: number | null;
  VOTE_ABSTENTION: number | null;
}

export interface VoteProblem {
  fields: (keyof VoteFields)[];
  message: Message;
}

export interface VoteReading {
  fields: VoteFields;
  problems: VoteProblem[];
}

const VOTE_KEYS: (keyof VoteFields)[] = ['VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'];

/** `configuredMembers`: `collectivite.members` (or `assembly.size`), for a text that prints no count in office. */
export function voteFields(meeting: Meeting, item: MeetingItem, configuredMembers: number | null): VoteReading {
  const problems: VoteProblem[] = [];
  const fields: VoteFields = { VOTE_EFFECTIF: null, VOTE_REEL: null, VOTE_POUR: null, VOTE_CONTRE: null, VOTE_ABSTENTION: null };
  const sides = voteSides(meeting, item);
  if ('problem' in sides) problems.push({ fields: VOTE_KEYS, message: sides.problem });
  else {
    fields.VOTE_POUR = sides.pour;
    fields.VOTE_CONTRE = sides.contre;
    fields.VOTE_ABSTENTION = sides.abstention;
    fields.VOTE_REEL = sides.pour + sides.contre + sides.abstention;
  }

  const printedInOffice = meetingCount(meeting, 'inOffice');
  const inOffice = printedInOffice !== null && printedInOffice >= 1 ? printedInOffice : null;
  const effectif = inOffice ?? configuredMembers;
  if (effectif === null) {
    problems.push({
      fields: ['VOTE_EFFECTIF'],
      message: {
        fr: 'le nombre de membres en exercice n\'est ni imprimé ni configuré (collectivite.members)',
        en: 'the number of members in office is neither printed nor configured (collectivite.members)',
      },
    });
  } else if (fields.VOTE_REEL !== null && effectif < fields.VOTE_REEL) {
    problems.push({
      fields: ['VOTE_EFFECTIF'],
      message: {
        fr: `${effectif} membres en exercice${inOffice === null ? ' (configuration)' : ''} pour ${fields.VOTE_REEL} votes exprimés ou abstentions : effectif non écrit`,
        en: `${effectif} members in office${inOffice === null ? ' (configuration)' : ''} for ${fields.VOTE_REEL} votes cast or abstentions: count not written`,
      },
    });
  } else fields.VOTE_EFFECTIF = effectif;
  return { fields, problems };
}

type Sides = { pour: number; contre: number; abstention: number } | { problem: Message };

function voteSides(meeting: Meeting, item: MeetingItem): Sides {
  const vote = item.vote;
  if (!vote) return { problem: { fr: 'aucun vote lu pour cette délibération', en: 'no vote read for this deliberation' } };
  const figure = (kind: keyof ItemVote['figures']) => {
    const value = vote.figures[kind]?.value;
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  };
  let pour = figure('pour');
  let contre = figure('contre');
  let abstention = figure('abstention');
  const nppv = figure('nppv') ?? 0;
  const exprimes = figure('exprimes');
  const votants = figure('votants') ?? meetingVoters(meeting);
  const formula = vote.formula?.value;

  if (formula !== undefined && formula !== 'majorite') {
    if ((contre ?? 0) > 0 || (vote.names.contre?.length ?? 0) > 0) {
      return { problem: { fr: '« à l\'unanimité » avec des voix contre : vote non écrit', en: '« à l\'unanimité » with votes against: vote not written' } };
    }
    contre = 0;
    if (formula === 'unanimite-exprimes') {
      // Unanimity of the votes cast: abstentions are possible, and must be known.
      if (abstention === undefined && exprimes !== undefined && votants !== undefined && votants - nppv >= exprimes) abstention = votants - nppv - exprimes;
      if (pour === undefined && exprimes !== undefined) pour = exprimes;
    } else abstention ??= 0;
    if (pour === undefined && abstention !== undefined && votants !== undefined && votants - nppv - abstention >= 0) pour = votants - nppv - abstention;
    if (pour === undefined || abstention === undefined) {
      return {
        problem: {
          fr: '« à l\'unanimité » sans nombre de votants pour cette délibération : décompte non écrit',
          en: '« à l\'unanimité » without a number of voters for this deliberation: count not written',
        },
      };
    }
  } else {
    if (pour === undefined) return { problem: { fr: 'le nombre de voix pour n\'est pas imprimé', en: 'the number of votes for is not printed' } };
    if (contre === undefined || abstention === undefined) {
      // A side left out is an empty one only when the text vouches for it: the other side is
      // printed (`46 voix pour, 1 abstention`), or the printed figures make up the voters.
      const printed = pour + (contre ?? 0) + (abstention ?? 0) + nppv;
      if ((contre !== undefined || abstention !== undefined) || (votants !== undefined && printed === votants)) {
        contre ??= 0;
        abstention ??= 0;
      } else {
        return {
          problem: {
            fr: 'ni les voix contre ni les abstentions ne sont imprimées : vote non écrit',
            en: 'neither the votes against nor the abstentions are printed: vote not written',
          },
        };
      }
    }
  }

  const real = pour + contre + abstention;
  if (votants !== undefined && real !== votants && real + nppv !== votants) {
    return {
      problem: {
        fr: `${pour} pour, ${contre} contre, ${withCount(abstention, 'fr', 'abstention')}${nppv ? `, ${nppv} ne prenant pas part au vote` : ''} pour ${withCount(votants, 'fr', 'votant')} : vote non écrit (VOTE_REEL doit valoir POUR + CONTRE + ABSTENTION)`,
        en: `${pour} for, ${contre} against, ${withCount(abstention, 'en', 'abstention')}${nppv ? `, ${nppv} taking no part` : ''} for ${withCount(votants, 'en', 'voter')}: vote not written (VOTE_REEL must equal POUR + CONTRE + ABSTENTION)`,
      },
    };
  }
  if (exprimes !== undefined && exprimes !== pour + contre) {
    return {
      problem: {
        fr: `${exprimes} suffrages exprimés pour ${pour} pour et ${contre} contre : vote non écrit`,
        en: `${exprimes} votes cast for ${pour} for and ${contre} against: vote not written`,
      },
    };
  }
  return { pour, contre, abstention };

  /**
   * Voters of a one-deliberation document from its counts. Members arrive and leave between the
   * items of a meeting, so the header of minutes says nothing certain of any one item — even when
   * the reader found only one (the text may be cut).
   */
  function meetingVoters(m: Meeting): number | undefined {
    if (m.items.length !== 1 || m.template === 'proces-verbal') return undefined;
    const voters = meetingCount(m, 'voters');
    if (voters !== null) return voters;
    const present = meetingCount(m, 'present');
    const represented = meetingCount(m, 'represented');
    return present !== null && represented !== null ? present + represented : undefined;
  }
}

/** The one value of a count that holds for the whole meeting (no `items` qualifier); null when none or two. */
function meetingCount(meeting: Meeting, kind: AttendanceCount['kind']): number | null {
  let value: number | null = null;
  for (const count of meeting.attendance?.counts ?? []) {
    if (count.kind !== kind || count.items !== undefined) continue;
    if (!Number.isSafeInteger(count.value) || count.value < 0) return null;
    if (value !== null && value !== count.value) return null;
    value = count.value;
  }
  return value;
}
