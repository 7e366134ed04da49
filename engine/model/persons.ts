/**
 * One person as named in a deliberation: `M. Jean-Claude LEROY`, `Mme Fatima AIT-CHIKHEBBIH`,
 * `Madame Karine GAUTHIER`, the upper-case presidency `MONSIEUR JEAN-CLAUDE LEROY` (docs/domain.md §1.3).
 */
import { PLACEHOLDER_PERSON } from '../templates/vocabulary/placeholders';
import type { JoinedText } from '../text/joined';
import { foldBare, foldKey, isBlankCode } from '../text/normalize';
import type { Civility, Person } from './types';

/** Identity of a person whatever the civility, spacing or case it was written with. */
export function personKey(firstName: string, lastName: string): string {
  return foldKey(`${firstName} ${lastName}`);
}

const MALE = new Set(['m', 'mr', 'monsieur']);
const FEMALE = new Set(['mme', 'madame', 'mlle', 'melle', 'mademoiselle']);

/** The civility a word stands for (`M.`, `MONSIEUR`, `Mme`, `Madame`…), if it is one. */
export function civilityOf(word: string): Civility | undefined {
  // A civility is one word: a blank inside rules it out before any folding (a whole name often comes here).
  if (/\s/.test(word.trim())) return undefined;
  const bare = foldBare(word.endsWith('.') ? word.slice(0, -1) : word);
  if (MALE.has(bare)) return 'M.';
  if (FEMALE.has(bare)) return 'Mme';
  return undefined;
}

/** Particles that belong to the surname even when written in lower case (`Jean de LA FONTAINE`). */
const PARTICLES = new Set(['de', 'du', 'des', 'd\'', 'd’', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ten', 'ter', 'le', 'la']);

interface Token {
  start: number;
  end: number;
  text: string;
}

function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && text[i] === ' ') i++;
    const from = i;
    while (i < end && text[i] !== ' ') i++;
    if (i > from) tokens.push({ start: from, end: i, text: text.slice(from, i) });
  }
  return tokens;
}

function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
    if (code >= 0x80) return /\p{L}/u.test(word.slice(i));
  }
  return false;
}

/** A surname word: letters all upper case, an elided `d'` allowed in front (`d'ALMEIDA`). */
function isUpperName(word: string): boolean {
  const elided = (word[0] === 'd' || word[0] === 'D') && (word[1] === "'" || word[1] === '’');
  let letter = false;
  for (let i = elided ? 2 : 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) letter = true;
    else if (code >= 0x80) {
      const rest = word.slice(i);
      return (letter || /\p{L}/u.test(rest)) && !/\p{Ll}/u.test(rest);
    }
  }
  return letter;
}

/** Blank, `,` or `;`: what surrounds an item of a name list. */
function isSeparator(code: number): boolean {
  return code === 0x2c || code === 0x3b || isBlankCode(code);
}

/** `M.Jean` typed without a space: the civility glued to a capitalised word. */
const GLUED_CIVILITY = /^(M\.|Mme\.?|Mr\.?)(\p{Lu})/u;

/** What an item's text reads as, wherever it stands. */
interface ItemReading {
  firstName: string;
  lastName: string;
  key: string;
  civility?: Civility;
  /** Length of the name in the item, a final period and blanks left out. */
  length: number;
}

/**
 * The items already read in one document, by their text: a session repeats its attendance lists in
 * every dossier, and a list is read once. Bounded, since an edited document keeps its lines array.
 */
export type NameMemo = Map<string, ItemReading | null>;
const MEMOS = new WeakMap<readonly string[], NameMemo>();
const MAX_MEMO = 4096;

/** The memo of the document whose lines these are, kept as long as they are. */
export function nameMemoOf(lines: readonly string[]): NameMemo {
  let memo = MEMOS.get(lines);
  if (!memo) MEMOS.set(lines, (memo = new Map()));
  return memo;
}

/**
 * Reads the person written in `joined.text[start, end)`: an optional civility, first name(s), then
 * the surname, taken as the trailing upper-case words (with their particles). A final period, left
 * by the end of a list or a sentence, is not part of the name. Undefined when no name is there.
 */
export function parsePersonItem(joined: JoinedText, start: number, end: number, memo?: NameMemo): Person | undefined {
  const text = joined.text;
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && isSeparator(text.charCodeAt(s))) s++;
  while (e > s && isSeparator(text.charCodeAt(e - 1))) e--;
  if (e <= s) return undefined;
  const item = text.slice(s, e);
  let reading = memo?.get(item);
  if (reading === undefined) {
    reading = readItem(item) ?? null;
    if (memo) {
      if (memo.size >= MAX_MEMO) memo.clear();
      memo.set(item, reading);
    }
  }
  if (!reading) return undefined;
  const person: Person = {
    firstName: reading.firstName,
    lastName: reading.lastName,
    key: reading.key,
    text: item.slice(0, reading.length),
    range: joined.rangeAt(s, s + reading.length),
  };
  if (reading.civility) person.civility = reading.civility;
  return person;
}

/** The name an item holds, separators already trimmed off both ends. */
function readItem(item: string): ItemReading | undefined {
  if (civilityOf(item)) return undefined;
  let e = item.length;
  if (item[e - 1] === '.') e--;
  while (e > 0 && item[e - 1] === ' ') e--;
  // A skeleton's `M. Prénom NOM` is no one yet (engine/templates/vocabulary/placeholders.ts).
  if (e <= 0 || PLACEHOLDER_PERSON.test(item.slice(0, e))) return undefined;

  let tokens = tokenize(item, 0, e);
  let civility: Civility | undefined;
  const glued = tokens.length > 0 ? GLUED_CIVILITY.exec(tokens[0].text) : null;
  if (glued) {
    civility = civilityOf(glued[1]);
    const cut = tokens[0].start + glued[1].length;
    tokens = [{ start: cut, end: tokens[0].end, text: item.slice(cut, tokens[0].end) }, ...tokens.slice(1)];
  } else if (tokens.length > 1) {
    civility = civilityOf(tokens[0].text);
    if (civility) tokens = tokens.slice(1);
  }
  const names = tokens.filter((t) => hasLetter(t.text));
  if (names.length === 0) return undefined;

  const surnameStart = splitSurname(names.map((t) => t.text));
  const firstName = names.slice(0, surnameStart).map((t) => t.text).join(' ');
  const lastName = names.slice(surnameStart).map((t) => t.text).join(' ');
  const reading: ItemReading = { firstName, lastName, key: personKey(firstName, lastName), length: e };
  if (civility) reading.civility = civility;
  return reading;
}

/** Index of the first surname word among the name words. */
function splitSurname(words: string[]): number {
  if (words.length <= 1) return 0;
  let i = words.length;
  while (i > 0 && isUpperName(words[i - 1])) i--;
  if (i === words.length) i = words.length - 1; // no upper-case surname: the last word is the surname
  if (i === 0) return 1; // all upper case (`JEAN-CLAUDE LEROY`): the first word is the first name
  while (i > 1 && PARTICLES.has(words[i - 1].toLowerCase())) i--;
  return i;
}

/** Whether a word starting a line or an item is a civility followed by more of a name. */
export function startsWithCivility(text: string): boolean {
  const m = /^\s*(\S{1,14})\s+\S/.exec(text);
  if (m && civilityOf(m[1])) return true;
  return GLUED_CIVILITY.test(text.trimStart());
}
