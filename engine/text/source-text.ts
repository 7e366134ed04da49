/**
 * The text a document's lines were split from, kept beside the lines array: a reader that searches
 * most of a document (the annexes of a session) runs its search over that text instead of joining
 * the lines again. Lines edited in place (an incremental update) have no text: the reader joins them.
 */
const SOURCES = new WeakMap<readonly string[], SourceText>();

export interface SourceText {
  text: string;
  /** Offset of each line's first character in `text`, from line `firstLine` on. */
  starts: number[];
  /** 0 for a whole document; a span of its lines joined starts further down. */
  firstLine: number;
}

/** Records that `lines` were split from `text` at `\n` (a text with `\r` is not recorded). */
export function rememberSource(lines: readonly string[], text: string): void {
  if (text.includes('\r')) return;
  SOURCES.set(lines, { text, starts: [], firstLine: 0 });
}

/** The lines are about to be edited in place: their text no longer holds. */
export function forgetSource(lines: readonly string[]): void {
  SOURCES.delete(lines);
}

/** The text `lines` were split from, with each line's offset, or undefined. */
export function sourceOf(lines: readonly string[]): SourceText | undefined {
  const source = SOURCES.get(lines);
  if (!source) return undefined;
  if (source.starts.length === 0) {
    const { text, starts } = source;
    starts.push(0);
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    if (starts.length !== lines.length) {
      SOURCES.delete(lines);
      return undefined;
    }
  }
  return source;
}
