/**
 * Runs the built CLI (`dist/cli.js`, made by `npm run build`, which `npm test` runs first) as a
 * child process, in a known language and without colours, and makes scratch folders for it.
 */
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (\`npm test\` does it first)`);
}

/** Asynchronous, so that test files running side by side do not block each other's threads. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8', NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

export function scratch(prefix: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `delibera-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function put(path: string, content: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Copies a file, writable whatever the source's mode (the corpus is read-only). */
export function copyWritable(from: string, to: string): string {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  chmodSync(to, 0o644);
  return to;
}

export const CORPUS_FILES = [
  '000_8d5666818704f46d.txt',
  '001_31979806140e0f38.txt',
  '002_1db52241779bf69e.txt',
  '003_b2bb4981e98d102e.txt',
  '004_1dc4fcee360ef1bf.txt',
] as const;

export function corpus(name: (typeof CORPUS_FILES)[number]): string {
  return readFileSync(join(CORPUS_DIR, name), 'utf8');
}

/** JSON report entries. */
export interface JsonEntry {
  file: string;
  status: 'checked' | 'skipped' | 'failed';
  notice?: string;
  dossiers: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    code: string;
    message: string;
    codeDescription?: { href: string };
    relatedInformation?: { location: { uri: string }; message: string }[];
    data?: Record<string, unknown>;
  }[];
  fixed?: number;
  diff?: string;
}
