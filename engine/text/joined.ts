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

/** The blanks `\s` matches, and U+2007 (figure space): what the joined text collapses. */
function isBlank(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Joins line slices with single spaces, collapsing every run of white space to one space and
 * trimming both ends. Source positions are kept per character.
 */
export function joinLines(
  lines: readonly string[],
  slices: readonly (number | LineSlice)[],
  options: JoinOptions = {},
): JoinedText {
  // Each output character comes from a distinct source character, or is the space of a line break.
  let capacity = slices.length;
  for (const item of slices) {
    const slice = typeof item === 'number' ? { line: item } : item;
    const source = lines[slice.line] ?? '';
    capacity += Math.max(0, Math.min(slice.to ?? source.length, source.length) - Math.max(0, slice.from ?? 0));
  }
  const srcLine = new Int32Array(capacity);
  const srcChar = new Int32Array(capacity);
  // Words are collected and joined once: testing the end of a growing string would flatten it at
  // every line, quadratic over a list of thousands of lines.
  const pieces: string[] = [];
  let n = 0;
  // The last two characters written, for the hyphen rule.
  let last = '';
  let beforeLast = '';
  let pendingLine = -1;
  let pendingChar = 0;
  for (const item of slices) {
    const line = typeof item === 'number' ? item : item.line;
    const source = lines[line] ?? '';
    const from = typeof item === 'number' ? 0 : Math.max(0, item.from ?? 0);
    const to = typeof item === 'number' ? source.length : Math.min(item.to ?? source.length, source.length);
    const glued = last === '-' && (options.hyphenJoin === true || (options.hyphenJoin === 'word' && n > 1 && beforeLast !== ' '));
    if (glued) pendingLine = -1;
    let c = from;
    while (c < to) {
      if (isBlank(source.charCodeAt(c))) {
        if (n > 0 && pendingLine < 0) {
          pendingLine = line;
          pendingChar = c;
        }
        c++;
        continue;
      }
      let end = c + 1;
      while (end < to && !isBlank(source.charCodeAt(end))) end++;
      if (pendingLine >= 0) {
        pieces.push(' ');
        srcLine[n] = pendingLine;
        srcChar[n] = pendingChar;
        n++;
        pendingLine = -1;
        last = ' ';
      }
      pieces.push(source.slice(c, end));
      for (let k = c; k < end; k++) {
        srcLine[n] = line;
        srcChar[n] = k;
        n++;
      }
      beforeLast = end - c >= 2 ? source[end - 2] : last;
      last = source[end - 1];
      c = end;
    }
    if (n > 0 && pendingLine < 0) {
      pendingLine = line;
      pendingChar = to;
    }
  }
  return new JoinedText(pieces.join(''), srcLine.slice(0, n), srcChar.slice(0, n));
}
