import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignToSibling, normaliseImputation, parseImputationTables } from '../../engine/model/imputation-tables';
import type { ImputationTable, TableRow, TableShape } from '../../engine/model/types';
import { regionOf } from '../../engine/text/region';

const FILES = ['000_8d5666818704f46d.txt', '001_31979806140e0f38.txt', '002_1db52241779bf69e.txt', '003_b2bb4981e98d102e.txt', '004_1dc4fcee360ef1bf.txt'];
const load = (name: string): string[] => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8').split('\n');
const c000 = load(FILES[0]);
const c001 = load(FILES[1]);
const c002 = load(FILES[2]);
const c003 = load(FILES[3]);

/** Tables of lines [from, to], 1-based inclusive as cited in docs/domain.md. */
const tables = (lines: string[], from: number, to: number): ImputationTable[] => parseImputationTables(regionOf(lines, from - 1, to - 1));
const only = (lines: string[], from: number, to: number): ImputationTable => {
  const found = tables(lines, from, to);
  expect(found).toHaveLength(1);
  return found[0];
};
/** Cells as `column=text`, the amounts exactly as printed. */
const cells = (row: TableRow): string[] => row.cells.map((c) => `${c.column}=${c.amount.text}`);
const cents = (row: TableRow): Record<string, number> => Object.fromEntries(row.cells.map((c) => [c.column, c.amount.cents]));
const line1 = (row: TableRow): number => row.range.start.line + 1;

describe('imputation tables of 000 (N°2022-372, RAPPORT N°53)', () => {
  it('reads the D1 table of the decision, L67–79', () => {
    // Decision part: DECIDE (L52) to the vote intro (L81).
    const table = only(c000, 52, 81);
    expect(table.shape).toBe('D1');
    expect(table.columns).toEqual(['CP', 'Depense']);
    expect(table.headerRange).toEqual({ start: { line: 66, character: 0 }, end: { line: 72, character: 32 } });
    expect(table.rows).toHaveLength(1);
    const [row] = table.rows;
    // L75 `C03-221J02 204311/91221`, L76–78 the libellé, L79 `150 000,00 150 000,00`.
    expect(row.operationCode).toEqual({ value: 'C03-221J02', range: { start: { line: 74, character: 0 }, end: { line: 74, character: 10 } } });
    expect(row.imputations).toEqual([{ value: '204311/91221', range: { start: { line: 74, character: 11 }, end: { line: 74, character: 23 } } }]);
    expect(row.libelle).toBe('Informatique subventions aux collèges');
    expect(row.direction).toBe('depense');
    expect(cells(row)).toEqual(['CP=150 000,00', 'Depense=150 000,00']);
    expect(cents(row)).toEqual({ CP: 15_000_000, Depense: 15_000_000 });
    expect(row.cells[1].amount.range).toEqual({ start: { line: 78, character: 11 }, end: { line: 78, character: 21 } });
    expect(row.alignment).toBe('full');
    expect(row.range).toEqual({ start: { line: 74, character: 0 }, end: { line: 78, character: 21 } });
    expect(table.range.end).toEqual(row.range.end);
  });

  it('reads the R1 table of the report, L197–209, the code written `C03-221 J02` (L203)', () => {
    // The whole report, L105–221: the table ends before the opinion sentence (L211).
    const table = only(c000, 105, 221);
    expect(table.shape).toBe('R1');
    expect(table.columns).toEqual(['CP', 'Disponible', 'Proposition', 'Solde']);
    const [row] = table.rows;
    expect(row.operationCode?.value).toBe('C03-221J02');
    expect(row.operationCode?.range).toEqual({ start: { line: 202, character: 0 }, end: { line: 202, character: 11 } });
    expect(row.imputations.map((i) => i.value)).toEqual(['204311/91221']);
    expect(row.libelle).toBe('Informatique Subventions aux collèges');
    expect(cells(row)).toEqual(['CP=150 000,00', 'Disponible=150 000,00', 'Proposition=150 000,00', 'Solde=0,00']);
    expect(table.range.end.line + 1).toBe(209);
  });
});

