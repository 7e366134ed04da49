/**
 * Which files a `check` covers. Named files are checked whatever their name; folders and globs
 * yield `.delib`, `.deliberation` and `.txt` files whose first line is a deliberation header, and
 * PDF, DOCX and ODT files (cli/input-files.ts).
 * Folders are walked in name order (dot folders and node_modules aside), ignore patterns prune
 * them, each real file is checked once, and symbolic links leading out of the given roots are only
 * followed on request.
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { looksLikeDeliberation } from '../client/detect';
import { looksLikeDeliberationText } from '../engine/templates/index';
import { decode } from './encoding';
import { compileGlob, hasMagic, normalizeSlashes } from './glob';
import { ignoredBy, type IgnoreRule, type IgnoreSet } from './ignore';
import { isDocumentPath } from './input-files';
import { msg, type Message } from './messages';

export interface FoundFile {
  /** Absolute path, as reached (not resolved through links). */
  path: string;
  size: number;
}

export interface CollectNotice {
  path: string;
  message: Message;
  /** True for problems that make the run fail (exit code 2). */
  fatal: boolean;
}

export interface CollectOptions {
  cwd: string;
  followSymlinks: boolean;
  /** The ignore patterns in force in a folder (config files and `--ignore`). */
  ignoresFor(dir: string): readonly IgnoreSet[];
  nocase: boolean;
}

/** The head detection reads (engine/templates HEAD_CHARS characters, in UTF-8). */
const SNIFF_BYTES = 8192;

export function isDeliberationName(path: string): boolean {
  return /\.(?:delib|deliberation)$/i.test(path);
}

/**
 * A `.delib`/`.deliberation` file, or a `.txt` whose head reads as a deliberation of any template
 * (only its head is read): the header of a Commission Permanente, an extrait, a procès-verbal, the
 * préfecture's stamp…
 */
export function isDeliberationFile(path: string): boolean {
  if (isDeliberationName(path) || isDocumentPath(path)) return true;
  if (!/\.txt$/i.test(path)) return false;
  const head = headOf(path);
  return looksLikeDeliberation(head) || looksLikeDeliberationText(head);
}

/** The length of `buffer[0, end)` without a UTF-8 sequence cut at its end. */
function completeUtf8(buffer: Buffer, end: number): number {
  let start = end;
  // Step back over continuation bytes (10xxxxxx) to the lead byte of the last sequence.
  while (start > 0 && end - start < 4 && (buffer[start - 1] & 0xc0) === 0x80) start--;
  if (start === 0) return end;
  const lead = buffer[start - 1];
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return end - (start - 1) >= length ? end : start - 1;
}

function headOf(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    // A multi-byte character cut at the end of the sample only spoils the end of the sample.
    // A multi-byte character cut at the end of the sample would make the sample invalid UTF-8.
    const { text } = decode(buffer.subarray(0, read < SNIFF_BYTES ? read : completeUtf8(buffer, read)));
    return text;
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function collectFiles(inputs: readonly string[], options: CollectOptions): { files: FoundFile[]; notices: CollectNotice[] } {
  const files: FoundFile[] = [];
  const notices: CollectNotice[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  // Links may lead anywhere inside any of the given roots, whichever is walked first.
  const roots = inputs.map((input) => {
    const absolute = resolve(options.cwd, input);
    const base = hasMagic(input) && !exists(absolute) ? resolve(options.cwd, splitGlob(normalizeSlashes(input)).base) : absolute;
    return safeRealpath(base) ?? base;
  });

  const display = (path: string) => displayPath(path, options.cwd);
  const notice = (path: string, message: Message, fatal = false) => notices.push({ path: display(path), message, fatal });
  const ignoreNotice = (path: string, rule: IgnoreRule) =>
    notice(path, msg(`ignoré (motif "${rule.pattern}" de ${rule.origin})`, `ignored (pattern "${rule.pattern}" from ${rule.origin})`));

  const addFile = (path: string, stat: Stats) => {
    const real = safeRealpath(path) ?? path;
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ path, size: stat.size });
  };

  /** Walks `dir`; `accept` decides on files (relative to the walk's root) beyond the name test. */
  const walk = (dir: string, accept: (path: string) => boolean) => {
    const real = safeRealpath(dir) ?? dir;
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      notice(dir, msg(`dossier illisible : ${errorText(error)}`, `unreadable folder: ${errorText(error)}`), true);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const ignores = options.ignoresFor(dir);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = `${dir}${dir.endsWith(sep) ? '' : sep}${entry.name}`;
      let stat: Stats;
      if (entry.isSymbolicLink()) {
        const target = safeRealpath(path);
        if (target === undefined) continue;
        if (!options.followSymlinks && !roots.some((root) => isInside(target, root))) {
          notice(path, msg('lien symbolique vers l\'extérieur des dossiers donnés : non suivi (--follow-symlinks)', 'symbolic link out of the given folders: not followed (--follow-symlinks)'));
          continue;
        }
        try {
          stat = statSync(path);
        } catch {
          continue;
        }
      } else if (entry.isDirectory() || entry.isFile()) {
        try {
          stat = lstatSync(path);
        } catch (error) {
          notice(path, msg(`illisible : ${errorText(error)}`, `unreadable: ${errorText(error)}`), true);
          continue;
        }
      } else continue;
      const rule = ignoredBy(ignores, path, stat.isDirectory());
      if (rule) continue;
      if (stat.isDirectory()) walk(path, accept);
      else if (stat.isFile() && accept(path) && isDeliberationFile(path)) addFile(path, stat);
    }
  };

  for (const input of inputs) {
    const absolute = resolve(options.cwd, input);
    let stat: Stats | undefined;
    try {
      stat = statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !hasMagic(input)) {
        notice(absolute, readNotice(error), true);
        continue;
      }
    }
    if (stat) {
      const rule = ignoredBy(options.ignoresFor(dirOf(absolute)), absolute, stat.isDirectory());
      if (rule) {
        ignoreNotice(absolute, rule);
        continue;
      }
      if (stat.isDirectory()) walk(absolute, () => true);
      else addFile(absolute, stat);
      continue;
    }
    // A glob: walk from its fixed head, keep the files its pattern matches.
    const { base, pattern } = splitGlob(normalizeSlashes(input));
    const baseDir = resolve(options.cwd, base);
    const glob = compileGlob(pattern, { nocase: options.nocase });
    const before = files.length;
    try {
      if (statSync(baseDir).isDirectory()) walk(baseDir, (path) => glob.matches(normalizeSlashes(relative(baseDir, path))));
    } catch {
      // No such base folder: nothing matches.
    }
    if (files.length === before) {
      notice(absolute, msg('aucune délibération ne correspond à ce motif', 'no deliberation matches this pattern'), true);
    }
  }
  return { files, notices };
}

/** `samples/**\/*.txt` → base `samples`, pattern `**\/*.txt`. */
export function splitGlob(input: string): { base: string; pattern: string } {
  const parts = input.split('/');
  const magic = parts.findIndex((part) => hasMagic(part));
  const baseParts = parts.slice(0, magic);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  return { base, pattern: parts.slice(magic).join('/') };
}

/** Relative to the working directory when inside it, with the platform's separators. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return path;
  return rel;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function dirOf(path: string): string {
  return resolve(path, '..');
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function errorText(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
}

function readNotice(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return msg('fichier ou dossier introuvable', 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return msg('accès non autorisé', 'permission denied');
  return msg(`illisible : ${errorText(error)}`, `unreadable: ${errorText(error)}`);
}
