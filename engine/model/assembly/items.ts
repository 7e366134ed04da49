/**
 * The items of a meeting — the deliberations it holds — with their number, object and vote
 * (collectivites.md §2): one act per extrait (`one-act`, several when the file repeats the whole
 * header), numbered items in a procès-verbal, a compte rendu or a list of deliberations
 * (`many-items`).
 *
 * Lists that only name items are not items: the agenda (`l'ordre du jour est le suivant : 1 - …`),
 * a table of contents, the decisions of the maire. Such a list is a run of headings of one style,
 * close together, without a vote, right after its title. A number written twice (the agenda then
 * the item, or a page header) makes one item: the one with a vote, else the last.
 */
import type { Located, MeetingItem } from '../types';
import type { VoteVocabulary } from '../../templates/vocabulary/votes';
import {
  advance,
  findHeadings,
  follows,
  nonBlank,
  numberKey,
  ordinalParts,
  readObject,
  startsOutline,
  type Heading,
  type Span,
} from './item-headings';
import { hasVote, itemText, parseItemVote } from './item-vote';
import type { Source } from './source';

/** Labels that name a deliberation itself (an extrait's number). */
const ACT_LABEL = /^d[ée]lib|^DELTB/iu;

/** How far into an extrait its number may be found when no label names it. */
const ACT_HEAD = 4000;

export function parseItems(source: Source): MeetingItem[] {
  try {
    const text = itemText(source);
    if (text.trim().length === 0) return [];
    const vocabulary = source.profile.vocabulary.votes;
    const headings = findHeadings(text, vocabulary);
    return source.profile.layout === 'one-act'
      ? actItems(source, text, headings, vocabulary)
      : listItems(source, text, headings, vocabulary);
  } catch {
    return [];
  }
}

// ── Many items ───────────────────────────────────────────────────────────────────────────────

function listItems(source: Source, text: string, all: Heading[], vocabulary: VoteVocabulary): MeetingItem[] {
  let headings = outline(all);
  // Objects stop at any heading read, even one dropped below (a section title, an agenda entry).
  const bounds = headings.map((h) => h.start);
  headings = dropNumberRuns(text, headings);
  headings = absorbCodes(text, headings, vocabulary);
  const agendas: Heading[][] = [];
  headings = dropLists(source, text, headings, vocabulary, agendas);
  // Items the agenda numbers and the body only titles: found again by their titles.
  const lastAgenda = agendas[agendas.length - 1];
  if (lastAgenda && !headings.some((h) => h.start > lastAgenda[lastAgenda.length - 1].start)) {
    // Searched after every list read (an agenda may run over pages, a table of contents restart).
    const after = Math.max(...agendas.map((run) => listEnd(text, run, vocabulary)));
    const titled = itemsOfAgenda(text, lastAgenda, after, vocabulary);
    headings = [...headings, ...titled].sort((a, b) => a.start - b.start);
    bounds.push(...titled.map((h) => h.start));
    bounds.sort((a, b) => a - b);
  }
  headings = dropSections(source, text, headings, vocabulary);
  headings = dropRepeats(source, text, headings);
  const items: MeetingItem[] = [];
  headings.forEach((h, i) => {
    const end = i + 1 < headings.length ? headings[i + 1].start : text.length;
    const limitAfter = (at: number) => Math.min(end, bounds.find((b) => b > at) ?? text.length);
    items.push(makeItem(source, text, h, h.objectStart, limitAfter, h.start, end, vocabulary));
  });
  applyListOutcomes(source, text, items, headings, vocabulary);
  return items;
}

/**
 * `D'UNE PART a adopté les délibérations : n°2023-001 … D'AUTRE PART a rejeté …`: the list's
 * outcome is each following item's, where the item states none of its own.
 */
function applyListOutcomes(source: Source, text: string, items: MeetingItem[], headings: Heading[], vocabulary: VoteVocabulary): void {
  const re = vocabulary.listOutcome;
  re.lastIndex = 0;
  const marks: { at: number; value: 'adopte' | 'rejete'; start: number; end: number }[] = [];
  for (let guard = 0; guard < 1000; guard++) {
    const m = re.exec(text);
    if (!m) break;
    const word = m.groups?.word ?? '';
    const start = m.index + m[0].indexOf(word);
    marks.push({ at: m.index, value: vocabulary.rejected.test(word) ? 'rejete' : 'adopte', start, end: start + word.length });
  }
  if (marks.length === 0) return;
  headings.forEach((h, i) => {
    let mark: (typeof marks)[number] | undefined;
    for (const m of marks) if (m.at < h.start) mark = m;
    const item = items[i];
    if (!mark || item.vote?.outcome) return;
    const outcome = { value: mark.value, range: source.joined.rangeAt(mark.start, mark.end) };
    if (item.vote) item.vote.outcome = outcome;
    else item.vote = { figures: {}, names: {}, outcome, range: outcome.range };
  });
}

