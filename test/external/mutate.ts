/**
 * Mutations of the real acts of ../shared/external, derived in memory from the model the engine
 * reads: each changes the characters of one element the model located (a printed count, a proxy's
 * holder, a weekday, the convocation date, a printed quorum, a vote's Pour, a row of credits opened
 * within the quarter, a figure of a total written in a sentence) so that the document
 * becomes inconsistent for certain, and names the rule that must then report at that place. Nothing
 * is written to disk: a mutation is a list of edits of the text, applied to a string.
 *
 * A mutation is made only where the inconsistency is certain from the text itself (a relation the
 * original satisfies exactly and the mutation breaks), never where the texts' own conventions leave
 * the figure open (an `Absents` count that may or may not hold the excused, a Pour that a sentence
 * may leave short of the votants).
 */
import type { AnalysisResult } from '../../engine/analyzer';
import type { Diagnostic } from '../../engine/diagnostics';
import { weekdayLike } from '../../engine/facts/calendar';
import {
  countBoxes,
  distinctAttendees,
  globalCounts,
  maybeSamePerson,
  namedPresent,
  namedRepresented,
  presidentPerson,
  proxiesByHolder,
  samePerson,
} from '../../engine/facts/attendance';
import { dayNumber, healthCrisisOn, quorumOn, SIGNATURE_REFORM } from '../../engine/facts/law';
import type { AttendanceCount, CalendarDate, Dossier, Meeting, Range } from '../../engine/model/types';
import { formatAmount } from '../../engine/model/amounts';
import { foldBare } from '../../engine/text/normalize';

// ── Offsets ──────────────────────────────────────────────────────────────────────────────────

/** A half-open span of characters of the whole text. */
export interface Span {
  start: number;
  end: number;
}

export interface Edit extends Span {
  text: string;
}

/** The offset of each line's first character (after `\n`, `\r\n` or `\r`, as `splitLines`). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function spanOf(starts: readonly number[], range: Range): Span {
  return { start: starts[range.start.line] + range.start.character, end: starts[range.end.line] + range.end.character };
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Where an offset of the original text is in the mutated one (inside an edit: at the edit's start). */
export function mapOffset(edits: readonly Edit[], offset: number): number {
  let shift = 0;
  for (const e of edits) {
    if (offset >= e.end) shift += e.text.length - (e.end - e.start);
    else if (offset > e.start) return e.start + shift;
  }
  return offset + shift;
}

/** A span of the original text in the mutated one (an edited span covers its new text). */
export function mapSpan(edits: readonly Edit[], span: Span): Span {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = mapOffset(sorted, span.start);
  let end = mapOffset(sorted, span.end);
  for (const e of sorted) if (e.start === span.start && e.end === span.end) end = start + e.text.length;
  return { start, end: Math.max(start, end) };
}

/** Closed intervals: a diagnostic on an empty range at an edge of the place still touches it. */
export function touches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The spans a diagnostic points at: its range and its related locations. */
export function diagnosticSpans(starts: readonly number[], d: Diagnostic): { own: Span; related: Span[] } {
  return { own: spanOf(starts, d.range), related: (d.relatedInformation ?? []).map((r) => spanOf(starts, r.location.range)) };
}

// ── Mutations ────────────────────────────────────────────────────────────────────────────────

export type MutatedRule =
  | 'attendance-count'
  | 'attendance-proxy'
  | 'date-coherence'
  | 'date-convocation'
  | 'vote-quorum'
  | 'vote-total'
  | 'signature-required'
  | 'budget-total';

export interface Mutation {
  file: string;
  rule: MutatedRule;
  /** What kind of change (`présents +1`, `mandataire absent`, …). */
  kind: string;
  /** The change as written: `« Présents : 25 » → 24`. */
  what: string;
  edits: Edit[];
  /** Where the rule must report (original offsets): the edited characters, and the label of a count. */
  places: Span[];
  /** Whether the mutated document's model read the change as meant (else a misreading, not the rule's miss). */
  readBack(dossier: Dossier | undefined, starts: readonly number[]): boolean;
}

export interface Source {
  file: string;
  text: string;
  result: AnalysisResult;
}

function meetingOf(source: Source): Meeting | undefined {
  return source.result.dossiers[0]?.meeting;
}

function quote(text: string, span: Span, pad = 24): string {
  const before = text.slice(Math.max(0, span.start - pad), span.start).replace(/^\S*\s/, '');
  return `« ${before}${text.slice(span.start, span.end)} »`;
}

