/**
 * attendance-count (docs/domain.md §24 « counts »): the printed counts of a meeting agree with each
 * other and with the lists they count. Votants = présents + pouvoirs; présents + représentés +
 * absents = en exercice, read only where the printed figures make the relation certain (texts differ
 * on whether `absents` holds the represented and the excused); a printed count = the number of
 * persons its list names (the presiding maire counted when he is named only in the opening); and, as
 * information, the members in office against the seats of the configured population (L2121-2).
 * Every assembly but the Commission Permanente, whose counts are its lists (`vote-total`).
 */
import {
  attendeesWith,
  configuredPopulation,
  countBoxes,
  everyMemberNamed,
  globalCounts,
  namedPresent,
  namedMembersAtLeast,
  namedRepresented,
  representedCount,
  type CountBox,
} from '../facts/attendance';
import { seatsFor } from '../facts/law';
import { holdsProxy } from '../facts/vote';
import type { AttendanceCount, CountKind, Meeting } from '../model/types';
import { message, related } from './helpers';
import type { Message, Rule, RuleReport } from './types';

const LABEL: Record<CountKind, Message> = {
  inOffice: message('en exercice', 'in office'),
  present: message('présents', 'present'),
  substitutes: message('suppléants', 'substitutes'),
  represented: message('représentés', 'represented'),
  voters: message('votants', 'voters'),
  absent: message('absents', 'absent'),
  excused: message('excusés', 'excused'),
  quorum: message('quorum', 'quorum'),
  expressed: message('suffrages exprimés', 'votes cast'),
};

function sumText(terms: readonly AttendanceCount[], locale: keyof Message): string {
  return terms.map((t) => `${LABEL[t.kind][locale]} ${t.value}`).join(' + ');
}

export const attendanceCount: Rule = {
  id: 'attendance-count',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'Les nombres de présents, représentés, absents, votants et membres en exercice s’accordent entre eux et avec les listes nominatives.',
    'The counts of present, represented, absent, voting and in-office members agree with each other and with the lists of names.',
  ),
  check({ dossier, options, report }) {
    if (dossier.template === 'departement-cp') return;
    const meeting = dossier.meeting;
    if (meeting.attendance.counts.length === 0) return;
    const boxes = countBoxes(meeting);
    for (const box of boxes) {
      checkVoters(meeting, box, boxes.length === 1, report);
      checkPartition(box, report);
    }
    checkInOffice(meeting, boxes, report);
    checkNamed(meeting, boxes, report);
    checkNamedPerItem(meeting, report);
    checkSeats(meeting, configuredPopulation(options), report);
  },
};

/** Votants = présents + pouvoirs (+ suppléants when the text counts them apart from the présents). */
function checkVoters(meeting: Meeting, box: CountBox, onlyBox: boolean, report: (r: RuleReport) => void): void {
  const { voters, present, substitutes } = box.counts;
  if (!voters || !present) return;
  let represented = representedCount(box);
  if (!represented && meeting.excusedHoldsProxy && box.counts.excused) represented = box.counts.excused;
  const s = substitutes?.value ?? 0;
  if (represented) {
    const expected = [present.value + represented.value];
    if (s > 0) expected.push(present.value + s + represented.value);
    if (expected.includes(voters.value)) return;
    const sum = present.value + represented.value;
    const terms = [present, represented];
    report({
      range: voters.range,
      message: message(
        `Votants ${voters.value}, mais ${sumText(terms, 'fr')} = ${sum}${s > 0 ? ` (${present.value + s + represented.value} avec ${s > 1 ? `les ${s} suppléants` : 'le suppléant'})` : ''}.`,
        `${voters.value} voters, but ${sumText(terms, 'en')} = ${sum}${s > 0 ? ` (${present.value + s + represented.value} with ${s > 1 ? `the ${s} substitutes` : 'the substitute'})` : ''}.`,
      ),
      related: [
        ...related(present.labelRange, message(`${present.value} présents`, `${present.value} present`)),
        ...related(represented.labelRange, message(`${represented.value} représentés`, `${represented.value} represented`)),
      ],
      data: { expected: String(sum), actual: String(voters.value), figure: 'voters' },
      fixes:
        s === 0
          ? [{ title: message(`Corriger le nombre de votants : ${sum}`, `Correct the number of voters: ${sum}`), range: voters.range, text: String(sum), preferred: true }]
          : undefined,
    });
    return;
  }
  // No printed count of proxies: the proxies the lists name, when the box holds for the whole
  // meeting. A reader may miss a proxy but does not invent one: only too few votants is certain.
  if (box.items || !onlyBox) return;
  const named = namedRepresented(meeting);
  if (named.all === 0) return;
  const least = present.value + named.unqualified;
  if (voters.value >= least) {
    checkVotersBeyondNamed(meeting, box, voters, present, named.all, report);
    return;
  }
  report({
    range: voters.range,
    message: message(
      `Votants ${voters.value}, mais présents ${present.value} + ${named.unqualified} pouvoir${named.unqualified > 1 ? 's' : ''} nommé${named.unqualified > 1 ? 's' : ''} = ${least}.`,
      `${voters.value} voters, but ${present.value} present + ${named.unqualified} named prox${named.unqualified > 1 ? 'ies' : 'y'} = ${least}.`,
    ),
    related: related(present.labelRange, message(`${present.value} présents`, `${present.value} present`)),
    data: { expected: String(least), actual: String(voters.value), figure: 'voters' },
    fixes: [{ title: message(`Corriger le nombre de votants : ${least}`, `Correct the number of voters: ${least}`), range: voters.range, text: String(least) }],
  });
}

