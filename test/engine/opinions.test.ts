import { describe, expect, it } from 'vitest';
import { parseOpinions } from '../../engine/model/opinions';
import type { CommissionOpinion, Range } from '../../engine/model/types';
import { regionOf } from '../../engine/text/region';
import { corpusLines } from '../helpers';

const [F000, F001, F002, F003, F004] = (['000', '001', '002', '003', '004'] as const).map(corpusLines);

const HEADER = /^\s*DEPARTEMENT DU PAS-DE-CALAIS\s*$/;

/** The report whose `RAPPORT N°` line is `line` (1-based), up to the next header line or the end. */
function opinionsOfReport(lines: string[], line: number): CommissionOpinion[] {
  if (!/^RAPPORT N°/.test(lines[line - 1])) throw new Error(`no report at L${line}`);
  let end = line;
  while (end < lines.length && !HEADER.test(lines[end])) end++;
  return parseOpinions(regionOf(lines, line - 1, end - 1));
}

const brief = (o: CommissionOpinion) => [o.kind, o.ordinal, o.date?.text, o.favourable];

function at(lines: string[], line: number, needle: string): Range {
  const character = lines[line - 1].indexOf(needle);
  if (character < 0) throw new Error(`"${needle}" not on L${line}`);
  return { start: { line: line - 1, character }, end: { line: line - 1, character: character + needle.length } };
}

describe('parseOpinions on the corpus', () => {
  it('reads the opinion of 000 RAPPORT N°53 (L211–212)', () => {
    const [o] = opinionsOfReport(F000, 111);
    expect(o).toEqual({
      ordinal: 3,
      name: 'Education, Culture, Sport et Citoyenneté',
      date: { date: { year: 2022, month: 9, day: 5 }, text: '05/09/2022', range: at(F000, 212, '05/09/2022') },
      kind: 'avis',
      favourable: true,
      text: 'La 3ème Commission - Education, Culture, Sport et Citoyenneté a émis un avis favorable sur ce rapport lors de sa réunion du 05/09/2022.',
      range: { start: { line: 210, character: 0 }, end: { line: 211, character: F000[211].indexOf('.') + 1 } },
    });
  });

  it('reads the opinions of 001, 002 (extra spaces, L345) and 004 (three commissions)', () => {
    expect(opinionsOfReport(F001, 377).map(brief)).toEqual([['avis', 3, '25/11/2024', true]]);
    const o002 = opinionsOfReport(F002, 175);
    expect(o002.map(brief)).toEqual([
      ['avis', 1, '21/06/2022', true],
      ['avis', 6, '21/06/2022', true],
    ]);
    expect(o002[0].name).toBe('Attractivité départementale et emploi');
    expect(o002[0].range.start).toEqual({ line: 344, character: 0 });
    expect(o002[1].name).toBe('Finances et Service Public Départemental');
    expect(o002[1].date?.range).toEqual(at(F002, 349, '21/06/2022'));
    const o004 = opinionsOfReport(F004, 264);
    expect(o004.map(brief)).toEqual([
      ['avis', 2, '04/05/2023', true],
      ['avis', 1, '02/05/2023', true],
      ['avis', 6, '02/05/2023', true],
    ]);
    expect(o004.map((o) => o.range.start.line + 1)).toEqual([319, 322, 325]);
  });

  it('reads a sample of 003 reports', () => {
    // RAPPORT N°22 (L807–808), N°24 both copies (L1434, L1529), N°30 (L5698), N°37 (L9708–9709: `a émis un`⏎`avis`),
    // N°42 (L13155–13156), N°47 two commissions (L34080–34084), N°49 (L43891).
    const sample: [number, (string | number | boolean | undefined)[][], number[]][] = [
      [766, [['avis', 2, '07/03/2022', true]], [807]],
      [1362, [['avis', 3, '07/03/2022', true]], [1434]],
      [1450, [['avis', 3, '07/03/2022', true]], [1529]],
      [5628, [['avis', 2, '07/03/2022', true]], [5698]],
      [9629, [['avis', 4, '07/03/2022', true]], [9708]],
      [13080, [['avis', 4, '07/03/2022', true]], [13155]],
      [33857, [['avis', 2, '07/03/2022', true], ['avis', 1, '07/03/2022', true]], [34080, 34083]],
      [43744, [['avis', 2, '07/03/2022', true]], [43891]],
    ];
    for (const [line, expected, starts] of sample) {
      const ops = opinionsOfReport(F003, line);
      expect(ops.map(brief), `RAPPORT at L${line}`).toEqual(expected);
      expect(ops.map((o) => o.range.start.line + 1)).toEqual(starts);
    }
    expect(opinionsOfReport(F003, 9629)[0].name).toBe('Equipement et développement des territoires');
  });

  it('reads the commissions informed of RAPPORT N°36 (L8381–8388)', () => {
    const ops = opinionsOfReport(F003, 8222);
    expect(ops.map(brief)).toEqual([
      ['avis', 5, '07/03/2022', true],
      ['informe', 1, '07/03/2022', false],
      ['informe', 4, '07/03/2022', false],
    ]);
    expect(ops[0].name).toBe('Solidarité territoriale et partenariats');
    expect(ops[1].name).toBe('Attractivité départementale et emploi');
    expect(ops[1].date?.range).toEqual(at(F003, 8385, '07/03/2022'));
    expect(ops[1].text).toBe(
      'Ce rapport a été présenté pour information à la 1ère Commission - Attractivité départementale et emploi du 07/03/2022.',
    );
    expect(ops[2].name).toBe('Equipement et développement des territoires');
    expect(ops[2].range).toEqual({ start: { line: 8386, character: 0 }, end: { line: 8387, character: F003[8387].indexOf('.') + 1 } });
  });

  it('finds nothing in reports without an opinion and ignores other bodies’ opinions', () => {
    expect(opinionsOfReport(F003, 44007)).toEqual([]); // RAPPORT N°50
    expect(opinionsOfReport(F003, 43344)).toEqual([]); // old report in 2022-107's annexes
    // L8323 `… qui ont émis un avis favorable de principe` and L15797 are not commission opinions.
    expect(opinionsOfReport(F003, 8222).every((o) => o.range.start.line !== 8322)).toBe(true);
    expect(opinionsOfReport(F003, 15915).map(brief)).toEqual([['avis', 3, '07/03/2022', true]]);
  });
});

