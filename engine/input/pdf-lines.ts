/**
 * Lines of a PDF page rebuilt from where its glyph runs stand: runs on one baseline (within a
 * tolerance) form a line, ordered by x, with a space where a gap separates two runs; blank lines
 * come back from the vertical gaps (in steps of the document's usual leading), and indentation
 * from how far a line starts right of the left margin. Pure geometry: pdf.ts feeds it.
 */

export interface GlyphRun {
  text: string;
  x: number;
  /** Baseline, in PDF user space (upwards). */
  y: number;
  width: number;
  /** Font size (the run's height). */
  size: number;
}

export interface PageLine {
  text: string;
  /** Baseline of the line (blank lines: NaN). */
  y: number;
  /** x of its first run (blank lines: NaN). */
  x: number;
  size: number;
}

/** Blank lines one vertical gap may stand for (bounded: a coordinate can be anything). */
const MAX_BLANK_LINES = 200;
/** Leading spaces rebuilt at most (centred titles would otherwise start far right). */
const MAX_INDENT = 8;
/** Helvetica's and Times's space is a quarter of the size or a little more. */
const SPACE_WIDTH = 0.25;

/** The runs of one page grouped into printed lines, top to bottom. */
export function groupLines(runs: readonly GlyphRun[]): PageLine[] {
  const sorted = runs.filter((run) => run.text.trim() !== '' && Number.isFinite(run.x) && Number.isFinite(run.y))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PageLine[] = [];
  let members: GlyphRun[] = [];
  let baseline = NaN;
  const flush = () => {
    if (members.length === 0) return;
    members.sort((a, b) => a.x - b.x);
    lines.push({ text: joinRuns(members), y: baseline, x: members[0].x, size: members[0].size });
    members = [];
  };
  for (const run of sorted) {
    const tolerance = Math.max(1, 0.4 * Math.min(run.size || 10, members[0]?.size || 10));
    if (members.length > 0 && Math.abs(run.y - baseline) > tolerance) flush();
    if (members.length === 0) baseline = run.y;
    members.push(run);
  }
  flush();
  return lines;
}

function joinRuns(runs: readonly GlyphRun[]): string {
  let text = '';
  let end = -Infinity;
  let last: GlyphRun | undefined;
  for (const run of runs) {
    // A run drawn twice at the same place (fake bold) is read once.
    if (last && run.text === last.text && Math.abs(run.x - last.x) < 0.5) continue;
    const gap = run.x - end;
    const size = run.size || last?.size || 10;
    if (last && gap > 0.15 * size && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
    last = run;
  }
  return text.trimEnd();
}

/** The most common distance between consecutive baselines: the body text's leading. */
export function usualLeading(pages: readonly PageLine[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const step = Math.round((lines[i - 1].y - lines[i].y) * 2) / 2;
      if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of counts) if (count > bestCount || (count === bestCount && step < best)) [best, bestCount] = [step, count];
  return best;
}

/** The most common x where lines start: the left margin. */
export function leftMargin(pages: readonly PageLine[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) for (const line of lines) {
    const x = Math.round(line.x * 2) / 2;
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [x, count] of counts) if (count > bestCount || (count === bestCount && x < best)) [best, bestCount] = [x, count];
  return best;
}

/**
 * A page's lines as text lines: blank lines where the gap to the previous line holds more than
 * one leading, and leading spaces for lines starting right of the margin.
 */
export function layoutPage(lines: readonly PageLine[], leading: number, margin: number): { text: string; printed: number }[] {
  const out: { text: string; printed: number }[] = [];
  lines.forEach((line, index) => {
    if (index > 0 && leading > 0) {
      const steps = Math.round((lines[index - 1].y - line.y) / leading);
      for (let i = 1; i < steps && i <= MAX_BLANK_LINES; i++) out.push({ text: '', printed: index });
    }
    const indent = Math.round((line.x - margin) / (SPACE_WIDTH * line.size + 0.03 * line.size));
    const spaces = indent > 0 ? ' '.repeat(Math.min(indent, MAX_INDENT)) : '';
    out.push({ text: spaces + line.text, printed: index + 1 });
  });
  return out;
}
