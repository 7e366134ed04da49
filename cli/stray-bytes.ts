/**
 * The invalid bytes of an otherwise UTF-8 file (cli/encoding.ts reads each as U+FFFD), reported on
 * their lines as what Delibera could not read (`read-notice`, information by default, its severity
 * set as the rule's): the author sees which word to retype, and the rest of the file is checked.
 */
import { DOCS_BASE_URL, type Diagnostic } from '../engine/diagnostics';
import type { AnalyzerOptions } from '../engine/options';

const CODE = 'read-notice';
const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;
const REPLACEMENT = '\uFFFD';

export function strayByteDiagnostics(text: string, options: AnalyzerOptions): Diagnostic[] {
  const setting = options.rules?.[CODE] ?? 'information';
  if (setting === 'off') return [];
  const english = options.locale === 'en';
  const out: Diagnostic[] = [];
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) {
    for (let nl = text.indexOf('\n', lineStart); nl >= 0 && nl < i; nl = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    const character = i - lineStart;
    out.push({
      range: { start: { line, character }, end: { line, character: character + 1 } },
      severity: SEVERITY[setting],
      code: CODE,
      codeDescription: { href: `${DOCS_BASE_URL}${CODE}.md` },
      source: 'delibera',
      message: english
        ? 'A byte that is not valid UTF-8, read as « \uFFFD » (the rest of the file is UTF-8): retype the character.'
        : 'Octet invalide en UTF-8, lu comme « \uFFFD » (le reste du fichier est en UTF-8) : ressaisir le caractère.',
      data: { encoding: 'utf8', invalidByte: true },
    });
  }
  return out;
}
