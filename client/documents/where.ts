/**
 * Where a line of an extracted document stands in the original, as the user reads it: « page 3,
 * ligne 12 du PDF », « paragraphe 8 du DOCX ». A PDF's origin is its printed line on the page; a
 * DOCX's or an ODT's is the paragraph (its page only when the file records its page breaks).
 */
import type { InputFormat, LineOrigin } from '../../engine/input/types';

export type Locale = 'fr' | 'en';

export function whereInOriginal(origin: LineOrigin | undefined, format: InputFormat, locale: Locale): string | undefined {
  if (!origin || origin.line <= 0) return undefined;
  const kind = format.toUpperCase();
  const page = origin.page > 0 ? `page ${origin.page}, ` : '';
  if (format === 'pdf') {
    if (!page) return undefined;
    return locale === 'fr' ? `${page}ligne ${origin.line} du ${kind}` : `${page}line ${origin.line} of the ${kind}`;
  }
  return locale === 'fr' ? `${page}paragraphe ${origin.line} du ${kind}` : `${page}paragraph ${origin.line} of the ${kind}`;
}

/** A diagnostic's message with where its figure is in the original: `… (page 3, ligne 12 du PDF)`. */
export function messageWithOrigin(message: string, where: string | undefined): string {
  if (!where || message.endsWith(`(${where})`)) return message;
  return `${message} (${where})`;
}

/** The line a hover adds: « Dans l'original : page 3, ligne 12 du PDF ». */
export function hoverOrigin(where: string, locale: Locale): string {
  return locale === 'fr' ? `*Dans l'original : ${where}*` : `*In the original: ${where}*`;
}
