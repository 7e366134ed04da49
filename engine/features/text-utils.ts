/** Small pieces the editor features share: positions, ranges, text under a range, markdown, locale. */
import type { Locale } from '../rules/types';
import type { Position, Range } from '../text/lines';

export function pick(locale: Locale, fr: string, en: string): string {
  return locale === 'en' ? en : fr;
}

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

export function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** Half-open: the character at `range.end` is outside (a hover lands on a character). */
export function containsPosition(range: Range, position: Position): boolean {
  return !before(position, range.start) && before(position, range.end);
}

/** Closed: a cursor just after a word is still in it (completion, code actions). */
export function touchesPosition(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

export function rangesIntersect(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Size of a range for "most specific first": lines, then characters. */
export function rangeSize(range: Range): number {
  return (range.end.line - range.start.line) * 1_000_000 + (range.end.character - range.start.character);
}

export function isValidRange(lines: readonly string[], range: Range | undefined): range is Range {
  if (!range || !range.start || !range.end) return false;
  const ok = (p: Position) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0 &&
    (p.line < lines.length ? p.character <= lines[p.line].length : p.line === lines.length && p.character === 0);
  return ok(range.start) && ok(range.end) && !before(range.end, range.start);
}

export function pointRange(position: Position): Range {
  return { start: position, end: position };
}

/** Escapes text quoted from the act so that markdown does not reinterpret it. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (ch) => `\\${ch}`);
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** 1-based line for messages. */
export function lineLabel(locale: Locale, line: number): string {
  return pick(locale, `ligne ${line + 1}`, `line ${line + 1}`);
}

export function plural(n: number, one: string, many: string): string {
  return n === 1 || n === 0 ? one : many;
}