describe('imputation tables of 001 (N°2024-577)', () => {
  it('L87: amounts on the line after the libellé; L456: the report row (T1, T3, T4 hold)', () => {
    const [d] = only(c001, 59, 89).rows;
    expect(line1(d)).toBe(82);
    expect(d.libelle).toBe("Subventions aux associations de l'enseignement secondaire et supérieur et colloques");
    expect(cells(d)).toEqual(['CP=53 500,00', 'Depense=16 500,00']);
    const [r] = only(c001, 371, 467).rows;
    expect(cells(r)).toEqual(['CP=53 500,00', 'Disponible=22 000,00', 'Proposition=16 500,00', 'Solde=5 500,00']);
    const v = cents(r);
    expect(v.Disponible - v.Proposition).toBe(v.Solde);
    expect(cents(d).Depense).toBe(v.Proposition);
  });
});

describe('imputation tables of 002 (N°2022-284): recettes without amounts', () => {
  it('D5, L88–101: section and code on the code line, `13172//900202`', () => {
    const table = only(c002, 72, 103);
    expect(table.shape).toBe('D5');
    expect(table.columns).toEqual([]);
    expect(table.rows.map((r) => [r.section, r.operationCode?.value, r.imputations.map((i) => i.value), r.direction, r.libelle])).toEqual([
      ['Investissement', 'C06-020M01', ['13172/900202'], 'recette', 'Informatique Equipement et études'],
      ['Investissement', 'C03-221J01', ['13172/900202'], 'recette', 'Informatique - Equipement des collèges'],
      ['Fonctionnement', 'C06-020M02', ['74772/930202'], 'recette', 'Informatique fonctionnement'],
    ]);
    expect(table.rows.every((r) => r.cells.length === 0 && r.alignment === 'none')).toBe(true);
  });

  it('R3, L295–343: section cut `Investissemen`⏎`t` (L307–308), imputation cut `13172//90020`⏎⏎`2` (L311–313)', () => {
    const table = only(c002, 168, 357);
    expect(table.shape).toBe('R3');
    expect(table.columns).toEqual(['AP', 'CP', 'Disponible', 'Proposition', 'Solde']);
    expect(table.rows).toHaveLength(3);
    const [first, , last] = table.rows;
    expect(first.section).toBe('Investissement');
    expect(first.range.start).toEqual({ line: 306, character: 0 });
    expect(first.operationCode?.value).toBe('C06-020M01');
    expect(first.imputations).toEqual([{ value: '13172/900202', range: { start: { line: 310, character: 0 }, end: { line: 312, character: 1 } } }]);
    expect(first.libelle).toBe('Informatique Equipement et études');
    expect(first.cells).toEqual([]);
    // L332–333 `Fonctionneme`⏎`nt`, L336–338 `74772//93020`⏎⏎`2`.
    expect([last.section, last.imputations[0].value, last.direction]).toEqual(['Fonctionnement', '74772/930202', 'recette']);
    // The deliberation's and the report's imputations agree once the cut is mended (T6).
    const deliberation = only(c002, 72, 103);
    expect(table.rows.map((r) => r.imputations[0].value)).toEqual(deliberation.rows.map((r) => r.imputations[0].value));
  });
});

