/**
 * The préfecture's ACTES stamps of a document. The box is printed on every page, so a flattened PDF
 * holds it many times, often cut up by the page's own text (`Envoyé … ALÈS AGGLOMÉRATION Reçu …`).
 * Each part (sent, received, published, ID) is read where it stands; parts lying close together
 * make one stamp. Distinct stamps are returned once; every part's span is returned, so the other
 * readers can mask exactly the stamp's words and keep the page's text that slipped between them.
 */
import { findFrenchDates, calendarDate } from '../../text/french-dates';
import type { ActesId, ActesStamp, DateRef } from '../types';
import type { StampVocabulary } from '../../templates/vocabulary/stamps';
import type { Source, Span } from './source';

type PartKind = 'sent' | 'received' | 'published' | 'id';

interface Part {
  kind: PartKind;
  start: number;
  end: number;
  date?: DateRef;
  id?: ActesId;
}

export interface ParsedStamps {
  stamps: ActesStamp[];
  /** Every part of every occurrence, in text order: what the other readers mask. */
  spans: Span[];
}

/** Parts are looked for in at most this many characters: a pasted megabyte is not a document head. */
const MAX_TEXT = 2_000_000;

export function parseActesStamps(source: Source): ParsedStamps {
  const text = source.joined.text.length > MAX_TEXT ? source.joined.text.slice(0, MAX_TEXT) : source.joined.text;
  const vocab = source.profile.vocabulary.stamps;
  const parts = [...boxParts(source, text, vocab), ...executoryParts(source, text, vocab)];
  parts.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = dropOverlaps(parts);
  const groups = groupParts(kept, vocab.partGap).filter((g) => g.some((p) => p.kind !== 'published'));
  const used = groups.flat();
  const spans: Span[] = used.map((p) => [p.start, p.end] as const);
  return { stamps: distinctStamps(source, groups), spans };
}

// ── Parts ────────────────────────────────────────────────────────────────────────────────────

function boxParts(source: Source, text: string, vocab: StampVocabulary): Part[] {
  const parts: Part[] = [];
  for (const [kind, pattern] of [['sent', vocab.sent], ['received', vocab.received], ['published', vocab.published]] as const) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      parts.push(datedPart(source, text, kind, start, start + m[0].length, vocab.dateReach));
    }
  }
  for (const m of text.matchAll(vocab.id)) {
    const start = m.index ?? 0;
    const part = idPart(source, text, m, start, vocab);
    if (part) parts.push(part);
  }
  return parts;
}

/** A label and, when it follows within `reach` characters, its date. */
function datedPart(source: Source, text: string, kind: PartKind, start: number, labelEnd: number, reach: number): Part {
  const part: Part = { kind, start, end: labelEnd };
  const after = text.slice(labelEnd, labelEnd + reach + 40);
  const first = findFrenchDates(after)[0];
  if (first?.date && first.start <= reach && /^[\s:]*$/.test(after.slice(0, first.start))) {
    const s = labelEnd + first.start;
    const e = labelEnd + first.end;
    part.date = { date: first.date, text: text.slice(s, e), range: source.joined.rangeAt(s, e) };
    part.end = e;
  }
  return part;
}

function idPart(source: Source, text: string, m: RegExpMatchArray, start: number, vocab: StampVocabulary): Part | undefined {
  const headEnd = start + m[0].length;
  const tail = text.slice(headEnd, headEnd + 80);
  let number: string;
  let nature = '';
  let tailLength: number;
  const full = vocab.idTail.exec(tail);
  const glued = full ? null : vocab.idTailGlued.exec(tail);
  if (full) {
    number = full[1].trim();
    nature = full[2];
    tailLength = full[0].length;
  } else if (glued) {
    number = glued[1];
    nature = glued[2];
    tailLength = glued[0].length;
  } else {
    const bare = vocab.idTailBare.exec(tail);
    if (!bare) return undefined;
    // Without its nature the number's end is uncertain only by a trailing separator.
    number = bare[0];
    while (number.length > 0 && '-_./'.includes(number[number.length - 1])) number = number.slice(0, -1);
    tailLength = number.length;
    if (number.length === 0) return undefined;
  }
  // Where the ID itself begins: after `ID :` or `Accusé de réception en préfecture`.
  const idStart = headEnd - (m[0].length - m[0].search(/\d/));
  const idEnd = headEnd + tailLength;
  const d = m[3];
  const id: ActesId = {
    text: text.slice(idStart, idEnd),
    departement: m[1],
    siren: m[2],
    number,
    nature,
    range: source.joined.rangeAt(idStart, idEnd),
  };
  const date = calendarDate(Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8)));
  if (date) id.date = date;
  return { kind: 'id', start, end: idEnd, id };
}

