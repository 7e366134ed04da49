/**
 * Where items begin and what they are called: the headings of a list of deliberations or of a
 * procès-verbal (`1 - Candidature …`, `n°2023-001 Signature …`, `POINT N°3`, `Délibération n°
 * 2023-12 : …`, `2.1 …`, `RH/01-2023 …`), and the object each heading announces.
 *
 * A heading is read only where the text cannot mean something else: a labelled or `n°` number not
 * cited in running text (`par délibération n° … du …`), an act code of a known shape, a bare
 * ordinal only as the next one of a sequence (`1`, `2`, `2.1`, `2.2`, `3`…).
 */
import type { HeadingStyle, VoteVocabulary } from '../../templates/vocabulary/votes';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Heading {
  style: HeadingStyle;
  start: number;
  /** Where the object starts (the end of the heading's number and separator). */
  objectStart: number;
  label?: string;
  /** The act's number (`2023-001`, `DB2024_001`), or a labelled ordinal (`Point n°1`). */
  number?: Span;
  /** The item's rank in a sequence (`3.` of `3. N° DEL2022-45 : …`). */
  ordinal?: Span;
  /** Where an act code read as this heading's number stands (its object stops there). */
  absorbed?: number;
  /** Object starts of the same heading repeated right after (a page header): read when the first has none. */
  more?: number[];
  /** Where the first occurrence's object must stop (the repeated heading). */
  objectLimit?: number;
  /** In an extrait, where each object of `more` must stop. */
  limits?: number[];
}

/** A number shaped like an act's: digit groups joined (`2023-009`, `181/2022`), letters and digits, or long. */
const STRONG_NUMBER = /\d[./_-]\d|\p{Lu}\d|\d{3,}/u;

const LETTER_FIRST = /^\p{L}/u;

/** `text` without its trailing blanks (a loop: no pattern anchored at the end). */
function trimBlanks(text: string): string {
  let e = text.length;
  while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
  return text.slice(0, e);
}

/** How far back a heading's context is read (`Par délibération n°`). */
const BEFORE = 40;

/** The headings of the text, in order. */
export function findHeadings(text: string, vocabulary: VoteVocabulary): Heading[] {
  // Forms are tried most specific first; each form's matches are merged into the kept ones
  // (disjoint, sorted by start) in one pass.
  let kept: Heading[] = [];
  for (const form of vocabulary.headings) {
    const found: Heading[] = [];
    const re = form.pattern;
    re.lastIndex = 0;
    for (let guard = 0; guard < 1_000_000; guard++) {
      const m = re.exec(text);
      if (!m) break;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const heading = readHeading(text, m, form.style, vocabulary);
      if (heading) found.push(heading);
    }
    kept = merge(kept, found, form.style === 'ordinal');
  }
  return kept;
}

/**
 * Adds `found` to `kept` (both sorted by start), dropping what overlaps a kept heading. An ordinal
 * right before a kept heading (`3. N° DEL2022-45 : …`) becomes that heading's rank.
 */
function merge(kept: Heading[], found: Heading[], ordinals: boolean): Heading[] {
  const out: Heading[] = [];
  let p = 0;
  for (const h of found) {
    while (p < kept.length && kept[p].objectStart <= h.start) out.push(kept[p++]);
    const next = kept[p];
    if (ordinals && next && next.start >= h.objectStart && next.start <= h.objectStart + 2) {
      if (!next.ordinal) {
        next.ordinal = h.ordinal;
        next.start = h.start;
      }
      continue;
    }
    if (next && next.start < h.objectStart) continue;
    const last = out[out.length - 1];
    if (last && last.objectStart > h.start) continue;
    out.push(h);
  }
  while (p < kept.length) out.push(kept[p++]);
  return out;
}

