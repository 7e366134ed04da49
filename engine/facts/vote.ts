/**
 * What the vote rules of every assembly derive from an item's vote (docs/domain.md Part B,
 * « Relations a checker can verify »: vote, majority): the votants it is counted against, whether
 * that figure is confirmed by the attendance, whether the vote is stated unanimous, the distinct
 * members named for a side, who among the attendees a named voter is, and whether an attendance
 * status holds for one item once its time qualifier is read (`jusqu'au point 6`, `à partir de la
 * délibération n° 4`, `(n°1 à n°25)`). Read by vote-total, vote-outcome and vote-named; no rule
 * re-exports it.
 */
import type { Attendee, AttendanceCount, ItemVote, Meeting, MeetingItem, Person, Range } from '../model/types';
import { foldBare } from '../text/normalize';

export type VoteSide = 'pour' | 'contre' | 'abstention' | 'nppv';

/** The votants an item's figures are counted against. */
export interface Voters {
  value: number;
  /** The figure. */
  range: Range;
  /** Its label, when the figure is a count of the meeting. */
  labelRange?: Range;
  /** The item's own `Votants : n`, or the meeting's one count for all its items. */
  source: 'item' | 'meeting';
  /**
   * The attendance gives the same figure on its own: présents + représentés as counted, or the
   * persons listed present and represented. Only then is a figure computed from it certain.
   */
  confirmed: boolean;
}

/**
 * The meeting's counts when it has one attendance for all its items: no count restricted to some
 * items, no attendee with a time qualifier, no kind counted twice with two values. Undefined
 * otherwise (an attendance per range of items, arrivals and departures).
 */
export function singleAttendance(meeting: Meeting): Map<AttendanceCount['kind'], AttendanceCount> | undefined {
  const { counts, attendees } = meeting.attendance;
  if (counts.some((c) => c.items)) return undefined;
  if (attendees.some((a) => a.qualifier)) return undefined;
  const byKind = new Map<AttendanceCount['kind'], AttendanceCount>();
  for (const count of counts) {
    const seen = byKind.get(count.kind);
    if (seen && seen.value !== count.value) return undefined;
    if (!seen) byKind.set(count.kind, count);
  }
  return byKind;
}

/** Whether an attendee's vote is carried by someone else (a proxy), as the text says of them. */
export function holdsProxy(meeting: Meeting, attendee: Attendee): boolean {
  if (attendee.status === 'represented' || attendee.proxyTo) return true;
  if (attendee.status === 'excused' && meeting.excusedHoldsProxy) return true;
  // `Excusés ayant donné procuration`, `Absents représentés`: the list says so even when the holder is not named.
  return !!attendee.label && /pouvoir|procuration|represente|delegation/.test(foldBare(attendee.label)) && !/sans (?:pouvoir|procuration|delegation)/.test(foldBare(attendee.label));
}

/**
 * The votants the attendance gives on its own, every way it gives them: présents + représentés as
 * counted, and the persons listed present or represented (when some are listed present).
 */
function votersFromAttendance(meeting: Meeting, counts: Map<AttendanceCount['kind'], AttendanceCount>): number[] {
  const values: number[] = [];
  const present = counts.get('present');
  const substitutes = counts.get('substitutes');
  const represented = counts.get('represented');
  if (present && represented) values.push(present.value + (substitutes?.value ?? 0) + represented.value);
  const attendees = meeting.attendance.attendees;
  if (attendees.some((a) => a.status === 'present')) {
    const keys = new Set<string>();
    for (const a of attendees) if (a.status === 'present' || holdsProxy(meeting, a)) keys.add(a.person.key);
    values.push(keys.size);
  }
  return values;
}

/**
 * The votants of an item: its own figure, else the meeting's `voters` count when the meeting has
 * one attendance for all its items (docs/domain.md Part B: votants = présents + pouvoirs).
 */
export function effectiveVoters(meeting: Meeting, item: MeetingItem): Voters | undefined {
  const counts = singleAttendance(meeting);
  const fromAttendance = counts ? votersFromAttendance(meeting, counts) : [];
  const own = item.vote?.figures.votants;
  if (own) return { value: own.value, range: own.range, source: 'item', confirmed: fromAttendance.includes(own.value) };
  const count = counts?.get('voters');
  if (!count) return undefined;
  return { value: count.value, range: count.range, labelRange: count.labelRange, source: 'meeting', confirmed: fromAttendance.includes(count.value) };
}