describe('parseOpinions on drafts', () => {
  const parse = (text: string) => {
    const lines = text.split('\n');
    return parseOpinions(regionOf(lines, 0, lines.length - 1));
  };

  it('reads an unfavourable opinion with a quoted name, a spelled ordinal and a page break', () => {
    const ops = parse(
      [
        'La deuxième commission « Solidarités Humaines » a émis un avis',
        '',
        '2 / 3',
        '',
        'défavorable sur ce rapport lors de sa réunion du 7/3/2022.',
      ].join('\n'),
    );
    expect(ops.map(brief)).toEqual([['avis', 2, '7/3/2022', false]]);
    expect(ops[0].name).toBe('Solidarités Humaines');
    expect(ops[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 4, character: 58 } });
  });

  it('reads an opinion without a date and an information with `lors de sa réunion`', () => {
    const ops = parse(
      'La 6e Commission : Finances et Service Public départemental a émis un avis favorable sur ce rapport. Ce rapport a été présenté pour information à la 1re Commission - Attractivité départementale et emploi lors de sa réunion du 02/05/2023.',
    );
    expect(ops.map(brief)).toEqual([
      ['avis', 6, undefined, true],
      ['informe', 1, '02/05/2023', false],
    ]);
    expect(ops.map((o) => o.name)).toEqual(['Finances et Service Public départemental', 'Attractivité départementale et emploi']);
  });

  it('does not take a commission from a previous sentence', () => {
    expect(parse('Une présentation en 3ème commission est prévue. Le comité a émis un avis favorable.')).toEqual([]);
    expect(parse('Elle sera soumise à la 3ème Commission. Le comité a émis un avis favorable.')).toEqual([]);
  });

  it('never throws and stays linear on garbage', () => {
    const inputs = [
      '', 'La', 'La 2ème Commission', 'La 2ème Commission - a émis un avis', 'La 2ème Commission - '.repeat(5_000),
      'Ce rapport a été présenté pour information à la 1ère Commission «'.repeat(2_000), 'x'.repeat(20_000),
    ];
    for (const input of inputs) expect(() => parse(input)).not.toThrow();
  });
});
