/**
 * The attendance of a meeting of any assembly (collectivites.md §3): its counts and the members its
 * lists name, each with a status, a proxy, a suppléant, a time qualifier.
 *
 * The attendance is one block near the head of a document: counts and lists follow each other with
 * little prose between. Further on, the same words head other things — a commission's members in
 * the minutes, a vote's `dont 3 procurations` — so only the first block is read: the elements that
 * follow each other with at most `BLOCK_GAP` characters between (`firstBlock` says which block).
 *
 * Each member is read once: a proxy written on both sides (`Y (procuration de X)` and `X (pouvoir
 * à Y)`), or a member named among the excused then in `Pouvoirs : X à Y`, is one attendee.
 *
 * The text is read with the ACTES stamps blanked out (`unmaskedText`): a stamp repeated on every
 * page may fall inside a list.
 */
import type { AttendanceVocabulary, ListKind } from '../../templates/vocabulary/attendance';
import { foldKey } from '../../text/normalize';
import type { Attendee, AttendanceCount, Located, MeetingAttendance, Person } from '../types';
import { assignItems, figureAt, isWordChar, scanCounts, Window, type CountHit } from './attendance-counts';
import { readList, type ListRead } from './attendees';
import { unmaskedText, type Source } from './source';

/** Characters of prose allowed between two parts of one attendance block (a secretary, a date). */
const BLOCK_GAP = 600;
/** A list runs at most this far: past it, it is prose that was not told from names. */
const MAX_LIST = 12_000;

interface HeaderHit {
  kind: ListKind;
  start: number;
  labelEnd: number;
  bodyStart: number;
  label: string;
}

type Element = { type: 'count'; start: number; end: number; hit: CountHit } | { type: 'list'; start: number; end: number; header: HeaderHit; list: ListRead };

/** The text is scanned this much at a time, so that a long document is read only up to its attendance. */
const WINDOW = 50_000;
/** Members read in one block before it is taken as closed. */
const MAX_ATTENDEES = 1_000;
/** Elements looked at before giving up: no attendance has thousands of labels before it. */
const MAX_ELEMENTS = 3_000;

/**
 * Counts and list headers in text order, scanned a window at a time; a list is read when reached,
 * up to the next element (which the scan has then seen: it runs `MAX_LIST` ahead).
 */
class ElementScanner {
  private scanned = 0;
  private readonly pending: { at: number; hit?: CountHit; header?: HeaderHit }[] = [];
  private readonly starts: number[] = [];

  constructor(
    readonly source: Source,
    readonly text: string,
    readonly vocab: AttendanceVocabulary,
  ) {}

  private scanTo(to: number): void {
    const end = Math.min(this.text.length, to);
    if (end <= this.scanned) return;
    const found = [
      ...scanCounts(this.text, this.vocab, this.scanned, end).map((hit) => ({ at: Math.min(hit.labelStart, hit.figureStart), hit })),
      ...scanHeaders(this.text, this.vocab, this.scanned, end).map((header) => ({ at: header.start, header })),
    ].sort((a, b) => a.at - b.at);
    // A box's figures may precede its first label: anything found before what is already pending is dropped.
    const last = this.pending.length > 0 ? this.pending[this.pending.length - 1].at : -1;
    for (const f of found) {
      if (f.at <= last) continue;
      this.pending.push(f);
      this.starts.push(f.at);
    }
    this.scanned = end;
  }

  private nextStart(after: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= after) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : this.text.length;
  }

  *elements(): Generator<Element> {
    const { text, vocab, source } = this;
    let k = 0;
    while (k < MAX_ELEMENTS) {
      if (k >= this.pending.length) {
        if (this.scanned >= text.length) return;
        this.scanTo(this.scanned + WINDOW);
        continue;
      }
      const p = this.pending[k];
      if (p.header && this.scanned < text.length && this.scanned < p.header.bodyStart + MAX_LIST + 1) {
        this.scanTo(p.header.bodyStart + MAX_LIST + 1);
        continue;
      }
      k++;
      if (p.hit) yield { type: 'count', start: p.at, end: Math.max(p.hit.labelEnd, p.hit.figureEnd), hit: p.hit };
      else if (p.header) {
        const header = p.header;
        const to = Math.min(this.nextStart(header.bodyStart - 1), header.bodyStart + MAX_LIST);
        const list = readList(source, text, vocab, { kind: header.kind, label: header.label }, header.bodyStart, to);
        yield { type: 'list', start: header.start, end: Math.max(list.end, header.labelEnd), header, list };
      }
    }
  }
}

