/**
 * The parts of an act, item by item (collectivites.md §§ 2–3): its visas (`Vu le Code général des
 * collectivités territoriales ;`), its considérants (`Considérant que …`), its decision (the
 * capitalised verbs `APPROUVE`, `DÉCIDE`, `PREND ACTE`, the infinitives of a proposal `D’AUTORISER`,
 * numbered `Article 1 :`), its signature and executory mention (`act-signature.ts`).
 *
 * Every part lies within its item's span. The text is read with the ACTES stamps blanked (they
 * repeat on every page, in the middle of a visa). Landmarks are found inside lines, so an act reads
 * the same flattened and line-structured. A visa or a considérant ends at its `;` (outside « »),
 * at the next landmark (another visa, a considérant, `Après en avoir délibéré`, `Le Conseil
 * municipal,`, a decision verb, an article, the vote, the signature), or at a sentence's end; a
 * `Vu …` that a sentence ends with prose after it (`Vu l’heure tardive, la séance est levée. Il …`)
 * is no visa. A part that runs on past `partMaxLength` never ended: it is dropped.
 */
import { readActCitation } from '../acts';
import type { ActCitation, ItemDecision, Located, MeetingItem, Visa } from '../types';
import { codeArticles, codeArticleSpans, MAX_VISAS, visaKind } from '../visas';
import type { ActVocabulary } from '../../templates/vocabulary/acts';
import { advance, collapsed, matchesIn, offsetAt, spanOf, stickyAt, trimSpan, windowOf, type Match, type Window } from './act-text';
import { readSignature } from './act-signature';
import { itemText } from './item-vote';
import type { Source } from './source';

export interface ActParts {
  visas?: Visa[];
  considerants?: Located<string>[];
  decision?: ItemDecision;
  signature?: MeetingItem['signature'];
}

/** The most considérants and decision landmarks read in one item (the visas: MAX_VISAS). */
const MAX_PARTS = 500;

/** The parts of the act `item` holds, each within the item's span. Never throws. */
export function parseActParts(source: Source, item: MeetingItem): ActParts {
  try {
    const v = source.profile.vocabulary.acts;
    if (!v) return {};
    const text = itemText(source);
    const [from, to] = spanOf(source, item.range);
    if (to <= from) return {};
    const w = windowOf(text, from, to);
    const { signature, starts: signatureStarts } = readSignature(source, w, v);
    const voteStart = item.vote ? offsetAt(source, item.vote.range.start) : undefined;

    const visaStarts = findVisaStarts(w, v);
    const considerantStarts = matchesIn(v.considerantStart, w).slice(0, MAX_PARTS);
    const verbs = findVerbs(w, v);
    const articles = findArticles(w, v);
    const others = matchesIn(v.partEnd, w).map((m) => m.start);
    const landmarks = sortedUnique([
      ...visaStarts.map((m) => m.start),
      ...considerantStarts.map((m) => m.start),
      ...verbs.map((m) => m.start),
      ...articles.map((m) => m.start),
      ...others,
      ...signatureStarts,
      ...(voteStart !== undefined && voteStart > from && voteStart < to ? [voteStart] : []),
    ]);

    const parts: ActParts = {};
    const visas = readVisas(source, w, v, visaStarts, landmarks);
    if (visas.length > 0) parts.visas = visas;
    const considerants = readConsiderants(source, w, v, considerantStarts, landmarks);
    if (considerants.length > 0) parts.considerants = considerants;
    const partStarts = sortedUnique([...visaStarts, ...considerantStarts].map((m) => m.start));
    const decision = readDecision(source, w, v, verbs, articles, partStarts, [...signatureStarts, ...(voteStart !== undefined ? [voteStart] : [])]);
    if (decision) parts.decision = decision;
    if (signature) parts.signature = signature;
    return parts;
  } catch {
    return {};
  }
}

// ── Landmarks ────────────────────────────────────────────────────────────────────────────────

/** `Vu …` not in prose (`Au vu de`), not a first name (`M. Vu NGUYEN`), not `VU ET APPROUVÉ`. */
function findVisaStarts(w: Window, v: ActVocabulary): Match[] {
  const out: Match[] = [];
  for (const m of matchesIn(v.visaStart, w)) {
    const next = m.groups.next ?? '';
    if (v.visaNotNext.test(next)) continue;
    if (v.capitalsWord.test(next) && !v.visaCapsNext.test(next)) continue;
    if (v.visaNotAfter.test(w.text.slice(Math.max(0, m.start - 12), m.start))) continue;
    out.push(m);
    if (out.length >= MAX_VISAS) break;
  }
  return out;
}

interface Verb extends Match {
  /** The verb itself, without `D’` / `DE `. */
  verbStart: number;
  verb: string;
  infinitive: boolean;
}

/**
 * Decision verbs in capitals followed by what a decision goes on with (not by more capitals, as
 * in a title). `DÉCIDE D’APPROUVER …`: a verb followed by an accepted infinitive is one too. An
 * infinitive after a word in capitals that is no verb is a title's (`AUTORISATION DE SIGNER …`).
 */
