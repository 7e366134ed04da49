/**
 * Text → dossiers. A dossier is `[legality stamp] → DELIBERATION → annexes → RAPPORT`; a file holds
 * one or many. A dossier starts at a `DEPARTEMENT DU …` line (`DE LA …`, `D’…`: any département,
 * templates/departement-cp.ts) whose next non-empty line opens a deliberation (with the stamp lines
 * just before it, when present), and runs to the next one.
 */

import { CP_LANDMARKS } from '../templates/departement-cp';
import { isBlank, startsWithOneOf } from '../text/normalize';
import { isComment } from '../text/noise';

export interface DossierSpan {
  /** First line of the dossier (stamp or header). */
  start: number;
  /** Last line, inclusive. */
  end: number;
  /** The `DEPARTEMENT DU …` header line, or -1 for a draft that has none yet. */
  header: number;
}

export function isDepartmentHeader(text: string): boolean {
  return text.length < 120 && startsWithOneOf(text, 'Dd') && CP_LANDMARKS.header.test(text);
}

export function isStampLine(text: string): boolean {
  return text.length < 160 && CP_LANDMARKS.stamp.test(text);
}

/** The next line that is neither blank nor a `%%` comment (a directive may sit between header and nature). */
function nextNonEmpty(lines: readonly string[], from: number, limit = HEADER_LOOKAHEAD): number {
  for (let i = from; i < lines.length && i < from + limit; i++) {
    if (!isBlank(lines[i]) && !isComment(lines[i])) return i;
  }
  return -1;
}

export function opensDeliberation(lines: readonly string[], header: number): boolean {
  if (!isDepartmentHeader(lines[header])) return false;
  const next = nextNonEmpty(lines, header + 1);
  return next >= 0 && CP_LANDMARKS.nature.test(lines[next]);
}

/**
 * Where the dossier really starts: the stamp lines just before its header belong to it, and so do
 * the `%%` comment lines just above (a directive written there speaks of this dossier).
 */
function dossierStart(lines: readonly string[], header: number, floor: number): number {
  let start = header;
  let seen = 0;
  for (let i = header - 1; i >= floor && seen < 4; i--) {
    const text = lines[i];
    if (isBlank(text)) continue;
    if (isComment(text)) {
      start = i;
      continue;
    }
    seen++;
    if (!isStampLine(text)) break;
    start = i;
  }
  return start;
}

/** Lines in [from, to] that open a deliberation. */
export function findHeaders(lines: readonly string[], from = 0, to = lines.length - 1): number[] {
  const headers: number[] = [];
  for (let i = Math.max(0, from); i <= to && i < lines.length; i++) {
    if (opensDeliberation(lines, i)) headers.push(i);
  }
  return headers;
}

/**
 * Dossier spans from the (sorted) header lines: every line belongs to one. Text before the first
 * deliberation belongs to the first dossier; a draft with no header yet is one dossier.
 */
export function spansFromHeaders(lines: readonly string[], headers: readonly number[]): DossierSpan[] {
  if (headers.length === 0) return [{ start: 0, end: lines.length - 1, header: -1 }];
  const spans: DossierSpan[] = [];
  let floor = 0;
  for (const header of headers) {
    const start = spans.length === 0 ? 0 : dossierStart(lines, header, floor);
    if (spans.length > 0) spans[spans.length - 1].end = start - 1;
    spans.push({ start, end: lines.length - 1, header });
    floor = header + 1;
  }
  return spans;
}

/** Splits a file into dossier spans covering every line. */
export function segmentDossiers(lines: readonly string[]): DossierSpan[] {
  return spansFromHeaders(lines, findHeaders(lines));
}

/** How far below a header its nature line may sit (see `opensDeliberation`). */
export const HEADER_LOOKAHEAD = 6;
