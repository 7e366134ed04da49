/**
 * Suppression directives and folding regions written as `%%` comment lines (docs/comments.md):
 * `%% delibera-disable-next-line rule-a, rule-b -- reason`, `%% delibera-disable rule -- reason` …
 * `%% delibera-enable rule`, `%% region name` … `%% endregion`.
 */
import { lineRange, type Range } from './lines';

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason?: string;
  line: number;
  range: Range;
}

export interface Suppressions {
  directives: Directive[];
  /** Is a diagnostic of `rule` starting on `line` silenced? */
  suppresses(rule: string, line: number): boolean;
}

const DIRECTIVE = /^\s*%%\s*delibera-(disable-next-line|disable|enable)(?=\s|$)(.*)$/;
const REGION = /^\s*%%\s*(region|endregion)\b/;

function parseDirective(text: string, line: number): Directive | undefined {
  if (text.length > 1000) return undefined;
  const m = DIRECTIVE.exec(text);
  if (!m) return undefined;
  const rest = m[2];
  const cut = rest.indexOf(' -- ');
  const ids = cut >= 0 ? rest.slice(0, cut) : rest;
  const reason = cut >= 0 ? rest.slice(cut + 4).trim() : undefined;
  return {
    kind: m[1] as Directive['kind'],
    rules: ids.split(/[\s,]+/).filter(Boolean),
    reason: reason || undefined,
    line,
    range: lineRange(line, text.length - text.trimStart().length, text.trimEnd().length),
  };
}

/** The lines that hold `%%`, ascending: the only ones a directive can be on. */
export function commentLines(lines: readonly string[], from = 0, to = lines.length - 1): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, from); i <= to && i < lines.length; i++) if (lines[i].indexOf('%%') >= 0) out.push(i);
  return out;
}

/**
 * Directives on lines [from, to]; a `disable` runs to its `enable` or to `to` (the dossier's end).
 * `comments`, when the caller keeps it, lists the lines holding `%%` (`commentLines`), sparing a scan.
 */
export function readSuppressions(lines: readonly string[], from = 0, to = lines.length - 1, comments?: readonly number[]): Suppressions {
  const directives: Directive[] = [];
  const candidates = comments ?? commentLines(lines, from, to);
  for (let k = firstAtOrAfter(candidates, from); k < candidates.length && candidates[k] <= to && candidates[k] < lines.length; k++) {
    const directive = parseDirective(lines[candidates[k]], candidates[k]);
    if (directive) directives.push(directive);
  }
  // Several directives may aim at the same line (one per rule silenced there).
  const nextLine = new Map<number, Directive[]>();
  for (const d of directives) {
    if (d.kind !== 'disable-next-line') continue;
    let target = d.line + 1;
    while (target <= to && target < lines.length && /^\s*%%/.test(lines[target])) target++;
    const list = nextLine.get(target);
    if (list) list.push(d);
    else nextLine.set(target, [d]);
  }
  const blocks = directives.filter((d) => d.kind !== 'disable-next-line');
  const covers = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule);
  return {
    directives,
    suppresses(rule, line) {
      if (nextLine.get(line)?.some((d) => covers(d, rule))) return true;
      let disabled = false;
      for (const d of blocks) {
        if (d.line >= line) break;
        if (covers(d, rule)) disabled = d.kind === 'disable';
      }
      return disabled;
    },
  };
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface RegionMarker {
  startLine: number;
  endLine: number;
}

/** `%% region` … `%% endregion` pairs, nested. */
export function regionMarkers(lines: readonly string[]): RegionMarker[] {
  const open: number[] = [];
  const out: RegionMarker[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].indexOf('%%') < 0) continue;
    const m = REGION.exec(lines[i]);
    if (!m) continue;
    if (m[1] === 'region') open.push(i);
    else if (open.length > 0) out.push({ startLine: open.pop()!, endLine: i });
  }
  return out;
}
