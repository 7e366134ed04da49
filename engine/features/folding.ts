/** Model → folding ranges: dossier, visa block, article, table, vote, report, annex. */
import type { Dossier, Range } from '../model/types';
import { regionMarkers } from '../text/directives';

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment' | 'imports';
}

/** `lines`, when given, adds the `%% region` … `%% endregion` markers. */
export function foldingRanges(dossiers: readonly Dossier[], lines: readonly string[] = []): FoldingRange[] {
  const out: FoldingRange[] = regionMarkers(lines).map((r) => ({ ...r, kind: 'region' as const }));
  const add = (range: Range | undefined) => {
    if (range && range.end.line > range.start.line) out.push({ startLine: range.start.line, endLine: range.end.line, kind: 'region' });
  };
  for (const dossier of dossiers) {
    add(dossier.range);
    const d = dossier.deliberation;
    add(d.range);
    add(d.visasRange);
    d.articles.forEach((a) => add(a.range));
    d.tables.forEach((t) => add(t.range));
    add(d.vote?.range);
    dossier.reports.forEach((r) => {
      add(r.range);
      r.tables.forEach((t) => add(t.range));
    });
    dossier.annexes.forEach((a) => add(a.range));
  }
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return dedupe(out);
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
