/**
 * How a landmark line is read. The landmarks themselves (docs/domain.md §1.2, §1.4) are the
 * template's: they live in its profile, templates/departement-cp.ts.
 */

/**
 * The text after a landmark's label, trimmed, and where it starts; undefined when the label is
 * absent. The labels match the label only, since a lazy `(.*?)\s*$` backtracks cubically on a long
 * line of spaces.
 */
export function labelValue(text: string, label: RegExp): { value: string; start: number } | undefined {
  const m = label.exec(text);
  if (!m) return undefined;
  let start = m[0].length;
  let end = text.length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { value: text.slice(start, end), start };
}

/** A line that is essentially upper case (titles, headers): ignores digits and punctuation. */
export function isUpperCaseLine(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch >= 'a' && ch <= 'z') lower++;
    else if (ch >= 'A' && ch <= 'Z') upper++;
    else if (ch.length === 1 && ch !== ch.toLowerCase()) upper++;
    else if (ch.length === 1 && ch !== ch.toUpperCase()) lower++;
  }
  return upper >= 2 && lower <= Math.max(1, upper * 0.1);
}
