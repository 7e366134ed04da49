/**
 * The signature block of an act (collectivites.md §3, « Signature and mentions »): `Fait et
 * délibéré à Pessac, les jour, mois et an susdits`, `Pour extrait conforme`, the signatories (`Le
 * Maire, Jean DUPONT`, `Le/La secrétaire de séance, Le Maire, Signé Sylvie VIEU Franck RAYNAL`),
 * `Signé électroniquement par : … Date de signature : …`, and the executory mention (`Certifié
 * exécutoire … transmis en préfecture le …`, whose dated parts the stamp reader masks).
 *
 * `Le Maire,` is also how prose opens a sentence (`Le Maire, après avoir rappelé…`): a role is a
 * signatory only inside a block a sealing mention opens, printed beside another role (a table of
 * signatures), or named right before the item's end.
 */
import type { ItemSignatory, ItemSignature, Located } from '../types';
import type { ActVocabulary, SignatoryRole } from '../../templates/vocabulary/acts';
import { advance, collapsed, datesIn, matchesIn, nonBlank, stickyAt, windowOf, type Window } from './act-text';
import type { Source } from './source';

type PartKind = 'sealing' | 'madeAt' | 'executory' | 'electronic' | 'role';

interface Part {
  kind: PartKind;
  start: number;
  end: number;
  /** madeAt: the place. */
  place?: [number, number];
  /** role: what it stands for, where the role word ends, the name read after it. */
  role?: SignatoryRole;
  roleEnd?: number;
  name?: [number, number];
  /** role: written `Le secrétaire de séance :` (the header's designation form). */
  colon?: boolean;
  /** role: prose follows it (`Le Maire, après …`), never a signatory. */
  prose?: boolean;
  /** electronic: the date of signature. */
  date?: [number, number];
}

/** Non-blank characters between a role and the next for the two to be printed side by side. */
const SIDE_BY_SIDE = 3;
/** The most names read in a row under roles printed side by side. */
const MAX_ROW = 6;

/** The signature block of the span, with the start of every part of it (they end visas and decisions). */
export function readSignature(source: Source, w: Window, v: ActVocabulary): { signature?: ItemSignature; starts: number[] } {
  const text = w.text;
  const parts = [
    ...fixedParts(source, w, v),
    ...electronicParts(source, w, v),
    ...roleParts(w, v),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const accepted = acceptParts(text, dropOverlaps(parts), v, w.to);
  const block = chooseBlock(text, accepted, v.signatureGap);
  if (!block) return { starts: [] };
  return { signature: buildSignature(source, text, block, v), starts: block.map((p) => p.start) };
}

// ── Parts ────────────────────────────────────────────────────────────────────────────────────

function fixedParts(source: Source, w: Window, v: ActVocabulary): Part[] {
  const out: Part[] = [];
  for (const m of matchesIn(v.sealing, w)) out.push({ kind: 'sealing', start: m.start, end: m.end });
  for (const m of matchesIn(v.madeAt, w)) {
    const place = m.groups.place ?? '';
    const at = m.text.lastIndexOf(place);
    const part: Part = { kind: 'madeAt', start: m.start, end: m.end };
    if (place && at >= 0) part.place = [m.start + at, m.start + at + place.length];
    out.push(part);
  }
  for (const m of matchesIn(v.executory, w)) out.push({ kind: 'executory', start: m.start, end: executoryEnd(source, w.text, m.end, w.to) });
  return out;
}

/** How far (non-blank characters) after the mention, or after one of its dated parts, the next part may start. */
const EXECUTORY_STEP = 40;

/**
 * The executory mention runs over its dated parts (`transmis en préfecture le …`, `publié le …`),
 * which the stamp reader masked: the masked spans close after its words that open with the words
 * of such a part (the préfecture's box after the mention is none of them).
 */
function executoryEnd(source: Source, text: string, from: number, to: number): number {
  const stamps = source.profile.vocabulary.stamps;
  const original = source.joined.text;
  let end = from;
  const spans = source.masked;
  // The first span starting at or after the mention's words (spans are in text order).
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length; i++) {
    const [start, stop] = spans[i];
    if (start < end) continue;
    if (start >= to || nonBlank(text, end, start) > EXECUTORY_STEP) break;
    const head: Window = { text: original, slice: original.slice(start, start + 80), base: start, from: start, to: start + 80 };
    const dated = [stamps.executorySent, stamps.executoryReceived, stamps.executoryPublished].some((re) => stickyAt(re, head, start));
    if (!dated) break;
    end = Math.min(stop, to);
  }
  return end;
}

