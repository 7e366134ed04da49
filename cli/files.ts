/** Which files the CLI checks: `.delib`, `.deliberation`, and `.txt` files whose first line is a header. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const HEADER_FIRST_LINE = /^\uFEFF?\s*(?:D[EÉ]PARTEMENT DU\s|Envoi au contr[oô]le de l[ée]galit[ée])/i;

export function isDeliberationFile(path: string, firstLine?: string): boolean {
  if (/\.(?:delib|deliberation)$/i.test(path)) return true;
  if (!/\.txt$/i.test(path)) return false;
  const line = firstLine ?? readFirstLine(path);
  return HEADER_FIRST_LINE.test(line);
}

function readFirstLine(path: string): string {
  try {
    const head = readFileSync(path, { encoding: 'utf8', flag: 'r' }).slice(0, 400);
    return head.split(/\r\n|\r|\n/, 1)[0] ?? '';
  } catch {
    return '';
  }
}

/** Expands files and directories (recursively, skipping dot folders and node_modules) into deliberation files. */
export function collectFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      if (explicit) missing.push(path);
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        visit(join(path, name), false);
      }
    } else if (explicit || isDeliberationFile(path)) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return { files, missing };
}