function readHeading(text: string, m: RegExpExecArray, style: HeadingStyle, vocabulary: VoteVocabulary): Heading | undefined {
  const start = m.index;
  const objectStart = start + m[0].length;
  const label = m.groups?.label;
  const numberText = m.groups?.number;
  // What precedes, its trailing blanks trimmed (`bare`), then a colon too (`open`: `… du Maire : n°`).
  const bare = trimBlanks(text.slice(Math.max(0, start - BEFORE), start));
  const open = bare.endsWith(':') ? trimBlanks(bare.slice(0, -1)) : bare;
  if (vocabulary.citedBefore.test(bare)) return undefined;
  // A code stands on its own shape (`… du 4 octobre 2023 DB2024_001`); a bare `n°` or ordinal needs its context.
  const contextual = style === 'numbered' || style === 'ordinal' || style === 'code';
  if (contextual && vocabulary.otherListBefore.test(bare)) return undefined;
  if ((style === 'numbered' || style === 'ordinal') && vocabulary.dateBefore.test(open)) return undefined;
  if (style === 'numbered' && vocabulary.decisionBefore.test(open)) return undefined;
  let number: Span | undefined;
  if (numberText) {
    const at = text.indexOf(numberText, start + (label?.length ?? 0));
    if (at < 0) return undefined;
    number = { text: numberText, start: at, end: at + numberText.length };
    if (style !== 'ordinal' && vocabulary.citationAfter.test(text.slice(number.end, number.end + 30))) return undefined;
  }
  if (style === 'numbered' && !STRONG_NUMBER.test(numberText ?? '') && LETTER_FIRST.test(bare.slice(bare.lastIndexOf(' ') + 1))) {
    // After a word only a number shaped like an act's opens an item (`… euros n°2023-009 Convention`,
    // not `budget participatif n°2 Marie BERTRAND`, `DM N°1 SSIAD`).
    return undefined;
  }
  if (style === 'numbered' || style === 'code') {
    // A number opens an item only when an object in capitals follows: `n°2 de l'exercice` is a citation.
    if (!/^[«"“ ]{0,3}\p{Lu}/u.test(text.slice(objectStart, objectStart + 4))) return undefined;
  }
  if (style === 'ordinal') {
    // `1.1.`: the closing dot separates; the rank is `1.1`.
    const ordinal = number && number.text.endsWith('.') ? { ...number, text: number.text.slice(0, -1), end: number.end - 1 } : number;
    return { style, start, objectStart, ordinal };
  }
  const heading: Heading = { style, start, objectStart };
  if (label) heading.label = label;
  if (number) heading.number = number;
  return heading;
}

/** `2.1` → [2, 1]; `01` → [1]. */
export function ordinalParts(text: string): number[] {
  return text
    .replace(/\.$/, '')
    .split('.')
    .map((p) => Number(p));
}

/** Whether `next` comes right after `prev` in an outline: `2`→`3`, `2`→`2.1`, `2.3`→`2.4`, `2.3`→`3`. */
export function follows(prev: readonly number[], next: readonly number[]): boolean {
  const n = next.length;
  if (n === prev.length) return same(prev, next, n - 1) && next[n - 1] === prev[n - 1] + 1;
  if (n === prev.length + 1) return same(prev, next, n - 1) && next[n - 1] === 1;
  if (n < prev.length) return same(prev, next, n - 1) && next[n - 1] === prev[n - 1] + 1;
  return false;
}

function same(a: readonly number[], b: readonly number[], count: number): boolean {
  for (let i = 0; i < count; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** An outline starts at `1` (or `1.1`). */
export function startsOutline(parts: readonly number[]): boolean {
  return parts[0] === 1 && parts.slice(1).every((p) => p === 1);
}

/** The identity of a number whatever its spacing and zeros: `01` = `1`, `DEL — 2023 — 007` = `DEL-2023-007`. */
export function numberKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}]+|\d+/gu) ?? []).map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p)).join('-');
}

/** The offset after `count` non-blank characters from `from` (or `limit`). */
export function advance(text: string, from: number, count: number, limit: number): number {
  let n = 0;
  let i = from;
  for (; i < limit && n < count; i++) if (text.charCodeAt(i) !== 0x20) n++;
  return i;
}

/** Non-blank characters in text[from, to). */
export function nonBlank(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i < to && i < text.length; i++) if (text.charCodeAt(i) !== 0x20) n++;
  return n;
}

// ── Objects ──────────────────────────────────────────────────────────────────────────────────

/** Separators the OCR leaves after an object (`— `, `|`, `,`). */
const TRAILING_CHARS = ' ,;:.-–—|•*_>';

/** `… 2022 e`, `… CTG —`: the object without the separators and lone bullets (`e`, `o`) after it. */
function trimTrailing(value: string): string {
  let e = value.length;
  for (let guard = 0; guard < value.length; guard++) {
    while (e > 0 && TRAILING_CHARS.includes(value[e - 1])) e--;
    // A lone `e` or `o` after a blank is an OCR bullet.
    if (e >= 2 && (value[e - 1] === 'e' || value[e - 1] === 'o') && value[e - 2] === ' ') {
      e -= 1;
      continue;
    }
    break;
  }
  return value.slice(0, e);
}

/**
 * The object starting at `start`, no further than `limit`: up to the first word that starts the
 * text after it (`Rapporteur`, `Vu`, `Le Conseil municipal`, a vote), the end of a run of capitals,
 * or a sentence's end. Undefined when it would run longer than the vocabulary allows.
 */