export function parseMeetingAttendance(source: Source): MeetingAttendance {
  try {
    return readAttendance(source);
  } catch {
    // A reader never fails a document: an attendance it cannot read is an attendance not read.
    return { counts: [], attendees: [] };
  }
}

function readAttendance(source: Source): MeetingAttendance {
  const vocab = source.profile.vocabulary.attendance;
  const text = unmaskedText(source);
  const scanner = new ElementScanner(source, text, vocab);
  const block = firstBlock(scanner.elements());
  if (block.length === 0) return { counts: [], attendees: [] };
  const blockStart = block[0].start;
  let blockEnd = blockStart;
  for (const e of block) blockEnd = Math.max(blockEnd, e.end);

  const countHits = assignItems(
    text,
    block.flatMap((e) => (e.type === 'count' ? [e.hit] : [])),
    vocab,
    Math.max(0, blockStart - 200),
  );
  let attendees: Attendee[] = [];
  const derived: Attendee[] = [];
  const pairing = new Set<Attendee>();
  const partial: Located<string>[] = [];
  for (const e of block) {
    if (e.type !== 'list' || e.header.kind === 'others') continue;
    if (e.list.partial) partial.push({ value: e.header.label, range: source.joined.rangeAt(e.header.start, e.header.labelEnd) });
    attendees.push(...e.list.attendees);
    derived.push(...e.list.derived);
    if (e.header.kind === 'proxies' || e.header.kind === 'represented') for (const a of e.list.attendees) pairing.add(a);
  }
  attendees = mergeProxyLists(attendees, pairing);
  let start = blockStart;
  if (!attendees.some((a) => a.status === 'present')) {
    const groups = readMemberGroups(source, text, vocab, blockStart);
    if (groups) {
      attendees = [...groups.attendees, ...attendees];
      start = groups.start;
    }
  }
  link(attendees, derived);
  const attendance: MeetingAttendance = {
    counts: countHits.map((hit) => toCount(source, text, hit)),
    attendees,
    range: source.joined.rangeAt(start, blockEnd),
  };
  if (partial.length > 0) attendance.partial = partial;
  return attendance;
}

/** How far before the attendance block the members may be listed by commune. */
const GROUPS_BEFORE = 4000;

/**
 * The members present listed by member commune just before the counts, with no header
 * (`LES HERBIERS : Véronique BESSE – Roger BRIAND … MOUCHAMPS : Hervé ROBINEAU …`): read only when
 * two communes at least head names and the list runs up to the block.
 */
function readMemberGroups(source: Source, text: string, vocab: AttendanceVocabulary, blockStart: number): { attendees: Attendee[]; start: number } | undefined {
  const from = Math.max(0, blockStart - GROUPS_BEFORE);
  const labels: number[] = [];
  // A capital starting a word, then the commune's name tried there (sticky): the name's words are
  // read once from its start, not again from every position inside them.
  const starts = new Window(vocab.memberGroupStart, text, from, blockStart);
  for (let at = starts.next(); at >= 0; at = starts.next()) {
    const length = starts.matchAt(vocab.memberGroup, at);
    if (length === undefined) continue;
    labels.push(at);
    starts.resume(at + length);
  }
  for (const at of labels) {
    const inside = labels.filter((l) => l >= at).length;
    if (inside < 2) return undefined;
    const list = readList(source, text, vocab, { kind: 'present', label: '' }, at, blockStart);
    if (list.attendees.length === 0 || blockStart - list.end > 40) continue;
    for (const a of list.attendees) delete a.label;
    return { attendees: list.attendees, start: at };
  }
  return undefined;
}

