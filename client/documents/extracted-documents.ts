/**
 * « Ouvrir comme délibération »: a PDF, DOCX or ODT file of the workspace opens as the text
 * Delibera reads in it (engine/input, run in a child process), in a read-only document of the
 * `delibera-document:` scheme, in the deliberation language. The language server checks it like
 * any deliberation (diagnostics, outline, hovers, code lens) and offers no edit on it
 * (server/read-only-documents.ts); the client adds to each diagnostic and hover where the figure
 * is in the original (« page 3, ligne 12 du PDF »), from the origins the extraction gave.
 */
import * as vscode from 'vscode';
import { READ_ONLY_SCHEME } from '../../server/read-only-documents';
import { MAX_INPUT_BYTES, type Extracted, type ExtractFailure } from '../../engine/input/types';
import { extractInChild } from './extract-client';
import { hoverOrigin, messageWithOrigin, whereInOriginal, type Locale } from './where';

export const DOCUMENT_FILE = /\.(pdf|docx|odt)$/i;
/** Documents kept with their origins: those open, and a few recently closed (a language switch closes and reopens). */
const KEPT = 16;

const failure = (fr: string, en: string): ExtractFailure => ({ ok: false, reason: 'unsupported', message: { fr, en } });

/** `delibera-document:/dossier/acte.pdf?file%3A%2F%2F…`: the original's path shows in the tab, its URI rides in the query. */
export function extractedUriOf(original: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: READ_ONLY_SCHEME, path: original.path, query: original.toString() });
}

export function originalUriOf(extracted: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(extracted.query, true);
}

export class ExtractedDocuments implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly documents = new Map<string, Extracted>();

  constructor(private readonly script: string, private readonly locale: () => Locale) {}

  dispose(): void {
    this.changed.dispose();
  }

  /** Reads and extracts the original of `uri` (an original's URI), keeping the result for the provider. */
  async extract(original: vscode.Uri): Promise<Extracted | ExtractFailure> {
    if (!DOCUMENT_FILE.test(original.path)) {
      return failure('ni un PDF, ni un DOCX, ni un ODT', 'neither a PDF, a DOCX nor an ODT');
    }
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(original);
      // Refused on its size before a byte is read, as in the CLI.
      if (stat.size > MAX_INPUT_BYTES) {
        return failure(
          `fichier de ${megabytes(stat.size)} Mo, au-delà de la limite de ${megabytes(MAX_INPUT_BYTES)} Mo : non lu`,
          `${megabytes(stat.size)} MB file, over the ${megabytes(MAX_INPUT_BYTES)} MB limit: not read`,
        );
      }
      bytes = await vscode.workspace.fs.readFile(original);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return failure(`lecture impossible : ${detail}`, `cannot read: ${detail}`);
    }
    const answer = await extractInChild(this.script, bytes, original.path);
    if (answer.ok) this.keep(extractedUriOf(original), answer);
    return answer;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    let extracted = this.documents.get(uri.toString());
    if (!extracted) {
      // An editor restored from a previous session: the original is read again.
      const answer = await this.extract(originalUriOf(uri));
      if (!answer.ok) throw new Error(answer.message[this.locale()]);
      extracted = answer;
    }
    return extracted.text;
  }

  /** Where line `line` of an extracted document is in its original, if `uri` is one. */
  whereAt(uri: vscode.Uri, line: number): string | undefined {
    if (uri.scheme !== READ_ONLY_SCHEME) return undefined;
    const extracted = this.documents.get(uri.toString());
    return extracted ? whereInOriginal(extracted.origins[line], extracted.format, this.locale()) : undefined;
  }

  /** The diagnostics of an extracted document, each message saying where it is in the original. */
  annotate(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
    if (uri.scheme !== READ_ONLY_SCHEME) return diagnostics;
    for (const diagnostic of diagnostics) {
      diagnostic.message = messageWithOrigin(diagnostic.message, this.whereAt(uri, diagnostic.range.start.line));
    }
    return diagnostics;
  }

  /** A hover on an extracted document, with a last line saying where it is in the original. */
  annotateHover(uri: vscode.Uri, position: vscode.Position, found: vscode.Hover | null | undefined): vscode.Hover | null | undefined {
    const where = found ? this.whereAt(uri, position.line) : undefined;
    if (!found || !where) return found;
    return new vscode.Hover([...found.contents, new vscode.MarkdownString(hoverOrigin(where, this.locale()))], found.range);
  }

  private keep(uri: vscode.Uri, extracted: Extracted): void {
    const key = uri.toString();
    const known = this.documents.has(key);
    this.documents.delete(key);
    this.documents.set(key, extracted);
    while (this.documents.size > KEPT) {
      const oldest = this.documents.keys().next().value as string;
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === oldest)) break;
      this.documents.delete(oldest);
    }
    // Opened again after the original changed: the open document shows the new text.
    if (known) this.changed.fire(uri);
  }
}

function megabytes(bytes: number): string {
  return String(Math.round(bytes / 1_000_000));
}