describe('imputation tables of 003', () => {
  it('2022-85 L3166–3176: two D1 rows split by beneficiary type', () => {
    const table = only(c003, 3155, 3178);
    expect(table.rows.map((r) => [r.imputations[0].value, ...cells(r)])).toEqual([
      ['6574/93312', 'CP=75 000,00', 'Depense=8 500,00'],
      ['65734/93312', 'CP=75 000,00', 'Depense=10 498,50'],
    ]);
  });

  it('2022-87 L4552: `6574//93311` compares as `6574/93311` (L5080)', () => {
    const d = only(c003, 4540, 4564);
    const r = only(c003, 5070, 5092);
    expect(d.rows[0].imputations[0].value).toBe('6574/93311');
    expect(r.rows[0].imputations[0].value).toBe('6574/93311');
    expect(cells(r.rows[1])).toEqual(['CP=208 000,00', 'Disponible=122 500,00', 'Proposition=4 740,00', 'Solde=117 760,00']);
  });

  it('2022-88 L5187–5195 D4: reversed imputation `9341/7518`, a recette; R4 L5692–5696', () => {
    const d = only(c003, 5182, 5197);
    expect(d.shape).toBe('D4');
    const [row] = d.rows;
    expect([row.section, row.operationCode?.value, row.imputations[0].value, row.libelle, row.direction]).toEqual([
      'Fonctionnement',
      'C02-412A03',
      '7518/9341',
      'Recouvrements divers',
      'recette',
    ]);
    expect(row.imputations[0].range).toEqual({ start: { line: 5194, character: 26 }, end: { line: 5194, character: 35 } });
    expect(cells(row)).toEqual(['Recette=8 800']);
    const r = only(c003, 5688, 5698);
    expect(r.shape).toBe('R4');
    expect(r.columns).toEqual(['Inscrit', 'PropositionInscription']);
    expect(cells(r.rows[0])).toEqual(['Inscrit=0', 'PropositionInscription=8 800']);
  });

  it('2022-89 L6429: the report writes `CO2-515B03 6568//9351` (kept as written, letter O included)', () => {
    const [row] = only(c003, 6420, 6437).rows;
    expect(row.operationCode?.value).toBe('CO2-515B03');
    expect(row.imputations[0].value).toBe('6568/9351');
    expect(cells(row)).toEqual(['CP=192 981,00', 'Disponible=170 821,00', 'Proposition=10 955,00', 'Solde=159 866,00']);
  });

  it('2022-94 D3 L8171–8189: `AP/AE €`⏎`Dépense/`⏎`Recette €`; L8189 a short recette row, right-aligned', () => {
    const d = only(c003, 8165, 8191);
    expect(d.shape).toBe('D3');
    expect(d.columns).toEqual(['AP', 'Depense']);
    const [spend, income] = d.rows;
    expect([spend.direction, ...cells(spend)]).toEqual(['depense', 'AP=1 000 000,00', 'Depense=750 000,00']);
    expect([income.imputations[0].value, income.direction, income.alignment, ...cells(income)]).toEqual(['13172/90738', 'recette', 'right', 'Recette=431 250,00']);
    // No relation settles a one-figure row on its own.
    expect(income.guessed).toBe(true);
  });

  it('2022-94 R3 L8347–8379: L8368 short row (CP empty), L8370–8371 `Investissemen`⏎`t Recette`', () => {
    const r = only(c003, 8343, 8381);
    expect(r.shape).toBe('R3');
    const [spend, income] = r.rows;
    expect(line1(spend)).toBe(8359);
    expect(spend.amounts?.map((a) => a.text)).toEqual(['1 000 000,00', '825 000,00', '750 000,00', '75 000,00']);
    // T1 settles Disponible, Proposition and Solde; whether the leading figure is AP/AE or CP is open.
    expect(cents(spend)).toMatchObject({ Disponible: 82_500_000, Proposition: 75_000_000, Solde: 7_500_000 });
    expect(spend.alignment).toBe('right');
    expect(spend.guessed).toBe(true);
    expect([income.section, income.direction, income.alignment]).toEqual(['Investissement', 'recette', 'full']);
    // Recette row: Solde = Disponible + Proposition (L8379).
    expect(cells(income)).toEqual(['AP=0,00', 'CP=0,00', 'Disponible=0,00', 'Proposition=431 250,00', 'Solde=431 250,00']);

    // The sibling settles both short rows: AP/AE 1 000 000,00 = the deliberation's (T5), 431 250,00 = Proposition (T4).
    const d = only(c003, 8165, 8191);
    const report = alignToSibling(r, d);
    expect(cells(report.rows[0])).toEqual(['AP=1 000 000,00', 'Disponible=825 000,00', 'Proposition=750 000,00', 'Solde=75 000,00']);
    expect(report.rows[0].guessed).toBeUndefined();
    const deliberation = alignToSibling(d, r);
    expect(cells(deliberation.rows[1])).toEqual(['Recette=431 250,00']);
    expect(deliberation.rows[1].guessed).toBeUndefined();
  });

  it('2022-94: the sibling still seats the short row when one figure slipped on either side', () => {
    const r = only(c003, 8343, 8381);
    // The deliberation's Dépense slipped (750 100,00): both balanced seatings share the Proposition,
    // and only the one with AP/AE agrees with the deliberation's AP — the slip does not unseat it.
    const slipped = c003.slice();
    slipped[8182] = slipped[8182].replace('750 000,00', '750 100,00');
    const d = only(slipped, 8165, 8191);
    expect(cells(d.rows[0])).toEqual(['AP=1 000 000,00', 'Depense=750 100,00']);
    const seated = alignToSibling(r, d).rows[0];
    expect(cells(seated)).toEqual(['AP=1 000 000,00', 'Disponible=825 000,00', 'Proposition=750 000,00', 'Solde=75 000,00']);
    expect(seated.guessed).toBeUndefined();
    // The report's Solde slipped (75 100,00): no seating balances; AP and Proposition agree with the
    // deliberation whether 825 000,00 is the CP or the Disponible — the row stays a guess.
    const broken = c003.slice();
    broken[8367] = broken[8367].replace('75 000,00', '75 100,00');
    const unsettled = alignToSibling(only(broken, 8343, 8381), only(c003, 8165, 8191)).rows[0];
    expect(unsettled.guessed).toBe(true);
  });

  it('2022-95 L8494–8510 D2: header `Code Opération Imputation Budgétaire`⏎`Libellé`…, code suffix, three imputations', () => {
    const d = only(c003, 8486, 8512);
    expect(d.shape).toBe('D2');
    const [row] = d.rows;
    // L8500–8501 `C04-621G02-MV`⏎`et SE`; L8503–8504 `2381//90621,231511//90621`⏎`& 2041421//91621`.
    expect(row.operationCode?.value).toBe('C04-621G02-MV-SE');
    expect(row.operationCode?.range).toEqual({ start: { line: 8499, character: 0 }, end: { line: 8500, character: 5 } });
    expect(row.imputations.map((i) => i.value)).toEqual(['2381/90621', '231511/90621', '2041421/91621']);
    expect(row.imputations[2].range.start).toEqual({ line: 8503, character: 2 });
    expect(row.libelle).toBe('Maintenance des RD en milieu urbain');
    expect(cells(row)).toEqual(['AP=7 000 000,00', 'Depense=6 999 947,56']);
    // The report writes them `C04-621G02 MV &`⏎`SE` and `2381//90621,`⏎`231511//90621 &`⏎`2041421//91621` (L9695–9700).
    const [r] = only(c003, 9683, 9708).rows;
    expect(r.operationCode?.value).toBe(row.operationCode?.value);
    expect(r.imputations.map((i) => i.value)).toEqual(row.imputations.map((i) => i.value));
    expect(cells(r)).toEqual(['AP=7 000 000,00', 'Disponible=7 000 000,00', 'Proposition=6 999 947,56', 'Solde=52,44']);
  });

  it('2022-99 L12177: a whole row on the code line, a year in the libellé (`Paris 2024`)', () => {
    const [row] = only(c003, 12165, 12179).rows;
    expect(row.libelle).toBe('Paris 2024');
    expect(cells(row)).toEqual(['AP=1 000 000,00', 'Depense=500 000,00']);
    const [r] = only(c003, 12510, 12522).rows;
    expect(cells(r)).toEqual(['AP=1 000 000,00', 'Disponible=1 000 000,00', 'Proposition=500 000,00', 'Solde=500 000,00']);
  });

  it('2022-103 L16073: `90221//218411` compares as `218411/90221`', () => {
    expect(only(c003, 16062, 16080).rows[0].imputations[0].value).toBe('218411/90221');
  });

  it('2022-104 D1 L18478–18524: ten rows, inline (L18480) and spread (L18500–18506)', () => {
    const table = only(c003, 18469, 18526);
    expect(table.rows).toHaveLength(10);
    expect(cells(table.rows[0])).toEqual(['CP=1 270 000,00', 'Depense=1 268 980,00']);
    expect(table.rows[0].libelle).toBe('Louvre Lens');
    expect(table.rows[6].libelle).toBe('Lecture publique - Structures de rayonnement local');
    // Σ Dépense = `4 990 980 €`, the report's « engagement financier global » (L20781).
    expect(table.rows.map((r) => r.cells[1].amount.cents).reduce((a, b) => a + b, 0)).toBe(499_098_000);
    const report = only(c003, 20804, 20868);
    expect(report.rows.map((r) => r.operationCode?.value)).toEqual(table.rows.map((r) => r.operationCode?.value));
    expect(cells(report.rows[0])).toEqual(['CP=1 270 000,00', 'Disponible=1 270 000,00', 'Proposition=1 268 980,00', 'Solde=1 020,00']);
  });

  it('2022-108: D6 L43970–43976 (code without `C0d-`, `93558/6512`), R1 L44082 left-aligned', () => {
    const d = only(c003, 43965, 43978);
    expect(d.shape).toBe('D6');
    expect(d.headerRange.start.line).toBe(d.headerRange.end.line);
    const [row] = d.rows;
    expect([row.operationCode?.value, row.imputations[0].value, ...cells(row)]).toEqual(['583A01', '6512/93558', 'CP=1 824 996,00']);
    const r = only(c003, 44063, 44084);
    const [short] = r.rows;
    // Two figures under `CP Disponible Proposition Solde`: CP and Disponible, CP as in L43976.
    expect([short.alignment, ...cells(short)]).toEqual(['left', 'CP=1 824 996,00', 'Disponible=1 693 138,00']);
    expect(short.guessed).toBe(true);
    const settled = alignToSibling(r, d).rows[0];
    expect([settled.alignment, settled.guessed, ...cells(settled)]).toEqual(['left', undefined, 'CP=1 824 996,00', 'Disponible=1 693 138,00']);
  });
});

