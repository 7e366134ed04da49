/**
 * Inline cases placed by a fragment of their text rather than by hand-counted lines: `at` is a
 * fragment that occurs once in the document, `|` marking where the diagnostic starts.
 */
import type { AnalyzerOptions } from '../../../engine/options';
import type { InvalidCase, ValidCase } from '../rule-tester';

export interface Expected {
  at: string;
  message?: string;
  data?: Record<string, unknown>;
}

/** 1-based line and column of `at` (its `|`, else its start) in `code`. */
export function position(code: string, at: string): { line: number; column: number } {
  const bar = at.indexOf('|');
  const fragment = at.replace('|', '');
  const found = code.indexOf(fragment);
  if (found < 0 || code.indexOf(fragment, found + 1) >= 0) throw new Error(`'${fragment}' is not once in the document`);
  const offset = found + (bar < 0 ? 0 : bar);
  const before = code.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

export function valid(name: string, code: string, options?: AnalyzerOptions): ValidCase {
  return { name, code, options };
}

export function invalid(name: string, code: string, errors: Expected[], options?: AnalyzerOptions): InvalidCase {
  return { name, code, options, errors: errors.map((e) => ({ ...position(code, e.at), message: e.message, data: e.data })) };
}

/** The 0-based range of `fragment` (once in `code`), as diagnostics carry it; `|` marks where it starts. */
export function rangeOf(code: string, fragment: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const bar = fragment.indexOf('|');
  const text = fragment.slice(bar + 1);
  const { line, column } = position(code, fragment);
  const lines = text.split('\n');
  const end = lines.length === 1 ? { line: line - 1, character: column - 1 + text.length } : { line: line - 1 + lines.length - 1, character: lines[lines.length - 1].length };
  return { start: { line: line - 1, character: column - 1 }, end };
}

/** A document of a test, its errors placed by `at` (a fragment of it, `|` marking where the diagnostic starts). */
export interface Doc {
  name: string;
  code: string;
  options?: AnalyzerOptions;
  errors?: Expected[];
}

/** The text on one line, as the open-data PDFs give it. */
export const flatten = (code: string): string => code.replace(/\s+/g, ' ').trim();

/**
 * Each document tested twice: as a drafter types it (one part a line) and flattened to one line;
 * the fragments that place its errors are flattened the same way.
 */
export function bothForms(docs: readonly Doc[]): { valid: ValidCase[]; invalid: InvalidCase[] } {
  const valid: ValidCase[] = [];
  const invalid: InvalidCase[] = [];
  for (const doc of docs) {
    for (const [form, code] of [
      ['lignes', doc.code],
      ['aplati', flatten(doc.code)],
    ] as const) {
      const name = `${doc.name} (${form})`;
      if (!doc.errors?.length) valid.push({ name, code, options: doc.options });
      else invalid.push({ name, code, options: doc.options, errors: doc.errors.map((e) => ({ ...position(code, form === 'aplati' ? e.at.replace(/\s+/g, ' ') : e.at), message: e.message, data: e.data })) });
    }
  }
  return { valid, invalid };
}
