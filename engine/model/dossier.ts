/**
 * Blocks → model: builds the model of one dossier from its lines. Every block parser reads only its
 * own region; this module decides the regions and assembles the results.
 */
import { isBlank } from '../text/normalize';
import { layoutDeliberation, type DeliberationLayout } from '../blocks/deliberation-layout';
import { layoutDossier, type LineSpan } from '../blocks/dossier-layout';
import { labelValue } from '../blocks/patterns';
import { CP_LANDMARKS as LANDMARKS } from '../templates/departement-cp';
import { layoutReport, titleAfter } from '../blocks/report-layout';
import { parseDate, sameDate } from '../text/dates';
import { joinLines } from '../text/joined';
import { linesRange, lineRange, trimmedLineRange, type Range } from '../text/lines';
import { noiseMask } from '../text/noise';
import { contentLines, regionOf, subRegion, type Region } from '../text/region';
import { joinWrapped } from './acts';
import { readAnnexFigures } from './annex-figures';
import { readFinancingPlans } from './financing-plans';
import { readProseTotals } from './prose-totals';
import { readQuarterCredits } from './quarter-credits';
import { parseAnnexTables } from './annex-tables';
import { parseArticles } from './articles';
import { parseAttendance } from './attendance';
import { parseDeclarations } from './declarations';
import { alignToSibling, parseImputationTables } from './imputation-tables';
import { parseOpinions } from './opinions';
import { readPlaceholders } from './placeholders';
import { readRateTable } from './rate-rows';
import { parseReportCitations } from './report-citations';
import { parseSignature } from './signature';
import { cpMeeting } from './cp-meeting';
import type { AnnexTable, BodyKind, DateRef, Deliberation, Dossier, ImputationTable, LegalityStamp, Located, Report } from './types';
import { parseVisas } from './visas';
import { parseVote } from './vote';

/**
 * Builds the model of the dossier on lines [from, to] of the document; ranges are the document's.
 * `from`/`to` default to all of `lines`.
 */
export function buildDossier(lines: readonly string[], index: number, from = 0, to = lines.length - 1): Dossier {
  const region = regionOf(lines, from, to, noiseMask(lines, from, to));
  const layout = layoutDossier(lines, from, to);
  const delibLayout = layoutDeliberation(lines, layout.deliberation);
  const deliberation = buildDeliberation(region, layout.deliberation, delibLayout);
  const reports = layout.reports.map((span) => buildReport(region, span, deliberation));
  alignSiblingTables(deliberation, reports);
  const annexes = layout.annexes.map((span) => {
    const annexRegion = subRegion(region, span.from, span.to);
    const tables = parseAnnexTables(annexRegion);
    const rates = readRateTable(annexRegion, region);
    return { range: linesRange(lines, span.from, span.to), title: annexTitle(lines, span), tables, ...readAnnexFigures(annexRegion, tables), ...(rates ? { rates } : {}) };
  });
  const stamp = delibLayout.stamp ? buildStamp(lines, delibLayout.stamp) : undefined;
  const header = delibLayout.header !== undefined ? headerText(lines, delibLayout.header) : undefined;
  // The deliberation and its reports: the annexes (most of a session's lines) are read as tables.
  const spans = [layout.deliberation, ...layout.reports];
  const plans = spans.map((span) => readFinancingPlans(lines, span.from, span.to));
  const quarters = spans.map((span) => readQuarterCredits(lines, span.from, span.to));
  return {
    template: 'departement-cp',
    meeting: cpMeeting(deliberation, stamp, header, cpBody(lines, delibLayout.header, to)),
    notes: [...plans.flatMap((p) => p.notes), ...quarters.flatMap((q) => q.notes)],
    index,
    range: linesRange(lines, from, to),
    stamp,
    deliberation,
    annexes,
    reports,
    placeholders: readPlaceholders(lines, layout.deliberation.from, layout.deliberation.to),
    financingPlans: plans.flatMap((p) => p.plans),
    quarterCredits: quarters.flatMap((q) => q.tables),
    proseTotals: spans.flatMap((span) => readProseTotals(lines, span.from, span.to)),
  };
}

