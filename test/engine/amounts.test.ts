import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayAmount, findMoney, formatAmount, isPercentage, parseAmountCell, scanAmounts, toAmount } from '../../engine/model/amounts';
import { digitGroups, groupings, numericRuns, readingsOf, values } from '../../engine/model/groupings';

const load = (name: string): string[] => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8').split('\n');
const c003 = load('003_b2bb4981e98d102e.txt');
const c001 = load('001_31979806140e0f38.txt');
const c002 = load('002_1db52241779bf69e.txt');
const c004 = load('004_1dc4fcee360ef1bf.txt');
/** 1-based line of 003, as cited in docs/domain.md. */
const L = (n: number): string => c003[n - 1];

const texts = (line: string): string[] => scanAmounts(line).map((t) => t.text);
const cents = (line: string): number[] => scanAmounts(line).map((t) => t.cents);
const money = (line: string): number[] => findMoney(line).map((t) => t.cents);

describe('scanAmounts: every §4.1 format, as written in the corpus', () => {
  it('space thousands with decimal comma, no currency (imputation tables, 000 L79, L8368)', () => {
    expect(texts(load('000_8d5666818704f46d.txt')[78])).toEqual(['150 000,00', '150 000,00']);
    expect(cents(L(8368))).toEqual([100_000_000, 82_500_000, 75_000_000, 7_500_000]);
  });

  it('with a spaced euro sign (L3079 `18 998,50 €`)', () => {
    const [t] = findMoney(L(3079));
    expect(t.text).toBe('18 998,50 €');
    expect(t.cents).toBe(1_899_850);
    expect(t.style).toEqual({ thousands: ' ', decimals: 2, currency: ' €' });
  });

  it('with a glued euro sign (L3138, L21742, 004 L282)', () => {
    expect(findMoney(L(3138)).map((t) => t.text)).toEqual(['13 398€']);
    expect(money(L(21742))).toEqual([33_800_000, 27_040_000, 6_760_000]);
    expect(findMoney(c004[281]).map((t) => [t.text, t.style.currency])).toEqual([['550 000€', '€']]);
  });

  it('written out in euros (L5777, 002 L234)', () => {
    expect(findMoney(L(5777)).map((t) => [t.cents, t.style.currency])).toEqual([[400_000, ' euros']]);
    expect(money(c002[233])).toEqual([210_197_500]);
  });

  it('dot thousands (L7758, L12462, L12464, L13238, L13247) and no separator (L14194)', () => {
    expect(money(L(7758))).toEqual([50_000, 250_000]);
    expect(findMoney(L(7758))[1].style.thousands).toBe('.');
    expect(findMoney(L(12462)).map((t) => [t.text, t.cents])).toEqual([['500.000  €', 50_000_000]]);
    expect(findMoney(L(12464)).map((t) => [t.text, t.cents])).toEqual([['2.670.150,00€', 267_015_000]]);
    expect(money(L(13238))).toEqual([350_000, 700]);
    expect(money(L(13247))).toEqual([300_000]);
    expect(findMoney(L(14194)).map((t) => [t.cents, t.style.thousands])).toEqual([[300_000, '']]);
  });

  it('spaces around the decimal comma (002 L235–236): an amount and a rate', () => {
    const [amount] = findMoney(c002[234]);
    expect(amount.text).toBe('2 971 219, 36 €');
    expect(amount.cents).toBe(297_121_936);
    const rate = scanAmounts(c002[235]).find((t) => t.kind === 'percent');
    expect(rate?.cents).toBe(7_074);
    expect(money(c002[237])).toEqual([297_121_936]);
  });

  it('doubled spaces (001 L404, L13125, 002 L288) keep their separator for re-writing', () => {
    const [a] = findMoney(c001[403]);
    expect([a.text, a.cents]).toEqual(['108  000  €', 10_800_000]);
    expect(a.style).toEqual({ thousands: '  ', decimals: 0, currency: '  €' });
    expect(money(L(13125))).toEqual([35_000_000]);
    const [b] = findMoney(c002[287]);
    expect([b.text, b.cents, b.style.thousands, b.style.currency]).toEqual(['2 101 975  €', 210_197_500, ' ', '  €']);
  });

  it('zero cells printed as a dash (L21050 `-  €`, L18646 `- €`) and column gaps', () => {
    expect(findMoney(L(21050)).map((t) => [t.text, t.cents])).toEqual([
      ['-  €', 0],
      ['95 200 €', 9_520_000],
      ['0 €', 0],
      ['95 200 €', 9_520_000],
    ]);
    expect(money(L(18646))).toEqual([77_600_000, 77_600_000, 77_600_000, 0]);
  });

  it('runs without separator and mixed runs, read greedily (L15699, L6361)', () => {
    expect(cents(L(15699))).toEqual([7_510_500, 826_800, 122_400, 218_400, 500, 1_185_600]);
    expect(cents(L(6361))).toEqual([783_300, 115_500]);
  });

  it('tells percentages from amounts (L4887 `30%`, L6580 `59,53%`, `30 %`)', () => {
    const line = L(4887);
    const tokens = scanAmounts(line);
    expect(tokens.map((t) => [t.cents, t.kind])).toEqual([
      [407_758, 'money'],
      [3_000, 'percent'],
      [122_000, 'money'],
    ]);
    expect(isPercentage(line, tokens[1])).toBe(true);
    expect(money(line)).toEqual([407_758, 122_000]);
    expect(scanAmounts(L(6580)).filter((t) => t.kind === 'percent').map((t) => t.cents)).toEqual([5_953]);
    expect(scanAmounts('taux de 30 % du coût').map((t) => t.kind)).toEqual(['percent']);
  });

  it('skips digits that are not amounts: codes, articles, dotted numbers, dates, roads', () => {
    expect(scanAmounts('C03-311Q01 65734/93311 L.3121-14 3.9.1.1 07/03/2022 2014-2020 1er 3ème 20/21')).toEqual([]);
    // L8566: the road `12`, then `0+642 à 0+941` skipped.
    expect(cents(L(8566))).toEqual([1_200]);
    // L10652: a code with inner spaces in prose, `C03-321 A 17`.
    expect(scanAmounts(L(10652)).map((t) => t.text)).toEqual([]);
  });

  it('labels years and date parts so callers can drop them', () => {
    expect(scanAmounts('le 21 mars 2022 au BP 2022').map((t) => [t.text, t.kind])).toEqual([
      ['21', 'date'],
      ['2022', 'date'],
      ['2022', 'year'],
    ]);
    // L16110: the canton number `3` is a plain number; the amount is money.
    expect(scanAmounts(L(16110)).map((t) => [t.text, t.kind])).toEqual([
      ['3', 'number'],
      ['658,63 €', 'money'],
    ]);
  });

  it('reads hand-written variants', () => {
    expect(money('un montant de 1\u00a0200,50\u00a0€')).toEqual([120_050]);
    expect(findMoney('un montant de 1\u00a0200,50\u00a0€')[0].style.thousands).toBe('\u00a0');
    expect(money('soit 10,5 € par élève')).toEqual([1_050]);
    expect(cents('Solde -6 500,00')).toEqual([-650_000]);
    expect(money('1 200 EUROS')).toEqual([120_000]);
    // A comma followed by a space is punctuation unless a currency closes two decimals.
    expect(cents('en 2021, 36 projets')).toEqual([202_100, 3_600]);
    expect(cents('il reste 1 200.')).toEqual([120_000]);
    expect(scanAmounts('3,1415')).toEqual([]);
  });

  it('gives exact offsets, usable as ranges', () => {
    const line = 'Total : 16 500 € et 2.500 €';
    const [a, b] = findMoney(line);
    expect(line.slice(a.index, a.index + a.length)).toBe('16 500 €');
    expect(line.slice(b.index, b.index + b.length)).toBe('2.500 €');
    expect(toAmount(b, 7, 4).range).toEqual({ start: { line: 7, character: 24 }, end: { line: 7, character: 31 } });
  });

  it('never throws and stays linear: 50 000 digits, 10 000 groups, dots, dashes', () => {
    const inputs = ['1'.repeat(50_000), '1 000 '.repeat(10_000), '1.1.'.repeat(20_000), '- '.repeat(20_000) + '€', ',5'.repeat(20_000)];
    for (const input of inputs) expect(() => scanAmounts(input)).not.toThrow();
    expect(scanAmounts('1'.repeat(50_000))).toEqual([]);
  });
});

