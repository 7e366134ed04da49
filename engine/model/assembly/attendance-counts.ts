/**
 * The counts of an attendance: `Label : figure` (`Nombre de conseillers en exercice : 35`), figure
 * then label (`34 présents`), flattened boxes whose figures all come before or after their labels
 * (`PRESENT ABSENT EXCUSE ABSENT MANDATAIRE 7 3 0 0`), and counts per range of items (`De la
 * délibération n°1 à la n°3 … Présents : 49`).
 *
 * A box is read only when its pairing is certain: as many figures as labels, adjacent, on one side
 * only. A kind counted twice without the items telling the counts apart is left out: which one a
 * list should match cannot be told.
 */
import type { AttendanceVocabulary, CountLabel } from '../../templates/vocabulary/attendance';
import type { CountKind } from '../types';

export interface CountHit {
  kind: CountKind;
  value: number;
  figureStart: number;
  figureEnd: number;
  labelStart: number;
  labelEnd: number;
  /** The items it holds for: offsets of the phrase (`De la délibération n°1 à la n°3`). */
  items?: [number, number];
}

interface LabelHit {
  kind: CountKind;
  start: number;
  end: number;
}

const MAX_TEXT_SCAN = 2_000_000;

/**
 * The matches of a global pattern that start in text[from, to), searched in a slice of the text:
 * a search that finds nothing stops at `to` instead of running to the end of a long document.
 * The pattern is the vocabulary's own (global: `g`), not a copy; the window keeps where its search
 * stands, so that two windows on one pattern do not disturb each other.
 */
export class Window {
  private readonly part: string;
  private lastStart = -1;
  private lastIndex = 0;

  constructor(
    private readonly pattern: RegExp,
    text: string,
    private readonly from: number,
    private readonly to: number,
  ) {
    if (!pattern.global) throw new Error(`Window: /${pattern.source}/${pattern.flags} is not global`);
    // The slice runs a little past `to`, for what a match looks at after its start.
    this.part = text.slice(from, Math.min(text.length, to + 200));
  }

  /** Offset in the text of the next match, or -1. */
  next(): number {
    this.pattern.lastIndex = this.lastIndex;
    const m = this.pattern.exec(this.part);
    this.lastIndex = this.pattern.lastIndex;
    if (!m || m.index + this.from >= this.to) return -1;
    if (m[0].length === 0) this.lastIndex++;
    this.lastStart = m.index;
    return m.index + this.from;
  }

  /** Goes on searching from text offset `at` (after the last match's start, so the search moves on). */
  resume(at: number): void {
    this.lastIndex = Math.max(this.lastStart + 1, at - this.from);
  }

  /** The length of the match of a sticky pattern at text offset `at`, in the window's slice; undefined if none. */
  matchAt(sticky: RegExp, at: number): number | undefined {
    sticky.lastIndex = at - this.from;
    const m = sticky.exec(this.part);
    return m ? m[0].length : undefined;
  }
}

/** A letter or a digit (what may not come just before a label): ASCII tested by code first. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** The longest count label starting at `at`, if any. */
function labelAt(text: string, at: number, labels: readonly CountLabel[]): LabelHit | undefined {
  let best: LabelHit | undefined;
  for (const { kind, pattern } of labels) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m && (!best || at + m[0].length > best.end)) best = { kind, start: at, end: at + m[0].length };
  }
  return best;
}

