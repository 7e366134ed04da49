/**
 * The text a document's lines were split from, kept beside the lines array: a reader that searches
 * most of a document (the annexes of a session) runs its search over that text instead of joining
 * the lines again. Lines edited in place (an incremental update) have no text: the reader joins them.
 */
const SOURCES = new WeakMap<readonly string[], SourceText>();
const NOT_YET: ArrayLike<number> = [];

export interface SourceText {
  text: string;
  /** Offset of each line's first character in `text`, from line `firstLine` on. */
  starts: ArrayLike<number>;
  /** 0 for a whole document; a span of its lines joined starts further down. */
  firstLine: number;
}

/** Records that `lines` were split from `text` at `\n` (a text with `\r` is not recorded). */
export function rememberSource(lines: readonly string[], text: string): void {
  if (text.includes('\r')) return;
  SOURCES.set(lines, { text, starts: NOT_YET, firstLine: 0 });
}

/** The lines are about to be edited in place: their text no longer holds. */
export function forgetSource(lines: readonly string[]): void {
  SOURCES.delete(lines);
}

/** The text `lines` were split from, with each line's offset, or undefined. */
export function sourceOf(lines: readonly string[]): SourceText | undefined {
  const source = SOURCES.get(lines);
  if (!source) return undefined;
  if (source.starts === NOT_YET) {
    // Offsets from the lines' lengths: a search of the text for its line breaks costs ten times more.
    const starts = new Int32Array(lines.length);
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = offset;
      offset += lines[i].length + 1;
    }
    if (offset - 1 !== source.text.length) {
      SOURCES.delete(lines);
      return undefined;
    }
    source.starts = starts;
  }
  return source;
}

/**
 * Calls `visit` with each match of `pattern` (global, never matching across a line break) in lines
 * [first, last], the line it starts on and its column there, in order; the match's offsets are in
 * `text`, the span's. Every starting offset is tried, so matches that
 * overlap are all found. Lines over `maxLine` characters are skipped. The search runs over the text
 * the lines were split from when it was kept, else over lines [first, last] joined once.
 */
export function forEachMatch(
  lines: readonly string[],
  first: number,
  last: number,
  pattern: RegExp,
  maxLine: number,
  visit: (line: number, match: RegExpExecArray, text: string, column: number) => void,
): void {
  if (first > last) return;
  const source = sourceOf(lines) ?? joinedSpan(lines, first, last, maxLine);
  const { starts, firstLine: base } = source;
  const from = starts[first - base];
  // The span alone (a slice shares the text's characters): a search never runs past its end.
  const text = source.text.slice(from, starts[last - base] + lines[last].length);
  let line = first;
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      while (line < last && starts[line + 1 - base] - from <= m.index) line++;
      const next = m.index + 1;
      if (lines[line].length <= maxLine) visit(line, m, text, m.index - (starts[line - base] - from));
      pattern.lastIndex = next;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** The lines in [first, last] where `pattern` (global) matches, each once, in order. */
export function linesWhere(lines: readonly string[], first: number, last: number, pattern: RegExp, maxLine: number): number[] {
  const out: number[] = [];
  forEachMatch(lines, first, last, pattern, maxLine, (line) => {
    if (out[out.length - 1] !== line) out.push(line);
  });
  return out;
}

/**
 * How many times the literals occur on each line of [first, last] that holds one (lines over
 * `maxLine` characters left out). Searched with `indexOf` over the text the lines were split from
 * when it was kept: a search a line, or a regex over the text, costs several times more.
 */
export function literalCounts(lines: readonly string[], first: number, last: number, literals: readonly string[], maxLine: number): Map<number, number> {
  const counts = new Map<number, number>();
  if (first > last) return counts;
  const source = sourceOf(lines);
  const add = (line: number): void => {
    if (lines[line].length <= maxLine) counts.set(line, (counts.get(line) ?? 0) + 1);
  };
  if (!source) {
    for (let line = first; line <= last; line++) {
      for (const literal of literals) for (let i = lines[line].indexOf(literal); i >= 0; i = lines[line].indexOf(literal, i + literal.length)) add(line);
    }
    return counts;
  }
  const { starts } = source;
  const from = starts[first];
  // The span alone (a slice shares the text's characters): a search never runs past its end.
  const text = source.text.slice(from, starts[last] + lines[last].length);
  for (const literal of literals) {
    for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + literal.length)) add(lineAt(starts, first, last, from + i));
  }
  return counts;
}

/** The line of [first, last] holding offset `i` of the source text. */
function lineAt(starts: ArrayLike<number>, first: number, last: number, i: number): number {
  let lo = first;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Lines [first, last] joined, overlong ones emptied: lines edited in place have no text of their own. */
function joinedSpan(lines: readonly string[], first: number, last: number, maxLine: number): SourceText {
  const starts: number[] = [];
  let offset = 0;
  const kept: string[] = [];
  for (let i = first; i <= last; i++) {
    const line = lines[i].length > maxLine ? '' : lines[i];
    starts.push(offset);
    kept.push(line);
    offset += line.length + 1;
  }
  return { text: kept.join('\n'), starts, firstLine: first };
}
