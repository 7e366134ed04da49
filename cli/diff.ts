/**
 * Unified diff of two texts, line by line, for `--fix-dry-run`. Myers' algorithm after trimming
 * the common head and tail: fixes touch a few lines of long files, so the edit distance D is small
 * and the cost O((N + M)·D). Past `MAX_EDITS` the changed middle is shown as one replacement.
 */

const CONTEXT = 3;
const MAX_EDITS = 2000;
const NO_FINAL_NEWLINE = '\u0000\uFFFF';

type Op = { kind: ' ' | '-' | '+'; line: string };

export function unifiedDiff(before: string, after: string, oldLabel: string, newLabel: string): string {
  if (before === after) return '';
  const a = fileLines(before);
  const b = fileLines(after);
  const hunks = toHunks(diffLines(a, b));
  if (hunks.length === 0) return '';
  return `--- ${oldLabel}\n+++ ${newLabel}\n${hunks.join('')}`;
}

/**
 * Lines as `patch` sees them: a CRLF line keeps its CR (printed before the diff's own LF, as diff
 * and git do, so the diff applies to the file as it is); a last line lacking an ending is marked,
 * so it differs from the same line with one.
 */
function fileLines(text: string): string[] {
  const lines: string[] = [];
  const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const [whole, content, ending] = match;
    if (whole === '') break;
    lines.push(ending === '' ? content + NO_FINAL_NEWLINE : ending === '\n' ? content : `${content}\r`);
    if (ending === '') break;
  }
  return lines;
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  return [
    ...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })),
  ];
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  if (!found) {
    return [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
  }
  // Walk back from (n, m): trace[d] is the frontier reached with d - 1 edits.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const frontier = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]);
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : frontier[offset + previousK];
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY && x > 0 && y > 0 && a[x - 1] === b[y - 1]) {
      ops.push({ kind: ' ', line: a[x - 1] });
      x--;
      y--;
    }
    if (d === 0) break;
    if (down) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[--x] });
    y--;
  }
  return ops.reverse();
}

function toHunks(ops: readonly Op[]): string[] {
  const hunks: string[] = [];
  // 0-based line numbers in the old and new texts of each op.
  const oldLine: number[] = [];
  const newLine: number[] = [];
  let o = 0;
  let n = 0;
  for (const op of ops) {
    oldLine.push(o);
    newLine.push(n);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') n++;
  }
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    // One hunk for changes separated by at most 2 × CONTEXT unchanged lines.
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let gap = end;
      while (gap < ops.length && ops[gap].kind === ' ') gap++;
      if (gap < ops.length && gap - end <= 2 * CONTEXT) end = gap;
      else {
        end = Math.min(ops.length, end + CONTEXT);
        break;
      }
    }
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const oldStart = oldCount === 0 ? oldLine[start] : oldLine[start] + 1;
    const newStart = newCount === 0 ? newLine[start] : newLine[start] + 1;
    let text = `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n`;
    for (const op of slice) {
      text += op.line.endsWith(NO_FINAL_NEWLINE)
        ? `${op.kind}${op.line.slice(0, -NO_FINAL_NEWLINE.length)}\n\\ No newline at end of file\n`
        : `${op.kind}${op.line}\n`;
    }
    hunks.push(text);
    i = end;
  }
  return hunks;
}
