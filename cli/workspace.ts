/**
 * The run's workspace index: what each file of a `check` tells about the others (acts cited,
 * deliberation numbers), so that the cross-file checks of `visa-citation` and `numero-year` give
 * in CI the verdict they give in the editor (server/workspace-index.ts). It is built once per run,
 * before any file is checked, each file summarised from its own text (through the workers when
 * there are some); each file then sees the summaries of the files that share one of its
 * collectivités and bodies (engine/workspace/facts.ts `otherFiles` narrows further, dossier by
 * dossier scope).
 */
import { readFileSync, statSync } from 'node:fs';
import { createAnalyzer } from '../engine/analyzer';
import { summarizeFile, type FileSummary, type WorkspaceFacts } from '../engine/workspace/facts';
import type { FileTask } from './check-file';
import { decode, looksBinary } from './encoding';

/** The URI a file is known by in the index and in its own analysis (the report's path). */
export function workspaceUri(task: { display: string }): string {
  return task.display;
}

/** One file's summary, or undefined when it cannot be read or is not checked (binary, too large). */
export function summarizeTask(task: FileTask): FileSummary | undefined {
  try {
    const stat = task.content ? undefined : statSync(task.path);
    if (stat && (!stat.isFile() || stat.size > task.maxFileSize)) return undefined;
    const bytes = task.content ? Buffer.from(task.content) : readFileSync(task.path);
    if (looksBinary(bytes)) return undefined;
    const uri = workspaceUri(task);
    const { dossiers } = createAnalyzer({ ...task.options, ruleModules: [] }).analyze(decode(bytes).text, { uri });
    const summary = summarizeFile(uri, dossiers);
    return summary.acts.length > 0 || summary.deliberations.length > 0 ? summary : undefined;
  } catch {
    // The check itself reports what went wrong with the file.
    return undefined;
  }
}

/** The index, grouped by scope so that each file is handed only the summaries it may compare with. */
export class RunIndex {
  private readonly byUri = new Map<string, FileSummary>();
  private readonly byScope = new Map<string, FileSummary[]>();

  constructor(summaries: readonly (FileSummary | undefined)[]) {
    for (const summary of summaries) {
      if (!summary) continue;
      this.byUri.set(summary.uri, summary);
      for (const scope of scopesOf(summary)) {
        const list = this.byScope.get(scope) ?? [];
        list.push(summary);
        this.byScope.set(scope, list);
      }
    }
  }

  get size(): number {
    return this.byUri.size;
  }

  /** The summaries the file may be compared with: other files sharing one of its scopes. */
  factsFor(uri: string): WorkspaceFacts | undefined {
    const own = this.byUri.get(uri);
    if (!own) return undefined;
    const files = new Set<FileSummary>();
    for (const scope of scopesOf(own)) for (const summary of this.byScope.get(scope) ?? []) if (summary !== own) files.add(summary);
    return files.size > 0 ? { files: [...files] } : undefined;
  }

  /** Plain data, to hand to the worker threads once each. */
  summaries(): FileSummary[] {
    return [...this.byUri.values()];
  }
}

function scopesOf(summary: FileSummary): Set<string> {
  const scopes = new Set<string>();
  for (const fact of summary.deliberations) if (fact.scope) scopes.add(fact.scope);
  for (const fact of summary.acts) if (fact.scope) scopes.add(fact.scope);
  return scopes;
}
