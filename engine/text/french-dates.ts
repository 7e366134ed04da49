/**
 * Dates and times as French deliberations write them, found in free text with their offsets:
 * in figures (`13/01/2023`, `16 janvier 2023`, `1er mars 2023`, `MARDI 14 FÉVRIER 2023`), in words
 * (`le seize janvier deux mille vingt-trois`, `L'an deux mille vingt-trois, le quatorze février`,
 * `le 13 du mois de janvier`), mixed (year in words, day in figures), and times (`à dix-neuf
 * heures seize`, `à 20 heures`, `19h30`, `18 h 00`).
 *
 * The text is read as tokens of a folded copy (lower case, no accents, same length as the text, so
 * every offset holds). Each date is parsed forward from a token that can start one, in a bounded
 * number of tokens: the scan is linear in the text.
 */
import type { CalendarDate } from './dates';

/** A date found in text. `date` is set when the text gives the year; `day` and `month` always are. */
export interface FoundDate {
  date?: CalendarDate;
  day: number;
  month: number;
  year?: number;
  /** Offsets [start, end) of the date in the text (`L'an …` included for the year-first form). */
  start: number;
  end: number;
  text: string;
  /** The day or the year is written in words. */
  inWords: boolean;
  /** The printed day of the week (0 Sunday … 6 Saturday) and its offsets. */
  weekday?: { value: number; start: number; end: number };
}

export interface FoundTime {
  hours: number;
  minutes: number;
  start: number;
  end: number;
  text: string;
  inWords: boolean;
}

/** Day of the week of a date: 0 Sunday … 6 Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** A valid calendar date, or undefined (years 1800–2200). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || year < 1800 || year > 2200) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { year, month, day };
}

// ── Folding ──────────────────────────────────────────────────────────────────────────────────

const foldedChar = new Map<number, string>();

/** One character folded: lower case, accents off, typographic apostrophes and dashes made plain. */
function foldChar(code: number, ch: string): string {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : code === 0x60 ? "'" : ch;
  let out = foldedChar.get(code);
  if (out === undefined) {
    if (code === 0x2019 || code === 0x2018 || code === 0xb4 || code === 0x2bc) out = "'";
    else if (code >= 0x2010 && code <= 0x2015) out = '-';
    else if (code === 0x2212) out = '-';
    else if (code === 0xa0 || code === 0x202f || code === 0x2007 || code === 0xfeff) out = ' ';
    else {
      const bare = ch.normalize('NFD')[0].toLowerCase();
      // A character whose folding is not one UTF-16 unit is kept as it is: offsets must hold.
      out = bare.length === 1 ? bare : ch;
    }
    foldedChar.set(code, out);
  }
  return out;
}

/** The text lower-cased, without accents, apostrophes and dashes unified — of the same length. */
export function foldKeepingOffsets(text: string): string {
  // ASCII runs are lower-cased whole; only the other characters are folded one by one.
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && code !== 0x60) continue;
    out += text.slice(run, i).toLowerCase() + foldChar(code, text[i]);
    run = i + 1;
  }
  return run === 0 ? text.toLowerCase() : out + text.slice(run).toLowerCase();
}

// ── Tokens ───────────────────────────────────────────────────────────────────────────────────

export type TokenKind = 'word' | 'number' | 'punct';

/** A word (letters), a number (figures) or one punctuation mark of a folded text, with its offsets. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

/** Words (letters), numbers (digits) and single punctuation marks of the folded text; blanks are skipped. */
export function foldedTokens(folded: string): Token[] {
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) {
      i++;
      continue;
    }
    const start = i;
    if (code >= 0x30 && code <= 0x39) {
      while (i < n && isDigit(folded.charCodeAt(i))) i++;
      tokens.push({ kind: 'number', text: folded.slice(start, i), start, end: i });
    } else if (isLetter(code, folded[i])) {
      while (i < n && isLetter(folded.charCodeAt(i), folded[i])) i++;
      tokens.push({ kind: 'word', text: folded.slice(start, i), start, end: i });
    } else {
      i++;
      tokens.push({ kind: 'punct', text: folded[start], start, end: i });
    }
  }
  return tokens;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const LETTER = /\p{L}/u;
