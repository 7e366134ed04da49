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

/** Replaces the first occurrence of `find` at or after 1-based line `line`. */
export function edit(text: string, line: number, find: string, replacement: string): string {
  const lines = text.split('\n');
  const index = lines[line - 1].indexOf(find);
  if (index < 0) throw new Error(`'${find}' not on line ${line}: ${lines[line - 1]}`);
  lines[line - 1] = lines[line - 1].slice(0, index) + replacement + lines[line - 1].slice(index + find.length);
  return lines.join('\n');
}