/**
 * The attendance block: the first run of elements close to each other that names somebody; else
 * the first with two counts; else the first with one labelled count (`Nombre de conseillers en
 * exercice : 45`). A figure-first count alone (`3 absents`) may be prose: it makes no block.
 */
function firstBlock(elements: Iterable<Element>): Element[] {
  let current: Element[] = [];
  let end = -Infinity;
  let withCounts: Element[] | undefined;
  let withLabel: Element[] | undefined;
  const names = (block: Element[]) => block.some((e) => e.type === 'list' && e.header.kind !== 'others' && e.list.attendees.length > 0);
  const close = (block: Element[]) => {
    const counts = block.filter((e) => e.type === 'count');
    if (!withCounts && counts.length >= 2) withCounts = block;
    if (!withLabel && counts.some((e) => e.type === 'count' && e.hit.labelStart < e.hit.figureStart)) withLabel = block;
  };
  let named = 0;
  for (const e of elements) {
    const empty = e.type === 'list' && e.list.attendees.length === 0 && e.header.kind !== 'others';
    // No assembly has a thousand members: past that, the text is no attendance of one.
    if (named > MAX_ATTENDEES) break;
    if (current.length > 0 && e.start - end > BLOCK_GAP) {
      if (names(current)) return current;
      close(current);
      current = [];
      named = 0;
      end = -Infinity;
    }
    // An empty list opens no block (`PRESENTS : L'an deux mille …` over an opening sentence).
    if (current.length === 0 && (empty || (e.type === 'list' && e.header.kind === 'others'))) continue;
    current.push(e);
    if (e.type === 'list') named += e.list.attendees.length;
    end = Math.max(end, e.end);
  }
  if (names(current)) return current;
  close(current);
  return withCounts ?? withLabel ?? [];
}

/** The list headers of the text, with where each list's names begin. */
function scanHeaders(text: string, vocab: AttendanceVocabulary, from: number, to: number): HeaderHit[] {
  const out: HeaderHit[] = [];
  // Figure-first headers (`18 membres du Bureau étaient présents :`) are found by their last digit.
  const starts = new Window(vocab.headerStart, text, from, to);
  let colon = -1;
  for (let found = starts.next(); found >= 0; found = starts.next()) {
    let at = found;
    if (/\d/u.test(text[at])) {
      while (at > 0 && found - at < 2 && /\d/u.test(text[at - 1])) at--;
    }
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) {
      starts.resume(found + 1);
      continue;
    }
    // A header has its colon a few words on, or a civility after it: most candidates have neither.
    while (colon < at) colon = nextColon(text, at, to);
    if (colon - at > 90 && !vocab.civilityAhead.test(text.slice(at, at + 120))) continue;
    let best: { kind: ListKind; end: number; colonOptional: boolean } | undefined;
    for (const { kind, pattern, colonOptional } of vocab.listHeaders) {
      pattern.lastIndex = at;
      const h = pattern.exec(text);
      if (h && (!best || at + h[0].length > best.end)) best = { kind, end: at + h[0].length, colonOptional: !!colonOptional };
    }
    if (!best) continue;
    // Rejected below, the next start may lie inside this one (`29 Etaient présents`).
    starts.resume(found + 1);
    // A header is written as one: capitalised, not inside a parenthesis, not a word of a sentence.
    if (!/[\p{Lu}\d]/u.test(text[at])) continue;
    // `18 membres du Bureau étaient présents :` goes on a sentence; `29 Etaient présents` is a box's last figure.
    if (/\d/u.test(text[at]) && !/^\d+\s+\p{Ll}/u.test(text.slice(at, at + 8))) continue;
    if (at > 0 && /[(\p{L}]/u.test(text[at - 1])) continue;
    let body = skip(text, best.end);
    if (text[body] === ':') body = skip(text, body + 1);
    else if (!best.colonOptional || vocab.civilityAhead.exec(text.slice(body, body + 12))?.index !== 0) continue;
    // `Présents : 25` is a count.
    if (figureAt(text, body, vocab)) continue;
    out.push({ kind: best.kind, start: at, labelEnd: best.end, bodyStart: body, label: text.slice(at, best.end).replace(/\s+/gu, ' ') });
    starts.resume(body);
  }
  return out;
}

