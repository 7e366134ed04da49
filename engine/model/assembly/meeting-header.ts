/**
 * The head of a meeting's document: who meets (the collectivité and its body), when (every mention
 * of the meeting's date, the time, the convocation), where, presided by whom, with which secretary.
 *
 * A date is placed by the words met walking back from it (`SÉANCE DU CONSEIL MUNICIPAL DU …`,
 * `légalement convoqué le …`, `Approbation du procès-verbal de la séance du …`), read through the
 * template's vocabulary; the opening sentence's `L'an …, le …` is one by itself. Masked spans (the
 * ACTES stamps) read as blanks, so a stamp's date is never the meeting's. What cannot be placed
 * with confidence is left out: these readings feed checkers that report errors.
 */
import type { MeetingVocabulary } from '../../templates/vocabulary/meeting';
import {
  calendarDate,
  findFrenchDates,
  findFrenchTimes,
  prepareText,
  tokenIndexAt,
  type FoundDate,
  type PreparedText,
  type Token,
} from '../../text/french-dates';
import type { BodyKind, CalendarDate, Collectivite, CollectiviteKind, DateRef, Located, Meeting, MeetingDateMention } from '../types';
import { unmaskedText, type Source } from './source';

export type MeetingHeader = Pick<
  Meeting,
  'collectivite' | 'body' | 'date' | 'dateMentions' | 'time' | 'convocation' | 'secondConvocation' | 'place' | 'president' | 'secretary'
>;

/** Dates are read in at most this many characters (a document's head and its signatures). */
const MAX_TEXT = 1_000_000;
/** The collectivité's name is looked for in the head only. */
const HEAD = 4_000;
/** The president, the secretary, the place: in the first act's header. */
const HEADER_REACH = 20_000;

export function parseMeetingHeader(source: Source): MeetingHeader {
  const full = unmaskedText(source);
  const text = full.length > MAX_TEXT ? full.slice(0, MAX_TEXT) : full;
  const v = source.profile.vocabulary.meeting;
  const prepared = prepareText(text);
  const reader = new HeaderReader(source, text, prepared, v);
  return reader.read();
}

// ── Placing dates ────────────────────────────────────────────────────────────────────────────

type Place = 'title' | 'opening' | 'signature' | 'label' | 'convocation';

interface Placed {
  found: FoundDate;
  place: Place;
  /**
   * How surely a title is the document's own: 3 for words naming a sitting or its minutes (`Séance
   * du`, `Procès-verbal`, `DÉLIBÉRATION N° … DU`), 2 for a body alone in a heading (`CONSEIL
   * MUNICIPAL DU`), 1 for a body cited in prose (`présenté au Conseil municipal du`); 0 for the rest.
   */
  rank: number;
  /** Where the words that place it begin (the title's first word). */
  from: number;
}

type CueKind = 'title' | 'body' | 'act' | 'collectivite' | 'convocation' | 'opening' | 'signature' | 'label';

interface Cue {
  kind: CueKind;
  k: number;
}

/** Punctuation a title or a label may hold between its words and its date. */
const PUNCT_CONNECTORS = new Set([':', ',', '-', '(', ')', "'", '°', '/', '_', '–']);

/** Words before a `.` that make it an abbreviation, not a sentence end. */
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mr', 'st', 'ste', 'n', 'no', 'art', 'av', 'bd']);

class HeaderReader {
  private readonly tokens: readonly Token[];
  private readonly dates: FoundDate[];

  constructor(
    private readonly source: Source,
    private readonly text: string,
    prepared: PreparedText,
    private readonly v: MeetingVocabulary,
  ) {
    this.tokens = prepared.tokens;
    this.dates = findFrenchDates(text, prepared);
  }

  read(): MeetingHeader {
    const placed = this.placeDates();
    const header: MeetingHeader = { collectivite: {}, dateMentions: [] };
    const chosen = this.chooseDate(placed);
    if (chosen) {
      header.date = this.mention(chosen);
      header.dateMentions = this.mentions(placed, chosen);
    }
    const time = this.meetingTime(placed, chosen);
    if (time) header.time = time;
    const convocation = this.convocation(placed, header.date?.date);
    if (convocation) header.convocation = convocation;
    const second = this.v.secondConvocation.exec(this.text.slice(0, HEADER_REACH));
    if (second) header.secondConvocation = this.source.joined.rangeAt(second.index, second.index + second[0].length);
    const opening = placed.find((p) => p.place === 'opening');
    const place = this.meetingPlace(opening);
    if (place) header.place = place;
    const president = this.president();
    if (president) header.president = president;
    const secretary = this.secretary();
    if (secretary) header.secretary = secretary;
    const collectivite = this.collectivite(chosen, opening);
    header.collectivite = collectivite.collectivite;
    const body = this.body(chosen, opening, collectivite.nameRange);
    if (body) header.body = body;
    if (!header.collectivite.kind && body) {
      const kind = KIND_OF_BODY[body.value];
      if (kind) header.collectivite.kind = kind;
    }
    return header;
  }

  private placeDates(): Placed[] {
    const out: Placed[] = [];
    let barrier = 0;
    for (const found of this.dates) {
      const placed = this.placeDate(found, barrier);
      if (placed) out.push(placed);
      barrier = found.end;
    }
    return out;
  }

