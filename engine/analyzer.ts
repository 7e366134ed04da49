/**
 * The analyzer: text → dossiers → blocks → model → rules. It keeps each dossier's model and
 * diagnostics keyed by the dossier's text, so re-analysing a file after an edit inside one
 * deliberation re-parses only that dossier; dossiers that merely moved get their line numbers shifted.
 */
import { effectiveSeverity, toDiagnostic, DOCS_BASE_URL, type Diagnostic } from './diagnostics';
import { segmentDossiers } from './dossiers/segment';
import { buildDossier } from './model/dossier';
import { shiftLines } from './model/shift';
import type { Dossier } from './model/types';
import { resolveOptions, type AnalyzerOptions, type ResolvedOptions } from './options';
import { rules as allRules } from './rules/index';
import type { Rule, RuleReport } from './rules/types';
import { readSuppressions } from './text/directives';
import { splitLines } from './text/lines';
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

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
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
  dossier: Dossier;
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
  let cache = new Map<string, CacheEntry[]>();

  function runRules(rules: readonly Rule[], dossiers: readonly Dossier[], uri: string, workspace?: WorkspaceFacts): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const rule of rules) {
      const severity = effectiveSeverity(rule, resolved);
      if (severity === 'off') continue;
      const report = (r: RuleReport) => out.push(toDiagnostic(rule, severity, r, resolved, uri, docsBaseUrl));
      try {
        if (rule.scope === 'dossier') rule.check({ dossier: dossiers[0], options: resolved, report });
        else rule.check({ dossiers, options: resolved, report, workspace });
      } catch {
        // A rule that fails on odd input must not take the others down: it reports nothing.
      }
    }
    return out;
  }

  function analyze(text: string, analyzeOptions: AnalyzeOptions = {}): AnalysisResult {
    const uri = analyzeOptions.uri ?? '';
    const lines = splitLines(text);
    const spans = segmentDossiers(lines);
    const next = new Map<string, CacheEntry[]>();
    const dossiers: Dossier[] = [];
    const diagnostics: Diagnostic[] = [];
    stats.parsed = 0;
    stats.reused = 0;
    spans.forEach((span, index) => {
      const own = lines.slice(span.start, span.end + 1);
      const key = own.join('\n');
      let entry = takeEntry(cache, key, uri);
      if (entry) {
        stats.reused++;
        shiftLines(entry, span.start - entry.line);
        entry.line = span.start;
      } else {
        stats.parsed++;
        const dossier = buildDossier(lines, index, span.start, span.end);
        entry = { dossier, diagnostics: [], line: span.start, uri };
        entry.diagnostics = runRules(dossierRules, [dossier], uri);
      }
      entry.dossier.index = index;
      const list = next.get(key);
      if (list) list.push(entry);
      else next.set(key, [entry]);
      dossiers.push(entry.dossier);
      diagnostics.push(...entry.diagnostics);
    });
    cache = next;
    diagnostics.push(...runRules(fileRules, dossiers, uri, otherFiles(analyzeOptions.workspace, uri)));
    const suppressions = readSuppressions(lines);
    const kept = suppressions.directives.length === 0
      ? diagnostics
      : diagnostics.filter((d) => !suppressions.suppresses(d.code, d.range.start.line));
    return { dossiers, diagnostics: kept, lines };
  }

  return { analyze, options: resolved, stats };
}

function takeEntry(cache: Map<string, CacheEntry[]>, key: string, uri: string): CacheEntry | undefined {
  const list = cache.get(key);
  if (!list) return undefined;
  const index = list.findIndex((entry) => entry.uri === uri);
  if (index < 0) return undefined;
  const [entry] = list.splice(index, 1);
  return entry;
}
