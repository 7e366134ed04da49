/**
 * Acts cited in a report's prose (docs/domain.md §8.3): `Par délibération du 6 juillet 2020, le
 * Conseil départemental a adopté le rapport « Pour un numérique inclusif … »`, `Délibération cadre du
 * Conseil départemental du 26 septembre 2016 « Accompagner l’attractivité du Pas-de-Calais »`, `la
 * délibération n°2021-257 du …`, `un arrêté ministériel du 19 juillet 2019`, `la convention n°
 * 2020-04647 signée le 15 décembre 2020`. A citation needs a date: that is what is compared with the
 * visas. A deliberation also needs a number written right after the word or a title in « » in the
 * same sentence, since a bare date (`lors de sa session du 24 janvier 2022`) names no act a checker
 * could tie to a visa; an arrêté or a convention may be tied to the one of its kind in the visas.
 */
import { findActNumber, findBody, findDateRefs, findQuoted, isPeriodDate, joinWrapped, matchActNumber, namesBody } from './acts';
import { findDates } from '../text/dates';
import { CP_REPORT } from '../templates/departement-cp';
import type { DateRef, Located, ReportActKind, ReportCitation } from './types';
import type { JoinedText } from '../text/joined';
import { contentLines, type Region } from '../text/region';

const {
  citation: KEYWORD,
  citationWord: WORD,
  citationMaxLead: MAX_LEAD,
  citationNumberRightAfter: NUMBER_RIGHT_AFTER,
  citationActNumberRightAfter: ACT_NUMBER_RIGHT_AFTER,
  citationBareNumber: BARE_NUMBER,
  citationDateLead: DATE_LEAD,
  citationOtherAct: OTHER_ACT,
} = CP_REPORT;
/** How far a date may sit from the word, and a sentence may run. */
const DATE_WINDOW = 140;
const SENTENCE_WINDOW = 400;
/** A report is prose: past this many mentions, the rest is noise (a pasted list, a table). */
const MAX_CITATIONS = 200;
const MAX_MENTIONS = 2000;
interface Mention {
  kind: ReportActKind;
  /** The word's offsets. */
  start: number;
  end: number;
}

export function parseReportCitations(region: Region, joined: JoinedText = joinWrapped(region.lines, contentLines(region))): ReportCitation[] {
  const mentions = mentionsIn(joined.text);
  const out: ReportCitation[] = [];
  for (let i = 0; i < mentions.length && out.length < MAX_CITATIONS; i++) {
    const m = mentions[i];
    const next = mentions[i + 1]?.start ?? joined.text.length;
    const citation = m.kind === 'deliberation' ? readDeliberation(joined, m) : readOtherAct(joined, m, next);
    if (citation) out.push(citation);
  }
  return out;
}

/** The matches of `citation`, found where its words are: the leftmost match that ends each word. */
function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  let previousEnd = 0;
  for (const w of text.matchAll(WORD)) {
    if (out.length >= MAX_MENTIONS) break;
    const word = w.index ?? 0;
    for (let from = Math.max(previousEnd, word - MAX_LEAD); from <= word; from++) {
      KEYWORD.lastIndex = from;
      const m = KEYWORD.exec(text);
      if (!m) continue;
      const groups = m.groups ?? {};
      const kind: ReportActKind = groups.deliberation ? 'deliberation' : groups.arrete ? 'arrete' : 'convention';
      const end = from + m[0].length;
      // The arrêté's determiner is part of the match: the word is its end.
      const start = end - (groups[kind] ?? m[0]).length;
      if (start !== word) continue;
      out.push({ kind, start, end });
      previousEnd = end;
      break;
    }
  }
  return out;
}

function readDeliberation(joined: JoinedText, m: Mention): ReportCitation | undefined {
  const text = joined.text;
  const after = m.end;
  const end = sentenceEnd(text, after, Math.min(text.length, after + SENTENCE_WINDOW));
  const quoted = findQuoted(text, after, end);
  const skip: [number, number][] = quoted ? [[quoted.open, quoted.close]] : [];
  const dateLimit = Math.min(end, after + DATE_WINDOW, quoted ? quoted.open : end);
  const date = findDateRefs(joined, after, dateLimit, skip)[0];
  if (!date) return undefined;
  const number = NUMBER_RIGHT_AFTER.test(text.slice(after, after + 12)) ? findActNumber(joined, after, Math.min(after + 30, end), skip) : undefined;
  const title = titleOf(joined, quoted);
  if (!number && !title) return undefined;
  const act = citation(joined, m, date, number, title);
  const body = findBody(text, after, dateLimit, skip);
  if (body) act.body = body.body;
  return act;
}

