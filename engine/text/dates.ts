import { foldBare } from './normalize';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};

export const MONTH_NAMES = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
  'novembre', 'décembre',
];

/** `21 mars 2022`, `1er AVRIL 2021`, accents optional; the whole string must be the date. */
export function parseLongDate(text: string): CalendarDate | undefined {
  const m = /^(\d{1,2})(?:er)?\s+([a-z]+)\s+(\d{4})$/.exec(foldBare(text));
  if (!m) return undefined;
  return validDate(Number(m[3]), MONTHS[m[2]] ?? 0, Number(m[1]));
}

/** `07/03/2022` (also `7/3/2022`, `07.03.2022`). */
export function parseNumericDate(text: string): CalendarDate | undefined {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

export function parseDate(text: string): CalendarDate | undefined {
  return parseNumericDate(text) ?? parseLongDate(text.trim());
}

/** Finds `dd/mm/yyyy` and `d mois yyyy` dates in free text, with their offsets. */
export const DATE_IN_TEXT =
  /\b(\d{1,2})(?:er)?(?:\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(\d{4}))\b/giu;

export interface DateMatch {
  date: CalendarDate;
  index: number;
  length: number;
}

export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    const date = m[2]
      ? validDate(Number(m[3]), Number(m[2]), Number(m[1]))
      : validDate(Number(m[5]), MONTHS[foldBare(m[4])] ?? 0, Number(m[1]));
    if (date) found.push({ date, index: m.index ?? 0, length: m[0].length });
  }
  return found;
}

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1800 || year > 2200) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function sameDate(a: CalendarDate | undefined, b: CalendarDate | undefined): boolean {
  return !!a && !!b && a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export function formatNumericDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

export function formatLongDate(d: CalendarDate): string {
  return `${d.day === 1 ? '1er' : d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

export function isoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
