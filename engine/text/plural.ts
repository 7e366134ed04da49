/**
 * Singular or plural after a count, in French and English. French takes the singular for 0 and 1
 * (« 0 excusé », « 1 ligne », « 2 lignes »); English only for 1 ("0 rows", "1 row").
 */
export type PluralLocale = 'fr' | 'en';

export function isPlural(n: number, locale: PluralLocale): boolean {
  const size = Math.abs(n);
  return locale === 'fr' ? size >= 2 : size !== 1;
}

/** The word for `n`: `many` defaults to `one` + `s`, the regular plural of both languages. */
export function plural(n: number, locale: PluralLocale, one: string, many = `${one}s`): string {
  return isPlural(n, locale) ? many : one;
}

/** `n` then its word: `count(1, 'fr', 'excusé')` → « 1 excusé », `count(27, 'fr', 'autre délibération', 'autres délibérations')`. */
export function count(n: number, locale: PluralLocale, one: string, many = `${one}s`): string {
  return `${n} ${plural(n, locale, one, many)}`;
}

/** Both languages at once, for the engine's `{ fr, en }` messages. */
export function counts(
  n: number,
  fr: readonly [one: string, many?: string],
  en: readonly [one: string, many?: string],
): { fr: string; en: string } {
  return { fr: count(n, 'fr', fr[0], fr[1]), en: count(n, 'en', en[0], en[1]) };
}
