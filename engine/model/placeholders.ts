/**
 * The placeholders still in a document (`JJ/MM/AAAA`, `AAAA-NNN`, `Groupe …`): a fact of the model,
 * so that `draft-incomplete` reads them like any other part. The forms are the template
 * vocabulary's (engine/templates/vocabulary/placeholders.ts).
 */
import { lineRange } from '../text/lines';
import { PLACEHOLDER_PATTERN } from '../templates/vocabulary/placeholders';
import type { Located } from './types';

/** A draft holds a few dozen; more is not a draft being filled in. */
const MAX_PLACEHOLDERS = 200;

/** The placeholders written on lines [from, to]. Never throws. */
export function readPlaceholders(lines: readonly string[], from: number, to: number): Located<string>[] {
  const found: Located<string>[] = [];
  const pattern = PLACEHOLDER_PATTERN;
  for (let i = Math.max(0, from); i <= to && i < lines.length; i++) {
    const line = lines[i];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      found.push({ value: m[0], range: lineRange(i, m.index, m.index + m[0].length) });
      if (found.length >= MAX_PLACEHOLDERS) return found;
    }
  }
  return found;
}