describe('scanAmounts: malformed figures whose value is certain', () => {
  const read = (text: string): [string, number, boolean | undefined, string][] =>
    scanAmounts(text).map((t) => [t.text, t.cents, t.style.malformed, formatAmount(t.cents, t.style)]);

  it('reads a doubled comma, a decimal point, a misplaced space, mixed separators as the figure meant', () => {
    expect(read('150 000,,00 €')).toEqual([['150 000,,00 €', 15_000_000, true, '150 000,00 €']]);
    expect(read('150 000.00')).toEqual([['150 000.00', 15_000_000, true, '150 000,00']]);
    expect(read('soit 12.50 €')).toEqual([['12.50 €', 1_250, true, '12,50 €']]);
    expect(read('15 0000,00')).toEqual([['15 0000,00', 15_000_000, true, '150 000,00']]);
    expect(read('1500 00,00')).toEqual([['1500 00,00', 15_000_000, true, '150 000,00']]);
    expect(read('1 500.000 €')).toEqual([['1 500.000 €', 150_000_000, true, '1 500 000 €']]);
    expect(read('1.500,000 €')).toEqual([['1.500,000 €', 150_000_000, true, '1.500.000 €']]);
  });

  it('L28935 `163 342.80`: the one malformed figure of the corpus', () => {
    expect(read(L(28935))).toEqual([['163 342.80', 16_334_280, true, '163 342,80']]);
  });

  it('leaves the ambiguous and the legitimate as they were', () => {
    // A count then an amount is printed like a misplaced space (L15699 `… 5 11 856 €`).
    expect(read('1 20 000 €').map((r) => r[0])).toEqual(['1', '20 000 €']);
    expect(read('1 5000 €').map((r) => r[0])).toEqual(['1', '5000 €']);
    expect(scanAmounts('3.9.1.1 07.03.2022 v 2.15 h')).toEqual([]);
    for (const text of ['2 971 219, 36 €', '108  000  €', '3000 €', '2.500 €', '13 398€', '0 8 800']) {
      expect(scanAmounts(text).every((t) => !t.style.malformed)).toBe(true);
    }
  });
});

