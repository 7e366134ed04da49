/** Dates as the rules write them back into a document. */
import type { CalendarDate } from '../../model/types';
import { formatLongDate, formatNumericDate } from '../../text/dates';

/**
 * `date` written the way `like` is: `07/03/2022` (separator and padding kept), `21 mars 2022`,
 * `21 MARS 2022` or `21 Mars 2022`, so a fix keeps the document's style.
 */
export function formatDateLike(date: CalendarDate, like: string): string {
  const numeric = /^(\d{1,2})\s*([/.])\s*(\d{1,2})\s*[/.]\s*\d{4}$/.exec(like.trim());
  if (numeric) {
    const pad = numeric[1].length === 2 || numeric[3].length === 2;
    const day = pad ? String(date.day).padStart(2, '0') : String(date.day);
    const month = pad ? String(date.month).padStart(2, '0') : String(date.month);
    return `${day}${numeric[2]}${month}${numeric[2]}${date.year}`;
  }
  const month = /\p{L}{3,}/u.exec(like)?.[0];
  if (!month) return formatNumericDate(date);
  const [day, name, year] = formatLongDate(date).split(' ');
  const written = month === month.toUpperCase() ? name.toUpperCase() : month[0] === month[0].toUpperCase() ? name[0].toUpperCase() + name.slice(1) : name;
  return `${day} ${written} ${year}`;
}