function findVerbs(w: Window, v: ActVocabulary): Verb[] {
  const all: Verb[] = matchesIn(v.decisionVerb, w).map((m) => {
    const verb = m.groups.verb ?? m.groups.infinitive ?? '';
    return { ...m, verb, verbStart: m.end - verb.length, infinitive: !m.groups.verb };
  });
  const follows = (m: Verb) => !!stickyAt(v.decisionFollow, w, m.end) || (v.verbsWithThat.test(m.verb) && !!stickyAt(v.decisionThat, w, m.end));
  const kept: Verb[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const m = all[i];
    const next = kept[0];
    const beforeInfinitive = next !== undefined && next.infinitive && next.start - m.end <= 1;
    if (!follows(m) && !beforeInfinitive) continue;
    if (m.infinitive) {
      const prev = v.capitalsBefore.test(w.text.slice(Math.max(0, m.start - 30), m.start));
      const prevVerb = all[i - 1];
      const afterVerb = prevVerb !== undefined && m.start - prevVerb.end <= 1;
      if (prev && !afterVerb) continue;
    }
    kept.unshift(m);
  }
  return kept.slice(0, MAX_PARTS);
}

/** `Article 1 :` then `Article 2 :` …: headings in sequence from 1 (an `Article 3 -` alone quotes another text). */
function findArticles(w: Window, v: ActVocabulary): Match[] {
  const out: Match[] = [];
  let last = 0;
  for (const m of matchesIn(v.articleHeading, w)) {
    const n = v.articleNumber(m.groups.n ?? '');
    if (n === undefined) continue;
    if (n === last + 1) {
      out.push(m);
      last = n;
    } else if (n === 1 && out.length > 0) {
      // A second act's articles in the same span: the decision is the first act's.
      break;
    }
    if (out.length >= MAX_PARTS) break;
  }
  return out;
}

