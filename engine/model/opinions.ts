/**
 * Commission opinions stated at the end of a report (docs/domain.md §1.4, §8.3):
 * `La 2ème Commission - Solidarités Humaines a émis un avis favorable sur ce rapport lors de sa
 * réunion du 07/03/2022.` and `Ce rapport a été présenté pour information à la 1ère Commission -
 * Attractivité départementale et emploi du 07/03/2022.` Sentences wrap anywhere and may carry
 * doubled spaces; page markers and footers between their lines are skipped.
 */
import { findDates } from '../text/dates';
import type { JoinedText } from '../text/joined';
import { foldBare } from '../text/normalize';
import { contentLines, type Region } from '../text/region';
import { findQuoted, joinWrapped } from './acts';
import { parseOrdinal } from './commissions';
import { CP_REPORT } from '../templates/departement-cp';
import type { CommissionOpinion, DateRef } from './types';

/** The report's sentences: the template's. */
const {
  opinionSubject: AVIS_START,
  informedSubject: INFORMED_START,
  opinionVerb: OPINION_VERB,
  informedNameStop: INFORMED_NAME_STOP,
} = CP_REPORT;

/** How far a sentence may run after its subject (characters of joined text). */
const MAX_SENTENCE = 400;

export function parseOpinions(region: Region, joined: JoinedText = joinWrapped(region.lines, contentLines(region))): CommissionOpinion[] {
  const found: CommissionOpinion[] = [];
  for (const m of joined.text.matchAll(AVIS_START)) {
    const opinion = readAvis(joined, m.index ?? 0, m[0].length, m[1]);
    if (opinion) found.push(opinion);
  }
  for (const m of joined.text.matchAll(INFORMED_START)) {
    const opinion = readInformed(joined, m.index ?? 0, m[0].length, m[1]);
    if (opinion) found.push(opinion);
  }
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function readAvis(joined: JoinedText, start: number, length: number, ordinalText: string): CommissionOpinion | undefined {
  const ordinal = parseOrdinal(ordinalText);
  if (ordinal === undefined) return undefined;
  const text = joined.text;
  const limit = Math.min(text.length, start + length + MAX_SENTENCE);
  const nameStart = skipDash(text, start + length, limit);
  const verb = OPINION_VERB.exec(text.slice(nameStart, limit));
  if (!verb) return undefined;
  const verbAt = nameStart + (verb.index ?? 0);
  // A full stop between the subject and the verb: the subject belongs to another sentence.
  if (/[.;]\s/.test(text.slice(nameStart, verbAt))) return undefined;
  const name = readName(text, nameStart, verbAt);
  const afterVerb = verbAt + verb[0].length;
  const word = foldBare(verb[1]);
  const stop = sentenceStop(text, afterVerb, limit);
  const date = dateAfter(joined, afterVerb, stop);
  const end = stop < limit ? stop + 1 : date ? date.end : afterVerb;
  return {
    ordinal,
    name,
    date: date?.ref,
    kind: 'avis',
    favourable: word === 'favorable' || word === 'favourable',
    text: text.slice(start, end),
    range: joined.rangeAt(start, end),
  };
}

function readInformed(joined: JoinedText, start: number, length: number, ordinalText: string): CommissionOpinion | undefined {
  const ordinal = parseOrdinal(ordinalText);
  if (ordinal === undefined) return undefined;
  const text = joined.text;
  const limit = Math.min(text.length, start + length + MAX_SENTENCE);
  const nameStart = skipDash(text, start + length, limit);
  let nameEnd: number;
  const quoted = findQuoted(text, nameStart, limit);
  if (quoted && quoted.open === nameStart) {
    nameEnd = quoted.close;
  } else {
    const stop = text.slice(nameStart, limit).search(INFORMED_NAME_STOP);
    nameEnd = stop >= 0 ? nameStart + stop : limit;
  }
  const name = readName(text, nameStart, nameEnd);
  const stop = sentenceStop(text, nameEnd, limit);
  const date = dateAfter(joined, nameEnd, stop);
  const end = stop < limit ? stop + 1 : date ? date.end : nameEnd;
  return {
    ordinal,
    name,
    date: date?.ref,
    kind: 'informe',
    favourable: false,
    text: text.slice(start, end),
    range: joined.rangeAt(start, end),
  };
}

/** Skips ` - ` or ` : ` between `Commission` and its name. */
function skipDash(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /[\s\-–—:]/.test(text[i])) i++;
  return i;
}

/** The name in text[from, to), quotes removed. */
function readName(text: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start < end && /[\s«"]/.test(text[start])) start++;
  while (end > start && /[\s»"]/.test(text[end - 1])) end--;
  return text.slice(start, end).trim();
}

function dateAfter(joined: JoinedText, from: number, to: number): { ref: DateRef; end: number } | undefined {
  const d = findDates(joined.text.slice(from, to))[0];
  if (!d) return undefined;
  const at = from + d.index;
  return {
    ref: { date: d.date, text: joined.text.slice(at, at + d.length), range: joined.rangeAt(at, at + d.length) },
    end: at + d.length,
  };
}

/** The first `.` or `;` ending the sentence from `from` (a dotted date does not end it), else `limit`. */
function sentenceStop(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if ((ch === '.' || ch === ';') && !/\d/.test(text[i + 1] ?? '')) return i;
  }
  return limit;
}