describe('the whole corpus: every table of domain.md §6.1', () => {
  const all = FILES.flatMap((name) => {
    const lines = load(name);
    return parseImputationTables(regionOf(lines)).map((table) => ({ name, table }));
  });

  it('finds 40 tables, 68 rows, with the shapes and counts read in the text', () => {
    const byShape: Partial<Record<TableShape, [number, number]>> = {};
    for (const { table } of all) {
      const entry = (byShape[table.shape] ??= [0, 0]);
      entry[0]++;
      entry[1] += table.rows.length;
    }
    expect(byShape).toEqual({
      D1: [11, 22],
      D2: [5, 5],
      D3: [1, 2],
      D4: [1, 1],
      D5: [1, 3],
      D6: [1, 1],
      R1: [12, 23],
      R2: [5, 5],
      R3: [2, 5],
      R4: [1, 1],
    });
  });

  it('anchors every row on a code and an imputation, and reads amounts wherever columns exist', () => {
    const rows = all.flatMap(({ table }) => table.rows.map((row) => ({ table, row })));
    expect(rows.every(({ row }) => row.operationCode && row.imputations.length > 0)).toBe(true);
    const withAmounts = rows.filter(({ row }) => row.cells.length > 0);
    // 002's R3 rows print no amounts (L307–343); every other row of a table with columns has some.
    expect(withAmounts).toHaveLength(68 - 3 - 3);
  });

  it('T1 holds on every report row whose Disponible, Proposition and Solde were read', () => {
    let checked = 0;
    for (const { table } of all) {
      for (const row of table.rows) {
        const v = cents(row);
        if (v.Disponible === undefined || v.Proposition === undefined || v.Solde === undefined) continue;
        checked++;
        expect(v.Solde).toBe(row.direction === 'recette' ? v.Disponible + v.Proposition : v.Disponible - v.Proposition);
      }
    }
    expect(checked).toBe(23 + 5 + 2 - 1);
  });

  it('finds no table in 004 (no imputation table in N°2023-204)', () => {
    expect(all.filter(({ name }) => name === FILES[4])).toEqual([]);
  });
});