describe('parseAmountCell', () => {
  it('reads a whole cell, or nothing', () => {
    expect(parseAmountCell(' 150 000,00 ')?.cents).toBe(15_000_000);
    expect(parseAmountCell(' 150 000,00 ')?.index).toBe(1);
    expect(parseAmountCell('8 800')?.cents).toBe(880_000);
    expect(parseAmountCell('-')?.cents).toBe(0);
    expect(parseAmountCell('30 %')).toBeUndefined();
    expect(parseAmountCell('Paris 2024')).toBeUndefined();
    expect(parseAmountCell('')).toBeUndefined();
  });
});

describe('formatAmount: a figure re-written in the style of the one it replaces', () => {
  const roundTrip = (text: string): string => {
    const [t] = scanAmounts(text);
    return formatAmount(t.cents, t.style);
  };

  it('reproduces every corpus style', () => {
    for (const text of ['150 000,00', '13 398€', '2.500 €', '108  000  €', '18 998,50 €', '4 000 euros', '2.670.150,00€', '3000 €', '2 101 975  €', '1\u00a0200,50\u00a0€']) {
      expect(roundTrip(text)).toBe(text);
    }
  });

  it('writes a new value in an old style', () => {
    expect(formatAmount(12_250_000, { thousands: ' ', decimals: 2, currency: '' })).toBe('122 500,00');
    expect(formatAmount(1_000_000, { thousands: '.', decimals: 0, currency: ' €' })).toBe('10.000 €');
    expect(formatAmount(56_269_200, { thousands: '  ', decimals: 0, currency: '  €' })).toBe('562  692  €');
    expect(formatAmount(-650_000, { thousands: ' ', decimals: 2, currency: '' })).toBe('-6 500,00');
  });

  it('never drops cents', () => {
    expect(formatAmount(123_456, { thousands: ' ', decimals: 0, currency: ' €' })).toBe('1 234,56 €');
    expect(formatAmount(1_055, { thousands: ' ', decimals: 1, currency: '' })).toBe('10,55');
  });

  it('displays for messages', () => {
    expect(displayAmount(146_874_800)).toBe('1 468 748');
    expect(displayAmount(1_899_850)).toBe('18 998,50');
  });
});

