/**
 * Code actions: the quick fixes of the diagnostics under the cursor (the rules' own fixes, preferred
 * when unambiguous), « Ignorer cette occurrence » and « Désactiver cette règle dans ce fichier »
 * (suppression comments that must carry a reason), and `source.fixAll.delibera`: every preferred
 * fix of the file that does not overlap another, as one edit.
 */
import type { Diagnostic } from '../diagnostics';
import type { Dossier, Range } from '../model/types';
import type { Locale } from '../rules/types';
import { readSuppressions } from '../text/directives';
import { DIRECTIVE_REASON, REASON_PLACEHOLDER } from '../suppressions';
import { editsConflict, sameEdit } from './edits';
import { fixesFor, type FixContext, type FixProposal } from './fixes';
import { CLIENT_COMMANDS, FIX_ALL_KIND, QUICK_FIX_KIND, type CodeAction, type TextEdit } from './lsp';
import { pick, rangesIntersect } from './text-utils';

export interface CodeActionInput {
  uri: string;
  lines: readonly string[];
  dossiers: readonly Dossier[];
  /** The diagnostics the server currently shows for the document. */
  diagnostics: readonly Diagnostic[];
  locale: Locale;
}

export interface CodeActionRequest {
  range: Range;
  /** `context.diagnostics` of the request: the client's copies, matched to ours by code and range. */
  diagnostics?: readonly Partial<Diagnostic>[];
  /** `context.only`. */
  only?: readonly string[];
}

/** LSP's kind hierarchy: `source` asks for `source.fixAll.delibera` too. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === QUICK_FIX_KIND;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(input: CodeActionInput, request: CodeActionRequest): CodeAction[] {
  const out: CodeAction[] = [];
  if (wants(request.only, QUICK_FIX_KIND)) {
    for (const diagnostic of requestDiagnostics(input, request)) out.push(...quickFixes(input, diagnostic));
  }
  if (request.only && wants(request.only, FIX_ALL_KIND)) {
    const all = fixAll(input);
    if (all) out.push(all);
  }
  return dedupe(out);
}

/** Our diagnostics for the request: those the client sent (matched to ours, for their data), else ours in range. */
function requestDiagnostics(input: CodeActionInput, request: CodeActionRequest): Diagnostic[] {
  const sent = (request.diagnostics ?? []).filter((d) => d && (d.source === undefined || d.source === 'delibera'));
  if (sent.length === 0) return input.diagnostics.filter((d) => rangesIntersect(d.range, request.range));
  const out: Diagnostic[] = [];
  for (const d of sent) {
    const ours = input.diagnostics.find((o) => o.code === d.code && sameRange(o.range, d.range));
    if (ours) out.push(ours);
    else if (d.range && typeof d.code === 'string') out.push(d as Diagnostic);
  }
  return out;
}

