/**
 * Blocks → model for every template but the Commission Permanente's: the stamps first (they are
 * masked for the other readers, since they repeat on every page and cut sentences in two), then the
 * meeting's header, its attendance, its items and their votes. One dossier per document; a
 * procès-verbal's deliberations are its items.
 */
import { linesRange } from '../../text/lines';
import type { TemplateProfile } from '../../templates/types';
import type { Deliberation, Dossier, Meeting, ParseNote, UnreadPart } from '../types';
import { parseActParts } from './act-parts';
import { parseMeetingAttendance } from './attendance';
import { parseItems } from './items';
import { readPlaceholders } from '../placeholders';
import { readFinancingPlans } from '../financing-plans';
import { readProseTotals } from '../prose-totals';
import { readQuarterCredits } from '../quarter-credits';
import { parseMeetingHeader } from './meeting-header';
import { sourceOfLines } from './source';
import { parseActesStamps } from './stamps';

export function readDocument(lines: readonly string[], profile: TemplateProfile, index: number, from = 0, to = lines.length - 1): Dossier {
  const base = sourceOfLines(lines, profile, from, to);
  const { stamps, spans } = parseActesStamps(base);
  const source = { ...base, masked: spans };
  const header = parseMeetingHeader(source);
  const meeting: Meeting = {
    template: profile.id,
    excusedHoldsProxy: profile.excusedHoldsProxy,
    ...header,
    attendance: parseMeetingAttendance(source),
    // Each item's visas, considérants, decision and signature, read within its span.
    items: parseItems(source).map((item) => ({ ...item, ...parseActParts(source, item) })),
    stamps,
  };
  const range = linesRange(lines, from, to);
  const plans = readFinancingPlans(lines, from, to);
  const quarters = readQuarterCredits(lines, from, to);
  return {
    template: profile.id,
    meeting,
    notes: [...readNotes(meeting, range), ...plans.notes, ...quarters.notes],
    index,
    range,
    deliberation: emptyDeliberation(meeting, range),
    annexes: [],
    reports: [],
    placeholders: readPlaceholders(lines, from, to),
    financingPlans: plans.plans,
    quarterCredits: quarters.tables,
    proseTotals: readProseTotals(lines, from, to),
  };
}

/** What a document that looks like a deliberation does not let the reader find. */
function readNotes(meeting: Meeting, range: Dossier['range']): ParseNote[] {
  const missing: UnreadPart[] = [];
  if (!meeting.date) missing.push('date');
  if (!meeting.body) missing.push('body');
  if (meeting.attendance.counts.length === 0 && meeting.attendance.attendees.length === 0) missing.push('attendance');
  if (!meeting.items.some((item) => hasResult(item.vote))) missing.push('vote');
  if (missing.length === 0) return [];
  const start = meeting.body?.range.start ?? meeting.date?.range.start ?? range.start;
  return [{ missing, range: { start, end: start } }];
}

/** A vote that says how the item was decided: a figure for a side, a formula or an outcome (votants alone do not). */
function hasResult(vote: Meeting['items'][number]['vote']): boolean {
  if (!vote) return false;
  const f = vote.figures;
  return !!(f.pour || f.contre || f.abstention || vote.formula || vote.outcome);
}

/**
 * The Commission Permanente's fields, for the features that read them: the meeting's date and the
 * first item's title and number; the parts that template alone writes stay empty.
 */
function emptyDeliberation(meeting: Meeting, range: Dossier['range']): Deliberation {
  const first = meeting.items[0];
  const head = meeting.body?.range ?? meeting.date?.range ?? { start: range.start, end: range.start };
  return {
    range,
    header: head,
    meetingDate: meeting.date,
    attendance: [],
    title: first?.object,
    visas: [],
    declarations: [],
    articles: [],
    tables: [],
  };
}
