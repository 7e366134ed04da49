/** 0-based position, shaped like LSP's so the server passes it through untouched. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export function lineRange(line: number, start: number, end: number): Range {
  return range(line, start, line, end);
}

/** Splits like LSP's TextDocument (CRLF, LF or a lone CR), so line numbers agree with the editor's. */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function spanRanges(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

/** Range covering whole lines [from, to] of `lines`, ending at the end of the last line's text. */
export function linesRange(lines: readonly string[], from: number, to: number): Range {
  return range(from, 0, to, lines[to]?.length ?? 0);
}

/** Range of a line's text without its leading and trailing white space. */
export function trimmedLineRange(lines: readonly string[], line: number): Range {
  const text = lines[line] ?? '';
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return lineRange(line, Math.min(start, end), end);
}

/** The first `length` characters from column `start` of `line` on, lines [line, last] joined by `\n`: what follows a heading. */
export function textAfter(lines: readonly string[], line: number, start: number, last: number, length: number): string {
  let text = lines[line].slice(start, start + length);
  for (let i = line + 1; i <= last && i < lines.length && text.length < length; i++) text += `\n${lines[i]}`;
  return text.slice(0, length);
}
