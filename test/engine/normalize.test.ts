/**
 * `foldKey` and `foldBare` take a fast path for plain ASCII and lower-case without a locale. They
 * must fold exactly as the plain definition does (French lower-casing, NFC then NFD without marks)
 * on every line of the real corpus and on random Unicode text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldBare, foldKey, isBlankCode, startsWithOneOf } from '../../engine/text/normalize';
import { CORPUS, corpusLines, type CorpusId } from '../helpers';

function referenceKey(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f\u2007\ufeff]+/g, ' ')
    .trim()
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[–—]/g, '-')
    .toLocaleLowerCase('fr');
}

function referenceBare(text: string): string {
  return referenceKey(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

describe('folding', () => {
  it('folds every corpus line as the plain definition does', () => {
    let checked = 0;
    for (const id of Object.keys(CORPUS) as CorpusId[]) {
      for (const line of corpusLines(id)) {
        if (foldKey(line) !== referenceKey(line) || foldBare(line) !== referenceBare(line)) {
          expect({ line, key: foldKey(line), bare: foldBare(line) }).toEqual({ line, key: referenceKey(line), bare: referenceBare(line) });
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(45_000);
  });

  it('folds random text, ASCII or not, as the plain definition does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '  ', '\t', '`', '’', 'É', 'é', 'e\u0301', 'İ', 'ß', 'Σ', 'ſ', '\u00a0', '—', '1', '.', 'Ⅸ') });
    fc.assert(
      fc.property(text, (t) => foldKey(t) === referenceKey(t) && foldBare(t) === referenceBare(t)),
      { seed: 20_261_123, numRuns: 3000 },
    );
  });

  it('folds random Latin text character by character as the plain definition does', () => {
    const latin = fc.integer({ min: 0x20, max: 0x24f }).map((code) => String.fromCharCode(code));
    const text = fc.string({ unit: fc.oneof(latin, fc.constantFrom(' ', '\t', '\u00a0', '’', '‘', '–', '—', 'e\u0301', 'Σ')) });
    fc.assert(
      fc.property(text, (t) => foldBare(t) === referenceBare(t)),
      { seed: 20_261_205, numRuns: 5000 },
    );
  });

  it('tells blanks by code as `\\s` does', () => {
    const disagree: string[] = [];
    for (let code = 0; code < 0x10000; code++) if (isBlankCode(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code.toString(16));
    expect(disagree).toEqual([]);
    expect(startsWithOneOf('  \u00a0Département', 'Dd')).toBe(true);
    expect(startsWithOneOf('  Le Département', 'Dd')).toBe(false);
    expect(startsWithOneOf('   ', 'Dd')).toBe(false);
  });
});
