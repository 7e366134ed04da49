/**
 * Issue 8: quick fixes on mutated corpus files. Figures, dates and numbers of the real acts are
 * changed at random (a vote figure, `(Adopté)` flipped, a name dropped from a list, a date or an
 * article number retyped) so that rules fire; then every fix the diagnostics carry
 * (`data.fixes`) must lie inside the document, and applying a preferred one and re-analysing must
 * remove that diagnostic without adding another (a second application has nothing left to do).
 * The editor's code actions for the same diagnostics, and `source.fixAll`, are held to the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import type { Diagnostic } from '../../engine/diagnostics';
import { codeActions, fixAllEdits } from '../../engine/features/code-actions';
import type { Range } from '../../engine/model/types';
import { analyzeAll, applyEdit, editorLines, invariantViolations, mapPosition, rangeProblem, samples, type TextEdit } from './support';

const SEED = 8_000_008;

interface Fix {
  title: string;
  range: Range;
  text: string;
  preferred?: boolean;
  also?: { range: Range; text: string }[];
}

function fixesOf(d: Diagnostic): Fix[] {
  return Array.isArray(d.data?.fixes) ? (d.data.fixes as Fix[]) : [];
}

/** The edits of one fix, last first: applied in that order, each leaves the others' positions as they were. */
function lastFirst(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
}

/** Diagnostics as `code@line` keys, mapped through `edits` (a multiset, as a sorted list). */
function keys(diagnostics: readonly Diagnostic[], edits: readonly TextEdit[] = []): string[] {
  return diagnostics
    .map((d) => `${d.code}@${mapThrough(d.range.start, edits).line}`)
    .sort();
}

function mapThrough(position: Range['start'], edits: readonly TextEdit[]): Range['start'] {
  return lastFirst(edits).reduce((p, edit) => mapPosition(p, edit), position);
}

