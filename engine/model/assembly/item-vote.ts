/**
 * The vote of one item (collectivites.md §3, « Vote formulas »): `à l'unanimité des présents`,
 * `par 20 voix pour`, `à la majorité avec 38 voix pour et une abstention (M. X)`, `(vote pour : 29 -
 * contre : 0 - abstention : 0 - ne prend pas part au vote : 0)`, a box `Pour Contre Abstention 29 0
 * 0`, `Votants : 43 … adopté à l'unanimité`, name lists, `ADOPTÉ`, `au scrutin secret`.
 *
 * The span is read as anchors — a formula, a figure with its label, an outcome, a name list — and
 * anchors close together make one vote; a second formula or a second figure of the same kind starts
 * another (`à l'unanimité DECIDE de voter par chapitre … à la majorité 38 votes pour`). Of an item's
 * votes the fullest is its vote (the later of equals). Figures standing alone before it (a box of counts) join it only
 * when certainly its: `Votants` and `Suffrages exprimés` anywhere in the item, any figure in the
 * header of an extrait (`one-act`). A figure is read only where its label says what it counts;
 * `13 POUR` without a unit counts only beside another figure.
 */
import type { ItemVote, Located, Person, VoteFigureKind, VoteFormula } from '../types';
import type { VoteVocabulary } from '../../templates/vocabulary/votes';
import { BLANK_VOTE_FIGURE } from '../../templates/vocabulary/placeholders';
import { readNameList } from './item-names';
import { unmaskedText, type Source } from './source';

type Side = 'pour' | 'contre' | 'abstention' | 'nppv';

interface Figure {
  kind: VoteFigureKind;
  value: number;
  start: number;
  end: number;
}

interface Anchor {
  start: number;
  end: number;
  /** Lower is tried first when two anchors overlap. */
  priority: number;
  formula?: Located<VoteFormula> & { start: number; end: number };
  figure?: Figure;
  /** A bare `13 POUR`: kept only beside another figure. */
  weak?: boolean;
  outcome?: { value: 'adopte' | 'rejete'; start: number; end: number };
  secret?: boolean;
  names?: { side: Side; persons: Person[] };
}

interface Cluster {
  anchors: Anchor[];
  start: number;
  end: number;
  figures: Map<VoteFigureKind, Figure>;
  names: Map<Side, Person[]>;
  formula?: Anchor['formula'];
  outcome?: Anchor['outcome'];
  secret: boolean;
}

const SIDES: ReadonlySet<string> = new Set(['pour', 'contre', 'abstention', 'nppv']);
/** Far enough back to see `le conseil peut décider` before a formula. */
const RULE_LOOKBACK = 80;
/** The most anchors one span is read with: the fullest real vote has a few dozen. */
const MAX_ANCHORS = 2000;
/** Non-blank characters between a bare `13 POUR` and the figure that confirms it. */
const WEAK_REACH = 20;

const TEXTS = new WeakMap<Source, string>();

/** The source's text with its masked spans blanked, computed once per source. */
export function itemText(source: Source): string {
  let text = TEXTS.get(source);
  if (text === undefined) {
    text = unmaskedText(source);
    TEXTS.set(source, text);
  }
  return text;
}

/**
 * The vote written in `[start, end)` of the source's text, or undefined when none is written there.
 * Never throws.
 */
export function parseItemVote(source: Source, start: number, end: number): ItemVote | undefined {
  try {
    const text = itemText(source);
    const from = Math.max(0, Math.min(start, text.length));
    const to = Math.max(from, Math.min(end, text.length));
    if (to <= from) return undefined;
    const vocabulary = source.profile.vocabulary.votes;
    const anchors = collectAnchors(source, text, from, to, vocabulary);
    if (anchors.length === 0) return undefined;
    const clusters = clusterAnchors(text, anchors, vocabulary.clusterGap);
    const vote = buildVote(source, clusters);
    if (vote) addMissingFigures(source, text, from, to, vote);
    return vote;
  } catch {
    return undefined;
  }
}

/** Whether any vote is written in `[start, end)`. */
export function hasVote(source: Source, start: number, end: number): boolean {
  return parseItemVote(source, start, end) !== undefined;
}

