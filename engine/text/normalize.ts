/** Text normalisation for comparisons: never used to produce text shown or written back. */

const WHITESPACE = /[\s\u00a0\u202f\u2007\ufeff]+/g;

export function collapseSpaces(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** Identity for names, titles and commissions: case-folded, accents and apostrophes unified. */
export function foldKey(text: string): string {
  return collapseSpaces(text)
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[–—]/g, '-')
    .toLocaleLowerCase('fr');
}

/** Like foldKey, without accents: for keywords whose accents the PDF export drops or keeps. */
export function foldBare(text: string): string {
  return foldKey(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
