/**
 * Which fixes may be applied without the user looking at each: Auto Fix, « Corriger tous les
 * problèmes sûrs », `source.fixAll` on save and the CLI's `--fix`. A safe fix corrects a figure
 * and keeps the document's lines where they were; one that changes what a visa cites (the act's
 * legal basis) or adds, joins or splits lines is still offered, one at a time, never applied
 * unseen. The analyzer applies this to the fixes rules ship, and the editor features again to the
 * fixes a client's copy of a diagnostic carries: one definition for the editor, the CLI and the JSON
 * and SARIF reports.
 */
import type { Dossier, Range } from './model/types';
import type { RuleReport } from './rules/types';

export interface PlainEdit {
  range: Range;
  text: string;
}

/** The edit stays on one line and writes no line break: every later line keeps its number. */
export function keepsLineStructure(edit: PlainEdit): boolean {
  return edit.range.start.line === edit.range.end.line && !/[\r\n]/.test(edit.text);
}

/** The ranges of every visa of the file: the Commission Permanente's block and each act's visas. */
export function visaRanges(dossiers: readonly Dossier[]): Range[] {
  const out: Range[] = [];
  for (const dossier of dossiers) {
    for (const visa of dossier.deliberation.visas) out.push(visa.range);
    for (const item of dossier.meeting.items) for (const visa of item.visas ?? []) out.push(visa.range);
  }
  return out;
}

function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function isSafeFix(edits: readonly PlainEdit[], visas: readonly Range[]): boolean {
  return edits.length > 0 && edits.every((edit) => keepsLineStructure(edit) && !visas.some((visa) => touches(visa, edit.range)));
}

/** The report with `preferred` kept only on its safe fixes. */
export function withSafePreference(report: RuleReport, visas: () => readonly Range[]): RuleReport {
  if (!report.fixes?.some((fix) => fix.preferred)) return report;
  const fixes = report.fixes.map((fix) => (fix.preferred && !isSafeFix([fix, ...(fix.also ?? [])], visas()) ? { ...fix, preferred: false } : fix));
  return { ...report, fixes };
}
