/**
 * Checking many files on worker threads. The bundle `dist/cli.js` is its own worker script
 * (`new Worker(__filename)`), so the CLI ships as one file. Each worker takes the next file when
 * it is done with one, so a 1 MB session and a 10 kB act balance themselves; results are put back
 * in the files' order by the caller. A run makes two passes: the files are summarised for the
 * workspace index (cli/workspace.ts), then checked, each worker of the second pass receiving the
 * index once, when it starts.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { FileSummary } from '../engine/workspace/facts';
import { checkFile, type FileOutcome, type FileTask } from './check-file';
import { msg } from './messages';
import { RunIndex, summarizeTask, workspaceUri } from './workspace';

const WORKER_ROLE = 'delibera-check-worker';
/** A worker's first message: it loaded and listens (a worker can start and still fail to load its script). */
const READY = 'ready';
/** Below this, starting threads costs more than it saves. */
const MIN_FILES_PER_WORKER = 2;
const MIN_BYTES_FOR_WORKERS = 1_000_000;
const MAX_WORKERS = 8;

type Job = 'summarize' | 'check';

interface WorkerSetup {
  role: typeof WORKER_ROLE;
  job: Job;
  /** The workspace index, for the checks. */
  workspace?: FileSummary[];
}

/** What a summarising worker answers. */
export interface TaskSummary {
  index: number;
  summary?: FileSummary;
}

export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/** The worker's side: answer each task with its summary or its outcome. */
export function serveChecks(): void {
  const setup = workerData as WorkerSetup;
  const index = new RunIndex(setup.workspace ?? []);
  parentPort?.on('message', (task: FileTask) =>
    parentPort?.postMessage(setup.job === 'summarize' ? safeSummary(task) : safeCheck(task, index)),
  );
  parentPort?.postMessage(READY);
}

/**
 * How many threads for this batch: `requested` when given, else by the batch's size and the cores.
 * One core is left to the main thread and to V8's own threads: a single analysis already keeps a
 * second core busy collecting garbage (`npm run bench`: 2 workers on 2 cores are slower than none).
 */
export function workerCount(tasks: readonly { size: number }[], requested: number | undefined, cores = availableParallelism()): number {
  if (tasks.length < 2) return 0;
  if (requested !== undefined) return requested <= 1 ? 0 : Math.min(requested, tasks.length);
  const bytes = tasks.reduce((sum, task) => sum + task.size, 0);
  const count = Math.min(cores - 1, MAX_WORKERS, Math.floor(tasks.length / MIN_FILES_PER_WORKER));
  return bytes < MIN_BYTES_FOR_WORKERS || count < 2 ? 0 : count;
}

/**
 * The run's workspace index, built once before any check, on the workers when there are some.
 * Summaries are kept in the files' order whatever thread finished first, so the facts each file
 * sees do not depend on the scheduling.
 */
export async function buildRunIndex(tasks: readonly FileTask[], workers: number): Promise<RunIndex | undefined> {
  if (tasks.length < 2) return undefined;
  const position = new Map(tasks.map((task, i) => [task.index, i]));
  const summaries: (FileSummary | undefined)[] = new Array(tasks.length);
  if (workers > 0) await summarizeInWorkers(tasks, workers, ({ index, summary }) => (summaries[position.get(index)!] = summary));
  else tasks.forEach((task, i) => (summaries[i] = summarizeTask(task)));
  return new RunIndex(summaries);
}

/** Resolves with the number of threads that did the work (0 when none could start). */
export function checkInWorkers(
  tasks: readonly FileTask[],
  count: number,
  onOutcome: (outcome: FileOutcome) => void,
  index?: RunIndex,
): Promise<number> {
  const setup: WorkerSetup = { role: WORKER_ROLE, job: 'check', workspace: index?.summaries() };
  return inWorkers(tasks, count, setup, (task) => safeCheck(task, index), onOutcome, crashOutcome);
}

/** The workspace index's summaries, computed on `count` threads. */
export function summarizeInWorkers(tasks: readonly FileTask[], count: number, onSummary: (summary: TaskSummary) => void): Promise<number> {
  const setup: WorkerSetup = { role: WORKER_ROLE, job: 'summarize' };
  return inWorkers(tasks, count, setup, safeSummary, onSummary, (task) => ({ index: task.index }));
}

function inWorkers<R>(
  tasks: readonly FileTask[],
  count: number,
  setup: WorkerSetup,
  inlineJob: (task: FileTask) => R,
  onOutcome: (outcome: R) => void,
  crashOutcome: (task: FileTask, detail: string) => R,
): Promise<number> {
  return new Promise((resolveAll) => {
    // Largest first: the 1 MB sessions set the batch's length, so they should not start last.
    const queue = [...tasks].sort((a, b) => b.size - a.size || a.index - b.index);
    let done = 0;
    let live = 0;
    let inline = false;
    const settle = (outcome: R) => {
      done++;
      onOutcome(outcome);
      if (done === tasks.length) resolveAll(inline ? 0 : count);
    };
    /** When threads cannot start at all (an unbundled run, a locked-down host), the main thread does the work. */
    const checkInline = () => {
      if (inline) return;
      inline = true;
      setImmediate(() => {
        while (queue.length > 0 && live === 0) settle(inlineJob(queue.shift()!));
      });
    };
    const start = () => {
      const worker = new Worker(__filename, { workerData: setup });
      live++;
      let online = false;
      let current: FileTask | undefined;
      const feed = () => {
        current = inline ? undefined : queue.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      worker.on('message', (outcome: R | typeof READY) => {
        if (outcome === READY) {
          online = true;
          return;
        }
        current = undefined;
        settle(outcome);
        feed();
      });
      worker.on('error', () => {
        // Reported on exit, which always follows.
      });
      worker.on('exit', () => {
        live--;
        const lost = current;
        current = undefined;
        if (!online) {
          if (lost) queue.unshift(lost);
          if (live === 0) checkInline();
          return;
        }
        // A worker that dies takes its file with it; the others go on, and a fresh one replaces it.
        if (lost) settle(crashOutcome(lost, 'worker thread stopped'));
        if (queue.length > 0 && !inline) start();
        else if (queue.length > 0 && live === 0) checkInline();
      });
      feed();
    };
    if (tasks.length === 0) resolveAll(0);
    for (let i = 0; i < Math.min(count, tasks.length); i++) start();
  });
}

function safeSummary(task: FileTask): TaskSummary {
  return { index: task.index, summary: summarizeTask(task) };
}

function safeCheck(task: FileTask, index?: RunIndex): FileOutcome {
  try {
    return checkFile(task, index?.factsFor(workspaceUri(task)));
  } catch (error) {
    return crashOutcome(task, (error as Error)?.message ?? String(error));
  }
}

function crashOutcome(task: FileTask, detail: string): FileOutcome {
  return {
    index: task.index,
    path: task.path,
    display: task.display,
    status: 'failed',
    notice: msg(`erreur interne pendant la vérification : ${detail}`, `internal error while checking: ${detail}`),
    bytes: 0,
    dossiers: 0,
    diagnostics: [],
    fixed: 0,
  };
}
