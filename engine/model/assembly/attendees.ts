/**
 * One name list of an attendance: the members it names, each with the status the text gives that
 * member — the list's header says what its members are, a member's own mention may say more
 * (`Excusés : X (pouvoir à Y)` is a proxy, `Y (suppléante de X)` a suppléant sitting).
 *
 * A list ends at the next header or count (the caller's `end`), or earlier, at the first text that
 * is not a name, a role, a proxy or a qualifier. When that text is a sentence whose subject is the
 * last name read (`M. Éric VERDIER a été élu secrétaire`), that name is not the list's.
 *
 * Where a flattened table separates the names from their « donne procuration à » column, the names
 * and their holders cannot be paired: the list keeps the members it is sure of, without proxies,
 * and stops.
 */
import { PLACEHOLDER_PERSON } from '../../templates/vocabulary/placeholders';
import type { AttendanceVocabulary, ListKind } from '../../templates/vocabulary/attendance';
import type { Attendee, AttendeeStatus, Located, Person } from '../types';
import type { Source } from './source';
import { dropPageHeads, nameStyle, readName, tokenize, type NameContext, type Token } from './attendance-names';

export interface ListHeaderRead {
  kind: ListKind;
  /** The header as written (`Excusés ayant donné procuration`). */
  label: string;
}

export interface ListRead {
  attendees: Attendee[];
  /** Members named only on a holder's side (`Y (procuration de X)`): X represented by Y. */
  derived: Attendee[];
  /** Offset just after the last token that belongs to the list. */
  end: number;
  /** Something in the list could not be read (a flattened column of proxies): it stopped there. */
  partial: boolean;
}

interface Entry {
  attendee: Attendee;
  /** Joined to the previous entry by `et`: a sentence's subject may be both. */
  joinedByEt: boolean;
  /** Offset after the entry's last token. */
  end: number;
}

class ListReader {
  readonly tokens: Token[];
  readonly ctx: NameContext;
  readonly entries: Entry[] = [];
  readonly derived: Attendee[] = [];
  partial = false;
  /** Index of the token where reading stopped. */
  stoppedAt = 0;
  /** Number of entries read before the last period, for a sentence that turns out to be prose. */
  entriesBeforePeriod = -1;
  end: number;

  constructor(
    readonly source: Source,
    readonly text: string,
    readonly vocab: AttendanceVocabulary,
    readonly header: ListHeaderRead,
    readonly start: number,
    end: number,
  ) {
    this.tokens = dropPageHeads(tokenize(text, start, end), text, vocab.pageHead);
    this.ctx = { text, joined: source.joined, tokens: this.tokens, style: nameStyle(this.tokens, vocab.particles), particles: vocab.particles, notGivenNames: vocab.notGivenNames, role: vocab.role };
    this.end = start;
  }

  /** The status the header gives a member whose mention says nothing more. */
  headerStatus(): AttendeeStatus {
    switch (this.header.kind) {
      case 'present':
        return 'present';
      case 'represented':
      case 'proxies':
        return 'represented';
      case 'excused':
        return this.source.profile.excusedHoldsProxy ? 'represented' : 'excused';
      default:
        return 'absent';
    }
  }

  /** Index of the first token starting at or after offset `at`. */
  tokenAt(at: number, from: number): number {
    let k = from;
    while (k < this.tokens.length && this.tokens[k].start < at) k++;
    return k;
  }

  /** A sticky pattern at token i; the index of the token after its match. */
  matchAt(pattern: RegExp, i: number): number | undefined {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return undefined;
    pattern.lastIndex = t.start;
    const m = pattern.exec(this.text);
    if (!m) return undefined;
    const next = this.tokenAt(t.start + m[0].length, i + 1);
    // The match must end on a token boundary (`pouvoir à` and not half a word).
    const prev = this.tokens[next - 1];
    if (prev && prev.end > t.start + m[0].length) return undefined;
    return next;
  }