function electronicParts(source: Source, w: Window, v: ActVocabulary): Part[] {
  const out: Part[] = [];
  for (const m of matchesIn(v.electronic, w)) {
    const part: Part = { kind: 'electronic', start: m.start, end: m.end };
    const name = stickyAt(v.signatoryName, w, m.end);
    if (name?.groups?.name) {
      const at = m.end + name[0].length - name.groups.name.length;
      part.name = [at, at + name.groups.name.length];
      part.end = part.name[1];
    }
    // A window of its own: the date and quality are searched in a few characters, not on to the span's end.
    const reach = windowOf(w.text, part.end, advance(w.text, part.end, v.signatureDateReach, w.to));
    for (const d of matchesIn(v.electronicDate, reach)) {
      // The date right after its label.
      const date = datesIn(source, w.text, d.end, d.end + 30)[0];
      const at = d.end + (date ? date.text.length : 0);
      if (!date || w.text.slice(d.end, at) !== date.text) continue;
      part.date = [d.end, at];
      part.end = Math.max(part.end, part.date[1]);
      break;
    }
    const role = matchesIn(v.electronicRole, reach)[0];
    if (role?.groups.role) {
      part.role = v.roleKind(role.groups.role);
      part.end = Math.max(part.end, role.end);
    }
    out.push(part);
  }
  return out;
}

function roleParts(w: Window, v: ActVocabulary): Part[] {
  const out: Part[] = [];
  for (const m of matchesIn(v.signatoryRole, w)) {
    const role = m.groups.role ?? '';
    const part: Part = { kind: 'role', start: m.start, end: m.end, roleEnd: m.end, role: v.roleKind(role) };
    let at = m.end;
    const qualifier = stickyAt(v.roleQualifier, w, at);
    if (qualifier) at += qualifier[0].length;
    part.colon = !!stickyAt(v.roleColon, w, at);
    const lead = stickyAt(v.nameLead, w, at);
    const nameAt = at + (lead?.[0].length ?? 0);
    const name = stickyAt(v.signatoryName, w, nameAt);
    if (name?.groups?.name) {
      const start = nameAt + name[0].length - name.groups.name.length;
      part.name = [start, start + name.groups.name.length];
      part.end = part.name[1];
    } else {
      part.prose = !!stickyAt(v.roleProse, w, at);
    }
    out.push(part);
  }
  return out;
}

/** Parts read twice (`Fait et délibéré à …` is a sealing and a madeAt): the longest that starts first stays. */
function dropOverlaps(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    // `Extrait certifié conforme et exécutoire`: the executory words inside a sealing mention count too.
    if (last && p.start < last.end && p.kind !== 'executory' && last.kind !== 'executory') {
      // A place is worth more than the bare sealing words it starts with.
      if (p.kind === 'madeAt' && last.kind === 'sealing' && p.start === last.start) out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

// ── Which parts make a block ─────────────────────────────────────────────────────────────────

function acceptParts(text: string, parts: Part[], v: ActVocabulary, to: number): Part[] {
  const out: Part[] = [];
  let lastEnd = -1;
  parts.forEach((p, i) => {
    let ok = p.kind !== 'role';
    if (!ok && !p.prose) {
      const inBlock = lastEnd >= 0 && nonBlank(text, lastEnd, p.start) <= v.signatureGap;
      const next = parts[i + 1];
      const prev = parts[i - 1];
      const besideNext = next?.kind === 'role' && !next.prose && nonBlank(text, p.roleEnd ?? p.end, next.start) <= SIDE_BY_SIDE;
      const besidePrev = prev?.kind === 'role' && !prev.prose && nonBlank(text, prev.roleEnd ?? prev.end, p.start) <= SIDE_BY_SIDE;
      const atEnd = !!p.name && !p.colon && nonBlank(text, p.end, to) <= v.signatureTail;
      // `Le secrétaire de séance : X` is the header naming him, unless a block is open.
      ok = inBlock || ((besideNext || besidePrev || atEnd) && !(p.colon && p.role === 'secretary'));
    }
    if (!ok) return;
    out.push(p);
    lastEnd = Math.max(lastEnd, p.end);
  });
  return out;
}

/** Accepted parts close together make a block; the act's is the last one that is more than an executory mention. */
function chooseBlock(text: string, parts: Part[], gap: number): Part[] | undefined {
  const blocks: Part[][] = [];
  let current: Part[] = [];
  let end = -1;
  for (const p of parts) {
    if (current.length > 0 && nonBlank(text, end, p.start) > gap) {
      blocks.push(current);
      current = [];
    }
    current.push(p);
    end = Math.max(end, p.end);
  }
  if (current.length > 0) blocks.push(current);
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i].some((p) => p.kind !== 'executory')) return blocks[i];
  return blocks[blocks.length - 1];
}

// ── The signature ────────────────────────────────────────────────────────────────────────────

