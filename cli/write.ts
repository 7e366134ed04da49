/**
 * Writing a fixed file so that no crash, full disk or concurrent edit can lose text: the new bytes
 * go to a temporary file next to the target, are flushed and read back, and only then renamed over
 * the target, which keeps either the old or the new content, never a mix. A file changed on disk
 * since it was read, or marked read-only, is left alone.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync, fchmodSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { msg, type Message } from './messages';

export interface ReadStamp {
  size: number;
  mtimeMs: number;
}

export class WriteRefused extends Error {
  constructor(readonly reason: Message) {
    super(reason.en);
  }
}

export function atomicWrite(target: string, data: Uint8Array, stamp: ReadStamp): void {
  // Through a symbolic link, replace the file it points to, not the link.
  const real = realpathSync(target);
  const stat = statSync(real);
  if ((stat.mode & 0o222) === 0) {
    throw new WriteRefused(msg('fichier en lecture seule : non corrigé', 'read-only file: not fixed'));
  }
  assertUnchanged(real, stamp);
  const temporary = join(dirname(real), `.${basename(real)}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.delibera-tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o600);
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fchmodSync(fd, stat.mode & 0o7777);
    if (typeof process.getuid === 'function' && process.getuid() === 0) {
      try {
        fchownSync(fd, stat.uid, stat.gid);
      } catch {
        // Keeping the owner is a courtesy; the content is what matters.
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (!readFileSync(temporary).equals(data)) {
      throw new WriteRefused(msg('relecture du fichier temporaire différente : non corrigé', 'temporary file read back differs: not fixed'));
    }
    assertUnchanged(real, stamp);
    renameSync(temporary, real);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created.
    }
    throw error;
  }
}

function assertUnchanged(path: string, stamp: ReadStamp): void {
  const stat = statSync(path);
  if (stat.size !== stamp.size || stat.mtimeMs !== stamp.mtimeMs) {
    throw new WriteRefused(msg('fichier modifié pendant la vérification : non corrigé', 'file changed during the check: not fixed'));
  }
}
