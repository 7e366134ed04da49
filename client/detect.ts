/**
 * Recognises a deliberation exported as plain `.txt`. VS Code never lets a language's `firstLine`
 * win over a registered extension (`.txt` belongs to Plain Text), so the client re-labels such
 * documents itself with this test. No `vscode` import: it is unit-testable and shared by the client.
 */
import { FIRST_LINES, firstContentLine, firstLineSource } from '../engine/templates/first-lines';

/**
 * First line of an export, for every template that has one (engine/templates/first-lines.ts): the
 * CP's header ` DEPARTEMENT DU PAS-DE-CALAIS` (any département: `DE LA SOMME`, `D’ILLE-ET-VILAINE`…,
 * leading space or not) or its legality stamp ` Envoi au contrôle de légalité le : …`.
 * `contributes.languages[0].firstLine` in package.json is generated from the same list.
 */
export const DELIBERATION_FIRST_LINE = new RegExp(firstLineSource(FIRST_LINES), 'iu');

/** What the client can hand over: the first line, the head of the text, its lines, or the document itself. */
export type DocumentHead = string | readonly string[] | { lineCount: number; lineAt(line: number): { text: string } };

/**
 * Whether the document opens like a deliberation: its first line that is neither blank nor a `%%`
 * comment (« Désactiver la règle dans ce fichier » writes its directive above the header) fits a
 * template's first line. A string may hold several lines; a vscode.TextDocument fits as it is.
 */
export function looksLikeDeliberation(head: DocumentHead): boolean {
  const line = firstContentLine(lineReader(head));
  // Only the head of the line matters; a pathological 1 MB first line must not cost anything.
  return line !== undefined && DELIBERATION_FIRST_LINE.test(line.slice(0, 200));
}

/** How much of a line the tests read (firstContentLine and the pattern look at less). */
const LINE_HEAD = 1000;

function lineReader(head: DocumentHead): (index: number) => string | undefined {
  if (typeof head === 'string') {
    // Split lazily, each line cut to its head: a 1 MB single-line text is never copied whole.
    let from = 0;
    const lines: string[] = [];
    return (index) => {
      while (lines.length <= index && from <= head.length) {
        const end = head.indexOf('\n', from);
        const stop = end < 0 ? head.length : end;
        lines.push(head.slice(from, Math.min(stop, from + LINE_HEAD)).replace(/\r$/, ''));
        from = stop + 1;
      }
      return lines[index];
    };
  }
  if (isLineArray(head)) return (index) => head[index];
  return (index) => (index < head.lineCount ? head.lineAt(index).text : undefined);
}

function isLineArray(head: DocumentHead): head is readonly string[] {
  return Array.isArray(head);
}

/** Plain-text exports only: a path ending in `.txt`, any case. */
export function isTextExport(path: string): boolean {
  return /\.txt$/i.test(path);
}
