/**
 * What the attendance rules of every assembly derive from a meeting's model (docs/domain.md §23,
 * §24): who a name stands for, the boxes of printed counts, the proxies and their holders, the
 * members present. Read by `attendance-count`, `attendance-proxy` and `vote-quorum`; rules do not
 * import each other, so what two of them need lives here.
 *
 * Every comparison of names is made on folded words (case and accents dropped), order-free: the
 * texts write `THOREAU Catherine`, `Catherine THOREAU` and `Mme THOREAU` for one member.
 */
import type { AttendanceCount, Attendee, CountKind, Meeting, Person } from '../model/types';
import type { ResolvedOptions } from '../options';
import { foldBare } from '../text/normalize';

// ── Names ────────────────────────────────────────────────────────────────────────────────────

const CIVILITY_WORDS = new Set(['m', 'mr', 'mme', 'mmes', 'mm', 'mlle', 'melle', 'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames']);
const LINK_WORDS = new Set(['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'et']);
/** Words that make a name a role (`M. le Maire`, `Madame la Présidente`, `1er adjoint`). */
const ROLE_WORDS = new Set([
  'maire',
  'president',
  'presidente',
  'vice-president',
  'vice-presidente',
  'adjoint',
  'adjointe',
  'adjoints',
  'conseiller',
  'conseillere',
  'delegue',
  'deleguee',
  'secretaire',
]);

/** The folded words of a person's name, civility and link words left out. */
export function nameWords(person: Person): string[] {
  const written = `${person.firstName ?? ''} ${person.lastName ?? ''}`.trim() || person.text || '';
  return foldBare(written)
    .replace(/[.,;:()«»"]/g, ' ')
    .split(/[\s']+/)
    .filter((w) => w.length > 0 && !CIVILITY_WORDS.has(w) && !LINK_WORDS.has(w));
}

function surnameWords(person: Person): string[] {
  const last = foldBare(person.lastName ?? '')
    .replace(/[.,;:()«»"]/g, ' ')
    .split(/[\s']+/)
    .filter((w) => w.length > 0 && !CIVILITY_WORDS.has(w) && !LINK_WORDS.has(w));
  return last.length > 0 ? last : nameWords(person);
}

/** A role rather than a name: `M. le Maire`, `Mme la Présidente`, `le 1er adjoint`. */
export function isRoleName(person: Person): boolean {
  const words = nameWords(person);
  return words.length === 0 || words.some((w) => ROLE_WORDS.has(w));
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((w, i) => w === sorted[i]);
}

function civilitiesAgree(a: Person, b: Person): boolean {
  return !a.civility || !b.civility || a.civility === b.civility;
}

/**
 * The same member, for certain: the same words of name (in any order) and no contrary civility; or
 * one of the two written by surname alone (`Mme TAUNAIS`) when that surname is the other's and no
 * other person of `among` bears it.
 */
export function samePerson(a: Person, b: Person, among: readonly Person[] = []): boolean {
  if (!civilitiesAgree(a, b)) return false;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (sameWords(wa, wb)) return true;
  const short = wa.length < wb.length ? wa : wb;
  const long = short === wa ? wb : wa;
  if (!short.every((w) => long.includes(w))) return false;
  // `Mme MOREAU` beside `Mme MOREAU Vanessa` and `Mme MOREAU Marie-Françoise` is neither for certain.
  const bearers = among.filter((p) => {
    const words = nameWords(p);
    return short.every((w) => words.includes(w)) && !sameWords(words, short);
  });
  const distinct: string[][] = [];
  for (const p of bearers) {
    const words = nameWords(p);
    if (!distinct.some((d) => sameWords(d, words))) distinct.push(words);
  }
  return distinct.length <= 1;
}

/**
 * Possibly the same member: a word of one's surname is a word of the other's name (`Michelle LEROY`
 * and `Michèle LEROY`, a surname alone, names in either order). For the checks that report an
 * absence: they report only when no one present may be the member.
 */
export function maybeSamePerson(a: Person, b: Person): boolean {
  // No civility test here: OCR misreads them (`M.SANTI`, `MME`), and the surname decides.
  const wa = nameWords(a);
  const wb = nameWords(b);
  const sa = surnameWords(a).filter((w) => w.length >= 2);
  const sb = surnameWords(b).filter((w) => w.length >= 2);
  if (sa.some((w) => wb.includes(w)) || sb.some((w) => wa.includes(w))) return true;
  // OCR glues or splits compound surnames: `DJALLALITECHTACH` for `DJALLALI-TECHTACH`.
  const glued = (words: readonly string[]) => words.join('').replace(/[^a-z]/g, '');
  const ga = glued(sa);
  const gb = glued(sb);
  if (ga.length >= 3 && (ga === gb || ga === glued(wb) || gb === glued(wa))) return true;
  return wa.some((w) => w.length >= 3 && wb.includes(w) && !ROLE_WORDS.has(w) && isSurnameLike(w, a, b));
}

function isSurnameLike(word: string, a: Person, b: Person): boolean {
  // A shared first name (`jean`) alone does not make two persons one.
  const firstA = foldBare(a.firstName ?? '').split(/[\s']+/);
  const firstB = foldBare(b.firstName ?? '').split(/[\s']+/);
  return !(firstA.includes(word) && firstB.includes(word));
}

/**
 * The same surname and first names that do not differ (one missing, equal, or an initial of the
 * other: `P. RIO` and `Philippe RIO`). Stricter than `maybeSamePerson`: `Marie DUPONT` is not
 * `Jean DUPONT`.
 */
export function compatiblePerson(a: Person, b: Person): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length > 0 && sameWords(wa, wb)) return true;
  const glued = (words: readonly string[]) => words.join('').replace(/[^a-z]/g, '');
  const sa = glued(surnameWords(a));
  const sb = glued(surnameWords(b));
  if (sa.length < 2 || sa !== sb) return false;
  const fa = glued(firstNameWords(a));
  const fb = glued(firstNameWords(b));
  if (fa === '' || fb === '' || fa === fb) return true;
  return (fa.length <= 2 || fb.length <= 2) && fa[0] === fb[0];
}

function firstNameWords(person: Person): string[] {
  return foldBare(person.firstName ?? '')
    .replace(/[.,;:()«»"]/g, ' ')
    .split(/[\s']+/)
    .filter((w) => w.length > 0 && !CIVILITY_WORDS.has(w) && !LINK_WORDS.has(w));
}

/** `Mme Catherine THOREAU` for messages: the name as written. */
export function displayName(person: Person): string {
  const text = person.text?.trim();
  if (text) return text;
  return [person.civility, person.firstName, person.lastName].filter(Boolean).join(' ');
}

// ── Printed counts ───────────────────────────────────────────────────────────────────────────

/** One box of printed counts: at most one figure of each kind, for all items or for some. */
export interface CountBox {
  counts: Partial<Record<CountKind, AttendanceCount>>;
  /** The items the box holds for (`de la délibération 01 à 03`), when the text says so. */
  items?: string;
  /** In office, from this box or the nearest box before it that prints it. */
  inOffice?: AttendanceCount;
}

/**
 * The meeting's printed counts grouped in boxes: in text order, a box ends where a kind repeats or
 * the items it holds for change, so that a procès-verbal printing a box per item, or a box per
 * range of items, compares each figure with its own neighbours.
 */
export function countBoxes(meeting: Meeting): CountBox[] {
  const counts = [...meeting.attendance.counts].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const boxes: CountBox[] = [];
  let box: CountBox | undefined;
  for (const count of counts) {
    const items = count.items?.value;
    const onlyInOffice = box !== undefined && Object.keys(box.counts).every((k) => k === 'inOffice');
    if (!box || box.counts[count.kind] || box.items !== items) {
      if (box && onlyInOffice && box.items === undefined && !box.counts[count.kind]) box.items = items;
      else {
        box = { counts: {}, items };
        boxes.push(box);
      }
    }
    box.counts[count.kind] = count;
  }
  // Each box takes the in-office figure printed in it, else the nearest one before it, else the first.
  const first = boxes.find((b) => b.counts.inOffice)?.counts.inOffice;
  let current: AttendanceCount | undefined;
  for (const b of boxes) {
    if (b.counts.inOffice) current = b.counts.inOffice;
    b.inOffice = current ?? first;
  }
  return boxes;
}

/**
 * The box's count of represented members, unless the figure is the present-or-represented total a
 * label `Nombre de membres présents ou représentés` leaves when read as `représentés`: it then
 * equals the votants while présents are printed too, or is more than the members in office leave
 * after the présents (a total, never below the présents it holds).
 */
export function representedCount(box: CountBox): AttendanceCount | undefined {
  const represented = box.counts.represented;
  const present = box.counts.present;
  if (!represented || !present || present.value === 0) return represented;
  // A total of the present or represented holds the présents: a figure below them is not one.
  if (represented.value < present.value) return represented;
  if (box.counts.voters && represented.value === box.counts.voters.value) return undefined;
  if (box.inOffice && represented.value > box.inOffice.value - present.value) return undefined;
  return represented;
}

/** The figures of one kind the whole meeting prints, for all items (none with `items`). */
export function globalCounts(meeting: Meeting, kind: CountKind): AttendanceCount[] {
  return meeting.attendance.counts.filter((c) => c.kind === kind && !c.items);
}

/**
 * Members in office: the figure the text prints (one value, or every printed value agreeing), else
 * the configured seats (`collectivite.members`, `assembly.size`). `printed` says which.
 */
export function membersInOffice(meeting: Meeting, options: ResolvedOptions): { value: number; count?: AttendanceCount } | undefined {
  const printed = globalCounts(meeting, 'inOffice');
  if (printed.length > 0) {
    const value = printed[0].value;
    if (printed.every((c) => c.value === value) && value > 0) return { value, count: printed[0] };
    return undefined;
  }
  const configured = configuredMembers(options);
  return configured ? { value: configured } : undefined;
}

function configuredMembers(options: ResolvedOptions): number | undefined {
  const collectivite = (options as { collectivite?: { members?: unknown } }).collectivite;
  const members = collectivite?.members;
  if (typeof members === 'number' && Number.isInteger(members) && members > 0) return members;
  const size = options.assembly?.size;
  return typeof size === 'number' && Number.isInteger(size) && size > 0 ? size : undefined;
}

/** The configured population, read defensively (`collectivite.population`). */
export function configuredPopulation(options: ResolvedOptions): number | undefined {
  const collectivite = (options as { collectivite?: { population?: unknown } }).collectivite;
  const population = collectivite?.population;
  return typeof population === 'number' && Number.isFinite(population) && population > 0 ? population : undefined;
}

// ── Persons ──────────────────────────────────────────────────────────────────────────────────

export function attendeesWith(meeting: Meeting, status: Attendee['status']): Attendee[] {
  return meeting.attendance.attendees.filter((a) => a.status === status);
}

/** Every person the attendance names, once (the first entry of each). */
export function distinctAttendees(meeting: Meeting): Attendee[] {
  const all = meeting.attendance.attendees;
  const persons = all.map((a) => a.person);
  const out: Attendee[] = [];
  for (const a of all) {
    if (isRoleName(a.person)) continue;
    if (!out.some((b) => samePerson(a.person, b.person, persons))) out.push(a);
  }
  return out;
}

/** One proxy: who gave it, to whom, and whether it holds only for some items. */
export interface Proxy {
  giver: Attendee;
  holder: Person;
  /** The giver's or the holder's entry carries a time qualifier (`à partir du point 4`). */
  qualified: boolean;
}

/**
 * The proxies the attendance names, one per giver (a giver written twice — in `Excusés : X (pouvoir
 * à Y)` and again under `Pouvoirs` — gives one proxy).
 */
export function proxies(meeting: Meeting): Proxy[] {
  const all = meeting.attendance.attendees;
  const persons = all.map((a) => a.person);
  const out: Proxy[] = [];
  for (const a of all) {
    if (!a.proxyTo) continue;
    const holderEntries = all.filter((b) => b.status === 'present' && samePerson(b.person, a.proxyTo!, persons));
    const qualified = Boolean(a.qualifier) || holderEntries.some((b) => b.qualifier);
    const twin = out.find((p) => samePerson(p.giver.person, a.person, persons));
    if (twin) {
      twin.qualified = twin.qualified || qualified || !samePerson(twin.holder, a.proxyTo, persons);
      continue;
    }
    out.push({ giver: a, holder: a.proxyTo, qualified });
  }
  return out;
}

/** The proxies grouped by holder (holders told apart for certain only: see `samePerson`). */
export function proxiesByHolder(meeting: Meeting): { holder: Person; proxies: Proxy[] }[] {
  const list = proxies(meeting);
  const persons = [...meeting.attendance.attendees.map((a) => a.person), ...list.map((p) => p.holder)];
  const groups: { holder: Person; proxies: Proxy[] }[] = [];
  for (const proxy of list) {
    if (isRoleName(proxy.holder)) {
      groups.push({ holder: proxy.holder, proxies: [proxy] });
      continue;
    }
    const group = groups.find((g) => !isRoleName(g.holder) && samePerson(g.holder, proxy.holder, persons));
    if (group) group.proxies.push(proxy);
    else groups.push({ holder: proxy.holder, proxies: [proxy] });
  }
  return groups;
}

/** The number of members the attendance names as represented (a proxy named, or listed so). */
export function namedRepresented(meeting: Meeting): { unqualified: number; all: number } {
  const all = meeting.attendance.attendees;
  const persons = all.map((a) => a.person);
  const seen: Attendee[] = [];
  let unqualified = 0;
  for (const a of all) {
    if (a.status !== 'represented' && !a.proxyTo) continue;
    if (a.status === 'present') continue;
    if (seen.some((b) => samePerson(b.person, a.person, persons))) continue;
    seen.push(a);
    if (!a.qualifier) unqualified++;
  }
  return { unqualified, all: seen.length };
}

/** Members named present: those present all along, and all of them with the arrivals and departures. */
export function namedPresent(meeting: Meeting): {
  unqualified: number;
  all: number;
  substitutes: number;
  presidentUnlisted: boolean;
  /** Entries naming, a second time, a member the list already names (`M. MOLOSSI` twice). */
  repeated: Attendee[];
} {
  const all = meeting.attendance.attendees;
  const persons = all.map((a) => a.person);
  const seen: Attendee[] = [];
  const repeated: Attendee[] = [];
  let unqualified = 0;
  let substitutes = 0;
  for (const a of all) {
    if (a.status !== 'present') continue;
    if (seen.some((b) => samePerson(b.person, a.person, persons))) {
      repeated.push(a);
      continue;
    }
    seen.push(a);
    if (!a.qualifier) unqualified++;
    if (a.substituteFor) substitutes++;
  }
  const president = presidentPerson(meeting);
  // Strictly matched: an unlisted president only widens what the counts may be.
  const presidentUnlisted = Boolean(president) && seen.length > 0 && !seen.some((a) => compatiblePerson(a.person, president!));
  return { unqualified, all: seen.length, substitutes, presidentUnlisted, repeated };
}

/** The presiding member as a person, from `sous la présidence de M. X` (a role alone gives none). */
export function presidentPerson(meeting: Meeting): Person | undefined {
  const value = meeting.president?.value?.trim();
  if (!value) return undefined;
  const cut = value.search(/[,;(]/);
  const written = (cut < 0 ? value : value.slice(0, cut)).trim();
  const words = written.split(/\s+/).filter((w) => !CIVILITY_WORDS.has(foldBare(w).replace(/\.$/, '')));
  // The surname is the word in capitals (`Bernard BIENVENU`, `DUFOUR Thierry`), else the last word.
  const isUpper = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
  const upper = words.filter(isUpper);
  const lastName = upper.length > 0 && upper.length < words.length ? upper.join(' ') : (words[words.length - 1] ?? '');
  const firstName = words.filter((w) => !lastName.split(' ').includes(w)).join(' ');
  const person: Person = { firstName, lastName, key: foldBare(written), text: written, range: meeting.president!.range };
  return isRoleName(person) ? undefined : person;
}

/** True when someone the attendance names present (at some time) may be `person`, or `person` presides. */
export function mayBePresent(meeting: Meeting, person: Person): boolean {
  if (meeting.attendance.attendees.some((a) => a.status === 'present' && maybeSamePerson(a.person, person))) return true;
  const president = presidentPerson(meeting);
  return Boolean(president && maybeSamePerson(president, person));
}

/**
 * How many distinct members the lists name at least: entries that may be one member counted once
 * (`maybeSamePerson` — OCR variants, a surname alone — unless both first names are written and
 * differ: `Noël ABADIE` is not `Joëlle ABADIE`), roles and suppléants left out, and the presiding
 * member when no entry may be him. The entries kept are different persons for certain, so the
 * figure is never more than the members named.
 */
export function namedMembersAtLeast(meeting: Meeting): number {
  const kept: Person[] = [];
  const may = (a: Person, b: Person) => maybeSamePerson(a, b) && !firstNamesDiffer(a, b);
  for (const a of meeting.attendance.attendees) {
    if (isRoleName(a.person) || a.substituteFor) continue;
    if (!kept.some((p) => may(p, a.person))) kept.push(a.person);
  }
  const president = presidentPerson(meeting);
  if (president && kept.length > 0 && !kept.some((p) => may(p, president))) kept.push(president);
  return kept.length;
}

/**
 * The lists name every one of the `inOffice` members (at least that many distinct members named,
 * no suppléant sitting for one): a member they do not name is not a member, and no proxy goes
 * unnamed unless a list of the absent says proxies were given.
 */
export function everyMemberNamed(meeting: Meeting, inOffice: number | undefined): boolean {
  if (!inOffice || inOffice <= 0) return false;
  if (meeting.attendance.counts.some((c) => c.kind === 'substitutes' && c.value > 0)) return false;
  if (meeting.attendance.attendees.some((a) => a.substituteFor || a.replacedBy)) return false;
  return namedMembersAtLeast(meeting) >= inOffice;
}

/** Levenshtein distance, for first names an OCR or a drafter spells two ways (`Michelle`, `Michèle`). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** Both first names written and different for certain: not initials of each other, not two spellings of one. */
function firstNamesDiffer(a: Person, b: Person): boolean {
  const glued = (words: readonly string[]) => words.join('').replace(/[^a-z]/g, '');
  const fa = glued(firstNameWords(a));
  const fb = glued(firstNameWords(b));
  if (fa === '' || fb === '' || fa === fb) return false;
  if (fa.length <= 2 || fb.length <= 2) return fa[0] !== fb[0];
  return editDistance(fa, fb) > 2;
}

/**
 * Like `mayBePresent`, for a member the text lists away for certain: a present namesake whose first
 * name differs (`Mme MOREAU Marie-Françoise` for `Mme Vanessa MOREAU`) is not him.
 */
export function mayBePresentNamesake(meeting: Meeting, person: Person): boolean {
  const persons = meeting.attendance.attendees.map((a) => a.person);
  const may = (p: Person) => samePerson(p, person, persons) || (maybeSamePerson(p, person) && !firstNamesDiffer(p, person));
  if (meeting.attendance.attendees.some((a) => a.status === 'present' && may(a.person))) return true;
  const president = presidentPerson(meeting);
  return Boolean(president && may(president));
}
