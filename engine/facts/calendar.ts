/** Weekdays and dates as messages write them (docs/domain.md §23.1). */
import type { CalendarDate } from '../model/types';
import { MONTH_NAMES } from '../text/dates';

const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function weekdayName(weekday: number, locale: 'fr' | 'en'): string {
  return (locale === 'fr' ? WEEKDAYS_FR : WEEKDAYS_EN)[weekday] ?? '';
}

/** `lundi 16 janvier 2023` / `Monday 16 January 2023`. */
export function spelledDate(date: CalendarDate, locale: 'fr' | 'en'): string {
  const weekday = weekdayName(weekdayOf(date), locale);
  if (locale === 'fr') return `${weekday} ${date.day === 1 ? '1er' : date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
  return `${weekday} ${date.day} ${MONTHS_EN[date.month - 1]} ${date.year}`;
}

/** The weekday written the way the text wrote it: `Lundi`, `LUNDI` or `lundi`. */
export function weekdayLike(weekday: number, written: string): string {
  const word = WEEKDAYS_FR[weekday];
  if (written.length > 1 && written === written.toUpperCase()) return word.toUpperCase();
  if (written[0] && written[0] === written[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}
