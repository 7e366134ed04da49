import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnnexTables } from '../../engine/model/annex-tables';
import type { AnnexTable, TotalLine } from '../../engine/model/types';
import { regionOf } from '../../engine/text/region';

const load = (name: string): string[] => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8').split('\n');
const c002 = load('002_1db52241779bf69e.txt');
const c003 = load('003_b2bb4981e98d102e.txt');

/** Annex tables of 003 lines [from, to], 1-based inclusive as cited in docs/domain.md. */
const annex = (from: number, to: number, lines = c003): AnnexTable[] => parseAnnexTables(regionOf(lines, from - 1, to - 1));
const totals = (tables: AnnexTable[]): TotalLine[] => tables.flatMap((t) => t.totals);
const totalAt = (tables: AnnexTable[], line1: number): TotalLine => {
  const found = totals(tables).find((t) => t.range.start.line === line1 - 1);
  expect(found, `a total at L${line1}`).toBeDefined();
  return found!;
};
const texts = (total: TotalLine): string[] => total.amounts.map((a) => a.text);

describe('the §4.2 traps on total lines', () => {
  it('L10666 `TOTAL 12 562 692 €` is 12 items and 562 692 € (rows L10662–10665 add up)', () => {
    const tables = annex(10655, 10670);
    expect(tables).toHaveLength(1);
    const total = totalAt(tables, 10666);
    expect(total.kind).toBe('total');
    expect(total.count?.value).toBe(12);
    expect(total.count?.range).toEqual({ start: { line: 10665, character: 6 }, end: { line: 10665, character: 8 } });
    expect(texts(total)).toEqual(['562 692 €']);
    expect(total.amounts[0].cents).toBe(56_269_200);
    expect(total.amounts[0].range).toEqual({ start: { line: 10665, character: 9 }, end: { line: 10665, character: 18 } });
    expect(total.confirmed).toBe(true);
    expect(tables[0].range.start.line + 1).toBe(10662);
  });

  it('L8951 `TOTAL OSMOC 2022 1 483 453,98`: the year belongs to the label', () => {
    const total = totalAt(annex(8536, 8953), 8951);
    expect(total.label).toBe('TOTAL OSMOC 2022');
    expect(texts(total)).toEqual(['1 483 453,98']);
    expect(total.amounts[0].cents).toBe(148_345_398);
    expect(total.count).toBeUndefined();
    expect(total.confirmed).toBe(true);
  });

  it('L6582 `Total 3.9.1.1 185 139 110,24 …`: 185 participants, then the column sums; the rate is dropped', () => {
    const total = totalAt(annex(6520, 6626), 6582);
    expect(total.label).toBe('Total 3.9.1.1');
    expect(total.count?.value).toBe(185);
    expect(texts(total)).toEqual(['139 110,24', '82 248,53', '54 832,34', '2 029,37']);
    // 43 091,22 + 29 580,61 + 25 112,06 + 41 326,35 (L6562, L6572, L6578, L6580).
    expect(total.amounts[0].cents).toBe(4_309_122 + 2_958_061 + 2_511_206 + 4_132_635);
    expect(total.confirmed).toBe(true);
  });

  it('L8744 `TOTAL MMU 3 522 000,00  1 994 493,58`: read, but not settled by the rows (three columns above)', () => {
    const total = totalAt(annex(8536, 8953), 8744);
    expect(total.label).toBe('TOTAL MMU');
    expect(texts(total)).toEqual(['3 522 000,00', '1 994 493,58']);
    expect(total.confirmed).toBeUndefined();
  });
});