describe('groupings: the readings of an ambiguous run (§4.2)', () => {
  const read = (text: string, count?: number): number[][] => readingsOf(text, { count }).map((r) => values(r).map((v) => v / 100));

  it('L10666 `TOTAL 12 562 692 €`: one figure, or 12 items and 562 692 €', () => {
    const text = L(10666);
    const readings = read(text.slice(text.indexOf('12')));
    expect(readings[0]).toEqual([12_562_692]);
    expect(readings).toContainEqual([12, 562_692]);
    expect(read('12 562 692', 2)).toEqual([
      [12_562, 692],
      [12, 562_692],
    ]);
  });

  it('L6582 `185 139 110,24`: 185 participants and 139 110,24 €', () => {
    expect(read('185 139 110,24')).toEqual([[185_139_110.24], [185_139, 110.24], [185, 139_110.24], [185, 139, 110.24]]);
  });

  it('L15637 `1 494 € 3 585 € 1 636 € 3 6 715 €`: three amounts, a count, a total that adds up', () => {
    const text = L(15637);
    expect(text.trim()).toBe('1 494 € 3 585 € 1 636 € 3 6 715 €');
    const fitting = readingsOf(text, { count: 5 })
      .map(values)
      .filter((v) => v[0] + v[1] + v[2] === v[4]);
    expect(fitting).toEqual([[149_400, 358_500, 163_600, 300, 671_500]]);
  });

  it('L15699 `75 105 8268 1224 2184 5 11 856 €`: five amounts, a count, a total', () => {
    const text = L(15699);
    const fitting = readingsOf(text)
      .map((r) => values(r).map((v) => v / 100))
      .filter((v) => v.length === 7 && v[0] + v[1] + v[2] + v[3] + v[4] === v[6] && v[5] === 5);
    expect(fitting).toEqual([[75, 105, 8_268, 1_224, 2_184, 5, 11_856]]);
  });

  it('L6380 `2 000 600`: cost 2 000 and allocated 600 is the only two-figure reading', () => {
    expect(L(6380).trim()).toBe('2 000 600');
    expect(read('2 000 600')).toEqual([[2_000_600], [2_000, 600]]);
    expect(read('2 000 600', 2)).toEqual([[2_000, 600]]);
  });

  it('never reads a figure starting with 0 after a cut (`4 115 063 €` ≠ 4 115 + 063)', () => {
    expect(read('4 115 063 €')).toEqual([[4_115_063], [4, 115_063]]);
  });

  it('keeps spans and styles to build exact amounts', () => {
    const text = 'TOTAL 12 562 692 €';
    const groups = digitGroups(text, 6)!;
    const [, split] = groupings(groups, { count: 2 });
    expect(split.map((f) => text.slice(f.start, f.end))).toEqual(['12', '562 692 €']);
    expect(split[1].style).toEqual({ thousands: ' ', decimals: 0, currency: ' €' });
    expect(split[1].currency).toBe(true);
  });

  it('cuts a line into runs at words, dates, codes and rates (L6562)', () => {
    const line = L(6562);
    const runs = numericRuns(line).map((r) => line.slice(r.from, r.to));
    expect(runs).toEqual(['60', '43 091,22 25 854,74', '17 236,48 0,00']);
    expect(numericRuns('TOTAL 95 200 €(report crédit 2020) 95 200 €').map((r) => r.groups.map((g) => g.digits + g.currency))).toEqual([
      ['95', '200 €'],
      ['95', '200 €'],
    ]);
  });

  it('is bounded on pathological runs', () => {
    const long = '1 '.repeat(100);
    expect(readingsOf(long, { max: 10 }).length).toBeLessThanOrEqual(10);
    expect(readingsOf('1 '.repeat(10_000))).toEqual([]);
    expect(readingsOf('123 '.repeat(110), { count: 50 }).length).toBeLessThanOrEqual(64);
    expect(readingsOf('12 abc 3')).toEqual([]);
  });
});
