/**
 * Declarations of interest among the visas (docs/domain.md §1.2 block 15, §2.3):
 * `Madame Karine GAUTHIER, intéressée à l’affaire, n’a pris part ni au débat, ni au vote.`,
 * several persons (`Madame Florence WOZNY et M. Jean-Claude DISSAUX, intéressés à l’affaire, …`),
 * or `…, intéressé à l’affaire et excusé, n’a pas donné de délégation de vote pour ce rapport.`
 */
import { joinLines, type JoinedText } from '../text/joined';
import { contentLines, type Region } from '../text/region';
import { civilityOf, parsePersonItem, startsWithCivility } from './persons';
import { CP_DECLARATIONS } from '../templates/departement-cp';
import type { InterestDeclaration, Person } from './types';

const {
  otherStart: OTHER_START,
  interest: INTEREST,
  interestStart: INTEREST_START,
  verb: VERB,
  excused: WITHOUT_PROXY,
  noProxyGiven: NO_PROXY_GIVEN,
} = CP_DECLARATIONS;
/** A civility then a capitalised name (`Madame Karine`, `M. Jean-Claude`), not `Monsieur le Préfet`. */
const NAMED = /^\s*\S{1,14}\s+\p{Lu}/u;

/** A sentence never runs longer than this many lines: a runaway paragraph is cut. */
const MAX_SENTENCE_LINES = 8;

interface Paragraph {
  lines: number[];
  other: boolean;
  closed: boolean;
}

export function parseDeclarations(region: Region): InterestDeclaration[] {
  const { lines } = region;
  const out: InterestDeclaration[] = [];
  for (const paragraph of paragraphs(region)) {
    if (paragraph.other) continue;
    const joined = joinLines(lines, paragraph.lines, { hyphenJoin: true });
    for (const [start, end] of sentences(joined.text)) {
      const declaration = readDeclaration(joined, start, end);
      if (declaration) out.push(declaration);
    }
  }
  return out;
}

/**
 * Groups the content lines: a visa (or the formula) runs until a line ends with `;` or `.`, and so
 * does any other paragraph. A line starting with a named person opens a new paragraph even when the
 * visa before it lacks its final `;`.
 */
function paragraphs(region: Region): Paragraph[] {
  const { lines } = region;
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const i of contentLines(region)) {
    const head = lines[i].slice(0, 300);
    const other = OTHER_START.test(head);
    const named = !other && NAMED.test(head) && startsWithCivility(head);
    // A name at the start of a line leaves an unfinished visa; inside prose it opens a declaration
    // only if it speaks of interest.
    const declarationStart = named && (current?.other === true || INTEREST_START.test(head));
    if (other || declarationStart || !current || current.closed || current.lines.length >= MAX_SENTENCE_LINES) {
      current = { lines: [], other, closed: false };
      out.push(current);
    }
    current.lines.push(i);
    current.closed = /[.;]\s*$/.test(lines[i].slice(-40)) && !endsWithCivility(lines[i]);
  }
  return out;
}

function endsWithCivility(text: string): boolean {
  const m = /(\S{1,14})\s*$/.exec(text.slice(-40));
  return !!m && !!civilityOf(m[1]);
}

/** Sentence spans of a paragraph: cut after `.` or `;` that does not end a civility (`M.`). */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== ';') continue;
    if (ch === '.' && civilityOf(lastWord(text, i + 1))) continue;
    out.push([start, i + 1]);
    start = i + 1;
  }
  if (text.slice(start).trim() !== '') out.push([start, text.length]);
  return out;
}

function lastWord(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 16 && text[s - 1] !== ' ') s--;
  return text.slice(s, end);
}

function readDeclaration(joined: JoinedText, start: number, end: number): InterestDeclaration | undefined {
  const text = joined.text;
  while (start < end && text[start] === ' ') start++;
  const sentence = text.slice(start, end);
  const interest = INTEREST.exec(sentence);
  if (!interest) return undefined;
  const at = start + interest.index;
  // The persons are named before the comma that precedes `intéressé` (or, inverted, after it).
  let namesEnd = text.lastIndexOf(',', at);
  if (namesEnd < start) namesEnd = at;
  let persons = splitPersons(joined, start, namesEnd);
  if (persons.length === 0) {
    const after = start + interest.index + interest[0].length;
    const verb = sentence.slice(after - start).search(VERB);
    persons = splitPersons(joined, after, verb >= 0 ? after + verb : end);
  }
  const tail = sentence.slice(interest.index);
  return {
    persons,
    excusedWithoutProxy: WITHOUT_PROXY.test(tail) && NO_PROXY_GIVEN.test(tail),
    text: sentence.trim(),
    range: joined.rangeAt(start, end),
  };
}

/** Persons separated by `,`, `;` or `et`; only items that start with a civility are persons here. */
function splitPersons(joined: JoinedText, from: number, to: number): Person[] {
  const text = joined.text;
  const persons: Person[] = [];
  let start = from;
  const push = (end: number) => {
    if (!startsWithCivility(text.slice(start, Math.min(end, start + 40)))) return;
    const person = parsePersonItem(joined, start, end);
    if (person) persons.push(person);
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === ',' || ch === ';') {
      push(i);
      start = i + 1;
    } else if (ch === ' ' && text.startsWith(' et ', i)) {
      push(i);
      start = i + 4;
      i += 3;
    }
  }
  push(to);
  return persons;
}
