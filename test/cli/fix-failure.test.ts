/**
 * `--fix` never corrupts a file: a write that fails half-way (a full disk: a 16 KiB tmpfs holding
 * the act, with no room left for the fixed copy) leaves the original bytes intact and no temporary
 * file behind. CI runs as root on a Linux machine, where mounting a tmpfs is allowed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusText } from '../helpers';
import { runCli } from './run';

describe('--fix on a full disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'delibera-full-'));

  beforeAll(() => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir]);
  });

  afterAll(() => {
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports the failed write and keeps the original bytes', async () => {
    // 000 (8 252 bytes) with `Pour : 42` at L83: one safe fix (42 → 43) to write.
    const broken = corpusText('000').replace('Pour  :  43 voix', 'Pour  :  42 voix');
    const file = join(dir, 'acte.txt');
    writeFileSync(file, broken);
    const run = await runCli(['check', '--fix', 'acte.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('acte.txt');
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(readdirSync(dir)).toEqual(['acte.txt']);
  });
});
