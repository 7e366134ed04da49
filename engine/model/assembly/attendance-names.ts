/**
 * The words of a name list and the names they make. Lists of real acts are written `Prénom NOM`,
 * `NOM Prénom`, `P. RIO`, `NOM` alone, with or without civilities, and often without any separator
 * between two names (a column flattened, `Isabelle DULAURENS Marc GATTI`): a name is then told from
 * the next by its shape — the case of its words — in the list's own style.
 */
import type { JoinedText } from '../../text/joined';
import { civilityOf, personKey } from '../persons';
import type { Civility, Person } from '../types';

export type TokenKind =
  /** A word: letters, digits, inner hyphens, apostrophes and periods. */
  | 'word'
  /** `,` `;` `|`, a dash standing alone, a bullet. */
  | 'sep'
  /** A period ending a word that is not an initial. */
  | 'period'
  | 'open'
  | 'close'
  | 'colon'
  /** A leader of dots (`Jean-Marc MASSE ........ à Serge LEBRUN`). */
  | 'dots';

export type WordClass =
  | 'civility'
  /** Upper-case surname word: `RIO`, `LE`, `DA`, `d'ALMEIDA`, `MOUSSOURS-EYROLLES`. */
  | 'upper'
  /** Capitalised word: `Jean-Marc`, `MarieCéline`. */
  | 'cap'
  /** `P.`, `M.A.`, `J.F`, `ML.`. */
  | 'initial'
  | 'lower'
  | 'number'
  | 'other';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  cls?: WordClass;
}

// ASCII first: names are mostly ASCII letters, and a regex per character is the tokenizer's cost.
const isLetter = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return /\p{L}/u.test(ch);
};
const isUpperLetter = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /\p{Lu}/u.test(ch);
};
const isLowerLetter = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return /\p{Ll}/u.test(ch);
};

const SEP_CHARS = new Set([',', ';', '|', '•', '', '', '·', '*', '\u2022']);
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
const DASHES = new Set(['-', '–', '—', '‒', '―']);
const QUOTES = new Set(['"', '«', '»', '“', '”', '‘']);

const INITIAL = /^(?:(?:\p{Lu}\.){1,3}|\p{Lu}{1,2}\.|\p{Lu}\.-?\p{Lu}\.?|\p{Lu}\.\p{Lu}\p{Lu}?)$/u;
const NUMBER = /^\d+(?:[.,/_-]\d+)*$/u;

function classify(word: string): WordClass {
  // Every civility begins with an M (`M.`, `Mme`, `Monsieur`, `MADAME`, `Mlle`).
  if ((word[0] === 'M' || word[0] === 'm') && word.length <= 13 && civilityOf(word)) return 'civility';
  if (INITIAL.test(word)) return 'initial';
  if (NUMBER.test(word)) return 'number';
  const first = word[0];
  if (!isLetter(first)) return 'other';
  let upper = 0;
  let lower = 0;
  for (const ch of word) {
    if (isUpperLetter(ch)) upper++;
    else if (isLowerLetter(ch)) lower++;
  }
  // `d'ALMEIDA`, `d’EU`: an elided particle in front of an upper-case surname.
  if ((first === 'd' || first === 'D') && (word[1] === "'" || word[1] === '’') && lower <= 1 && upper >= 1) return 'upper';
  if (lower === 0) return upper >= 2 ? 'upper' : 'other';
  if (isUpperLetter(first)) return 'cap';
  return 'lower';
}

/** Splits text[start, end) into the tokens of a list. Bounded by the span's length. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  const push = (kind: TokenKind, s: number, e: number, cls?: WordClass) => {
    const token: Token = { kind, start: s, end: e, text: text.slice(s, e) };
    if (cls) token.cls = cls;
    tokens.push(token);
  };
  while (i < end) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\n' || ch === '\r' || QUOTES.has(ch)) {
      i++;
      continue;
    }
    if (SEP_CHARS.has(ch)) {
      push('sep', i, i + 1);
      i++;
      continue;
    }
    if (OPEN.has(ch)) {
      push('open', i, i + 1);
      i++;
      continue;
    }
    if (CLOSE.has(ch)) {
      push('close', i, i + 1);
      i++;
      continue;
    }
    if (ch === ':') {
      push('colon', i, i + 1);
      i++;
      continue;
    }
    if (ch === '…' || (ch === '.' && text[i + 1] === '.')) {
      let j = i;
      while (j < end && (text[j] === '.' || text[j] === '…')) j++;
      push('dots', i, j);
      i = j;
      continue;
    }
    if (ch === '.') {
      push('period', i, i + 1);
      i++;
      continue;
    }
    if (DASHES.has(ch)) {
      // A dash before a letter glued to it is a separator only when it is not inside a word.
      let j = i;
      while (j < end && DASHES.has(text[j])) j++;
      push('sep', i, j);
      i = j;
      continue;
    }
    // A word: up to a blank or a punctuation that splits.
    let j = i;
    while (j < end) {
      const c = text[j];
      if (c === ' ' || c === '\t' || c === '\u00a0' || c === '\n' || c === '\r') break;
      if (SEP_CHARS.has(c) || OPEN.has(c) || CLOSE.has(c) || c === ':' || c === '…' || QUOTES.has(c)) break;
      if (c === '.' && text[j + 1] === '.') break;
      j++;
    }
    let wordEnd = j;
    // A trailing dash is a word broken at a line end (`MOUSSOURS-`), kept; trailing periods are
    // split off unless the word is an initial or an abbreviated civility.
    let word = text.slice(i, wordEnd);
    if (word.endsWith('.') && !INITIAL.test(word) && !civilityOf(word) && !/^(?:MM|Mmes|MMES|St|Ste)\.$/u.test(word)) {
      wordEnd--;
      word = word.slice(0, -1);
    }
    if (wordEnd > i) {
      // `M.SANTI`, `J.PETITJEAN`: a civility or an initial glued to an upper-case surname.
      const glued = /^((?:\p{Lu}\.){1,2}|Mme\.?|Mr\.?)(\p{Lu}[\p{L}'’-]+)$/u.exec(word);
      if (glued && glued[1].length < word.length) {
        const cut = i + glued[1].length;
        push('word', i, cut, classify(glued[1]));
        push('word', cut, wordEnd, classify(glued[2]));
      } else push('word', i, wordEnd, classify(word));
    }
    if (wordEnd < j) push('period', wordEnd, j);
    i = j;
  }
  return tokens;
}

/** How the names of one list are written. */
export type NameStyle = 'given-first' | 'surname-first' | 'capitalised';

