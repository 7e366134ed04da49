/**
 * The analyzer: text → dossiers → blocks → model → rules. It keeps each dossier's model and
 * diagnostics keyed by the dossier's text, so re-analysing a file after an edit inside one
 * deliberation re-parses only that dossier; dossiers that merely moved get their line numbers shifted.
 * `update` takes the editor's incremental changes instead of the whole text: it splices the lines it
 * keeps, re-segments only around the edit and re-parses only the dossiers the edit touched.
 */
import { effectiveSeverity, toDiagnostic, DOCS_BASE_URL, type Diagnostic } from './diagnostics';
import { visaRanges, withSafePreference } from './fix-safety';
import { findHeaders, HEADER_LOOKAHEAD, spansFromHeaders, type DossierSpan } from './dossiers/segment';
import { buildUnheadedDossier } from './model/any-dossier';
import { buildDossier } from './model/dossier';
import { shiftLines } from './model/shift';
import type { Dossier } from './model/types';
import { resolveOptions, type AnalyzerOptions, type ResolvedOptions } from './options';
import { rules as allRules } from './rules/index';
import type { Rule, RuleReport } from './rules/types';
import { withDirectiveChecks } from './suppressions';
import { commentLines, readSuppressions } from './text/directives';
import { splitLines, type Range } from './text/lines';
import { forgetSource, rememberSource } from './text/source-text';
import { otherFiles, type WorkspaceFacts } from './workspace/facts';

export interface AnalyzeOptions {
  /** URI of the document, used in diagnostics' related information. */
  uri?: string;
  /** Summaries of the workspace's deliberation files, for the file rules (this file's own is ignored). */
  workspace?: WorkspaceFacts;
}

export interface AnalysisResult {
  dossiers: Dossier[];
  diagnostics: Diagnostic[];
  /** The document's lines, as split for the ranges above. */
  lines: string[];
}

export interface AnalyzerStats {
  /** Dossiers parsed by the last `analyze` call. */
  parsed: number;
  /** Dossiers taken from the cache by the last call. */
  reused: number;
}

/** An LSP content change: a range replaced by text, or (no range) the whole text. */
export interface TextChange {
  range?: Range;
  text: string;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  /**
   * Applies changes to the text of the last `analyze`/`update` and analyses the result; the same
   * result as `analyze` on the new text. Without a previous text, a change must carry the whole text.
   */
  update(changes: readonly TextChange[], options?: AnalyzeOptions): AnalysisResult;
  readonly options: ResolvedOptions;
  readonly stats: AnalyzerStats;
}

export interface CreateAnalyzerOptions extends AnalyzerOptions {
  /** Base of the rule documentation links (`<base><rule-id>.md`). */
  docsBaseUrl?: string;
  /** Rules to run instead of the built-in catalogue (tests, plugins). */
  rules?: AnalyzerOptions['rules'];
  ruleModules?: readonly Rule[];
}

interface CacheEntry {
  /** Null for text that holds no deliberation at all. */
  dossier: Dossier | null;
  /** Diagnostics of the dossier-scoped rules, at the dossier's current position. */
  diagnostics: Diagnostic[];
  /** First line of the dossier in the document the entry was last used for. */
  line: number;
  uri: string;
}

