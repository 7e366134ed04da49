/**
 * One file, start to finish: read (size limit, binary sniffing, encoding), analyse, apply the safe
 * fixes until nothing changes, write or diff. The same function runs on the main thread and in the
 * workers, so a batch gives the same results however it is split. Outcomes are plain data (they
 * cross thread boundaries) and carry messages in both languages.
 */
import { readFileSync, statSync } from 'node:fs';
import { createAnalyzer } from '../engine/analyzer';
import type { Diagnostic } from '../engine/diagnostics';
import { normalizeLocale, type AnalyzerOptions } from '../engine/options';
import type { WorkspaceFacts } from '../engine/workspace/facts';
import { unifiedDiff } from './diff';
import { decode, encode, isUtf8, looksBinary, type Encoding } from './encoding';
import { applyEdits, dominantLineEnding, safeFixes } from './fix';
import { formatSize, msg, type Message } from './messages';
import { lineFingerprints } from './report/fingerprint';
import { strayByteDiagnostics } from './stray-bytes';
import { atomicWrite, WriteRefused } from './write';

export interface FileTask {
  index: number;
  path: string;
  /** The path as shown in reports (relative to the working directory when inside it). */
  display: string;
  /** Size when collected, to schedule large files first. */
  size: number;
  options: AnalyzerOptions;
  fix: 'off' | 'write' | 'dry-run';
  maxFileSize: number;
  /** Standard input's bytes (`-`): checked as they are, never written back; `path` only names them. */
  content?: Uint8Array;
}

export interface FileOutcome {
  index: number;
  path: string;
  display: string;
  /** `skipped`: not checked on purpose (binary, too large); `failed`: could not be read or written. */
  status: 'checked' | 'skipped' | 'failed';
  notice?: Message;
  bytes: number;
  encoding?: Encoding;
  dossiers: number;
  diagnostics: Diagnostic[];
  /** One per diagnostic, for SARIF's `partialFingerprints` (cli/report/fingerprint.ts). */
  fingerprints?: string[];
  /** Safe fixes applied (written, or shown in the diff for a dry run). */
  fixed: number;
  diff?: string;
}

const MAX_FIX_PASSES = 10;

/** `workspace`: what the run's other files tell about this one (cli/workspace.ts). */
export function checkFile(task: FileTask, workspace?: WorkspaceFacts): FileOutcome {
  const outcome: FileOutcome = {
    index: task.index,
    path: task.path,
    display: task.display,
    status: 'checked',
    bytes: 0,
    dossiers: 0,
    diagnostics: [],
    fixed: 0,
  };
  const failed = (notice: Message): FileOutcome => ({ ...outcome, status: 'failed', notice });
  const skipped = (notice: Message): FileOutcome => ({ ...outcome, status: 'skipped', notice });

  let stat;
  let bytes: Buffer;
  try {
    stat = task.content ? { isFile: () => true, size: task.content.length, mtimeMs: 0 } : statSync(task.path);
    if (!stat.isFile()) return failed(msg('pas un fichier ordinaire', 'not a regular file'));
    outcome.bytes = stat.size;
    if (stat.size > task.maxFileSize) {
      return skipped(msg(
        `fichier de ${formatSize(stat.size, 'fr')}, au-delà de la limite de ${formatSize(task.maxFileSize, 'fr')} (--max-file-size) : non vérifié`,
        `${formatSize(stat.size, 'en')} file, over the ${formatSize(task.maxFileSize, 'en')} limit (--max-file-size): not checked`,
      ));
    }
    bytes = task.content ? Buffer.from(task.content) : readFileSync(task.path);
  } catch (error) {
    return failed(readError(error));
  }
  outcome.bytes = bytes.length;
  if (looksBinary(bytes)) return skipped(msg('fichier binaire : non vérifié', 'binary file: not checked'));

  const { text, encoding, invalid = 0 } = decode(bytes);
  outcome.encoding = encoding;
  if (!isUtf8(encoding)) {
    outcome.notice = task.fix === 'off'
      ? msg(`encodé en ${encoding}, pas en UTF-8 : lu comme tel`, `encoded in ${encoding}, not UTF-8: read as such`)
      : msg(`encodé en ${encoding}, pas en UTF-8 : vérifié, mais non corrigé`, `encoded in ${encoding}, not UTF-8: checked, not fixed`);
  } else if (invalid > 0 && task.fix !== 'off') {
    // Writing the text back would replace the stray bytes by U+FFFD for good.
    outcome.notice = msg(
      `${invalid === 1 ? 'un octet invalide' : `${invalid} octets invalides`} en UTF-8 : vérifié, mais non corrigé`,
      `${invalid === 1 ? 'one byte' : `${invalid} bytes`} not valid in UTF-8: checked, not fixed`,
    );
  }

  const analyzer = createAnalyzer(task.options);
  let result;
  try {
    result = analyzer.analyze(text, { uri: task.display, workspace });
  } catch (error) {
    return failed(msg(`erreur interne de l'analyse : ${(error as Error)?.message}`, `internal analysis error: ${(error as Error)?.message}`));
  }
  let current = text;
  if (task.fix !== 'off' && isUtf8(encoding) && invalid === 0) {
    const eol = dominantLineEnding(text);
    const seen = new Set<string>([text]);
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits = safeFixes(result, normalizeLocale(task.options.locale));
      if (edits.length === 0) break;
      const next = applyEdits(current, edits, eol);
      // A fix that brings back an earlier text would loop for ever: stop at the first repeat.
      if (next.applied === 0 || seen.has(next.text)) break;
      seen.add(next.text);
      current = next.text;
      outcome.fixed += next.applied;
      try {
        result = analyzer.analyze(current, { uri: task.display, workspace });
      } catch (error) {
        return failed(msg(`erreur interne de l'analyse : ${(error as Error)?.message}`, `internal analysis error: ${(error as Error)?.message}`));
      }
    }
  }
  outcome.dossiers = result.dossiers.length;
  outcome.diagnostics = invalid > 0 ? [...strayByteDiagnostics(text, task.options), ...result.diagnostics] : result.diagnostics;
  outcome.fingerprints = lineFingerprints(current, outcome.diagnostics);

  if (current !== text) {
    if (task.fix === 'dry-run') {
      outcome.diff = unifiedDiff(text, current, `a/${task.display}`, `b/${task.display}`);
    } else {
      const data = encode(current, encoding);
      try {
        if (!data) throw new WriteRefused(msg('encodage non pris en charge pour l\'écriture', 'encoding not supported for writing'));
        atomicWrite(task.path, data, { size: stat.size, mtimeMs: stat.mtimeMs });
      } catch (error) {
        // Nothing was written: report what the file still contains.
        const reason = error instanceof WriteRefused ? error.reason : writeError(error);
        const original = createAnalyzer(task.options).analyze(text, { uri: task.display, workspace });
        return {
          ...failed(reason),
          dossiers: original.dossiers.length,
          diagnostics: original.diagnostics,
          fingerprints: lineFingerprints(text, original.diagnostics),
          fixed: 0,
        };
      }
    }
  }
  return outcome;
}

function readError(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return msg('fichier introuvable', 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return msg('lecture non autorisée', 'permission denied');
  if (code === 'EISDIR') return msg('c\'est un dossier', 'is a directory');
  const detail = (error as Error)?.message ?? String(error);
  return msg(`lecture impossible : ${detail}`, `cannot read: ${detail}`);
}

function writeError(error: unknown): Message {
  const detail = (error as Error)?.message ?? String(error);
  return msg(`écriture impossible : ${detail}`, `cannot write: ${detail}`);
}