/** The sides a draft labels without their figure (`Pour :  Contre : 0`), when the side has none. */
function addMissingFigures(source: Source, text: string, from: number, to: number, vote: ItemVote): void {
  const w = windowOf(text, from, to);
  const missing: NonNullable<ItemVote['missingFigures']> = [];
  for (const m of matches(BLANK_VOTE_FIGURE, w)) {
    const label = (m.groups?.label ?? '').toLowerCase();
    const side = label.startsWith('pour') ? 'pour' : label.startsWith('contre') ? 'contre' : 'abstention';
    if (vote.figures[side] || missing.some((x) => x.value === side)) continue;
    missing.push({ value: side, range: source.joined.rangeAt(m.index, m.index + m[0].trimEnd().length) });
  }
  if (missing.length) vote.missingFigures = missing;
}

// ── Anchors ──────────────────────────────────────────────────────────────────────────────────

/** Margin read around a span so lookbehinds and lookaheads at its edges see their context. */
const EDGE = 40;

/** The span read, cut once from the text: every pattern runs on it, so a span costs its own length. */
interface Window {
  slice: string;
  /** Offset of the slice in the text. */
  base: number;
  from: number;
  to: number;
}

function windowOf(text: string, from: number, to: number): Window {
  const base = Math.max(0, from - EDGE);
  return { slice: text.slice(base, Math.min(text.length, to + EDGE)), base, from, to };
}

/** The matches of `re` starting in [from, to) and ending by `to`, with text offsets. */
function* matches(re: RegExp, w: Window): Generator<RegExpExecArray> {
  re.lastIndex = w.from - w.base;
  for (let guard = 0; guard < 100_000; guard++) {
    const m = re.exec(w.slice);
    if (!m || m.index + w.base >= w.to) return;
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m.index + w.base + m[0].length > w.to) continue;
    m.index += w.base;
    yield m;
  }
}

function collectAnchors(source: Source, text: string, from: number, to: number, vocabulary: VoteVocabulary): Anchor[] {
  const w = windowOf(text, from, to);
  // Most spans hold no vote at all: one cheap test rules them out.
  if (!vocabulary.voteWords.test(w.slice)) return [];
  const found: Anchor[] = [];
  const labels = [...matches(vocabulary.voteLabel, w)];
  if (labels.length > MAX_ANCHORS) return [];
  readBoxes(text, to, labels, vocabulary, found);
  for (const m of matches(vocabulary.labelThenFigure, w)) {
    const label = m.groups?.label ?? '';
    const n = m.groups?.n ?? '';
    const kind = vocabulary.figureKind(label);
    const value = figureValue(n, vocabulary);
    if (!kind || value === undefined) continue;
    const nStart = m.index + m[0].lastIndexOf(n);
    vocabulary.dateAfter.lastIndex = nStart + n.length;
    if (vocabulary.dateAfter.test(text)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, priority: 1, figure: { kind, value, start: nStart, end: nStart + n.length } });
  }
  for (const m of matches(vocabulary.figureThenLabel, w)) {
    const label = m.groups?.label ?? '';
    const n = m.groups?.n ?? '';
    const unit = m.groups?.voix;
    const kind = vocabulary.figureKind(label);
    const value = figureValue(n, vocabulary);
    if (!kind || value === undefined) continue;
    const end = m.index + m[0].length;
    vocabulary.notAVote.lastIndex = end;
    if (vocabulary.notAVote.test(text)) continue;
    const sideOnly = kind === 'pour' || kind === 'contre';
    // `un vote pour …` is a phrase; `2 votes contre`, `20 voix pour` are figures.
    const weak = sideOnly && (!unit || (/^votes?$/i.test(unit) && !/s$/i.test(unit) && !/^\d/.test(n)));
    found.push({ start: m.index, end, priority: 2, weak, figure: { kind, value, start: m.index, end: m.index + n.length } });
  }
  if (found.length > MAX_ANCHORS) return [];
  for (const form of vocabulary.formulas) {
    if (found.length > MAX_ANCHORS) return [];
    for (const m of matches(form.pattern, w)) {
      if (found.length > MAX_ANCHORS) return [];
      if (statesRule(text, m.index, vocabulary)) continue;
      const formula = typeof form.formula === 'function' ? form.formula(m.groups?.q) : form.formula;
      const end = m.index + m[0].length;
      const range = source.joined.rangeAt(m.index, end);
      found.push({ start: m.index, end, priority: 3, formula: { value: formula, range, start: m.index, end } });
    }
  }
  for (const re of vocabulary.outcomes) {
    for (const m of matches(re, w)) {
      if (found.length > MAX_ANCHORS) return [];
      const word = m.groups?.word ?? '';
      const at = m.index + m[0].indexOf(word);
      const value = vocabulary.rejected.test(word) ? 'rejete' : 'adopte';
      found.push({ start: m.index, end: m.index + m[0].length, priority: 4, outcome: { value, start: at, end: at + word.length } });
    }
  }
  for (const m of matches(vocabulary.secretBallot, w)) {
    if (statesRule(text, m.index, vocabulary)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, priority: 5, secret: true });
  }
  // Thousands of vote words in one span are no vote an assembly wrote (a pasted table, noise).
  if (found.length > MAX_ANCHORS) return [];
  readLabelledNames(source, text, to, labels, vocabulary, found);

  const anchors = dropOverlaps(found);
  const kept = anchors.filter((a, i) => !a.weak || confirmed(text, anchors, i));
  for (const a of kept) attachNames(source, text, a, to, vocabulary);
  return kept;
}