const letterCode = new Map<number, boolean>();

function isLetter(code: number, ch: string): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  let letter = letterCode.get(code);
  if (letter === undefined) {
    letter = LETTER.test(ch);
    letterCode.set(code, letter);
  }
  return letter;
}

/** A text folded and cut into tokens once, for readers that search it several ways. */
export interface PreparedText {
  folded: string;
  tokens: readonly Token[];
}

export function prepareText(text: string): PreparedText {
  const folded = foldKeepingOffsets(text);
  return { folded, tokens: foldedTokens(folded) };
}

// ── Words ────────────────────────────────────────────────────────────────────────────────────

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6],
  ['juillet', 7], ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['decembre', 12],
]);

const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['dimanche', 0], ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6],
]);

const UNITS: ReadonlyMap<string, number> = new Map([
  ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9],
]);
const TEENS: ReadonlyMap<string, number> = new Map([
  ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
]);
const TENS: ReadonlyMap<string, number> = new Map([['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60]]);

/** Ordinal suffixes written after a day in figures (`1er`, `1°`, `2ème`). */
const ORDINAL_SUFFIX = new Set(['er', 'eme', 'e', 'ere']);

interface Parsed {
  value: number;
  /** Index of the first token after the number. */
  next: number;
}

/** Index of the next token, skipping one hyphen glued between two words (`vingt-trois`). */
function afterHyphen(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  return t && t.kind === 'punct' && t.text === '-' ? i + 1 : i;
}

function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.text : undefined;
}

/** A number from 1 to 99 written in words, starting at token i (`dix-neuf`, `vingt et un`, `quatre-vingt-dix`). */
function numberWords(tokens: readonly Token[], i: number): Parsed | undefined {
  const first = wordAt(tokens, i);
  if (first === undefined) return undefined;
  // `quatre-vingt(s)` before anything else: `quatre` alone is a unit.
  if (first === 'quatre') {
    const j = afterHyphen(tokens, i + 1);
    const w = wordAt(tokens, j);
    if (w === 'vingt' || w === 'vingts') return tail(tokens, j + 1, 80, true);
  }
  const tens = TENS.get(first);
  if (tens !== undefined) return tail(tokens, i + 1, tens, first === 'soixante');
  if (first === 'dix') {
    const j = afterHyphen(tokens, i + 1);
    const w = wordAt(tokens, j);
    if (w === 'sept' || w === 'huit' || w === 'neuf') return { value: 10 + (UNITS.get(w) as number), next: j + 1 };
    return { value: 10, next: i + 1 };
  }
  const teen = TEENS.get(first);
  if (teen !== undefined) return { value: teen, next: i + 1 };
  const unit = UNITS.get(first);
  if (unit !== undefined) return { value: unit, next: i + 1 };
  return undefined;
}

/** What may follow a multiple of ten: `et un`, `-deux`, and for 60 and 80 the teens (`soixante-quinze`). */
function tail(tokens: readonly Token[], i: number, tens: number, takesTeens: boolean): Parsed {
  let j = i;
  const hyphen = afterHyphen(tokens, j);
  let w = wordAt(tokens, hyphen);
  if (w === 'et') {
    const k = afterHyphen(tokens, hyphen + 1);
    const after = wordAt(tokens, k);
    if (after === 'un' || after === 'une') return { value: tens + 1, next: k + 1 };
    if (takesTeens && after === 'onze') return { value: tens + 11, next: k + 1 };
    return { value: tens, next: i };
  }
  j = hyphen;
  w = wordAt(tokens, j);
  if (w === undefined) return { value: tens, next: i };
  if (takesTeens) {
    const teen = numberWords(tokens, j);
    if (teen && teen.value >= 10 && teen.value <= 19) return { value: tens + teen.value, next: teen.next };
  }
  const unit = UNITS.get(w);
  if (unit !== undefined && w !== 'une') return { value: tens + unit, next: j + 1 };
  return { value: tens, next: i };
}

/** A year in words: `deux mille vingt-trois`, `deux mil vingt-deux`, `deux-mille dix-neuf`. */
function yearWords(tokens: readonly Token[], i: number): Parsed | undefined {
  if (wordAt(tokens, i) !== 'deux') return undefined;
  const j = afterHyphen(tokens, i + 1);
  const mil = wordAt(tokens, j);
  if (mil !== 'mille' && mil !== 'mil') return undefined;
  const k = afterHyphen(tokens, j + 1);
  const rest = numberWords(tokens, k);
  if (rest) return { value: 2000 + rest.value, next: rest.next };
  return { value: 2000, next: j + 1 };
}

/** A year: four figures (1900–2100) or words. */
function year(tokens: readonly Token[], i: number): (Parsed & { inWords: boolean }) | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') {
    if (t.text.length !== 4) return undefined;
    const value = Number(t.text);
    if (value < 1900 || value > 2100) return undefined;
    // `2023` glued to letters or followed by more figures is a number, not a year.
    const next = tokens[i + 1];
    if (next && next.start === t.end && next.kind !== 'punct') return undefined;
    return { value, next: i + 1, inWords: false };
  }
  const words = yearWords(tokens, i);
  return words && { ...words, inWords: true };
}