/** The printed count of the mutated document at the mutated place, with its new value. */
function countReadBack(kind: AttendanceCount['kind'], edit: Edit, value: number) {
  return (dossier: Dossier | undefined, starts: readonly number[]) =>
    Boolean(dossier?.meeting.attendance.counts.some((c) => c.kind === kind && c.value === value && spanOf(starts, c.range).start === edit.start));
}

function changeCount(source: Source, count: AttendanceCount, delta: number, rule: MutatedRule, kind: string, why: string, value = count.value + delta): Mutation | undefined {
  if (value < 0) return undefined;
  const starts = lineStarts(source.text);
  const span = spanOf(starts, count.range);
  const written = source.text.slice(span.start, span.end);
  if (!/^\d+$/.test(written)) return undefined;
  const text = String(value).padStart(written.length > 1 && written.startsWith('0') ? written.length : 1, '0');
  const edit: Edit = { ...span, text };
  const label = spanOf(starts, count.labelRange);
  return {
    file: source.file,
    rule,
    kind,
    what: `${quote(source.text, span)} → ${text} (${why})`,
    edits: [edit],
    places: [span, label],
    readBack: countReadBack(count.kind, edit, value),
  };
}

/** Members in office, when the text prints one figure for the whole meeting. */
function printedInOffice(meeting: Meeting): AttendanceCount | undefined {
  const printed = globalCounts(meeting, 'inOffice');
  return printed.length > 0 && printed.every((c) => c.value === printed[0].value) ? printed[0] : undefined;
}

/** The lists name every member in office (no suppléant among them, who would sit for one). */
function listsNameEveryone(meeting: Meeting): boolean {
  const inOffice = printedInOffice(meeting);
  const present = namedPresent(meeting);
  if (!inOffice || present.all === 0 || present.substitutes > 0) return false;
  return distinctAttendees(meeting).length + (present.presidentUnlisted ? 1 : 0) === inOffice.value;
}

/**
 * attendance-count: a printed count that a relation of the text holds exactly, changed by one.
 * Votants = présents (+ suppléants) + pouvoirs printed in one box; présents = the names of the list
 * (one more than the list names, or one fewer when every name is present all along); pouvoirs = the
 * proxies the list names; and no more counted than in office (one fewer in office than the votants,
 * présents + pouvoirs or the members the lists name).
 */
