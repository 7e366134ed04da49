/**
 * Shared pieces of the robustness tests: corpus slices, the range invariants every analysis must
 * keep, text edits as an editor applies them, and damage (line and character mutations) driven by
 * fast-check's seeded random numbers.
 */
import fc from 'fast-check';
import { createAnalyzer, type AnalysisResult } from '../../engine/analyzer';
import { segmentDossiers } from '../../engine/dossiers/segment';
import { documentSymbols, type DocumentSymbol } from '../../engine/features/symbols';
import { foldingRanges } from '../../engine/features/folding';
import type { Dossier, Range } from '../../engine/model/types';

import { corpusText as corpus, type CorpusId } from '../helpers';

// The corpus loader is the tests' shared one: re-exported under the names these tests use.
export { CORPUS as CORPUS_FILES } from '../helpers';
export { corpus, type CorpusId };

export interface Sample {
  name: string;
  text: string;
}

let slices: Sample[] | undefined;

/**
 * The small files whole, and 003 cut into its 29 dossiers (each 100–5 000 lines) so that one
 * analysis stays in the milliseconds. A dossier of 003 is a complete document by itself.
 */
export function samples(): Sample[] {
  if (slices) return slices;
  const out: Sample[] = (['000', '001', '002', '004'] as const).map((id) => ({ name: id, text: corpus(id) }));
  const lines = corpus('003').split('\n');
  segmentDossiers(lines).forEach((span, k) => {
    out.push({ name: `003#${k} L${span.start + 1}-${span.end + 1}`, text: lines.slice(span.start, span.end + 1).join('\n') });
  });
  slices = out;
  return out;
}

// ── Ranges ───────────────────────────────────────────────────────────────────────────────────

/** Splits as LSP's TextDocument does: the lines the editor numbers. */
export function editorLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function isPosition(value: unknown): value is { line: number; character: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { line?: unknown }).line === 'number' &&
    typeof (value as { character?: unknown }).character === 'number'
  );
}

function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && isPosition((value as Range).start) && isPosition((value as Range).end);
}

/** Why `range` is not a valid range of the document, or undefined when it is. */
export function rangeProblem(range: Range, lines: readonly string[]): string | undefined {
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `non-integer position ${JSON.stringify(p)}`;
    if (p.line < 0 || p.line >= lines.length) return `line ${p.line} outside 0..${lines.length - 1}`;
    if (p.character < 0 || p.character > lines[p.line].length) return `character ${p.character} outside 0..${lines[p.line].length} on line ${p.line}`;
  }
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
    return `start after end ${JSON.stringify(range)}`;
  }
  return undefined;
}

/**
 * Every range found anywhere inside `value` (the model, a diagnostic, a symbol tree), with its path,
 * and every position standing alone (outside a range, e.g. an insertion point).
 */
export function rangesIn(value: unknown, root = '$'): { path: string; range: Range }[] {
  const out: { path: string; range: Range }[] = [];
  walkPositions(value, root, (path, range) => out.push({ path: path(), range }));
  return out;
}

/** Calls `visit` for each range and lone position; the path is built only when asked for. */
function walkPositions(value: unknown, root: string, visit: (path: () => string, range: Range) => void): void {
  const seen = new Set<object>();
  const keys: (string | number)[] = [];
  const pathOf = () => root + keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node) || ArrayBuffer.isView(node)) return;
    seen.add(node);
    if (isRange(node)) return visit(pathOf, node);
    if (isPosition(node)) return visit(pathOf, { start: node, end: node });
    if (Array.isArray(node)) {
      for (let k = 0; k < node.length; k++) {
        keys.push(k);
        walk(node[k]);
        keys.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item !== 'object' || item === null) continue;
      keys.push(key);
      walk(item);
      keys.pop();
    }
  };
  walk(value);
}

export interface Analysis {
  result: AnalysisResult;
  symbols: DocumentSymbol[];
  folding: { startLine: number; endLine: number }[];
}

