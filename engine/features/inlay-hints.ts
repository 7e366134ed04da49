/**
 * Inlay hints: the computed value beside each figure a rule found wrong (a solde, a total, a vote
 * figure: the rule's `data.expected`), and the number of voting members beside each vote block.
 */
import type { Diagnostic } from '../diagnostics';
import type { Dossier, Range } from '../model/types';
import type { ResolvedOptions } from '../options';
import type { InlayHint } from './lsp';
import { pick, rangesIntersect } from './text-utils';
import { voteSummary } from './vote-summary';
import { count as counted } from '../text/plural';

export interface InlayHintInput {
  dossiers: readonly Dossier[];
  diagnostics: readonly Diagnostic[];
}

/** Rules whose `data.expected` is the figure that should stand in the diagnostic's range. */
const FIGURE_RULES = new Set(['budget-balance', 'budget-total', 'budget-chain', 'amount-article', 'vote-total', 'vote-absent']);

function isFigureHint(d: Diagnostic): boolean {
  if (!FIGURE_RULES.has(d.code) || d.data?.missingLine) return false;
  const expected = d.data?.expected;
  return typeof expected === 'string' && expected.length > 0 && expected.length <= 40 && /\d/.test(expected) && d.range.start.line === d.range.end.line;
}

export function inlayHints(input: InlayHintInput, range: Range, options: ResolvedOptions): InlayHint[] {
  const locale = options.locale;
  const out: InlayHint[] = [];
  for (const d of input.diagnostics) {
    if (!rangesIntersect(d.range, range) || !isFigureHint(d)) continue;
    const expected = String(d.data!.expected);
    out.push({
      position: d.range.end,
      label: pick(locale, `calculé : ${expected}`, `computed: ${expected}`),
      tooltip: { kind: 'markdown', value: d.message },
      paddingLeft: true,
    });
  }
  for (const dossier of input.dossiers) {
    if (dossier.range.end.line < range.start.line || dossier.range.start.line > range.end.line) continue;
    const d = dossier.deliberation;
    if (!d.vote || !rangesIntersect(d.vote.introRange, range)) continue;
    const s = voteSummary(dossier, options);
    if (!s.present) continue;
    const e = s.excused?.persons.length ?? 0;
    out.push({
      position: d.vote.introRange.end,
      label: pick(locale, counted(s.voters, 'fr', 'votant'), `${s.voters} voting`),
      tooltip: pick(
        locale,
        `Membres présents ou représentés : ${counted(s.present.persons.length, 'fr', 'présent')} + ${counted(e, 'fr', 'excusé ayant', 'excusés ayant')} donné délégation.`,
        `Members present or represented: ${s.present.persons.length} present + ${e} excused with a proxy.`,
      ),
      paddingLeft: true,
    });
  }
  return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
