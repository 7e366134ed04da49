import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnnexTables } from '../../engine/model/annex-tables';
import type { AnnexTable } from '../../engine/model/types';
import { regionOf } from '../../engine/text/region';

const c003 = readFileSync(new URL('../fixtures/corpus/003_b2bb4981e98d102e.txt', import.meta.url), 'utf8').split('\n');
const annex = (from: number, to: number, lines: string[] = c003): AnnexTable[] => parseAnnexTables(regionOf(lines, from - 1, to - 1));
/** Each footer as `figure → rows it totals` (1-based lines), with its code when printed. */
const footers = (tables: AnnexTable[]) =>
  tables.flatMap((t) => (t.footers ?? []).map((f) => `${f.code ? `${f.code.value} ` : ''}${f.amount.text} L${f.amount.range.start.line + 1} → ${f.rows.map((r) => `L${r.range.start.line + 1}`).join(',')}`));

describe('sub-programme footers: the lines that total a block’s beneficiaries', () => {
  it('2022-86: one block, one row, its footer `85 500 €` (L4329)', () => {
    expect(footers(annex(4125, 4329))).toEqual(['85 500 € L4329 → L4132']);
  });

  it('2022-104: every block row of annex 1 tied to its footer, the shared list of 311B03 and 313B02 by code', () => {
    expect(footers(annex(18551, 20312))).toEqual([
      '1 268 980 € L18639 → L18560',
      '776 000 € L18704 → L18646',
      '350 000 € L18783 → L18717',
      '1 417 000 € L18975 → L18789',
      // `TAUX DE CONSOMMATION` / `87,30%` follow the footer (L19086–19088).
      '200 000 € L19084 → L18982',
      '311B03 390 000 € L19467 → L19096',
      '311B03 238 000 € L19469 → L19098',
      '313B02 48 000 € L19471 → L19105',
      '676 000 € L19473 → L19096,L19098,L19105',
      '125 500 € L19852 → L19483',
      // One line per imputation in the block's order, then the whole without `€`, which settles the reading.
      '50 500 € L20308 → L19860',
      '127 000 € L20310 → L19862',
      '177 500 L20312 → L19860,L19862',
    ]);
  });

  it('ties nothing when the reading is uncertain', () => {
    const block = ['SOUS PROGRAMME 311D02', 'BP 2022 DISPONIBLE PROPOSITION SOLDE', '6574/93311   100 000 €   100 000 €   50 500 €   49 500 €', '65734/93311   300 000 €   300 000 €   127 000 €   173 000 €', 'THEATRE   50 500 €', 'CENTRE   127 000 €'];
    // Two lines for two rows, without codes nor a whole that adds up: which is which is a guess.
    expect(footers(parseAnnexTables(regionOf([...block, '   50 500 €', '   127 000 €'])))).toEqual([]);
    expect(footers(parseAnnexTables(regionOf([...block, '   50 500 €', '   127 000 €', '   177 600 €'])))).toEqual([]);
    // Codes out of the rows' order.
    expect(footers(parseAnnexTables(regionOf([...block, ' 311D03  50 500 €', ' 311D02  127 000 €'])))).toEqual([]);
    // One line with another block's code.
    expect(footers(parseAnnexTables(regionOf(['SOUS PROGRAMME 311Q01', 'BP 2022 DISPONIBLE PROPOSITION SOLDE', '6574/93311   226 000   226 000   125 500   100 500', 'SAISON   125 500 €', ' 311D02  125 500 €'])))).toEqual([]);
    // A bare year is no total.
    expect(footers(parseAnnexTables(regionOf(['SOUS PROGRAMME 311Q01', 'BP 2022 DISPONIBLE PROPOSITION SOLDE', '6574/93311   226 000   226 000   125 500   100 500', 'SAISON   125 500 €', '2021'])))).toEqual([]);
  });

  it('never throws on any text', () => {
    const odd = ['SOUS PROGRAMME', 'BP DISPONIBLE PROPOSITION SOLDE', '1/2 € € €', '  9'.repeat(700), ' 311Q01 ', ''];
    expect(() => parseAnnexTables(regionOf(odd))).not.toThrow();
  });
});
