/**
 * The workspace's deliberation files, summarised in the background (acts cited, deliberation
 * numbers) so that `visa-citation` and `numero-year` can compare the open document with the rest of
 * the workspace. One file per event-loop turn: typing is never held up by the indexing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeliberationFile } from '../cli/files';
import { createAnalyzer } from '../engine/analyzer';
import { summarizeFile, type FileSummary } from '../engine/workspace/facts';

const MAX_FILES = 5_000;
const MAX_BYTES = 20 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

export class WorkspaceIndex {
  private readonly files = new Map<string, FileSummary>();
  private queue: string[] = [];
  private running = false;
  /** Bumped whenever a summary changes, so diagnostics that depend on the index are recomputed. */
  generation = 0;

  constructor(private readonly onChange: () => void, private readonly log: (message: string) => void) {}

  summaries(): FileSummary[] {
    return [...this.files.values()];
  }

  /** Lists the deliberation files under the folders, then summarises them one by one. */
  start(folders: readonly string[]): void {
    const found: string[] = [];
    for (const folder of folders) this.walk(folder, found);
    this.enqueue(found);
  }

  /** A file changed, appeared or went away on disk. */
  refresh(uri: string, deleted: boolean): void {
    if (deleted) {
      if (this.files.delete(uri)) this.changed();
      return;
    }
    try {
      this.enqueue([fileURLToPath(uri)]);
    } catch {
      // Not a file URI: nothing on disk to read.
    }
  }

  /** The open document's own analysis is fresher than the disk's. */
  setOpen(summary: FileSummary): void {
    this.files.set(summary.uri, summary);
  }

  private enqueue(paths: string[]): void {
    this.queue.push(...paths);
    if (!this.running) {
      this.running = true;
      setImmediate(() => this.next());
    }
  }

  private next(): void {
    const path = this.queue.shift();
    if (path === undefined) {
      this.running = false;
      this.changed();
      return;
    }
    try {
      if (statSync(path).size <= MAX_BYTES) {
        const text = readFileSync(path, 'utf8');
        if (!text.includes('\u0000')) {
          const uri = pathToFileURL(path).href;
          const { dossiers } = createAnalyzer({ ruleModules: [] }).analyze(text, { uri });
          this.files.set(uri, summarizeFile(uri, dossiers));
        }
      }
    } catch (error) {
      this.log(`delibera: could not index ${path}: ${(error as Error).message}`);
    }
    setImmediate(() => this.next());
  }

  private changed(): void {
    this.generation++;
    this.onChange();
  }

  private walk(dir: string, found: string[]): void {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (found.length >= MAX_FILES) return;
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) this.walk(path, found);
      else if (stat.isFile() && isDeliberationFile(path)) found.push(path);
    }
  }
}