/**
 * More votants than the présents and every proxy the lists name, when the lists name every member in
 * office and no list of the absent says it gave proxies unnamed: no member is left to give one.
 */
function checkVotersBeyondNamed(
  meeting: Meeting,
  box: CountBox,
  voters: AttendanceCount,
  present: AttendanceCount,
  proxies: number,
  report: (r: RuleReport) => void,
): void {
  const most = present.value + proxies;
  if (voters.value <= most || !box.inOffice || !everyMemberNamed(meeting, box.inOffice.value)) return;
  if (meeting.attendance.attendees.some((a) => a.status !== 'present' && !a.proxyTo && holdsProxy(meeting, a))) return;
  report({
    range: voters.range,
    message: message(
      `Votants ${voters.value}, mais présents ${present.value} + ${proxies} pouvoir${proxies > 1 ? 's' : ''} nommé${proxies > 1 ? 's' : ''} = ${most}, et les listes nomment les ${box.inOffice.value} membres en exercice : aucun autre n’a pu donner pouvoir.`,
      `${voters.value} voters, but ${present.value} present + ${proxies} named prox${proxies > 1 ? 'ies' : 'y'} = ${most}, and the lists name all ${box.inOffice.value} members in office: no one else could give a proxy.`,
    ),
    related: related(present.labelRange, message(`${present.value} présents`, `${present.value} present`)),
    data: { expected: String(most), actual: String(voters.value), figure: 'voters' },
    fixes: [{ title: message(`Corriger le nombre de votants : ${most}`, `Correct the number of voters: ${most}`), range: voters.range, text: String(most) }],
  });
}

/**
 * No more members counted than in office: the votants, présents (+ suppléants) + représentés, or
 * the distinct members the lists name (at least) never exceed the members in office.
 */
function checkInOffice(meeting: Meeting, boxes: readonly CountBox[], report: (r: RuleReport) => void): void {
  const printed = globalCounts(meeting, 'inOffice');
  if (printed.length !== 1) return;
  const inOffice = printed[0];
  let most: { value: number; what: Message; terms: AttendanceCount[] } | undefined;
  const consider = (value: number, what: Message, terms: AttendanceCount[]) => {
    if (value > inOffice.value && (!most || value > most.value)) most = { value, what, terms };
  };
  for (const box of boxes) {
    if (box.inOffice !== inOffice) continue;
    const { voters, present, substitutes } = box.counts;
    // A box that prints its votants: présents + représentés are judged against them (checkVoters).
    if (voters) consider(voters.value, message(`${voters.value} votants`, `${voters.value} voters`), [voters]);
    else if (present) {
      const represented = representedCount(box);
      const terms = [present, substitutes, represented].filter((t): t is AttendanceCount => Boolean(t));
      const sum = terms.reduce((total, t) => total + t.value, 0);
      consider(sum, terms.length > 1 ? message(`${sumText(terms, 'fr')} = ${sum}`, `${sumText(terms, 'en')} = ${sum}`) : message(`${sum} présents`, `${sum} present`), terms);
    }
  }
  if (!meeting.attendance.counts.some((c) => c.kind === 'substitutes') && !meeting.attendance.attendees.some((a) => a.substituteFor || a.replacedBy)) {
    const named = namedMembersAtLeast(meeting);
    consider(named, message(`les listes nomment ${named} membres`, `the lists name ${named} members`), []);
  }
  if (!most) return;
  report({
    range: inOffice.range,
    message: message(
      `${inOffice.value} membres en exercice, mais ${most.what.fr} : on ne peut compter plus de membres qu’il n’y en a en exercice.`,
      `${inOffice.value} members in office, but ${most.what.en}: no more members can be counted than are in office.`,
    ),
    related: most.terms.length > 0 ? most.terms.map((t) => ({ range: t.labelRange, message: message(`${t.value} ${LABEL[t.kind].fr}`, `${t.value} ${LABEL[t.kind].en}`) })) : undefined,
    data: { actual: String(inOffice.value), counted: String(most.value), figure: 'inOffice' },
  });
}