export function countMutations(source: Source): Mutation[] {
  const meeting = meetingOf(source);
  if (!meeting || meeting.template === 'departement-cp') return [];
  const out: (Mutation | undefined)[] = [];
  const boxes = countBoxes(meeting);
  const named = namedPresent(meeting);
  const proxies = namedRepresented(meeting);
  const complete = listsNameEveryone(meeting);
  const seen = new Set<string>();
  const add = (m: Mutation | undefined) => {
    if (!m) return;
    const key = `${m.edits[0].start}:${m.edits[0].text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  for (const box of boxes) {
    const { present: p, voters: v, represented: r, substitutes: s } = box.counts;
    if (p && v && r && v.value === p.value + r.value + (s?.value ?? 0)) {
      const why = 'votants = présents + pouvoirs';
      for (const c of [p, r, v]) for (const d of [1, -1]) add(changeCount(source, c, d, 'attendance-count', `${c.kind} ${d > 0 ? '+1' : '−1'}`, why));
    } else if (p && v && !r && !s && boxes.length === 1 && !box.items && proxies.all > 0 && proxies.all === proxies.unqualified && v.value === p.value + proxies.all) {
      const why = 'votants = présents + pouvoirs nommés';
      add(changeCount(source, v, -1, 'attendance-count', 'voters −1', why));
      add(changeCount(source, p, 1, 'attendance-count', 'present +1', why));
      if (complete) {
        add(changeCount(source, v, 1, 'attendance-count', 'voters +1', `${why}, les listes nommant tous les membres`));
        add(changeCount(source, p, -1, 'attendance-count', 'present −1', `${why}, les listes nommant tous les membres`));
      }
    }
  }
  const present = globalCounts(meeting, 'present');
  if (present.length === 1 && named.all > 0 && !named.presidentUnlisted && named.repeated.length === 0 && named.substitutes === 0) {
    const p = present[0];
    if (p.value === named.all) add(changeCount(source, p, 1, 'attendance-count', 'present +1', 'présents = la liste des présents'));
    if (p.value === named.all && named.all === named.unqualified) add(changeCount(source, p, -1, 'attendance-count', 'present −1', 'présents = la liste des présents'));
  }
  const represented = globalCounts(meeting, 'represented');
  if (represented.length === 1 && proxies.all > 0 && proxies.all === proxies.unqualified && represented[0].value === proxies.all) {
    for (const d of [1, -1]) add(changeCount(source, represented[0], d, 'attendance-count', `represented ${d > 0 ? '+1' : '−1'}`, 'pouvoirs = les pouvoirs nommés'));
  }
  const inOffice = printedInOffice(meeting);
  if (inOffice && globalCounts(meeting, 'inOffice').length === 1) {
    const counted: number[] = [];
    for (const box of boxes) {
      const { present: p, voters: v, represented: r, substitutes: s } = box.counts;
      if (v) counted.push(v.value);
      if (p) counted.push(p.value + (s?.value ?? 0) + (r && v && v.value === p.value + r.value + (s?.value ?? 0) ? r.value : 0));
    }
    if (named.substitutes === 0 && named.all > 0) counted.push(distinctAttendees(meeting).length + (named.presidentUnlisted ? 1 : 0));
    if (counted.length > 0 && Math.max(...counted) === inOffice.value) {
      add(changeCount(source, inOffice, -1, 'attendance-count', 'inOffice −1', 'autant de membres comptés ou nommés que d’élus en exercice'));
    }
  }
  return out.filter((m): m is Mutation => Boolean(m));
}

// ── Proxies ──────────────────────────────────────────────────────────────────────────────────

/** A name no member of any real council bears. */
const NOBODY = 'Camille QUIDAMOVSKI';

/**
 * attendance-proxy: the holder of a proxy made absent. Either his entry in the present list trades
 * places with a member listed absent or excused (the counts of both lists unchanged): he is then
 * listed away; or, where the lists are known complete (the printed présents are the names of the
 * list, or the lists name every member in office), the proxy is given to a name nobody bears.
 */
export function proxyMutations(source: Source): Mutation[] {
  const meeting = meetingOf(source);
  if (!meeting || meeting.template === 'departement-cp') return [];
  const starts = lineStarts(source.text);
  const attendees = meeting.attendance.attendees;
  const persons = attendees.map((a) => a.person);
  const named = namedPresent(meeting);
  const printed = globalCounts(meeting, 'present');
  const presentComplete =
    (printed.length === 1 && printed[0].value === named.all && named.all === named.unqualified && !named.presidentUnlisted && named.repeated.length === 0) ||
    listsNameEveryone(meeting);
  const holders = attendees.filter((a) => a.proxyTo).map((a) => a.proxyTo!);
  const out: Mutation[] = [];
  const away = attendees.find(
    (a) => (a.status === 'absent' || a.status === 'excused') && !a.proxyTo && !a.qualifier && !a.replacedBy && !holders.some((h) => samePerson(h, a.person, persons)),
  );
  for (const group of proxiesByHolder(meeting)) {
    const held = group.proxies.filter((p) => !p.qualified);
    if (held.length === 0) continue;
    const entries = attendees.filter((a) => samePerson(a.person, group.holder, persons));
    const here = entries.filter((a) => a.status === 'present');
    if (here.length !== 1 || entries.length !== 1 || here[0].qualifier || here[0].substituteFor) continue;
    // The presiding member is there whatever the lists say.
    const president = presidentPerson(meeting);
    if (president && maybeSamePerson(president, group.holder)) continue;
    const holderSpan = spanOf(starts, here[0].person.range);
    if (away) {
      const awaySpan = spanOf(starts, away.person.range);
      // Each name written in the style of the list it goes to: a list of surnames gets a surname.
      const awayText = here[0].person.firstName ? source.text.slice(awaySpan.start, awaySpan.end) : away.person.lastName;
      const holderText = away.person.firstName && group.holder.firstName ? group.holder.text : source.text.slice(holderSpan.start, holderSpan.end);
      const edits = [
        { ...holderSpan, text: awayText },
        { ...awaySpan, text: holderText },
      ].sort((a, b) => a.start - b.start);
      out.push({
        file: source.file,
        rule: 'attendance-proxy',
        kind: 'holder listed away',
        what: `${quote(source.text, holderSpan)} (mandataire de ${held.map((p) => p.giver.person.text).join(', ')}) échangé avec ${quote(source.text, awaySpan)} (${away.status})`,
        edits,
        places: [holderSpan, awaySpan, ...held.map((p) => spanOf(starts, p.giver.range))],
        readBack: (dossier, s) =>
          Boolean(
            dossier?.meeting.attendance.attendees.some(
              (a) => a.status !== 'present' && spanOf(s, a.person.range).start === mapOffset(edits, awaySpan.start) && samePerson(a.person, group.holder, persons),
            ),
          ),
      });
    }
    if (presentComplete) {
      for (const proxy of held) {
        const at = spanOf(starts, proxy.giver.proxyTo!.range);
        const written = source.text.slice(at.start, at.end);
        if (foldBare(written) !== foldBare(proxy.giver.proxyTo!.text)) continue;
        const civility = /^(?:M\.|Mme|MME|Madame|Monsieur|M)\s+/.exec(written)?.[0] ?? '';
        const edit: Edit = { ...at, text: `${civility}${NOBODY}` };
        out.push({
          file: source.file,
          rule: 'attendance-proxy',
          kind: 'holder nobody',
          what: `pouvoir de ${proxy.giver.person.text} à ${quote(source.text, at, 0)} → « ${edit.text} »`,
          edits: [edit],
          places: [at, spanOf(starts, proxy.giver.range)],
          readBack: (dossier) => Boolean(dossier?.meeting.attendance.attendees.some((a) => a.proxyTo && foldBare(a.proxyTo.text).includes('quidamovski'))),
        });
      }
    }
  }
  return out;
}

// ── Dates ────────────────────────────────────────────────────────────────────────────────────

/** date-coherence: a printed weekday of the meeting date changed to the day after and the day before. */
export function weekdayMutations(source: Source): Mutation[] {
  const meeting = meetingOf(source);
  if (!meeting?.date) return [];
  const starts = lineStarts(source.text);
  const out: Mutation[] = [];
  const settled = meeting.date.date;
  for (const mention of meeting.dateMentions) {
    const weekday = mention.weekday;
    if (!weekday) continue;
    if (mention.date.year !== settled.year || mention.date.month !== settled.month || mention.date.day !== settled.day) continue;
    const span = spanOf(starts, weekday.range);
    const written = source.text.slice(span.start, span.end);
    for (const d of [1, 6]) {
      const value = (weekday.value + d) % 7;
      const edit: Edit = { ...span, text: weekdayLike(value, written) };
      out.push({
        file: source.file,
        rule: 'date-coherence',
        kind: d === 1 ? 'weekday +1' : 'weekday −1',
        what: `${quote(source.text, { start: span.start, end: spanOf(starts, mention.range).end })} : « ${written} » → « ${edit.text} »`,
        edits: [edit],
        places: [span],
        readBack: (dossier, s) => Boolean(dossier?.meeting.dateMentions.some((m) => m.weekday && m.weekday.value === value && spanOf(s, m.weekday.range).start === span.start)),
      });
    }
  }
  return out;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** 1 … 69 in French words (`vingt et un`, `trente-deux`). */
function inWords(n: number): string {
  if (n < 20) return UNITS[n];
  const ten = Math.floor(n / 10);
  const unit = n % 10;
  if (unit === 0) return TENS[ten];
  return unit === 1 ? `${TENS[ten]} et un` : `${TENS[ten]}-${UNITS[unit]}`;
}

function yearInWords(year: number, joiner: string): string | undefined {
  if (year < 2000 || year > 2069) return undefined;
  const rest = year - 2000;
  return `deux${joiner}mille${rest ? ` ${inWords(rest)}` : ''}`;
}

/** A word written in the case of another (`FÉVRIER`, `Février`, `février`), its accents dropped when `bare`. */
function like(word: string, written: string, bare = false): string {
  const out = bare ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;
  if (written.length > 1 && written === written.toUpperCase()) return out.toUpperCase();
  if (written[0] && written[0] === written[0].toUpperCase() && written[0] !== written[0].toLowerCase()) return out[0].toUpperCase() + out.slice(1);
  return out;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const MONTH_WORD = /\b(janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre)\b/i;

/**
 * A date as written (`09 janvier 2023`, `14 Juin 2022`, `huit février`, `ONZE DECEMBRE DEUX MILLE
 * DIX-NEUF`, `07/03/2023`) rewritten for another date in the same style; undefined for a style
 * this does not know.
 */
export function rewriteDate(written: string, from: CalendarDate, to: CalendarDate): string | undefined {
  const numeric = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(written);
  if (numeric) {
    const pad = (n: number, w: string) => String(n).padStart(w.length, '0');
    return `${pad(to.day, numeric[1])}${numeric[2]}${pad(to.month, numeric[3])}${numeric[2]}${to.year}`;
  }
  const month = MONTH_WORD.exec(written);
  if (!month) return undefined;
  const dayPart = written.slice(0, month.index);
  const yearPart = written.slice(month.index + month[0].length);
  let day: string;
  const digits = /^(\s*)(\d{1,2})(er)?(\s+)$/.exec(dayPart);
  if (digits) day = `${digits[1]}${to.day === 1 ? '1er' : String(to.day).padStart(digits[2].length, '0')}${digits[4]}`;
  else {
    const words = /^(\s*)(\S.*?)(\s+)$/.exec(dayPart);
    if (!words) return undefined;
    day = `${words[1]}${like(to.day === 1 ? 'premier' : inWords(to.day), words[2])}${words[3]}`;
  }
  const canonical = MONTHS[from.month - 1];
  // `DECEMBRE` for `décembre`: the text writes its months without accents.
  const bare = /[^\x00-\x7f]/.test(canonical) && !/[^\x00-\x7f]/.test(month[0]);
  const monthText = to.month === from.month ? month[0] : like(MONTHS[to.month - 1], month[0], bare);
  let year = yearPart;
  if (to.year !== from.year) {
    const y = /^(\s+)(\d{4})(.*)$/.exec(yearPart);
    if (y) year = `${y[1]}${to.year}${y[3]}`;
    else {
      const w = /^(\s+)(deux([\s-]+)mille(?:\s+\S+)?)$/i.exec(yearPart);
      const spelled = w ? yearInWords(to.year, w[3]) : undefined;
      if (!w || !spelled) return undefined;
      year = `${w[1]}${like(spelled, w[2])}`;
    }
  }
  return `${day}${monthText}${year}`;
}

/** date-convocation: the convocation moved to the meeting day, and to the day before (no clear day). */
export function convocationMutations(source: Source): Mutation[] {
  const meeting = meetingOf(source);
  const convocation = meeting?.convocation;
  if (!meeting?.date || !convocation) return [];
  const starts = lineStarts(source.text);
  const span = spanOf(starts, convocation.range);
  const written = source.text.slice(span.start, span.end);
  const out: Mutation[] = [];
  for (const [days, kind] of [
    [0, 'convened the meeting day'],
    [-1, 'convened the day before'],
  ] as const) {
    const to = addDays(meeting.date.date, days);
    const text = rewriteDate(written, convocation.date, to);
    if (!text) continue;
    out.push({
      file: source.file,
      rule: 'date-convocation',
      kind,
      what: `${quote(source.text, span)} → « ${text} » (séance du ${meeting.date.date.day}/${meeting.date.date.month}/${meeting.date.date.year})`,
      edits: [{ ...span, text }],
      places: [span],
      readBack: (dossier) => {
        const c = dossier?.meeting.convocation?.date;
        return Boolean(c && c.year === to.year && c.month === to.month && c.day === to.day);
      },
    });
  }
  return out;
}

// ── Quorum and votes ─────────────────────────────────────────────────────────────────────────

/**
 * vote-quorum: a printed `Quorum : q` that is the legal figure changed by one; and, out of the
 * health-crisis periods, a box's présents set one short of the majority of the members in office.
 */
export function quorumMutations(source: Source): Mutation[] {
  const meeting = meetingOf(source);
  if (!meeting || meeting.template === 'departement-cp' || meeting.secondConvocation) return [];
  const out: (Mutation | undefined)[] = [];
  const date = meeting.date?.date;
  for (const box of countBoxes(meeting)) {
    const inOffice = box.inOffice?.value;
    if (!inOffice) continue;
    const quorum = box.counts.quorum;
    const legal = quorumOn(inOffice, undefined, meeting.collectivite.kind, meeting.body?.value).required;
    if (quorum && quorum.value === legal && date && !healthCrisisOn(date)) {
      for (const d of [1, -1]) out.push(changeCount(source, quorum, d, 'vote-quorum', `quorum ${d > 0 ? '+1' : '−1'}`, `quorum légal ${legal} pour ${inOffice} en exercice`));
    }
    const present = box.counts.present;
    if (!present || !date || healthCrisisOn(date) || box.counts.substitutes) continue;
    const rule = quorumOn(inOffice, date, meeting.collectivite.kind, meeting.body?.value);
    if (rule.countsRepresented || present.value < rule.required || present.value > inOffice) continue;
    out.push(changeCount(source, present, 0, 'vote-quorum', 'présents below quorum', `il en faut ${rule.required} sur ${inOffice}`, rule.required - 1));
  }
  return out.filter((m): m is Mutation => Boolean(m));
}

/**
 * vote-total: Pour changed by one where the vote's figures add up exactly to the votants the text
 * prints — the item's own, or the meeting's when one attendance holds for all its items. One more
 * is certain against the item's votants, against the meeting's when the vote writes its three
 * figures, or when the votants are all the members in office; one fewer where the breakdown is
 * complete (two figures against the item's votants, three against the meeting's).
 */
export function pourMutations(source: Source): Mutation[] {
  const meeting = meetingOf(source);
  if (!meeting || meeting.template === 'departement-cp') return [];
  const out: (Mutation | undefined)[] = [];
  const starts = lineStarts(source.text);
  const voters = globalCounts(meeting, 'voters');
  const single =
    voters.length === 1 && !meeting.attendance.counts.some((c) => c.items) && !meeting.attendance.attendees.some((a) => a.qualifier) ? voters[0] : undefined;
  const inOffice = printedInOffice(meeting);
  for (const item of meeting.items) {
    const vote = item.vote;
    const pour = vote?.figures.pour;
    if (!vote || !pour || vote.secret) continue;
    if (item.object && /compte\s+administratif/i.test(item.object.value)) continue;
    const f = vote.figures;
    const given = (['pour', 'contre', 'abstention'] as const).filter((k) => f[k]).length;
    const sum = (f.pour?.value ?? 0) + (f.contre?.value ?? 0) + (f.abstention?.value ?? 0);
    const own = f.votants;
    const v = own ?? single;
    if (!v || sum !== v.value || (f.nppv && f.nppv.value > 0)) continue;
    const whose = own ? 'les votants du point' : 'les votants de la séance';
    const more = own || given === 3 || (inOffice && v.value === inOffice.value);
    const fewer = own ? given >= 2 : given === 3;
    const span = spanOf(starts, pour.range);
    for (const [d, ok] of [
      [1, more],
      [-1, fewer],
    ] as const) {
      if (!ok || pour.value + d < 0) continue;
      const value = pour.value + d;
      const edit: Edit = { ...span, text: String(value) };
      out.push({
        file: source.file,
        rule: 'vote-total',
        kind: `pour ${d > 0 ? '+1' : '−1'}`,
        what: `${quote(source.text, span)} → ${value} (pour + contre + abstentions = ${whose}, ${v.value})`,
        edits: [edit],
        places: [span],
        readBack: (dossier, s) => Boolean(dossier?.meeting.items.some((i) => i.vote?.figures.pour?.value === value && spanOf(s, i.vote.figures.pour.range).start === span.start)),
      });
    }
  }
  return out.filter((m): m is Mutation => Boolean(m));
}

/** Blanks keep every other offset where it was. */
function blank(span: Span): Edit {
  return { ...span, text: ' '.repeat(span.end - span.start) };
}

/**
 * signature-required: on an extrait of a commune, EPCI or syndicat council met from 1 July 2022,
 * whose signature block was read, the secretary taken out. Where the secretary signs, his role
 * words are blanked (`Le/La secrétaire de séance,`): the act is then signed without him. Where he
 * does not sign (a certified copy), the header's designation of him is blanked: the act then names
 * no secretary. Either way the rule must report at the signature block.
 */
export function signatureMutations(source: Source): Mutation[] {
  const dossier = source.result.dossiers[0];
  const meeting = dossier?.meeting;
  if (!meeting || dossier.template !== 'extrait' || !meeting.date || dayNumber(meeting.date.date) < dayNumber(SIGNATURE_REFORM)) return [];
  if (!['commune', 'epci', 'syndicat'].includes(meeting.collectivite.kind ?? '')) return [];
  if (meeting.body && !['conseil-municipal', 'conseil-communautaire', 'comite-syndical'].includes(meeting.body.value)) return [];
  const starts = lineStarts(source.text);
  const out: Mutation[] = [];
  for (const item of meeting.items) {
    const signature = item.signature;
    if (!signature?.signatories.some((s) => s.role === 'president')) continue;
    const block = spanOf(starts, signature.range);
    const secretary = signature.signatories.find((s) => s.role === 'secretary');
    if (secretary) {
      const span = spanOf(starts, secretary.range);
      const role = /(?:Le|La|LE|LA|Le\/La|La\/Le) (?:secr[ée]taire|SECR[ÉE]TAIRE) (?:de|DE) (?:s[ée]ance|S[ÉE]ANCE)\s?,?/u.exec(source.text.slice(span.start, span.end));
      if (!role) continue;
      const edit = blank({ start: span.start + role.index, end: span.start + role.index + role[0].length });
      out.push({
        file: source.file,
        rule: 'signature-required',
        kind: 'secretary signature removed',
        what: `${quote(source.text, edit)} blanked`,
        edits: [edit],
        places: [block],
        readBack: (d) => Boolean(d?.meeting.items.some((i) => i.signature && !i.signature.signatories.some((s) => s.role === 'secretary'))),
      });
    } else if (meeting.secretary) {
      const edit = blank(spanOf(starts, meeting.secretary.range));
      out.push({
        file: source.file,
        rule: 'signature-required',
        kind: 'secretary name removed',
        what: `${quote(source.text, edit)} blanked`,
        edits: [edit],
        places: [block],
        readBack: (d) => Boolean(d && !d.meeting.secretary),
      });
    }
  }
  return out;
}

/**
 * In a table of credits opened within the quarter (L1612-1) that adds up and stays within the
 * quarter: a row's first digit raised (the total no longer adds up), a row's nature made a chapter 16
 * one (the debt is not in the quarter), and last year's credits cut below four times what is opened.
 */
export function quarterCreditsMutations(source: Source): Mutation[] {
  const starts = lineStarts(source.text);
  const out: Mutation[] = [];
  const tableAt = (dossier: Dossier | undefined, s: readonly number[], at: number) =>
    dossier?.quarterCredits?.find((t) => t.rows.some((r) => r.amounts.some((a) => spanOf(s, a.range).start === at)));
  for (const dossier of source.result.dossiers) {
    for (const table of dossier.quarterCredits ?? []) {
      const total = table.total?.amounts[table.total.amounts.length - 1];
      const opened = table.rows.reduce((a, r) => a + r.amounts[r.amounts.length - 1].cents, 0);
      if (!total || total.cents !== opened || (table.base && table.base.cents < 4 * opened)) continue;
      for (const row of table.rows) {
        const amount = row.amounts[row.amounts.length - 1];
        const span = spanOf(starts, amount.range);
        const written = source.text.slice(span.start, span.end);
        const digit = Number(written[0]);
        if (!(digit >= 1 && digit <= 8)) continue;
        const edit: Edit = { start: span.start, end: span.start + 1, text: String(digit + 1) };
        out.push({
          file: source.file,
          rule: 'budget-total',
          kind: 'quarter row digit',
          what: `${quote(source.text, span)} → ${digit + 1}${written.slice(1)} (the table's total ${total.text})`,
          edits: [edit],
          places: [span, spanOf(starts, total.range)],
          readBack: (d, s) => Boolean(tableAt(d, s, span.start)?.rows.some((r) => r.amounts.some((a) => spanOf(s, a.range).start === span.start && a.cents !== amount.cents))),
        });
        const code = row.code && /^\d+$/u.test(row.code) ? source.text.lastIndexOf(row.code, span.start) : -1;
        if (code > spanOf(starts, table.range).end && !row.code!.startsWith('16')) {
          const edit: Edit = { start: code, end: code + 2, text: '16' };
          out.push({
            file: source.file,
            rule: 'budget-total',
            kind: 'quarter row made debt',
            what: `${quote(source.text, { start: code, end: code + row.code!.length })} → 16${row.code!.slice(2)}`,
            edits: [edit],
            places: [span],
            readBack: (d, s) => Boolean(tableAt(d, s, span.start)?.rows.some((r) => r.code?.startsWith('16'))),
          });
        }
      }
      if (table.base) {
        const span = spanOf(starts, table.base.range);
        const cut = Math.floor((3 * opened) / 100) * 100;
        const text = `${formatAmount(cut, table.base.style)}`;
        out.push({
          file: source.file,
          rule: 'budget-total',
          kind: 'quarter credits cut',
          what: `${quote(source.text, span)} → ${text} (four times ${total.text} is more)`,
          edits: [{ ...span, text }],
          places: [span, spanOf(starts, total.range)],
          readBack: (d, s) => Boolean(d?.quarterCredits?.some((t) => t.base?.cents === cut && spanOf(s, t.base.range).start === span.start)),
        });
      }
    }
  }
  return out;
}