/** The next colon at or after `at` (searched a little past `to`), or a position far beyond. */
function nextColon(text: string, at: number, to: number): number {
  const k = text.indexOf(':', at);
  return k < 0 || k > to + 200 ? Math.max(at, to) + 1000 : k;
}

function skip(text: string, at: number): number {
  let k = at;
  while (k < text.length && /\s/u.test(text[k])) k++;
  return k;
}

function toCount(source: Source, text: string, hit: CountHit): AttendanceCount {
  const count: AttendanceCount = {
    kind: hit.kind,
    value: hit.value,
    range: source.joined.rangeAt(hit.figureStart, hit.figureEnd),
    labelRange: source.joined.rangeAt(hit.labelStart, hit.labelEnd),
  };
  if (hit.items) {
    const [s, e] = hit.items;
    count.items = { value: text.slice(s, e).replace(/\s+/gu, ' '), range: source.joined.rangeAt(s, e) };
  }
  return count;
}

/** Same member: same key, or the same surname when one of the two mentions gives no first name. */
function samePerson(a: Person, b: Person): boolean {
  if (a.key === b.key) return true;
  if (a.firstName && b.firstName) return false;
  return foldKey(a.lastName) === foldKey(b.lastName);
}

/** The attendees by surname, for the look-ups of `samePerson` (a long list is not searched for each). */
class BySurname {
  private readonly map = new Map<string, Attendee[]>();
  constructor(attendees: readonly Attendee[]) {
    for (const a of attendees) this.add(a);
  }
  add(a: Attendee): void {
    const key = foldKey(a.person.lastName);
    const list = this.map.get(key);
    if (list) list.push(a);
    else this.map.set(key, [a]);
  }
  find(person: Person, accept: (a: Attendee) => boolean): Attendee | undefined {
    return this.map.get(foldKey(person.lastName))?.find((a) => accept(a) && samePerson(a.person, person));
  }
}

/**
 * `Excusés : X, …` then `Pouvoirs : X à Y`: one member, named twice. The pairing joins the member's
 * first mention, which keeps its label; the member is not read twice.
 */
function mergeProxyLists(attendees: Attendee[], pairing: ReadonlySet<Attendee>): Attendee[] {
  if (pairing.size === 0) return attendees;
  const dropped = new Set<Attendee>();
  const index = new BySurname(attendees);
  for (const a of attendees) {
    if (!pairing.has(a)) continue;
    const own = index.find(a.person, (o) => o !== a && !pairing.has(o) && !dropped.has(o) && o.status !== 'present');
    if (!own || (own.proxyTo && a.proxyTo)) continue;
    if (a.proxyTo) own.proxyTo = a.proxyTo;
    own.status = 'represented';
    if (!own.qualifier && a.qualifier) own.qualifier = a.qualifier;
    dropped.add(a);
  }
  return dropped.size === 0 ? attendees : attendees.filter((a) => !dropped.has(a));
}

/**
 * Ties what the lists say of the same member: a proxy named on the holder's side joins the
 * member's own mention (or stands for it when the member is named nowhere else), and a titulaire
 * `représenté par sa suppléante` and the suppléant present name each other.
 */
function link(attendees: Attendee[], derived: readonly Attendee[]): void {
  const index = new BySurname(attendees);
  for (const d of derived) {
    const own = index.find(d.person, (a) => a.status !== 'present');
    if (!own) {
      attendees.push(d);
      index.add(d);
      continue;
    }
    if (!own.proxyTo && d.proxyTo) {
      own.proxyTo = d.proxyTo;
      own.status = 'represented';
    }
  }
  for (const t of attendees) {
    if (!t.replacedBy) continue;
    const sub = index.find(t.replacedBy, (a) => a.status === 'present');
    if (sub && !sub.substituteFor) sub.substituteFor = t.person;
  }
  for (const s of attendees) {
    if (!s.substituteFor) continue;
    const tit = index.find(s.substituteFor, (a) => a !== s && a.status !== 'present');
    if (tit && !tit.replacedBy) tit.replacedBy = s.person;
  }
}