function sortedUnique(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The first landmark strictly after `at` (binary search), else `to`. */
function nextLandmark(landmarks: readonly number[], at: number, to: number): number {
  let lo = 0;
  let hi = landmarks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (landmarks[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < landmarks.length ? Math.min(landmarks[lo], to) : to;
}

function isLandmark(landmarks: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = landmarks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (landmarks[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return landmarks[lo] === at;
}

// ── Visas and considérants ───────────────────────────────────────────────────────────────────

type EndedBy = 'semicolon' | 'sentence' | 'landmark' | 'runaway';

/**
 * Where a part that starts at `start` ends: its `;` outside « », a sentence's full stop, or the
 * bound (the next landmark), whichever comes first.
 */
function partEnd(w: Window, v: ActVocabulary, start: number, bound: number): { end: number; by: EndedBy } {
  const text = w.text;
  let depth = 0;
  let n = 0;
  for (let i = start; i < bound; i++) {
    const ch = text[i];
    if (ch === '«') depth++;
    else if (ch === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === ';') return { end: i, by: 'semicolon' };
    else if (depth === 0 && ch === '.' && stickyAt(v.sentenceEnd, w, i) && !v.abbreviation.test(text.slice(Math.max(0, i - 6), i))) {
      return { end: i + 1, by: 'sentence' };
    }
    if (text.charCodeAt(i) > 32 && ++n > v.partMaxLength) return { end: i, by: 'runaway' };
  }
  return { end: bound, by: 'landmark' };
}

/** The next non-blank offset at or after `at`. */
function skipBlanks(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && text.charCodeAt(i) <= 32) i++;
  return i;
}

function readVisas(source: Source, w: Window, v: ActVocabulary, starts: Match[], landmarks: number[]): Visa[] {
  const out: Visa[] = [];
  for (const m of starts) {
    const bound = nextLandmark(landmarks, m.start, w.to);
    const { end, by } = partEnd(w, v, m.start, bound);
    if (by === 'runaway') continue;
    // `Vu l’heure tardive, la séance est levée. Il …`: prose after the sentence, not the next part.
    if (by === 'sentence' && !isLandmark(landmarks, skipBlanks(w.text, end, w.to)) && skipBlanks(w.text, end, w.to) < w.to) continue;
    const [s, e] = trimSpan(w.text, m.start, end, ';,.:-–—');
    if (e <= s) continue;
    out.push(readVisa(source, w, v, s, e, m.start + m.text.length - (m.groups.next ?? '').length));
    if (out.length >= MAX_VISAS) break;
  }
  return out;
}

function readVisa(source: Source, w: Window, v: ActVocabulary, start: number, end: number, bodyStart: number): Visa {
  const text = collapsed(w.text, start, end);
  const kind = visaKind(text);
  const visa: Visa = { kind, text, range: source.joined.rangeAt(start, end) };
  if (kind === 'code') {
    visa.code = { name: codeName(text, v), articles: codeArticles(text) };
    visa.articleSpans = codeArticleSpans({ text: w.text, rangeAt: (s, e) => source.joined.rangeAt(s, e) }, start, end);
  }
  if (kind === 'loi' || kind === 'ordonnance' || kind === 'decret' || kind === 'arrete' || kind === 'deliberation') {
    // The citation is read on the source's own text: up to the first stamp masked inside the visa.
    let actEnd = end;
    for (const [s] of source.masked) if (s >= bodyStart && s < actEnd) actEnd = s;
    const act = readActCitation(source.joined, bodyStart, actEnd);
    // `n° 052.2011`, `n° 2020_ 147`: the citation reader took only the number's head; better none.
    if (act.number && stickyAt(v.numberCut, w, offsetAt(source, act.number.range.end))) delete act.number;
    visa.act = kind === 'deliberation' ? act : withoutBody(act);
  }
  return visa;
}

/** Laws and decrees have no deciding body; a `du Conseil…` inside their description is not one. */
function withoutBody(act: ActCitation): ActCitation {
  const { body: _body, ...rest } = act;
  return rest;
}

/** `Code général des collectivités territoriales` in `Vu le Code général des collectivités territoriales, notamment …`. */
function codeName(text: string, v: ActVocabulary): string {
  const at = text.search(v.codeWord);
  if (at < 0) return '';
  const rest = text.slice(at, at + 200);
  const stop = rest.slice(4).search(v.codeNameEnd);
  return (stop >= 0 ? rest.slice(0, 4 + stop) : rest).trim();
}

function readConsiderants(source: Source, w: Window, v: ActVocabulary, starts: Match[], landmarks: number[]): Located<string>[] {
  const out: Located<string>[] = [];
  for (const m of starts) {
    const bound = nextLandmark(landmarks, m.start, w.to);
    const { end, by } = partEnd(w, v, m.start, bound);
    if (by === 'runaway') continue;
    const [s, e] = trimSpan(w.text, m.start, end, ';,.:-–—');
    if (e <= s) continue;
    out.push({ value: collapsed(w.text, s, e), range: source.joined.rangeAt(s, e) });
  }
  return out;
}

// ── Decision ─────────────────────────────────────────────────────────────────────────────────

/**
 * From the first verb or article to the end of the last one. A visa or considérant after the first
 * closes the decision (the span holds another act whose heading was not read): later verbs are not
 * this act's. The last article runs to its sentence's end, and on over the sentences that open
 * with a decision verb (`Approuve …. Autorise …`), within `articleReach`; the last verb's runs to
 * its sentence's end (over the bullets its `;` close) within `verbReach`. Neither runs past the
 * next bound: the signature, the vote, the item's end.
 */
function readDecision(source: Source, w: Window, v: ActVocabulary, allVerbs: Verb[], allArticles: Match[], partStarts: number[], bounds: number[]): ItemDecision | undefined {
  const first = Math.min(allVerbs[0]?.start ?? Infinity, allArticles[0]?.start ?? Infinity);
  if (first === Infinity) return undefined;
  const close = partStarts.find((p) => p > first) ?? w.to;
  const verbs = allVerbs.filter((m) => m.start < close);
  const articles = allArticles.filter((m) => m.start < close);
  const text = w.text;
  const lastVerb = verbs[verbs.length - 1];
  const lastArticle = articles[articles.length - 1];
  const last = Math.max(lastVerb?.end ?? -1, lastArticle?.end ?? -1);
  const bound = Math.min(w.to, close, ...bounds.filter((b) => b >= last));
  let end: number;
  if (lastArticle && (!lastVerb || lastVerb.start < lastArticle.start || lastVerb.end - lastArticle.end < 40)) {
    end = articleEnd(w, v, Math.max(lastArticle.end, lastVerb?.end ?? 0), advance(text, lastArticle.end, v.articleReach, bound));
  } else {
    const cap = advance(text, lastVerb.end, v.verbReach, bound);
    const found = partEnd(w, v, lastVerb.end, cap);
    end = found.by === 'semicolon' ? sentenceAfter(w, v, found.end, cap) : found.end;
  }
  const [s, e] = trimSpan(text, first, end, ';,');
  return {
    range: source.joined.rangeAt(s, Math.max(s, e)),
    verbs: verbs.map((m) => ({ value: m.verb, range: source.joined.rangeAt(m.verbStart, m.end) })),
  };
}

/** The end of the sentence running on from the `;` at `from` (bullets closed by `;` included); the last `;` when none ends within `cap`. */
function sentenceAfter(w: Window, v: ActVocabulary, from: number, cap: number): number {
  let last = from;
  for (let guard = 0; guard < MAX_PARTS && last < cap; guard++) {
    const found = partEnd(w, v, last + 1, cap);
    if (found.by === 'sentence') return found.end;
    if (found.by !== 'semicolon') break;
    last = found.end;
  }
  return last;
}

/** The end of an article's sentences from `from`: each next one that opens with a decision verb joins it. */
function articleEnd(w: Window, v: ActVocabulary, from: number, cap: number): number {
  let at = from;
  for (let guard = 0; guard < MAX_PARTS && at < cap; guard++) {
    const found = partEnd(w, v, at, cap);
    const end = found.by === 'semicolon' ? sentenceAfter(w, v, found.end, cap) : found.end;
    if (found.by !== 'sentence' && found.by !== 'semicolon') return end;
    const next = skipBlanks(w.text, end, cap);
    if (next >= cap || !stickyAt(v.articleContinuation, w, next)) return end;
    at = next;
  }
  return at;
}
