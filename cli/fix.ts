/**
 * The safe fixes (engine/fix-safety.ts), applied to the file's text.
 * Edits are applied on the text as read, line endings included, so every character outside an
 * edited range stays byte for byte what it was.
 */
import type { AnalysisResult } from '../engine/analyzer';
import { fixAllEdits } from '../engine/features/code-actions';
import type { Range } from '../engine/model/types';
import type { Locale } from '../engine/rules/types';

export interface TextEdit {
  range: Range;
  text: string;
}

export type LineEnding = '\n' | '\r\n' | '\r';

/**
 * The safe fix of each diagnostic, as plain edits: the same ones the editor's « Corriger tous les
 * problèmes sûrs » applies (engine/fix-safety.ts decides which are safe).
 */
export function safeFixes(result: Pick<AnalysisResult, 'diagnostics' | 'lines' | 'dossiers'>, locale: Locale): TextEdit[] {
  return fixAllEdits({ ...result, locale }).edits.map((edit) => ({ range: edit.range, text: edit.newText }));
}

/** The line ending most used in `text` (LF when there is none). */
export function dominantLineEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (code === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/**
 * Applies non-overlapping edits (the first of two overlapping ones wins, the other waits for the
 * next pass). Positions are the analyzer's: lines split at CRLF, CR or LF, characters in UTF-16
 * units. An edit outside the text is dropped rather than guessed.
 */
export function applyEdits(text: string, edits: readonly TextEdit[], eol: LineEnding): { text: string; applied: number } {
  const starts = lineStarts(text);
  const located: { start: number; end: number; text: string }[] = [];
  for (const edit of edits) {
    const start = offsetOf(text, starts, edit.range.start);
    const end = offsetOf(text, starts, edit.range.end);
    if (start === undefined || end === undefined || end < start) continue;
    located.push({ start, end, text: edit.text.replace(/\r\n|\r|\n/g, eol) });
  }
  located.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: typeof located = [];
  for (const edit of located) {
    const previous = kept[kept.length - 1];
    if (previous && (edit.start < previous.end || edit.start === previous.start)) continue;
    if (text.slice(edit.start, edit.end) === edit.text) continue;
    kept.push(edit);
  }
  if (kept.length === 0) return { text, applied: 0 };
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of kept) {
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied: kept.length };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10) starts.push(i + 1);
  }
  return starts;
}

function offsetOf(text: string, starts: readonly number[], position: { line: number; character: number }): number | undefined {
  const { line, character } = position;
  if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0 || line >= starts.length) return undefined;
  const start = starts[line];
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  // The line's own text stops before its line ending.
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return character <= end - start ? start + character : undefined;
}