  isPhraseAt(i: number): boolean {
    return (
      this.matchAt(this.vocab.replacedBy, i) !== undefined ||
      this.matchAt(this.vocab.proxyTo, i) !== undefined ||
      this.matchAt(this.vocab.substituteFor, i) !== undefined
    );
  }

  civilityStyle(): boolean {
    let segments = 0;
    let withCivility = 0;
    let fresh = true;
    let seen = 0;
    for (const t of this.tokens) {
      if (t.kind === 'sep' || t.kind === 'period') {
        fresh = true;
        continue;
      }
      if (t.kind !== 'word') continue;
      if (fresh) {
        segments++;
        seen = 0;
        fresh = false;
      }
      if (seen < 2 && t.cls === 'civility') {
        withCivility++;
        seen = 2;
      }
      seen++;
      if (segments > 4) break;
    }
    return segments > 0 && withCivility * 2 >= segments;
  }

  /**
   * A member commune's name then a colon (`LES HERBIERS :`, `Commune de Saint-Cyprien :`): upper-case
   * words, or a commune's hyphenated name, never a member's name nor an attendance keyword.
   */
  groupLabelEnd(i: number): number | undefined {
    let k = i;
    while (k < this.tokens.length && k < i + 7) {
      const t = this.tokens[k];
      if (t.kind === 'colon') return k > i ? k + 1 : undefined;
      if (t.kind !== 'word' || t.cls === 'civility' || this.vocab.headerWord.test(t.text)) return undefined;
      const lower = t.text.toLowerCase();
      const commune = t.cls === 'upper' || this.vocab.particles.has(lower) || this.vocab.communeWords.has(lower) || (t.cls === 'cap' && t.text.includes('-'));
      if (!commune) return undefined;
      k++;
    }
    return undefined;
  }