/** A day: figures 1–31 (with `er`, `°`) or words (`premier`, `trente et un`). */
function day(tokens: readonly Token[], i: number): (Parsed & { inWords: boolean }) | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') {
    if (t.text.length > 2) return undefined;
    const value = Number(t.text);
    if (value < 1 || value > 31) return undefined;
    // `3 1 mars`: a figure just before makes the day uncertain (OCR split `31`).
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'number' && t.start - prev.end <= 1) return undefined;
    if (prev && prev.end === t.start && (prev.kind === 'word' || prev.text === ',' || prev.text === '.' || prev.text === '/')) return undefined;
    let next = i + 1;
    const after = tokens[next];
    if (after && after.start === t.end) {
      if (after.kind === 'word' && ORDINAL_SUFFIX.has(after.text) && value === 1) next++;
      else if (after.kind === 'punct' && after.text === '°') {
        next++;
        const quote = tokens[next];
        if (quote && quote.text === "'" && quote.start === after.end) next++;
      } else if (after.kind !== 'punct') return undefined;
    }
    return { value, next, inWords: false };
  }
  if (t.kind !== 'word') return undefined;
  if (t.text === 'premier') return { value: 1, next: i + 1, inWords: true };
  // `un` alone (`un mars`) is too often an article to be a day.
  if (t.text === 'un' || t.text === 'une') return undefined;
  const words = numberWords(tokens, i);
  if (!words || words.value > 31) return undefined;
  return { ...words, inWords: true };
}

/** `du mois de` between the day and the month (`le 13 du mois de janvier`). */
function skipDuMoisDe(tokens: readonly Token[], i: number): number {
  if (wordAt(tokens, i) !== 'du' || wordAt(tokens, i + 1) !== 'mois') return i;
  const de = wordAt(tokens, i + 2);
  if (de === 'de') return i + 3;
  if (de === 'd' && tokens[i + 3]?.text === "'") return i + 4;
  return i;
}

/** `L'an` (also `L' An`, `l an`) at token i: the index after it. */
function lAn(tokens: readonly Token[], i: number): number | undefined {
  if (wordAt(tokens, i) !== 'l') return undefined;
  let j = i + 1;
  if (tokens[j]?.text === "'") j++;
  return wordAt(tokens, j) === 'an' ? j + 1 : undefined;
}

interface DayMonth {
  day: number;
  month: number;
  dayInWords: boolean;
  weekday?: { value: number; start: number; end: number };
  first: number;
  next: number;
}