export function createAnalyzer(options: CreateAnalyzerOptions = {}): Analyzer {
  const resolved = resolveOptions(options);
  const docsBaseUrl = options.docsBaseUrl ?? DOCS_BASE_URL;
  const ruleModules = options.ruleModules ?? allRules;
  const dossierRules = ruleModules.filter((rule) => rule.scope === 'dossier');
  const fileRules = ruleModules.filter((rule) => rule.scope === 'file');
  const stats: AnalyzerStats = { parsed: 0, reused: 0 };
  const forcedTemplate = resolved.template ?? null;
  // A folder forced to another template is not cut at Commission Permanente headers.
  const readsCpHeaders = !forcedTemplate || forcedTemplate === 'departement-cp';
  let cache = new Map<string, CacheEntry[]>();
  let cacheStale = false;
  /** The text last analysed, kept as lines for `update`, with its dossiers in order. */
  let state:
    | {
        lines: string[];
        headers: number[];
        spans: DossierSpan[];
        entries: (CacheEntry | undefined)[];
        uri: string;
        /** Lines holding `%%` (where directives can be), kept through edits. */
        comments: number[];
      }
    | undefined;

  function runRules(rules: readonly Rule[], dossiers: readonly Dossier[], uri: string, workspace?: WorkspaceFacts): Diagnostic[] {
    const out: Diagnostic[] = [];
    let visas: Range[] | undefined;
    const visaList = () => (visas ??= visaRanges(dossiers));
    for (const rule of rules) {
      const severity = effectiveSeverity(rule, resolved);
      if (severity === 'off') continue;
      const report = (r: RuleReport) => out.push(toDiagnostic(rule, severity, withSafePreference(r, visaList), resolved, uri, docsBaseUrl));
      const judged = rule.templates ? dossiers.filter((d) => rule.templates!.includes(d.template)) : dossiers;
      if (judged.length === 0) continue;
      try {
        if (rule.scope === 'dossier') rule.check({ dossier: judged[0], options: resolved, report });
        else rule.check({ dossiers: judged, options: resolved, report, workspace });
      } catch {
        // A rule that fails on odd input must not take the others down: it reports nothing.
      }
    }
    return out;
  }

  function build(lines: string[], span: DossierSpan, index: number, uri: string, comments: readonly number[]): CacheEntry {
    stats.parsed++;
    const dossier =
      span.header >= 0 ? buildDossier(lines, index, span.start, span.end) : buildUnheadedDossier(lines, index, span.start, span.end, forcedTemplate);
    const diagnostics = dossier ? runRules(dossierRules, [dossier], uri) : [];
    return { dossier, diagnostics: suppressed(lines, span, diagnostics, comments), line: span.start, uri };
  }

  /** Drops the diagnostics silenced by the dossier's `%% delibera-disable…` comments. */
  function suppressed(lines: string[], span: DossierSpan, diagnostics: Diagnostic[], comments: readonly number[]): Diagnostic[] {
    if (diagnostics.length === 0) return diagnostics;
    const suppressions = readSuppressions(lines, span.start, span.end, comments);
    if (suppressions.directives.length === 0) return diagnostics;
    return diagnostics.filter((d) => !suppressions.suppresses(d.code, d.range.start.line));
  }

  /** Assembles the result from the entries, running the file rules over all dossiers. */
  function finish(entries: CacheEntry[], spans: DossierSpan[], lines: string[], comments: readonly number[], uri: string, workspace?: WorkspaceFacts): AnalysisResult {
    const dossiers: Dossier[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const entry of entries) {
      if (!entry.dossier) continue;
      entry.dossier.index = dossiers.length;
      dossiers.push(entry.dossier);
      for (const d of entry.diagnostics) diagnostics.push(d);
    }
    const fileDiagnostics = runRules(fileRules, dossiers, uri, otherFiles(workspace, uri, dossiers));
    for (const d of fileDiagnostics) {
      const k = spanIndexOf(spans, d.range.start.line);
      const kept = k < 0 ? [d] : suppressed(lines, spans[k], [d], comments);
      if (kept.length > 0) diagnostics.push(d);
    }
    // `%%` directives: those above the first deliberation hold for the whole file; a directive
    // without its reason is itself reported.
    return { dossiers, diagnostics: withDirectiveChecks(diagnostics, lines, resolved, docsBaseUrl, comments), lines };
  }

  function analyze(text: string, analyzeOptions: AnalyzeOptions = {}): AnalysisResult {
    const uri = analyzeOptions.uri ?? '';
    if (cacheStale && state) cache = keyedEntries(state.lines, state.spans, state.entries);
    cacheStale = false;
    const lines = splitLines(text);
    rememberSource(lines, text);
    const headers = readsCpHeaders ? findHeaders(lines) : [];
    const spans = spansFromHeaders(lines, headers);
    const comments = commentLines(lines);
    const entries: CacheEntry[] = [];
    stats.parsed = 0;
    stats.reused = 0;
    // Nothing to reuse (a first analysis): the dossiers' keys are built from the state if a later
    // `analyze` needs them, not here.
    const reusing = cache.size > 0;
    const next = new Map<string, CacheEntry[]>();
    spans.forEach((span, index) => {
      const key = reusing ? lines.slice(span.start, span.end + 1).join('\n') : '';
      let entry = reusing ? takeEntry(cache, key, uri) : undefined;
      if (entry) {
        stats.reused++;
        shiftLines(entry, span.start - entry.line);
        entry.line = span.start;
      } else {
        entry = build(lines, span, index, uri, comments);
      }
      if (reusing) {
        const list = next.get(key);
        if (list) list.push(entry);
        else next.set(key, [entry]);
      }
      entries.push(entry);
    });
    cache = next;
    cacheStale = !reusing;
    state = { lines, headers, spans, entries, uri, comments };
    return finish(entries, spans, lines, comments, uri, analyzeOptions.workspace);
  }

  function update(changes: readonly TextChange[], analyzeOptions: AnalyzeOptions = {}): AnalysisResult {
    const uri = analyzeOptions.uri ?? state?.uri ?? '';
    const full = lastFullText(changes);
    if (full >= 0 || !state || state.uri !== uri) {
      if (full < 0) throw new Error('delibera: update() needs the whole text first (call analyze)');
      analyze(changes[full].text, { ...analyzeOptions, uri });
      return update(changes.slice(full + 1), { ...analyzeOptions, uri });
    }
    stats.parsed = 0;
    stats.reused = 0;
    const { lines } = state;
    forgetSource(lines);
    let { headers, spans, entries, comments } = state;
    for (const change of changes) {
      const edit = applyChange(lines, change.range!, change.text);
      comments = [
        ...comments.filter((line) => line < edit.from),
        ...commentLines(lines, edit.from, edit.to),
        ...comments.filter((line) => line > edit.oldTo).map((line) => line + edit.delta),
      ];
      // Headers are re-detected where the edit could have made or unmade one.
      const lo = Math.max(0, edit.from - HEADER_LOOKAHEAD);
      const hi = edit.to;
      const moved = headers.filter((h) => h < lo || h > edit.oldTo).map((h) => (h > edit.oldTo ? h + edit.delta : h));
      if (readsCpHeaders) headers = [...moved.filter((h) => h < lo), ...findHeaders(lines, lo, hi), ...moved.filter((h) => h > hi)];
      const nextSpans = spansFromHeaders(lines, headers);
      // A dossier keeps its parse when the edit did not touch it and its bounds only moved.
      const clean = new Map<string, CacheEntry>();
      spans.forEach((span, k) => {
        const entry = entries[k];
        if (!entry || span.end >= edit.from && span.start <= edit.oldTo) return;
        const shift = span.start > edit.oldTo ? edit.delta : 0;
        clean.set(`${span.start + shift}:${span.end + shift}`, entry);
      });
      entries = nextSpans.map((span) => clean.get(`${span.start}:${span.end}`));
      spans = nextSpans;
    }
    const built = spans.map((span, index) => {
      const entry = entries[index];
      if (!entry) return build(lines, span, index, uri, comments);
      stats.reused++;
      shiftLines(entry, span.start - entry.line);
      entry.line = span.start;
      return entry;
    });
    // The text-keyed cache only serves a later full `analyze`, which rebuilds it from the state.
    cacheStale = true;
    state = { lines, headers, spans, entries: built, uri, comments };
    return finish(built, spans, lines, comments, uri, analyzeOptions.workspace);
  }

  return { analyze, update, options: resolved, stats };
}

