import type { Position, Range } from './lines';

/**
 * Text assembled from several source lines (a wrapped visa, a name list, a table row) that still
 * knows where each of its characters came from, so a match in the joined text yields an exact range
 * in the document.
 */
export class JoinedText {
  constructor(
    readonly text: string,
    private readonly srcLine: Int32Array,
    private readonly srcChar: Int32Array,
  ) {}

  get length(): number {
    return this.text.length;
  }

  /** Source position of the character at `offset`. */
  positionAt(offset: number): Position {
    if (this.text.length === 0) return { line: 0, character: 0 };
    const i = Math.max(0, Math.min(offset, this.text.length - 1));
    return { line: this.srcLine[i], character: this.srcChar[i] };
  }

  /** Source range of text[start, end): from the first character to just after the last one. */
  rangeAt(start: number, end: number): Range {
    const first = this.positionAt(start);
    if (end <= start) return { start: first, end: first };
    const last = this.positionAt(end - 1);
    return { start: first, end: { line: last.line, character: last.character + 1 } };
  }

  /** The source lines a span of the joined text touches. */
  linesAt(start: number, end: number): number[] {
    const out: number[] = [];
    for (let i = start; i < end && i < this.text.length; i++) {
      const line = this.srcLine[i];
      if (out[out.length - 1] !== line) out.push(line);
    }
    return out;
  }
}

export interface JoinOptions {
  /**
   * After a line ending in `-`, join without a space and keep the hyphen (`AIT-`⏎`CHIKHEBBIH`).
   * `'word'`: only when the hyphen ends a word (`Hauts-de-`⏎`France`), not when it stands alone
   * (`Numériques -`⏎`Rapport`).
   */
  hyphenJoin?: boolean | 'word';
}

export interface LineSlice {
  line: number;
  /** First character taken from that line (default 0). */
  from?: number;
  /** End of the part taken (default: the whole line). */
  to?: number;
}

const SPACE = /[\s\u00a0\u202f\u2007\ufeff]/;

/**
 * Joins line slices with single spaces, collapsing every run of white space to one space and
 * trimming both ends. Source positions are kept per character.
 */
export function joinLines(
  lines: readonly string[],
  slices: readonly (number | LineSlice)[],
  options: JoinOptions = {},
): JoinedText {
  const parts = slices.map((item) => {
    const slice = typeof item === 'number' ? { line: item } : item;
    const source = lines[slice.line] ?? '';
    const from = Math.max(0, slice.from ?? 0);
    const to = Math.min(slice.to ?? source.length, source.length);
    return { line: slice.line, source, from, to };
  });
  // Each output character comes from a distinct source character, or is the space of a line break.
  let capacity = parts.length;
  for (const p of parts) capacity += Math.max(0, p.to - p.from);
  const srcLine = new Int32Array(capacity);
  const srcChar = new Int32Array(capacity);
  // Characters are collected in an array: testing the end of a growing string (`endsWith`) would
  // flatten it at every line, quadratic over a list of thousands of lines.
  const chars: string[] = [];
  let n = 0;
  let pendingLine = -1;
  let pendingChar = 0;
  for (const { line, source, from, to } of parts) {
    const last = n > 0 ? chars[n - 1] : '';
    const glued =
      last === '-' && (options.hyphenJoin === true || (options.hyphenJoin === 'word' && n > 1 && chars[n - 2] !== ' '));
    if (glued) pendingLine = -1;
    for (let c = from; c < to; c++) {
      const ch = source[c];
      if (SPACE.test(ch)) {
        if (n > 0 && pendingLine < 0) {
          pendingLine = line;
          pendingChar = c;
        }
        continue;
      }
      if (pendingLine >= 0) {
        chars.push(' ');
        srcLine[n] = pendingLine;
        srcChar[n] = pendingChar;
        n++;
        pendingLine = -1;
      }
      chars.push(ch);
      srcLine[n] = line;
      srcChar[n] = c;
      n++;
    }
    if (n > 0 && pendingLine < 0) {
      pendingLine = line;
      pendingChar = to;
    }
  }
  return new JoinedText(chars.join(''), srcLine.slice(0, n), srcChar.slice(0, n));
}
