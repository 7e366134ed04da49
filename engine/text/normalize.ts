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
  return foldBareByCode(text) ?? foldBareByDefinition(text);
}

function foldBareByDefinition(text: string): string {
  return foldKey(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Each Latin character up to U+024F folded alone (`É` → `e`, `ç` → `c`), undefined for blanks and
 * for those that fold to nothing: none of them composes with its neighbour, so a text made of them
 * folds character by character, without the two normalisations that cost most of a fold.
 */
const LATIN_BARE: (string | undefined)[] = [];
for (let code = 0x80; code < 0x250; code++) {
  const folded = foldBareByDefinition(String.fromCharCode(code));
  LATIN_BARE[code] = folded !== '' && !/\s/.test(folded) ? folded : undefined;
}

function bareOf(code: number): string | undefined {
  if (code < 0x250) return LATIN_BARE[code];
  if (code === 0x2018 || code === 0x2019) return "'";
  if (code === 0x2013 || code === 0x2014) return '-';
  return undefined;
}

/** The fold of a text of ASCII and Latin letters, blanks collapsed; undefined when another character is in it. */
function foldBareByCode(text: string): string | undefined {
  let out = '';
  let blank = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isBlankCode(code)) {
      blank = out !== '';
      continue;
    }
    let piece: string | undefined;
    if (code >= 0x80) piece = bareOf(code);
    else if (code >= 0x41 && code <= 0x5a) piece = String.fromCharCode(code + 32);
    else piece = code === 0x60 ? "'" : text[i];
    if (piece === undefined) return undefined;
    if (blank) out += ' ';
    blank = false;
    out += piece;
  }
  return out;
}

/**
 * Nothing but white space. Tested code by code: a line's first character decides most lines, and a
 * regex test per line costs several times more over the tens of thousands of lines of a session.
 */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
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