describe('what a drafter types: the same table, other layouts, same model', () => {
  const extracted = only(c000, 52, 81);
  const model = (table: ImputationTable): unknown =>
    table.rows.map((r) => ({
      code: r.operationCode?.value,
      imputations: r.imputations.map((i) => i.value),
      libelle: r.libelle,
      direction: r.direction,
      cells: r.cells.map((c) => [c.column, c.amount.cents]),
    }));

  it('aligned columns, header on one line', () => {
    const text = [
      'La dépense est imputée sur le budget départemental comme suit :',
      '',
      'Code opération   Imputation budgétaire   Libellé opération                        CP €          Dépense €',
      'C03-221J02       204311/91221            Informatique subventions aux collèges    150 000,00    150 000,00',
      '',
      'Dans les conditions de vote ci-dessous :',
    ];
    const [table] = parseImputationTables(regionOf(text));
    expect(table.shape).toBe('D1');
    expect(model(table)).toEqual(model(extracted));
    const at = text[3].indexOf('150 000,00');
    expect(table.rows[0].cells[0].amount.range).toEqual({ start: { line: 3, character: at }, end: { line: 3, character: at + 10 } });
  });

  it('aligned columns with an empty cell: the figure goes to the column it sits under', () => {
    const text = [
      'Code opération   Imputation      Libellé                     CP           Disponible    Proposition    Solde',
      'C03-288H01       657382/93288    Subventions associations    53 500,00                  16 500,00',
    ];
    const [row] = parseImputationTables(regionOf(text))[0].rows;
    expect(cells(row)).toEqual(['CP=53 500,00', 'Proposition=16 500,00']);
    expect(row.guessed).toBeUndefined();
  });

  it('a `|` pipe table, with a continuation line and an inner space in the code', () => {
    const text = [
      '| Code opération | Imputation | Libellé | CP € | Dépense € |',
      '|---|---|---|---|---|',
      '| C03-221 J02 | 204311//91221 | Informatique subventions | 150 000,00 | 150 000,00 |',
      '| | | aux collèges | | |',
    ];
    const [table] = parseImputationTables(regionOf(text));
    expect(table.shape).toBe('D1');
    expect(model(table)).toEqual(model(extracted));
    expect(table.rows[0].operationCode?.range).toEqual({ start: { line: 2, character: 2 }, end: { line: 2, character: 13 } });
    expect(table.rows[0].range.end).toEqual({ line: 3, character: text[3].indexOf('collèges') + 'collèges'.length });
  });

  it('a pipe table with a Section column, a recette and an empty cell', () => {
    const text = [
      '| Section | Code opération | Imputation | Libellé | Inscrit | Proposition d’inscription |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Fonctionnement | C02-412A03 | 9341/7518 | Recouvrements divers | | 8 800 |',
    ];
    const [table] = parseImputationTables(regionOf(text));
    expect(table.shape).toBe('R4');
    const [row] = table.rows;
    expect([row.section, row.imputations[0].value, row.direction, ...cells(row)]).toEqual([
      'Fonctionnement',
      '7518/9341',
      'recette',
      'PropositionInscription=8 800',
    ]);
  });

  it('a typed report table without decimals: a misread grouping is mended by T1', () => {
    const text = [
      'Code Opération Imputation Budgétaire Libellé Opération CP Disponible Proposition Solde',
      'C03-311Q01 6574/93311 Saison 226 000 100 500 9 830 90 670',
    ];
    const [row] = parseImputationTables(regionOf(text))[0].rows;
    expect(cells(row)).toEqual(['CP=226 000', 'Disponible=100 500', 'Proposition=9 830', 'Solde=90 670']);
    expect(row.alignment).toBe('full');
  });

  it('reads through page markers, stamps and footers inside a table', () => {
    const text = [...c000.slice(66, 75), '', '2 / 3', '', 'CP20220927-8', ' 736', 'Informatique subventions', '', 'aux collèges', '150 000,00 150 000,00', ''];
    const [table] = parseImputationTables(regionOf(text));
    expect(model(table)).toEqual(model(extracted));
  });

  it('lower-case codes, several imputations on one line, a `Dépense` label cell', () => {
    const text = [
      'Section Code Opération Imputation Budgétaire Libellé Opération AP € Dépense €',
      'Investissement Dépense c04-621g02 2381/90621, 231511/90621 et 2041421/91621 Voirie 7 000 000,00 6 999 947,56',
    ];
    const [row] = parseImputationTables(regionOf(text))[0].rows;
    expect(row.operationCode?.value).toBe('C04-621G02');
    expect(row.imputations.map((i) => i.value)).toEqual(['2381/90621', '231511/90621', '2041421/91621']);
    expect([row.section, row.direction, row.libelle]).toEqual(['Investissement', 'depense', 'Voirie']);
  });
});

