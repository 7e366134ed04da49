/**
 * `delibera check -`: the deliberation on standard input (an editor's buffer, a pipe from a PDF
 * extractor). `--stdin-filename` names it: the configuration is looked up from that file's folder,
 * and reports and messages call it by that name; nothing is ever read from or written to that path.
 */
import { dirname, resolve } from 'node:path';
import type { FileTask } from './check-file';
import type { ConfigSetup } from './config';
import { displayPath } from './files';

export const STDIN_DISPLAY = '<stdin>';

export function readStdin(): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => done(Buffer.concat(chunks)));
    process.stdin.on('error', fail);
  });
}

export interface StdinOptions {
  cwd: string;
  stdinFilename?: string;
  fix: FileTask['fix'];
  maxFileSize: number;
}

/** The task for standard input's bytes, as `index`-th file of the run. */
export function stdinTask(content: Buffer, index: number, config: ConfigSetup, options: StdinOptions): FileTask {
  const path = resolve(options.cwd, options.stdinFilename ?? STDIN_DISPLAY);
  return {
    index,
    path,
    display: options.stdinFilename === undefined ? STDIN_DISPLAY : displayPath(path, options.cwd),
    size: content.length,
    options: config.optionsFor(options.stdinFilename === undefined ? options.cwd : dirname(path)),
    fix: options.fix,
    maxFileSize: options.maxFileSize,
    content,
  };
}