  read(): void {
    const { tokens, vocab } = this;
    const civilityStyle = this.civilityStyle();
    let i = 0;
    try {
      let afterSeparator = true;
      let afterEt = false;
      let guard = 0;
      while (i < tokens.length && guard++ < 4000) {
        const t = tokens[i];
        if (t.kind === 'sep' || t.kind === 'period' || t.kind === 'dots') {
          if (t.kind === 'period') this.entriesBeforePeriod = this.entries.length;
          afterSeparator = true;
          afterEt = false;
          i++;
          continue;
        }
        if (t.kind === 'colon' || t.kind === 'close') {
          i++;
          continue;
        }
        if (t.kind === 'word' && vocab.conjunctions.has(t.text.toLowerCase())) {
          afterSeparator = true;
          afterEt = true;
          i++;
          continue;
        }
        const skipped = this.matchAt(vocab.civilityGroup, i) ?? this.matchAt(vocab.role, i);
        if (skipped !== undefined && !(tokens[i].cls === 'civility' && this.startsName(i))) {
          i = skipped;
          continue;
        }
        const last = this.entries[this.entries.length - 1]?.attendee;
        // `André FRANC - (ayant donné pouvoir à …)`, `X, donne pouvoir à Y`: the previous member's.
        if (t.kind === 'open') {
          i = last ? this.readParenthesis(i, last) : this.skipParenthesis(i);
          if (last) {
            const entry = this.entries[this.entries.length - 1];
            entry.end = Math.max(entry.end, this.tokens[i - 1].end);
            this.end = Math.max(this.end, entry.end);
          }
          continue;
        }
        if (this.isPhraseAt(i) || (t.kind === 'word' && this.vocab.holderWord.test(t.text) && !last)) {
          if (last && !last.proxyTo && !last.replacedBy && this.header.kind !== 'present' && this.isPhraseAt(i)) {
            const next = this.readTrailers(i, last);
            if (next === i) break;
            const entry = this.entries[this.entries.length - 1];
            entry.end = this.tokens[next - 1].end;
            this.end = Math.max(this.end, entry.end);
            i = next;
            continue;
          }
          // A holder with no member before it: a flattened column of holders (`par X par Y`).
          const skip = this.skipHolderColumn(i);
          if (skip === undefined) {
            this.partial = true;
            break;
          }
          i = skip;
          afterSeparator = true;
          continue;
        }
        const group = this.groupLabelEnd(i);
        if (group !== undefined) {
          i = group;
          afterSeparator = true;
          continue;
        }
        // A draft's numbered lines (`1. M. Jean DUPONT`, `2) Mme …`).
        const numbered = tokens[i + 1];
        if (afterSeparator && t.cls === 'number' && /^\d{1,3}$/u.test(t.text) && (numbered?.kind === 'period' || numbered?.kind === 'close') && readName(this.ctx, i + 2)) {
          i += 2;
          continue;
        }
        // Bullets read as letters by the OCR (`O Mme PORTELLI`).
        if (t.kind === 'word' && t.cls === 'other' && t.text.length <= 2 && !/^[àÀ]$/u.test(t.text)) {
          i++;
          continue;
        }
        const name = t.kind === 'word' ? readName(this.ctx, i) : undefined;
        if (!name) {
          if (this.namesAhead(i) >= 2) this.partial = true;
          break;
        }
        // A skeleton's `M. Prénom NOM` is no one yet (engine/templates/vocabulary/placeholders.ts).
        if (PLACEHOLDER_PERSON.test(name.person.text)) {
          i = name.next;
          continue;
        }
        const next = tokens[name.next];
        if (!name.full) {
          const delimitedAfter =
            !next || next.kind === 'sep' || next.kind === 'period' || next.kind === 'open' || (next.kind === 'word' && vocab.conjunctions.has(next.text.toLowerCase()));
          // A bare upper-case word among names with civilities is noise (`CO Mme GRELLIER`).
          if (civilityStyle && !(afterSeparator && delimitedAfter)) {
            i = name.next;
            continue;
          }
          if (!afterSeparator && !delimitedAfter) {
            i = name.next;
            continue;
          }
        }
        const attendee: Attendee = { person: name.person, status: this.headerStatus(), label: this.header.label, range: name.person.range };
        i = this.readTrailers(name.next, attendee);
        if (this.partial) {
          // The column of proxies began at this member's phrase: the member is sure, the pairing not.
          delete attendee.proxyTo;
          this.push(attendee, afterEt, name.next);
          break;
        }
        const after = tokens[i];
        // A range of items (`de la délibération 01 à 03 : 34 présents`) opens the counts, not a sentence.
        if (after && after.kind === 'word' && after.cls === 'lower' && this.matchAt(vocab.itemRange, i) !== undefined) {
          this.push(attendee, afterEt, i);
          break;
        }
        if (after && after.kind === 'word' && after.cls === 'lower' && !vocab.conjunctions.has(after.text.toLowerCase())) {
          // The name is a sentence's subject (`M. Éric VERDIER a été élu secrétaire`): prose.
          this.push(attendee, afterEt, i);
          this.dropSentence();
          return;
        }
        this.push(attendee, afterEt, i);
        afterSeparator = false;
        afterEt = false;
      }
    } finally {
      this.stoppedAt = i;
    }
  }

  /**
   * Names still ahead of where the list stopped, each followed by a separator: the list was cut by
   * something it could not read, not ended (prose names few, and not in a row of commas).
   */
  namesAhead(i: number): number {
    let n = 0;
    for (let k = i + 1; k < this.tokens.length && k < i + 80; k++) {
      const name = this.tokens[k - 1].kind === 'sep' || this.tokens[k - 1].kind === 'word' ? readName(this.ctx, k) : undefined;
      if (!name) continue;
      const after = this.tokens[name.next];
      if (after && after.kind === 'sep' && after.text !== '-') n++;
      k = name.next;
    }
    return n;
  }

  startsName(i: number): boolean {
    return readName(this.ctx, i) !== undefined;
  }