function skipBlanks(text: string, at: number): number {
  let k = at;
  while (k < text.length && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t' || text[k] === '\n')) k++;
  return k;
}

/** The figure at `at`: its value and end, or undefined (a time, a date, a name's bullet `O`). */
export function figureAt(text: string, at: number, vocab: AttendanceVocabulary): { value: number; end: number } | undefined {
  vocab.figure.lastIndex = at;
  const m = vocab.figure.exec(text);
  if (!m) return undefined;
  const end = at + m[0].length;
  if (m[1] === 'o') return undefined;
  // `Absents excusés : 1. M. Paul LEROY`: a draft's numbered line, not a count.
  if (vocab.numberedLine.test(text.slice(end, end + 40))) return undefined;
  if (m[1] === 'O') {
    // The OCR's zero, not a bullet before a name (`MEMBRES PRÉSENTS : O Mme PORTELLI`).
    const next = skipBlanks(text, end);
    const rest = text.slice(next, next + 1);
    if (rest && /\p{L}/u.test(rest) && !labelAt(text, next, vocab.countLabels)) return undefined;
    return { value: 0, end };
  }
  return { value: Number(m[1]), end };
}

/** Figure then label (`34 présents`): the label starts in lower case and is not itself a `Label : n`. */
function labelAfterFigure(text: string, figureEnd: number, vocab: AttendanceVocabulary): LabelHit | undefined {
  const at = skipBlanks(text, figureEnd);
  if (at === figureEnd || !/\p{Ll}/u.test(text[at] ?? '')) return undefined;
  const label = labelAt(text, at, vocab.countLabelsAfter);
  if (!label) return undefined;
  const after = skipBlanks(text, label.end);
  if (text[after] === ':' && figureAt(text, skipBlanks(text, after + 1), vocab)) return undefined;
  return label;
}

/**
 * Every count of text[from, to): labelled counts and the bare labels of boxes, then the boxes
 * paired, in text order.
 */
export function scanCounts(text: string, vocab: AttendanceVocabulary, from = 0, to = text.length): CountHit[] {
  const hits: CountHit[] = [];
  const bare: LabelHit[] = [];
  const end = Math.min(to, text.length, from + MAX_TEXT_SCAN);
  const starts = new Window(vocab.labelStart, text, from, end);
  for (let at = starts.next(); at >= 0; at = starts.next()) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) {
      starts.resume(at + 1);
      continue;
    }
    const label = labelAt(text, at, vocab.countLabels);
    if (!label) continue;
    starts.resume(label.end);
    let fig = skipBlanks(text, label.end);
    const colon = text[fig] === ':' || text[fig] === '=';
    if (colon) fig = skipBlanks(text, fig + 1);
    if (text[fig] === '-' && /\d/u.test(text[skipBlanks(text, fig + 1)] ?? '')) fig = skipBlanks(text, fig + 1);
    const figure = figureAt(text, fig, vocab);
    // A box's labels have no colon; its last label comes right before the box's first figure.
    const previous = bare[bare.length - 1];
    const inBox = !colon && previous !== undefined && fillerBetween(text, previous.end, label.start, vocab);
    if (!figure || inBox) {
      if (!colon) bare.push(label);
      continue;
    }
    // `Quorum : 22 présents sur 26`: the figure is the présents', read below.
    if (labelAfterFigure(text, figure.end, vocab)) continue;
    hits.push({ kind: label.kind, value: figure.value, figureStart: fig, figureEnd: figure.end, labelStart: label.start, labelEnd: label.end });
    starts.resume(figure.end);
  }
  // A figure's last digit then a blank: a regex that fails at once on a run of digits or of
  // blanks; the figure's first digit and what precedes it are found by hand.
  const numbers = new Window(/\d\s+(?=\p{Ll})/gu, text, from, end);
  for (let at = numbers.next(); at >= 0; at = numbers.next()) {
    const figureEnd = at + 1;
    let figureStart = at;
    while (figureStart > 0 && figureEnd - figureStart < 4 && /\d/u.test(text[figureStart - 1])) figureStart--;
    if (figureStart > 0 && /[\p{L}\p{N}.,/'’:-]/u.test(text[figureStart - 1])) continue;
    const label = labelAfterFigure(text, figureEnd, vocab);
    if (!label) continue;
    // `dont 3 procurations`: the detail of a vote, not the attendance.
    if (vocab.figureDetail.test(text.slice(Math.max(0, figureStart - 12), figureStart))) continue;
    hits.push({ kind: label.kind, value: Number(text.slice(figureStart, figureEnd)), figureStart, figureEnd, labelStart: label.start, labelEnd: label.end });
    numbers.resume(label.end);
  }
  hits.push(...pairBoxes(text, bare, vocab));
  hits.sort((a, b) => Math.min(a.figureStart, a.labelStart) - Math.min(b.figureStart, b.labelStart));
  return hits;
}

/** Consecutive figures from `at`, blanks between: their offsets. */
function figuresFrom(text: string, at: number, vocab: AttendanceVocabulary, max: number): { start: number; value: number; end: number }[] {
  const out: { start: number; value: number; end: number }[] = [];
  let k = skipBlanks(text, at);
  while (out.length <= max) {
    const f = figureAt(text, k, vocab);
    if (!f || f.end === k) break;
    out.push({ start: k, value: f.value, end: f.end });
    const next = skipBlanks(text, f.end);
    if (next === f.end && next < text.length) break;
    k = next;
  }
  return out;
}

const isBlank = (ch: string) => /\s/u.test(ch);
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/**
 * Where the run of figures that ends `part` begins: `part` ends with one figure or more of one to
 * three digits, each followed by blanks, and what comes before the run is no letter, digit or
 * `.,/:'’-` (or nothing); -1 if not. What `/(?:^|[^\p{L}\p{N}.,/:'’-])((?:\d{1,3}\s+)+)$/u` found as
 * its group, read backwards from the end instead of tried from every position.
 */
function figureRunStart(part: string): number {
  let start = -1;
  let k = part.length;
  for (;;) {
    const blanksEnd = k;
    while (k > 0 && isBlank(part[k - 1])) k--;
    if (k === blanksEnd) break;
    const digitsEnd = k;
    while (k > 0 && isDigit(part[k - 1])) k--;
    const digits = digitsEnd - k;
    // A longer number holds no figure: the run starts after it, if at all.
    if (digits === 0 || digits > 3) break;
    if (k === 0 || !/[\p{L}\p{N}.,/:'’-]/u.test(part[k - 1])) start = k;
    if (k === 0 || !isBlank(part[k - 1])) break;
  }
  return start;
}

/** Consecutive figures ending just before `at` (blanks between), in text order. */
function figuresBefore(text: string, at: number, vocab: AttendanceVocabulary, max: number): { start: number; value: number; end: number }[] {
  const from = Math.max(0, at - 4 * (max + 1) - 8);
  const part = text.slice(from, at);
  const run = figureRunStart(part);
  if (run < 0) return [];
  const out: { start: number; value: number; end: number }[] = [];
  const base = from + run;
  for (const f of part.slice(run).matchAll(/\d+/gu)) {
    const start = base + (f.index ?? 0);
    const figure = figureAt(text, start, vocab);
    if (!figure) return [];
    out.push({ start, value: figure.value, end: figure.end });
  }
  return out;
}

/**
 * Runs of labels without figures (`Nombre de Conseillers Communautaires Nombre de présents …`,
 * `PRESENT (Signature) ABSENT EXCUSE ABSENT MANDATAIRE`), each paired with the run of as many
 * figures on exactly one side of it.
 */
function pairBoxes(text: string, labels: readonly LabelHit[], vocab: AttendanceVocabulary): CountHit[] {
  const out: CountHit[] = [];
  let i = 0;
  while (i < labels.length) {
    let j = i + 1;
    while (j < labels.length && fillerBetween(text, labels[j - 1].end, labels[j].start, vocab)) j++;
    const run = labels.slice(i, j);
    i = j;
    if (run.length < 2) continue;
    let afterLabels = run[run.length - 1].end;
    vocab.boxFiller.lastIndex = afterLabels;
    const filler = vocab.boxFiller.exec(text);
    if (filler) afterLabels += filler[0].length;
    vocab.boxDate.lastIndex = afterLabels;
    const date = vocab.boxDate.exec(text);
    const after = figuresFrom(text, date ? afterLabels + date[0].length : afterLabels, vocab, run.length);
    const before = figuresBefore(text, run[0].start, vocab, run.length);
    const rightFits = after.length === run.length;
    const leftFits = before.length === run.length;
    if (rightFits === leftFits) continue;
    const figures = rightFits ? after : before;
    run.forEach((label, k) =>
      out.push({ kind: label.kind, value: figures[k].value, figureStart: figures[k].start, figureEnd: figures[k].end, labelStart: label.start, labelEnd: label.end }),
    );
  }
  return out;
}

function fillerBetween(text: string, from: number, to: number, vocab: AttendanceVocabulary): boolean {
  if (to < from || to - from > 40) return false;
  vocab.boxFiller.lastIndex = from;
  const m = vocab.boxFiller.exec(text);
  return !!m && from + m[0].length >= to;
}

/**
 * Items of counts per range: a range phrase just before a count (`de la délibération 01 à 03 :
 * 34 présents`), or a row of k range phrases heading columns where each kind is counted k times
 * (`A l'ouverture De la délibération n°1 à la n°3 … Présents : 48 Présents : 49 …`). Kinds counted
 * more than once without items, with different figures, are left out.
 */
export function assignItems(text: string, hits: CountHit[], vocab: AttendanceVocabulary, from: number): CountHit[] {
  const startOf = (h: CountHit) => Math.min(h.figureStart, h.labelStart);
  const blankBetween = (a: number, b: number) => b >= a && b - a < 20 && /^[\s:,–-]*$/u.test(text.slice(a, b));
  let to = from;
  for (const h of hits) to = Math.max(to, h.figureEnd, h.labelEnd);
  // A last range may follow the last count, with its figure alone.
  to += 200;
  // Labels in text order, to tell a phrase inside a label (`Nombre de présents à l'ouverture de la séance`).
  const labels = hits.map((h) => [h.labelStart, h.labelEnd] as const).sort((a, b) => a[0] - b[0]);
  const phrases: [number, number][] = [];
  // Where a range may begin, then the range tried there: the search goes on after each range,
  // kept or not (a range inside another is not read).
  const starts = new Window(vocab.itemRangeStart, text, from, to);
  let l = 0;
  for (let at = starts.next(); at >= 0; at = starts.next()) {
    vocab.itemRange.lastIndex = at;
    const m = vocab.itemRange.exec(text);
    if (!m || m[0].length === 0) continue;
    starts.resume(at + m[0].length);
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    while (l < labels.length && labels[l][1] <= at) l++;
    if (l < labels.length && labels[l][0] <= at) continue;
    phrases.push([at, at + m[0].length]);
  }
  // Columns: each kind k times in a row of counts, headed by a row of k phrases.
  const byKind = new Map<CountKind, CountHit[]>();
  for (const h of hits) {
    const list = byKind.get(h.kind);
    if (list) list.push(h);
    else byKind.set(h.kind, [h]);
  }
  const repeated = [...byKind.values()].filter((list) => list.length > 1);
  if (repeated.length > 0 && repeated.length <= 12) {
    const k = repeated[0].length;
    let first = Infinity;
    for (const list of repeated) for (const h of list) first = Math.min(first, startOf(h));
    let p = phrases.length;
    while (p > 0 && phrases[p - 1][1] > first) p--;
    const row = phrases.slice(Math.max(0, p - k), p);
    const adjacent =
      k <= 12 &&
      row.length === k &&
      row.every(([, e], n) => n === k - 1 || blankBetween(e, row[n + 1][0])) &&
      blankBetween(row[k - 1][1], first);
    if (adjacent && repeated.every((list) => list.length === k)) {
      for (const list of repeated) list.forEach((h, n) => (h.items = row[n]));
    }
  }
  // A phrase right before a count (`de la délibération 01 à 03 : 34 présents`).
  const sorted = [...hits].sort((a, b) => startOf(a) - startOf(b));
  let q = 0;
  for (const h of sorted) {
    if (h.items) continue;
    const s = startOf(h);
    while (q < phrases.length && phrases[q][1] <= s) q++;
    const p = phrases[q - 1];
    if (p && blankBetween(p[1], s)) h.items = p;
  }
  // `de la délibération 01 à 03 : 34 présents … à partir de la 04 : 33`: the next range's figure
  // without its label counts the same as the range before it.
  const used = new Set(sorted.flatMap((h) => (h.items ? [h.items[0]] : [])));
  const firstAfter = <T>(list: readonly T[], key: (t: T) => number, at: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(list[mid]) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let n = 0; n < sorted.length; n++) {
    const h = sorted[n];
    if (!h.items || h.labelStart < h.figureStart) continue;
    const next = phrases[firstAfter(phrases, (p) => p[0], h.labelEnd)];
    if (!next || next[0] - h.labelEnd >= 200 || used.has(next[0])) continue;
    // No other count between this one and the next range.
    const other = sorted[firstAfter(sorted, startOf, h.labelEnd)];
    if (other && startOf(other) < next[0]) continue;
    let at = next[1];
    while (at < text.length && /[\s:]/u.test(text[at])) at++;
    const figure = figureAt(text, at, vocab);
    if (!figure || at === next[1] || labelAfterFigure(text, figure.end, vocab)) continue;
    if (/^\s*\p{L}/u.test(text.slice(figure.end, figure.end + 3)) && !/^\s*(?:et|puis)\s/u.test(text.slice(figure.end, figure.end + 6))) continue;
    used.add(next[0]);
    hits.push({ kind: h.kind, value: figure.value, figureStart: at, figureEnd: figure.end, labelStart: h.labelStart, labelEnd: h.labelEnd, items: next });
  }
  // Still repeated without items: keep one when they agree, none when they differ.
  const seen = new Map<CountKind, CountHit>();
  const dropped = new Set<CountKind>();
  const out: CountHit[] = [];
  for (const h of hits) {
    if (h.items) {
      out.push(h);
      continue;
    }
    const prior = seen.get(h.kind);
    if (!prior) {
      seen.set(h.kind, h);
      out.push(h);
    } else if (prior.value !== h.value) dropped.add(h.kind);
  }
  return out.filter((h) => h.items || !dropped.has(h.kind));
}