/** `[weekday] day [du mois de] month` starting at token i. */
function dayMonth(tokens: readonly Token[], i: number): DayMonth | undefined {
  let j = i;
  let weekday: DayMonth['weekday'];
  const w = wordAt(tokens, j);
  const wd = w === undefined ? undefined : WEEKDAYS.get(w);
  if (wd !== undefined) {
    weekday = { value: wd, start: tokens[j].start, end: tokens[j].end };
    j++;
  }
  const d = day(tokens, j);
  if (!d) return undefined;
  const k = skipDuMoisDe(tokens, d.next);
  const m = wordAt(tokens, k);
  const month = m === undefined ? undefined : MONTHS.get(m);
  if (month === undefined) return undefined;
  return { day: d.value, month, dayInWords: d.inWords, weekday, first: i, next: k + 1 };
}

// ── Dates ────────────────────────────────────────────────────────────────────────────────────

/** `13/01/2023`, `13.01.2023`, `13-01-2023`, `27/03/23`: one separator throughout; two-figure years 20yy, not with `.` (phone numbers). */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d/.-]?\d)/g;

function numericDates(text: string, folded: string, tokens: readonly Token[]): FoundDate[] {
  const found: FoundDate[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    if (m[4].length === 2 && m[2] === '.') continue;
    const y = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const date = calendarDate(y, Number(m[3]), Number(m[1]));
    if (!date) continue;
    const start = m.index;
    const end = start + m[0].length;
    const item: FoundDate = { date, day: date.day, month: date.month, year: date.year, start, end, text: text.slice(start, end), inWords: false };
    const weekday = weekdayBefore(folded, tokens, start);
    if (weekday) item.weekday = weekday;
    found.push(item);
  }
  return found;
}

/** The weekday word written just before offset `at` (`lundi 16/01/2023`). */
function weekdayBefore(folded: string, tokens: readonly Token[], at: number): FoundDate['weekday'] {
  const k = tokenIndexAt(tokens, at) - 1;
  const t = tokens[k];
  const value = t && t.kind === 'word' ? WEEKDAYS.get(t.text) : undefined;
  if (!t || value === undefined || at - t.end > 2) return undefined;
  if (folded.slice(t.end, at).trim() !== '') return undefined;
  return { value, start: t.start, end: t.end };
}

/** Index of the first token starting at or after `at`. */
export function tokenIndexAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Long dates (`16 janvier 2023`, `le seize janvier deux mille vingt-trois`, `L'an …, le …`), by tokens. */
function longDates(text: string, tokens: readonly Token[]): FoundDate[] {
  const found: FoundDate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!canStartDate(tokens[i])) {
      i++;
      continue;
    }
    const date = yearFirst(text, tokens, i) ?? dayFirst(text, tokens, i);
    if (date) {
      found.push(date.found);
      i = date.next;
    } else i++;
  }
  return found;
}

/** Words a date can start with: `L'an`, a weekday, a day in words. */
const DATE_STARTS = new Set(['l', 'premier', 'quatre', ...WEEKDAYS.keys(), ...UNITS.keys(), ...TEENS.keys(), ...TENS.keys()]);

/** A token a date may start at: most are not, and are passed over at once. */
function canStartDate(t: Token): boolean {
  return t.kind === 'number' ? t.text.length <= 2 : t.kind === 'word' && DATE_STARTS.has(t.text);
}

/** `L'an deux mille vingt-trois, [et] le [lundi] quatorze février`, `L'an 2022, le 7 décembre`. */
function yearFirst(text: string, tokens: readonly Token[], i: number): { found: FoundDate; next: number } | undefined {
  const afterAn = lAn(tokens, i);
  if (afterAn === undefined) return undefined;
  const y = year(tokens, afterAn);
  if (!y) return undefined;
  let j = y.next;
  if (tokens[j]?.text === ',') j++;
  if (wordAt(tokens, j) === 'et') j++;
  if (wordAt(tokens, j) === 'le') j++;
  const dm = dayMonth(tokens, j);
  if (!dm) return undefined;
  const start = tokens[i].start;
  const end = tokens[dm.next - 1].end;
  const date = calendarDate(y.value, dm.month, dm.day);
  const found: FoundDate = {
    day: dm.day,
    month: dm.month,
    year: y.value,
    start,
    end,
    text: text.slice(start, end),
    inWords: y.inWords || dm.dayInWords,
  };
  if (date) found.date = date;
  if (dm.weekday) found.weekday = dm.weekday;
  return { found, next: dm.next };
}