function headerText(lines: readonly string[], line: number): Located<string> {
  const range = trimmedLineRange(lines, line);
  return { value: lines[line].slice(range.start.character, range.end.character), range };
}

/** The body named under the header: the Commission Permanente, or the Conseil départemental in plenary. */
function cpBody(lines: readonly string[], header: number | undefined, to: number): BodyKind {
  if (header === undefined) return 'commission-permanente';
  for (let i = header + 1; i <= to && i <= header + 4; i++) {
    if (isBlank(lines[i])) continue;
    return LANDMARKS.natureCommission.test(lines[i]) ? 'commission-permanente' : 'conseil-departemental';
  }
  return 'commission-permanente';
}

/**
 * A short row (empty cells vanish in the extraction) that no relation could place is placed by its
 * sibling: the deliberation's table and its report's share (code, imputation) rows (domain.md §6.1).
 */
function alignSiblingTables(deliberation: Deliberation, reports: Report[]): void {
  for (const report of reports) {
    if (!report.own) continue;
    for (const sibling of report.tables) {
      deliberation.tables = deliberation.tables.map((table) => alignToSibling(table, sibling));
    }
    for (const table of deliberation.tables) {
      report.tables = report.tables.map((own) => alignToSibling(own, table));
    }
  }
}

function buildDeliberation(region: Region, span: LineSpan, layout: DeliberationLayout): Deliberation {
  const { lines } = region;
  const people = layout.people ? parseAttendance(subRegion(region, layout.people.from, layout.people.to)) : undefined;
  const titleFrom = people ? people.end + 1 : layout.meeting !== undefined ? layout.meeting + 1 : span.from;
  const titleTo = layout.number !== undefined ? layout.number - 1 : titleFrom - 1;
  const decision = layout.decision ? subRegion(region, layout.decision.from, layout.decision.to) : undefined;
  const tables = decision ? parseImputationTables(decision) : [];
  return {
    range: linesRange(lines, span.from, span.to),
    header: layout.header !== undefined ? trimmedLineRange(lines, layout.header) : lineRange(span.from, 0, 0),
    meetingDate: layout.meeting !== undefined ? meetingDate(lines, layout.meeting) : undefined,
    presidency: people?.presidency,
    secretary: people?.secretary,
    secretaryRange: people?.secretaryRange,
    attendance: people?.lists ?? [],
    title: titleTo >= titleFrom ? joinedTitle(lines, titleFrom, titleTo) : undefined,
    number: layout.number !== undefined ? deliberationNumber(lines, layout.number) : undefined,
    preamble: layout.preamble !== undefined ? trimmedLineRange(lines, layout.preamble) : undefined,
    visas: layout.visas ? parseVisas(subRegion(region, layout.visas.from, layout.visas.to)) : [],
    visasRange: layout.visas ? linesRange(lines, layout.visas.from, layout.visas.to) : undefined,
    declarations: layout.visas ? parseDeclarations(subRegion(region, layout.visas.from, layout.visas.to)) : [],
    formula: layout.formula !== undefined ? trimmedLineRange(lines, layout.formula) : undefined,
    decide: layout.decide !== undefined ? trimmedLineRange(lines, layout.decide) : undefined,
    articles: decision ? parseArticles(decision, tables.map((t) => t.range)) : [],
    tables,
    ...bodyTables(decision, tables),
    vote: layout.vote ? parseVote(subRegion(region, layout.vote.from, layout.vote.to)) : undefined,
    signature: layout.signature ? parseSignature(subRegion(region, layout.signature.from, layout.signature.to)) : undefined,
  };
}

/** The decision's tables with totals, but for the imputation tables (their `Total` rows are theirs). */
function bodyTables(decision: Region | undefined, imputation: readonly ImputationTable[]): { bodyTables?: AnnexTable[] } {
  if (!decision) return {};
  const found = parseAnnexTables(decision).filter((t) => t.totals.length && !t.programme && !imputation.some((i) => rangesOverlap(i.range, t.range)));
  return found.length ? { bodyTables: found } : {};
}

