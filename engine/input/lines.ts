/**
 * Builds the extracted text line by line with each line's origin, and writes tables as the pipe
 * tables the engine reads (`| a | b |`, a `|---|` rule under the first row), so a Word or
 * LibreOffice budget table keeps its columns and its arithmetic can be checked.
 */
import type { LineOrigin } from './types';

export class TextBuilder {
  readonly lines: string[] = [];
  readonly origins: LineOrigin[] = [];

  push(text: string, origin: LineOrigin): void {
    // A line break inside a paragraph (Word's soft return) starts a new text line from the same origin.
    for (const part of text.split('\n')) {
      this.lines.push(part);
      this.origins.push(origin);
    }
  }

  get text(): string {
    return this.lines.join('\n');
  }
}

/** A table's rows as pipe-table lines; cells are one line each, their paragraphs joined by a space. */
export function pipeTable(rows: readonly (readonly string[])[]): string[] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (width === 0) return [];
  const line = (row: readonly string[]) => {
    const cells: string[] = [];
    for (let i = 0; i < width; i++) cells.push(cellText(row[i] ?? ''));
    return `| ${cells.join(' | ')} |`;
  };
  const out = [line(rows[0]), `|${'---|'.repeat(width)}`];
  for (let r = 1; r < rows.length; r++) out.push(line(rows[r]));
  return out;
}

/** A cell on one line: its breaks become spaces, and a `|` in it would split it, so it becomes `/`. */
function cellText(text: string): string {
  let out = '';
  let blank = true;
  for (const char of text) {
    const c = char === '|' ? '/' : char;
    const space = c === ' ' || c === '\n' || c === '\t' || c === '\r';
    if (space) {
      if (!blank) out += ' ';
      blank = true;
    } else {
      out += c;
      blank = false;
    }
  }
  return blank && out.endsWith(' ') ? out.slice(0, -1) : out;
}
