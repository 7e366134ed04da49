/**
 * PDF, DOCX and ODT files in `delibera check`: read, extracted (engine/input), analysed like any
 * text, and reported with where each problem is in the original (`acte.pdf:page 3:line 12`; SARIF
 * regions carry the page). Extraction is asynchronous (pdf.js), so these files are checked on the
 * main thread, before the text files go to the workers. Nothing is ever written back to them.
 */
import { readFileSync, statSync } from 'node:fs';
import type * as Sarif from 'sarif';
import { createAnalyzer } from '../engine/analyzer';
import type { Diagnostic } from '../engine/diagnostics';
import { extractText, inputFormatOf, MAX_INPUT_BYTES, type InputFormat, type LineOrigin } from '../engine/input/index';
import type { Range } from '../engine/model/types';
import { DEFAULT_MAX_FILE_SIZE } from './args';
import type { FileOutcome, FileTask } from './check-file';
import { formatSize, msg, type Message } from './messages';

/** What a document's outcome adds to a text file's: the format and each extracted line's origin. */
export interface DocumentSource {
  format: InputFormat;
  pages: number;
  origins: LineOrigin[];
}

export type DocumentOutcome = FileOutcome & { document?: DocumentSource };

export function isDocumentPath(path: string): boolean {
  return inputFormatOf(path) !== undefined;
}

/** The tasks on PDF, DOCX and ODT files, and the others (text files, for checkFile and the workers). */
export function splitDocumentTasks<T extends { path: string }>(tasks: readonly T[]): { documents: T[]; texts: T[] } {
  const documents: T[] = [];
  const texts: T[] = [];
  for (const task of tasks) (isDocumentPath(task.path) ? documents : texts).push(task);
  return { documents, texts };
}

/** The size over which a document is not opened: 50 MB, or what `--max-file-size` says when given. */
export function documentSizeLimit(maxFileSize: number): number {
  return maxFileSize === DEFAULT_MAX_FILE_SIZE ? MAX_INPUT_BYTES : maxFileSize;
}

export async function checkDocument(task: FileTask): Promise<DocumentOutcome> {
  const outcome: DocumentOutcome = {
    index: task.index,
    path: task.path,
    display: task.display,
    status: 'checked',
    bytes: 0,
    dossiers: 0,
    diagnostics: [],
    fixed: 0,
  };
  const failed = (notice: Message): DocumentOutcome => ({ ...outcome, status: 'failed', notice });
  const skipped = (notice: Message): DocumentOutcome => ({ ...outcome, status: 'skipped', notice });
  const limit = documentSizeLimit(task.maxFileSize);
  let bytes: Buffer;
  try {
    const stat = statSync(task.path);
    if (!stat.isFile()) return failed(msg('pas un fichier ordinaire', 'not a regular file'));
    outcome.bytes = stat.size;
    // Refused on its size before a byte is read: a 200 MB PDF costs nothing.
    if (stat.size > limit) {
      return skipped(msg(
        `fichier de ${formatSize(stat.size, 'fr')}, au-delà de la limite de ${formatSize(limit, 'fr')} pour un PDF, DOCX ou ODT (--max-file-size) : non lu`,
        `${formatSize(stat.size, 'en')} file, over the ${formatSize(limit, 'en')} limit for a PDF, DOCX or ODT (--max-file-size): not read`,
      ));
    }
    bytes = readFileSync(task.path);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
    return failed(msg(`lecture impossible : ${detail}`, `cannot read: ${detail}`));
  }
  outcome.bytes = bytes.length;
  let extracted;
  try {
    extracted = await extractText(bytes, task.path, { maxBytes: limit });
  } catch (error) {
    return failed(msg(`lecture du document impossible : ${(error as Error)?.message}`, `cannot read the document: ${(error as Error)?.message}`));
  }
  if (!extracted.ok) return extracted.reason === 'no-text' ? skipped(extracted.message) : failed(extracted.message);

  let result;
  try {
    result = createAnalyzer(task.options).analyze(extracted.text, { uri: task.display });
  } catch (error) {
    return failed(msg(`erreur interne de l'analyse : ${(error as Error)?.message}`, `internal analysis error: ${(error as Error)?.message}`));
  }
  outcome.dossiers = result.dossiers.length;
  // A fix edits text; the text of a PDF or a Word file is not the file: no fix is offered on it.
  outcome.diagnostics = result.diagnostics.map(withoutFixes);
  outcome.document = { format: extracted.format, pages: extracted.pages, origins: extracted.origins };
  const notices = [...extracted.notices];
  if (task.fix !== 'off') {
    notices.push(msg(
      `${extracted.format.toUpperCase()} : aucune correction appliquée (corrigez le document d'origine)`,
      `${extracted.format.toUpperCase()}: no fix applied (correct the original document)`,
    ));
  }
  if (notices.length > 0) outcome.notice = { fr: notices.map((n) => n.fr).join(' ; '), en: notices.map((n) => n.en).join('; ') };
  return outcome;
}

function withoutFixes(diagnostic: Diagnostic): Diagnostic {
  if (!diagnostic.data || !('fixes' in diagnostic.data)) return diagnostic;
  const { fixes: _fixes, ...data } = diagnostic.data as Record<string, unknown>;
  return { ...diagnostic, data };
}

function documentOf(outcome: FileOutcome): DocumentSource | undefined {
  return (outcome as DocumentOutcome).document;
}

/** Where a line of the extracted text is in the original, when the original has pages. */
export function originOf(outcome: FileOutcome, line: number): LineOrigin | undefined {
  const origin = documentOf(outcome)?.origins[line];
  return origin && origin.page > 0 ? origin : undefined;
}

/**
 * The human report's location for a diagnostic: `acte.pdf:page 3:line 12` for a PDF; undefined
 * (the usual `file:line:col`, in the text `delibera extract` prints) for the others.
 */
export function documentWhere(outcome: FileOutcome, range: Range): string | undefined {
  const document = documentOf(outcome);
  if (document?.format !== 'pdf') return undefined;
  const origin = originOf(outcome, range.start.line);
  return origin ? `${outcome.display}:page ${origin.page}:line ${origin.line}` : undefined;
}

/** A SARIF region with the page of the original in its properties (`page`, `lineOnPage`). */
export function documentRegion(outcome: FileOutcome, range: Range, region: Sarif.Region): Sarif.Region {
  const origin = originOf(outcome, range.start.line);
  if (!origin) return region;
  return { ...region, properties: { ...region.properties, page: origin.page, ...(documentOf(outcome)?.format === 'pdf' ? { lineOnPage: origin.line } : {}) } };
}