/**
 * Keeps a bare ordinal only as the next of a sequence starting at `1` and reaching `2` (a lone `1/`
 * opens a paragraph, not an item); other headings pass.
 */
function outline(headings: Heading[]): Heading[] {
  const chainOf = new Map<Heading, number>();
  const sizes: number[] = [];
  let last: number[] | undefined;
  for (const h of headings) {
    if (!h.ordinal) continue;
    const parts = ordinalParts(h.ordinal.text);
    const bare = !h.number && h.style === 'ordinal';
    const next = last !== undefined && follows(last, parts);
    if (!next && !startsOutline(parts) && bare) continue;
    if (!next) sizes.push(0);
    sizes[sizes.length - 1]++;
    chainOf.set(h, sizes.length - 1);
    last = parts;
  }
  return headings.filter((h) => {
    if (!h.ordinal || h.number || h.style !== 'ordinal') return true;
    const chain = chainOf.get(h);
    return chain !== undefined && sizes[chain] >= 2;
  });
}

/**
 * `Délibération n°01/2020 Délibération n°022020 Délibération n°03/2020 …`: numbers printed in a
 * margin, each right against the next, name no object; the run is no item.
 */
function dropNumberRuns(text: string, headings: Heading[]): Heading[] {
  const dropped = new Set<Heading>();
  let i = 0;
  while (i < headings.length) {
    let j = i;
    while (j + 1 < headings.length && nonBlank(text, headings[j].objectStart, headings[j + 1].start) <= 3) j++;
    if (j - i >= 2) for (let k = i; k <= j; k++) dropped.add(headings[k]);
    i = j + 1;
  }
  return headings.filter((h) => !dropped.has(h));
}

/**
 * `Dossier n°1-1 : Approbation … DB2024_001 La Présidente …`: an act code with no object of its
 * own is the number of the heading before it.
 */
function absorbCodes(text: string, headings: Heading[], vocabulary: VoteVocabulary): Heading[] {
  const kept: Heading[] = [];
  headings.forEach((h, i) => {
    if (h.style !== 'code') {
      kept.push(h);
      return;
    }
    const end = i + 1 < headings.length ? headings[i + 1].start : text.length;
    if (readObject(text, h.objectStart, end, vocabulary)) {
      kept.push(h);
      return;
    }
    const prev = kept[kept.length - 1];
    if (prev && h.number && prev.style !== 'code' && nonBlank(text, prev.objectStart, h.start) <= vocabulary.objectMaxLength) {
      if (prev.number && !prev.ordinal) prev.ordinal = prev.number;
      prev.number = h.number;
      prev.absorbed = h.start;
    }
  });
  return kept;
}

/** Removes the runs of headings that an agenda, a table of contents or a list of decisions opens. */
function dropLists(source: Source, text: string, headings: Heading[], vocabulary: VoteVocabulary, agendas: Heading[][]): Heading[] {
  const dropped = new Set<Heading>();
  const re = vocabulary.itemLists;
  re.lastIndex = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    const m = re.exec(text);
    if (!m) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const titleEnd = m.index + m[0].length;
    let k = firstAtOrAfter(headings, titleEnd);
    // A title inside a list already read (`SOMMAIRE` on every page) adds nothing.
    if (k >= headings.length || dropped.has(headings[k]) || nonBlank(text, titleEnd, headings[k].start) > vocabulary.listLead) continue;
    const style = styleOf(headings[k]);
    // `Liste des décisions …` then `Délibération n° 181/2022 : …`: deliberations are no decisions of the maire.
    if (vocabulary.decisionList.test(m[0]) && headings[k].style === 'labelled' && ACT_LABEL.test(headings[k].label ?? '')) continue;
    const seen = new Set<string>();
    const run: Heading[] = [];
    let loneEnd = text.length;
    for (; k < headings.length; k++) {
      const h = headings[k];
      const key = keyOf(h);
      if (styleOf(h) !== style && !embedded(text, headings, k, style, vocabulary)) break;
      if (styleOf(h) === style && key !== undefined && seen.has(key)) break;
      // A vote close after the entry makes it an item. The last entry's text runs on to whatever
      // follows the list (the opening, the approval of the last minutes): only a vote right after
      // its title is its own.
      const end = k + 1 < headings.length ? headings[k + 1].start : text.length;
      const last = k + 1 >= headings.length || nonBlank(text, h.start, headings[k + 1].start) > vocabulary.listStep;
      const titleEnd = last ? (readObject(text, h.objectStart, end, vocabulary)?.end ?? h.objectStart) : h.objectStart;
      const reach = last ? advance(text, titleEnd, vocabulary.ownVoteReach, end) : advance(text, h.objectStart, vocabulary.listStep, end);
      if (hasVote(source, h.objectStart, reach)) break;
      run.push(h);
      loneEnd = end;
      if (key !== undefined) seen.add(key);
      if (k + 1 < headings.length && nonBlank(text, h.start, headings[k + 1].start) > vocabulary.listStep) break;
    }
    // One heading after a title is an item announced by it, unless it numbers as a decision
    // does (`D2023-01- Réhabilitation …` after `Décisions du Président`) and nothing is voted on it.
    const lone = run.length === 1 && (run[0].style === 'code' || run[0].style === 'numbered') && !hasVote(source, run[0].objectStart, loneEnd);
    if (run.length >= 2 || lone) for (const h of run) dropped.add(h);
    if (run.length >= 2 && !vocabulary.decisionList.test(m[0])) agendas.push(run);
  }
  return headings.filter((h) => !dropped.has(h));
}

