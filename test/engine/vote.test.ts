import { describe, expect, it } from 'vitest';
import { parseVote } from '../../engine/model/vote';
import type { VoteBlock } from '../../engine/model/types';
import { regionOf } from '../../engine/text/region';
import { corpusLines, type CorpusId } from '../helpers';

/** Every vote block of a file: from `Dans les conditions de vote` to the line before the signature. */
function voteBlocks(id: CorpusId) {
  const lines = corpusLines(id);
  const blocks: { number: string; intro: number; vote: VoteBlock | undefined }[] = [];
  let number = '';
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('(N°')) number = lines[i].trim().slice(3, -1);
    if (!lines[i].startsWith('Dans les conditions de vote')) continue;
    let j = i;
    while (!lines[j].startsWith('LE PRESIDENT DU CONSEIL')) j++;
    blocks.push({ number, intro: i, vote: parseVote(regionOf(lines, i, j - 1)) });
  }
  return { lines, blocks };
}

function figures(vote: VoteBlock | undefined) {
  const get = (kind: string) => vote?.lines.filter((l) => l.kind === kind).map((l) => l.count);
  return { pour: get('pour'), contre: get('contre'), abstention: get('abstention'), absent: get('absent'), nppv: get('nppv') };
}

function draft(text: string) {
  const lines = text.split('\n');
  return { lines, vote: parseVote(regionOf(lines)) };
}

const GROUPS = [
  'Groupe Socialiste, Républicain et Citoyen',
  'Groupe Communiste et Républicain',
  'Groupe Union pour le Pas-de-Calais',
  'Groupe Rassemblement National',
  'Non-inscrit',
];

describe('vote block on the real corpus', () => {
  it('reads every figure and the outcome of the 33 deliberations', () => {
    // docs/domain.md §2.4; e.g. 000 L83 `Pour  :  43 voix`, L4566/L4570, L5826/L5830, L12181/L12186, L18528–18533.
    const single = { '000': 43, '001': 44, '002': 44, '004': 43 } as const;
    for (const [id, pour] of Object.entries(single)) {
      const { blocks } = voteBlocks(id as CorpusId);
      expect(blocks).toHaveLength(1);
      expect(figures(blocks[0].vote)).toEqual({ pour: [pour], contre: [0], abstention: [0], absent: [], nppv: [] });
      expect(blocks[0].vote?.outcome?.value).toBe('adopte');
    }
    const { blocks } = voteBlocks('003');
    expect(blocks).toHaveLength(29);
    const special: Record<number, { pour: number; abstention: number; absent: number }> = {
      87: { pour: 43, abstention: 1, absent: 0 },
      89: { pour: 42, abstention: 2, absent: 0 },
      99: { pour: 43, abstention: 0, absent: 1 },
      102: { pour: 43, abstention: 0, absent: 1 },
      104: { pour: 42, abstention: 1, absent: 1 },
      106: { pour: 43, abstention: 1, absent: 0 },
      108: { pour: 43, abstention: 0, absent: 1 },
    };
    for (const { number, vote } of blocks) {
      const n = Number(number.split('-')[1]);
      const e = special[n] ?? { pour: 44, abstention: 0, absent: 0 };
      expect({ number, ...figures(vote) }).toEqual({
        number,
        pour: [e.pour],
        contre: [0],
        abstention: [e.abstention],
        absent: e.absent ? [e.absent] : [],
        nppv: [],
      });
      expect(vote?.outcome?.value).toBe('adopte');
    }
  });

  it('gives each figure the exact range of its digits', () => {
    for (const id of ['000', '001', '002', '003', '004'] as const) {
      const { lines, blocks } = voteBlocks(id);
      for (const { vote } of blocks) {
        for (const line of vote!.lines) {
          const { start, end } = line.countRange;
          expect(start.line).toBe(end.line);
          expect(lines[start.line].slice(start.character, end.character)).toBe(String(line.count));
        }
      }
    }
    // L75 `Pour  :  44  voix  (…`: digits at characters 9–11.
    const first = voteBlocks('003').blocks[0].vote!;
    expect(first.lines[0].countRange).toEqual({ start: { line: 74, character: 9 }, end: { line: 74, character: 11 } });
    expect(first.introRange).toEqual({ start: { line: 72, character: 0 }, end: { line: 72, character: 40 } });
    // L81 `(Adopté)`: the word inside the parentheses.
    expect(first.outcome?.range).toEqual({ start: { line: 80, character: 1 }, end: { line: 80, character: 7 } });
  });

  it('reads the five groups of `Pour` over three lines and the group of the other lines', () => {
    const { lines, blocks } = voteBlocks('003');
    for (const { vote } of blocks) expect(vote!.lines[0].groups).toEqual(GROUPS);
    // L75–77: the `Pour` line's range runs to the `)` of `Non-inscrit)`.
    const pour = blocks[0].vote!.lines[0];
    expect(pour.range).toEqual({ start: { line: 74, character: 0 }, end: { line: 76, character: 12 } });
    expect(lines[76]).toBe('Non-inscrit)');
    // L5830 `Abstentions : 2 voix (Groupe Socialiste, Républicain et Citoyen)`
    const b89 = blocks.find((b) => b.number === '2022-89')!.vote!;
    const abst = b89.lines.find((l) => l.kind === 'abstention')!;
    expect(abst).toMatchObject({ label: 'Abstentions', count: 2, groups: ['Groupe Socialiste, Républicain et Citoyen'] });
    expect(abst.range).toEqual({ start: { line: 5829, character: 0 }, end: { line: 5829, character: lines[5829].length } });
    // L14373 `Absent sans délégation de vote : 1 (Groupe Socialiste, Républicain et Citoyen )`
    const b102 = blocks.find((b) => b.number === '2022-102')!.vote!;
    const absent = b102.lines.find((l) => l.kind === 'absent')!;
    expect(absent).toMatchObject({ label: 'Absent sans délégation de vote', count: 1, groups: ['Groupe Socialiste, Républicain et Citoyen'] });
    // L18533 `Absent sans délégation de vote : 1 (Groupe Union pour le Pas-de-Calais)`
    const b104 = blocks.find((b) => b.number === '2022-104')!.vote!;
    expect(b104.lines.find((l) => l.kind === 'absent')!.groups).toEqual(['Groupe Union pour le Pas-de-Calais']);
    // The block runs from the intro (L18526) to the outcome (L18535).
    expect(b104.range.start.line).toBe(18525);
    expect(b104.range.end.line).toBe(18534);
  });
});