function buildSignature(source: Source, text: string, block: Part[], v: ActVocabulary): ItemSignature {
  const located = (s: number, e: number): Located<string> => ({ value: collapsed(text, s, e), range: source.joined.rangeAt(s, e) });
  const names = rowNames(text, block, v);
  const signatories: ItemSignatory[] = [];
  for (const p of block) {
    if (p.kind === 'role') {
      const name = names.has(p) ? names.get(p) : p.name;
      const s: ItemSignatory = { role: p.role ?? 'other', range: source.joined.rangeAt(p.start, name?.[1] ?? p.roleEnd ?? p.end) };
      if (name) s.name = located(name[0], name[1]);
      signatories.push(s);
    } else if (p.kind === 'electronic' && p.name) {
      // `Le Maire, Signé électroniquement par : Jean DUPONT`: the role just before is the signer's.
      const prev = signatories[signatories.length - 1];
      const prevPart = block[block.indexOf(p) - 1];
      if (prev && !prev.name && prevPart?.kind === 'role' && nonBlank(text, prevPart.end, p.start) <= SIDE_BY_SIDE) {
        prev.name = located(p.name[0], p.name[1]);
        prev.range = source.joined.rangeAt(prevPart.start, p.name[1]);
      } else {
        signatories.push({ role: p.role ?? 'other', name: located(p.name[0], p.name[1]), range: source.joined.rangeAt(p.start, p.end) });
      }
    }
  }
  const start = block[0].start;
  const end = Math.max(...block.map((p) => p.end));
  const signature: ItemSignature = { signatories, range: source.joined.rangeAt(start, end) };
  const made = block.find((p) => p.kind === 'madeAt' && p.place);
  if (made?.place) signature.place = located(made.place[0], made.place[1]);
  const date = sealingDate(source, text, block, v) ?? electronicDate(source, text, block);
  if (date) signature.date = date;
  const executory = block.find((p) => p.kind === 'executory');
  if (executory) signature.executory = source.joined.rangeAt(executory.start, executory.end);
  const copy = block.find((p) => p.kind === 'sealing' && v.copyMention.test(text.slice(p.start, p.end)));
  if (copy) signature.certifiedCopy = source.joined.rangeAt(copy.start, copy.end);
  return signature;
}

/** `Fait à Grigny, le 31 janvier 2023`, `Fait et délibéré en séance le …`: the first date after the words, before the next part. */
function sealingDate(source: Source, text: string, block: Part[], v: ActVocabulary) {
  for (const [i, p] of block.entries()) {
    if (p.kind !== 'sealing' && p.kind !== 'madeAt') continue;
    const limit = block[i + 1]?.start ?? text.length;
    const to = advance(text, p.end, v.signatureDateReach, limit);
    const date = datesIn(source, text, p.end, to)[0];
    if (date) return date;
  }
  return undefined;
}

function electronicDate(source: Source, text: string, block: Part[]) {
  const p = block.find((q) => q.kind === 'electronic' && q.date);
  return p?.date ? datesIn(source, text, p.date[0], p.date[1])[0] : undefined;
}

/**
 * `Le/La secrétaire de séance, Le Maire, Signé Sylvie VIEU Franck RAYNAL`: roles printed side by
 * side, then their names in the same order. Each role gets its name only when the row holds
 * exactly as many names as roles; otherwise none does (which name is whose is not certain).
 */
function rowNames(text: string, block: Part[], v: ActVocabulary): Map<Part, [number, number] | undefined> {
  const out = new Map<Part, [number, number] | undefined>();
  let i = 0;
  while (i < block.length) {
    let j = i;
    while (
      j + 1 < block.length &&
      block[j].kind === 'role' &&
      !block[j].name &&
      block[j + 1].kind === 'role' &&
      nonBlank(text, block[j].roleEnd ?? block[j].end, block[j + 1].start) <= SIDE_BY_SIDE
    ) j++;
    if (j > i && block[j].kind === 'role') {
      const row = block.slice(i, j + 1);
      const last = row[row.length - 1];
      const names = last.name ? readRow(text, last.name[0], v) : [];
      const assign = names.length === row.length;
      row.forEach((p, k) => out.set(p, assign ? names[k] : undefined));
      if (assign) last.end = Math.max(last.end, names[names.length - 1][1]);
    }
    i = j + 1;
  }
  return out;
}

/** The names written one after the other from `at` (one more than MAX_ROW when the row runs on). */
function readRow(text: string, at: number, v: ActVocabulary): [number, number][] {
  const names: [number, number][] = [];
  const w: Window = { text, slice: text, base: 0, from: at, to: text.length };
  let pos = at;
  for (let guard = 0; guard <= MAX_ROW; guard++) {
    const m = stickyAt(v.signatoryName, w, pos);
    if (!m?.groups?.name) break;
    const start = pos + m[0].length - m.groups.name.length;
    names.push([start, start + m.groups.name.length]);
    pos += m[0].length;
    const gap = stickyAt(v.nameGap, w, pos);
    pos += gap?.[0].length ?? 0;
  }
  return names;
}
