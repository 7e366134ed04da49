import { createAnalyzer } from '../../engine/analyzer';
import type { Diagnostic } from '../../engine/diagnostics';
import type { AnalyzerOptions } from '../../engine/options';
import type { Rule } from '../../engine/rules/types';
import { CORPUS, corpusText, type CorpusId } from '../helpers';

export function check(rule: Rule, text: string, options: AnalyzerOptions = {}): Diagnostic[] {
  return createAnalyzer({ ...options, ruleModules: [rule] }).analyze(text).diagnostics;
}

/** The rule's diagnostics on every corpus file, as `file:line` (1-based) → message. */
export function onCorpus(rule: Rule, options: AnalyzerOptions = {}): string[] {
  return (Object.keys(CORPUS) as CorpusId[]).flatMap((id) =>
    check(rule, corpusText(id), options).map((d) => `${id}:L${d.range.start.line + 1} ${d.message}`),
  );
}

/**
 * The text with `find` replaced; `find` must occur exactly once, so a test names the figure it
 * changes by its context, never by a line number that moves when the corpus is edited.
 */
export function replaceOnce(text: string, find: string, replacement: string): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`'${find}' is not once in the text`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

/** The text without the `count` lines that start at the first line holding `start`. */
export function withoutLines(text: string, start: string, count = 1): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.includes(start));
  if (first < 0) throw new Error(`no line holds '${start}'`);
  lines.splice(first, count);
  return lines.join('\n');
}