describe('half-written drafts and garbage', () => {
  it('a header alone, a row without amounts, a row cut short', () => {
    expect(parseImputationTables(regionOf(['Code', 'Opération', 'Imputation']))).toMatchObject([{ shape: 'unknown', rows: [] }]);
    const [table] = parseImputationTables(regionOf(['Code Opération Imputation Budgétaire Libellé Opération CP € Dépense €', 'C03-221J02 204311/']));
    expect(table.rows[0].operationCode?.value).toBe('C03-221J02');
    expect(table.rows[0].imputations).toEqual([]);
  });

  it('ends at prose, a vote intro, an opinion sentence', () => {
    const header = 'Code Opération Imputation Budgétaire Libellé Opération CP € Dépense €';
    const row = 'C03-221J02 204311/91221 Informatique 150 000,00 150 000,00';
    for (const end of ['Dans les conditions de vote ci-dessous :', 'La 3ème Commission - Education a émis un avis favorable.', 'Je vous prie de bien vouloir en délibérer.', 'Cette somme sera versée en une seule fois au bénéficiaire concerné.']) {
      const [table] = parseImputationTables(regionOf([header, row, end, row]));
      expect(table.rows).toHaveLength(1);
      expect(table.range.end.line).toBe(1);
    }
  });

  it('never throws, stays fast on long and odd lines', () => {
    const inputs = [
      ['Code Imputation', 'C03-221J02 '.repeat(2_000), '1 000,00 '.repeat(3_000)],
      ['| Code | Imputation |', '|' + ' '.repeat(20_000) + 'x', '|'.repeat(20_000)],
      ['Section', 'Code Imputation', 'Investissemen', '', 't', 'Recette', ''],
      Array.from({ length: 5_000 }, (_, i) => (i % 2 ? 'Code Imputation Libellé' : 'C03-221J02 204311/91221 ' + '9 '.repeat(50))),
      ['Code Opération Imputation Budgétaire Libellé Opération CP Disponible Proposition Solde', 'C03-311Q01 6574/93311 ' + '1 000 '.repeat(5_000)],
    ];
    for (const lines of inputs) expect(() => parseImputationTables(regionOf(lines))).not.toThrow();
  });
});

describe('normaliseImputation', () => {
  it('restores nature/fonction when the function (9…) comes first', () => {
    expect(normaliseImputation('9341', '7518')).toBe('7518/9341');
    expect(normaliseImputation('6568', '89351')).toBe('6568/89351');
    expect(normaliseImputation('204311', '91221')).toBe('204311/91221');
  });
});
