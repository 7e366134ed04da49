import { describe, expect, it } from 'vitest';
import { parseDeclarations } from '../../engine/model/declarations';
import { regionOf } from '../../engine/text/region';
import { corpusLines, type CorpusId } from '../helpers';

/** Declarations of each deliberation, read in its visa zone: after `(N°…)` to before the formula. */
function declarationsOf(id: CorpusId) {
  const lines = corpusLines(id);
  const out: { number: string; declarations: ReturnType<typeof parseDeclarations> }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('(N°')) continue;
    let j = i;
    while (!/^\s*Après en avoir délibéré/.test(lines[j])) j++;
    out.push({ number: lines[i].trim().slice(3, -1), declarations: parseDeclarations(regionOf(lines, i + 1, j - 1)) });
  }
  return { lines, out };
}

function draft(text: string) {
  return parseDeclarations(regionOf(text.split('\n')));
}

describe('declarations on the real corpus', () => {
  const { lines, out } = declarationsOf('003');

  it('finds declarations in 2022-87, -89, -104 and -106 only', () => {
    const found = out.filter((d) => d.declarations.length > 0).map((d) => [d.number, d.declarations.length]);
    expect(found).toEqual([
      ['2022-87', 1],
      ['2022-89', 1],
      ['2022-104', 2],
      ['2022-106', 1],
    ]);
    for (const id of ['000', '001', '002', '004'] as const) {
      expect(declarationsOf(id).out.every((d) => d.declarations.length === 0)).toBe(true);
    }
  });

  it('reads one person (L4523, L34150)', () => {
    for (const [number, line] of [['2022-87', 4522], ['2022-106', 34149]] as const) {
      const [d] = out.find((o) => o.number === number)!.declarations;
      expect(d.text).toBe('Madame Karine GAUTHIER, intéressée à l’affaire, n’a pris part ni au débat, ni au vote.');
      expect(d.excusedWithoutProxy).toBe(false);
      expect(d.persons.map((p) => [p.civility, p.key])).toEqual([['Mme', 'karine gauthier']]);
      expect(d.persons[0].range).toEqual({ start: { line, character: 0 }, end: { line, character: 22 } });
      expect(d.range).toEqual({ start: { line, character: 0 }, end: { line, character: lines[line].length } });
    }
  });

  it('reads two persons, `Madame` and `M.` mixed, over two lines (L5767–5768)', () => {
    const [d] = out.find((o) => o.number === '2022-89')!.declarations;
    expect(d.persons.map((p) => [p.civility, p.firstName, p.lastName])).toEqual([
      ['Mme', 'Florence', 'WOZNY'],
      ['M.', 'Jean-Claude', 'DISSAUX'],
    ]);
    expect(d.persons[1].range).toEqual({ start: { line: 5766, character: 25 }, end: { line: 5766, character: 47 } });
    expect(d.range).toEqual({ start: { line: 5766, character: 0 }, end: { line: 5767, character: lines[5767].length } });
    expect(d.excusedWithoutProxy).toBe(false);
  });

  it('tells the interested member from the interested and excused one without proxy (L18436–18439)', () => {
    const [maciejasz, cousein] = out.find((o) => o.number === '2022-104')!.declarations;
    expect(maciejasz.persons.map((p) => p.key)).toEqual(['daniel maciejasz']);
    expect(maciejasz.excusedWithoutProxy).toBe(false);
    expect(maciejasz.range.start.line).toBe(18435);
    expect(cousein.persons.map((p) => [p.civility, p.key])).toEqual([['M.', 'bruno cousein']]);
    expect(cousein.excusedWithoutProxy).toBe(true);
    expect(cousein.text).toBe(
      'Monsieur Bruno COUSEIN, intéressé à l’affaire et excusé, n’a pas donné de délégation de vote pour ce rapport.',
    );
    expect(cousein.range).toEqual({ start: { line: 18437, character: 0 }, end: { line: 18438, character: 21 } });
  });
});

describe('declarations in drafts', () => {
  it('reads straight apostrophes, three persons and a declaration after a visa lacking its `;`', () => {
    const ds = draft(
      [
        'Vu le rapport du Président du Conseil départemental, ci-annexé',
        "Mme Anne MARTIN, M. Paul DURAND et Madame Julie",
        "PETIT, intéressés à l'affaire, n'ont pris part ni au débat ni au vote.",
      ].join('\n'),
    );
    expect(ds).toHaveLength(1);
    expect(ds[0].persons.map((p) => p.key)).toEqual(['anne martin', 'paul durand', 'julie petit']);
  });

  it('reads two declarations on one line and the inverted form', () => {
    const ds = draft(
      'M. Paul DURAND, intéressé à l’affaire, n’a pris part ni au débat, ni au vote. Mme Anne MARTIN, intéressée à l’affaire et excusée, n’a pas donné de délégation de vote.\n' +
        'Intéressée à l’affaire, Madame Julie PETIT n’a pris part ni au débat, ni au vote.',
    );
    expect(ds.map((d) => [d.persons.map((p) => p.key), d.excusedWithoutProxy])).toEqual([
      [['paul durand'], false],
      [['anne martin'], true],
      [['julie petit'], false],
    ]);
  });

  it('ignores visas and prose that speak of interest, and never throws', () => {
    expect(
      draft(
        [
          'Vu la délibération du Conseil départemental relative aux communes intéressées à l’affaire ;',
          'Après en avoir informé la 1ère commission « Attractivité départementale et Emploi » ;',
          'La Commission Permanente du Conseil départemental du Pas-de-Calais,',
        ].join('\n'),
      ),
    ).toEqual([]);
    for (const text of ['', 'M.', 'intéressé à l’affaire', ', intéressé à l’affaire,', 'Madame , intéressée à l’affaire.']) {
      expect(() => draft(text)).not.toThrow();
    }
    draft('Madame ' + 'M. '.repeat(10_000) + 'intéressée à l’affaire');
    draft(Array.from({ length: 5000 }, () => 'Monsieur X, intéressé à l’affaire,').join('\n'));
    draft('.'.repeat(50_000));
  });
});