/** `à l'unanimité`, `… des présents et représentés`, `… des suffrages exprimés`. */
export function isUnanimous(vote: ItemVote): boolean {
  return !!vote.formula && vote.formula.value.startsWith('unanimite');
}

/**
 * The members named for a side, each once: a list may name a member twice (as a proxy, then in the
 * list; `M. SUDRE` then `Jean SUDRE`).
 */
export function namedOn(vote: ItemVote, side: VoteSide): Person[] {
  const persons: Person[] = [];
  for (const person of vote.names[side] ?? []) if (!persons.some((p) => samePerson(p, person))) persons.push(person);
  return persons;
}

// ── Who a named voter is ────────────────────────────────────────────────────────────────────

function words(text: string): string[] {
  return foldBare(text)
    .replace(/[.’']/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
}

/** `Jean-Marc`, `J.-M.`, `JM`, `J.M.` agree; an empty first name agrees with any. */
function firstNamesAgree(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return true;
  const initials = (w: string[]) => w.map((part) => part[0]).join('');
  const compact = (w: string[]) => (w.length === 1 && w[0].length <= 3 && !/[aeiouy]/.test(w[0]) ? w[0] : undefined);
  if (x.join(' ') === y.join(' ')) return true;
  const xi = x.every((part) => part.length === 1) ? x.join('') : compact(x);
  const yi = y.every((part) => part.length === 1) ? y.join('') : compact(y);
  if (xi && (yi ?? initials(y)) === xi) return true;
  if (yi && initials(x) === yi) return true;
  return false;
}

/**
 * Whether two mentions name the same member: the same surname (accents, case and hyphens aside)
 * and first names that agree (one may be missing or an initial), and no two civilities that
 * differ. `NOM Prénom` and `Prénom NOM` agree when their words are the same.
 */
export function samePerson(a: Person, b: Person): boolean {
  if (a.key === b.key) return true;
  if (a.civility && b.civility && a.civility !== b.civility) return false;
  const la = words(a.lastName).join(' ');
  const lb = words(b.lastName).join(' ');
  if (la && la === lb) return firstNamesAgree(a.firstName, b.firstName);
  const all = (p: Person) => words(`${p.firstName} ${p.lastName}`).sort().join(' ');
  return all(a) !== '' && all(a) === all(b);
}

/**
 * The attendance entries of the member a vote names; undefined when the name fits several members
 * (`M. COLOMES` where three are listed) or none.
 */
export function attendeeEntries(meeting: Meeting, person: Person): Attendee[] | undefined {
  const entries = meeting.attendance.attendees.filter((a) => samePerson(a.person, person));
  if (entries.length === 0) return undefined;
  // Two different members both fit the name: which one voted is not known.
  for (const e of entries) for (const f of entries) if (e !== f && !samePerson(e.person, f.person)) return undefined;
  return entries;
}

/** The attendees whose proxy a member holds. */
export function proxiesHeldBy(meeting: Meeting, person: Person): Attendee[] {
  return meeting.attendance.attendees.filter((a) => a.proxyTo && samePerson(a.proxyTo, person));
}

// ── Time qualifiers ─────────────────────────────────────────────────────────────────────────

/** One span of items a qualifier names, by index in `meeting.items`; `open` bounds are exclusive. */
interface Span {
  from?: number;
  fromExclusive?: boolean;
  to?: number;
  /** The bound item itself is unknown (`jusqu'au point 6`: absent for 6 or not?). */
  toUncertain?: boolean;
  toExclusive?: boolean;
}

/**
 * How a qualifier names items, on the folded text (no accents, lower case): an article, an item word
 * (`la délibération`, `le point`), `n°`, then its number (`6`, `2.1`, `DB-2023-018`, `DEL2023_043`) in
 * group `x` (`y` for the end of a span). A number's letters are glued to it (`DB-2023`, `DEL2023`):
 * with a blank allowed, `no 5` or `point 5` would read two ways, which the regex analyzer flags.
 */
const SPAN_FORMS: readonly { pattern: RegExp; span: (x: number, y: number | undefined) => Span }[] = [
  // `de la délibération n°1 à la n°3`, `(n°1 à n°25)`, `du point 2 au point 5`
  { pattern: /(?<![a-z])(?:de |du |des )?(?:(?:la|le|les|l') ?)?(?:(?:deliberation|delib|point|dossier|question|affaire|rapport)s? )?(?:n ?° ?|no )?(?<x>(?:[a-z]{1,5}[_-]?)?\d{1,4}(?:[.\/_-]\d{1,4}){0,3}[a-z]?) (?:a|au|aux|jusqu'a|jusqu'au) (?:(?:la|le|les|l') ?)?(?:(?:deliberation|delib|point|dossier|question|affaire|rapport)s? )?(?:n ?° ?|no )?(?<y>(?:[a-z]{1,5}[_-]?)?\d{1,4}(?:[.\/_-]\d{1,4}){0,3}[a-z]?)/gu, span: (x, y) => ({ from: x, to: y }) },
  // `jusqu'au point 6`, `jusqu'à la DB-2023-018`
  { pattern: /(?<![a-z])jusqu' ?(?:a|au|aux) (?:(?:la|le|les|l') ?)?(?:(?:deliberation|delib|point|dossier|question|affaire|rapport)s? )?(?:n ?° ?|no )?(?<x>(?:[a-z]{1,5}[_-]?)?\d{1,4}(?:[.\/_-]\d{1,4}){0,3}[a-z]?)/gu, span: (x) => ({ to: x, toUncertain: true }) },
  // `à partir de la délibération n° 4`, `à compter du point 3`
  { pattern: /(?<![a-z])(?:a partir|a compter) (?:de |du |des |d')(?:(?:la|le|les|l') ?)?(?:(?:deliberation|delib|point|dossier|question|affaire|rapport)s? )?(?:n ?° ?|no )?(?<x>(?:[a-z]{1,5}[_-]?)?\d{1,4}(?:[.\/_-]\d{1,4}){0,3}[a-z]?)/gu, span: (x) => ({ from: x }) },
  // `(parti après le point 5)`
  { pattern: /(?<![a-z])apres (?:(?:la|le|les|l') ?)?(?:(?:deliberation|delib|point|dossier|question|affaire|rapport)s? )?(?:n ?° ?|no )?(?<x>(?:[a-z]{1,5}[_-]?)?\d{1,4}(?:[.\/_-]\d{1,4}){0,3}[a-z]?)/gu, span: (x) => ({ from: x, fromExclusive: true }) },
  // `avant le point 7`
  { pattern: /(?<![a-z])avant (?:(?:la|le|les|l') ?)?(?:(?:deliberation|delib|point|dossier|question|affaire|rapport)s? )?(?:n ?° ?|no )?(?<x>(?:[a-z]{1,5}[_-]?)?\d{1,4}(?:[.\/_-]\d{1,4}){0,3}[a-z]?)/gu, span: (x) => ({ to: x, toExclusive: true }) },
  // `pour le point n° 1`, `au point 3`
  { pattern: /(?<![a-z])(?:pour|au|a la|sur) (?:(?:la|le|les|l') ?)?(?:(?:deliberation|delib|point|dossier|question|affaire|rapport)s? )?(?:n ?° ?|no )?(?<x>(?:[a-z]{1,5}[_-]?)?\d{1,4}(?:[.\/_-]\d{1,4}){0,3}[a-z]?)/gu, span: (x) => ({ from: x, to: x }) },
];

/** What may stand in a qualifier beside its spans without changing them. */
const FILLER = /\b(?:a l'ouverture|de la seance|jusqu'a la fin|a la fin|puis|et|inclus|incluse?s?|compris|present(?:e|s|es)?|absent(?:e|s|es)?|excuse(?:e|s|es)?|arrive(?:e|s|es)?|arrivee|parti(?:e|s|es)?|depart|quitte|la seance|sortie?)\b|[()\-–—,;:.\s]/g;

function itemKey(text: string): string {
  const key = foldBare(text)
    .replace(/^(?:n ?°|no) ?/, '')
    .replace(/[\s_./-]+/g, '-')
    .replace(/(^|-)0+(?=\d)/g, '$1');
  let from = 0;
  let to = key.length;
  while (from < to && key[from] === '-') from++;
  while (to > from && key[to - 1] === '-') to--;
  return key.slice(from, to);
}

function itemIndex(meeting: Meeting, reference: string): number | undefined {
  const key = itemKey(reference);
  const found = meeting.items.findIndex((item) => item.number && itemKey(item.number.value) === key);
  return found < 0 ? undefined : found;
}

/** The spans of items a qualifier names, or undefined when any part of it is not understood (a time, a verbal description). */
function spansOf(meeting: Meeting, qualifier: string): Span[] | undefined {
  const text = foldBare(qualifier);
  // A time of day cannot be placed among the items.
  if (/\d{1,2} ?h(?:eures?)? ?\d{0,2}\b|\bheures?\b|minutes?/.test(text)) return undefined;
  const spans: Span[] = [];
  let rest = text;
  for (const form of SPAN_FORMS) {
    form.pattern.lastIndex = 0;
    for (const match of text.matchAll(form.pattern)) {
      if (!rest.includes(match[0])) continue;
      const x = itemIndex(meeting, match.groups!.x);
      const y = match.groups!.y !== undefined ? itemIndex(meeting, match.groups!.y) : undefined;
      if (x === undefined || (match.groups!.y !== undefined && y === undefined)) return undefined;
      spans.push(form.span(x, y));
      rest = rest.replace(match[0], ' ');
    }
  }
  if (spans.length === 0) return undefined;
  // Whatever is left must be filler: anything else may change what the spans say.
  if (rest.replace(FILLER, '').length > 0) return undefined;
  return spans;
}

function inSpan(span: Span, index: number): boolean | undefined {
  if (span.from !== undefined && (span.fromExclusive ? index <= span.from : index < span.from)) return false;
  if (span.to !== undefined) {
    if (span.toExclusive ? index >= span.to : index > span.to) return false;
    if (span.toUncertain && index === span.to) return undefined;
  }
  return true;
}

/**
 * Whether an attendance entry holds for an item: true without a qualifier, or when its qualifier
 * certainly covers the item; false when it certainly does not; undefined when the qualifier cannot
 * be placed among the items (a time of day, an item number the meeting does not hold).
 */
export function statusHoldsFor(meeting: Meeting, attendee: Attendee, item: MeetingItem): boolean | undefined {
  if (!attendee.qualifier) return true;
  const index = meeting.items.indexOf(item);
  if (index < 0) return undefined;
  const spans = spansOf(meeting, attendee.qualifier.value);
  if (!spans) return undefined;
  let unknown = false;
  for (const span of spans) {
    const inside = inSpan(span, index);
    if (inside === true) return true;
    if (inside === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** Whether an attendance entry gives its member a vote: present, represented, or sitting as a suppléant. */
export function entryVotes(meeting: Meeting, entry: Attendee): boolean {
  return entry.status === 'present' || holdsProxy(meeting, entry) || !!entry.substituteFor;
}

export interface NamedVoterAttendance {
  /** `voting`: present or represented for the item; `absent`: absent or excused without proxy for it. */
  status: 'voting' | 'absent';
  /** The attendance entry that says so. */
  entry: Attendee;
}

/**
 * What the attendance says of a member a vote names, for that item, when it says it for certain:
 * present or represented (an entry that holds for the item, and no absence that does), or absent
 * without proxy (an absence that holds for the item, and no presence or proxy that may). Undefined
 * when the name fits no member or several, when a suppléant sat for the member, or when a time
 * qualifier cannot be placed among the items.
 */
export function namedVoterAttendance(meeting: Meeting, item: MeetingItem, person: Person): NamedVoterAttendance | undefined {
  const entries = attendeeEntries(meeting, person);
  if (!entries) return undefined;
  if (entries.some((e) => e.replacedBy)) return undefined;
  const holds = entries.map((e) => ({ e, holds: statusHoldsFor(meeting, e, item) }));
  const absences = holds.filter(({ e }) => (e.status === 'absent' || e.status === 'excused') && !holdsProxy(meeting, e));
  const votes = holds.filter(({ e }) => entryVotes(meeting, e));
  const voting = votes.find((v) => v.holds === true);
  if (voting) return absences.some((a) => a.holds === true) ? undefined : { status: 'voting', entry: voting.e };
  const absent = absences.find((a) => a.holds === true);
  if (absent && votes.every((v) => v.holds === false)) return { status: 'absent', entry: absent.e };
  return undefined;
}

/**
 * The compte administratif is voted without the maire (the president), who withdraws at the time of
 * the vote (CGCT L2121-14 al. 3): texts often leave the meeting's votants beside it.
 */
export function votedWithoutPresident(item: MeetingItem): boolean {
  return !!item.object && /compte\s+administratif/i.test(item.object.value);
}