function sameRange(a: Range, b: Range | undefined): boolean {
  return !!b && a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function context(input: CodeActionInput): FixContext {
  return { lines: input.lines, dossiers: input.dossiers, locale: input.locale };
}

function toAction(input: CodeActionInput, fix: FixProposal, kind: string, diagnostics: Diagnostic[]): CodeAction {
  const action: CodeAction = { title: fix.title, kind, diagnostics, edit: { changes: { [input.uri]: fix.edits } } };
  if (fix.preferred) action.isPreferred = true;
  if (fix.select) action.command = { title: '', command: CLIENT_COMMANDS.select, arguments: [input.uri, fix.select] };
  return action;
}

function quickFixes(input: CodeActionInput, diagnostic: Diagnostic): CodeAction[] {
  const out = fixesFor(diagnostic, context(input)).map((fix) => toAction(input, fix, QUICK_FIX_KIND, [diagnostic]));
  if (diagnostic.code !== DIRECTIVE_REASON && typeof diagnostic.code === 'string' && diagnostic.code) {
    const ignore = ignoreOccurrence(input, diagnostic);
    if (ignore) out.push(toAction(input, ignore, QUICK_FIX_KIND, [diagnostic]));
    out.push(toAction(input, disableInFile(input, diagnostic.code), QUICK_FIX_KIND, [diagnostic]));
  }
  return out;
}

/**
 * `%% delibera-disable-next-line <rule> -- <raison>` above the diagnostic's first line. When a
 * directive already sits above that line, the rule joins its list (two directives aimed at one
 * line would not both apply).
 */
export function ignoreOccurrence(input: Pick<CodeActionInput, 'lines' | 'locale'>, diagnostic: Diagnostic): FixProposal | undefined {
  const { lines, locale } = input;
  const line = diagnostic.range.start.line;
  if (line < 0 || line >= lines.length) return undefined;
  const rule = diagnostic.code;
  const title = pick(locale, `Ignorer cette occurrence (${rule})`, `Ignore this occurrence (${rule})`);
  for (let above = line - 1; above >= 0 && /^\s*%%/.test(lines[above]); above--) {
    const directive = readSuppressions(lines, above, above).directives[0];
    if (!directive || directive.kind !== 'disable-next-line') continue;
    if (directive.rules.length === 0 || directive.rules.includes(rule)) return undefined;
    const text = lines[above];
    const cut = text.indexOf(' -- ');
    const end = cut >= 0 ? cut : text.trimEnd().length;
    const at = { line: above, character: end };
    return { title, edits: [{ range: { start: at, end: at }, newText: `, ${rule}` }], preferred: false };
  }
  const placeholder = REASON_PLACEHOLDER[locale];
  const prefix = `%% delibera-disable-next-line ${rule} -- `;
  const at = { line, character: 0 };
  return {
    title,
    edits: [{ range: { start: at, end: at }, newText: `${prefix}${placeholder}\n` }],
    preferred: false,
    select: { start: { line, character: prefix.length }, end: { line, character: prefix.length + placeholder.length } },
  };
}

/** `%% delibera-disable <rule> -- <raison>` on the first line: above the first header, it holds for the whole file. */
export function disableInFile(input: Pick<CodeActionInput, 'locale'>, rule: string): FixProposal {
  const placeholder = REASON_PLACEHOLDER[input.locale];
  const prefix = `%% delibera-disable ${rule} -- `;
  const at = { line: 0, character: 0 };
  return {
    title: pick(input.locale, `Désactiver la règle ${rule} dans ce fichier`, `Disable rule ${rule} in this file`),
    edits: [{ range: { start: at, end: at }, newText: `${prefix}${placeholder}\n` }],
    preferred: false,
    select: { start: { line: 0, character: prefix.length }, end: { line: 0, character: prefix.length + placeholder.length } },
  };
}

/** Every preferred fix of the file, in document order, skipping any that would touch text another already edits. */
export function fixAllEdits(input: Omit<CodeActionInput, 'uri'>): { edits: TextEdit[]; diagnostics: Diagnostic[] } {
  const taken: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  const ordered = [...input.diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const diagnostic of ordered) {
    const fix = fixesFor(diagnostic, { lines: input.lines, dossiers: input.dossiers, locale: input.locale }).find((f) => f.preferred);
    if (!fix) continue;
    const fresh = fix.edits.filter((e) => !taken.some((t) => sameEdit(t, e)));
    if (fresh.some((e) => taken.some((t) => editsConflict(t, e)))) continue;
    taken.push(...fresh);
    fixed.push(diagnostic);
  }
  return { edits: taken, diagnostics: fixed };
}

export function fixAll(input: CodeActionInput): CodeAction | undefined {
  const { edits, diagnostics } = fixAllEdits(input);
  if (edits.length === 0) return undefined;
  return {
    title: pick(input.locale, `Corriger tous les problèmes sûrs (${diagnostics.length})`, `Fix all safe problems (${diagnostics.length})`),
    kind: FIX_ALL_KIND,
    diagnostics,
    edit: { changes: { [input.uri]: edits } },
  };
}

/** The same fix offered for several diagnostics (a renumbering) is listed once. */
function dedupe(actions: CodeAction[]): CodeAction[] {
  const seen = new Map<string, CodeAction>();
  for (const action of actions) {
    const key = `${action.kind}|${action.title}|${JSON.stringify(action.edit)}`;
    const first = seen.get(key);
    if (first) {
      for (const d of action.diagnostics ?? []) if (!first.diagnostics?.includes(d)) first.diagnostics?.push(d);
      continue;
    }
    seen.set(key, action);
  }
  return [...seen.values()];
}