/** `after` holds nothing that `before` (mapped) did not: returns the new keys. */
function added(before: string[], after: string[]): string[] {
  const pool = new Map<string, number>();
  for (const k of before) pool.set(k, (pool.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of after) {
    const n = pool.get(k) ?? 0;
    if (n > 0) pool.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

function analyze(text: string): Diagnostic[] {
  return createAnalyzer().analyze(text, { uri: 'file:///fuzz.txt' }).diagnostics;
}

// ── Mutations ────────────────────────────────────────────────────────────────────────────────

type Mutation =
  | { kind: 'figure'; line: number; which: number; value: number }
  | { kind: 'outcome'; line: number }
  | { kind: 'dropName'; line: number; which: number }
  | { kind: 'deleteLine'; line: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('figure' as const), line: fc.nat(), which: fc.nat(), value: fc.nat({ max: 2100 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('outcome' as const), line: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dropName' as const), line: fc.nat(), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }) },
);

interface Target {
  name: string;
  lines: string[];
  /** Lines of the deliberations (and report headers), where rules look. */
  figures: number[];
  outcomes: number[];
  lists: number[];
  voteLines: number[];
}

let targets: Target[] | undefined;

function allTargets(): Target[] {
  targets ??= samples().map((s) => {
    const lines = s.text.split('\n');
    const { result } = analyzeAll(s.text);
    const figures: number[] = [];
    const voteLines: number[] = [];
    const lists: number[] = [];
    const outcomes: number[] = [];
    for (const dossier of result.dossiers) {
      const d = dossier.deliberation;
      for (let i = d.range.start.line; i <= d.range.end.line; i++) if (/\d/.test(lines[i])) figures.push(i);
      for (const r of dossier.reports) if (r.meetingDate) figures.push(r.meetingDate.range.start.line);
      if (dossier.stamp) figures.push(dossier.stamp.range.start.line, dossier.stamp.range.end.line);
      d.vote?.lines.forEach((l) => voteLines.push(l.range.start.line));
      if (d.vote?.outcome) outcomes.push(d.vote.outcome.range.start.line);
      for (const list of d.attendance) for (let i = list.range.start.line; i <= list.range.end.line; i++) lists.push(i);
    }
    return { name: s.name, lines, figures, outcomes, lists, voteLines };
  });
  return targets;
}

function pickLine(candidates: number[], n: number): number | undefined {
  return candidates.length > 0 ? candidates[n % candidates.length] : undefined;
}

function mutate(target: Target, mutations: readonly Mutation[]): string {
  const lines = target.lines.slice();
  for (const m of mutations) {
    switch (m.kind) {
      case 'figure': {
        const i = pickLine(target.figures, m.line);
        if (i === undefined) break;
        const runs = [...lines[i].matchAll(/\d+/g)];
        if (runs.length === 0) break;
        const run = runs[m.which % runs.length];
        const at = run.index ?? 0;
        lines[i] = lines[i].slice(0, at) + String(m.value) + lines[i].slice(at + run[0].length);
        break;
      }
      case 'outcome': {
        const i = pickLine(target.outcomes, m.line);
        if (i !== undefined) lines[i] = lines[i].replace(/Adopt[ée]/, 'Rejeté');
        break;
      }
      case 'dropName': {
        const i = pickLine(target.lists, m.line);
        if (i === undefined) break;
        const items = lines[i].split(',');
        if (items.length > 2) {
          items.splice(1 + (m.which % (items.length - 2)), 1);
          lines[i] = items.join(',');
        }
        break;
      }
      case 'deleteLine': {
        const i = pickLine(target.voteLines, m.line);
        if (i !== undefined) lines.splice(i, 1);
        break;
      }
    }
  }
  return lines.join('\n');
}

// ── Checks ───────────────────────────────────────────────────────────────────────────────────

/** Applies `fix` of `diagnostic` (with the edits it carries along) and says what went wrong, if anything. */
function checkPreferredFix(text: string, diagnostics: Diagnostic[], diagnostic: Diagnostic, fix: Fix): string[] {
  const edits: TextEdit[] = [{ range: fix.range, text: fix.text }, ...(fix.also ?? [])];
  const fixed = lastFirst(edits).reduce(applyEdit, text);
  let after: Diagnostic[];
  try {
    after = analyze(fixed);
  } catch (error) {
    return [`re-analysis threw after «${fix.title}»: ${error}`];
  }
  const problems: string[] = [];
  const target = `${diagnostic.code}@${mapThrough(diagnostic.range.start, edits).line}`;
  const remaining = keys(after);
  const expected = keys(diagnostics, edits);
  const k = expected.indexOf(target);
  if (k >= 0) expected.splice(k, 1);
  const extra = added(expected, remaining);
  if (extra.length > 0) {
    problems.push(
      `«${fix.title}» (${diagnostic.code} L${diagnostic.range.start.line + 1}: ${diagnostic.message}) left or added ${extra.join(', ')}: ` +
        after
          .filter((d) => extra.includes(`${d.code}@${d.range.start.line}`))
          .map((d) => `${d.code} L${d.range.start.line + 1} ${d.message}`)
          .join(' | '),
    );
  }
  return problems;
}

describe('quick fixes on mutated corpus files (fast-check, seeded)', () => {
  it('every fix lies inside the document; a preferred fix removes its diagnostic and adds none', () => {
    let fired = 0;
    let preferred = 0;
    const rules = new Set<string>();
    fc.assert(
      fc.property(fc.nat({ max: allTargets().length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (s, mutations) => {
        const target = allTargets()[s];
        const text = mutate(target, mutations);
        const analysis = analyzeAll(text);
        expect(invariantViolations(text, analysis), target.name).toEqual([]);
        const diagnostics = analysis.result.diagnostics;
        const lines = editorLines(text);
        const problems: string[] = [];
        for (const d of diagnostics) {
          for (const fix of fixesOf(d)) {
            fired++;
            const problem = [fix, ...(fix.also ?? [])].map((e) => rangeProblem(e.range, lines)).find(Boolean);
            if (problem) problems.push(`${d.code} fix «${fix.title}»: ${problem}`);
            else if (fix.preferred) {
              preferred++;
              rules.add(d.code);
              problems.push(...checkPreferredFix(text, diagnostics, d, fix));
            }
          }
        }
        expect(problems, target.name).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
    console.info(`fixes checked: ${fired}, preferred fixes applied: ${preferred}, rules: ${[...rules].sort().join(', ')}`);
    expect(preferred).toBeGreaterThan(50);
    expect(rules.size).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('code actions: every edit applies inside the document; a preferred quick fix removes its diagnostic', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.nat({ max: allTargets().length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (s, mutations) => {
        const target = allTargets()[s];
        const text = mutate(target, mutations);
        const result = createAnalyzer().analyze(text, { uri: 'file:///fuzz.txt' });
        const lines = editorLines(text);
        const input = { uri: 'file:///fuzz.txt', lines: result.lines, dossiers: result.dossiers, diagnostics: result.diagnostics, locale: 'fr' as const };
        const problems: string[] = [];
        for (const d of result.diagnostics) {
          const actions = codeActions(input, { range: d.range, diagnostics: [d] });
          for (const action of actions) {
            const edits = action.edit?.changes['file:///fuzz.txt'] ?? [];
            for (const e of edits) {
              const problem = rangeProblem(e.range, lines);
              if (problem) problems.push(`${d.code} action «${action.title}»: ${problem}`);
            }
            if (action.isPreferred && edits.length > 0) {
              checked++;
              const [first, ...also] = edits.map((e) => ({ range: e.range, text: e.newText }));
              problems.push(...checkPreferredFix(text, result.diagnostics, d, { title: action.title, ...first, also, preferred: true }));
            }
          }
        }
        expect(problems, target.name).toEqual([]);
      }),
      { seed: SEED + 1, numRuns: 150 },
    );
    console.info(`code actions: ${checked} preferred quick fixes applied`);
    expect(checked).toBeGreaterThan(30);
  }, 120_000);

  it('source.fixAll: the edits never overlap, and applying them leaves none of the fixed diagnostics', () => {
    let applied = 0;
    fc.assert(
      fc.property(fc.nat({ max: allTargets().length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (s, mutations) => {
        const target = allTargets()[s];
        const text = mutate(target, mutations);
        const result = createAnalyzer().analyze(text, { uri: 'file:///fuzz.txt' });
        const { edits, diagnostics: fixed } = fixAllEdits({ lines: result.lines, dossiers: result.dossiers, diagnostics: result.diagnostics, locale: 'fr' });
        if (edits.length === 0) return;
        const lines = editorLines(text);
        for (const e of edits) expect(rangeProblem(e.range, lines), target.name).toBeUndefined();
        // Apply from the end so that earlier ranges stay valid.
        const sorted = edits.slice().sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
        for (let k = 1; k < sorted.length; k++) {
          const later = sorted[k - 1].range.start;
          const end = sorted[k].range.end;
          expect(end.line < later.line || (end.line === later.line && end.character <= later.character), `${target.name}: overlapping edits`).toBe(true);
        }
        applied++;
        let out = text;
        for (const e of sorted) out = applyEdit(out, { range: e.range, text: e.newText });
        // Counted by code and message (lines move): each fixed diagnostic takes one away.
        const count = (list: readonly Diagnostic[]) => {
          const m = new Map<string, number>();
          for (const d of list) m.set(`${d.code}: ${d.message}`, (m.get(`${d.code}: ${d.message}`) ?? 0) + 1);
          return m;
        };
        const before = count(result.diagnostics);
        const after = count(analyze(out));
        const left = [...count(fixed)].filter(([key, n]) => (after.get(key) ?? 0) > (before.get(key) ?? 0) - n).map(([key]) => key);
        expect(left, target.name).toEqual([]);
      }),
      { seed: SEED + 2, numRuns: 150 },
    );
    console.info(`fix-all: ${applied} files fixed in one edit`);
    expect(applied).toBeGreaterThan(30);
  }, 120_000);
});