export interface NameContext {
  text: string;
  joined: JoinedText;
  tokens: readonly Token[];
  style: NameStyle;
  particles: ReadonlySet<string>;
  /** Capitalised words that open a sentence, never a name. */
  notGivenNames: ReadonlySet<string>;
  /** Roles written after a name (`Mme TAUNAIS Conseillers municipaux`): never given names. */
  role: RegExp;
}

export interface NameRead {
  person: Person;
  /** Index of the first token after the name. */
  next: number;
  /** The name has a civility, or a given name as well as a surname. */
  full: boolean;
}

function word(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return t && t.kind === 'word' ? t : undefined;
}

function isParticle(ctx: NameContext, i: number): boolean {
  const t = word(ctx.tokens, i);
  if (!t || !ctx.particles.has(t.text.toLowerCase())) return false;
  // A particle belongs to a name only in front of an upper-case word (`de LA FONTAINE`, `St CYR`).
  for (let k = i + 1; k < i + 3; k++) {
    const next = word(ctx.tokens, k);
    if (!next) return false;
    if (next.cls === 'upper') return true;
    if (!ctx.particles.has(next.text.toLowerCase())) return false;
  }
  return false;
}

const isUpperAt = (ctx: NameContext, i: number): boolean => word(ctx.tokens, i)?.cls === 'upper';
const isGivenAt = (ctx: NameContext, i: number): boolean => {
  const t = word(ctx.tokens, i);
  return !!t && (t.cls === 'cap' || t.cls === 'initial') && !isParticle(ctx, i) && !ctx.notGivenNames.has(t.text.toLowerCase());
};

function isRoleAt(ctx: NameContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  ctx.role.lastIndex = t.start;
  return ctx.role.test(ctx.text);
}

/** A surname: upper-case words, with particles inside (`LE BRIAND`, `DE GOUVION St CYR`). */
function readSurname(ctx: NameContext, i: number): number {
  let k = i;
  while (isParticle(ctx, k)) k++;
  if (!isUpperAt(ctx, k)) return i;
  while (isUpperAt(ctx, k) || isParticle(ctx, k)) k++;
  return k;
}

/**
 * Reads the name at token i: a civility, then the name in the list's style. Undefined when no name
 * starts there. Given names after an upper-case surname are taken only in the surname-first style,
 * so that `Isabelle DULAURENS Marc GATTI` reads as two names and `PINON Fabien CHAUVET Jean-Paul` too.
 */
