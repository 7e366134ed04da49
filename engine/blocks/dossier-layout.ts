/**
 * Dossier → blocks: where the deliberation, its reports and its annexes lie inside one dossier.
 * Line indices are relative to the dossier's own lines.
 */
import { isBlank, startsWithOneOf } from '../text/normalize';
import { CP_LANDMARKS as LANDMARKS } from '../templates/departement-cp';

export interface LineSpan {
  from: number;
  to: number;
}

export interface DossierLayout {
  deliberation: LineSpan;
  reports: LineSpan[];
  annexes: LineSpan[];
}

const REPORT_HEADER_DISTANCE = 12;

/** `RAPPORT N°<digits>` lines that follow a `DEPARTEMENT DU …` (`DE LA …`, `D’…`) header within a few lines. */
function findReportStarts(lines: readonly string[], from: number, to: number): number[] {
  const starts: number[] = [];
  let lastHeader = -1;
  for (let i = from; i <= to; i++) {
    const text = lines[i];
    if (text.length > 120) continue;
    if (startsWithOneOf(text, 'Dd') && LANDMARKS.header.test(text)) lastHeader = i;
    else if (lastHeader >= 0 && i - lastHeader <= REPORT_HEADER_DISTANCE && LANDMARKS.report.test(text)) {
      starts.push(lastHeader);
      lastHeader = -1;
    }
  }
  return starts;
}

function nextNonEmpty(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i <= to; i++) if (!isBlank(lines[i])) return i;
  return -1;
}

/** The deliberation ends with its signature: `Signé` then the signatory's name. */
function deliberationEnd(lines: readonly string[], from: number, to: number): number {
  let signature = -1;
  for (let i = from; i <= to; i++) {
    if (LANDMARKS.signature.test(lines[i])) {
      signature = i;
      break;
    }
  }
  if (signature < 0) return to;
  for (let i = signature + 1; i <= to && i <= signature + 20; i++) {
    if (LANDMARKS.signed.test(lines[i])) {
      const name = nextNonEmpty(lines, i + 1, Math.min(to, i + 4));
      return name >= 0 ? name : i;
    }
  }
  // No `Signé`: stop after the place-and-date line when there is one.
  for (let i = signature + 1; i <= to && i <= signature + 8; i++) {
    if (LANDMARKS.placeAndDate.test(lines[i])) return i;
  }
  return to;
}

/** A report ends with the president's name after `SIGNE`; what follows belongs to the annexes. */
function reportEnd(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i <= to; i++) {
    if (!LANDMARKS.pleaseDeliberate.test(lines[i])) continue;
    for (let j = i + 1; j <= to && j <= i + 14; j++) {
      if (LANDMARKS.signed.test(lines[j])) {
        const name = nextNonEmpty(lines, j + 1, Math.min(to, j + 4));
        return name >= 0 ? name : j;
      }
    }
  }
  return to;
}

/** Lays out the dossier on lines [from, to] (all of `lines` by default). */
export function layoutDossier(lines: readonly string[], from = 0, to = lines.length - 1): DossierLayout {
  const last = to;
  const reportStarts = findReportStarts(lines, from, to);
  const firstReport = reportStarts.length > 0 ? reportStarts[0] : last + 1;
  const deliberation: LineSpan = { from, to: deliberationEnd(lines, from, firstReport - 1) };
  const reports: LineSpan[] = reportStarts.map((start, k) => {
    const limit = k + 1 < reportStarts.length ? reportStarts[k + 1] - 1 : last;
    return { from: start, to: reportEnd(lines, start, limit) };
  });
  const annexes: LineSpan[] = [];
  let cursor = deliberation.to + 1;
  for (const span of [...reports, { from: last + 1, to: last + 1 }]) {
    addAnnex(lines, annexes, cursor, span.from - 1);
    cursor = span.to + 1;
  }
  return { deliberation, reports, annexes };
}

function addAnnex(lines: readonly string[], annexes: LineSpan[], from: number, to: number): void {
  let start = from;
  let end = to;
  while (start <= end && isBlank(lines[start])) start++;
  while (end >= start && isBlank(lines[end])) end--;
  if (start <= end) annexes.push({ from: start, to: end });
}
