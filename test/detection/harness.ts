/**
 * Detection harness: applies realistic drafting errors to real corpus files and checks that the
 * expected rule fires at the expected line, and that nothing new appears anywhere else.
 */
import { createAnalyzer, type AnalyzeOptions, type Analyzer } from '../../engine/analyzer';
import type { Diagnostic } from '../../engine/diagnostics';
import { applyEdit, type TextEdit } from '../fuzz/support';
import { corpusText, type CorpusId } from '../helpers';

export interface Mutation {
  /** A readable name: `000 L83 Pour 43→42`. */
  name: string;
  file: CorpusId;
  /** The rule expected to find it. */
  rule: string;
  /** 0-based line where the diagnostic must start (in the mutated text). */
  line: number;
  /** Other 0-based lines (mutated text) where new diagnostics are legitimate. */
  alsoAt?: number[];
  /** The mutated text; undefined when the site does not allow it (the mutation is skipped). */
  text: string;
  /** Lines removed (negative) or added before `line`, to map baseline diagnostics. */
  shift?: { after: number; by: number };
  /** The text before the mutation: when given, the found diagnostic's preferred fix must give it back. */
  original?: string;
}

export interface DetectionResult {
  total: number;
  detected: number;
  misses: string[];
  extras: string[];
  /** Found mutations (with an `original`) that no preferred fix puts back. */
  unfixed: string[];
}

/** The diagnostic's preferred fix applied to `text` (its edits last first), or undefined when it has none. */
function applyPreferredFix(text: string, d: Diagnostic): string | undefined {
  const fixes = Array.isArray(d.data?.fixes) ? (d.data.fixes as (TextEdit & { preferred?: boolean; also?: TextEdit[] })[]) : [];
  // Two preferred fixes leave the editor's keystroke none to pick (features/fixes.ts).
  const preferred = fixes.filter((f) => f.preferred);
  if (preferred.length !== 1) return undefined;
  const edits = [preferred[0], ...(preferred[0].also ?? [])].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  return edits.reduce(applyEdit, text);
}

/** Diagnostics of a file's text: the default runs every registered rule; tests may pass a workspace. */
export type Analyze = (file: CorpusId, text: string) => Diagnostic[];

/**
 * One warm analyzer per file: a mutation re-parses only the dossier it touched (and the one it
 * restores). Results are copied, since the analyzer shifts its cached diagnostics in place later.
 */
export function warmAnalyze(options: (file: CorpusId) => AnalyzeOptions = () => ({})): Analyze {
  const analyzers = new Map<CorpusId, Analyzer>();
  return (file, text) => {
    let analyzer = analyzers.get(file);
    if (!analyzer) {
      analyzer = createAnalyzer();
      analyzers.set(file, analyzer);
    }
    return structuredClone(analyzer.analyze(text, options(file)).diagnostics);
  };
}

const defaultAnalyze = warmAnalyze();
const baselines = new WeakMap<Analyze, Map<CorpusId, Diagnostic[]>>();

function baseline(analyze: Analyze, file: CorpusId): Diagnostic[] {
  let byFile = baselines.get(analyze);
  if (!byFile) baselines.set(analyze, (byFile = new Map()));
  let diagnostics = byFile.get(file);
  if (!diagnostics) {
    diagnostics = analyze(file, corpusText(file));
    byFile.set(file, diagnostics);
  }
  return diagnostics;
}

function keyOf(d: Diagnostic, line: number): string {
  return `${d.code}@${line}:${d.message}`;
}

export function runMutations(mutations: readonly Mutation[], analyze: Analyze = defaultAnalyze): DetectionResult {
  const result: DetectionResult = { total: mutations.length, detected: 0, misses: [], extras: [], unfixed: [] };
  for (const mutation of mutations) {
    const before = new Map<string, number>();
    for (const d of baseline(analyze, mutation.file)) {
      let line = d.range.start.line;
      if (mutation.shift && line > mutation.shift.after) line += mutation.shift.by;
      const key = keyOf(d, line);
      before.set(key, (before.get(key) ?? 0) + 1);
    }
    const fresh: Diagnostic[] = [];
    for (const d of analyze(mutation.file, mutation.text)) {
      const key = keyOf(d, d.range.start.line);
      const n = before.get(key) ?? 0;
      if (n > 0) before.set(key, n - 1);
      else fresh.push(d);
    }
    const hits = fresh.filter((d) => d.code === mutation.rule && d.range.start.line === mutation.line);
    if (hits.length) result.detected++;
    else result.misses.push(`${mutation.name}: got ${fresh.map((d) => `${d.code}@L${d.range.start.line + 1}`).join(', ') || 'nothing'}`);
    if (hits.length && mutation.original !== undefined && !hits.some((d) => applyPreferredFix(mutation.text, d) === mutation.original)) {
      const fixed = hits.some((d) => applyPreferredFix(mutation.text, d) !== undefined);
      result.unfixed.push(`${mutation.name}: ${fixed ? 'the preferred fix writes something else' : 'no preferred fix'}`);
    }
    const allowed = new Set([mutation.line, ...(mutation.alsoAt ?? [])]);
    for (const d of fresh) {
      if (!allowed.has(d.range.start.line)) result.extras.push(`${mutation.name}: extra ${d.code}@L${d.range.start.line + 1} ${d.message}`);
    }
  }
  return result;
}

/** Replaces the characters of `range` (one line) in `text`. */
export function replaceOnLine(text: string, line: number, start: number, end: number, replacement: string): string {
  const lines = text.split('\n');
  const target = lines[line];
  lines[line] = target.slice(0, start) + replacement + target.slice(end);
  return lines.join('\n');
}

export function deleteLines(text: string, from: number, to: number): string {
  const lines = text.split('\n');
  lines.splice(from, to - from + 1);
  return lines.join('\n');
}

/** Every corpus file with its analysed model, for generators to find mutation sites. */
export function corpusModels() {
  return (['000', '001', '002', '003', '004'] as const).map((file) => ({
    file,
    text: corpusText(file),
    ...createAnalyzer().analyze(corpusText(file)),
  }));
}
