/**
 * Reading French amounts as exact integer cents: `150 000,00`, `18 998,50 €`, `13 398€`,
 * `4 000 euros`, `2.670.150,00€`, `2 971 219, 36 €`, `108  000  €`, `-  €`, `3000 €`.
 * A hand-written scanner, linear in the text: a run of 50 000 digits costs one pass, not a regex
 * backtracking storm. Thousands grouping here is greedy; `groupings.ts` enumerates the other readings
 * of an ambiguous run (`TOTAL 12 562 692 €` = 12 items + 562 692 €).
 */
import { lineRange } from '../text/lines';
import type { Amount, AmountStyle } from './types';

/**
 * What a number is, as far as its surroundings tell: `money` carries `€`/`euros`; `percent` is followed
 * by `%`; `year` is a bare 19xx/20xx; `date` is a day or year beside a month name; `number` is the rest
 * (table cells, counts).
 */
export type NumberKind = 'money' | 'percent' | 'year' | 'date' | 'number';

export interface AmountToken {
  cents: number;
  /** Offset of the first character in the scanned text (the sign when negative). */
  index: number;
  /** Length of the whole token, currency included. */
  length: number;
  text: string;
  style: AmountStyle;
  /** Followed by `€` or `euros`. */
  currency: boolean;
  /** Digit groups as written (`['1', '468', '748']`), for re-grouping ambiguous runs. */
  groups: string[];
  kind: NumberKind;
}

/** Beyond 15 digits a figure is an identifier, and cents would leave the safe-integer range. */
const MAX_DIGITS = 15;