function rangesOverlap(a: Range, b: Range): boolean {
  return a.start.line <= b.end.line && b.start.line <= a.end.line;
}

function buildReport(region: Region, span: LineSpan, deliberation: Deliberation): Report {
  const { lines } = region;
  const layout = layoutReport(lines, span);
  const meeting = layout.meeting !== undefined ? meetingDate(lines, layout.meeting) : undefined;
  const reportRegion = subRegion(region, span.from, span.to);
  // The report's prose, joined once for the opinions and the citations it holds.
  const prose = joinWrapped(lines, contentLines(reportRegion));
  return {
    number: layout.number !== undefined ? reportNumber(lines, layout.number) : undefined,
    meetingDate: meeting,
    title: layout.title ? joinedTitle(lines, layout.title.from, layout.title.to) : undefined,
    tables: parseImputationTables(reportRegion),
    opinions: parseOpinions(reportRegion, prose),
    citations: parseReportCitations(reportRegion, prose),
    range: linesRange(lines, span.from, span.to),
    own: !deliberation.meetingDate || !meeting || sameDate(meeting.date, deliberation.meetingDate.date),
  };
}

function meetingDate(lines: readonly string[], line: number): DateRef | undefined {
  return dateAfterLabel(lines[line], line, LANDMARKS.meeting);
}

/** The date written after the label, with its exact range on the line. */
function dateAfterLabel(text: string, line: number, label: RegExp): DateRef | undefined {
  // A date is short: a long line after a label is prose or garbage, not worth parsing.
  const found = labelValue(text.length > 400 ? text.slice(0, 400) : text, label);
  if (!found || !found.value) return undefined;
  const date = parseDate(found.value);
  if (!date) return undefined;
  return { date, text: found.value, range: lineRange(line, found.start, found.start + found.value.length) };
}

function buildStamp(lines: readonly string[], span: LineSpan): LegalityStamp {
  return {
    sent: dateAfterLabel(lines[span.from], span.from, LANDMARKS.stampSent),
    posted: span.to !== span.from ? dateAfterLabel(lines[span.to], span.to, LANDMARKS.stampPosted) : undefined,
    range: linesRange(lines, span.from, span.to),
  };
}

function deliberationNumber(lines: readonly string[], line: number): Deliberation['number'] {
  const text = lines[line];
  const m = LANDMARKS.number.exec(text);
  if (!m) return undefined;
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  const inner = text.slice(open + 1, close);
  return {
    year: Number(m[1]),
    sequence: Number(m[2]),
    text: inner.replace(/\s+/g, ''),
    range: lineRange(line, open + 1, close),
  };
}

function reportNumber(lines: readonly string[], line: number): Located<number> | undefined {
  const text = lines[line];
  const m = /\d+/.exec(text.slice(text.indexOf('°')));
  // Beyond nine digits it is no report number a reader would write (nor a safe integer, eventually).
  if (!m || m[0].length > 9) return undefined;
  const start = text.indexOf('°') + (m.index ?? 0);
  return { value: Number(m[0]), range: lineRange(line, start, start + m[0].length) };
}

function joinedTitle(lines: readonly string[], from: number, to: number): Located<string> | undefined {
  const indices: number[] = [];
  for (let i = from; i <= to; i++) if (!isBlank(lines[i])) indices.push(i);
  if (indices.length === 0) return undefined;
  const joined = joinLines(lines, indices);
  return { value: joined.text, range: joined.rangeAt(0, joined.length) };
}

function annexTitle(lines: readonly string[], span: LineSpan): Located<string> | undefined {
  const first = titleAfter(lines, span.from, Math.min(span.to, span.from + 6));
  if (!first) return undefined;
  return joinedTitle(lines, first.from, first.to);
}

export type { Range };
