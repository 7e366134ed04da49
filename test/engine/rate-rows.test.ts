import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { readRateTable } from '../../engine/model/rate-rows';
import { regionOf } from '../../engine/text/region';
import { corpusText } from '../helpers';

const text = corpusText('003');
const dossiers = createAnalyzer().analyze(text).dossiers;

describe('rate tables (model/rate-rows.ts)', () => {
  it('reads 2022-87’s annex 2: fifteen rows at 30 %, the report’s rounding and the annex’s cap (L4710–4960, L5037)', () => {
    const tables = dossiers.flatMap((d) => d.annexes.flatMap((a) => (a.rates ? [a.rates] : [])));
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table.rows.map((r) => [r.range.start.line + 1, r.base.text, r.rate.value, r.amount.text])).toEqual(
      expect.arrayContaining([
        [4710, '6 600,00 €', 3000, '1 980 €'],
        [4759, '8 400,00 €', 3000, '2 500 €'],
        [4887, '4 077,58 €', 3000, '1 220 €'],
      ]),
    );
    expect(table.rows).toHaveLength(15);
    expect(table.rounding).toMatchObject({ unit: 1000, mode: 'nearest', text: 'arrondi à la dizaine d’euros la plus proche' });
    expect(table.rounding?.range.start.line).toBe(5036);
    expect(table.cap).toMatchObject({ cents: 250000, text: '2 500 €' });
  });

  it('leaves out rows whose percentage is no rate of the base (2022-103’s shares, L17403–18235)', () => {
    const lines = text.split('\n');
    expect(readRateTable(regionOf(lines, 17300, 18300), regionOf(lines, 17300, 18300))).toBeUndefined();
  });

  it('reads the rounding down and a cap written before its figure', () => {
    const lines = [
      'Les subventions sont arrondies à l’euro inférieur, plafonnées à 1 000 €.',
      ...['1 000,00 € 25% 250 €', '2 002,00 € 25% 500 €', '3 999,00 € 25% 999 €', '1 234,00 € 25% 308 €', '9 000,00 € 25% 1 000 €'],
    ];
    const region = regionOf(lines);
    expect(readRateTable(region, region)).toMatchObject({ rounding: { unit: 100, mode: 'down' }, cap: { cents: 100000 } });
  });
});

describe('tables written in an article (Deliberation.bodyTables)', () => {
  it('reads 2022-96 art. 1’s six rows and ` TOTAL 1 343 173 €` (L9788–9828), and no imputation table', () => {
    const found = dossiers.flatMap((d) => (d.deliberation.bodyTables ?? []).flatMap((t) => t.totals.map((total) => [total.range.start.line + 1, total.amounts.map((a) => a.text), total.terms?.length, total.confirmed])));
    expect(found).toEqual([[9828, ['1 343 173 €'], 6, true]]);
  });
});