  /** What the date at `found` dates, from the words before it (back to `barrier`, the previous date's end). */
  private placeDate(found: FoundDate, barrier: number): Placed | undefined {
    const { v, tokens, text } = this;
    // `L'an deux mille vingt-trois, le …`: the opening sentence by itself.
    if (/^l['’ ]\s?an\b/iu.test(found.text)) {
      return { found, place: 'opening', rank: 0, from: found.start };
    }
    const dateStart = found.weekday ? found.weekday.start : found.start;
    const cues: Cue[] = [];
    let other = false;
    let names = 0;
    let persons = 0;
    let numbers = 0;
    let numberMark = false;
    let steps = 0;
    let k = tokenIndexAt(tokens, dateStart) - 1;
    for (; k >= 0 && steps < v.reachWords; k--, steps++) {
      const t = tokens[k];
      if (t.end <= barrier) break;
      if (t.kind === 'punct') {
        if (t.text === '.') {
          const prev = tokens[k - 1];
          const next = tokens[k + 1];
          // `052.2011`: a number's period, not a sentence's.
          if (prev && next && prev.kind === 'number' && next.kind === 'number' && prev.end === t.start && next.start === t.end) continue;
          if (prev && prev.kind === 'word' && prev.end === t.start && (prev.text.length === 1 || ABBREVIATIONS.has(prev.text))) continue;
          break;
        }
        if (PUNCT_CONNECTORS.has(t.text)) continue;
        break;
      }
      if (t.kind === 'number') {
        if (++numbers > 6) break;
        continue;
      }
      const w = t.text;
      if (v.connectors.has(w) || v.weekdays.has(w)) continue;
      const cue = this.cueOf(w);
      // `Conseil d'État`, `conseil d'école`: a council without its qualifier is not a deliberating body.
      if (cue === 'body' && w !== 'bureau' && !this.qualified(k)) continue;
      if (cue) {
        cues.push({ kind: cue, k });
        continue;
      }
      if (v.bodyQualifiers.has(w)) continue;
      if (cues.length === 0 && (w === 'par' || v.convocationQualifiers.has(w) || w === 'urgence')) continue;
      // `examinées par le Conseil municipal le …`
      if (w === 'par' && tokens[k - 1]?.kind === 'word' && v.labelWords.has(tokens[k - 1].text)) continue;
      if (v.otherWords.has(w)) {
        other = true;
        break;
      }
      if (v.personWords.has(w)) {
        // Before the date's words, a person stands in another phrase (`DÉCISIONS DU MAIRE Séance du …`).
        if (cues.length > 0) break;
        persons++;
        continue;
      }
      if (w === 'n' || w === 'no' || w === 'numero') {
        numberMark = true;
        continue;
      }
      if (isUpperInitial(text, t.start)) {
        if (++names > 8) break;
        continue;
      }
      break;
    }
    const first = cues[0];
    if (first?.kind === 'convocation') return this.placed(found, 'convocation', 0, first);
    if (first && this.word(first) === 'seance' && cues[1]?.kind === 'convocation' && this.word({ kind: 'title', k: first.k - 1 }) === 'en') {
      return this.placed(found, 'convocation', 0, cues[1]);
    }
    if (other || persons > 0) return undefined;
    // Nothing before the date but a collectivité's name: `Ville de X Le vendredi 31 mars 2023, …, le Conseil … s'est réuni`.
    if (!first || cues.every((c) => c.kind === 'collectivite')) return this.openingAhead(found, dateStart);
    if (cues.some((c) => c.kind === 'signature')) return this.placed(found, 'signature', 0, cues[cues.length - 1]);
    if (first.kind === 'label') return this.placed(found, 'label', 0, first);
    if (first.kind === 'title' && this.isDateLabel(first)) return this.placed(found, 'label', 0, first);
    if (cues.some((c) => c.kind === 'opening')) {
      const verb = cues.find((c) => c.kind === 'opening') as Cue;
      return this.hasDeliberatingSubject(tokens[verb.k].start, cues) ? this.placed(found, 'opening', 0, cues[cues.length - 1]) : undefined;
    }
    if (v.approvedAfter.test(text.slice(found.end, found.end + 60))) return undefined;
    const last = cues[cues.length - 1];
    // A title begins with a capital (`Séance du …`, `CONSEIL MUNICIPAL DU …`); lower case is prose citing a meeting.
    if (!isUpperInitial(text, tokens[last.k].start)) return undefined;
    const strong = cues.some((c) => c.kind === 'title') || (numberMark && cues.some((c) => c.kind === 'act'));
    const titled = strong || cues.some((c) => c.kind === 'body');
    if (!titled) return undefined;
    if (cues.some((c) => c.kind === 'act') && !numberMark && !cues.some((c) => c.kind === 'title' || c.kind === 'body')) return undefined;
    // `présenté au Conseil municipal du …`: a body after a lower-case article is prose, not a heading.
    const lead = tokens[last.k - 1];
    const prose = !strong && lead !== undefined && lead.kind === 'word' && v.connectors.has(lead.text) && !isUpperInitial(text, lead.start);
    return this.placed(found, 'title', strong ? 3 : prose ? 1 : 2, last);
  }

  /** A body word followed by its qualifier (`conseil municipal`, `conseil de communauté`, `comité syndical`). */
  private qualified(k: number): boolean {
    for (let j = k + 1; j < this.tokens.length && j <= k + 4; j++) {
      const t = this.tokens[j];
      if (t.kind === 'word' && this.v.bodyQualifiers.has(t.text)) return true;
      if (!(t.text === 'de' || t.text === 'la' || t.text === 'd' || t.text === "'" || t.text === 'l')) return false;
    }
    return false;
  }

  private cueOf(w: string): CueKind | undefined {
    const { v } = this;
    if (v.titleWords.has(w)) return 'title';
    if (v.bodyWords.has(w)) return 'body';
    if (v.actWords.has(w)) return 'act';
    if (v.collectiviteWords.has(w)) return 'collectivite';
    if (v.convocationWords.has(w)) return 'convocation';
    if (v.meetingVerbs.has(w)) return 'opening';
    if (v.signatureWords.has(w)) return 'signature';
    if (v.labelWords.has(w)) return 'label';
    return undefined;
  }

  private placed(found: FoundDate, place: Place, rank: number, cue: Cue): Placed {
    return { found, place, rank, from: this.tokens[cue.k].start };
  }

  private word(cue: Cue): string | undefined {
    const t = this.tokens[cue.k];
    return t && t.kind === 'word' ? t.text : undefined;
  }

  /** `Date de la séance :`, `Date de réunion :`: the title word follows `date de (la)`. */
  private isDateLabel(cue: Cue): boolean {
    for (let k = cue.k - 1, n = 0; k >= 0 && n < 3; k--, n++) {
      const t = this.tokens[k];
      if (t.kind !== 'word') return false;
      if (t.text === 'date') return true;
      if (t.text !== 'de' && t.text !== 'la' && t.text !== 'du') return false;
    }
    return false;
  }

  /** The opening's verb has a deliberating body for subject (`le Conseil municipal … s'est réuni`), not a commission. */
  private hasDeliberatingSubject(verbStart: number, cues: readonly Cue[]): boolean {
    if (cues.some((c) => c.kind === 'body' && this.tokens[c.k].start < verbStart)) {
      const body = cues.find((c) => c.kind === 'body') as Cue;
      const between = this.text.slice(this.tokens[body.k].start, verbStart);
      if (!matches(this.v.nonDeliberatingSubjects, between)) return true;
    }
    const clause = sentenceBefore(this.text, verbStart, 200);
    const subjects = lastMatch(this.v.openingSubject, clause);
    const others = lastMatch(this.v.nonDeliberatingSubjects, clause);
    return subjects >= 0 && others < subjects;
  }

  /** `Le [lundi] 13 mars 2023, à 19 heures, le Conseil … s'est réuni`: the verb comes after the date. */
  private openingAhead(found: FoundDate, dateStart: number): Placed | undefined {
    const before = this.tokens[tokenIndexAt(this.tokens, dateStart) - 1];
    if (!before || before.text !== 'le' || this.text[before.start] !== 'L') return undefined;
    const after = sentenceAfter(this.text, found.end, this.v.openingVerbReach);
    const verb = this.v.openingVerb.exec(after);
    if (!verb) return undefined;
    const subjectZone = after.slice(0, verb.index);
    const subject = lastMatch(this.v.openingSubject, subjectZone);
    if (subject >= 0) {
      if (lastMatch(this.v.nonDeliberatingSubjects, subjectZone) > subject) return undefined;
    } else {
      // `… S'EST RÉUNI LE CONSEIL MUNICIPAL`: the subject after its verb.
      const inverted = /^\s+(?:le|les|la)\s+(\S+)/iu.exec(after.slice(verb.index + verb[0].length, verb.index + verb[0].length + 40));
      if (!inverted || !matches(this.v.openingSubject, inverted[1])) return undefined;
    }
    return { found, place: 'opening', rank: 0, from: before.start };
  }

  // ── The meeting's date ─────────────────────────────────────────────────────────────────────

  /** The title's date (the surest title; among equals, the date the text repeats most, then the first), else the opening's, a label's, a signature's. */
  private chooseDate(placed: readonly Placed[]): Placed | undefined {
    const full = placed.filter((p) => p.found.date && p.place !== 'convocation');
    const titles = full.filter((p) => p.place === 'title');
    if (titles.length > 0) {
      const count = new Map<string, number>();
      for (const p of full) count.set(dateKey(p.found.date as CalendarDate), (count.get(dateKey(p.found.date as CalendarDate)) ?? 0) + 1);
      let best = titles[0];
      const score = (p: Placed) => p.rank * 1000 + (count.get(dateKey(p.found.date as CalendarDate)) ?? 0);
      for (const p of titles) if (score(p) > score(best)) best = p;
      return best;
    }
    return full.find((p) => p.place === 'opening') ?? full.find((p) => p.place === 'label') ?? full.find((p) => p.place === 'signature');
  }

  /**
   * The mentions rules compare: every title, label and signature naming the chosen date, and every
   * opening sentence whatever its date (`L'an deux mille vingt-deux, le Lundi trente janvier` under
   * a 2023 title is a real inconsistency). A title naming another date is taken for another
   * meeting's (an item of the agenda, the session approving these minutes) and left out.
   */
  private mentions(placed: readonly Placed[], chosen: Placed): MeetingDateMention[] {
    const key = dateKey(chosen.found.date as CalendarDate);
    return placed
      .filter((p) => p.found.date && p.place !== 'convocation' && (p.place === 'opening' || dateKey(p.found.date) === key))
      .map((p) => this.mention(p));
  }

  private mention(p: Placed): MeetingDateMention {
    const { found } = p;
    const mention: MeetingDateMention = {
      date: found.date as CalendarDate,
      text: found.text,
      range: this.source.joined.rangeAt(found.start, found.end),
      place: p.place === 'convocation' ? 'label' : p.place,
    };
    if (found.weekday) mention.weekday = { value: found.weekday.value, range: this.source.joined.rangeAt(found.weekday.start, found.weekday.end) };
    if (found.inWords) mention.inWords = true;
    return mention;
  }

  /** The time written right after the opening's date (`à dix-neuf heures`), else after the title's (`DU LUNDI 27 MARS 2023 à 18 h 00`). */
  private meetingTime(placed: readonly Placed[], chosen: Placed | undefined): Located<string> | undefined {
    const opening = placed.find((p) => p.place === 'opening');
    for (const p of [opening, chosen]) {
      if (!p) continue;
      const from = p.found.end;
      const window = this.text.slice(from, from + 120);
      const time = findFrenchTimes(window)[0];
      if (!time) continue;
      const gap = window.slice(0, time.start);
      // Only `, à` or `à` between the date and the time: further on, it times something else.
      if (!/^,? ?(?:[àa] )?$/iu.test(gap)) continue;
      const s = from + time.start;
      const e = from + time.end;
      return { value: this.text.slice(s, e), range: this.source.joined.rangeAt(s, e) };
    }
    return undefined;
  }

  /** The first convocation date; without its year (`convoqué le huit février`), the meeting's year (the year before for a later month). */
  private convocation(placed: readonly Placed[], meeting: CalendarDate | undefined): (DateRef & { urgency?: boolean }) | undefined {
    const p = placed.find((q) => q.place === 'convocation');
    if (!p) return undefined;
    let date = p.found.date;
    if (!date && meeting) {
      const later = p.found.month > meeting.month || (p.found.month === meeting.month && p.found.day > meeting.day);
      date = calendarDate(later ? meeting.year - 1 : meeting.year, p.found.month, p.found.day);
    }
    if (!date) return undefined;
    const ref: DateRef & { urgency?: boolean } = {
      date,
      text: p.found.text,
      range: this.source.joined.rangeAt(p.found.start, p.found.end),
    };
    const around = this.text.slice(Math.max(0, p.from - 40), p.found.end + 40);
    if (matches(this.v.urgency, around)) ref.urgency = true;
    return ref;
  }

  // ── Place, president, secretary ────────────────────────────────────────────────────────────

  /** `s'est réuni(e) à la Salle des fêtes`, `s'est assemblé en Mairie, …`: after the opening's verb. */
  private meetingPlace(opening: Placed | undefined): Located<string> | undefined {
    if (!opening) return undefined;
    const zone = this.text.slice(opening.from, opening.from + 600);
    const verb = this.v.placeVerb.exec(zone);
    if (!verb) return undefined;
    let at = opening.from + verb.index + verb[0].length;
    for (let i = 0; i < 3; i++) {
      const skip = this.v.placeSkip.exec(this.text.slice(at, at + 80));
      if (!skip || skip[0].length === 0) break;
      at += skip[0].length;
    }
    while (this.text[at] === ' ' || this.text[at] === ',') at++;
    // `S'EST RÉUNI LE CONSEIL MUNICIPAL DE X AU LIEU HABITUEL …`: the subject after its verb, then the place.
    const inverted = this.v.placeInvertedSubject.exec(this.text.slice(at, at + 120));
    if (inverted) at += inverted[0].length;
    const prep = /^(?:[àa]|en|dans)\s/iu.exec(this.text.slice(at, at + 6));
    if (prep) at += prep[0].length;
    const phrase = this.text.slice(at, at + 120);
    const end = this.v.placeEnd.exec(phrase);
    const value = (end ? phrase.slice(0, end.index) : '').trim();
    if (value.length < 3 || value.length > 100 || !this.v.placeWords.test(value)) return undefined;
    return { value, range: this.source.joined.rangeAt(at, at + value.length) };
  }

  /** `sous la présidence de Monsieur Philippe RIO, Maire`, `Président de séance : X`: the first that names someone (not `Monsieur le Maire`). */
  private president(): Located<string> | undefined {
    const head = this.text.slice(0, HEADER_REACH);
    for (const m of matchesIn(this.v.presidency, head, 20)) {
      const name = readNameAfter(this.text, m.index + m[0].length, this.v, false);
      if (name) return this.located(name);
    }
    return undefined;
  }

  /** `Secrétaire de séance : X`, `X a été élu(e) secrétaire de séance`, `Il nomme X, secrétaire de séance`: the first written. */
  private secretary(): Located<string> | undefined {
    const head = this.text.slice(0, HEADER_REACH);
    const found: Array<{ at: number; name: Span }> = [];
    const label = this.v.secretaryLabel.exec(head);
    if (label) {
      const name = readNameAfter(this.text, label.index + label[0].length, this.v, true);
      if (name) found.push({ at: label.index, name });
    }
    this.v.secretaryAfterName.lastIndex = 0;
    for (let m = this.v.secretaryAfterName.exec(head), n = 0; m && n < 20; m = this.v.secretaryAfterName.exec(head), n++) {
      const name = readNameBefore(this.text, m.index, this.v);
      if (name) {
        found.push({ at: name[0], name });
        break;
      }
    }
    const duties = this.v.secretaryDuties.exec(head);
    if (duties && /secr[ée]taire/iu.test(head.slice(Math.max(0, duties.index - 250), duties.index))) {
      const name = readNameBefore(this.text, duties.index, this.v);
      if (name) found.push({ at: name[0], name });
    }
    this.v.secretaryAfterVerb.lastIndex = 0;
    for (let m = this.v.secretaryAfterVerb.exec(head), n = 0; m && n < 50; m = this.v.secretaryAfterVerb.exec(head), n++) {
      const at = m.index + m[0].length;
      const name = readNameAfter(this.text, at, this.v, false);
      if (name && this.v.secretaryWord.test(this.text.slice(name[1], name[1] + 80))) {
        found.push({ at: m.index, name });
        break;
      }
    }
    if (found.length === 0) return undefined;
    found.sort((a, b) => a.at - b.at);
    return this.located(found[0].name);
  }

  private located([s, e]: Span): Located<string> {
    return { value: this.text.slice(s, e), range: this.source.joined.rangeAt(s, e) };
  }

  // ── Collectivité and body ──────────────────────────────────────────────────────────────────

  private collectivite(chosen: Placed | undefined, opening: Placed | undefined): { collectivite: Collectivite; nameRange?: Span } {
    const limit = Math.min(this.text.length, HEADER_REACH, Math.max(HEAD, (opening?.found.end ?? 0) + 400, (chosen?.found.end ?? 0) + 200));
    const candidates = collectiviteCandidates(this.text.slice(0, limit), this.v);
    const allowed = intersect(this.kindsFromBody(chosen, opening), kindsFromSiren(this.source));
    const fits = (c: Candidate) => (allowed ? allowed.has(c.kind) : !c.placing);
    const pick = candidates.find(fits);
    const collectivite: Collectivite = {};
    if (pick) {
      collectivite.kind = pick.kind;
      if (pick.name) collectivite.name = this.located(pick.name);
      return { collectivite, nameRange: pick.name };
    }
    if (allowed && allowed.size === 1) collectivite.kind = [...allowed][0];
    return { collectivite };
  }

  private kindsFromBody(chosen: Placed | undefined, opening: Placed | undefined): Set<CollectiviteKind> | undefined {
    const body = this.body(chosen, opening, undefined);
    if (!body) return undefined;
    return new Set(KINDS_OF_BODY[body.value]);
  }

  /** The body named by the title's words, else the opening sentence, else the head; a bureau or a commission permanente before its council. */
  private body(chosen: Placed | undefined, opening: Placed | undefined, skip: Span | undefined): Located<BodyKind> | undefined {
    const zones: Span[] = [];
    if (chosen && chosen.place === 'title') zones.push([chosen.from, chosen.found.start]);
    if (opening) zones.push([opening.from, Math.min(this.text.length, opening.found.end + 300)]);
    zones.push([0, Math.min(this.text.length, 1500)]);
    for (const [s, e] of zones) {
      const found = this.bodyIn(s, e, skip);
      if (found) return found;
    }
    return undefined;
  }

  private bodyIn(start: number, end: number, skip: Span | undefined): Located<BodyKind> | undefined {
    const zone = this.text.slice(start, end);
    let best: { kind: BodyKind; at: number; length: number } | undefined;
    for (const { kind, pattern } of this.v.bodies) {
      for (const m of matchesIn(pattern, zone, 50)) {
        const at = start + m.index;
        if (skip && at >= skip[0] && at < skip[1]) continue;
        if (!best || at < best.at) best = { kind, at, length: m[0].length };
        break;
      }
    }
    if (!best) return undefined;
    // `le Bureau du Conseil de Communauté`, `La commission permanente du conseil régional`: the first named sits.
    return { value: best.kind, range: this.source.joined.rangeAt(best.at, best.at + best.length) };
  }
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────

type Span = readonly [number, number];

const KIND_OF_BODY: Partial<Record<BodyKind, CollectiviteKind>> = {
  'conseil-municipal': 'commune',
  'conseil-communautaire': 'epci',
  'comite-syndical': 'syndicat',
  'conseil-departemental': 'departement',
  'conseil-regional': 'region',
};

const KINDS_OF_BODY: Record<BodyKind, CollectiviteKind[]> = {
  'conseil-municipal': ['commune'],
  'conseil-communautaire': ['epci'],
  bureau: ['epci', 'syndicat'],
  'comite-syndical': ['syndicat'],
  'commission-permanente': ['departement', 'region'],
  'conseil-departemental': ['departement'],
  'conseil-regional': ['region'],
};

/** The kind the SIREN of the first ACTES ID certainly tells: 21 communes, 22 départements, 23 régions, 24–25 groupings. */
function kindsFromSiren(source: Source): Set<CollectiviteKind> | undefined {
  const siren = matchesIn(source.profile.vocabulary.stamps.id, source.joined.text.slice(0, HEADER_REACH), 1)[0]?.[2];
  if (!siren) return undefined;
  if (siren.startsWith('21')) return new Set(['commune']);
  if (siren.startsWith('22')) return new Set(['departement']);
  if (siren.startsWith('23')) return new Set(['region']);
  if (siren.startsWith('24') || siren.startsWith('25')) return new Set(['epci', 'syndicat']);
  return undefined;
}

function intersect(a: Set<CollectiviteKind> | undefined, b: Set<CollectiviteKind> | undefined): Set<CollectiviteKind> | undefined {
  if (!a) return b;
  if (!b) return a;
  const out = new Set([...a].filter((k) => b.has(k)));
  return out.size > 0 ? out : a;
}

function dateKey(d: CalendarDate): string {
  return `${d.year}-${d.month}-${d.day}`;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isUpperInitial(text: string, at: number): boolean {
  const c = text[at];
  return c !== undefined && c !== c.toLowerCase() && UPPER.test(c);
}

/** The text before `at`, back to the previous sentence end, at most `reach` characters. */
function sentenceBefore(text: string, at: number, reach: number): string {
  const from = Math.max(0, at - reach);
  const zone = text.slice(from, at);
  const end = lastMatch(/[.;!?]\s/g, zone);
  return end >= 0 ? zone.slice(end + 2) : zone;
}

/** The text after `at`, up to the next sentence end (`. ` after a word of two letters or more), at most `reach` characters. */
function sentenceAfter(text: string, at: number, reach: number): string {
  const zone = text.slice(at, at + reach);
  const end = /\p{L}{2}[.;!?]\s/u.exec(zone);
  return end ? zone.slice(0, end.index + 3) : zone;
}

/**
 * The matches of `pattern` in `text`, at most `max`. A global pattern is run from the text's start
 * (its `lastIndex` is reset before and after); a non-global one yields its first match only.
 */
function matchesIn(pattern: RegExp, text: string, max: number): RegExpExecArray[] {
  if (!pattern.global) {
    const m = pattern.exec(text);
    return m ? [m] : [];
  }
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && out.length < max; m = pattern.exec(text)) {
    out.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return out;
}

/** Whether `pattern` matches `text`, whatever its flags (a global pattern's `lastIndex` is left at 0). */
function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Offset of the last match of a global `pattern` in `text`, or -1. */
function lastMatch(pattern: RegExp, text: string): number {
  const all = matchesIn(pattern, text, 1000);
  return all.length > 0 ? all[all.length - 1].index : -1;
}

// ── Names of persons ─────────────────────────────────────────────────────────────────────────

const CIVILITIES = new Set(['m', 'm.', 'mr', 'mr.', 'mme', 'mme.', 'mmes', 'mm.', 'monsieur', 'madame', 'mademoiselle', 'mlle', 'melle']);
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'da', 'di', 'del', 'van', 'von', 'le', 'la', "d'", 'd’']);

interface Word {
  text: string;
  start: number;
  end: number;
  /** Punctuation glued after it (`,` `.` `;` `:` `)`), which ends a name. */
  closes: boolean;
}

/** Space-separated words from `at`, at most `max`, their trailing punctuation split off. */
function wordsAfter(text: string, at: number, max: number): Word[] {
  const out: Word[] = [];
  // A name is short: a bounded window keeps a pasted run without blanks from being scanned whole.
  const window = text.slice(at, at + 300);
  const re = /\S+/g;
  for (let m = re.exec(window); m && out.length < max; m = re.exec(window)) {
    m.index += at;
    let raw = m[0];
    let closes = false;
    const trail = trailingMarks(raw);
    if (trail > 0 && trail < raw.length) {
      const word = raw.slice(0, raw.length - trail);
      // `M.` and initials (`S.`, `J.`) keep their period.
      if (!(raw.endsWith('.') && trail === 1 && (CIVILITIES.has(`${word.toLowerCase()}.`) || /^\p{Lu}$/u.test(word)))) {
        raw = word;
        closes = true;
      }
    }
    out.push({ text: raw, start: m.index, end: m.index + raw.length, closes });
    if (closes) break;
  }
  return out;
}

/** How many closing marks (`,;:)»`, or one final period) end a word. */
function trailingMarks(word: string): number {
  if (word.endsWith('.')) return 1;
  let n = 0;
  while (n < word.length && ',;:)»'.includes(word[word.length - 1 - n])) n++;
  return n;
}

function isCivility(w: string): boolean {
  return CIVILITIES.has(w.toLowerCase());
}

/** All letters upper case (`RIO`, `AIT-CHIKHEBBIH`, `D'ALMEIDA`). */
function isCaps(w: string): boolean {
  return UPPER.test(w) && w === w.toUpperCase() && /^[\p{L}'’.-]+$/u.test(w);
}

/** A capital then lower case (`Philippe`, `Jean-Marc`, `Éric`). */
function isCapitalised(w: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(w) && LOWER.test(w);
}

/**
 * A person's name written from `at`: a civility, then `Prénom NOM` (first names then the upper-case
 * surname) or `NOM Prénom` (the surname then at most two first names), up to a comma, a role
 * (`Maire`, `Président`), a label of the header or a lower-case word. `pair` admits `X et Y`.
 */
function readNameAfter(text: string, at: number, v: MeetingVocabulary, pair: boolean): Span | undefined {
  const words = wordsAfter(text, at, 14);
  let i = 0;
  let start: number | undefined;
  let end: number | undefined;
  for (let n = 0; n < 2; n++) {
    const one = readOneName(words, i, v);
    if (!one) break;
    start ??= one.start;
    end = one.end;
    i = one.next;
    if (!pair || words[one.next - 1]?.closes || words[i]?.text !== 'et') break;
    i++;
  }
  return start !== undefined && end !== undefined ? [start, end] : undefined;
}

function readOneName(words: readonly Word[], from: number, v: MeetingVocabulary): { start: number; end: number; next: number } | undefined {
  let i = from;
  let start: number | undefined;
  if (words[i] && isCivility(words[i].text)) {
    start = words[i].start;
    if (words[i].closes) return undefined;
    i++;
  }
  const isStop = (w: Word) => v.nameStopWords.has(w.text) || v.roleWords.has(w.text.toLowerCase());
  const names: Word[] = [];
  const first = words[i];
  if (!first || isStop(first)) return undefined;
  if (isCapitalised(first.text)) {
    // Prénom(s) NOM: capitalised words, then the upper-case run.
    let sawCaps = false;
    for (; i < words.length; i++) {
      const w = words[i];
      if (isStop(w)) break;
      if (isCaps(w.text) && w.text.length > 1) sawCaps = true;
      else if (sawCaps) break;
      else if (!isCapitalised(w.text) && !(NAME_PARTICLES.has(w.text.toLowerCase()) && names.length > 0)) break;
      names.push(w);
      if (w.closes || names.length >= 6) {
        i++;
        break;
      }
    }
    // Without an upper-case surname (`Romain Smaha`), at most three capitalised words.
    if (!sawCaps && names.length > 3) return undefined;
  } else if (isCaps(first.text) && first.text.length > 1) {
    // NOM Prénom: the upper-case run, then at most two capitalised first names.
    let firstNames = 0;
    for (; i < words.length; i++) {
      const w = words[i];
      if (isStop(w)) break;
      if (isCaps(w.text)) {
        if (firstNames > 0) break;
      } else if (isCapitalised(w.text) && firstNames < 2) firstNames++;
      else break;
      names.push(w);
      if (w.closes || names.length >= 6) {
        i++;
        break;
      }
    }
  } else return undefined;
  // A particle does not end a name.
  while (names.length > 0 && NAME_PARTICLES.has(names[names.length - 1].text.toLowerCase())) names.pop();
  if (names.length === 0) return undefined;
  return { start: start ?? names[0].start, end: names[names.length - 1].end, next: i };
}

/** A name ending just before `at` (`M. Éric VERDIER a été élu secrétaire`): read back, then checked forward. */
function readNameBefore(text: string, at: number, v: MeetingVocabulary): Span | undefined {
  const zone = text.slice(Math.max(0, at - 100), at);
  const offset = at - zone.length;
  const words: Array<{ start: number; text: string }> = [];
  for (const m of zone.matchAll(/\S+/g)) words.push({ start: offset + (m.index ?? 0), text: m[0] });
  const starts: number[] = [];
  for (let k = words.length - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    const w = words[k].text;
    const bare = w.replace(/\.$/, '');
    const civility = isCivility(w) || isCivility(bare) || isCivility(`${bare}.`);
    if (k < words.length - 1 && /[,;:.)]$/.test(w) && !civility && !/^\p{Lu}\.$/u.test(w)) break;
    if (civility || isCaps(bare) || isCapitalised(bare)) starts.push(words[k].start);
    else if (w !== 'et' && !NAME_PARTICLES.has(w.toLowerCase())) break;
  }
  // The longest name that ends exactly before `at` (`M. CARABASSE P. Madame VACQUIE S.` is two lists' end and start).
  for (let i = starts.length - 1; i >= 0; i--) {
    const name = readNameAfter(text, starts[i], v, true);
    if (name && text.slice(name[1], at).trim() === '') return name;
  }
  return undefined;
}

// ── Collectivité candidates ──────────────────────────────────────────────────────────────────

interface Candidate {
  kind: CollectiviteKind;
  /** A `Département de …` or `Région …` without its council: it places a commune, it does not name the author. */
  placing: boolean;
  name?: Span;
}

/** Where a collectivité's name may start: a capitalised generic word. */
const CANDIDATE_START =
  /(?<![\p{L}])(?:Communaut|COMMUNAUT|[ÉE]tablissement|ETABLISSEMENT|ÉTABLISSEMENT|M[ée]tropole|M[ÉE]TROPOLE|Agglom|AGGLOM|Syndicat|SYNDICAT|Ville|VILLE|Commune|COMMUNE|Mairie|MAIRIE|CONSEIL|Conseil|R[ée]gion|R[ÉE]GION|D[ée]partement|D[ÉE]PARTEMENT)/gu;

/** A council's own words before `de la` (`le Conseil Municipal de la Commune de Grigny`): the article then names the author. */
const COUNCIL_OF = /\b(?:conseil|bureau|comit[ée])(?:\s+[\p{L}'’-]+){0,3}\s+(?:de\s+la|de\s+l['’]|du|de|d['’])\s?$/iu;

function collectiviteCandidates(head: string, v: MeetingVocabulary): Candidate[] {
  const out: Candidate[] = [];
  CANDIDATE_START.lastIndex = 0;
  for (let m = CANDIDATE_START.exec(head), n = 0; m && n < 200; m = CANDIDATE_START.exec(head), n++) {
    const at = m.index;
    const rest = head.slice(at, at + 200);
    for (const pattern of v.collectivites) {
      const h = pattern.head.exec(rest);
      if (!h) continue;
      const before = head.slice(Math.max(0, at - 60), at);
      const cited = v.citedBefore.test(before) && !COUNCIL_OF.test(before);
      let name: Span | undefined;
      if (pattern.nameAfter) {
        // `Tours Métropole Val de Loire`: a métropole's name may start before its generic word.
        const before = pattern.kind === 'epci' && /^M/.test(h[0]) ? nameStartBefore(head, at, v) : undefined;
        if (before !== undefined) {
          const lead = head.slice(Math.max(0, before - 60), before);
          if (v.citedBefore.test(lead) && !COUNCIL_OF.test(lead)) break;
          out.push({ kind: pattern.kind, placing: false, name: [before, nameEnd(head, at + h[0].length, v)] });
          break;
        }
        const end = nameEnd(head, at + h[0].length, v);
        // A generic head alone (`COMMUNAUTÉ DE COMMUNES`) names no one.
        if (end > at + h[0].length) name = [at, end];
        if (end <= at + h[0].length && /\s$/.test(h[0])) break;
      } else {
        const start = nameStartBefore(head, at, v);
        if (start === undefined) break;
        if (v.citedBefore.test(head.slice(Math.max(0, start - 60), start)) && !COUNCIL_OF.test(head.slice(Math.max(0, start - 60), start))) break;
        name = [start, at + h[0].length];
        out.push({ kind: pattern.kind, placing: false, name });
        break;
      }
      if (cited) break;
      const placing = (pattern.kind === 'departement' || pattern.kind === 'region') && !/^CONSEIL|^Conseil/.test(rest);
      const candidate: Candidate = { kind: pattern.kind, placing };
      if (name) candidate.name = name;
      out.push(candidate);
      break;
    }
  }
  return out;
}

/** Where a name written after its generic head ends: capitalised words and particles, up to a label or a lower-case word. */
function nameEnd(text: string, at: number, v: MeetingVocabulary): number {
  const re = /\S+/g;
  const window = text.slice(0, at + 300);
  re.lastIndex = at;
  let end = at;
  let last = at;
  let quoted = false;
  for (let m = re.exec(window), words = 0; m && words < 8; m = re.exec(window), words++) {
    // Words are one space apart; a gap is a masked stamp or a column's edge.
    if (m.index > last + 1) break;
    last = m.index + m[0].length;
    let w = m[0];
    const closes = /[,;:.)]$/.test(w) && !/^\p{Lu}\.$/u.test(w);
    if (closes) w = w.slice(0, -1);
    if (w === '«') {
      quoted = true;
      continue;
    }
    if (w === '»') {
      if (quoted) end = m.index + 1;
      break;
    }
    if (isNameStop(w, v) || /^\d/.test(w)) break;
    // `Ecueillé – Valençay`: a dash between two capitalised words.
    if (w === '-' || w === '–') {
      const next = text.slice(last + 1, last + 3);
      if (!UPPER.test(next[0] ?? '')) break;
      continue;
    }
    const lower = w.toLowerCase();
    const particle = NAME_PARTICLES.has(lower) || ['en', 'sur', 'et', 'les', "l'", 'l’', 'd'].includes(lower);
    if (!particle && !UPPER.test(w[0] ?? '') && !quoted && !/^[dlDL]['’]\p{Lu}/u.test(w)) break;
    if (!particle || quoted) end = m.index + w.length;
    if (closes) break;
  }
  return end;
}

const FOLD_ACCENTS = /[\u0300-\u036f]/g;

/** A word that ends a collectivité's name: a label of the header (`Département`, `COMPTE-RENDU`), a month, a weekday. */
function isNameStop(word: string, v: MeetingVocabulary): boolean {
  if (v.nameStops.has(word)) return true;
  const folded = word.normalize('NFD').replace(FOLD_ACCENTS, '').toLowerCase();
  const head = folded.split(/[-']/)[0];
  return v.nameStopWords.has(word) || v.weekdays.has(folded) || MONTH_WORDS.has(folded) || v.titleWords.has(head) || (v.bodyWords.has(head) && head !== 'bureau');
}

const MONTH_WORDS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);

/** The capitalised words just before a trailing head (`ALÈS AGGLOMÉRATION`, `GRAND BOURG AGGLOMÉRATION`): where they start. */
function nameStartBefore(text: string, at: number, v: MeetingVocabulary): number | undefined {
  const zone = text.slice(Math.max(0, at - 60), at);
  const offset = at - zone.length;
  const words = [...zone.matchAll(/\S+/g)];
  let start: number | undefined;
  for (let k = words.length - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const w = words[k][0];
    if (!UPPER.test(w[0]) || v.nameStops.has(w) || /[,;:.]$/.test(w)) break;
    start = offset + (words[k].index ?? 0);
  }
  return start;
}
