/**
 * The people block of a deliberation (docs/domain.md §1.2 blocks 4–10, §1.3): presidency, secretary and
 * the attendance lists. Names wrap anywhere and page markers may cut a list, so a list runs on while
 * its text is unfinished; it stops at a blank line once its last item is a whole name, or at the
 * next label. Whatever follows the lists (the title) is left to the caller, from `end + 1`.
 */
import { isBlank } from '../text/normalize';
import { joinLines, type JoinedText, type LineSlice } from '../text/joined';
import { lineRange, type Range } from '../text/lines';
import { contentLines, type Region } from '../text/region';
import { civilityOf, nameMemoOf, parsePersonItem, startsWithCivility, type NameMemo } from './persons';
import { CP_ATTENDANCE_LABELS, CP_LANDMARKS, type AttendanceLabelKind } from '../templates/departement-cp';
import type { AttendanceList, Person } from './types';

export interface Attendance {
  presidency?: { name: string; person?: Person; range: Range };
  secretary?: Person;
  secretaryRange?: Range;
  lists: AttendanceList[];
  /** Last line of the people block (presidency, secretary, lists); `region.from - 1` when none. */
  end: number;
}

/** The list headers, « sans voix » ones first, and the presidency line: the template's. */
const LABELS = CP_ATTENDANCE_LABELS;
const PRESIDENCY = CP_LANDMARKS.presidency;

export function matchLabel(text: string): { kind: AttendanceLabelKind; end: number } | undefined {
  // Labels sit at the start of a line: a long line is only looked at from its head.
  const head = text.length > 200 ? text.slice(0, 200) : text;
  for (const [kind, re] of LABELS) {
    const m = re.exec(head);
    if (m) return { kind, end: m[0].length };
  }
  return undefined;
}

export function parseAttendance(region: Region): Attendance {
  const { lines } = region;
  const content = contentLines(region);
  const result: Attendance = { lists: [], end: region.from - 1 };
  let k = 0;
  while (k < content.length) {
    const i = content[k];
    const text = lines[i];
    const presidency = !result.presidency && result.lists.length === 0 ? PRESIDENCY.exec(text.slice(0, 200)) : null;
    if (presidency) {
      k = readPresidency(region, content, k, presidency[0].length, result);
      continue;
    }
    const label = matchLabel(text);
    if (!label) {
      // Before the lists, stray lines are skipped; after them, the first one is the title.
      if (result.lists.length > 0 || result.secretary) break;
      k++;
      continue;
    }
    const taken = takeListLines(region, content, k, label.end);
    const slices: LineSlice[] = taken.map((line, n) => (n === 0 ? { line, from: label.end } : { line }));
    const joined = joinLines(lines, slices, { hyphenJoin: true });
    const persons = splitItems(joined, nameMemoOf(lines));
    const labelStart = text.length - text.trimStart().length;
    const labelRange = lineRange(i, labelStart, label.end);
    const last = persons[persons.length - 1];
    const range = { start: labelRange.start, end: last ? last.range.end : labelRange.end };
    if (label.kind === 'secretary') {
      if (!result.secretary && persons.length > 0) {
        result.secretary = persons[0];
        result.secretaryRange = range;
      }
    } else {
      result.lists.push({ kind: label.kind, labelRange, persons, range });
    }
    result.end = taken[taken.length - 1];
    k += taken.length;
  }
  return result;
}

function readPresidency(region: Region, content: readonly number[], k: number, nameFrom: number, result: Attendance): number {
  const { lines } = region;
  const i = content[k];
  const slices: LineSlice[] = [{ line: i, from: nameFrom }];
  // `PRESIDENCE DE MONSIEUR JEAN-`⏎`CLAUDE LEROY`: a hyphen at the end carries the name over.
  if (lines[i].trimEnd().endsWith('-') && k + 1 < content.length && !matchLabel(lines[content[k + 1]])) {
    slices.push({ line: content[k + 1] });
  }
  const joined = joinLines(lines, slices, { hyphenJoin: true });
  const start = lines[i].length - lines[i].trimStart().length;
  const endLine = slices[slices.length - 1].line;
  const person = parsePersonItem(joined, 0, joined.length);
  result.presidency = {
    name: joined.text,
    range: { start: { line: i, character: start }, end: { line: endLine, character: lines[endLine].trimEnd().length } },
  };
  if (person) result.presidency.person = person;
  result.end = endLine;
  return k + slices.length;
}