/** In a total a sentence writes that holds (022's unit price times a count): the count, the price and the total's first digit raised. */
export function proseTotalMutations(source: Source): Mutation[] {
  const starts = lineStarts(source.text);
  const out: Mutation[] = [];
  for (const dossier of source.result.dossiers) {
    for (const prose of dossier.proseTotals ?? []) {
      const product = prose.product;
      if (!product || product.price.cents * product.count.value !== prose.total.cents) continue;
      const total = spanOf(starts, prose.total.range);
      for (const [kind, range] of [
        ['prose count digit', product.count.range],
        ['prose unit price digit', product.price.range],
        ['prose total digit', prose.total.range],
      ] as const) {
        const span = spanOf(starts, range);
        const digit = Number(source.text[span.start]);
        if (!(digit >= 1 && digit <= 8)) continue;
        const edit: Edit = { start: span.start, end: span.start + 1, text: String(digit + 1) };
        out.push({
          file: source.file,
          rule: 'budget-total',
          kind,
          what: `${quote(source.text, span)} → ${digit + 1}… (${product.count.value} × ${product.price.text} = ${prose.total.text})`,
          edits: [edit],
          places: [span, total],
          readBack: (d, s) =>
            Boolean(d?.proseTotals?.some((p) => p.product && spanOf(s, p.total.range).start === total.start && p.product.price.cents * p.product.count.value !== p.total.cents)),
        });
      }
    }
  }
  return out;
}