/**
 * An arrêté or a convention: its number right after the word, its own date (`du …`, `signée le …`,
 * never one end of a period nor the meeting of a body named before it: `La Commission permanente du
 * 10 mai 2021 a validé le conventionnement`), a title in « ». Read up to the next act mentioned.
 */
function readOtherAct(joined: JoinedText, m: Mention, next: number): ReportCitation | undefined {
  const text = joined.text;
  const after = m.end;
  const end = Math.min(next, sentenceEnd(text, after, Math.min(text.length, after + SENTENCE_WINDOW)));
  const quoted = findQuoted(text, after, end);
  const skip: [number, number][] = quoted ? [[quoted.open, quoted.close]] : [];
  const number = actNumber(joined, m, after, end, skip);
  const from = number?.end ?? after;
  const dateLimit = Math.min(end, Math.max(from, quoted ? quoted.close : from) + DATE_WINDOW);
  const date = ownDate(joined, from, dateLimit, skip);
  if (!date) return undefined;
  return citation(joined, m, date, number?.located, titleOf(joined, quoted));
}

/** The first date of text[from, to) introduced as an act's own, with no deciding body named before it. */
function ownDate(joined: JoinedText, from: number, to: number, skip: [number, number][]): DateRef | undefined {
  const text = joined.text;
  for (const d of findDates(text.slice(from, to))) {
    const at = from + d.index;
    if (skip.some(([s, e]) => at >= s && at < e) || isPeriodDate(text, at, d.length)) continue;
    if (!DATE_LEAD.test(text.slice(Math.max(from, at - 24), at)) || namesBody(text, from, at) || OTHER_ACT.test(text.slice(from, at))) continue;
    return { date: d.date, text: text.slice(at, at + d.length), range: joined.rangeAt(at, at + d.length) };
  }
  return undefined;
}

function actNumber(joined: JoinedText, m: Mention, after: number, end: number, skip: [number, number][]): { located: Located<string>; end: number } | undefined {
  const text = joined.text;
  const head = text.slice(after, after + 40);
  if (ACT_NUMBER_RIGHT_AFTER.test(head)) {
    const n = matchActNumber(text, after, Math.min(after + 60, end), skip);
    return n ? { located: { value: n.value, range: joined.rangeAt(n.start, n.end) }, end: n.end } : undefined;
  }
  if (m.kind !== 'convention') return undefined;
  const bare = BARE_NUMBER.exec(head);
  if (!bare || isPeriod(bare[1])) return undefined;
  const at = after + (bare.index ?? 0) + bare[0].length - bare[1].length;
  return { located: { value: bare[1], range: joined.rangeAt(at, at + bare[1].length) }, end: at + bare[1].length };
}

/** `2022-2024`: the years a convention runs, not its number. */
function isPeriod(value: string): boolean {
  const [from, to] = value.split('-');
  return to.length === 4 && Number(to) >= Number(from) && Number(to) - Number(from) <= 15;
}

function titleOf(joined: JoinedText, quoted: ReturnType<typeof findQuoted>): Located<string> | undefined {
  if (!quoted || quoted.innerEnd <= quoted.innerStart) return undefined;
  return { value: joined.text.slice(quoted.innerStart, quoted.innerEnd), range: joined.rangeAt(quoted.innerStart, quoted.innerEnd) };
}

function citation(joined: JoinedText, m: Mention, date: DateRef, number?: Located<string>, title?: Located<string>): ReportCitation {
  const ends = [date.range.end, number?.range.end, title?.range.end].filter((p) => p !== undefined);
  const last = ends.reduce((a, b) => (b.line > a.line || (b.line === a.line && b.character > a.character) ? b : a));
  const act: ReportCitation = { kind: m.kind, date, range: { start: joined.rangeAt(m.start, m.end).start, end: last } };
  if (number) act.number = number;
  if (title) act.title = title;
  return act;
}

/** The first `.`, `;` or `:` that ends the sentence (outside « »), else `limit`. */
function sentenceEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === '«') depth++;
    else if (ch === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '.' || ch === ';') && !/[\p{L}\d]/u.test(text[i + 1] ?? '')) return i;
  }
  return limit;
}
