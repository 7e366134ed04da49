/**
 * Reading French amounts as exact integer cents: `150 000,00`, `18 998,50 €`, `13 398€`,
 * `4 000 euros`, `2.670.150,00€`, `2 971 219, 36 €`, `108  000  €`, `-  €`, `3000 €`.
 * A hand-written scanner, linear in the text: a run of 50 000 digits costs one pass, not a regex
 * backtracking storm.
 */
import type { AmountStyle } from './types';

export interface AmountToken {
  cents: number;
  /** Offset of the first character in the scanned text. */
  index: number;
  /** Length of the whole token, currency included. */
  length: number;
  text: string;
  style: AmountStyle;
  /** Followed by `€` or `euros`. */
  currency: boolean;
  /** Digit groups as written (`['1', '468', '748']`), for re-grouping ambiguous runs. */
  groups: string[];
}

const MAX_DIGITS = 15;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isGroupSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f';
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

/**
 * Every number in `text`, grouped by thousands separators (one or two spaces, NBSP, narrow NBSP, or
 * a dot before exactly three digits), with an optional decimal comma and currency.
 * Numbers glued to letters or inside codes (`L.3121-14`, `C03-311Q01`, `3.9.1.1`, dates) are skipped.
 */
export function scanAmounts(text: string): AmountToken[] {
  const out: AmountToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) {
      if (text[i] === '-' && isDashZero(text, i)) {
        const token = readDashZero(text, i);
        out.push(token);
        i += token.length;
        continue;
      }
      i++;
      continue;
    }
    const token = readNumber(text, i);
    i = token.end;
    if (token.amount) out.push(token.amount);
  }
  return out;
}

/** `- €` or `-  €`: an empty cell printed as a dash, meaning zero. */
function isDashZero(text: string, i: number): boolean {
  if (i > 0 && !/\s/.test(text[i - 1])) return false;
  let j = i + 1;
  while (j < text.length && isGroupSpace(text[j]) && j - i < 4) j++;
  return j > i + 1 && text[j] === '€';
}

function readDashZero(text: string, i: number): AmountToken {
  let j = i + 1;
  while (isGroupSpace(text[j])) j++;
  const raw = text.slice(i, j + 1);
  return {
    cents: 0,
    index: i,
    length: raw.length,
    text: raw,
    style: { thousands: '', decimals: 0, currency: ' €' },
    currency: true,
    groups: ['0'],
  };
}

function readNumber(text: string, start: number): { end: number; amount?: AmountToken } {
  const n = text.length;
  let j = start;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  const prev = start > 0 ? text[start - 1] : undefined;
  // Glued to a word, or part of a code, a date or an article number: not an amount.
  if (isWordChar(prev) || prev === '.' || prev === '/' || prev === '-' || prev === '+' || prev === ',') {
    return { end: skipCodeTail(text, j) };
  }
  const next = text[j];
  if (next !== undefined && (/[\p{L}_]/u.test(next) || next === '/' || next === '-' || next === '+')) {
    if (!/^e(?:r|me|ème)?\b/u.test(text.slice(j, j + 4)) || true) return { end: skipCodeTail(text, j) };
  }
  if (next === '.' && isDigit(text.charCodeAt(j + 1) ?? 0) && !dotGroupFollows(text, j)) {
    return { end: skipCodeTail(text, j) };
  }
  const groups = [text.slice(start, j)];
  let thousands = '';
  if (groups[0].length <= 3) {
    for (;;) {
      const sep = readSeparator(text, j);
      if (!sep) break;
      if (thousands && sep.kind !== thousands.trim() && !(isGroupSpace(sep.text[0]) && isGroupSpace(thousands[0]))) break;
      thousands ||= sep.text[0] === '.' ? '.' : sep.text[0];
      groups.push(text.slice(sep.end, sep.end + 3));
      j = sep.end + 3;
    }
  }
  let decimals = '';
  const dec = readDecimals(text, j);
  if (dec) {
    decimals = dec.digits;
    j = dec.end;
  }
  const digitCount = groups.join('').replace(/^0+/, '').length;
  if (digitCount > MAX_DIGITS) return { end: skipCodeTail(text, j) };
  const cur = readCurrency(text, j);
  const end = cur ? cur.end : j;
  const units = Number(groups.join(''));
  const cents = units * 100 + (decimals ? Number(decimals.padEnd(2, '0')) : 0);
  if (!Number.isSafeInteger(cents)) return { end };
  const raw = text.slice(start, end);
  return {
    end,
    amount: {
      cents,
      index: start,
      length: end - start,
      text: raw,
      style: { thousands, decimals: decimals.length, currency: cur ? cur.style : '' },
      currency: !!cur,
      groups,
    },
  };
}