export function readName(ctx: NameContext, i: number): NameRead | undefined {
  const { tokens } = ctx;
  let k = i;
  let civility: Civility | undefined;
  const first = word(tokens, k);
  if (!first) return undefined;
  if (first.cls === 'civility') {
    civility = civilityOf(first.text);
    k++;
  }
  const start = word(tokens, k);
  if (!start) return undefined;
  let given: [number, number] = [k, k];
  let surname: [number, number] = [k, k];

  if (ctx.style === 'capitalised') {
    let e = k;
    // A draft's line holds one name: with no upper-case surname to tell them, the line break does.
    const line = ctx.joined.positionAt(tokens[k].start).line;
    while (e < k + 4 && (isGivenAt(ctx, e) || isParticle(ctx, e) || isUpperAt(ctx, e)) && (e === k || ctx.joined.positionAt(tokens[e].start).line === line)) e++;
    if (e === k) return undefined;
    // The last word is the surname, the others given names.
    given = [k, e - 1];
    surname = [e - 1, e];
    if (given[0] === given[1] && !civility) return undefined;
  } else if (isGivenAt(ctx, k)) {
    let e = k;
    while (isGivenAt(ctx, e)) e++;
    let s = readSurname(ctx, e);
    // `Abdoul-Aziz M BAYE`: the apostrophe of `M'BAYE` lost, not a civility.
    if (s === e && tokens[e]?.text === 'M' && isUpperAt(ctx, e + 1)) s = readSurname(ctx, e + 1);
    if (s === e) return undefined;
    // `Patrick MANDIN LES EPESSES : Jean-Louis LAUNAY`: the words before a colon name the next commune.
    if (tokens[s]?.kind === 'colon' && s - e >= 2) {
      let one = e;
      while (isParticle(ctx, one)) one++;
      s = one + 1;
    }
    given = [k, e];
    surname = [e, s];
  } else {
    let s = readSurname(ctx, k);
    if (s === k) return undefined;
    let e = s;
    // `Mme SALOMON ML`: initials written without their periods after a surname-first name.
    if (ctx.style === 'surname-first' && s - k >= 2 && /^\p{Lu}{1,2}$/u.test(tokens[s - 1].text) && !ctx.particles.has(tokens[s - 1].text.toLowerCase())) s--;
    surname = [k, s];
    if (e > s) {
      // The initials are the given name.
    } else if (ctx.style === 'surname-first') {
      while (isGivenAt(ctx, e) && !isRoleAt(ctx, e)) e++;
      // `Mme VACQUIE S`: a lone capital after the surname is an initial.
      if (e === s && /^\p{Lu}$/u.test(word(tokens, e)?.text ?? '') && word(tokens, e)?.text !== 'À') e++;
    } else if (word(tokens, e)?.cls === 'initial' && !isGivenAt(ctx, e + 1) && !isUpperAt(ctx, e + 1)) {
      // `Mme GUIRAUD I.` in a list otherwise given-first.
      e++;
    }
    given = [s, e];
  }
  const end = Math.max(given[1], surname[1]);
  const startTok = tokens[i];
  const lastTok = tokens[end - 1];
  // `LU- CHINI`: a word cut at a line's end is joined again.
  const join = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((t, n, all) => stripFootnote(t.text) + (n < all.length - 1 && !t.text.endsWith('-') ? ' ' : ''))
      .join('');
  const firstName = join(given[0], given[1]);
  const lastName = join(surname[0], surname[1]);
  const textEnd = lastTok.start + stripFootnote(lastTok.text).length;
  // Joined from the tokens: a page's running head dropped between them is not part of the name.
  const person: Person = {
    firstName,
    lastName,
    key: personKey(firstName, lastName),
    text: join(i, end),
    range: ctx.joined.rangeAt(startTok.start, textEnd),
  };
  if (civility) person.civility = civility;
  return { person, next: end, full: !!civility || firstName.length > 0 };
}

/** `SARI1`: a footnote call glued to a surname. */
function stripFootnote(word: string): string {
  return /\p{Lu}\d{1,2}$/u.test(word) ? word.replace(/\d{1,2}$/u, '') : word;
}

/**
 * The style of a list, from the names that open its items (after a separator or a civility): most
 * given-first, most surname-first, or no upper-case surname at all (a draft typed `Jean Dupont`).
 */
export function nameStyle(tokens: readonly Token[], particles: ReadonlySet<string>): NameStyle {
  let givenFirst = 0;
  let surnameFirst = 0;
  let upper = 0;
  let itemStart = true;
  for (let i = 0; i < tokens.length && i < 120; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') {
      itemStart = t.kind === 'sep' || t.kind === 'period' || t.kind === 'colon';
      continue;
    }
    if (t.cls === 'upper') upper++;
    if (t.cls === 'civility') {
      itemStart = true;
      continue;
    }
    if (itemStart && !particles.has(t.text.toLowerCase())) {
      const next = tokens[i + 1];
      if ((t.cls === 'cap' || t.cls === 'initial') && next?.kind === 'word' && next.cls === 'upper') givenFirst++;
      else if (t.cls === 'upper' && next?.kind === 'word' && (next.cls === 'cap' || next.cls === 'initial')) surnameFirst++;
    }
    itemStart = false;
  }
  if (upper === 0) return 'capitalised';
  return surnameFirst > givenFirst ? 'surname-first' : 'given-first';
}

/**
 * Drops the running heads of pages that fall inside a list (`… Mme Rosa 1 Ville de Villiers-le-Bel
 * Procès-verbal de la séance … 3 février 2023 MACEIRA, M. Maurice …`): a page number, a few words
 * and a date between two parts of the list, so that a name cut by the page break reads whole.
 */
export function dropPageHeads(tokens: readonly Token[], text: string, pageHead: RegExp): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && t.kind === 'word' && t.cls === 'number') {
      pageHead.lastIndex = t.start;
      const m = pageHead.exec(text);
      if (m) {
        const end = t.start + m[0].length;
        let j = i;
        while (j < tokens.length && tokens[j].start < end) j++;
        if (j < tokens.length && tokens[j].kind === 'word' && tokens[j - 1].end <= end) {
          i = j - 1;
          continue;
        }
      }
    }
    out.push(t);
  }
  return out;
}
