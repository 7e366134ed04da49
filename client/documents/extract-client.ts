/**
 * Runs `dist/extract.js` for one file and waits for its answer, within a time limit: the child is
 * killed when it takes too long or the answer never comes, and the caller gets a failure to show.
 */
import { fork } from 'node:child_process';
import type { Extracted, ExtractFailure } from '../../engine/input/types';

/** Far above what a long session's minutes take to extract (a few seconds), far below a hang. */
const EXTRACT_TIMEOUT_MS = 120_000;

export function extractInChild(script: string, bytes: Uint8Array, name: string): Promise<Extracted | ExtractFailure> {
  return new Promise((resolve) => {
    const child = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let settled = false;
    let stderr = '';
    const settle = (answer: Extracted | ExtractFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill();
      resolve(answer);
    };
    const failure = (fr: string, en: string): ExtractFailure => ({ ok: false, reason: 'damaged', message: { fr, en } });
    const timer = setTimeout(() => settle(failure(
      `lecture interrompue après ${EXTRACT_TIMEOUT_MS / 1000} s`,
      `reading stopped after ${EXTRACT_TIMEOUT_MS / 1000} s`,
    )), EXTRACT_TIMEOUT_MS);
    child.stderr?.on('data', (chunk) => {
      if (stderr.length < 2000) stderr += String(chunk);
    });
    child.once('message', (answer) => settle(answer as Extracted | ExtractFailure));
    child.once('error', (error) => settle(failure(`lecture impossible : ${error.message}`, `cannot read: ${error.message}`)));
    child.once('exit', (code) => {
      const detail = stderr.trim().split('\n').pop() ?? `code ${code}`;
      settle(failure(`le lecteur de documents s'est arrêté (${detail})`, `the document reader stopped (${detail})`));
    });
    child.send({ bytes, name });
  });
}