function dotGroupFollows(text: string, j: number): boolean {
  // `2.500` or `2.670.150`: a dot then exactly three digits, not followed by another digit or `.d`
  // that breaks the pattern (`3.9.1.1`).
  return (
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    isDigit(text.charCodeAt(j + 3)) &&
    !isDigit(text.charCodeAt(j + 4))
  );
}

function readSeparator(text: string, j: number): { text: string; kind: string; end: number } | undefined {
  const ch = text[j];
  if (ch === '.') {
    if (!dotGroupFollows(text, j)) return undefined;
    return { text: '.', kind: '.', end: j + 1 };
  }
  if (!isGroupSpace(ch)) return undefined;
  let k = j + 1;
  if (isGroupSpace(text[k])) k++;
  if (
    isDigit(text.charCodeAt(k)) &&
    isDigit(text.charCodeAt(k + 1)) &&
    isDigit(text.charCodeAt(k + 2)) &&
    !isDigit(text.charCodeAt(k + 3)) &&
    !/[\p{L}/.-]/u.test(text[k + 3] ?? ' ')
  ) {
    return { text: text.slice(j, k), kind: '', end: k };
  }
  if (text[k + 3] === '.' && !dotGroupFollows(text, k + 3) && isDigit(text.charCodeAt(k + 2))) return undefined;
  return undefined;
}

function readDecimals(text: string, j: number): { digits: string; end: number } | undefined {
  let k = j;
  if (text[k] === ' ') k++;
  if (text[k] !== ',') return undefined;
  k++;
  if (text[k] === ' ') k++;
  const from = k;
  while (k < text.length && isDigit(text.charCodeAt(k)) && k - from < 3) k++;
  const digits = text.slice(from, k);
  if (digits.length < 1 || digits.length > 2 || isDigit(text.charCodeAt(k))) return undefined;
  // `70 ,74%` is a percentage: the caller sees the `%` and drops it; keep the decimals here.
  return { digits, end: k };
}

function readCurrency(text: string, j: number): { style: string; end: number } | undefined {
  let k = j;
  while (k < text.length && isGroupSpace(text[k]) && k - j < 3) k++;
  if (text[k] === '€') return { style: k === j ? '€' : text.slice(j, k) + '€', end: k + 1 };
  if (/^euros?\b/iu.test(text.slice(k, k + 6)) && k > j) {
    const word = /^euros?/iu.exec(text.slice(k, k + 6))![0];
    return { style: text.slice(j, k) + word, end: k + word.length };
  }
  return undefined;
}

function skipCodeTail(text: string, j: number): number {
  let k = j;
  while (k < text.length && /[\p{L}\p{N}_./+-]/u.test(text[k])) k++;
  return Math.max(k, j);
}

/** Is the token followed by `%` (a rate, not an amount)? */
export function isPercentage(text: string, token: AmountToken): boolean {
  const after = text.slice(token.index + token.length, token.index + token.length + 3);
  return /^\s?%/.test(after);
}

/** Amounts explicitly marked as money (`€`, `euros`), percentages excluded. */
export function findMoney(text: string): AmountToken[] {
  return scanAmounts(text).filter((t) => t.currency);
}

/**
 * Formats cents in a given style: the separator, decimals and currency of the figure it replaces.
 * Never Intl.NumberFormat: it emits narrow NBSP the corpus does not use.
 */
export function formatAmount(cents: number, style: AmountStyle): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
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
  let out = (negative ? '-' : '') + digits;
  if (style.decimals > 0) out += ',' + String(rest).padStart(2, '0').slice(0, style.decimals);
  return out + style.currency;
}

/** `1 468 748,00` for messages: space thousands, two decimals only when there are cents. */
export function displayAmount(cents: number): string {
  return formatAmount(cents, { thousands: ' ', decimals: cents % 100 === 0 ? 0 : 2, currency: '' });
}
