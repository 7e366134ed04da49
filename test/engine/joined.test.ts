/**
 * `joinLines` keeps its source mapping per run of characters copied from one line. It must give
 * every character the same source position as the obvious per-character reference below, on the
 * real corpus and on random lines full of odd blanks and hyphens.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines, type JoinOptions, type LineSlice } from '../../engine/text/joined';
import type { Position } from '../../engine/text/lines';
import { CORPUS, corpusLines, type CorpusId } from '../helpers';

/** One character at a time: blanks collapse to a space standing for the first blank of the run. */
function reference(lines: readonly string[], slices: readonly (number | LineSlice)[], options: JoinOptions): { text: string; at: Position[] } {
  const chars: string[] = [];
  const at: Position[] = [];
  let pending: Position | undefined;
  for (const item of slices) {
    const slice = typeof item === 'number' ? { line: item } : item;
    const source = lines[slice.line] ?? '';
    const from = Math.max(0, slice.from ?? 0);
    const to = Math.min(slice.to ?? source.length, source.length);
    const n = chars.length;
    if (chars[n - 1] === '-' && (options.hyphenJoin === true || (options.hyphenJoin === 'word' && n > 1 && chars[n - 2] !== ' '))) pending = undefined;
    for (let c = from; c < to; c++) {
      if (/\s/.test(source[c])) {
        if (chars.length > 0 && !pending) pending = { line: slice.line, character: c };
        continue;
      }
      if (pending) {
        chars.push(' ');
        at.push(pending);
        pending = undefined;
      }
      chars.push(source[c]);
      at.push({ line: slice.line, character: c });
    }
    if (chars.length > 0 && !pending) pending = { line: slice.line, character: to };
  }
  return { text: chars.join(''), at };
}

function expectSameAsReference(lines: readonly string[], slices: readonly (number | LineSlice)[], options: JoinOptions = {}): void {
  const joined = joinLines(lines, slices, options);
  const expected = reference(lines, slices, options);
  expect(joined.text).toBe(expected.text);
  const mismatch = expected.at.findIndex((p, i) => {
    const got = joined.positionAt(i);
    return got.line !== p.line || got.character !== p.character;
  });
  expect(mismatch === -1 ? undefined : { offset: mismatch, got: joined.positionAt(mismatch), expected: expected.at[mismatch] }).toBeUndefined();
  const lines_ = expected.at.map((p) => p.line);
  expect(joined.linesAt(0, joined.length)).toEqual(lines_.filter((line, i) => i === 0 || line !== lines_[i - 1]));
}

describe('joinLines', () => {
  it('maps every character of a whole corpus file like the per-character reference', () => {
    for (const name of Object.keys(CORPUS) as CorpusId[]) {
      const lines = corpusLines(name);
      const slices = lines.map((_, i) => i);
      expectSameAsReference(lines, slices, { hyphenJoin: 'word' });
      expectSameAsReference(lines, slices, { hyphenJoin: true });
    }
  });

  it('agrees with the reference on random lines, slices and hyphens', () => {
    const char = fc.constantFrom('a', 'B', 'é', '-', ' ', '  ', '\t', '\u00a0', '\u202f', '\u2007', '\ufeff', '\u2028', '1', '€', ',');
    const line = fc.array(char, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(14), fc.nat(14)), { maxLength: 8 }),
        fc.constantFrom<JoinOptions['hyphenJoin']>(undefined, true, 'word'),
        (lines, picks, hyphenJoin) => {
          const slices = picks.map(([line, a, b]) => (a % 3 === 0 ? line : { line, from: Math.min(a, b), to: Math.max(a, b) }));
          expectSameAsReference(lines, slices, { hyphenJoin });
        },
      ),
      { seed: 20_261_123, numRuns: 2000 },
    );
  });
});
