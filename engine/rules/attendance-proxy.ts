/**
 * attendance-proxy (docs/domain.md §24 « proxies », §26.1): each member holds no more proxies than
 * the law of the meeting's date allows — one (L2121-20, L3121-16, L4132-15), two in the
 * health-crisis periods; the holder of a proxy is present; nobody is both present and absent,
 * excused or represented unless a time qualifier says when; and, when the members are configured, a
 * proxy goes to one of them. Every assembly but the Commission Permanente (`vote-quorum` there).
 */
import {
  displayName,
  everyMemberNamed,
  isRoleName,
  mayBePresent,
  mayBePresentNamesake,
  maybeSamePerson,
  namedPresent,
  proxiesByHolder,
  samePerson,
  globalCounts,
} from '../facts/attendance';
import { healthCrisisOn, proxiesAllowed } from '../facts/law';
import type { Attendee, Meeting, Person } from '../model/types';
import { foldBare } from '../text/normalize';
import { message } from './helpers';
import type { Message, Rule, RuleReport } from './types';

const STATUS: Record<Attendee['status'], Message> = {
  present: message('présent', 'present'),
  represented: message('représenté', 'represented'),
  absent: message('absent', 'absent'),
  excused: message('excusé', 'excused'),
};

/** The proxy articles by kind of collectivité. */
function proxyArticle(meeting: Meeting): string {
  switch (meeting.collectivite.kind) {
    case 'departement':
      return 'L3121-16';
    case 'region':
      return 'L4132-15';
    case 'epci':
    case 'syndicat':
      return 'L2121-20 (L5211-1)';
    default:
      return 'L2121-20';
  }
}

export const attendanceProxy: Rule = {
  id: 'attendance-proxy',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'Chaque pouvoir est donné à un membre présent, qui n’en détient pas plus que la loi n’en permet à la date de la séance ; nul n’est à la fois présent et absent.',
    'Each proxy goes to a member who is present and holds no more than the law allows on the meeting date; nobody is both present and absent.',
  ),
  check({ dossier, options, report }) {
    if (dossier.template === 'departement-cp') return;
    const meeting = dossier.meeting;
    if (meeting.attendance.attendees.length === 0) return;
    checkProxyCount(meeting, report);
    checkHolders(meeting, options.assembly?.members ?? [], report);
    checkDoubleStatus(meeting, report);
  },
};

function checkProxyCount(meeting: Meeting, report: (r: RuleReport) => void): void {
  const date = meeting.date?.date;
  // With no date, the health-crisis allowance may have applied: only more than two is certain.
  const allowed = date ? proxiesAllowed(date) : 2;
  const crisis = date ? healthCrisisOn(date) : undefined;
  const article = proxyArticle(meeting);
  for (const group of proxiesByHolder(meeting)) {
    if (isRoleName(group.holder)) continue;
    // A proxy for some items only may be held after another ends: count those held all along.
    const held = group.proxies.filter((p) => !p.qualified);
    if (held.length <= allowed) continue;
    const extra = held[allowed];
    const givers = held.map((p) => displayName(p.giver.person)).join(', ');
    const regime = crisis
      ? message(`ne peut en recevoir que deux en période de crise sanitaire (${crisis.basis})`, `may hold two in the health-crisis period (${crisis.basis})`)
      : date
        ? message(`ne peut en recevoir qu’un seul (art. ${article} du CGCT)`, `may hold only one (CGCT ${article})`)
        : message(
            'ne peut en recevoir que deux, même en période de crise sanitaire (date de séance non lue)',
            'may hold two at most, even in a health-crisis period (meeting date not read)',
          );
    report({
      range: extra.giver.range,
      message: message(
        `${displayName(group.holder)} détient ${held.length} pouvoirs (${givers}) ; un membre ${regime.fr}.`,
        `${displayName(group.holder)} holds ${held.length} proxies (${givers}); a member ${regime.en}.`,
      ),
      related: held
        .filter((p) => p !== extra)
        .map((p) => ({ range: p.giver.range, message: message(`pouvoir de ${displayName(p.giver.person)}`, `proxy of ${displayName(p.giver.person)}`) })),
      data: { holder: displayName(group.holder), actual: held.length, allowed },
    });
  }
}