/** `Pour Contre Abstention NPPV 29 0 0 0`: labels in a row, then as many figures. */
function readBoxes(text: string, to: number, found: readonly RegExpExecArray[], vocabulary: VoteVocabulary, out: Anchor[]): void {
  const labels: { kind: VoteFigureKind; start: number; end: number }[] = [];
  for (const m of found) {
    const kind = vocabulary.figureKind(m.groups?.label ?? '');
    if (kind) labels.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  let i = 0;
  while (i < labels.length) {
    let j = i;
    while (j + 1 < labels.length && /^[ /|,;–—-]{0,6}$/.test(text.slice(labels[j].end, labels[j + 1].start))) j++;
    const group = labels.slice(i, j + 1);
    i = j + 1;
    if (group.length < 2 || new Set(group.map((g) => g.kind)).size !== group.length) continue;
    // `Pour : 15 Contre : 0` is read label by label.
    if (group.some((g) => /^ ?[:=]/.test(text.slice(g.end, g.end + 2)))) continue;
    const figures: Figure[] = [];
    let p = group[group.length - 1].end;
    for (const g of group) {
      const m = /^[ |/–—-]{1,6}(\d{1,3})(?![\d\p{L}])/u.exec(text.slice(p, Math.min(to, p + 12)));
      if (!m) break;
      const s = p + m[0].length - m[1].length;
      figures.push({ kind: g.kind, value: Number(m[1]), start: s, end: s + m[1].length });
      p = s + m[1].length;
    }
    if (figures.length !== group.length) continue;
    // A further figure means the row is something else (`Pour Contre 24 12 2018`).
    if (/^[ |/–—-]{1,6}\d/.test(text.slice(p, p + 8))) continue;
    figures.forEach((f, k) => out.push({ start: k === 0 ? group[0].start : f.start, end: f.end, priority: 0, figure: f }));
  }
}

/** `Contre : M. A, M. B`: a side named without its figure. */
function readLabelledNames(source: Source, text: string, to: number, labels: readonly RegExpExecArray[], vocabulary: VoteVocabulary, out: Anchor[]): void {
  for (const m of labels) {
    const side = vocabulary.figureKind(m.groups?.label ?? '');
    if (!side || !SIDES.has(side)) continue;
    const after = m.index + m[0].length;
    const colon = /^ ?: ?/.exec(text.slice(after, after + 3));
    if (!colon) continue;
    const list = readNameList(source.joined, text, after + colon[0].length, to, vocabulary);
    if (!list || !isEndInText(text, list.end, to)) continue;
    out.push({ start: m.index, end: list.end, priority: 6, names: { side: side as Side, persons: list.persons } });
  }
}

/** The names right after a figure: `2 votes contre, M. MAILLER, M. SY`, `une abstention (M. X)`. */
function attachNames(source: Source, text: string, anchor: Anchor, to: number, vocabulary: VoteVocabulary): void {
  const figure = anchor.figure;
  if (!figure || !SIDES.has(figure.kind)) return;
  const list = readNameList(source.joined, text, anchor.end, to, vocabulary);
  if (!list || !isEndInText(text, list.end, to)) return;
  anchor.names = { side: figure.kind as Side, persons: list.persons };
  anchor.end = list.end;
}

/** A list ending at the item's end is trusted only when the item is not cut by the document's end. */
function isEndInText(text: string, end: number, to: number): boolean {
  return end < to || to < text.length;
}

/** Keeps, of overlapping anchors, the one of the lowest priority (most specific reading). */
function dropOverlaps(found: Anchor[]): Anchor[] {
  let kept: Anchor[] = [];
  const priorities = [...new Set(found.map((a) => a.priority))].sort((a, b) => a - b);
  for (const priority of priorities) {
    const level = found.filter((a) => a.priority === priority).sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Anchor[] = [];
    let p = 0;
    for (const a of level) {
      while (p < kept.length && kept[p].end <= a.start) out.push(kept[p++]);
      if (p < kept.length && kept[p].start < a.end) continue;
      const last = out[out.length - 1];
      if (last && last.end > a.start) continue;
      out.push(a);
    }
    while (p < kept.length) out.push(kept[p++]);
    kept = out;
  }
  return kept;
}

/** A bare `13 POUR` is a figure when another figure of another kind stands right beside it (anchors sorted by start). */
function confirmed(text: string, anchors: readonly Anchor[], i: number): boolean {
  const anchor = anchors[i];
  for (let j = i - 1; j >= 0; j--) {
    const b = anchors[j];
    if (nonBlank(text, b.end, anchor.start, WEAK_REACH) > WEAK_REACH) break;
    if (b.figure && b.figure.kind !== anchor.figure?.kind) return true;
  }
  for (let j = i + 1; j < anchors.length; j++) {
    const b = anchors[j];
    if (nonBlank(text, anchor.end, b.start, WEAK_REACH) > WEAK_REACH) break;
    if (b.figure && b.figure.kind !== anchor.figure?.kind) return true;
  }
  return false;
}

/** `le conseil peut décider à l'unanimité`: the sentence states a rule. */
function statesRule(text: string, at: number, vocabulary: VoteVocabulary): boolean {
  return vocabulary.ruleStatementBefore.test(text.slice(Math.max(0, at - RULE_LOOKBACK), at));
}

function figureValue(n: string, vocabulary: VoteVocabulary): number | undefined {
  if (/^\d+$/.test(n)) return Number(n);
  const bare = n.toLowerCase();
  if (n === 'O' || /^n[ée]ant$|^aucune?$/.test(bare)) return 0;
  return wordsValue(bare, vocabulary.numberWords);
}

/** `trente et un` → 31, `quatre-vingt-dix` → 90, `une` → 1. */
export function wordsValue(words: string, table: Readonly<Record<string, number>>): number | undefined {
  const tokens = words.split(/[- ]+/).filter((t) => t && t !== 'et');
  if (tokens.length === 0) return undefined;
  let total = 0;
  for (const t of tokens) {
    const v = table[t];
    if (v === undefined) return undefined;
    if (v === 100) total = (total || 1) * 100;
    else if (v === 20 && total % 100 === 4) total += 76; // quatre-vingt
    else total += v;
  }
  return total;
}

/** Non-blank characters in text[from, to), counted no further than `cap` (enough to compare with a gap). */
function nonBlank(text: string, from: number, to: number, cap = 10_000): number {
  let n = 0;
  for (let i = from; i < to && n <= cap; i++) if (text.charCodeAt(i) !== 0x20) n++;
  return n;
}

// ── Votes ────────────────────────────────────────────────────────────────────────────────────

function newCluster(a: Anchor): Cluster {
  const c: Cluster = { anchors: [], start: a.start, end: a.end, figures: new Map(), names: new Map(), secret: false };
  addTo(c, a);
  return c;
}

function addTo(c: Cluster, a: Anchor): void {
  c.anchors.push(a);
  c.start = Math.min(c.start, a.start);
  c.end = Math.max(c.end, a.end);
  if (a.figure) c.figures.set(a.figure.kind, a.figure);
  if (a.names) c.names.set(a.names.side, a.names.persons);
  if (a.formula) c.formula = a.formula;
  if (a.outcome) c.outcome = a.outcome;
  if (a.secret) c.secret = true;
}

/** A second formula, figure, outcome or name list of the same kind belongs to another vote. */
function conflicts(c: Cluster, a: Anchor): boolean {
  if (a.formula && c.formula) return true;
  if (a.figure && c.figures.has(a.figure.kind)) return true;
  if (a.outcome && c.outcome) return true;
  if (a.names && c.names.has(a.names.side)) return true;
  return false;
}

function clusterAnchors(text: string, anchors: readonly Anchor[], gap: number): Cluster[] {
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (const a of anchors) {
    if (current && nonBlank(text, current.end, a.start, gap) <= gap && !conflicts(current, a)) {
      addTo(current, a);
      continue;
    }
    current = newCluster(a);
    clusters.push(current);
  }
  return clusters;
}

function score(c: Cluster): number {
  let s = 0;
  for (const kind of c.figures.keys()) s += SIDES.has(kind) ? 2 : 1;
  if (c.formula) s += 2;
  if (c.outcome) s += 1;
  if (c.names.size > 0) s += 1;
  return s;
}

/** Counts that belong to the item wherever they stand in it; in an extrait's header, every figure does. */
function mergeable(c: Cluster, main: Cluster, oneAct: boolean): boolean {
  if (c === main || c.end > main.start || c.formula || c.outcome || c.names.size > 0 || c.figures.size === 0) return false;
  for (const kind of c.figures.keys()) {
    if (main.figures.has(kind)) return false;
    if (!oneAct && kind !== 'votants' && kind !== 'exprimes') return false;
  }
  return true;
}

function buildVote(source: Source, clusters: readonly Cluster[]): ItemVote | undefined {
  let main: Cluster | undefined;
  let best = 0;
  // Of equal votes the later: an item's decision comes after what it recalls.
  for (const c of clusters) {
    const s = score(c);
    if (s >= best && s > 0) {
      best = s;
      main = c;
    }
  }
  if (!main) return undefined;
  const oneAct = source.profile.layout === 'one-act';
  const parts = [main];
  const taken = new Set(main.figures.keys());
  for (const c of clusters) {
    if (!mergeable(c, main, oneAct) || [...c.figures.keys()].some((k) => taken.has(k))) continue;
    parts.push(c);
    for (const k of c.figures.keys()) taken.add(k);
  }
  let formula = main.formula;
  let outcome = main.outcome;
  if (oneAct && !formula && !outcome && main.names.size === 0) {
    // An extrait's header box (`votants : 42 … pour : 39 - contre : 2`) and, further on, its decision
    // (`à la majorité, APPROUVE`): the first formula or outcome after the box completes it.
    const decision = clusters.find((c) => c.start >= main!.end && (c.formula || c.outcome) && ![...c.figures.keys()].some((k) => taken.has(k)));
    if (decision) {
      parts.push(decision);
      for (const k of decision.figures.keys()) taken.add(k);
      formula = decision.formula;
      outcome = decision.outcome;
    }
  }
  const joined = source.joined;
  const vote: ItemVote = { figures: {}, names: {}, range: joined.rangeAt(0, 0) };
  let start = Infinity;
  let end = -Infinity;
  for (const c of parts) {
    start = Math.min(start, c.start);
    end = Math.max(end, c.end);
    for (const [kind, f] of c.figures) vote.figures[kind] = { value: f.value, range: joined.rangeAt(f.start, f.end) };
    if (c.secret) vote.secret = true;
  }
  if (formula) vote.formula = { value: formula.value, range: formula.range };
  for (const [side, persons] of main.names) vote.names[side] = persons;
  if (outcome) vote.outcome = { value: outcome.value, range: joined.rangeAt(outcome.start, outcome.end) };
  vote.range = joined.rangeAt(start, end);
  return vote;
}