/** The words an agenda entry and the item's own title must share at their start. */
const TITLE_WORDS = 6;
/** The longest agenda whose titles are searched, and how far after it (characters). */
const MAX_AGENDA = 150;
const TITLE_SEARCH = 300_000;

/**
 * `ORDRE DU JOUR 1. MODIFICATION DU TABLEAU DES EFFECTIFS 2. …` then, unnumbered in the body,
 * `MODIFICATION DU TABLEAU DES EFFECTIFS Rédigé par …`: where no numbered heading follows the
 * agenda, each entry's title found again after it (in order, its first words alike, case and
 * punctuation aside) opens the item; its number is the agenda's.
 */
function itemsOfAgenda(text: string, agenda: Heading[], after: number, vocabulary: VoteVocabulary): Heading[] {
  const found: Heading[] = [];
  if (agenda.length > MAX_AGENDA) return found;
  // The text after the lists, as its letters and digits only (accents and case aside), each with its offset.
  const folded = foldLetters(text, after, Math.min(text.length, after + TITLE_SEARCH));
  let from = 0;
  agenda.forEach((entry, i) => {
    const limit = agenda[i + 1]?.start ?? text.length;
    const title = readObject(text, entry.objectStart, limit, vocabulary);
    const words = title?.text.match(WORD) ?? [];
    const key = foldLetters(words.slice(0, TITLE_WORDS).join(' '), 0, Infinity).chars;
    if (words.length < 4 || key.length < 20) return;
    for (let at = folded.chars.indexOf(key, from); at >= 0; at = folded.chars.indexOf(key, at + 1)) {
      const start = folded.offsets[at];
      const end = folded.offsets[at + key.length - 1] + 1;
      // Whole words only: `MODIFICATION DU TABLEAU` is not found inside `REMODIFICATION`.
      if (isLetterOrDigit(text, start - 1) || isLetterOrDigit(text, end)) continue;
      const heading: Heading = { style: 'object', start, objectStart: start };
      const number = entry.ordinal ?? entry.number;
      if (number) heading.number = number;
      found.push(heading);
      from = at + key.length;
      break;
    }
  });
  return found;
}

const WORD = /[\p{L}\d]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

function isLetterOrDigit(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER_OR_DIGIT.test(text[at]);
}

/** text[from, to) as its letters and digits, lower case without accents, with the offset of each. */
function foldLetters(text: string, from: number, to: number): { chars: string; offsets: number[] } {
  let chars = '';
  const offsets: number[] = [];
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const ch = text[i];
    if (!LETTER_OR_DIGIT.test(ch)) continue;
    const base = ch.normalize('NFD')[0].toLowerCase();
    chars += base;
    offsets.push(i);
  }
  return { chars, offsets };
}

/** Where a list's last entry ends. */
function listEnd(text: string, run: Heading[], vocabulary: VoteVocabulary): number {
  const last = run[run.length - 1];
  return readObject(text, last.objectStart, text.length, vocabulary)?.end ?? last.objectStart;
}


