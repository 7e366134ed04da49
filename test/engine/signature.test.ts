import { describe, expect, it } from 'vitest';
import { parseSignature } from '../../engine/model/signature';
import { regionOf } from '../../engine/text/region';
import { corpusLines, type CorpusId } from '../helpers';

/** Each deliberation's signature: from `LE PRESIDENT DU CONSEIL DEPARTEMENTAL,` over the next lines. */
function signatures(id: CorpusId) {
  const lines = corpusLines(id);
  const out: { number: string; heading: number; signature: ReturnType<typeof parseSignature> }[] = [];
  let number = '';
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('(N°')) number = lines[i].trim().slice(3, -1);
    if (!lines[i].startsWith('LE PRESIDENT DU CONSEIL DEPARTEMENTAL,')) continue;
    out.push({ number, heading: i, signature: parseSignature(regionOf(lines, i, Math.min(lines.length - 1, i + 11))) });
  }
  return { lines, out };
}

function draft(text: string) {
  const lines = text.split('\n');
  return { lines, signature: parseSignature(regionOf(lines)) };
}

describe('signature on the real corpus', () => {
  it('reads signatory, place and date in all 33 deliberations', () => {
    // 000 L97, 001 L105, 002 L119, 004 L86; 003 L89 and every dossier after it: `ARRAS, le 21 mars 2022 `.
    const dates: Record<CorpusId, [string, { year: number; month: number; day: number }]> = {
      '000': ['27 septembre 2022', { year: 2022, month: 9, day: 27 }],
      '001': ['9 décembre 2024', { year: 2024, month: 12, day: 9 }],
      '002': ['4 juillet 2022', { year: 2022, month: 7, day: 4 }],
      '003': ['21 mars 2022', { year: 2022, month: 3, day: 21 }],
      '004': ['15 mai 2023', { year: 2023, month: 5, day: 15 }],
    };
    let total = 0;
    for (const [id, [text, date]] of Object.entries(dates)) {
      const { lines, out } = signatures(id as CorpusId);
      expect(out).toHaveLength(id === '003' ? 29 : 1);
      for (const { heading, signature } of out) {
        total++;
        // Name two lines under the heading (L87 `Jean-Claude LEROY`), date two lines further (L89).
        expect(signature.signatory).toEqual({
          value: 'Jean-Claude LEROY',
          range: { start: { line: heading + 2, character: 0 }, end: { line: heading + 2, character: 17 } },
        });
        expect(signature.place).toEqual({ value: 'ARRAS', range: { start: { line: heading + 4, character: 0 }, end: { line: heading + 4, character: 5 } } });
        expect(signature.date?.text).toBe(text);
        expect(signature.date?.date).toEqual(date);
        const r = signature.date!.range;
        expect(lines[r.start.line].slice(r.start.character, r.end.character)).toBe(text);
        expect(r.start).toEqual({ line: heading + 4, character: 10 });
        expect(signature.range).toEqual({
          start: { line: heading, character: 0 },
          end: { line: heading + 4, character: lines[heading + 4].trimEnd().length },
        });
      }
    }
    expect(total).toBe(33);
  });
});

describe('signature in drafts', () => {
  it('reads `Fait à Arras, le 1er avril 2022`, numeric dates and a missing date', () => {
    const a = draft('LE PRÉSIDENT DU CONSEIL DÉPARTEMENTAL,\n\n  Jean-Claude  LEROY \n\nFait à Arras, le 1er avril 2022').signature;
    expect(a.signatory?.value).toBe('Jean-Claude LEROY');
    expect(a.place?.value).toBe('Arras');
    expect(a.place?.range).toEqual({ start: { line: 4, character: 7 }, end: { line: 4, character: 12 } });
    expect(a.date).toMatchObject({ text: '1er avril 2022', date: { year: 2022, month: 4, day: 1 } });

    const b = draft('LE PRESIDENT DU CONSEIL DEPARTEMENTAL,\nARRAS,  le 21/03/2022').signature;
    expect(b.signatory).toBeUndefined();
    expect(b.date?.text).toBe('21/03/2022');
    expect(b.date?.range).toEqual({ start: { line: 1, character: 11 }, end: { line: 1, character: 21 } });

    // 003 L5473 (in an annex) shows the unfilled form `ARRAS, le  `.
    const c = draft('LE PRESIDENT DU CONSEIL DEPARTEMENTAL,\n\nJean-Claude LEROY\n\nARRAS, le  ').signature;
    expect(c.place?.value).toBe('ARRAS');
    expect(c.date).toBeUndefined();
  });

  it('ignores the lines after the date and never throws', () => {
    const { signature } = draft(
      'LE PRESIDENT DU CONSEIL DEPARTEMENTAL,\n\nJean-Claude LEROY\n\nARRAS, le 15 mai 2023\n\nPour le Président du Conseil départemental,\nLe Directeur Général Adjoint,\n\nSigné\n\nChristian DERUY',
    );
    expect(signature.signatory?.value).toBe('Jean-Claude LEROY');
    expect(signature.range.end.line).toBe(4);
    for (const text of ['', ' ', 'LE PRESIDENT DU CONSEIL DEPARTEMENTAL,', ',le', 'ARRAS, le 31 février 2022']) {
      expect(() => draft(text)).not.toThrow();
    }
    expect(draft('ARRAS, le 31 février 2022').signature.date).toBeUndefined();
    draft('LE PRESIDENT DU CONSEIL DEPARTEMENTAL,\n' + 'A'.repeat(50_000) + ', le ' + '1 '.repeat(20_000));
    draft('LE PRESIDENT DU CONSEIL DEPARTEMENTAL,\n' + ' '.repeat(50_000) + ',');
  });
});
