/** What a `check` run produced, as the report formats read it. */
import type { Diagnostic } from '../../engine/diagnostics';
import type { FileOutcome } from '../check-file';
import type { Locale, Message } from '../messages';

export interface RunNotice {
  /** The file or folder concerned, as displayed; empty for the run as a whole. */
  path: string;
  message: Message;
  /** A problem that fails the run (exit code 2), not a mere notice. */
  fatal: boolean;
}

export interface Counts {
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  /** Files checked (skipped and failed ones aside). */
  files: number;
  dossiers: number;
  fixed: number;
  skipped: number;
  failed: number;
  bytes: number;
}

export interface RunResult {
  cwd: string;
  locale: Locale;
  version: string;
  fix: 'off' | 'write' | 'dry-run';
  /** By file (`sortOutcomes`), each file's diagnostics by line. */
  outcomes: FileOutcome[];
  notices: RunNotice[];
  counts: Counts;
  /** False when the run had a fatal problem (exit code 2). */
  successful: boolean;
}

export function countOutcomes(outcomes: readonly FileOutcome[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, information: 0, hints: 0, files: 0, dossiers: 0, fixed: 0, skipped: 0, failed: 0, bytes: 0 };
  for (const outcome of outcomes) {
    counts.bytes += outcome.bytes;
    if (outcome.status === 'skipped') counts.skipped++;
    if (outcome.status === 'failed') counts.failed++;
    if (outcome.status === 'checked') counts.files++;
    counts.dossiers += outcome.dossiers;
    counts.fixed += outcome.fixed;
    for (const diagnostic of outcome.diagnostics) countDiagnostic(counts, diagnostic);
  }
  return counts;
}

function countDiagnostic(counts: Counts, diagnostic: Diagnostic): void {
  if (diagnostic.severity === 1) counts.errors++;
  else if (diagnostic.severity === 2) counts.warnings++;
  else if (diagnostic.severity === 3) counts.information++;
  else counts.hints++;
}

/** The notices of the files themselves (skipped, unreadable, not UTF-8), after the run's own. */
export function allNotices(result: RunResult): RunNotice[] {
  const fromFiles = result.outcomes
    .filter((outcome) => outcome.notice)
    .map((outcome) => ({ path: outcome.display, message: outcome.notice!, fatal: outcome.status === 'failed' }));
  return [...result.notices, ...fromFiles];
}

/**
 * Reports list files by path (folder by folder, name by name, whatever the order they were named
 * or checked in) and each file's problems by line, then column, the engine's order kept between
 * equals. Fingerprints follow their diagnostics.
 */
export function sortOutcomes(outcomes: readonly FileOutcome[]): FileOutcome[] {
  return [...outcomes].sort((a, b) => comparePaths(a.display, b.display) || a.index - b.index).map(sortDiagnostics);
}

function sortDiagnostics(outcome: FileOutcome): FileOutcome {
  const order = outcome.diagnostics.map((_, i) => i);
  const at = (i: number) => outcome.diagnostics[i].range.start;
  order.sort((i, j) => at(i).line - at(j).line || at(i).character - at(j).character || i - j);
  if (order.every((i, k) => i === k)) return outcome;
  return {
    ...outcome,
    diagnostics: order.map((i) => outcome.diagnostics[i]),
    ...(outcome.fingerprints ? { fingerprints: order.map((i) => outcome.fingerprints![i]) } : {}),
  };
}

/** Segment by segment, so that `a/b.txt` comes before `a-b.txt` as in a folder listing. */
function comparePaths(a: string, b: string): number {
  const as = a.split(/[\\/]/);
  const bs = b.split(/[\\/]/);
  for (let k = 0; k < Math.min(as.length, bs.length); k++) {
    if (as[k] !== bs[k]) {
      return as[k] < bs[k] ? -1 : 1;
    }
  }
  return as.length - bs.length;
}