describe('totals of the corpus annexes', () => {
  it('2022-96 L9828 ` TOTAL 1 343 173 €` = Σ subventions accordées (L9801–9826)', () => {
    const tables = annex(9786, 9830);
    expect(tables).toHaveLength(1);
    const [total] = tables[0].totals;
    expect([total.kind, total.label, ...texts(total), total.confirmed]).toEqual(['total', 'TOTAL', '1 343 173 €', true]);
    expect(tables[0].title).toBe('');
  });

  it('2022-97 L10622 `   TOTAL 562 692 €`, titled by L10594', () => {
    const [table] = annex(10594, 10622);
    expect(table.title).toBe('ANNEXE EQUIPEMENTS D’ANIMATION SPORTIVE LOCALE');
    expect(table.totals.map((t) => [texts(t), t.confirmed])).toEqual([[['562 692 €'], true]]);
  });

  it('2022-103 L16106–16253: eight territory totals and `Total général 353 989,44 €`, one table', () => {
    const tables = annex(16106, 16253);
    expect(tables).toHaveLength(1);
    const list = tables[0].totals;
    expect(list.map((t) => t.label)).toEqual([
      "Total TERRITOIRE DE L'ARRAGEOIS",
      "Total TERRITOIRE DE L'ARTOIS",
      "Total TERRITOIRE DE L'AUDOMAROIS",
      'Total TERRITOIRE DU BOULONNAIS',
      'Total TERRITOIRE DU CALAISIS',
      "Total TERRITOIRE D'HENIN-CARVIN",
      'Total TERRITOIRE DE LENS-LIEVIN',
      'Total TERRITOIRE DU MONTREUILLOIS-TERNOIS',
      'Total général',
    ]);
    const general = list[8];
    expect([general.kind, ...texts(general)]).toEqual(['total-general', '353 989,44 €']);
    // Σ of the eight territory totals (L16123 … L16251).
    expect(list.slice(0, 8).reduce((sum, t) => sum + t.amounts[0].cents, 0)).toBe(general.amounts[0].cents);
    expect(list.every((t) => t.confirmed)).toBe(true);
  });

  it('2022-105 L21054–21058: sub-totals and a general total that does not add up (11 432 175 ≠ 11 432 176)', () => {
    const tables = annex(20980, 21060);
    expect(tables).toHaveLength(1);
    const [state, department, general] = tables[0].totals;
    expect([state.kind, state.label, ...texts(state)]).toEqual(['sous-total', 'Sous total Part Etat', '4 777 657 €', '5 066 338 €', '4 071 230 €', '995 108 €']);
    expect([department.kind, department.label]).toEqual(['sous-total', 'Sous total part Département']);
    expect([general.kind, ...texts(general)]).toEqual(['total-general', '9 416 149 €', '11 432 176 €', '7 894 291 €', '3 537 884 €']);
    expect(state.amounts[1].cents + department.amounts[1].cents).toBe(1_143_217_500);
    expect(general.confirmed).toBeUndefined();
    // Three columns add up over the two sub-totals: the second is off, by their sum.
    expect(general.mismatch?.index).toBe(1);
    expect(general.mismatch?.sum).toBe(1_143_217_500);
    expect(general.mismatch?.terms.map((r) => r.start.line + 1)).toEqual([21054, 21056]);
    expect([state.mismatch, department.mismatch]).toEqual([undefined, undefined]);
  });

  it('a confirmed total knows the lines it sums (2022-97 L10622: 12 rows; 2022-87 L4923: 15 rows)', () => {
    const total = totalAt(annex(10594, 10622), 10622);
    expect(total.terms?.map((r) => r.start.line + 1)).toEqual([10598, 10600, 10602, 10604, 10606, 10608, 10610, 10612, 10614, 10616, 10618, 10620]);
    expect(totalAt(annex(4669, 4952), 4923).terms).toHaveLength(15);
    // Sub-totals summed by a general total (L16253 = the eight territory totals).
    expect(totalAt(annex(16106, 16253), 16253).terms?.map((r) => r.start.line + 1)).toEqual([16123, 16182, 16194, 16214, 16223, 16235, 16245, 16251]);
  });

  it('relates a total whose digit slipped to its rows, and no other (2022-97 L10622, 2022-103 L16235)', () => {
    const slipped = c003.slice();
    slipped[10621] = slipped[10621].replace('562 692 €', '562 602 €');
    const total = totalAt(annex(10594, 10622, slipped), 10622);
    expect([total.confirmed, total.mismatch?.index, total.mismatch?.sum, total.mismatch?.terms.length]).toEqual([undefined, 0, 56_269_200, 12]);
    // A slipped territory total: the general total sums what its rows add up to, and holds.
    const territory = c003.slice();
    territory[16234] = territory[16234].replace('21 996,46 €', '21 906,46 €');
    const tables = annex(16106, 16253, territory);
    expect(totalAt(tables, 16235).mismatch?.sum).toBe(2_199_646);
    expect(totalAt(tables, 16253).mismatch).toBeUndefined();
    expect(totalAt(tables, 16253).confirmed).toBe(true);
  });

  it('relates nothing looser than a slip: an unrelated figure under rows is no mismatch', () => {
    const text = ['Projet A 1 000,00 €', 'Projet B 2 000,00 €', 'TOTAL 7 350,00 €'];
    const [total] = parseAnnexTables(regionOf(text))[0].totals;
    expect([total.confirmed, total.mismatch]).toEqual([undefined, undefined]);
    const slip = ['Projet A 1 000,00 €', 'Projet B 2 000,00 €', 'TOTAL 3 100,00 €'];
    expect(parseAnnexTables(regionOf(slip))[0].totals[0].mismatch?.sum).toBe(300_000);
  });

  it('2022-105 L21156–21160: `Total général` = the two sub-totals', () => {
    const general = totalAt(annex(21100, 21160), 21160);
    expect([general.kind, ...texts(general), general.confirmed]).toEqual(['total-general', '3 367 000 €', '3 642 377 €', '3 075 652 €', '436 725 €', true]);
  });

  it('2022-87 L4923–4926: a label wrapped before its amount; L4946 a count in front', () => {
    const tables = annex(4669, 4952);
    const general = totalAt(tables, 4923);
    expect([general.kind, general.label, ...texts(general)]).toEqual(['total-general', 'TOTAL GENERAL DIFFUSION DE PROXIMITE', '14 570 €']);
    expect(general.range.end).toEqual({ line: 4925, character: 8 });
    const music = totalAt(tables, 4946);
    expect([music.kind, music.label, music.count?.value, ...texts(music)]).toEqual(['sous-total', 'sous total Musique', 10, '10 290 €']);
  });

  it('L25903 `TOTAL 95 200 €(report crédit 2020) 95 200 €`: the parenthesis is no amount', () => {
    const total = totalAt(annex(25895, 25905), 25903);
    expect(total.amounts.map((a) => a.cents)).toEqual([9_520_000, 9_520_000]);
    expect(total.count).toBeUndefined();
  });

  it('L7351 `TOTAL23 700,00 €`: the label glued to the figure by the extraction', () => {
    const total = totalAt(annex(7340, 7352), 7351);
    expect([total.label, ...texts(total)]).toEqual(['TOTAL', '23 700,00 €']);
  });

  it('002 L266 `TOTAL 2 471 219,36 500 000`: two columns, investment and operating', () => {
    const total = totalAt(annex(241, 275, c002), 266);
    expect(total.amounts.map((a) => a.cents)).toEqual([247_121_936, 50_000_000]);
  });

  it('running text is no total: `total de la dette.` (L613), `total maximal prévisionnel de 1 468 748 €` (L13258)', () => {
    expect(totals(annex(605, 620))).toEqual([]);
    expect(totals(annex(13255, 13260))).toEqual([]);
  });

  it('a total without any amount (L14407 `Total ARRAGEOIS`, its amounts in another slice) is left out', () => {
    expect(totals(annex(14391, 14420))).toEqual([]);
  });
});

