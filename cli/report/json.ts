/**
 * `--format json`: one entry per file, in order, with the engine's diagnostics as they are (LSP
 * shape: 0-based ranges, numeric severity, `code` = rule id, `data.fixes`).
 */
import type { RunResult } from './run';

export function jsonReport(result: RunResult): string {
  const entries = result.outcomes.map((outcome) => ({
    file: outcome.display,
    status: outcome.status,
    ...(outcome.notice ? { notice: outcome.notice[result.locale] } : {}),
    dossiers: outcome.dossiers,
    diagnostics: outcome.diagnostics,
    ...(result.fix !== 'off' ? { fixed: outcome.fixed } : {}),
    ...(outcome.diff ? { diff: outcome.diff } : {}),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
