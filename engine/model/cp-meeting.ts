/**
 * The Commission Permanente's deliberation seen as every assembly's meeting (docs/domain.md §21):
 * the fields the département template reads in its own way, given the shape the other templates
 * share, so that the rules of every assembly, the export and the editor read one model.
 */
import type {
  Attendee,
  AttendeeStatus,
  AttendanceKind,
  BodyKind,
  Deliberation,
  ItemVote,
  LegalityStamp,
  Located,
  Meeting,
  MeetingItem,
  VoteBlock,
  VoteFigureKind,
} from './types';

const STATUS: Record<AttendanceKind, AttendeeStatus> = {
  present: 'present',
  // Members « intéressés à l'affaire » sit but take no part in the vote (docs/domain.md §2.2).
  nonVoting: 'present',
  excused: 'excused',
  excusedNonVoting: 'excused',
  absent: 'absent',
};

export function cpMeeting(
  deliberation: Deliberation,
  stamp: LegalityStamp | undefined,
  header: Located<string> | undefined,
  body: BodyKind,
): Meeting {
  const date = deliberation.meetingDate ? { ...deliberation.meetingDate, place: 'title' as const } : undefined;
  const attendees: Attendee[] = [];
  for (const list of deliberation.attendance) {
    for (const person of list.persons) attendees.push({ person, status: STATUS[list.kind], range: person.range });
  }
  return {
    template: 'departement-cp',
    excusedHoldsProxy: true,
    collectivite: { kind: 'departement', name: header },
    body: { value: body, range: deliberation.header },
    date,
    dateMentions: date ? [date] : [],
    president: deliberation.presidency ? { value: deliberation.presidency.name, range: deliberation.presidency.range } : undefined,
    secretary:
      deliberation.secretary && deliberation.secretaryRange
        ? { value: deliberation.secretary.text, range: deliberation.secretaryRange }
        : undefined,
    attendance: { counts: [], attendees },
    items: [cpItem(deliberation)],
    stamps: stamp ? [{ sent: stamp.sent, published: stamp.posted, range: stamp.range }] : [],
  };
}

function cpItem(deliberation: Deliberation): MeetingItem {
  return {
    number: deliberation.number ? { value: deliberation.number.text, range: deliberation.number.range } : undefined,
    object: deliberation.title,
    vote: deliberation.vote ? cpVote(deliberation.vote) : undefined,
    range: deliberation.range,
  };
}

function cpVote(vote: VoteBlock): ItemVote {
  const figures: ItemVote['figures'] = {};
  for (const line of vote.lines) {
    if (line.kind === 'absent') continue;
    const kind: VoteFigureKind = line.kind;
    const previous = figures[kind];
    // A figure per group would be summed by the reader; the first line carries the range.
    figures[kind] = previous ? { value: previous.value + line.count, range: previous.range } : { value: line.count, range: line.countRange };
  }
  return { figures, names: {}, outcome: vote.outcome, range: vote.range };
}