const CODE_HEAD = /C[O0]?\d-\s?\d{3}\s?[A-Z]\s$/;
const MONTHS = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre';
const MONTH_AFTER = new RegExp(`^[ \\u00a0]{1,2}(?:${MONTHS})(?![\\p{L}])`, 'iu');
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})[ \\u00a0]{1,2}$`, 'iu');

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isGroupSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f';
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}_]/u.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

/**
 * Every number in `text`: grouped by thousands separators (one or two spaces, NBSP, narrow NBSP, or a
 * dot before exactly three digits — the same separator throughout one figure), with an optional
 * decimal comma and currency. Numbers glued to letters or inside codes (`L.3121-14`, `C03-311Q01`,
 * `3.9.1.1`, `07/03/2022`, `2014-2020`) are skipped; percentages, years and date parts come back with
 * their `kind` so callers can drop them.
 */
export function scanAmounts(text: string): AmountToken[] {
  const out: AmountToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isDigitAt(text, i)) {
      const read = readNumber(text, i, i);
      if (read.token) out.push(read.token);
      i = Math.max(read.end, i + 1);
      continue;
    }
    const ch = text[i];
    if (ch === '-' || ch === '\u2212') {
      const dash = readDashZero(text, i);
      if (dash) {
        out.push(dash);
        i += dash.length;
        continue;
      }
      if (isDigitAt(text, i + 1) && (i === 0 || /[\s(]/.test(text[i - 1]))) {
        const read = readNumber(text, i + 1, i);
        if (read.token) out.push(read.token);
        i = Math.max(read.end, i + 1);
        continue;
      }
    }
    i++;
  }
  return out;
}

/** `- €` or `-  €`: an empty cell printed as a dash, meaning zero. */
function readDashZero(text: string, i: number): AmountToken | undefined {
  if (i > 0 && !/\s/.test(text[i - 1])) return undefined;
  let j = i + 1;
  while (j < text.length && isGroupSpace(text[j]) && j - i <= 3) j++;
  if (j === i + 1 || text[j] !== '€') return undefined;
  const raw = text.slice(i, j + 1);
  return {
    cents: 0,
    index: i,
    length: raw.length,
    text: raw,
    style: { thousands: ' ', decimals: 0, currency: text.slice(i + 1, j) + '€' },
    currency: true,
    groups: ['0'],
    kind: 'money',
  };
}

/**
 * Reads the figure whose first digit is at `start`; `origin` is where the token begins (the minus sign
 * of a negative figure). Returns where scanning resumes and the token, if the digits form an amount.
 */
function readNumber(text: string, start: number, origin: number): { end: number; token?: AmountToken } {
  let j = start;
  while (j < text.length && isDigitAt(text, j)) j++;
  const prev = origin > 0 ? text[origin - 1] : undefined;
  // Glued to a word, or the tail of a code, a date or an article number: not an amount.
  if (isWordChar(prev) || (prev !== undefined && './-+,:°\u2212'.includes(prev))) {
    return { end: skipCodeTail(text, j) };
  }
  if (!endsCleanly(text, j, '')) return { end: skipCodeTail(text, j) };
  // The tail of an operation code written with inner spaces (`C03-321 A 17`, L10652).
  if (j - start === 2 && CODE_HEAD.test(text.slice(Math.max(0, origin - 12), origin))) return { end: j };

  const groups = [text.slice(start, j)];
  let thousands = '';
  let malformed = false;
  if (groups[0].length <= 3) {
    for (;;) {
      const sep = readSeparator(text, j, thousands);
      if (sep) {
        thousands = sep.text;
        groups.push(text.slice(sep.end - 3, sep.end));
        j = sep.end;
        continue;
      }
      // `1 500.000`: a dot slipped in among space separators. No figure starts with a dot, so this is one.
      if (isGroupSpace(thousands[0]) && dotGroupAt(text, j)) {
        groups.push(text.slice(j + 1, j + 4));
        j += 4;
        malformed = true;
        continue;
      }
      break;
    }
  }
  const slip = misplacedSpace(text, j);
  if (slip) {
    groups.push(...slip.groups);
    thousands ||= ' ';
    j = slip.end;
    malformed = true;
  }

  let decimals = '';
  const slipped = slippedDecimals(text, j, thousands, groups.length);
  if (slipped === null) return { end: skipCodeTail(text, j) };
  if (slipped) {
    decimals = slipped.digits;
    j = slipped.end;
    malformed = true;
  } else if (thousands === '.' && text[j] === ',' && isThreeDigitsAt(text, j + 1) && endsCleanly(text, j + 4, '.')) {
    // `1.500,000`: dot thousands, then a comma before three digits — a separator, not three decimals.
    groups.push(text.slice(j + 1, j + 4));
    j += 4;
    malformed = true;
  } else {
    const dec = readDecimals(text, j);
    if (dec === null) return { end: skipCodeTail(text, j) };
    if (dec) {
      decimals = dec.digits;
      j = dec.end;
    }
  }

  const integer = groups.join('');
  if (integer.replace(/^0+/, '').length > MAX_DIGITS) return { end: skipCodeTail(text, j) };

  const percent = /^[ \u00a0]?%/.test(text.slice(j, j + 2));
  const cur = percent ? undefined : readCurrency(text, j);
  const end = cur ? cur.end : j;
  const magnitude = Number(integer) * 100 + (decimals ? Number(decimals.padEnd(2, '0')) : 0);
  const negative = origin !== start;
  const cents = negative ? -magnitude : magnitude;
  if (!Number.isSafeInteger(cents)) return { end };
  const raw = text.slice(origin, end);
  const style: AmountStyle = {
    // A figure under 1 000 shows no separator; the corpus convention (a space) is the best guess.
    thousands: thousands || (integer.length <= 3 ? ' ' : ''),
    decimals: decimals.length,
    currency: cur ? cur.style : '',
  };
  if (malformed) style.malformed = true;
  const token: AmountToken = {
    cents,
    index: origin,
    length: end - origin,
    text: raw,
    style,
    currency: !!cur,
    groups,
    kind: 'number',
  };
  token.kind = kindOf(text, token, percent, thousands, decimals);
  return { end, token };
}

function isThreeDigitsAt(text: string, k: number): boolean {
  return isDigitAt(text, k) && isDigitAt(text, k + 1) && isDigitAt(text, k + 2) && !isDigitAt(text, k + 3);
}

/** `.50` ending a figure: a decimal point where French writes a comma (not `3.9.1.1`, not `07.03.2022`). */
function decimalPointAt(text: string, j: number): boolean {
  return text[j] === '.' && isDigitAt(text, j + 1) && isDigitAt(text, j + 2) && !isDigitAt(text, j + 3) && text[j + 3] !== '.' && !isLetter(text[j + 3]);
}

/**
 * A space put one digit off inside a figure in euros: `15 0000,00` — a group of four or more digits
 * starting with 0, which no figure does. Not `1 20 000 €` nor `1 5000 €`: the corpus writes a count
 * then an amount the same way (`5 11 856 €`, L15699).
 */
function misplacedSpace(text: string, j: number): { groups: string[]; end: number } | undefined {
  if (text[j] !== ' ' || text[j + 1] !== '0' || !isDigitAt(text, j + 2)) return undefined;
  let k = j + 1;
  while (k < text.length && isDigitAt(text, k) && k - j <= MAX_DIGITS) k++;
  const run = text.slice(j + 1, k);
  if (run.length === 3 || !endsCleanly(text, k, '') || !moneyFollows(text, k)) return undefined;
  return { groups: [run], end: k };
}

function moneyFollows(text: string, k: number): boolean {
  return /^(?:,\d\d?(?!\d)|[ \u00a0]{0,2}(?:€|euros?(?![\p{L}])))/iu.test(text.slice(k, k + 10));
}

/**
 * Decimals written wrongly: a doubled comma (`150 000,,00`), or a decimal point (`150 000.00`, `12.50 €`)
 * where the figure is plainly money — grouped by spaces, or followed by a currency. Undefined when the
 * decimals are not of these kinds; null when a decimal point cannot be told from a dotted number.
 */
function slippedDecimals(text: string, j: number, thousands: string, groupCount: number): { digits: string; end: number } | undefined | null {
  if (text[j] === ',' && text[j + 1] === ',' && isDigitAt(text, j + 2)) {
    let k = j + 2;
    while (k < text.length && isDigitAt(text, k) && k - j < 5) k++;
    if (k - j - 2 > 2 || isLetter(text[k])) return undefined;
    return { digits: text.slice(j + 2, k), end: k };
  }
  if (!decimalPointAt(text, j)) return undefined;
  if ((isGroupSpace(thousands[0]) && groupCount >= 2) || readCurrency(text, j + 3)) return { digits: text.slice(j + 1, j + 3), end: j + 3 };
  return null;
}

function kindOf(text: string, token: AmountToken, percent: boolean, thousands: string, decimals: string): NumberKind {
  if (percent) return 'percent';
  if (token.currency) return 'money';
  if (thousands || decimals || token.cents < 0) return 'number';
  const digits = token.groups[0];
  const after = text.slice(token.index + token.length, token.index + token.length + 14);
  if (digits.length <= 2 && MONTH_AFTER.test(after)) return 'date';
  if (digits.length === 4 && /^(?:19|20)\d\d$/.test(digits)) {
    const before = text.slice(Math.max(0, token.index - 14), token.index);
    return MONTH_BEFORE.test(before) ? 'date' : 'year';
  }
  return 'number';
}

/**
 * After a digit group ending at `j`: does the figure stop here rather than run into a code, a date or
 * a word (`3ème`, `07/03`, `2014-2020`, `0+642`, `10h30`)? `dotSep` is the dot when it separates
 * thousands in this figure.
 */
function endsCleanly(text: string, j: number, dotSep: string): boolean {
  const next = text[j];
  if (next === undefined) return true;
  if (isLetter(next) || next === '/' || next === '+' || next === '°') return false;
  if (next === '-' || next === ':') return !isWordChar(text[j + 1]);
  if (next === '.') return dotSep === '.' || !isDigitAt(text, j + 1) || dotGroupAt(text, j) || decimalPointAt(text, j);
  return true;
}

/** A dot then exactly three digits that end cleanly (`2.500`, `2.670.150`), not `3.9.1.1`. */
function dotGroupAt(text: string, j: number): boolean {
  return (
    text[j] === '.' &&
    isDigitAt(text, j + 1) &&
    isDigitAt(text, j + 2) &&
    isDigitAt(text, j + 3) &&
    !isDigitAt(text, j + 4) &&
    endsCleanly(text, j + 4, '.')
  );
}

/** A thousands separator at `j` followed by a clean three-digit group; `same` is the figure's separator so far. */
function readSeparator(text: string, j: number, same: string): { text: string; end: number } | undefined {
  let sep: string;
  if (text[j] === '.') {
    if (!dotGroupAt(text, j)) return undefined;
    sep = '.';
  } else if (isGroupSpace(text[j])) {
    sep = isGroupSpace(text[j + 1]) ? text.slice(j, j + 2) : text[j];
  } else {
    return undefined;
  }
  if (same && sep !== same) return undefined;
  const k = j + sep.length;
  if (!isDigitAt(text, k) || !isDigitAt(text, k + 1) || !isDigitAt(text, k + 2) || isDigitAt(text, k + 3)) return undefined;
  if (!endsCleanly(text, k + 3, sep)) return undefined;
  return { text: sep, end: k + 3 };
}

/**
 * `,50` or `,5`; with a space around the comma (`2 971 219, 36 €`, `70 ,74%`) only when exactly two
 * digits follow and a currency or `%` closes them, so `en 2021, 36 projets` stays two numbers.
 * Returns null when the comma opens three or more digits (not a French amount).
 */
function readDecimals(text: string, j: number): { digits: string; end: number } | undefined | null {
  let k = j;
  const spaceBefore = text[k] === ' ';
  if (spaceBefore) k++;
  if (text[k] !== ',') return undefined;
  k++;
  const spaceAfter = text[k] === ' ';
  if (spaceAfter) k++;
  const from = k;
  while (k < text.length && isDigitAt(text, k) && k - from < 3) k++;
  const digits = text.slice(from, k);
  if (digits.length === 0) return undefined;
  if (digits.length > 2) return spaceBefore || spaceAfter ? undefined : null;
  if (isLetter(text[k]) || text[k] === '/' || (text[k] === '.' && isDigitAt(text, k + 1))) return undefined;
  if (spaceBefore || spaceAfter) {
    if (digits.length !== 2) return undefined;
    if (!/^[ \u00a0]{0,3}(?:€|%|euros?(?![\p{L}]))/iu.test(text.slice(k, k + 9))) return undefined;
  }
  return { digits, end: k };
}

function readCurrency(text: string, j: number): { style: string; end: number } | undefined {
  let k = j;
  while (k < text.length && isGroupSpace(text[k]) && k - j < 3) k++;
  if (text[k] === '€') return { style: text.slice(j, k + 1), end: k + 1 };
  if (k > j) {
    const word = /^euros?(?![\p{L}])/iu.exec(text.slice(k, k + 6));
    if (word) return { style: text.slice(j, k) + word[0], end: k + word[0].length };
  }
  return undefined;
}

function skipCodeTail(text: string, j: number): number {
  let k = j;
  while (k < text.length && /[\p{L}\p{N}_./+\-°]/u.test(text[k])) k++;
  return k;
}

/** Is the token followed by `%` (a rate, not an amount)? */
export function isPercentage(text: string, token: AmountToken): boolean {
  if (token.kind === 'percent') return true;
  return /^[ \u00a0]?%/.test(text.slice(token.index + token.length, token.index + token.length + 2));
}

/** Money, or a figure written like it (`40 000,00`, `12 500`): not a count, a year, a code or a lot number. */
export function looksLikeMoney(token: AmountToken): boolean {
  if (token.kind === 'money') return true;
  return token.kind === 'number' && (token.style.decimals > 0 || token.groups.length > 1);
}

/** Amounts explicitly marked as money (`€`, `euros`), percentages excluded. */
export function findMoney(text: string): AmountToken[] {
  return scanAmounts(text).filter((t) => t.kind === 'money');
}

/** The whole of `text` (trimmed) as one amount — a table cell — or undefined. `-` alone is zero. */
export function parseAmountCell(text: string): AmountToken | undefined {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  if (body === '') return undefined;
  if (/^[-\u2212]$/.test(body)) {
    return { cents: 0, index: lead, length: 1, text: body, style: { thousands: ' ', decimals: 0, currency: '' }, currency: false, groups: ['0'], kind: 'number' };
  }
  const tokens = scanAmounts(body);
  if (tokens.length !== 1 || tokens[0].index !== 0 || tokens[0].length !== body.length) return undefined;
  if (tokens[0].kind === 'percent') return undefined;
  return { ...tokens[0], index: tokens[0].index + lead };
}

/** The model's `Amount` for a token scanned in `line` from column `offset`. */
export function toAmount(token: AmountToken, line: number, offset = 0): Amount {
  const start = offset + token.index;
  return { cents: token.cents, text: token.text, style: token.style, range: lineRange(line, start, start + token.length) };
}

/**
 * Formats cents in a given style: the separator, decimals and currency of the figure it replaces
 * (`150 000,00`, `13 398€`, `2.500 €`, `108  000  €`). Cents are never dropped: a style without
 * decimals gets two when the value has cents. Never Intl.NumberFormat: it emits narrow NBSP the
 * corpus does not use.
 */
export function formatAmount(cents: number, style: AmountStyle): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.trunc(cents));
  const units = Math.floor(abs / 100);
  const rest = abs % 100;
  let digits = String(units);
  if (style.thousands) {
    const parts: string[] = [];
    while (digits.length > 3) {
      parts.unshift(digits.slice(-3));
      digits = digits.slice(0, -3);
    }
    parts.unshift(digits);
    digits = parts.join(style.thousands);
  }
  let decimals = style.decimals;
  if (rest !== 0 && (decimals === 0 || (decimals === 1 && rest % 10 !== 0))) decimals = 2;
  let out = (negative ? '-' : '') + digits;
  if (decimals > 0) out += ',' + String(rest).padStart(2, '0').slice(0, decimals);
  return out + style.currency;
}

/** `1 468 748,00` for messages: space thousands, two decimals only when there are cents. */
export function displayAmount(cents: number): string {
  return formatAmount(cents, { thousands: ' ', decimals: cents % 100 === 0 ? 0 : 2, currency: '' });
}