describe('sub-programme blocks (`SOUS PROGRAMME` / `BP 2022 DISPONIBLE PROPOSITION SOLDE`)', () => {
  const programmes = (tables: AnnexTable[]) => tables.flatMap((t) => (t.programme ? [t.programme] : []));
  const row = (t: AnnexTable['programme']) => t!.rows.map((r) => [r.operationCode?.value, ...r.imputations.map((i) => i.value), ...r.cells.map((c) => `${c.column}=${c.amount.text}`)]);

  it('2022-86 L4127–4132: code and header on their own lines, cells set apart by wide gaps', () => {
    const tables = annex(4125, 4329);
    const [block] = programmes(tables);
    expect(tables.find((t) => t.programme)?.title).toBe('SOUS PROGRAMME 311Q01');
    expect(block.columns).toEqual(['CP', 'Disponible', 'Proposition', 'Solde']);
    expect(row(block)).toEqual([['311Q01', '65734/93311', 'CP=208 000', 'Disponible=208 000', 'Proposition=85 500', 'Solde=122 500']]);
    expect(block.rows[0].cells[3].amount.range).toEqual({ start: { line: 4131, character: 91 }, end: { line: 4131, character: 98 } });
  });

  it('2022-104: one-line headers (L18715), `- €` (L18646), two imputations in a block (L19096–19098)', () => {
    const blocks = programmes(annex(18551, 19870));
    expect(blocks).toHaveLength(9);
    expect(row(blocks[1])).toEqual([['316A01', '6568/93312', 'CP=776 000 €', 'Disponible=776 000 €', 'Proposition=776 000 €', 'Solde=- €']]);
    expect(row(blocks[2])[0].slice(0, 2)).toEqual(['311D05', '65735/93311']);
    expect(blocks[5].rows.map((r) => r.imputations[0].value)).toEqual(['6574/93311', '65734/93311']);
  });

  it('a drafter’s block with single spaces: the one grouping where the balance holds', () => {
    const text = ['SOUS PROGRAMME 311Q01', 'BP 2022 DISPONIBLE PROPOSITION SOLDE', '6574/93311 226 000 226 000 125 500 100 500'];
    const [block] = programmes(parseAnnexTables(regionOf(text)));
    expect(row(block)).toEqual([['311Q01', '6574/93311', 'CP=226 000', 'Disponible=226 000', 'Proposition=125 500', 'Solde=100 500']]);
    const unsettled = ['SOUS PROGRAMME 311Q01', 'BP 2022 DISPONIBLE PROPOSITION SOLDE', '6574/93311 226 000 226 000 125 500 100 000'];
    expect(programmes(parseAnnexTables(regionOf(unsettled)))[0].rows).toEqual([]);
  });
});