/** `Certifié exécutoire … transmis en préfecture le … publié le …`: dated parts after the opening words. */
function executoryParts(source: Source, text: string, vocab: StampVocabulary): Part[] {
  const parts: Part[] = [];
  for (const m of text.matchAll(vocab.executory)) {
    const from = (m.index ?? 0) + m[0].length;
    const window = text.slice(from, from + vocab.executoryReach);
    for (const [kind, pattern] of [['sent', vocab.executorySent], ['received', vocab.executoryReceived], ['published', vocab.executoryPublished]] as const) {
      pattern.lastIndex = 0;
      const found = pattern.exec(window);
      if (!found) continue;
      const start = from + found.index;
      const part = datedPart(source, text, kind, start, start + found[0].length, vocab.dateReach);
      // An executory mention's part counts only with its date: `publié le` alone is prose.
      if (part.date) parts.push(part);
    }
  }
  return parts;
}

/** Parts read twice (the executory mention's `publié le` is also a box label): the first, longest one stays. */
function dropOverlaps(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) {
      if (p.end - p.start > last.end - last.start && p.start === last.start) out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

// ── Stamps ───────────────────────────────────────────────────────────────────────────────────

/** Consecutive parts, each kind once, none further than `gap` characters from the previous one. */
function groupParts(parts: readonly Part[], gap: number): Part[][] {
  const groups: Part[][] = [];
  let current: Part[] = [];
  for (const p of parts) {
    const last = current[current.length - 1];
    if (last && (p.start - last.end > gap || current.some((q) => q.kind === p.kind))) {
      groups.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** What makes two occurrences the same stamp: their dates and the ID's figures (OCR spacing aside). */
function stampKey(group: readonly Part[]): string {
  const of = (kind: PartKind) => group.find((p) => p.kind === kind);
  const day = (p: Part | undefined) => (p?.date ? `${p.date.date.year}-${p.date.date.month}-${p.date.date.day}` : '');
  const id = of('id')?.id;
  const idKey = id ? `${id.departement}${id.siren}${id.date ? '' : '?'}${id.number.replace(/[\s_./-]+/g, '')}` : '';
  return `${day(of('sent'))}|${day(of('received'))}|${idKey}`;
}

/** How complete and clean one occurrence is: the one a distinct stamp is read from. */
function quality(group: readonly Part[]): number {
  let q = group.length * 10;
  for (const p of group) {
    if (p.date) q += 2;
    if (p.id && !/\s/.test(p.id.number)) q += 1;
    if (p.id?.nature) q += 1;
  }
  return q;
}

function distinctStamps(source: Source, all: readonly Part[][]): ActesStamp[] {
  // A page whose ID was cut off is the same stamp as one with an ID and the same dates.
  const withId = all.filter((g) => g.some((p) => p.kind === 'id'));
  const dates = new Set(withId.map((g) => stampKey(g).replace(/\|[^|]*$/, '')));
  const groups = all.filter((g) => g.some((p) => p.kind === 'id') || !dates.has(stampKey(g).replace(/\|[^|]*$/, '')));
  const byKey = new Map<string, Part[][]>();
  const order: string[] = [];
  for (const g of groups) {
    const key = stampKey(g);
    const list = byKey.get(key);
    if (list) list.push(g);
    else {
      byKey.set(key, [g]);
      order.push(key);
    }
  }
  const stamps: ActesStamp[] = [];
  for (const key of order) {
    const occurrences = byKey.get(key) ?? [];
    let best = occurrences[0];
    for (const g of occurrences) if (quality(g) > quality(best)) best = g;
    const start = best[0].start;
    const end = best[best.length - 1].end;
    const stamp: ActesStamp = { range: source.joined.rangeAt(start, end) };
    for (const p of best) {
      if (p.kind === 'id' && p.id) stamp.id = p.id;
      else if (p.date && p.kind !== 'id') stamp[p.kind] = p.date;
    }
    // A date the best occurrence lacks (`Publié le` blank on later pages) is taken from another one.
    if (!stamp.published) {
      const other = occurrences.flat().find((p) => p.kind === 'published' && p.date);
      if (other?.date) stamp.published = other.date;
    }
    stamps.push(stamp);
  }
  return stamps;
}
