/**
 * The first line of each template's documents, as the editor sees it before any parsing: the
 * client re-labels a `.txt` export whose first line fits one (client/detect.ts), VS Code's
 * `firstLine` in package.json and the grammar's header rule are generated from the same sources
 * (scripts/generate-detection.ts), and test/templates/detection-sync.test.ts checks that they all
 * agree with the engine. Adding a template with a recognisable first line is adding its entry here.
 *
 * The client bundle imports this module: it must reach nothing but the templates' data modules.
 */
import type { TemplateId } from '../model/types';
import { isComment } from '../text/noise';
import { CP_FIRST_LINE } from './departement-cp';

export interface FirstLine {
  template: TemplateId;
  /**
   * A regular-expression source, without anchor, in the subset JavaScript (with and without the
   * `u` flag), Oniguruma and VS Code's flagless `firstLine` share (`\s`, classes, groups, `(?<=…)`),
   * written in upper case and matched without case.
   */
  source: string;
}

export const FIRST_LINES: readonly FirstLine[] = [{ template: 'departement-cp', source: CP_FIRST_LINE }];

/** The sources, anchored at the line start after any blanks (a BOM or a page-initial space). */
export function firstLineSource(lines: readonly FirstLine[] = FIRST_LINES): string {
  return '^\\s*(?:' + lines.map((line) => line.source).join('|') + ')';
}

/** How many leading blank or comment lines are skipped to reach the first line of the act. */
export const MAX_LEADING_LINES = 50;

/**
 * The first line that is neither blank nor a `%%` comment (Delibera's own, docs/comments.md: « Désactiver
 * la règle dans ce fichier » writes one above the header), among the first MAX_LEADING_LINES;
 * undefined when there is none. `lineAt` answers undefined past the end.
 */
export function firstContentLine(lineAt: (index: number) => string | undefined): string | undefined {
  for (let i = 0; i < MAX_LEADING_LINES; i++) {
    const text = lineAt(i);
    if (text === undefined) return undefined;
    // Only the head of a line matters to the tests that follow: a 1 MB line costs nothing.
    const head = text.length > 200 ? text.slice(0, 200) : text;
    if (/\S/.test(head) && !isComment(head)) return head;
  }
  return undefined;
}