  /** Records a member read from its first token to token `next` (excluded). */
  push(attendee: Attendee, joinedByEt: boolean, next: number): void {
    const end = this.tokens[Math.max(0, next - 1)]?.end ?? this.end;
    this.entries.push({ attendee, joinedByEt, end });
    this.end = Math.max(this.end, end);
  }

  /** The entries of the sentence that turned out to be prose are not the list's. */
  dropSentence(): void {
    let keep = this.entries.length - 1;
    while (keep > 0 && this.entries[keep].joinedByEt) keep--;
    if (this.entriesBeforePeriod >= 0) keep = Math.min(keep, this.entriesBeforePeriod);
    this.entries.length = Math.max(0, keep);
    this.end = this.entries.length > 0 ? this.entries[this.entries.length - 1].end : this.start;
  }

  /**
   * What follows a member's name: parentheses, a proxy or a suppléant phrase with its holder, a time
   * qualifier, roles. Returns the index of the first token that is none of these.
   */
  readTrailers(i: number, attendee: Attendee): number {
    const { tokens, vocab } = this;
    let k = i;
    let guard = 0;
    while (k < tokens.length && guard++ < 40) {
      const t = tokens[k];
      if (t.kind === 'open') {
        k = this.readParenthesis(k, attendee);
        continue;
      }
      if (t.kind === 'dots') {
        k++;
        continue;
      }
      if (t.kind === 'sep' && tokens[k + 1]?.kind === 'open') {
        // `Gérald GONON - (ayant donné pouvoir à Damien PARET)`.
        k++;
        continue;
      }
      if (t.kind !== 'word') break;
      const qualifier = this.matchAt(vocab.qualifier, k);
      if (qualifier !== undefined) {
        if (!attendee.qualifier) attendee.qualifier = this.located(t.start, tokens[qualifier - 1].end);
        k = qualifier;
        continue;
      }
      const replaced = this.matchAt(vocab.replacedBy, k);
      if (replaced !== undefined) {
        const holder = this.holderAt(replaced);
        if (!holder) return k;
        attendee.replacedBy = holder.person;
        k = holder.next;
        continue;
      }
      const substitute = this.matchAt(vocab.substituteFor, k);
      if (substitute !== undefined && this.header.kind === 'present') {
        const holder = this.holderAt(substitute);
        if (!holder) return k;
        attendee.substituteFor = holder.person;
        k = holder.next;
        continue;
      }
      const proxy = this.matchAt(vocab.proxyTo, k) ?? (this.header.kind === 'represented' || this.header.kind === 'proxies' ? this.matchAt(vocab.proxyPair, k) : undefined);
      if (proxy !== undefined && this.header.kind !== 'present') {
        // `procuration à procuration à …`: the holders are in a column of their own.
        if (this.isPhraseAt(proxy)) {
          this.partial = true;
          return k;
        }
        const holder = this.holderAt(proxy);
        if (!holder) {
          this.partial = true;
          return k;
        }
        attendee.proxyTo = holder.person;
        attendee.status = 'represented';
        k = holder.next;
        continue;
      }
      const role = this.matchAt(vocab.role, k);
      if (role !== undefined && !(t.cls === 'civility' && this.startsName(k))) {
        k = role;
        continue;
      }
      break;
    }
    return k;
  }

  holderAt(i: number): { person: Person; next: number } | undefined {
    const name = readName(this.ctx, i);
    return name ? { person: name.person, next: name.next } : undefined;
  }

  located(start: number, end: number): Located<string> {
    return { value: this.text.slice(start, end).replace(/\s+/gu, ' ').trim(), range: this.source.joined.rangeAt(start, end) };
  }

  /** Index of the token closing the parenthesis opened at i (or i + 1 when none closes it soon). */
  closeOf(i: number): number {
    for (let k = i + 1; k < this.tokens.length && k < i + 60; k++) {
      if (this.tokens[k].kind === 'close') return k;
      if (this.tokens[k].kind === 'open') return -1;
    }
    return -1;
  }

