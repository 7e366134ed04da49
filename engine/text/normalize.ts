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
