/**
 * Batches: every corpus deliberation, then the same thirty times over on worker threads, which must
 * give exactly what one thread gives (the cross-file rules may point at another copy). Dossier counts are the corpus's: 000, 001, 002 and 004 hold
 * one deliberation each, 003 (the 44 000-line session export) holds 29.
 */
import { linkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, CORPUS_FILES, runCli, SAMPLES_DIR, scratch, type JsonEntry } from './run';

const SAMPLE_FILES = [
  '2022-284-feder-react-eu.txt',
  '2022-372-equipement-numerique-colleges.txt',
  '2023-204-pass-numeriques.txt',
  '2024-577-education-aux-medias.txt',
];
const COPIES = 30;

/** Rules that compare a file with the run's other files (cli/workspace.ts). */
const CROSS_FILE_RULES = new Set(['visa-citation', 'numero-year']);

/**
 * An entry with its file names taken out, to compare a copy with its original. The thirty copies
 * are one collectivité's workspace: a cross-file rule may name another copy as the citation it
 * compares with, so only where and what it reports must be the original's.
 */
function comparable(entry: JsonEntry) {
  const diagnostics = entry.diagnostics.map((d) => (CROSS_FILE_RULES.has(d.code) ? { range: d.range, severity: d.severity, code: d.code } : d));
  return JSON.parse(JSON.stringify({ ...entry, diagnostics, file: undefined }).split(JSON.stringify(entry.file).slice(1, -1)).join('<file>'));
}

describe('batches', () => {
  const work = scratch('batch');
  let single: JsonEntry[];
  beforeAll(() => {
    // Hard links: thirty copies of the corpus and the samples without the disk space.
    for (let copy = 0; copy < COPIES; copy++) {
      const dir = join(work.dir, `copie-${String(copy).padStart(2, '0')}`);
      mkdirSync(join(dir, 'corpus'), { recursive: true });
      mkdirSync(join(dir, 'samples'), { recursive: true });
      for (const name of CORPUS_FILES) linkSync(join(CORPUS_DIR, name), join(dir, 'corpus', name));
      for (const name of SAMPLE_FILES) linkSync(join(SAMPLES_DIR, name), join(dir, 'samples', name));
    }
  });
  afterAll(() => work.cleanup());

  it('checks every corpus deliberation on one thread', async () => {
    const run = await runCli(['check', '--format', 'json', '--jobs', '1', 'copie-00'], { cwd: work.dir });
    expect([0, 1]).toContain(run.code);
    single = JSON.parse(run.stdout);
    expect(single.map((entry) => [entry.file, entry.status, entry.dossiers])).toEqual([
      ['copie-00/corpus/000_8d5666818704f46d.txt', 'checked', 1],
      ['copie-00/corpus/001_31979806140e0f38.txt', 'checked', 1],
      ['copie-00/corpus/002_1db52241779bf69e.txt', 'checked', 1],
      ['copie-00/corpus/003_b2bb4981e98d102e.txt', 'checked', 29],
      ['copie-00/corpus/004_1dc4fcee360ef1bf.txt', 'checked', 1],
      ['copie-00/samples/2022-284-feder-react-eu.txt', 'checked', 1],
      ['copie-00/samples/2022-372-equipement-numerique-colleges.txt', 'checked', 1],
      ['copie-00/samples/2023-204-pass-numeriques.txt', 'checked', 1],
      ['copie-00/samples/2024-577-education-aux-medias.txt', 'checked', 1],
    ]);
    expect(run.stderr).toMatch(/9 fichiers \(1,4 Mo\) en [\d,]+ s : [\d,]+ fichiers\/s, [\d,]+ Mo\/s\n/);
  });

  it(`gives the same results ${COPIES} times over on worker threads`, async () => {
    const run = await runCli(['check', '--format', 'json', '--jobs', '2', '.'], { cwd: work.dir });
    expect(run.stderr).toMatch(/270 fichiers \(43,\d Mo\) en [\d,]+ s : [\d,]+ fichiers\/s, [\d,]+ Mo\/s, 2 fils\n/);
    const entries = JSON.parse(run.stdout) as JsonEntry[];
    expect(entries).toHaveLength(COPIES * single.length);
    entries.forEach((entry, index) => {
      const original = single[index % single.length];
      expect(entry.file).toBe(original.file.replace('copie-00', `copie-${String(Math.floor(index / single.length)).padStart(2, '0')}`));
      expect(comparable(entry)).toEqual(comparable(original));
    });
  }, 180_000);
});
