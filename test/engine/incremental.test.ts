/**
 * `analyzer.update(changes)` — the editor's incremental changes — gives exactly what a fresh
 * `analyze` of the new text gives, while re-parsing only the dossiers an edit touched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type TextChange } from '../../engine/analyzer';
import { corpusText } from '../helpers';

function applyChanges(text: string, changes: readonly TextChange[]): string {
  let lines = text.split(/\r\n|\r|\n/);
  for (const change of changes) {
    if (!change.range) {
      lines = change.text.split(/\r\n|\r|\n/);
      continue;
    }
    const { start, end } = change.range;
    const before = lines[start.line].slice(0, start.character);
    const after = lines[end.line].slice(end.character);
    lines.splice(start.line, end.line - start.line + 1, ...(before + change.text + after).split(/\r\n|\r|\n/));
  }
  return lines.join('\n');
}

describe('incremental update', () => {
  const session = corpusText('003');

  it('re-parses only the dossier a keystroke touched', () => {
    const analyzer = createAnalyzer();
    analyzer.analyze(session);
    const line = 4079; // L4080, 2022-86 article 1
    const result = analyzer.update([{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: 'x' }]);
    expect(analyzer.stats).toEqual({ parsed: 1, reused: 28 });
    expect(result.lines[line].slice(0, 5)).toBe(session.split('\n')[line].slice(0, 3) + 'x' + session.split('\n')[line][3]);
  });

  it('splits a dossier when a header is typed, and merges back when it is deleted', () => {
    const small = `${corpusText('000')}\n${corpusText('004')}`;
    const analyzer = createAnalyzer();
    expect(analyzer.analyze(small).dossiers).toHaveLength(2);
    // Remove 004's header line (L222 of the joined text): its deliberation now belongs to 000's dossier.
    const header = small.split('\n').indexOf(' DEPARTEMENT DU PAS-DE-CALAIS', 150);
    const merged = analyzer.update([{ range: { start: { line: header, character: 0 }, end: { line: header, character: 29 } }, text: '' }]);
    expect(merged.dossiers).toHaveLength(1);
    const split = analyzer.update([{ range: { start: { line: header, character: 0 }, end: { line: header, character: 0 } }, text: ' DEPARTEMENT DU PAS-DE-CALAIS' }]);
    expect(split.dossiers).toHaveLength(2);
    expect(split).toEqual(createAnalyzer().analyze(small));
  });

  it('equals a fresh analysis after any sequence of edits (property)', () => {
    const base = `${corpusText('000')}\n${corpusText('002')}\n${corpusText('004')}`;
    const baseLines = base.split('\n');
    const fragments = ['', 'x', '\n', '43', ' DEPARTEMENT DU PAS-DE-CALAIS\n\nDELIBERATION DE LA COMMISSION PERMANENTE\n', 'Article 2 :\n', '%% delibera-disable vote-total -- test\n', 'Pour : 12 voix\r\n', '\n\n\n'];
    const change = fc.record({
      line: fc.nat(baseLines.length + 50),
      character: fc.nat(90),
      length: fc.nat(3),
      span: fc.nat(120),
      text: fc.constantFrom(...fragments),
    });
    fc.assert(
      fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (batches) => {
        const analyzer = createAnalyzer();
        let text = base;
        analyzer.analyze(text);
        for (const batch of batches) {
          const changes: TextChange[] = [];
          let lines = text.split('\n');
          let current = text;
          for (const c of batch) {
            const line = c.line % lines.length;
            const endLine = Math.min(lines.length - 1, line + c.length);
            const character = Math.min(c.character, lines[line].length);
            const endCharacter = endLine === line ? Math.min(lines[line].length, character + c.span) : Math.min(c.span, lines[endLine].length);
            const one = { range: { start: { line, character }, end: { line: endLine, character: endCharacter } }, text: c.text };
            changes.push(one);
            current = applyChanges(current, [one]);
            lines = current.split('\n');
          }
          const result = analyzer.update(changes);
          text = current;
          const fresh = createAnalyzer().analyze(text);
          expect(result.lines.join('\n')).toBe(text);
          expect(result.dossiers).toEqual(fresh.dossiers);
          expect(result.diagnostics).toEqual(fresh.diagnostics);
        }
      }),
      { seed: 20261123, numRuns: 60 },
    );
  });

  it('accepts a whole-text change, and refuses a range change with no text yet', () => {
    const analyzer = createAnalyzer();
    expect(() => analyzer.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }])).toThrow(/analyze/);
    expect(analyzer.update([{ text: corpusText('000') }]).dossiers).toHaveLength(1);
  });
});