/**
 * Présents + représentés + absents = en exercice. The texts split the members otherwise (`Absents`
 * with or without the represented, `Excusés` apart or inside): the sum is an error only when no
 * reading of the printed figures gives the members in office, and only when the box prints the
 * absent side (absents or excusés), so that it claims to count everyone.
 */
function checkPartition(box: CountBox, report: (r: RuleReport) => void): void {
  const { present, absent, excused, substitutes, voters } = box.counts;
  const inOffice = box.inOffice;
  if (!inOffice || !present || (!absent && !excused)) return;
  const represented = representedCount(box);
  const optional: number[] = [];
  if (represented) optional.push(represented.value);
  else if (voters && voters.value >= present.value) optional.push(voters.value - present.value);
  if (absent) optional.push(absent.value);
  if (excused) optional.push(excused.value);
  if (substitutes) optional.push(substitutes.value);
  const sums = new Set<number>();
  for (let mask = 0; mask < 1 << optional.length; mask++) {
    let sum = present.value;
    optional.forEach((v, i) => {
      if (mask & (1 << i)) sum += v;
    });
    sums.add(sum);
  }
  // Présents minus the suppléants, when the présents count them.
  if (substitutes) for (const s of [...sums]) sums.add(s - substitutes.value);
  if (sums.has(inOffice.value)) return;
  const terms = [present, represented, absent, excused].filter((t): t is AttendanceCount => Boolean(t));
  const total = terms.reduce((sum, t) => sum + t.value, 0);
  report({
    range: present.range,
    message: message(
      `${sumText(terms, 'fr')} = ${total}, mais ${inOffice.value} membres en exercice : aucune lecture des nombres imprimés ne retrouve les membres en exercice.`,
      `${sumText(terms, 'en')} = ${total}, but ${inOffice.value} members in office: no reading of the printed counts adds up to the members in office.`,
    ),
    related: related(inOffice.labelRange, message(`${inOffice.value} en exercice`, `${inOffice.value} in office`)),
    data: { expected: String(inOffice.value), actual: String(total), figure: 'inOffice' },
  });
}

/** Each printed count (for the whole meeting) against the persons its list names. */
function checkNamed(meeting: Meeting, boxes: readonly CountBox[], report: (r: RuleReport) => void): void {
  const present = namedPresent(meeting);
  const represented = namedRepresented(meeting);
  const absent = distinctCount(meeting, 'absent');
  const excused = distinctCount(meeting, 'excused');
  // Represented members whose list is not the proxies' own (`Excusés : X (pouvoir à Y)`).
  const r = represented.all;
  for (const kind of ['present', 'represented', 'absent', 'excused'] as const) {
    const printed = globalCounts(meeting, kind);
    if (printed.length !== 1) continue;
    const count = printed[0];
    let accepted: number[];
    let named: number;
    if (kind === 'present') {
      if (present.all === 0) continue;
      accepted = range(present.unqualified, present.all);
      if (present.substitutes > 0) accepted.push(...range(present.unqualified - present.substitutes, present.all - present.substitutes));
      if (present.presidentUnlisted) accepted.push(...accepted.map((v) => v + 1));
      named = present.all;
    } else if (kind === 'represented') {
      if (represented.all === 0) continue;
      // `présents ou représentés : 13` read as a count of the represented is not theirs.
      if (!boxes.some((b) => b.counts.represented === count && representedCount(b) === count)) continue;
      accepted = range(represented.unqualified, represented.all);
      named = represented.all;
    } else if (kind === 'absent') {
      if (absent.all === 0) continue;
      accepted = combos(absent, [excused, { unqualified: r, all: r }]);
      named = absent.all;
    } else {
      if (excused.all === 0) continue;
      accepted = combos(excused, [absent, { unqualified: r, all: r }]);
      named = excused.all;
    }
    if (accepted.includes(count.value)) continue;
    const list = LABEL[kind];
    const twice: Message = kind === 'present' ? repeatedText(present.repeated) : { fr: '', en: '' };
    report({
      range: count.range,
      message: message(
        `${count.value} ${list.fr} annoncés, mais la liste en nomme ${named}${kind === 'present' && present.presidentUnlisted ? ' (sans le président de séance)' : ''}${twice.fr}.`,
        `${count.value} ${list.en} printed, but the list names ${named}${kind === 'present' && present.presidentUnlisted ? ' (without the presiding member)' : ''}${twice.en}.`,
      ),
      data: { expected: String(named), actual: String(count.value), figure: kind },
      fixes: [{ title: message(`Corriger le nombre de ${list.fr} : ${named}`, `Correct the ${list.en} count: ${named}`), range: count.range, text: String(named) }],
    });
  }
}