/** `[lundi] 16 janvier [,] [2023 | deux mille vingt-trois]`; the year may be missing. */
function dayFirst(text: string, tokens: readonly Token[], i: number): { found: FoundDate; next: number } | undefined {
  const dm = dayMonth(tokens, i);
  if (!dm) return undefined;
  let next = dm.next;
  let j = next;
  if (tokens[j]?.text === ',') j++;
  const y = year(tokens, j);
  if (y) next = y.next;
  const dayToken = dm.weekday ? i + 1 : i;
  const start = tokens[dayToken].start;
  const end = tokens[next - 1].end;
  const found: FoundDate = {
    day: dm.day,
    month: dm.month,
    start,
    end,
    text: text.slice(start, end),
    inWords: dm.dayInWords || (y?.inWords ?? false),
  };
  if (y) {
    found.year = y.value;
    const date = calendarDate(y.value, dm.month, dm.day);
    if (date) found.date = date;
  }
  if (dm.weekday) found.weekday = dm.weekday;
  return { found, next };
}

/**
 * Every date of `text` with its offsets, in text order: figures, words, mixed, with or without the
 * printed weekday. A day and month without a year are returned without `date` (the caller knows
 * whose year it is); an impossible date (`31 février 2023`) likewise.
 */
export function findFrenchDates(text: string, prepared?: PreparedText): FoundDate[] {
  if (text.length === 0) return [];
  const folded = prepared?.folded ?? foldKeepingOffsets(text);
  const tokens = prepared?.tokens ?? foldedTokens(folded);
  const numeric = numericDates(text, folded, tokens);
  const long = longDates(text, tokens);
  const all = numeric.concat(long);
  all.sort((a, b) => a.start - b.start);
  // A long date never overlaps a numeric one (their first tokens differ), but be sure.
  const out: FoundDate[] = [];
  for (const d of all) if (out.length === 0 || d.start >= out[out.length - 1].end) out.push(d);
  return out;
}

// ── Times ────────────────────────────────────────────────────────────────────────────────────

/** A number of hours or minutes: figures (up to two) or words; OCR's `O0` for `00` after `heures`. */
function clockNumber(tokens: readonly Token[], i: number, max: number): (Parsed & { inWords: boolean }) | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') {
    if (t.text.length > 2 || Number(t.text) > max) return undefined;
    return { value: Number(t.text), next: i + 1, inWords: false };
  }
  if (t.kind !== 'word') return undefined;
  if (t.text === 'midi' && max === 24) return { value: 12, next: i + 1, inWords: true };
  if (t.text === 'minuit' && max === 24) return { value: 0, next: i + 1, inWords: true };
  const w = numberWords(tokens, i);
  if (!w || w.value > max) return undefined;
  return { ...w, inWords: true };
}

/** Minutes after `heures` / `h`: `30`, `trente`, `et quart`, `et demie`, `et 3 minutes`, `O0`. */
function minutesAt(tokens: readonly Token[], i: number, glued: boolean): Parsed | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (glued) {
    // `19h30`: the minutes are glued to the `h`.
    if (t.kind === 'number' && t.text.length === 2 && Number(t.text) < 60) return { value: Number(t.text), next: i + 1 };
    return undefined;
  }
  let j = i;
  if (wordAt(tokens, j) === 'et') {
    const w = wordAt(tokens, j + 1);
    if (w === 'quart') return { value: 15, next: j + 2 };
    if (w === 'demie' || w === 'demi') return { value: 30, next: j + 2 };
    j++;
  }
  const zeros = ocrZeros(tokens, j);
  if (zeros !== undefined) return withMinuteWord(tokens, zeros, 0);
  const m = clockNumber(tokens, j, 59);
  if (!m) return undefined;
  return withMinuteWord(tokens, m.next, m.value);
}

