/** Text normalisation for comparisons: never used to produce text shown or written back. */

const WHITESPACE = /[\s\u00a0\u202f\u2007\ufeff]+/g;

export function collapseSpaces(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** Printable ASCII only: nothing to normalise but case, blanks and the backtick. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

// Lower-casing for French is Unicode's default mapping (only tr, az and lt differ), and the
// locale-independent call is several times faster.
function foldPlainAscii(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim().replace(/`/g, "'").toLowerCase();
}

/** Identity for names, titles and commissions: case-folded, accents and apostrophes unified. */
export function foldKey(text: string): string {
  if (PLAIN_ASCII.test(text)) return foldPlainAscii(text);
  return collapseSpaces(text)
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[–—]/g, '-')
    .toLowerCase();
}

/** Like foldKey, without accents: for keywords whose accents the PDF export drops or keeps. */
export function foldBare(text: string): string {
  if (PLAIN_ASCII.test(text)) return foldPlainAscii(text);
  return foldKey(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const NOT_BLANK = /\S/;

/** Nothing but white space (tested without building a trimmed copy: most lines end in spaces here). */
export function isBlank(text: string): boolean {
  return !NOT_BLANK.test(text);
}

/** Whether a UTF-16 code unit is white space as `\s` has it (U+00A0, U+2007, U+202F and U+FEFF included). */
export function isBlankCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whether the first non-blank character of `text` is one of `letters`: lets a line scan rule out
 * most lines before testing an anchored landmark pattern (`^\s*D[EÉ]PARTEMENT…`).
 */
export function startsWithOneOf(text: string, letters: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isBlankCode(code)) return letters.includes(text[i]);
  }
  return false;
}
