/**
 * What the readers of an act's parts share: the item's span as offsets of the source's text (items
 * carry ranges), a window of that text cut once so every pattern costs the span's length, matches
 * with text offsets, dates with their ranges, and distances counted without blanks (a masked stamp
 * is a run of blanks between two words of one sentence).
 */
import { findDates } from '../../text/dates';
import type { Position, Range } from '../../text/lines';
import type { DateRef } from '../types';
import type { Source } from './source';

/** Margin read around a span so lookbehinds and lookaheads at its edges see their context. */
const EDGE = 40;
/** The most matches one pattern yields in one span: far above any real act's count. */
const MAX_MATCHES = 5000;

export interface Window {
  /** The text with masked spans blanked (the whole source's). */
  text: string;
  slice: string;
  /** Offset of the slice in the text. */
  base: number;
  /** The span [from, to) read. */
  from: number;
  to: number;
}

export function windowOf(text: string, from: number, to: number): Window {
  const base = Math.max(0, from - EDGE);
  return { text, slice: text.slice(base, Math.min(text.length, to + EDGE)), base, from, to };
}

export interface Match {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  /** The text matched. */
  text: string;
}

/** The matches of a global pattern starting in [from, to) of the window, with text offsets. */
export function matchesIn(re: RegExp, w: Window): Match[] {
  const out: Match[] = [];
  re.lastIndex = w.from - w.base;
  const stop = w.to - w.base;
  for (let guard = 0; guard < MAX_MATCHES; guard++) {
    const m = re.exec(w.slice);
    if (!m || m.index >= stop) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: w.base + m.index, end: w.base + m.index + m[0].length, groups: { ...(m.groups ?? {}) }, text: m[0] });
  }
  re.lastIndex = 0;
  return out;
}

/** Whether a sticky pattern matches at text offset `at` (run on the window). */
export function stickyAt(re: RegExp, w: Window, at: number): RegExpExecArray | undefined {
  const i = at - w.base;
  if (i < 0 || i > w.slice.length) return undefined;
  re.lastIndex = i;
  const m = re.exec(w.slice);
  re.lastIndex = 0;
  // A pattern that is not sticky searches on: only a match right at `at` counts.
  return m && m.index === i ? m : undefined;
}

/** Characters of text[from, to) that are not blanks. */
export function nonBlank(text: string, from: number, to: number): number {
  let n = 0;
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

/** The offset where `reach` non-blank characters after `from` are passed (or `limit`). */
export function advance(text: string, from: number, reach: number, limit: number): number {
  let n = 0;
  let i = Math.max(0, from);
  const end = Math.min(limit, text.length);
  for (; i < end; i++) {
    if (text.charCodeAt(i) > 32 && ++n > reach) break;
  }
  return i;
}

/** [start, end) without the blanks and the given punctuation at its ends. */
export function trimSpan(text: string, start: number, end: number, punctuation = ''): [number, number] {
  let s = start;
  let e = Math.min(end, text.length);
  const junk = (ch: string) => ch.charCodeAt(0) <= 32 || punctuation.includes(ch);
  while (s < e && text.charCodeAt(s) <= 32) s++;
  while (e > s && junk(text[e - 1])) e--;
  return [s, e];
}

/** text[start, end) with its runs of blanks (a masked stamp) made one space. */
export function collapsed(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** The dates written in text[from, to), with their ranges. */
export function datesIn(source: Source, text: string, from: number, to: number): DateRef[] {
  const out: DateRef[] = [];
  for (const d of findDates(text.slice(from, to))) {
    const at = from + d.index;
    out.push({ date: d.date, text: text.slice(at, at + d.length), range: source.joined.rangeAt(at, at + d.length) });
  }
  return out;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The first offset of the source's text whose position is not before `pos` (binary search: positions grow with offsets). */
export function offsetAt(source: Source, pos: Position): number {
  const joined = source.joined;
  let lo = 0;
  let hi = joined.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(joined.positionAt(mid), pos)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A range of the source as offsets [start, end). */
export function spanOf(source: Source, range: Range): [number, number] {
  const start = offsetAt(source, range.start);
  const end = Math.max(start, offsetAt(source, range.end));
  return [start, end];
}