export function readObject(text: string, start: number, limit: number, vocabulary: VoteVocabulary): Span | undefined {
  let s = start;
  const end = Math.min(limit, text.length);
  for (let k = 0; k < 3; k++) {
    while (s < end && text[s] === ' ') s++;
    vocabulary.objectPrefix.lastIndex = s;
    const m = vocabulary.objectPrefix.exec(text);
    if (!m || m.index !== s || m[0].length === 0) break;
    s += m[0].length;
  }
  while (s < end && text[s] === ' ') s++;
  if (s >= end) return undefined;
  const max = Math.min(end, s + vocabulary.objectMaxLength);
  let capitals = 0;
  let letterWords = 0;
  let e = -1;
  let wordStart = s;
  let prevWord = '';
  let blanks = 0;
  for (let i = s; i <= max; i++) {
    const atEnd = i === max || text[i] === ' ';
    if (!atEnd) continue;
    if (i === wordStart) {
      // A run of blanks: a masked stamp or a page gap longer than a line ends nothing by itself.
      blanks++;
      if (blanks > 40 && letterWords > 0) {
        e = lastNonBlank(text, s, i);
        break;
      }
      wordStart = i + 1;
      continue;
    }
    blanks = 0;
    const word = text.slice(wordStart, i);
    if (endsBefore(text, wordStart, word, wordStart > s ? prevWord : '', capitals, letterWords, vocabulary, wordStart === s)) {
      e = wordStart;
      break;
    }
    if (/\p{L}{2}/u.test(word)) {
      letterWords++;
      if (!/\p{Ll}/u.test(word)) capitals++;
    }
    prevWord = word;
    wordStart = i + 1;
    if (i === max) break;
  }
  if (e < 0) {
    if (max < end) return undefined;
    e = end;
  }
  const value = trimTrailing(text.slice(s, e));
  if (!/\p{L}/u.test(value)) return undefined;
  return { text: value.replace(/ {2,}/g, ' '), start: s, end: s + value.length };
}

function lastNonBlank(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && text[e - 1] === ' ') e--;
  return e;
}

const SENTENCE_START =
  /^(?:Le|La|Les|L['’]\p{L}*|Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Un|Une|En|Par|Afin|Suite|Depuis|Lors|Madame|Monsieur|Mesdames|Messieurs|Aucun|Aucune|Après|Sur|Vu|Considérant|Conformément|Dans|Pour|Compte|Chaque|Certains?|Nous|Je|On)$/u;

/** After a figure (`… du 21 novembre 2022 Aucune remarque`) only these surely start a sentence. */
const ARTICLE = /^(?:Le|La|Les|Il|Elle|Ils|Elles|Ce|Cette|Aucun|Aucune|Madame|Monsieur)$/u;

const PREPOSITION = /^(?:par|du|de|des|au|aux|à|pour|avec|sur|entre|et|en)$/iu;

function endsBefore(
  text: string,
  at: number,
  word: string,
  prevWord: string,
  capitals: number,
  letterWords: number,
  vocabulary: VoteVocabulary,
  first: boolean,
): boolean {
  vocabulary.objectEnd.lastIndex = at;
  // The first word is tested too: an object starting with `La Présidente demande …` is none.
  if (first) return vocabulary.objectEnd.test(text);
  // `… PRISES EN DELEGATION PAR LE MAIRE`: after a preposition the words still belong to the object.
  if (!PREPOSITION.test(prevWord) && vocabulary.objectEnd.test(text)) return true;
  const letters = /\p{L}{2}/u.test(word);
  // `URBANISME – ELABORATION DU PLAN … (PADD) Mairie de …`: a title in capitals ends at the first word that is not.
  if (letters && capitals >= 3 && capitals === letterWords && /\p{Ll}/u.test(word)) return true;
  // `… arrêté à la présente séance Le procès-verbal a été …`: an article or pronoun in capitals after a
  // lowercase word starts a sentence (a capital after `)` may still be the object's: `(GUP) Dans le cadre …`).
  if (SENTENCE_START.test(word) && (/\p{Ll}$/u.test(prevWord) || (/\d$/u.test(prevWord) && ARTICLE.test(word)))) return true;
  // `… des Tuileries. Le Conseil …`: a full stop after a word (not an initial, not `T.V.A.`) then a capital.
  if (prevWord.endsWith('.') && /^\p{Lu}\p{Ll}/u.test(word) && /\p{Ll}{3}\.$/u.test(prevWord)) return true;
  return false;
}
