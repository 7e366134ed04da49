/**
 * The members named for one side of a vote: `Contre : M. A, M. B`, `2 votes contre, M. MAILLER,
 * M. SY`, `une abstention (M. X)`, `11 abstentions, dont 1 procuration (M. SOLARO), Mme CAPORAL, …`.
 *
 * A later rule compares the number of names with the figure, so a list is kept only when it is
 * read whole: every item a person, and an end the text marks (a closing parenthesis, the next
 * figure or label, a capitalised decision verb, a lowercase word, a full stop). A list running to
 * the end of the document (cut mid-list) or into an unclosed parenthesis is left out.
 */
import { civilityOf, parsePersonItem } from '../persons';
import type { Person } from '../types';
import type { JoinedText } from '../../text/joined';
import type { VoteVocabulary } from '../../templates/vocabulary/votes';

export interface NameList {
  persons: Person[];
  /** Offset just after the last name (or the closing parenthesis). */
  end: number;
}

/** The most names one side is read with (the largest assembly seats 209; a longer run is no list). */
const MAX_NAMES = 250;

/** The longest name item read (`Mme Marie-Christine DE LA TOUR D'AUVERGNE-LAURAGUAIS`); a longer one is prose. */
const MAX_NAME_LENGTH = 80;

const PARTICLES = new Set(['de', 'du', 'des', "d'", 'd’', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la']);

/** Whether a word may stand inside a name: capitalised, a civility, or a particle. */
function isNameWord(word: string): boolean {
  if (PARTICLES.has(word.toLowerCase()) && word === word.toLowerCase()) return true;
  if (civilityOf(word)) return true;
  const first = word.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && /\p{L}/u.test(ch);
}

/** Whether a word is all capitals (a surname `SY`, `KEITA-GASSAMA`, or a verb `DECIDE`). */
function isCapitals(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

interface Reading {
  persons: Person[];
  end: number;
  /** Why the list stopped: it is trusted only when the text marks its end. */
  closed: boolean;
}

/**
 * Reads names from `pos` (blanks and a comma or colon skipped). Returns undefined when no name is
 * there or the list cannot be read whole.
 */
export function readNameList(
  joined: JoinedText,
  text: string,
  pos: number,
  limit: number,
  vocabulary: VoteVocabulary,
): NameList | undefined {
  let p = skip(text, pos, limit, true);
  const proxies = vocabulary.proxiesAmong;
  proxies.lastIndex = p;
  const among = proxies.exec(text);
  if (among && among.index === p) {
    // `dont 3 procurations (A, B, C)`: the proxies among the side; the side's names follow only
    // when more names come after the parenthesis (`…(M. SOLARO), Mme CAPORAL, …`).
    p = among.index + among[0].length;
    if (text[p] !== '(') return undefined;
    const inner = readList(joined, text, p + 1, limit, vocabulary, true);
    if (!inner || !inner.closed) return undefined;
    const after = skip(text, inner.end, limit, true);
    if (after === inner.end || !startsName(text, after)) return undefined;
    const rest = readList(joined, text, after, limit, vocabulary, false);
    if (!rest || !rest.closed) return undefined;
    // `10 abstentions, dont 1 procuration (M. SUDRE), …, M. SUDRE, …`: a proxy may be named again in the list.
    return { persons: distinct([...inner.persons, ...rest.persons]), end: rest.end };
  }
  if (text[p] === '(') {
    const inner = readList(joined, text, p + 1, limit, vocabulary, true);
    return inner && inner.closed ? { persons: distinct(inner.persons), end: inner.end } : undefined;
  }
  if (!startsName(text, p)) return undefined;
  const list = readList(joined, text, p, limit, vocabulary, false);
  return list && list.closed ? { persons: distinct(list.persons), end: list.end } : undefined;
}

/** One entry per person: a name written twice in one side's list is one voter. */
function distinct(persons: Person[]): Person[] {
  const seen = new Set<string>();
  return persons.filter((p) => (seen.has(p.key) ? false : (seen.add(p.key), true)));
}

/** Skips blanks, and one comma or colon when `punct`. */
function skip(text: string, pos: number, limit: number, punct: boolean): number {
  let p = pos;
  while (p < limit && text[p] === ' ') p++;
  if (punct && p < limit && (text[p] === ',' || text[p] === ':')) {
    p++;
    while (p < limit && text[p] === ' ') p++;
  }
  return p;
}

/** A list starts with a civility (`M.`, `Mme`, `Monsieur`, `MM.`). */
function startsName(text: string, p: number): boolean {
  const m = /^(\S{1,10}) /.exec(text.slice(p, p + 12));
  return !!m && (!!civilityOf(m[1]) || /^(?:MM\.?|Mmes|MMES)$/.test(m[1]));
}

/**
 * Reads `item, item ; item et item` from `start`. In a parenthesis the list must close with `)`;
 * outside it ends at the first word that cannot be part of a name.
 */
function readList(
  joined: JoinedText,
  text: string,
  start: number,
  limit: number,
  vocabulary: VoteVocabulary,
  inParens: boolean,
): Reading | undefined {
  const persons: Person[] = [];
  const state: ItemState = { civility: false, caps: false, afterCaps: 0 };
  let itemStart = -1;
  let itemEnd = -1;
  let p = start;
  const flush = (): boolean => {
    if (itemStart < 0) return true;
    if (itemEnd - itemStart > MAX_NAME_LENGTH) return false;
    const person = parsePersonItem(joined, itemStart, itemEnd);
    itemStart = -1;
    if (!person || !person.lastName) return false;
    // A name needs a civility or a surname in capitals: `Ville de Paris` is no member.
    if (!person.civility && !isCapitals(person.lastName.replace(/[^\p{L}]/gu, '') || 'x')) return false;
    persons.push(person);
    return persons.length <= MAX_NAMES;
  };
  while (p < limit) {
    const ch = text[p];
    if (ch === ' ') {
      p++;
      continue;
    }
    if (ch === ')') {
      if (!inParens || !flush()) return undefined;
      return persons.length > 0 ? { persons, end: p + 1, closed: true } : undefined;
    }
    if (ch === ',' || ch === ';') {
      if (!flush()) return undefined;
      p++;
      continue;
    }
    if (itemStart >= 0 && p - itemStart > MAX_NAME_LENGTH) return undefined;
    let q = p;
    while (q < limit && q - p <= MAX_NAME_LENGTH && text[q] !== ' ' && text[q] !== ',' && text[q] !== ';' && text[q] !== ')') q++;
    const word = text.slice(p, q);
    if (word === 'et' || word === '-' || word === '–' || word === '—') {
      if (!flush()) return undefined;
      p = q;
      continue;
    }
    if (itemStart >= 0 && civilityOf(word)) {
      // `M. SOLARO Mme CAPORAL`: a civility opens the next name even without a comma.
      if (!flush()) return undefined;
    }
    const stop = isStop(word, vocabulary) || endsAfterSurname(word, itemStart >= 0, state);
    if (stop || !isNameWord(word)) {
      // The list ends here: trusted when what ends it is a marked end, not a cut.
      if (!flush()) return undefined;
      if (inParens || persons.length === 0) return undefined;
      return { persons, end: lastEnd(text, p), closed: true };
    }
    if (word.endsWith('.') && word.length > 3 && !civilityOf(word)) {
      // `M. SY.`: a full stop ends the sentence and the list.
      if (itemStart < 0) itemStart = p;
      itemEnd = q - 1;
      if (!flush()) return undefined;
      if (inParens) return undefined;
      return persons.length > 0 ? { persons, end: q, closed: true } : undefined;
    }
    if (itemStart < 0) {
      itemStart = p;
      state.civility = !!civilityOf(word);
      state.caps = !state.civility && isCapitals(word) && word.replace(/[^\p{L}]/gu, '').length > 1;
      state.afterCaps = 0;
    } else if (isCapitals(word) && word.replace(/[^\p{L}]/gu, '').length > 1) state.caps = true;
    else if (state.caps) state.afterCaps++;
    itemEnd = q;
    p = q;
  }
  // Reached the limit: the document (or the item) ends mid-list.
  return undefined;
}

interface ItemState {
  /** The item opened with a civility. */
  civility: boolean;
  /** A surname in capitals has been read. */
  caps: boolean;
  /** Capitalised words read after it (`DUPONT Jean`). */
  afterCaps: number;
}

/**
 * After `M. SY` a capitalised word starts the prose (`M. SY Le Conseil…`); after `DUPONT Jean`
 * (surname first, no civility) a second one does.
 */
function endsAfterSurname(word: string, inItem: boolean, state: ItemState): boolean {
  if (!inItem || !state.caps || isCapitals(word) || PARTICLES.has(word)) return false;
  return state.civility || state.afterCaps >= 1;
}

/** Offset after the last non-blank, non-separator character before `p`. */
function lastEnd(text: string, p: number): number {
  let e = p;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === ',' || text[e - 1] === ';')) e--;
  return e;
}

/** Words that end a list: a figure, a vote label, a capitalised decision verb. */
function isStop(word: string, vocabulary: VoteVocabulary): boolean {
  if (/^\d/.test(word)) return true;
  if (vocabulary.decisionVerb.test(word)) return true;
  let e = word.length;
  while (e > 0 && (word[e - 1] === ':' || word[e - 1] === '.')) e--;
  const bare = word.slice(0, e).toLowerCase();
  return bare === 'pour' || bare === 'contre' || /^abstention/.test(bare) || bare === 'nppv' || bare === 'vote' || bare === 'votes';
}