/** `O0`, `0O`, `OO` (OCR for `00`) at token i, only right after the hour: the index after it. */
function ocrZeros(tokens: readonly Token[], i: number): number | undefined {
  let text = '';
  let j = i;
  while (j < tokens.length && text.length < 3 && (j === i || tokens[j].start === tokens[j - 1].end)) {
    const t = tokens[j];
    if (t.kind === 'punct') break;
    text += t.text;
    j++;
  }
  return text.length === 2 && text.includes('o') && /^[o0]{2}$/.test(text) ? j : undefined;
}

function withMinuteWord(tokens: readonly Token[], i: number, value: number): Parsed {
  const w = wordAt(tokens, i);
  return { value, next: w === 'minute' || w === 'minutes' || w === 'mn' || w === 'min' ? i + 1 : i };
}

/** One-letter words OCR reads for `1` (`à l 9h30`): an hour after one is not certain. */
const OCR_ONE = new Set(['l', 'i']);

/**
 * Every time of `text`: `19h30`, `18 h 00`, `18H`, `à 20 heures`, `17 heures 30`, `à dix-neuf
 * heures seize`, `vingt heures trente minutes`, `20 heures et 3 minutes`.
 */
export function findFrenchTimes(text: string, prepared?: PreparedText): FoundTime[] {
  if (text.length === 0) return [];
  const folded = prepared?.folded ?? foldKeepingOffsets(text);
  const tokens = prepared?.tokens ?? foldedTokens(folded);
  const out: FoundTime[] = [];
  let i = 0;
  while (i < tokens.length) {
    const time = timeAt(text, tokens, i);
    if (time) {
      out.push(time.found);
      i = time.next;
    } else i++;
  }
  return out;
}

function timeAt(text: string, tokens: readonly Token[], i: number): { found: FoundTime; next: number } | undefined {
  const first = tokens[i];
  if (first.kind === 'number') {
    const prev = tokens[i - 1];
    if (prev && (prev.end === first.start || (prev.kind === 'word' && OCR_ONE.has(prev.text) && first.start - prev.end === 1))) return undefined;
    if (prev && prev.kind === 'number' && first.start - prev.end <= 1) return undefined;
  } else if (first.kind === 'word') {
    // A number in words starts at its first word only (`dix-neuf`, not `neuf`).
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'punct' && prev.text === '-' && prev.end === first.start) return undefined;
  } else return undefined;
  const h = clockNumber(tokens, i, 24);
  if (!h) return undefined;
  const unit = tokens[h.next];
  if (!unit || unit.kind !== 'word') return undefined;
  let next: number;
  let minutes = 0;
  if (unit.text === 'h' && !h.inWords) {
    next = h.next + 1;
    const glued = tokens[next] !== undefined && tokens[next].start === unit.end;
    const m = minutesAt(tokens, next, glued) ?? (glued ? undefined : minutesAt(tokens, next, true));
    // `18 h 00` and `19h30`; a letter glued after `h` (`18hours`) is no time.
    if (m) {
      minutes = m.value;
      next = m.next;
    }
  } else if (unit.text === 'heures' || unit.text === 'heure') {
    next = h.next + 1;
    const m = minutesAt(tokens, next, false);
    if (m) {
      minutes = m.value;
      next = m.next;
    }
  } else return undefined;
  if (h.value === 24 && minutes > 0) return undefined;
  const start = first.start;
  const end = tokens[next - 1].end;
  return {
    found: { hours: h.value, minutes, start, end, text: text.slice(start, end), inWords: h.inWords },
    next,
  };
}