/** Analyses with a fresh analyzer, and the editor features computed from the result. */
export function analyzeAll(text: string): Analysis {
  const result = createAnalyzer().analyze(text, { uri: 'file:///fuzz.txt' });
  return { result, symbols: documentSymbols(result.dossiers, 'fr'), folding: foldingRanges(result.dossiers, result.lines) };
}

/**
 * The invariants of an analysis of `text`: every range (diagnostics, related information, fixes,
 * the whole model, outline symbols) lies inside the document; each symbol's selection range lies
 * inside its range (LSP requires it); folding ranges name existing lines. Returns the violations.
 */
export function invariantViolations(text: string, analysis: Analysis): string[] {
  const lines = editorLines(text);
  const problems: string[] = [];
  const { result } = analysis;
  if (result.lines.length !== lines.length) problems.push(`analyzer split ${result.lines.length} lines, the editor ${lines.length}`);
  const check = (root: string, value: unknown) => {
    walkPositions(value, root, (path, range) => {
      const problem = problems.length < 20 ? rangeProblem(range, lines) : undefined;
      if (problem) problems.push(`${path()}: ${problem}`);
    });
  };
  check('diagnostics', result.diagnostics);
  check('dossiers', result.dossiers);
  check('symbols', analysis.symbols);
  for (const d of result.diagnostics) {
    if (typeof d.message !== 'string' || d.message === '') problems.push(`diagnostic ${d.code} without message`);
  }
  const walkSymbols = (symbols: DocumentSymbol[], path: string) => {
    symbols.forEach((s, k) => {
      if (!contains(s.range, s.selectionRange)) problems.push(`${path}[${k}] ${s.name}: selectionRange outside range`);
      if (s.children) {
        for (const c of s.children) if (!contains(s.range, c.range)) problems.push(`${path}[${k}] ${s.name}: child ${c.name} outside its parent`);
        walkSymbols(s.children, `${path}[${k}].children`);
      }
    });
  };
  walkSymbols(analysis.symbols, 'symbols');
  for (const f of analysis.folding) {
    if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines.length)) problems.push(`folding ${JSON.stringify(f)} outside the document`);
  }
  return problems;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function contains(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

// ── Edits ────────────────────────────────────────────────────────────────────────────────────

export interface TextEdit {
  range: Range;
  text: string;
}

/** Offset of a position in `text`, with the editor's line breaks (CRLF, CR, LF). */
export function offsetAt(text: string, position: Range['start']): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    const c = text[i++];
    if (c === '\r') {
      if (text[i] === '\n') i++;
      line++;
    } else if (c === '\n') line++;
  }
  return i + position.character;
}

export function applyEdit(text: string, edit: TextEdit): string {
  const start = offsetAt(text, edit.range.start);
  const end = offsetAt(text, edit.range.end);
  return text.slice(0, start) + edit.text + text.slice(end);
}

/** Where a position of the text before `edit` lies after it (positions inside the edit go to its end). */
export function mapPosition(position: Range['start'], edit: TextEdit): Range['start'] {
  const { start, end } = edit.range;
  if (before(position, start) && !(position.line === start.line && position.character === start.character)) return position;
  const inserted = edit.text.split(/\r\n|\r|\n/);
  const endAfter = {
    line: start.line + inserted.length - 1,
    character: (inserted.length === 1 ? start.character : 0) + inserted[inserted.length - 1].length,
  };
  if (before(position, end)) return endAfter;
  if (position.line === end.line) return { line: endAfter.line, character: endAfter.character + position.character - end.character };
  return { line: position.line + endAfter.line - end.line, character: position.character };
}

// ── Damage ───────────────────────────────────────────────────────────────────────────────────

/** Characters a PDF export or a paste can bring: every one is legal text the engine must survive. */
export const ODD_CHARACTERS = [
  '\u0000', // NUL
  '\u00a0', // NBSP
  '\u202f', // narrow NBSP
  '\ufeff', // BOM
  '\u0301', // combining acute accent
  'e\u0301', // decomposed é
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u2028', // line separator (not a line break for LSP)
  '😀', // astral emoji (a surrogate pair)
  '\ud83d', // a lone surrogate
  '\ufffd', // replacement character
  '\t',
  '\f',
  '«',
  '»',
  '(',
  ')',
  ':',
  ';',
  '€',
  '0',
  '9',
];