/**
 * Counts per range of items: no range can have more présents than the members the list names
 * present at any time (and the president it may leave out). The qualifiers are not interpreted:
 * only this ceiling is certain.
 */
function checkNamedPerItem(meeting: Meeting, report: (r: RuleReport) => void): void {
  const present = namedPresent(meeting);
  if (present.all === 0) return;
  const perItem = meeting.attendance.counts.filter((c) => c.kind === 'present' && c.items);
  if (perItem.length === 0) return;
  const most = perItem.reduce((a, b) => (b.value > a.value ? b : a));
  const ceiling = present.all + (present.presidentUnlisted ? 1 : 0);
  if (most.value <= ceiling) return;
  const twice = repeatedText(present.repeated);
  report({
    range: most.range,
    message: message(
      `${most.value} présents annoncés (${most.items!.value}), mais la liste des présents ne nomme que ${present.all} membres${twice.fr}.`,
      `${most.value} present printed (${most.items!.value}), but the list of present members names only ${present.all}${twice.en}.`,
    ),
    related: present.repeated.map((a) => ({ range: a.range, message: message('nommé une seconde fois', 'named a second time') })),
    data: { expected: String(ceiling), actual: String(most.value), figure: 'present', items: most.items!.value },
    // A suggestion only: the count may be right and the list have one name written for another.
    fixes: [{ title: message(`Corriger le nombre de présents : ${ceiling}`, `Correct the number present: ${ceiling}`), range: most.range, text: String(ceiling) }],
  });
}

function repeatedText(repeated: readonly { person: { text: string } }[]): Message {
  // Nothing to add: a piece of sentence left out in both languages.
  if (repeated.length === 0) return { fr: '', en: '' };
  const names = repeated.map((a) => a.person.text).join(', ');
  return message(` (${names} y figure${repeated.length > 1 ? 'nt' : ''} deux fois)`, ` (${names} listed twice)`);
}

function distinctCount(meeting: Meeting, status: 'absent' | 'excused'): { unqualified: number; all: number } {
  // Those who gave a proxy are counted with the represented (`r`), whatever their list.
  const entries = attendeesWith(meeting, status).filter((a) => !a.proxyTo);
  const keys = new Set<string>();
  let unqualified = 0;
  for (const a of entries) {
    const key = a.person.key;
    if (keys.has(key)) continue;
    keys.add(key);
    if (!a.qualifier) unqualified++;
  }
  return { unqualified, all: keys.size };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let v = Math.max(0, from); v <= to; v++) out.push(v);
  return out;
}

/** Every figure the list may be printed as: its own names, with or without the neighbouring lists. */
function combos(own: { unqualified: number; all: number }, others: { unqualified: number; all: number }[]): number[] {
  const out = new Set<number>();
  for (let mask = 0; mask < 1 << others.length; mask++) {
    let low = own.unqualified;
    let high = own.all;
    others.forEach((o, i) => {
      if (mask & (1 << i)) {
        low += o.unqualified;
        high += o.all;
      }
    });
    for (const v of range(low, high)) out.add(v);
  }
  return [...out];
}

/** Members in office against the seats of the configured population (L2121-2), as information. */
function checkSeats(meeting: Meeting, population: number | undefined, report: (r: RuleReport) => void): void {
  if (population === undefined) return;
  const kind = meeting.collectivite.kind;
  const body = meeting.body?.value;
  if (!(kind === 'commune' || (kind === undefined && body === 'conseil-municipal'))) return;
  const printed = globalCounts(meeting, 'inOffice');
  if (printed.length === 0 || !printed.every((c) => c.value === printed[0].value)) return;
  const inOffice = printed[0];
  const seats = seatsFor(population);
  // Paris, Lyon and Marseille have councils of their own law (L2511-…).
  if (population >= 300_000 && inOffice.value > seats) return;
  if (inOffice.value === seats) return;
  const fewer = inOffice.value < seats;
  report({
    range: inOffice.range,
    message: message(
      `Pour information : ${inOffice.value} conseillers en exercice, pour ${seats} sièges à ${population.toLocaleString('fr-FR')} habitants (population configurée, art. L2121-2 du CGCT)${fewer ? ' : des sièges sont-ils vacants ?' : ' : la population configurée est-elle la bonne ?'}`,
      `For information: ${inOffice.value} councillors in office, for ${seats} seats at ${population.toLocaleString('en-GB')} inhabitants (configured population, CGCT L2121-2)${fewer ? ': are seats vacant?' : ': is the configured population right?'}`,
    ),
    data: { expected: String(seats), actual: String(inOffice.value), figure: 'seats', population, advisory: true },
    severity: 'information',
  });
}