describe('vote block in drafts', () => {
  it('reads `Ne prennent pas part au vote`, `(Rejeté)` and figures without `voix`', () => {
    const { lines, vote } = draft(
      [
        'Dans les conditions de vote ci-dessous :',
        'Pour : 20 (Groupe A ; Groupe B)',
        'Contre:22 voix',
        'Abstention(s) : néant',
        'Ne prennent pas part au vote : 2',
        '',
        '(Rejeté)',
      ].join('\n'),
    );
    expect(vote!.lines.map((l) => [l.kind, l.label, l.count, l.groups])).toEqual([
      ['pour', 'Pour', 20, ['Groupe A', 'Groupe B']],
      ['contre', 'Contre', 22, []],
      ['abstention', 'Abstention(s)', 0, []],
      ['nppv', 'Ne prennent pas part au vote', 2, []],
    ]);
    expect(vote!.outcome?.value).toBe('rejete');
    const nppv = vote!.lines[3];
    expect(lines[4].slice(nppv.countRange.start.character, nppv.countRange.end.character)).toBe('2');
    const neant = vote!.lines[2].countRange;
    expect(lines[3].slice(neant.start.character, neant.end.character)).toBe('néant');
  });

  it('accepts `Ne prend pas part au vote`, `Ne prend(nent)…`, `44voix` and an unclosed group list', () => {
    const { vote } = draft(
      [
        'Pour :44voix (Groupe A ;',
        'Groupe',
        '',
        '3 / 4',
        '',
        'B) ',
        'Ne prend pas part au vote : 1 (Non-',
        'inscrit)',
        'Ne prend(nent) pas part au vote : 3',
        'Absents sans délégation de vote : 2 voix (Groupe C',
        'Adopté',
      ].join('\n'),
    );
    expect(vote!.introRange).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    expect(vote!.lines.map((l) => [l.kind, l.count, l.groups])).toEqual([
      ['pour', 44, ['Groupe A', 'Groupe B']],
      ['nppv', 1, ['Non-inscrit']],
      ['nppv', 3, []],
      ['absent', 2, ['Groupe C']],
    ]);
    expect(vote!.lines[0].range.end).toEqual({ line: 5, character: 2 });
    expect(vote!.outcome?.value).toBe('adopte');
  });

  it('returns undefined without any vote line, and never throws', () => {
    expect(draft('').vote).toBeUndefined();
    expect(draft('Pour le Président du Conseil départemental,\nSigné').vote).toBeUndefined();
    for (const text of ['Pour :', 'Pour : (', 'Contre : 99999999999 voix', 'Abstention : 1 voix (', '((((', 'Pour : 1 voix (\n\n']) {
      expect(() => draft(text)).not.toThrow();
    }
    draft('Pour : 1 voix (' + ' '.repeat(30_000) + ';'.repeat(30_000));
    draft(('Pour' + ' '.repeat(5000) + ':').repeat(10));
    draft(Array.from({ length: 5000 }, () => 'Abstention : 1 voix (Groupe').join('\n'));
  });
});