  skipParenthesis(i: number): number {
    const close = this.closeOf(i);
    return close < 0 ? i + 1 : close + 1;
  }

  /** A parenthesis after a member: a proxy, a suppléant, the holder's side of a proxy, a qualifier. */
  readParenthesis(i: number, attendee: Attendee): number {
    const { tokens, vocab } = this;
    const close = this.closeOf(i);
    if (close < 0) return i + 1;
    const first = i + 1;
    if (first >= close) return close + 1;
    const inside = (pattern: RegExp) => {
      const next = this.matchAt(pattern, first);
      return next !== undefined && next < close ? next : undefined;
    };
    const substitute = inside(vocab.substituteFor);
    const from = inside(vocab.proxyFrom);
    const replaced = inside(vocab.replacedBy);
    const to = inside(vocab.proxyTo);
    const holderAt = (k: number) => {
      const name = this.holderAt(k);
      return name && name.next <= close ? name : undefined;
    };
    if (substitute !== undefined) {
      const holder = holderAt(substitute);
      if (holder) attendee.substituteFor = holder.person;
    } else if (from !== undefined) {
      const holder = holderAt(from);
      if (holder && attendee.status === 'present') {
        this.derived.push({ person: holder.person, status: 'represented', proxyTo: attendee.person, range: holder.person.range });
      }
    } else if (replaced !== undefined) {
      const holder = holderAt(replaced);
      if (holder) attendee.replacedBy = holder.person;
    } else if (to !== undefined) {
      const holder = holderAt(to);
      if (holder && this.header.kind !== 'present') {
        attendee.proxyTo = holder.person;
        attendee.status = 'represented';
        const rest = holder.next < close ? this.text.slice(tokens[holder.next].start, tokens[close].start) : '';
        if (!attendee.qualifier && rest && vocab.qualifierInside.test(rest)) attendee.qualifier = this.located(tokens[holder.next].start, tokens[close - 1].end);
      }
    } else {
      const content = this.text.slice(tokens[first].start, tokens[close - 1].end);
      if (!attendee.qualifier && vocab.qualifierInside.test(content)) attendee.qualifier = this.located(tokens[first].start, tokens[close - 1].end);
    }
    return close + 1;
  }

  /**
   * `par X par Y …` opening a list: the holders' column of a flattened table. Skips each phrase and
   * the one name it introduces; undefined when phrases follow each other without names (the names
   * are then further on, in a run that cannot be told from the list's own members).
   */
  skipHolderColumn(i: number): number | undefined {
    let k = i;
    let runs = 0;
    while (k < this.tokens.length && runs < 200) {
      const phrase = this.matchAt(this.vocab.proxyTo, k) ?? (this.vocab.holderWord.test(this.tokens[k]?.text ?? '') ? k + 1 : undefined);
      if (phrase === undefined) break;
      if (this.isPhraseAt(phrase) || this.vocab.holderWord.test(this.tokens[phrase]?.text ?? '')) return undefined;
      const holder = this.holderAt(phrase);
      if (!holder) return undefined;
      k = holder.next;
      runs++;
    }
    return runs > 0 ? k : undefined;
  }
}

/** The text a list is first read in: most lists end well before; a longer one is read again, wider. */
const FIRST_SPAN = 2_500;

/** Reads the list whose header is `header`, from `start` to at most `end` of the unmasked text. */
export function readList(source: Source, text: string, vocab: AttendanceVocabulary, header: ListHeaderRead, start: number, end: number): ListRead {
  let span = FIRST_SPAN;
  for (;;) {
    const to = Math.min(end, start + span);
    const reader = new ListReader(source, text, vocab, header, start, to);
    reader.read();
    // Stopped near the span's end, the list may have been cut by the span (a name in two): wider.
    if (to >= end || reader.stoppedAt < reader.tokens.length - 8) {
      return { attendees: reader.entries.map((e) => e.attendee), derived: reader.derived, end: reader.end, partial: reader.partial };
    }
    span *= 4;
  }
}
