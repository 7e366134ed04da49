import type { Position, Range } from './lines';

/**
 * Text assembled from several source lines (a wrapped visa, a name list, a table row) that still
 * knows where each of its characters came from, so a match in the joined text yields an exact range
 * in the document.
 *
 * The mapping is kept per run of characters copied contiguously from one line (usually a whole
 * line), not per character: joining a report costs a few entries per line.
 */
export class JoinedText {
  constructor(
    readonly text: string,
    /** Offset in `text` where each run starts, ascending; with the run's source line and first character. */
    private readonly runStart: readonly number[],
    private readonly runLine: readonly number[],
    private readonly runChar: readonly number[],
  ) {}

  get length(): number {
    return this.text.length;
  }

  /** Source position of the character at `offset`. */
  positionAt(offset: number): Position {
    if (this.text.length === 0) return { line: 0, character: 0 };
    const i = Math.max(0, Math.min(offset, this.text.length - 1));
    const k = this.runAt(i);
    return { line: this.runLine[k], character: this.runChar[k] + (i - this.runStart[k]) };
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
    const from = Math.max(0, start);
    const to = Math.min(end, this.text.length);
    if (from >= to) return out;
    for (let k = this.runAt(from); k < this.runStart.length && this.runStart[k] < to; k++) {
      const line = this.runLine[k];
      if (out[out.length - 1] !== line) out.push(line);
    }
    return out;
  }

  /** Index of the run holding text offset i. */
  private runAt(i: number): number {
    let lo = 0;
    let hi = this.runStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runStart[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
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

/** A word: what lies between the blanks the joined text collapses (`\s` holds U+00A0, U+2007, U+202F, U+FEFF). */
const WORD = /\S+/g;
/** A blank other than a single space: the slice must be taken word by word. */
const ODD_BLANKS = /[^\S ]| {2}/;

/** Accumulates the joined text and its runs; one per `joinLines` call. */
class Builder {
  readonly pieces: string[] = [];
  readonly runStart: number[] = [];
  readonly runLine: number[] = [];
  readonly runChar: number[] = [];
  n = 0;
  /** The last two characters written, for the hyphen rule. */
  last = '';
  beforeLast = '';
  /** The space owed before the next word, and the source character it stands for. */
  pendingLine = -1;
  pendingChar = 0;

  emit(piece: string, line: number, char: number): void {
    const k = this.runStart.length - 1;
    // A piece that continues the previous one in its source line extends its run.
    if (k < 0 || this.runLine[k] !== line || this.runChar[k] + (this.n - this.runStart[k]) !== char) {
      this.runStart.push(this.n);
      this.runLine.push(line);
      this.runChar.push(char);
    }
    this.pieces.push(piece);
    this.n += piece.length;
    this.beforeLast = piece.length >= 2 ? piece[piece.length - 2] : this.last;
    this.last = piece[piece.length - 1];
  }

  /** Writes the word source[start, end) after the space it is owed; `blankAt` is where blanks before it begin. */
  word(source: string, line: number, blankAt: number, start: number, end: number): void {
    if (start > blankAt && this.n > 0 && this.pendingLine < 0) {
      this.pendingLine = line;
      this.pendingChar = blankAt;
    }
    if (this.pendingLine >= 0) {
      this.emit(' ', this.pendingLine, this.pendingChar);
      this.pendingLine = -1;
    }
    this.emit(start === 0 && end === source.length ? source : source.slice(start, end), line, start);
  }
}

/**
 * Joins line slices with single spaces, collapsing every run of white space to one space and
 * trimming both ends. Source positions are kept.
 */
export function joinLines(
  lines: readonly string[],
  slices: readonly (number | LineSlice)[],
  options: JoinOptions = {},
): JoinedText {
  // Pieces are collected and joined once: testing the end of a growing string would flatten it at
  // every line, quadratic over a list of thousands of lines.
  const out = new Builder();
  for (const item of slices) {
    const line = typeof item === 'number' ? item : item.line;
    const source = lines[line] ?? '';
    const from = typeof item === 'number' ? 0 : Math.max(0, item.from ?? 0);
    const to = typeof item === 'number' ? source.length : Math.min(item.to ?? source.length, source.length);
    const glued = out.last === '-' && (options.hyphenJoin === true || (options.hyphenJoin === 'word' && out.n > 1 && out.beforeLast !== ' '));
    if (glued) out.pendingLine = -1;
    // Where the words of the slice end (the blanks after it stand for the line break).
    let c = from;
    const body = from === 0 && to === source.length ? source : source.slice(from, to);
    if (!ODD_BLANKS.test(body)) {
      // Words set apart by single spaces (most lines): the trimmed slice is one piece.
      const start = from + (body[0] === ' ' ? 1 : 0);
      const end = to > start && source[to - 1] === ' ' ? to - 1 : to;
      if (end > start) {
        out.word(source, line, from, start, end);
        c = end;
      }
    } else {
      WORD.lastIndex = from;
      for (let m = WORD.exec(source); m && m.index < to; m = WORD.exec(source)) {
        const end = Math.min(m.index + m[0].length, to);
        out.word(source, line, c, m.index, end);
        c = end;
        if (end >= to) break;
      }
    }
    if (out.n > 0 && out.pendingLine < 0) {
      out.pendingLine = line;
      out.pendingChar = c;
    }
  }
  const text = out.pieces.length === 1 ? out.pieces[0] : out.pieces.join('');
  return new JoinedText(text, out.runStart, out.runLine, out.runChar);
}
