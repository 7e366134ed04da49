/**
 * The attendance of a meeting of any assembly (collectivites.md §3): its counts and the members its
 * lists name, each with a status, a proxy, a suppléant, a time qualifier.
 *
 * The attendance is one block near the head of a document: counts and lists follow each other with
 * little prose between. Further on, the same words head other things — a commission's members in
 * the minutes, a vote's `dont 3 procurations` — so only the first block is read: the elements that
 * follow each other with at most `BLOCK_GAP` characters between. A block that names nobody and
 * holds a single count is a stray label, not the attendance.
 *
 * The text is read with the ACTES stamps blanked out (`unmaskedText`): a stamp repeated on every
 * page may fall inside a list.
 */
import type { AttendanceVocabulary, ListKind } from '../../templates/vocabulary/attendance';
import { foldKey } from '../../text/normalize';
import type { Attendee, AttendanceCount, MeetingAttendance, Person } from '../types';
import { assignItems, figureAt, scanCounts, type CountHit } from './attendance-counts';
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
  const counts = scanCounts(text, vocab);
  const headers = scanHeaders(text, vocab);
  const starts = [...counts.map((c) => Math.min(c.labelStart, c.figureStart)), ...headers.map((h) => h.start)].sort((a, b) => a - b);
  const nextStart = (after: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= after) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : text.length;
  };

  // Lists are read in text order, only as far as the attendance block goes: a long document's
  // later headers cost nothing.
  type Pending = { at: number; hit?: CountHit; header?: HeaderHit };
  const pending: Pending[] = [...counts.map((hit) => ({ at: Math.min(hit.labelStart, hit.figureStart), hit })), ...headers.map((header) => ({ at: header.start, header }))].sort(
    (a, b) => a.at - b.at,
  );
  const elements = function* (): Generator<Element> {
    for (const p of pending) {
      if (p.hit) yield { type: 'count', start: p.at, end: Math.max(p.hit.labelEnd, p.hit.figureEnd), hit: p.hit };
      else if (p.header) {
        const header = p.header;
        const to = Math.min(nextStart(header.bodyStart - 1), header.bodyStart + MAX_LIST);
        const list = readList(source, text, vocab, { kind: header.kind, label: header.label }, header.bodyStart, to);
        yield { type: 'list', start: header.start, end: Math.max(list.end, header.labelEnd), header, list };
      }
    }
  };

  const block = firstBlock(elements());
  if (block.length === 0) return { counts: [], attendees: [] };
  const blockStart = block[0].start;
  const blockEnd = Math.max(...block.map((e) => e.end));

  const countHits = assignItems(
    text,
    block.flatMap((e) => (e.type === 'count' ? [e.hit] : [])),
    vocab,
    Math.max(0, blockStart - 200),
  );
  let attendees: Attendee[] = [];
  const derived: Attendee[] = [];
  const pairing = new Set<Attendee>();
  for (const e of block) {
    if (e.type !== 'list' || e.header.kind === 'others') continue;
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
  return {
    counts: countHits.map((hit) => toCount(source, text, hit)),
    attendees,
    range: source.joined.rangeAt(start, blockEnd),
  };
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
  const pattern = new RegExp(vocab.memberGroup.source, vocab.memberGroup.flags);
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < blockStart; m = pattern.exec(text)) labels.push(m.index);
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
  for (const e of elements) {
    const empty = e.type === 'list' && e.list.attendees.length === 0 && e.header.kind !== 'others';
    if (current.length > 0 && e.start - end > BLOCK_GAP) {
      if (names(current)) return current;
      close(current);
      current = [];
      end = -Infinity;
    }
    // An empty list opens no block (`PRESENTS : L'an deux mille …` over an opening sentence).
    if (current.length === 0 && (empty || (e.type === 'list' && e.header.kind === 'others'))) continue;
    current.push(e);
    end = Math.max(end, e.end);
  }
  if (names(current)) return current;
  close(current);
  return withCounts ?? withLabel ?? [];
}

/** The list headers of the text, with where each list's names begin. */
function scanHeaders(text: string, vocab: AttendanceVocabulary): HeaderHit[] {
  const out: HeaderHit[] = [];
  const starts = new RegExp(`${vocab.labelStart.source}|(?<![\\p{L}\\p{N}])\\d{1,3}\\s+(?=\\p{Ll})`, vocab.labelStart.flags);
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const at = m.index;
    let best: { kind: ListKind; end: number; colonOptional: boolean } | undefined;
    for (const { kind, pattern, colonOptional } of vocab.listHeaders) {
      pattern.lastIndex = at;
      const h = pattern.exec(text);
      if (h && (!best || at + h[0].length > best.end)) best = { kind, end: at + h[0].length, colonOptional: !!colonOptional };
    }
    if (!best) continue;
    // Rejected below, the next start may lie inside this one (`29 Etaient présents`).
    starts.lastIndex = at + 1;
    // A header is written as one: capitalised, not inside a parenthesis, not a word of a sentence.
    if (!/[\p{Lu}\d]/u.test(text[at])) continue;
    // `18 membres du Bureau étaient présents :` goes on a sentence; `29 Etaient présents` is a box's last figure.
    if (/\d/u.test(text[at]) && !/^\d+\s+\p{Ll}/u.test(text.slice(at, at + 8))) continue;
    if (at > 0 && /[(\p{L}]/u.test(text[at - 1])) continue;
    let body = skip(text, best.end);
    if (text[body] === ':') body = skip(text, body + 1);
    else if (!best.colonOptional || !/^(?:M\.|Mme|MM\.?|Mmes|Madame|Monsieur|Mesdames|Messieurs)\s/u.test(text.slice(body, body + 12))) continue;
    // `Présents : 25` is a count.
    if (figureAt(text, body, vocab)) continue;
    out.push({ kind: best.kind, start: at, labelEnd: best.end, bodyStart: body, label: text.slice(at, best.end).replace(/\s+/gu, ' ') });
    starts.lastIndex = body;
  }
  return out;
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

/**
 * `Excusés : X, …` then `Pouvoirs : X à Y`: one member, named twice. The pairing joins the member's
 * first mention, which keeps its label; the member is not read twice.
 */
function mergeProxyLists(attendees: Attendee[], pairing: ReadonlySet<Attendee>): Attendee[] {
  const dropped = new Set<Attendee>();
  for (const a of attendees) {
    if (!pairing.has(a)) continue;
    const own = attendees.find((o) => o !== a && !pairing.has(o) && !dropped.has(o) && o.status !== 'present' && samePerson(o.person, a.person));
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
  for (const d of derived) {
    const own = attendees.find((a) => a.status !== 'present' && samePerson(a.person, d.person));
    if (!own) {
      attendees.push(d);
      continue;
    }
    if (!own.proxyTo && d.proxyTo) {
      own.proxyTo = d.proxyTo;
      if (own.status !== 'represented') own.status = 'represented';
    }
  }
  for (const t of attendees) {
    if (!t.replacedBy) continue;
    const sub = attendees.find((a) => a.status === 'present' && samePerson(a.person, t.replacedBy as Person));
    if (sub && !sub.substituteFor) sub.substituteFor = t.person;
  }
  for (const s of attendees) {
    if (!s.substituteFor) continue;
    const tit = attendees.find((a) => a !== s && a.status !== 'present' && samePerson(a.person, s.substituteFor as Person));
    if (tit && !tit.replacedBy) tit.replacedBy = s.person;
  }
}
