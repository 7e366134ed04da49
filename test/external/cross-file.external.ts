/**
 * The real acts of ../shared/external, 68 documents of some fifty collectivités, checked as one
 * `delibera check` run checks them (the run's workspace index, cli/workspace.ts) give what each
 * gives checked alone: an open-data batch mixing collectivités never cross-reports between them.
 * The five acts of the Pas-de-Calais corpus join the batch: they are the files whose visas and
 * numbers the index holds (the other templates do not read visas as acts yet), and they are
 * compared with each other, and agree.
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile, type FileTask } from '../../cli/check-file';
import { buildRunIndex } from '../../cli/pool';
import { workspaceUri } from '../../cli/workspace';
import { CORPUS_DIR, CORPUS_FILES } from '../cli/run';
import { EXTERNAL_DIR, externalDocs } from './corpus';

const paths = [...externalDocs().map((doc) => `${EXTERNAL_DIR}${doc.file}`), ...CORPUS_FILES.map((name) => `${CORPUS_DIR}${name}`)];
const tasks: FileTask[] = paths.map((path, index) => ({
  index,
  path,
  display: path.slice(path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1),
  size: statSync(path).size,
  options: { locale: 'fr' },
  fix: 'off',
  maxFileSize: 20_000_000,
}));

const found = (task: FileTask, outcome: ReturnType<typeof checkFile>) =>
  outcome.diagnostics.map((d) => `${task.display}:${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`);

describe('the real acts checked in one run', () => {
  it('give the diagnostics each gives alone', async () => {
    const index = await buildRunIndex(tasks, 0);
    expect(tasks).toHaveLength(73);
    // The corpus's five acts, and the région's.
    expect(index?.size).toBeGreaterThanOrEqual(5);
    const together = tasks.flatMap((task) => found(task, checkFile(task, index?.factsFor(workspaceUri(task)))));
    const alone = tasks.flatMap((task) => found(task, checkFile(task)));
    expect(together).toEqual(alone);
  });
});