function keyedEntries(lines: string[], spans: DossierSpan[], entries: (CacheEntry | undefined)[]): Map<string, CacheEntry[]> {
  const cache = new Map<string, CacheEntry[]>();
  entries.forEach((entry, k) => {
    if (!entry) return;
    const key = lines.slice(spans[k].start, spans[k].end + 1).join('\n');
    const list = cache.get(key);
    if (list) list.push(entry);
    else cache.set(key, [entry]);
  });
  return cache;
}

function lastFullText(changes: readonly TextChange[]): number {
  for (let k = changes.length - 1; k >= 0; k--) if (!changes[k].range) return k;
  return -1;
}

/**
 * Splices one change into `lines`. Returns the edited lines before (`from`..`oldTo`) and after
 * (`from`..`to`) the change, and the change in line count.
 */
function applyChange(lines: string[], range: Range, text: string): { from: number; oldTo: number; to: number; delta: number } {
  const last = lines.length - 1;
  const clampLine = (line: number) => Math.max(0, Math.min(line, last));
  let from = clampLine(range.start.line);
  let oldTo = clampLine(range.end.line);
  if (oldTo < from) [from, oldTo] = [oldTo, from];
  const startChar = Math.max(0, Math.min(range.start.character, lines[from].length));
  const endChar = Math.max(0, Math.min(range.end.character, lines[oldTo].length));
  const replaced = splitLines(lines[from].slice(0, startChar) + text + lines[oldTo].slice(endChar));
  spliceLines(lines, from, oldTo - from + 1, replaced);
  return { from, oldTo, to: from + replaced.length - 1, delta: replaced.length - (oldTo - from + 1) };
}

/** `Array.prototype.splice` without spreading the inserted lines as arguments (a pasted file can hold more than the call stack takes). */
function spliceLines(lines: string[], at: number, removed: number, inserted: string[]): void {
  if (inserted.length < 10_000) {
    lines.splice(at, removed, ...inserted);
    return;
  }
  const tail = lines.splice(at + removed);
  lines.length = at;
  for (const line of inserted) lines.push(line);
  for (const line of tail) lines.push(line);
}

function spanIndexOf(spans: readonly DossierSpan[], line: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < line) lo = mid + 1;
    else if (spans[mid].start > line) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function takeEntry(cache: Map<string, CacheEntry[]>, key: string, uri: string): CacheEntry | undefined {
  const list = cache.get(key);
  if (!list) return undefined;
  const index = list.findIndex((entry) => entry.uri === uri);
  if (index < 0) return undefined;
  const [entry] = list.splice(index, 1);
  return entry;
}