/** A heading of another style inside a list (`2. Compte rendu des décisions : n°2022-1 3. Adhésion …`): the list goes on after it. */
function embedded(text: string, headings: Heading[], k: number, style: string, vocabulary: VoteVocabulary): boolean {
  const prev = headings[k - 1];
  const next = headings[k + 1];
  if (!prev || !next || styleOf(next) !== style) return false;
  return nonBlank(text, prev.start, headings[k].start) <= vocabulary.listStep && nonBlank(text, headings[k].start, next.start) <= vocabulary.listStep;
}

/** Index of the first heading starting at or after `at` (binary search). */
function firstAtOrAfter(headings: readonly Heading[], at: number): number {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `2. Affaires financières 2.1 …`: a section title right before its first sub-item decides nothing. */
function dropSections(source: Source, text: string, headings: Heading[], vocabulary: VoteVocabulary): Heading[] {
  return headings.filter((h, i) => {
    const next = headings[i + 1];
    if (!h.ordinal || !next?.ordinal) return true;
    const a = ordinalParts(h.ordinal.text);
    const b = ordinalParts(next.ordinal.text);
    const child = b.length === a.length + 1 && a.every((p, j) => p === b[j]) && b[b.length - 1] === 1;
    if (!child || nonBlank(text, h.objectStart, next.start) > vocabulary.sectionLead) return true;
    return hasVote(source, h.objectStart, next.start);
  });
}

/**
 * A number met again: next to itself (a page header) it is one item; further on, the occurrence
 * with a vote counts (the agenda lists objects without votes), else the last.
 */
function dropRepeats(source: Source, text: string, headings: Heading[]): Heading[] {
  const merged: Heading[] = [];
  for (const h of headings) {
    const prev = merged[merged.length - 1];
    const key = keyOf(h);
    if (prev && key !== undefined && keyOf(prev) === key) {
      prev.objectLimit ??= h.start;
      (prev.more ??= []).push(h.objectStart);
      continue;
    }
    merged.push(h);
  }
  const groups = new Map<string, number[]>();
  merged.forEach((h, i) => {
    const key = keyOf(h);
    if (key === undefined) return;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const dropped = new Set<number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const voted = group.filter((i) => {
      const end = i + 1 < merged.length ? merged[i + 1].start : text.length;
      return hasVote(source, merged[i].objectStart, end);
    });
    const keep = new Set(voted);
    if (voted.length > 0) for (const i of group) if (!keep.has(i)) dropped.add(i);
    if (voted.length === 0) for (const i of group.slice(0, -1)) dropped.add(i);
  }
  return merged.filter((_, i) => !dropped.has(i));
}

function styleOf(h: Heading): string {
  return h.ordinal && h.style === 'ordinal' ? 'ordinal' : `${h.style}:${(h.label ?? '').toLowerCase()}`;
}

function keyOf(h: Heading): string | undefined {
  const n = h.number ?? h.ordinal;
  return n ? numberKey(n.text) : undefined;
}

// ── One act ──────────────────────────────────────────────────────────────────────────────────

function actItems(source: Source, text: string, headings: Heading[], vocabulary: VoteVocabulary): MeetingItem[] {
  const acts: Heading[] = headings.filter((h) => h.style === 'labelled' && !!h.number && ACT_LABEL.test(h.label ?? ''));
  const label = vocabulary.numberLabel;
  label.lastIndex = 0;
  for (let guard = 0; guard < 1000; guard++) {
    const m = label.exec(text);
    if (!m) break;
    const n = m.groups?.number ?? '';
    const at = m.index + m[0].lastIndexOf(n);
    acts.push({ style: 'labelled', start: m.index, objectStart: m.index + m[0].length, number: { text: n, start: at, end: at + n.length } });
  }
  if (acts.length === 0) {
    // No `Délibération n°`: act codes opening an object (`C 2023/02/1- INSTITUTIONS …` repeated
    // for each act), else the first number of the header, before the object.
    const codes = headings.filter((h, i) => h.style === 'code' && !!readObject(text, h.objectStart, headings[i + 1]?.start ?? text.length, vocabulary));
    if (codes.length > 0) acts.push(...codes);
    else {
      const objectAt = firstMatch(vocabulary.objectLabel, text, 0);
      const headEnd = objectAt >= 0 ? objectAt : Math.min(text.length, ACT_HEAD);
      const first = headings.find((h) => h.style === 'numbered' && h.start < headEnd);
      if (first) acts.push(first);
    }
  }
  acts.sort((a, b) => a.start - b.start);
  // One item per distinct number, in order of first appearance; a repeated number (a page
  // header) lends its object when the first has none.
  const firsts: Heading[] = [];
  const byKey = new Map<string, Heading>();
  acts.forEach((h, i) => {
    const key = h.number ? numberKey(h.number.text) : '';
    const first = byKey.get(key);
    const next = acts[i + 1]?.start ?? text.length;
    if (first) {
      (first.more ??= []).push(h.objectStart);
      (first.limits ??= []).push(next);
      return;
    }
    h.objectLimit = next;
    byKey.set(key, h);
    firsts.push(h);
  });
  if (firsts.length === 0) {
    const item = wholeAct(source, text, vocabulary);
    return item ? [item] : [];
  }
  const starts = firsts.map((h, i) => (i === 0 ? 0 : splitBefore(text, firsts[i - 1], h, vocabulary)));
  return firsts.map((h, i) => {
    const end = i + 1 < firsts.length ? starts[i + 1] : text.length;
    const limitAfter = (at: number) => {
      const k = h.more?.indexOf(at) ?? -1;
      return Math.min(end, k >= 0 && h.limits ? h.limits[k] : end);
    };
    return makeItem(source, text, h, h.objectStart, limitAfter, starts[i], end, vocabulary, true);
  });
}

/** An extrait with no number: an item when it states an object or a vote. */
function wholeAct(source: Source, text: string, vocabulary: VoteVocabulary): MeetingItem | undefined {
  const objectAt = firstMatch(vocabulary.objectLabel, text, 0);
  const object = objectAt >= 0 ? objectAfterLabel(text, objectAt, text.length, vocabulary) : undefined;
  const vote = parseItemVote(source, 0, text.length);
  if (!object && !vote) return undefined;
  const item: MeetingItem = { range: source.joined.rangeAt(0, text.length) };
  if (object) item.object = located(source, object);
  if (vote) item.vote = vote;
  return item;
}

/** Where the next act of a file begins: at its `EXTRAIT DU REGISTRE` title when it repeats one. */
function splitBefore(text: string, prev: Heading, next: Heading, vocabulary: VoteVocabulary): number {
  const re = vocabulary.actTitle;
  re.lastIndex = prev.objectStart;
  let at = next.start;
  for (let guard = 0; guard < 1000; guard++) {
    const m = re.exec(text);
    if (!m || m.index >= next.start) break;
    at = m.index;
  }
  return at;
}

/** Where `re` first matches in [from, to) (the whole text by default), or -1. */
function firstMatch(re: RegExp, text: string, from: number, to = text.length): number {
  const slice = to < text.length ? text.slice(0, to) : text;
  re.lastIndex = from;
  const m = re.exec(slice);
  return m ? m.index : -1;
}

function objectAfterLabel(text: string, at: number, limit: number, vocabulary: VoteVocabulary): Span | undefined {
  const re = vocabulary.objectLabel;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || m.index !== at) return undefined;
  return readObject(text, at + m[0].length, limit, vocabulary);
}

// ── Items ────────────────────────────────────────────────────────────────────────────────────

function makeItem(
  source: Source,
  text: string,
  h: Heading,
  objectFrom: number,
  /** Where an object starting at a position must stop (the next heading). */
  limitAfter: (at: number) => number,
  start: number,
  end: number,
  vocabulary: VoteVocabulary,
  oneAct = false,
): MeetingItem {
  const item: MeetingItem = { range: source.joined.rangeAt(start, end) };
  const number = h.number ?? h.ordinal;
  if (number) item.number = located(source, number);
  let object: Span | undefined;
  if (oneAct) {
    const labelAt = firstMatch(vocabulary.objectLabel, text, start, end);
    if (labelAt >= 0) object = objectAfterLabel(text, labelAt, end, vocabulary);
  }
  const objectLimit = limitAfter(objectFrom);
  let limit = h.absorbed !== undefined && h.absorbed > objectFrom ? Math.min(h.absorbed, objectLimit) : objectLimit;
  if (h.objectLimit !== undefined) limit = Math.min(limit, Math.max(objectFrom, h.objectLimit));
  object ??= readObject(text, objectFrom, limit, vocabulary);
  for (const more of h.more ?? []) object ??= readObject(text, more, limitAfter(more), vocabulary);
  if (object) item.object = located(source, object);
  // In a list the vote follows the object (which may hold `ADOPTEES` in a title); an extrait's header box comes first.
  const voteFrom = oneAct ? start : Math.max(start, object?.end ?? h.objectStart);
  const vote = parseItemVote(source, voteFrom, end);
  if (vote) item.vote = vote;
  return item;
}

function located(source: Source, span: Span): Located<string> {
  return { value: span.text, range: source.joined.rangeAt(span.start, span.end) };
}
