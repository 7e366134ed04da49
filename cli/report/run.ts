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
  /** In the order the files were named and found. */
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
