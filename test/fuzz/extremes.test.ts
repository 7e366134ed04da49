/**
 * Issue 8: extreme input, 2 MB at a time. 20 000-character lines in every block of a dossier,
 * 50 000-digit numbers where figures go, thousands of lines inside one block (a vote block, a name
 * list, a visa block, a table), files made only of `Vu ` or `TOTAL` lines, binary garbage. Each
 * input is analysed without a throw, keeps the range invariants, gives the same diagnostics when
 * analysed again, and loses no dossier and splits none: each copy of a dossier whose header is
 * intact is still a dossier of its own, starting on its first line.
 *
 * These tests assert results, not durations. Each input's time per kilobyte against the real
 * corpus's (the bound was 20×) is measured by `npm run bench` (bench/linearity.mjs). An analysis
 * that really hangs is still caught here, by the test timeout (vitest's 30 s, vitest.config.ts;
 * 120 s for each 2 MB input, analysed twice on a machine that may be loaded).
 */
import { describe, expect, it } from 'vitest';
import { analyzeAll, corpus, invariantViolations } from './support';

const TARGET = 2_000_000;

const DOSSIER = corpus('000').split('\n');

/** Lines of 000 that open a block: where a long line hurts most. */
const LANDMARK = /^\s*(?:DEPARTEMENT|DELIBERATION|REUNION|PRESIDENCE|Secrétaire|Étaient|Excusé|Assistant|\(N°|La Commission|Vu |Après|DECIDE|Article|La  dépense|Code|Libellé|C03|Dans les|Pour  :|Contre|Abstention|\(Adopté|LE PRESIDENT|ARRAS|Signé|RAPPORT|REUNION|La \d|Je vous prie|SIGNE|CP20|\d[\d ]*,\d\d)/;
const LANDMARKS = DOSSIER.map((text, i) => (LANDMARK.test(text) ? i : -1)).filter((i) => i >= 0);

const LONG_FILLERS: ((n: number) => string)[] = [
  (n) => ' '.repeat(n) + 'x',
  (n) => '\t'.repeat(n),
  (n) => '1'.repeat(n),
  (n) => '1 000,00 '.repeat(n / 9),
  (n) => 'M. '.repeat(n / 3),
  (n) => '« '.repeat(n / 2),
  (n) => 'Vu '.repeat(n / 3),
  (n) => 'Mme Jeanne DUPONT, '.repeat(n / 19),
  (n) => '(Groupe ; '.repeat(n / 10),
  (n) => 'TOTAL 1 000 € '.repeat(n / 14),
  (n) => ' '.repeat(n / 2) + 'R' + '\t'.repeat(n / 2) + '\u2028x',
];

function repeatTo(unit: string, size = TARGET): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

/** The lines of 000's header, before the secretary's line: where a dossier is recognised. */
const HEADER = DOSSIER.findIndex((line) => /^Secrétaire/.test(line));

/** Copies of 000, each with two landmark lines lengthened by 20 000 characters of a filler. */
function longLines(): Input {
  const copies: string[] = [];
  const starts: number[] = [];
  const every: number[] = [];
  let line = 0;
  let size = 0;
  for (let k = 0; size < TARGET; k++) {
    const lines = DOSSIER.slice();
    const lengthened = [2 * k, 2 * k + 1].map((j) => LANDMARKS[j % LANDMARKS.length]);
    lengthened.forEach((at, i) => (lines[at] += LONG_FILLERS[(2 * k + i) % LONG_FILLERS.length](20_000)));
    // A header line lengthened by a filler glued to it (`… 20221111…`) may stop reading as a header:
    // such a copy may continue the dossier before it. Every other copy starts a dossier of its own.
    if (lengthened.every((at) => at >= HEADER)) starts.push(line);
    every.push(line);
    const text = lines.join('\n');
    copies.push(text);
    line += lines.length;
    size += text.length;
  }
  return { text: copies.join('\n'), dossiers: { required: starts, allowed: every } };
}

/** Copies of 000 with 50 000-digit figures: votes, amounts, numbers, dates. */
function hugeNumbers(): Input {
  const digits = '9'.repeat(50_000);
  const one = corpus('000')
    .replace('Pour  :  43', `Pour  :  ${digits}`)
    .replace('Contre : 0', `Contre : ${digits}`)
    .replace('150 000,00 150 000,00', `${digits},00 ${digits}`)
    .replace('(N°2022-372)', `(N°${digits}-372)`)
    .replace('RAPPORT N°53', `RAPPORT N°${digits}`)
    .replace('REUNION DU 27 SEPTEMBRE 2022', `REUNION DU 27 SEPTEMBRE ${digits}`);
  expect(one.length).toBeGreaterThan(corpus('000').length + 250_000);
  const text = repeatTo(one + '\n');
  const height = one.split('\n').length;
  const starts = Array.from({ length: Math.ceil(TARGET / (one.length + 1)) }, (_, k) => k * height);
  return { text, dossiers: { required: starts, allowed: starts } };
}

/** One dossier whose blocks hold thousands of lines each (400 KB per block). */
function hugeBlocks(): Input {
  const block = (unit: string) => repeatTo(unit, TARGET / 5).split('\n').slice(0, -1);
  const lines = DOSSIER.slice();
  const insert = (find: RegExp, extra: string[]) => {
    const at = lines.findIndex((l) => find.test(l));
    expect(at, String(find)).toBeGreaterThanOrEqual(0);
    lines.splice(at + 1, 0, ...extra);
  };
  // Bottom up, so that the earlier anchors keep their places.
  insert(/^RAPPORT N°53/, block('TOTAL 1 000 €\n'));
  insert(/^Pour  :/, block('Pour : 44 voix (Groupe ; Groupe)\n'));
  insert(/^Libellé Opération/, block('C03-221J02 6574//93311 Subvention 18 998,50 18 998,50\n'));
  insert(/^Vu /, block('Vu le code général des collectivités territoriales ;\n'));
  insert(/^Étaient/, block('M. Jean DUPONT, Mme Jeanne DURAND,\n'));
  return { text: lines.join('\n'), dossiers: { required: [0], allowed: [0] } };
}

/** Bytes of a binary file read as text (what an editor shows for a PDF opened by mistake). */
function binary(): Input {
  let seed = 42;
  const chars: string[] = [];
  for (let i = 0; i < TARGET / 4; i++) {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    chars.push(String.fromCharCode(seed >>> 24));
  }
  return none(repeatTo(chars.join('')));
}

/** An input, the first lines of the dossiers it must yield, and the lines where one may start. */
interface Input {
  text: string;
  dossiers: { required: number[]; allowed: number[] };
}

/** A text without a deliberation header: no dossier. */
const none = (text: string): Input => ({ text, dossiers: { required: [], allowed: [] } });

const INPUTS: Record<string, () => Input> = {
  '20 000-character lines in every block (2 per dossier copy)': longLines,
  '50 000-digit numbers in votes, tables, numbers and dates': hugeNumbers,
  'thousands of lines in one vote block, name list, visa block, table and annex': hugeBlocks,
  'a file of only `Vu ` lines': () => none(repeatTo('Vu \n')),
  'a file of only `TOTAL` lines': () => none(repeatTo('TOTAL\n')),
  'binary content': binary,
  'one 2 MB line of prose, no line break': () => none(repeatTo('D’attribuer les subventions, pour un montant total de 14 570 €, aux bénéficiaires ')),
};

describe('2 MB of extreme input (analysed whole, nothing lost)', () => {
  for (const [name, make] of Object.entries(INPUTS)) {
    it(name, () => {
      const { text, dossiers } = make();
      expect(text.length).toBeGreaterThanOrEqual(TARGET * 0.95);
      const analysis = analyzeAll(text);
      const { result } = analysis;
      expect(Array.isArray(result.diagnostics)).toBe(true);
      expect(invariantViolations(text, analysis).slice(0, 5)).toEqual([]);
      // No dossier lost, none split: each expected one starts where its copy does, and none elsewhere.
      const starts = result.dossiers.map((d) => d.range.start.line);
      expect(dossiers.required.filter((line) => !starts.includes(line))).toEqual([]);
      expect(starts.filter((line) => !dossiers.allowed.includes(line))).toEqual([]);
      // The same text analysed again gives the same diagnostics.
      const again = analyzeAll(text).result;
      expect(again.dossiers.length).toBe(result.dossiers.length);
      expect(JSON.stringify(again.diagnostics)).toBe(JSON.stringify(result.diagnostics));
    }, 120_000);
  }
});
