/**
 * Text edits: applying a set of them to a text (tests, the CLI's --fix, the fix-all action's
 * conflict check) and telling whether two of them touch the same text.
 */
import type { Position } from '../text/lines';
import type { TextEdit } from './lsp';
import { before, samePosition } from './text-utils';

/** Offset of each line start in `text`, for `\n`, `\r\n` and lone `\r` line breaks alike. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function offsetAt(text: string, starts: number[], position: Position): number {
  if (position.line >= starts.length) return text.length;
  const lineStart = starts[position.line];
  const next = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  let lineEnd = next;
  // The position's character never reaches into the line break.
  if (position.line + 1 < starts.length) {
    lineEnd = next - 1;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 && text.charCodeAt(lineEnd) === 10) lineEnd--;
  }
  return Math.min(lineStart + Math.max(0, position.character), lineEnd);
}

/**
 * Applies non-overlapping edits (LSP semantics: every range refers to the original text). Edits at
 * the same position are applied in the order given.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const located = edits
    .map((edit, order) => ({ from: offsetAt(text, starts, edit.range.start), to: offsetAt(text, starts, edit.range.end), text: edit.newText, order }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const edit of located) {
    if (edit.from < cursor) continue;
    out += text.slice(cursor, edit.from) + edit.text;
    cursor = Math.max(cursor, edit.to);
  }
  return out + text.slice(cursor);
}

/**
 * Do two edits compete for the same text? Two replacements that share characters do; an insertion
 * conflicts with a replacement strictly around it and with another insertion at the same place
 * (their order would be arbitrary).
 */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = samePosition(a.range.start, a.range.end);
  const bEmpty = samePosition(b.range.start, b.range.end);
  if (aEmpty && bEmpty) return samePosition(a.range.start, b.range.start);
  if (aEmpty) return before(b.range.start, a.range.start) && before(a.range.start, b.range.end);
  if (bEmpty) return before(a.range.start, b.range.start) && before(b.range.start, a.range.end);
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
}

export function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return samePosition(a.range.start, b.range.start) && samePosition(a.range.end, b.range.end) && a.newText === b.newText;
}