export type LineOp =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'truncate'; at: number; cut: number }
  | { kind: 'swap'; at: number }
  | { kind: 'blank'; at: number }
  | { kind: 'split'; at: number; cut: number };

export type CharOp = { kind: 'insert'; at: number; pos: number; what: number; times: number };

/** Damage inside a zone of lines: `at` is a fraction of the zone (0..1) so it survives shrinking. */
export const lineOpArb: fc.Arbitrary<LineOp> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('blank' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('split' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

export const charOpArb: fc.Arbitrary<CharOp> = fc.record({
  kind: fc.constant('insert' as const),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  pos: fc.double({ min: 0, max: 1, noNaN: true }),
  what: fc.nat({ max: ODD_CHARACTERS.length - 1 }),
  times: fc.integer({ min: 1, max: 3 }),
});

export interface Zone {
  from: number;
  to: number;
}

/** Lines of the vote blocks and of every table (imputation and annex) of a model: where damage hurts. */
export function damageZones(dossiers: readonly Dossier[]): Zone[] {
  const zones: Zone[] = [];
  const add = (range: Range | undefined) => {
    if (range) zones.push({ from: range.start.line, to: range.end.line });
  };
  for (const dossier of dossiers) {
    const d = dossier.deliberation;
    add(d.vote?.range);
    d.tables.forEach((t) => add(t.range));
    d.attendance.forEach((a) => add(a.range));
    dossier.reports.forEach((r) => r.tables.forEach((t) => add(t.range)));
    dossier.annexes.forEach((a) => a.tables.forEach((t) => add(t.range)));
  }
  return zones;
}

function pick(zone: Zone, at: number): number {
  return zone.from + Math.min(zone.to - zone.from, Math.floor(at * (zone.to - zone.from + 1)));
}

/** Applies line operations to the lines of `zone` (in place), keeping the zone's bounds updated. */
export function applyLineOps(lines: string[], zone: Zone, ops: readonly LineOp[]): void {
  let to = zone.to;
  for (const op of ops) {
    if (lines.length === 0) return;
    const i = Math.min(pick({ from: zone.from, to: Math.max(zone.from, to) }, op.at), lines.length - 1);
    switch (op.kind) {
      case 'delete':
        lines.splice(i, 1);
        to--;
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]);
        to++;
        break;
      case 'truncate':
        lines[i] = lines[i].slice(0, Math.floor(op.cut * lines[i].length));
        break;
      case 'swap':
        if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
        break;
      case 'blank':
        lines.splice(i, 0, '');
        to++;
        break;
      case 'split': {
        const cut = Math.floor(op.cut * lines[i].length);
        lines.splice(i, 1, lines[i].slice(0, cut), lines[i].slice(cut));
        to++;
        break;
      }
    }
  }
}

export function applyCharOps(lines: string[], zone: Zone, ops: readonly CharOp[]): void {
  for (const op of ops) {
    if (lines.length === 0) return;
    const i = Math.min(pick(zone, op.at), lines.length - 1);
    const line = lines[i];
    const pos = Math.floor(op.pos * (line.length + 1));
    lines[i] = line.slice(0, pos) + ODD_CHARACTERS[op.what].repeat(op.times) + line.slice(pos);
  }
}

export type Ending = 'lf' | 'crlf' | 'cr' | 'mixed';

export function withEndings(lines: readonly string[], ending: Ending, seed = 0): string {
  if (ending === 'lf') return lines.join('\n');
  if (ending === 'crlf') return lines.join('\r\n');
  if (ending === 'cr') return lines.join('\r');
  const breaks = ['\n', '\r\n', '\r'];
  let out = lines[0] ?? '';
  let previous = '';
  for (let k = 1; k < lines.length; k++) {
    let eol = breaks[(k * 7 + seed) % 3];
    // A lone CR, an empty line, then LF would read as one CRLF: the lines would merge.
    if (previous === '\r' && lines[k - 1] === '' && eol === '\n') eol = '\r\n';
    out += eol + lines[k];
    previous = eol;
  }
  return out;
}