describe('row totals (2022-101 `Total par collège`, L13310–13604)', () => {
  it('reads the 125 college rows and the column totals line, each adding up', () => {
    const tables = annex(13310, 13604);
    const rows = tables.flatMap((t) => t.rowTotals ?? []);
    expect(rows).toHaveLength(126);
    expect(rows[0].parts.map((a) => a.text)).toEqual(['2 595 €', '4 697 €', '2 000 €', '3 000 €']);
    expect(rows[0].total.text).toBe('12 292 €');
    expect(rows[125].total.cents).toBe(146_874_800);
  });

  it('keeps a row that slipped, and reads no row totals where few rows hold them (2022-105)', () => {
    const slipped = c003.slice();
    slipped[13353] = slipped[13353].replace('12 292 €', '12 392 €');
    const row = annex(13310, 13604, slipped).flatMap((t) => t.rowTotals ?? [])[0];
    expect(row.total.text).toBe('12 392 €');
    expect(annex(20980, 21210).flatMap((t) => t.rowTotals ?? [])).toEqual([]);
  });
});

describe('hand-written annex tables', () => {
  it('rows then a total with a count, read by the column sums', () => {
    const text = ['Type Nombre Subvention', 'Piscine 1 300 000 €', 'Gymnase 2 120 500 €', 'TOTAL 3 420 500 €'];
    const [table] = parseAnnexTables(regionOf(text));
    const [total] = table.totals;
    expect(total.count?.value).toBe(3);
    expect(total.amounts.map((a) => [a.text, a.cents])).toEqual([['420 500 €', 42_050_000]]);
    expect(total.confirmed).toBe(true);
  });

  it('sub-totals then a general total, two tables apart', () => {
    const text = [
      'ANNEXE 1 - Répartition',
      'Projet A 1 000,00 €',
      'Projet B 2 000,00 €',
      'Sous-total investissement 3 000,00 €',
      'Projet C 500,00 €',
      'Sous-total fonctionnement 500,00 €',
      'TOTAL GÉNÉRAL 3 500,00 €',
      '',
      'Le Département prendra en charge les frais annexes dans la limite du budget voté.',
      'ANNEXE 2 - Autre',
      'Ligne 10 €',
      'Ligne 20 €',
      'Total 30 €',
    ];
    const tables = parseAnnexTables(regionOf(text));
    expect(tables.map((t) => t.title)).toEqual(['ANNEXE 1 - Répartition', 'ANNEXE 2 - Autre']);
    expect(tables[0].totals.map((t) => [t.kind, t.amounts[0].cents, t.confirmed])).toEqual([
      ['sous-total', 300_000, true],
      ['sous-total', 50_000, undefined],
      ['total-general', 350_000, true],
    ]);
    expect(tables[1].totals.map((t) => [t.kind, t.amounts[0].text, t.confirmed])).toEqual([['total', '30 €', true]]);
  });

  it('never throws, bounded work on pathological annexes', () => {
    const inputs = [
      ['TOTAL ' + '1 000 '.repeat(4_000) + '€'],
      Array.from({ length: 3_000 }, (_, i) => (i % 150 === 0 ? 'TOTAL 1 000 €' : '1 1 1 1 1 1 1 1 1 €')),
      Array.from({ length: 2_000 }, (_, i) => (i % 190 === 0 ? 'Total 1 2 3 4 5 6 7 8 9 €' : '1 2 3 4 5 6 7 8 9 €')),
      ['Total', '', 'TOTAL', 'Sous total', '€', '- €', 'TOTAL GENERAL', '1'.repeat(30_000)],
    ];
    for (const lines of inputs) expect(() => parseAnnexTables(regionOf(lines))).not.toThrow();
  });
});
