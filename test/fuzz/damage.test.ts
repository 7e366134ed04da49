/**
 * Issue 8: damaged copies of the real corpus. Lines deleted, duplicated, truncated, swapped or split
 * inside vote blocks, attendance lists and tables; odd characters (NUL, NBSP, BOM, combining
 * accents, RTL marks, emoji, lone surrogates, U+FFFD) dropped anywhere; CRLF, lone-CR and mixed line
 * endings; tabs for spaces. Whatever the damage, the analysis returns, and every range it gives (the
 * diagnostics, their fixes, the whole model, the outline) lies inside the document.
 *
 * Seeded: a failure prints its seed and the shrunk counterexample, and re-running gives the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeAll,
  applyCharOps,
  applyLineOps,
  charOpArb,
  damageZones,
  editorLines,
  invariantViolations,
  lineOpArb,
  samples,
  withEndings,
  type Ending,
  type Zone,
} from './support';

const SEED = 20_240_811;

interface Prepared {
  name: string;
  lines: string[];
  zones: Zone[];
}

let prepared: Prepared[] | undefined;

function corpusSamples(): Prepared[] {
  prepared ??= samples().map((s) => {
    const lines = s.text.split('\n');
    const zones = damageZones(analyzeAll(s.text).result.dossiers);
    return { name: s.name, lines, zones: zones.length > 0 ? zones : [{ from: 0, to: lines.length - 1 }] };
  });
  return prepared;
}

/** Analyses `text` and returns what went wrong: a throw, or the violated invariants. */
function problemsOf(text: string): string[] {
  let analysis;
  try {
    analysis = analyzeAll(text);
  } catch (error) {
    return [`threw: ${(error as Error)?.stack ?? error}`];
  }
  return invariantViolations(text, analysis);
}

const sampleIndex = () => fc.nat({ max: corpusSamples().length - 1 });

describe('damaged corpus copies (fast-check, seeded)', () => {
  it('lines deleted, duplicated, truncated, swapped, split inside vote blocks, name lists and tables', () => {
    fc.assert(
      fc.property(sampleIndex(), fc.nat(), fc.array(lineOpArb, { minLength: 1, maxLength: 8 }), (s, z, ops) => {
        const sample = corpusSamples()[s];
        const lines = sample.lines.slice();
        applyLineOps(lines, sample.zones[z % sample.zones.length], ops);
        const text = lines.join('\n');
        expect(problemsOf(text), sample.name).toEqual([]);
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  it('odd characters inserted anywhere in those blocks (NUL, NBSP, BOM, combining, RTL, emoji, U+FFFD…)', () => {
    fc.assert(
      fc.property(sampleIndex(), fc.nat(), fc.array(charOpArb, { minLength: 1, maxLength: 12 }), (s, z, ops) => {
        const sample = corpusSamples()[s];
        const lines = sample.lines.slice();
        applyCharOps(lines, sample.zones[z % sample.zones.length], ops);
        expect(problemsOf(lines.join('\n')), sample.name).toEqual([]);
      }),
      { seed: SEED + 1, numRuns: 250 },
    );
  });

  it('both kinds of damage at once, with CRLF, lone-CR or mixed line endings and tabs', () => {
    const ending = fc.constantFrom<Ending>('lf', 'crlf', 'cr', 'mixed');
    fc.assert(
      fc.property(
        sampleIndex(),
        fc.nat(),
        fc.array(lineOpArb, { maxLength: 5 }),
        fc.array(charOpArb, { maxLength: 6 }),
        ending,
        fc.boolean(),
        (s, z, lineOps, charOps, eol, tabs) => {
          const sample = corpusSamples()[s];
          const zone = sample.zones[z % sample.zones.length];
          let lines = sample.lines.slice();
          applyCharOps(lines, zone, charOps);
          applyLineOps(lines, zone, lineOps);
          if (tabs) lines = lines.map((l) => l.replace(/ {2}/g, '\t'));
          const text = withEndings(lines, eol, s);
          expect(problemsOf(text), sample.name).toEqual([]);
        },
      ),
      { seed: SEED + 2, numRuns: 200 },
    );
  });

  it('gives the same diagnostics whatever the line endings (LF, CRLF, CR, mixed)', () => {
    for (const sample of corpusSamples()) {
      const reference = analyzeAll(sample.lines.join('\n')).result.diagnostics;
      for (const eol of ['crlf', 'cr', 'mixed'] as const) {
        const text = withEndings(sample.lines, eol, 1);
        const analysis = analyzeAll(text);
        expect(invariantViolations(text, analysis), `${sample.name} ${eol}`).toEqual([]);
        expect(analysis.result.diagnostics, `${sample.name} ${eol}`).toEqual(reference);
      }
    }
  });

  it('survives a random token soup built from the corpus vocabulary', () => {
    // Words, figures and labels of the real acts in random order: every block parser sees its
    // landmarks in the wrong places.
    const vocabulary = [
      ...new Set(
        corpusSamples()
          .slice(0, 4)
          .flatMap((s) => s.lines)
          .flatMap((l) => l.split(/\s+/))
          .filter((w) => w !== ''),
      ),
      'Vu', 'DECIDE :', 'Article 1 :', 'Pour :', 'Contre :', 'Abstention :', '(Adopté)', 'TOTAL', 'Étaient présents :',
      'Excusé(s) :', 'Absent(s) :', 'DEPARTEMENT DU PAS-DE-CALAIS', 'DELIBERATION DE LA COMMISSION PERMANENTE', 'RAPPORT N°12',
      'REUNION DU 21 MARS 2022', '(N°2022-80)', 'LE PRESIDENT DU CONSEIL DEPARTEMENTAL,', 'Dans les conditions de vote ci-dessous :',
      '1 / 3', 'CP20220321-12', '%% delibera-disable', '«', '»', '\n', '\n', '\n', '\n', '\n\n',
    ];
    const token = fc.constantFrom(...vocabulary);
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 600 }), fc.constantFrom(' ', '  ', '\t', ''), (tokens, sep) => {
        const text = tokens.join(sep);
        expect(problemsOf(text)).toEqual([]);
      }),
      { seed: SEED + 3, numRuns: 300 },
    );
  });

  it('survives arbitrary Unicode strings (lone surrogates, controls, every plane)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(problemsOf(text)).toEqual([]);
      }),
      { seed: SEED + 4, numRuns: 300 },
    );
  });

  it('keeps the line count the editor sees, for every line break LSP knows', () => {
    const text = 'a\r\nb\rc\nd\u2028e\u0085f';
    expect(analyzeAll(text).result.lines).toEqual(editorLines(text));
  });
});
