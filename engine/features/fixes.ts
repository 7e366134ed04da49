/**
 * The fixes of one diagnostic: the ready-made edits its rule ships in `data.fixes`, the one path
 * every fix takes. Each is offered while its ranges still lie inside the document.
 */
import type { Diagnostic } from '../diagnostics';
import type { Dossier, Range } from '../model/types';
import type { Locale } from '../rules/types';
import { isSafeFix, visaRanges } from '../fix-safety';
import type { TextEdit } from './lsp';
import { isValidRange, pick } from './text-utils';

export interface FixProposal {
  title: string;
  edits: TextEdit[];
  /** Applied by a single keystroke and by `source.fixAll.delibera`. */
  preferred: boolean;
  /** A placeholder to select once the edit is applied, in the edited document's coordinates. */
  select?: Range;
}

export interface FixContext {
  lines: readonly string[];
  dossiers: readonly Dossier[];
  locale: Locale;
}

/** The placeholders the visa templates carry (visa-required), to select after inserting one. */
const PLACEHOLDER = /AAAA-NNN|JJ\/MM\/AAAA|<[^<>\n]{1,40}>/;

interface ShippedFix {
  title?: unknown;
  range?: Range;
  text?: unknown;
  preferred?: unknown;
  also?: unknown;
}

interface ShippedEdit {
  range?: Range;
  text?: unknown;
}

/**
 * Every fix of the diagnostic, best first. Only a safe fix (engine/fix-safety.ts) stays preferred: the
 * others are suggestions, applied one at a time by the user who reads them.
 */
export function fixesFor(diagnostic: Diagnostic, context: FixContext): FixProposal[] {
  const proposals = allFixes(diagnostic, context);
  if (proposals.some((f) => f.preferred)) {
    const visas = visaRanges(context.dossiers);
    for (const fix of proposals) if (fix.preferred && !isSafeFix(fix.edits.map((e) => ({ range: e.range, text: e.newText })), visas)) fix.preferred = false;
  }
  return proposals;
}

function allFixes(diagnostic: Diagnostic, context: FixContext): FixProposal[] {
  const shipped = diagnostic.data?.fixes;
  if (!Array.isArray(shipped)) return [];
  const valid = (shipped as ShippedFix[]).flatMap((f) => {
    const edits = editsOf(f, context.lines);
    return edits ? [{ fix: f, edits }] : [];
  });
  // Two directions both marked preferred would make a keystroke pick one at random: neither is.
  const preferredCount = valid.filter((v) => v.fix.preferred === true).length;
  return valid.map(({ fix, edits }) => ({
    title: typeof fix.title === 'string' ? fix.title : pick(context.locale, 'Corriger', 'Fix'),
    edits,
    preferred: fix.preferred === true && preferredCount === 1,
    select: placeholderAfter(edits[0].range.start, edits[0].newText),
  }));
}

/** The fix's edits, or undefined when one of them no longer fits the document (a stale copy). */
function editsOf(fix: ShippedFix, lines: readonly string[]): TextEdit[] | undefined {
  const parts: ShippedEdit[] = [fix, ...(Array.isArray(fix.also) ? (fix.also as ShippedEdit[]) : [])];
  const edits: TextEdit[] = [];
  for (const part of parts) {
    if (!part || typeof part.text !== 'string' || !isValidRange(lines, part.range)) return undefined;
    edits.push({ range: part.range!, newText: part.text });
  }
  return edits;
}

/** Where a placeholder of an inserted text lands once the text is in: counted from the edit's start. */
function placeholderAfter(start: { line: number; character: number }, text: string): Range | undefined {
  const m = PLACEHOLDER.exec(text.length > 2000 ? text.slice(0, 2000) : text);
  if (!m) return undefined;
  const before = text.slice(0, m.index).split('\n');
  const line = start.line + before.length - 1;
  const character = (before.length === 1 ? start.character : 0) + before[before.length - 1].length;
  return { start: { line, character }, end: { line, character: character + m[0].length } };
}