function checkHolders(meeting: Meeting, members: readonly string[], report: (r: RuleReport) => void): void {
  const attendees = meeting.attendance.attendees;
  const persons = attendees.map((a) => a.person);
  const present = namedPresent(meeting);
  if (present.all === 0) return;
  // The présents list counts everyone present when its names match the printed count.
  const printedPresent = globalCounts(meeting, 'present');
  // Or when the lists name every member in office: a member they do not name is not one.
  const inOffice = globalCounts(meeting, 'inOffice');
  const listComplete =
    (printedPresent.length === 1 &&
      (printedPresent[0].value === present.all || printedPresent[0].value === present.unqualified) &&
      !present.presidentUnlisted) ||
    (inOffice.length > 0 && inOffice.every((c) => c.value === inOffice[0].value) && everyMemberNamed(meeting, inOffice[0].value));
  const memberPersons = members.map(personOf);
  for (const group of proxiesByHolder(meeting)) {
    const holder = group.holder;
    if (isRoleName(holder)) continue;
    if (memberPersons.length > 0 && !memberPersons.some((m) => maybeSamePerson(m, holder))) {
      const proxy = group.proxies[0];
      report({
        range: proxy.giver.range,
        message: message(
          `${displayName(proxy.giver.person)} donne pouvoir à ${displayName(holder)}, qui n’est pas parmi les membres configurés : un pouvoir ne peut être donné qu’à un membre de l’assemblée (art. ${proxyArticle(meeting)} du CGCT).`,
          `${displayName(proxy.giver.person)} gives a proxy to ${displayName(holder)}, who is not among the configured members: a proxy may be given only to a member (CGCT ${proxyArticle(meeting)}).`,
        ),
        data: { holder: displayName(holder) },
      });
      continue;
    }
    const listedAway = attendees.find((a) => a.status !== 'present' && !a.qualifier && samePerson(a.person, holder, persons));
    // Listed away for certain, the holder is present only as himself: a namesake with another first name is not him.
    if (listedAway ? mayBePresentNamesake(meeting, holder) : mayBePresent(meeting, holder)) continue;
    // A proxy for some items, or a holder arriving or leaving: the text says when, not us.
    const held = group.proxies.filter((p) => !p.qualified);
    if (held.length === 0) continue;
    if (!listedAway && !listComplete) continue;
    for (const proxy of held) {
      report({
        range: proxy.giver.range,
        message: listedAway
          ? message(
              `${displayName(proxy.giver.person)} donne pouvoir à ${displayName(holder)}, lui-même ${STATUS[listedAway.status].fr} : le mandataire doit être présent (art. ${proxyArticle(meeting)} du CGCT).`,
              `${displayName(proxy.giver.person)} gives a proxy to ${displayName(holder)}, who is ${STATUS[listedAway.status].en} too: the holder must be present (CGCT ${proxyArticle(meeting)}).`,
            )
          : message(
              `${displayName(proxy.giver.person)} donne pouvoir à ${displayName(holder)}, qui n’est pas parmi les présents : le mandataire doit être présent (art. ${proxyArticle(meeting)} du CGCT).`,
              `${displayName(proxy.giver.person)} gives a proxy to ${displayName(holder)}, who is not among the present members: the holder must be present (CGCT ${proxyArticle(meeting)}).`,
            ),
        related: [
          ...(proxy.giver.proxyTo ? [{ range: proxy.giver.proxyTo.range, message: message('mandataire désigné', 'proxy holder named') }] : []),
          ...(listedAway ? [{ range: listedAway.range, message: message(`${displayName(holder)} ${STATUS[listedAway.status].fr}`, `${displayName(holder)} ${STATUS[listedAway.status].en}`) }] : []),
        ],
        data: { holder: displayName(holder), status: listedAway?.status ?? 'unlisted' },
      });
    }
  }
}

/** A member both present and absent, excused or represented, neither entry saying when. */
function checkDoubleStatus(meeting: Meeting, report: (r: RuleReport) => void): void {
  const attendees = meeting.attendance.attendees;
  const persons = attendees.map((a) => a.person);
  const reported = new Set<Attendee>();
  for (const away of attendees) {
    if (away.status === 'present' || away.qualifier || isRoleName(away.person)) continue;
    const here = attendees.find((a) => a.status === 'present' && !a.qualifier && samePerson(a.person, away.person, persons));
    if (!here || reported.has(here)) continue;
    // A titulaire replaced by a suppléant is away; the suppléant is present, under another name.
    if (here.substituteFor && samePerson(here.substituteFor, away.person, persons)) continue;
    reported.add(here);
    const status = STATUS[away.status];
    report({
      range: away.range,
      message: message(
        `${displayName(away.person)} figure à la fois parmi les présents et comme ${status.fr}, sans que le texte dise pour quels points.`,
        `${displayName(away.person)} is listed both as present and as ${status.en}, and the text does not say for which items.`,
      ),
      related: [{ range: here.range, message: message('listé présent ici', 'listed present here') }],
      data: { person: displayName(away.person), status: away.status },
    });
  }
}

function personOf(name: string): Person {
  const words = name.trim().split(/\s+/);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    firstName: words.length > 1 ? words.slice(0, -1).join(' ') : '',
    lastName: words[words.length - 1] ?? '',
    key: foldBare(name),
    text: name,
    range,
  };
}
