/**
 * The landmark lines of a deliberation and a report (docs/domain.md §1.2, §1.4). Anchored and linear: a
 * label that carries a value (`REUNION DU 21 MARS 2022`) matches the label only, and `labelValue`
 * takes the rest of the line, since a lazy `(.*?)\s*$` backtracks cubically on a long line of spaces.
 */

export const LANDMARKS = {
  stampSent: /^\s*Envoi au contr[oô]le de l[ée]galit[ée](?:\s*le)?(?:\s*:)?/i,
  stampPosted: /^\s*Affichage(?:\s*le)?(?:\s*:)?/i,
  header: /^\s*D[EÉ]PARTEMENT DU\s+\S/i,
  nature: /^\s*D[EÉ]LIB[EÉ]RATION D(?:E LA COMMISSION PERMANENTE|U CONSEIL)/i,
  meeting: /^\s*R[EÉ]UNION DU(?=\s)/i,
  presidency: /^\s*PR[EÉ]SIDENCE DE\b/i,
  number: /^\s*\(\s*N\s?°\s*(\d{4})\s*-\s*(\d{1,4})\s*\)\s*$/i,
  preamble: /^\s*(?:La Commission Permanente|Le Conseil d[ée]partemental)\b.*[,;]\s*$/i,
  visa: /^\s*(?:Vu\b|Apr[èe]s en avoir inform[ée])/i,
  formula: /^\s*Apr[èe]s en avoir d[ée]lib[ée]r[ée]/i,
  decide: /^\s*D[EÉ]CIDE\s*(?::\s*)?$/i,
  article: /^\s*Article\s+(?:\d{1,3}(?:er)?|unique|premier)\s*:/i,
  voteIntro: /^\s*Dans les conditions de vote\b/i,
  signature: /^\s*LE PR[EÉ]SIDENT DU CONSEIL/i,
  signed: /^\s*Sign[eé]\s*$/i,
  report: /^\s*RAPPORT N\s?°\s*(\d+)\s*$/i,
  reportCommission: /^\s*COMMISSION PERMANENTE DU CONSEIL/i,
  pleaseDeliberate: /^\s*Je vous prie de bien vouloir en d[ée]lib[ée]rer/i,
} as const;

/** The text after a landmark's label, trimmed, and where it starts; undefined when the label is absent. */
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
