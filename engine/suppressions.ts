/**
 * What the editor adds to the rules' diagnostics about `%%` directives (docs/comments.md):
 *
 * - `directive-reason` (Information): a `delibera-disable…` directive must say why after ` -- `; a
 *   placeholder such as `<raison>` (what « Ignorer cette occurrence » writes) does not count.
 * - File-wide directives: the analyzer scopes a `delibera-disable` to its dossier; one written above
 *   the first deliberation's header (where « Désactiver cette règle dans ce fichier » puts it) holds
 *   for the whole file.
 *
 * Pure and linear; the analyzer applies them to every result, so the editor and the CLI agree.
 */
import { DOCS_BASE_URL, type Diagnostic } from './diagnostics';
import { opensDeliberation } from './dossiers/segment';
import type { ResolvedOptions } from './options';
import { commentLines, readSuppressions, type Directive } from './text/directives';

export const DIRECTIVE_REASON = 'directive-reason';

/** What the quick fixes write where the reason goes, in each locale. */
export const REASON_PLACEHOLDER = { fr: '<raison>', en: '<reason>' } as const;

const SEVERITY_CODE = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** A reason left as written by the quick fix (`<raison>`), or none at all. */
export function isMissingReason(reason: string | undefined): boolean {
  if (!reason) return true;
  const trimmed = reason.trim();
  return trimmed === '' || /^<[^<>]{0,40}>$/.test(trimmed);
}

export function directiveReasonDiagnostics(lines: readonly string[], options: ResolvedOptions, docsBaseUrl = DOCS_BASE_URL, comments?: readonly number[]): Diagnostic[] {
  const setting = options.rules[DIRECTIVE_REASON] ?? 'information';
  if (setting === 'off') return [];
  const out: Diagnostic[] = [];
  for (const directive of readSuppressions(lines, 0, lines.length - 1, comments).directives) {
    if (directive.kind === 'enable' || !isMissingReason(directive.reason)) continue;
    const example = `%% delibera-${directive.kind}${directive.rules.length ? ` ${directive.rules.join(', ')}` : ''} -- `;
    out.push({
      range: directive.range,
      severity: SEVERITY_CODE[setting],
      code: DIRECTIVE_REASON,
      codeDescription: { href: `${docsBaseUrl}${DIRECTIVE_REASON}.md` },
      source: 'delibera',
      message:
        options.locale === 'en'
          ? `Say why the check is disabled, after " -- ": ${example}a member left the meeting before this vote`
          : `Indiquez pourquoi la vérification est désactivée, après « -- » : ${example}un élu a quitté la séance avant ce vote`,
      data: { rule: DIRECTIVE_REASON },
    });
  }
  return out;
}

/** `delibera-disable` / `delibera-enable` directives above the first deliberation header, in order. */
export function fileWideDirectives(lines: readonly string[], comments?: readonly number[]): Directive[] {
  let head = -1;
  for (let i = 0; i < lines.length; i++) {
    if (opensDeliberation(lines, i)) {
      head = i;
      break;
    }
  }
  // No header: the whole text is one dossier, whose own directives already cover it.
  if (head <= 0) return [];
  return readSuppressions(lines, 0, head - 1, comments).directives.filter((d) => d.kind !== 'disable-next-line');
}

/** Same reading as the analyzer's: the last directive that names the rule (or names none) decides. */
function silencedBy(directives: readonly Directive[], rule: string): boolean {
  let disabled = false;
  for (const d of directives) if (d.rules.length === 0 || d.rules.includes(rule)) disabled = d.kind === 'disable';
  return disabled;
}

export function applyFileWideDirectives(lines: readonly string[], diagnostics: readonly Diagnostic[], comments?: readonly number[]): Diagnostic[] {
  const directives = fileWideDirectives(lines, comments);
  if (directives.length === 0) return diagnostics.slice();
  return diagnostics.filter((d) => d.code === DIRECTIVE_REASON || !silencedBy(directives, d.code));
}

/**
 * The rules' diagnostics with file-wide directives applied, plus the directive checks. `comments`:
 * the lines holding `%%`, when the caller keeps them (`commentLines`).
 */
export function withDirectiveChecks(
  diagnostics: readonly Diagnostic[],
  lines: readonly string[],
  options: ResolvedOptions,
  docsBaseUrl = DOCS_BASE_URL,
  comments: readonly number[] = commentLines(lines),
): Diagnostic[] {
  return [...applyFileWideDirectives(lines, diagnostics, comments), ...directiveReasonDiagnostics(lines, options, docsBaseUrl, comments)];
}
