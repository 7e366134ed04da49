/**
 * What the readers of every assembly share: the document's text with its line breaks made optional
 * (lines joined by single spaces, positions kept), the spans they must skip, and the template
 * profile they read through. A landmark is found inside a line as well as at its start, so a
 * line-structured draft and a flattened open-data text read the same.
 */
import { joinLines, type JoinedText } from '../../text/joined';
import type { TemplateProfile } from '../../templates/types';

export type Span = readonly [start: number, end: number];

export interface Source {
  /** The document's text, every run of white space collapsed to one space, with its positions. */
  joined: JoinedText;
  /** Offsets [start, end) of `joined.text` that no reader reads: the ACTES stamps repeated on every page. */
  masked: readonly Span[];
  profile: TemplateProfile;
}

/** True when offset `at` falls inside a masked span. */
export function isMasked(source: Source, at: number): boolean {
  for (const [start, end] of source.masked) if (at >= start && at < end) return true;
  return false;
}

/**
 * The text with masked spans blanked out (same length, so offsets still hold): readers search
 * this, so a stamp repeated mid-sentence does not cut a name list or a date in two.
 */
export function unmaskedText(source: Source): string {
  if (source.masked.length === 0) return source.joined.text;
  const chars = source.joined.text.split('');
  for (const [start, end] of source.masked) for (let i = start; i < end && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}

/** A source over whole lines [from, to] of a document (all of them by default). */
export function sourceOfLines(
  lines: readonly string[],
  profile: TemplateProfile,
  from = 0,
  to = lines.length - 1,
  masked: readonly Span[] = [],
): Source {
  const slices: number[] = [];
  for (let i = Math.max(0, from); i <= to && i < lines.length; i++) slices.push(i);
  return { joined: joinLines(lines, slices, { hyphenJoin: false }), masked, profile };
}
