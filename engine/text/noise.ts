/**
 * PDF-extraction artefacts: page markers `3 / 12`, page stamps (a bare 3–4-digit number beside a
 * marker), report footers `CP20220321-12`. They are skipped while parsing, never removed from the text.
 */
import { isBlank } from './normalize';

const PAGE_MARKER = /^\s*\d{1,4} \/ \d{1,4}\s*$/;
const FOOTER = /^\s*CP\d{8}-\d{1,3}\s*$/;
const STAMP = /^\s*\d{3,4}\s*$/;
/** Delibera's own comments (`%% …`, docs/comments.md): never part of the act. */
const COMMENT = /^\s*%%/;

// The cheap tests first: these run on every line of every dossier.
export function isComment(text: string): boolean {
  return text.includes('%%') && COMMENT.test(text);
}

export function isPageMarker(text: string): boolean {
  return text.includes(' / ') && PAGE_MARKER.test(text);
}

export function isFooter(text: string): boolean {
  return text.includes('CP') && FOOTER.test(text);
}

/** The lines of a dossier that are extraction noise or comments. */
export type NoiseMask = ReadonlySet<number>;

/**
 * Marks the lines that are extraction noise. A bare number is table data unless it stands next to a
 * marker or footer (only blank lines between), which makes it a page stamp. `%%` comment lines are
 * masked too, so a comment inside a name list or a table never becomes part of it.
 */
export function noiseMask(lines: readonly string[], from = 0, to = lines.length - 1): NoiseMask {
  // A set, not an array over the whole file: each dossier has its own, and noise is rare.
  const mask = new Set<number>();
  for (let i = from; i <= to; i++) {
    const text = lines[i];
    if (isComment(text)) {
      mask.add(i);
      continue;
    }
    if (text.length > 40) continue;
    if (isPageMarker(text) || isFooter(text)) {
      mask.add(i);
      markAdjacentStamp(lines, mask, i, -1, from, to);
      markAdjacentStamp(lines, mask, i, 1, from, to);
    }
  }
  return mask;
}

function markAdjacentStamp(
  lines: readonly string[],
  mask: Set<number>,
  at: number,
  step: 1 | -1,
  from: number,
  to: number,
): void {
  for (let i = at + step, seen = 0; i >= from && i <= to && seen < 4; i += step, seen++) {
    const text = lines[i];
    if (isBlank(text)) continue;
    if (STAMP.test(text)) mask.add(i);
    return;
  }
}
