/**
 * The vote block (docs/domain.md §2.1): `Dans les conditions de vote ci-dessous :`, then one line per
 * kind of vote, `Pour  :  44  voix  (groups…)` with groups wrapping over lines, then `(Adopté)`.
 * Any spacing, `voix` optional, `néant`/`aucun` read as 0.
 */
import { joinLines, type LineSlice } from '../text/joined';
import { lineRange, trimmedLineRange, type Range } from '../text/lines';
import { collapseSpaces } from '../text/normalize';
import { contentLines, type Region } from '../text/region';
import { CP_VOTE } from '../templates/departement-cp';
import { PLACEHOLDER_FIGURE } from '../templates/vocabulary/placeholders';
import type { VoteBlock, VoteKind, VoteLine } from './types';

const { intro: INTRO, kinds: KINDS, outcome: OUTCOME, zero: ZERO, unit: UNIT, adopted: ADOPTED } = CP_VOTE;

/** How many continuation lines a group list may take (three in the corpus). */
const MAX_GROUP_LINES = 6;

export function parseVote(region: Region): VoteBlock | undefined {
  const { lines } = region;
  const content = contentLines(region);
  let introRange: Range | undefined;
  let outcome: VoteBlock['outcome'];
  const voteLines: VoteLine[] = [];
  const missing: NonNullable<VoteBlock['missingFigures']> = [];
  let last: Range | undefined;
  for (let k = 0; k < content.length; k++) {
    const i = content[k];
    const head = lines[i].slice(0, 300);
    if (!introRange && voteLines.length === 0 && INTRO.test(head)) {
      introRange = trimmedLineRange(lines, i);
      last = introRange;
      continue;
    }
    const vote = readVoteLine(region, content, k);
    if (vote) {
      voteLines.push(vote.line);
      last = vote.line.range;
      k += vote.extraLines;
      continue;
    }
    const blank = readMissingFigure(lines[i]);
    if (blank) {
      missing.push({ ...blank, range: lineRange(i, blank.start, blank.end) });
      last = trimmedLineRange(lines, i);
      continue;
    }
    const o = OUTCOME.exec(head);
    if (o && !outcome) {
      const start = o[0].length - o[1].length;
      const range = lineRange(i, start, start + o[1].length);
      outcome = { value: ADOPTED.test(o[1]) ? 'adopte' : 'rejete', range };
      last = trimmedLineRange(lines, i);
    }
  }
  if (!introRange && voteLines.length === 0 && !outcome && missing.length === 0) return undefined;
  const first = introRange ?? voteLines[0]?.range ?? missing[0]?.range ?? outcome!.range;
  const block: VoteBlock = {
    introRange: introRange ?? { start: first.start, end: first.start },
    lines: voteLines,
    range: { start: first.start, end: (last ?? first).end },
  };
  if (outcome) block.outcome = outcome;
  if (missing.length) block.missingFigures = missing;
  return block;
}

/**
 * A vote label, its `:`, then no figure: nothing, `voix`, the groups, or the skeleton's `N`
 * (`Pour : voix (Groupe …)`). The colon is required: a line of prose may start with `Pour`.
 */
function readMissingFigure(text: string): { kind: VoteKind; label: string; start: number; end: number } | undefined {
  const head = text.slice(0, 300);
  for (const [kind, re] of KINDS) {
    const m = re.exec(head);
    if (!m) continue;
    let c = skipSpaces(text, m[0].length);
    if (text[c] !== ':') return undefined;
    c = skipSpaces(text, c + 1);
    const figure = PLACEHOLDER_FIGURE.exec(text.slice(c, c + 3));
    if (figure) c = skipSpaces(text, c + figure[0].length);
    const rest = text.slice(c, c + 40);
    if (c < text.length && !UNIT.test(rest) && text[c] !== '(') return undefined;
    const start = m[0].length - m[0].trimStart().length;
    return { kind, label: collapseSpaces(m[0]), start, end: text.trimEnd().length };
  }
  return undefined;
}

/** The vote line starting at `content[k]`, and how many continuation lines its groups took. */
function readVoteLine(region: Region, content: readonly number[], k: number): { line: VoteLine; extraLines: number } | undefined {
  const { lines } = region;
  const i = content[k];
  const text = lines[i];
  const head = text.slice(0, 300);
  for (const [kind, re] of KINDS) {
    const m = re.exec(head);
    if (!m) continue;
    const count = readCount(text, m[0].length);
    if (!count) return undefined;
    const labelStart = m[0].length - m[0].trimStart().length;
    const label = collapseSpaces(m[0]);
    const line: VoteLine = {
      kind,
      label,
      count: count.value,
      countRange: lineRange(i, count.start, count.end),
      groups: [],
      range: lineRange(i, labelStart, text.trimEnd().length),
    };
    let extraLines = 0;
    let c = skipSpaces(text, count.after);
    if (text[c] === '(') {
      const groups = readGroups(region, content, k, c);
      line.groups = groups.names;
      line.range = { start: line.range.start, end: groups.end };
      extraLines = groups.extraLines;
    }
    return { line, extraLines };
  }
  return undefined;
}

function skipSpaces(text: string, from: number): number {
  let c = from;
  while (c < text.length && /\s/.test(text[c])) c++;
  return c;
}

/** After the label: spaces, an optional `:`, the figure (digits, `néant`, `aucun(e)`), `voix`. */
function readCount(text: string, from: number): { value: number; start: number; end: number; after: number } | undefined {
  let c = skipSpaces(text, from);
  if (text[c] === ':') c = skipSpaces(text, c + 1);
  const start = c;
  while (c < text.length && c - start < 6 && text[c] >= '0' && text[c] <= '9') c++;
  let value: number;
  if (c > start) {
    if (c < text.length && /[\p{L}\p{N}]/u.test(text[c]) && !UNIT.test(text.slice(c, c + 5))) return undefined;
    value = Number(text.slice(start, c));
  } else {
    const word = ZERO.exec(text.slice(start, start + 8));
    if (!word) return undefined;
    c = start + word[0].length;
    value = 0;
  }
  const end = c;
  const voix = UNIT.exec(text.slice(c, c + 40));
  if (voix) c += voix[0].length;
  return { value, start, end, after: c };
}

/** The groups between `(` and `)`, split on `;`, reading on over the next lines until `)`. */
function readGroups(
  region: Region,
  content: readonly number[],
  k: number,
  open: number,
): { names: string[]; end: Range['end']; extraLines: number } {
  const { lines } = region;
  const slices: LineSlice[] = [{ line: content[k], from: open + 1 }];
  let closed = lines[content[k]].indexOf(')', open) >= 0;
  let n = k + 1;
  while (!closed && n < content.length && n - k <= MAX_GROUP_LINES) {
    const text = lines[content[n]];
    const head = text.slice(0, 300);
    if (OUTCOME.test(head) || KINDS.some(([, re]) => re.test(head))) break;
    slices.push({ line: content[n] });
    closed = text.indexOf(')') >= 0;
    n++;
  }
  const joined = joinLines(lines, slices, { hyphenJoin: true });
  const close = joined.text.indexOf(')');
  const inner = close >= 0 ? joined.text.slice(0, close) : joined.text;
  const names = inner
    .split(';')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  const end =
    close >= 0
      ? joined.rangeAt(close, close + 1).end
      : joined.length > 0
        ? joined.rangeAt(0, joined.length).end
        : { line: content[k], character: open + 1 };
  return { names, end, extraLines: slices.length - 1 };
}
