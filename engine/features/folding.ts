/**
 * Model → folding ranges: dossier, its preamble, visa block, article, table, vote, report, annex;
 * the items of the other assemblies.
 *
 * A folded range shows its first line. Every Commission Permanente dossier opens on the same
 * stamp (« Envoi au contrôle de légalité le : … »), so a dossier folds from its title or N° line —
 * the first of the two — to the line before the next dossier's title, as a Markdown heading folds
 * up to the next heading: « Fold All » then lists the titles, and the next dossier's stamp and
 * attendance fold inside as its preamble. `collapsedText` (LSP 3.17) gives « N° · title » to the
 * clients that show it; VS Code's client declares it does not (vscode-languageclient sends
 * `collapsedText: false`), hence the start line.
 */
import type { Dossier, Range } from '../model/types';
import { regionMarkers } from '../text/directives';
import { shorten } from './text-utils';

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment' | 'imports';
  /** What the client shows for the folded range, when it supports it. */
  collapsedText?: string;
}

/** `lines`, when given, adds the `%% region` … `%% endregion` markers and moves starts off blank lines. */
export function foldingRanges(dossiers: readonly Dossier[], lines: readonly string[] = []): FoldingRange[] {
  const out: FoldingRange[] = regionMarkers(lines).map((r) => ({ ...r, kind: 'region' as const }));
  const add = (start: number, end: number, collapsedText?: string) => {
    const first = firstWrittenLine(lines, start, end);
    if (end <= first) return;
    const range: FoldingRange = { startLine: first, endLine: end, kind: 'region' };
    if (collapsedText) range.collapsedText = collapsedText;
    out.push(range);
  };
  const addRange = (range: Range | undefined) => {
    if (range) add(range.start.line, range.end.line);
  };
  const heads = dossiers.map(headLine);
  dossiers.forEach((dossier, k) => {
    const start = dossier.range.start.line;
    const head = heads[k];
    const next = heads[k + 1];
    // Up to the line before the next dossier's head; the last one to its own end.
    const end = next !== undefined && next > dossier.range.end.line ? next - 1 : dossier.range.end.line;
    add(head, end, foldedText(dossier));
    if (head > start) add(start, head - 1);
    const d = dossier.deliberation;
    // The first visa, not the blank line the visa block is read from.
    add(d.visas[0]?.range.start.line ?? d.visasRange?.start.line ?? -1, d.visasRange?.end.line ?? -1);
    d.articles.forEach((a) => addRange(a.range));
    d.tables.forEach((t) => addRange(t.range));
    addRange(d.vote?.range);
    dossier.reports.forEach((r) => {
      addRange(r.range);
      r.tables.forEach((t) => addRange(t.range));
    });
    dossier.annexes.forEach((a) => addRange(a.range));
    if (dossier.template !== 'departement-cp') {
      for (const item of dossier.meeting.items) {
        const name = [item.number?.value, item.object ? shorten(item.object.value, 80) : undefined].filter(Boolean).join(' · ');
        add(item.range.start.line, item.range.end.line, name || undefined);
        addRange(item.vote?.range);
      }
    }
  });
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return dedupe(out);
}

/** The line a Commission Permanente dossier is known by: its title's or its N°'s, whichever comes first. */
function headLine(dossier: Dossier): number {
  const start = dossier.range.start.line;
  if (dossier.template !== 'departement-cp') return start;
  const d = dossier.deliberation;
  const candidates = [d.title?.range.start.line, d.number?.range.start.line].filter(
    (line): line is number => line !== undefined && line >= start && line <= dossier.range.end.line,
  );
  return candidates.length > 0 ? Math.min(...candidates) : start;
}

/** « N°2022-80 · PARTICIPATION DE L'OPÉRATEUR ORANGE … ». */
function foldedText(dossier: Dossier): string | undefined {
  const d = dossier.deliberation;
  const number = d.number ? `N°${d.number.year}-${d.number.sequence}` : undefined;
  const title = d.title ? shorten(d.title.value.replace(/\s+/g, ' ').trim(), 100) : undefined;
  const text = [number, title].filter(Boolean).join(' · ');
  return text || undefined;
}

/** The first line of `[start, end]` with something written on it; `start` when the lines are unknown. */
function firstWrittenLine(lines: readonly string[], start: number, end: number): number {
  if (start < 0 || lines.length === 0) return start;
  let line = start;
  while (line < end && line < lines.length && lines[line].trim() === '') line++;
  return line;
}

/** VS Code folds one range per start line: keep the outermost. */
function dedupe(ranges: FoldingRange[]): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const r of ranges) {
    if (out.length > 0 && out[out.length - 1].startLine === r.startLine) continue;
    out.push(r);
  }
  return out;
}
