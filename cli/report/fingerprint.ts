/**
 * `partialFingerprints` for GitHub code scanning, which matches an alert from one upload to the
 * next by them: the rule, the flagged line's text (white space collapsed) and the rank of that
 * pair in the file. A line inserted above moves the problem, not its fingerprint, so a fixed
 * alert closes and an unchanged one stays open.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../engine/diagnostics';

/** The key GitHub reads (it computes its own only when this one is absent). */
export const LINE_HASH_KEY = 'primaryLocationLineHash';

/** One fingerprint per diagnostic, in the diagnostics' order: `<hash>:<occurrence>`. */
export function lineFingerprints(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const seen = new Map<string, number>();
  // Occurrences are counted in the file's order, whatever order the rules reported in.
  const order = diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.range.start.line - b.d.range.start.line || a.d.range.start.character - b.d.range.start.character || a.i - b.i);
  const out: string[] = new Array(diagnostics.length);
  for (const { d, i } of order) {
    const line = normalizedLine(lines[d.range.start.line] ?? '');
    const hash = createHash('sha256').update(`${d.code}\u0000${line}`).digest('hex').slice(0, 32);
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    out[i] = `${hash}:${occurrence}`;
  }
  return out;
}

function normalizedLine(line: string): string {
  return line.normalize('NFC').replace(/\s+/g, ' ').trim();
}