/**
 * The content lines of the list whose label is on `content[k]`. The next line belongs to the list
 * when the text so far is unfinished (ends with `,`, `-`, `et`, a civility, a first name alone), or
 * when it follows without a blank line and starts with a civility; never when it is a label.
 */
function takeListLines(region: Region, content: readonly number[], k: number, labelEnd: number): number[] {
  const { lines } = region;
  const taken = [content[k]];
  let tail = lines[content[k]].slice(labelEnd).trimEnd();
  for (let n = k + 1; n < content.length; n++) {
    const line = content[n];
    const text = lines[line];
    if (matchLabel(text) || PRESIDENCY.test(text.slice(0, 200))) break;
    const adjacent = !hasBlankBetween(region, taken[taken.length - 1], line);
    const state = tailState(tail);
    const continues =
      state === 'open' ||
      (state === 'empty' && (adjacent || startsWithCivility(text))) ||
      (state === 'firstName' && (adjacent || startsWithCivility(text) || SURNAME_THEN_PUNCT.test(text.slice(0, 200)))) ||
      (state === 'name' && adjacent && looksLikeMoreNames(text));
    if (!continues) break;
    taken.push(line);
    tail = text.trimEnd();
  }
  return taken;
}

function hasBlankBetween(region: Region, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!region.noise.has(i) && isBlank(region.lines[i])) return true;
  return false;
}

/** `DAGBERT, Mme …` after a page break that cut `M. Michel`. */
const SURNAME_THEN_PUNCT = /^\s*\p{Lu}[\p{Lu}'’-]*\s?[,.;]/u;

/** A line that goes on with names (`Mme Carole DUBOIS, …`, `, M. …`), not a title. */
function looksLikeMoreNames(text: string): boolean {
  const head = text.slice(0, 200);
  return /^\s*[,;]/.test(head) || /^\s*\S{1,14}\s+\p{Lu}\p{Ll}/u.test(head) && startsWithCivility(head) || /,\s*(?:M\.|Mme)\s/.test(head);
}

/**
 * Where the list's text stands at the end of its last line: `empty` (label alone), `open` (an item
 * is cut), `firstName` (civility and first name, the surname is likely next), `name` (a whole name,
 * the list may have ended), `closed` (final period).
 */
function tailState(tail: string): 'empty' | 'open' | 'firstName' | 'name' | 'closed' {
  const t = tail.length > 400 ? tail.slice(-400) : tail;
  const trimmed = t.trim();
  if (trimmed === '') return 'empty';
  if (/[,;\-–]$/.test(trimmed) || /(?:^|\s)et$/i.test(trimmed)) return 'open';
  const item = trimmed.slice(Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf(';')) + 1).trim();
  const words = item.split(' ').filter((w) => w !== '');
  const last = words[words.length - 1] ?? '';
  if (civilityOf(last)) return 'open';
  if (trimmed.endsWith('.')) return 'closed';
  const named = words.filter((w) => !civilityOf(w));
  // `M. Michel` at a line end: the surname is on the next line.
  if (named.length === 1 && words.length > 1 && /\p{Ll}/u.test(named[0])) return 'firstName';
  return 'name';
}

/** Items separated by `,` or `;`, or by `et` before a civility; the final period ends the last one. */
function splitItems(joined: JoinedText, memo: NameMemo): Person[] {
  const text = joined.text;
  const persons: Person[] = [];
  let start = 0;
  const push = (end: number) => {
    const person = parsePersonItem(joined, start, end, memo);
    if (person) persons.push(person);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ',' || ch === ';') {
      push(i);
      start = i + 1;
    } else if (ch === ' ' && text.startsWith(' et ', i) && startsWithCivility(text.slice(i + 4, i + 24))) {
      push(i);
      start = i + 4;
      i += 3;
    }
  }
  push(text.length);
  return persons;
}