export const GENERATORS: Record<MutatedRule, (source: Source) => Mutation[]> = {
  'attendance-count': countMutations,
  'attendance-proxy': proxyMutations,
  'date-coherence': weekdayMutations,
  'date-convocation': convocationMutations,
  'vote-quorum': quorumMutations,
  'vote-total': pourMutations,
  'signature-required': signatureMutations,
  'budget-total': (source) => [...quarterCreditsMutations(source), ...proseTotalMutations(source)],
};

// ── Running a mutation ───────────────────────────────────────────────────────────────────────

export interface Outcome {
  mutation: Mutation;
  /** The mutated document's model holds the change as meant. */
  read: boolean;
  /** The rule reports at the mutated place (its range or a related location there). */
  found: boolean;
  /** Diagnostics (any rule) the original did not have, away from the mutated place. */
  elsewhere: string[];
  /** The mutated document's diagnostics of the rule, for the report of a miss. */
  ruleDiagnostics: string[];
}

function key(d: Diagnostic, start: number): string {
  return `${d.code}@${start}`;
}

/** Whether the original already reports the rule at one of the places (no mutation made there). */
export function reportedAt(source: Source, mutation: Mutation): boolean {
  const starts = lineStarts(source.text);
  return source.result.diagnostics.some((d) => {
    if (d.code !== mutation.rule) return false;
    const { own, related } = diagnosticSpans(starts, d);
    return [own, ...related].some((s) => mutation.places.some((p) => touches(s, p)));
  });
}

export function runMutation(source: Source, mutation: Mutation, analyze: (text: string) => AnalysisResult): Outcome {
  const edits = [...mutation.edits].sort((a, b) => a.start - b.start);
  const text = applyEdits(source.text, edits);
  const result = analyze(text);
  const starts = lineStarts(text);
  const originalStarts = lineStarts(source.text);
  const places = mutation.places.map((p) => mapSpan(edits, p));
  const before = new Set(source.result.diagnostics.map((d) => key(d, mapOffset(edits, spanOf(originalStarts, d.range).start))));
  let found = false;
  const elsewhere: string[] = [];
  const ruleDiagnostics: string[] = [];
  for (const d of result.diagnostics) {
    const { own, related } = diagnosticSpans(starts, d);
    const atPlace = [own, ...related].some((s) => places.some((p) => touches(s, p)));
    if (d.code === mutation.rule) {
      ruleDiagnostics.push(`@${own.start}: ${d.message}`);
      if (atPlace) found = true;
    }
    if (!atPlace && !before.has(key(d, own.start))) elsewhere.push(`${d.code} @${own.start}: ${d.message}`);
  }
  return { mutation, read: mutation.readBack(result.dossiers[0], starts), found, elsewhere, ruleDiagnostics };
}
