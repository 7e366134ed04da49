import { describe, expect, it } from 'vitest';
import { findFrenchDates, findFrenchTimes, foldKeepingOffsets, weekdayOf } from '../../engine/text/french-dates';

/** Each date found as `d/m/y` (or `d/m/?` without its year) with the text it was read from. */
function read(text: string): string[] {
  return findFrenchDates(text).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return `${d.day}/${d.month}/${d.year ?? '?'} «${d.text}»`;
  });
}

describe('dates in figures', () => {
  it('reads dd/mm/yyyy, d month yyyy, 1er, upper case, and the weekday before them', () => {
    expect(read('SÉANCE DU CONSEIL MUNICIPAL DU 13/01/2023')).toEqual(['13/1/2023 «13/01/2023»']);
    expect(read('le 16 janvier 2023 et le 1er mars 2023')).toEqual(['16/1/2023 «16 janvier 2023»', '1/3/2023 «1er mars 2023»']);
    const [upper] = findFrenchDates('COMPTE RENDU DU MARDI 14 FÉVRIER 2023');
    expect(upper.date).toEqual({ year: 2023, month: 2, day: 14 });
    expect(upper.text).toBe('14 FÉVRIER 2023');
    expect(upper.weekday).toEqual({ value: 2, start: 16, end: 21 });
    const [numeric] = findFrenchDates('Séance du lundi 16/01/2023');
    expect(numeric.weekday?.value).toBe(1);
  });

  it('reads two-figure years with / and -, and 1° for 1er', () => {
    expect(read('du 27/03/23 - publié le 08-02-23')).toEqual(['27/3/2023 «27/03/23»', '8/2/2023 «08-02-23»']);
    expect(read('à compter du 1° janvier 2023')).toEqual(['1/1/2023 «1° janvier 2023»']);
  });

  it('keeps numbers, phone numbers and mixed separators out', () => {
    expect(read('N°02/01-2023 — Tél : 05.62.34.25.54 — 01.12.20.25 — n° 2022-12-09/01')).toEqual([]);
    expect(read('DEL_20220630_1 et ID 20230216')).toEqual([]);
  });

  it('does not read a day an OCR split leaves uncertain (`3 1 mars` for 31)', () => {
    expect(read('Séance du vendredi 3 1 mars 2023')).toEqual([]);
  });

  it('leaves out impossible dates, and a day and month without a year carry no date', () => {
    const [feb] = findFrenchDates('le 30 février 2023');
    expect(feb.date).toBeUndefined();
    const [partial] = findFrenchDates('légalement convoqué le huit février, s’est réuni');
    expect(partial).toMatchObject({ day: 8, month: 2, inWords: true, text: 'huit février' });
    expect(partial.year).toBeUndefined();
    expect(partial.date).toBeUndefined();
  });
});

describe('dates in words', () => {
  it('reads the day and the year in words', () => {
    const [d] = findFrenchDates('le seize janvier deux mille vingt-trois à');
    expect(d).toMatchObject({ date: { year: 2023, month: 1, day: 16 }, text: 'seize janvier deux mille vingt-trois', inWords: true });
    expect(read('le trente et un janvier, le vingt et un mars, le premier avril 2023, le vingt-deux juin deux mil vingt-deux')).toEqual([
      '31/1/? «trente et un janvier»',
      '21/3/? «vingt et un mars»',
      '1/4/2023 «premier avril 2023»',
      '22/6/2022 «vingt-deux juin deux mil vingt-deux»',
    ]);
    expect(read('LE DIX-SEPT DECEMBRE DEUX-MILLE DIX-NEUF A DIX-HUIT HEURES')).toEqual(['17/12/2019 «DIX-SEPT DECEMBRE DEUX-MILLE DIX-NEUF»']);
    expect(read('le vingt deux juin deux mille vingt trois')).toEqual(['22/6/2023 «vingt deux juin deux mille vingt trois»']);
  });

  it('reads the opening sentence: the year first, then the day, with or without its weekday', () => {
    const [a] = findFrenchDates("L'an deux mille vingt-trois, le quatorze février, à dix-neuf heures");
    expect(a).toMatchObject({ date: { year: 2023, month: 2, day: 14 }, text: "L'an deux mille vingt-trois, le quatorze février", inWords: true });
    const [b] = findFrenchDates("L'An deux mille vingt-deux, le Lundi trente janvier, à dix-neuf heures");
    expect(b.date).toEqual({ year: 2022, month: 1, day: 30 });
    expect(b.weekday?.value).toBe(1);
    expect(b.text).toBe("L'An deux mille vingt-deux, le Lundi trente janvier");
    // Mixed: the year in words, the day in figures; `et le`; the year in figures.
    expect(read("L’an deux mille vingt-trois, le 13 du mois de janvier, à 20 heures")).toEqual([
      '13/1/2023 «L’an deux mille vingt-trois, le 13 du mois de janvier»',
    ]);
    expect(read("L'an deux mille vingt-deux et le 22 novembre à 18 heures ; L'an 2022, le 7 décembre")).toEqual([
      "22/11/2022 «L'an deux mille vingt-deux et le 22 novembre»",
      "7/12/2022 «L'an 2022, le 7 décembre»",
    ]);
  });

  it('does not take an article for a day (`un mars`)', () => {
    expect(read('un mars pluvieux')).toEqual([]);
  });
});

describe('times', () => {
  const times = (text: string) => findFrenchTimes(text).map((t) => `${t.hours}:${String(t.minutes).padStart(2, '0')} «${t.text}»`);

  it('reads figures and words', () => {
    expect(times('à dix-neuf heures seize, à 20 heures, 19h30, 18 h 00, 18H, à 18 heures trente')).toEqual([
      '19:16 «dix-neuf heures seize»',
      '20:00 «20 heures»',
      '19:30 «19h30»',
      '18:00 «18 h 00»',
      '18:00 «18H»',
      '18:30 «18 heures trente»',
    ]);
    expect(times('à vingt heures trente minutes ; à 20 heures et 3 minutes ; à dix-huit heures et quart')).toEqual([
      '20:30 «vingt heures trente minutes»',
      '20:03 «20 heures et 3 minutes»',
      '18:15 «dix-huit heures et quart»',
    ]);
  });

  it('tolerates OCR zeros after the hour, and refuses an hour whose first figure OCR lost', () => {
    expect(times('à 19 heures O0,')).toEqual(['19:00 «19 heures O0»']);
    expect(times('à l 9h30, le conseil')).toEqual([]);
    expect(times('trente heures de formation ; 25 h')).toEqual([]);
  });
});

describe('weekdays and folding', () => {
  it('gives the day of the week, 0 for Sunday', () => {
    expect(weekdayOf({ year: 2023, month: 1, day: 16 })).toBe(1);
    expect(weekdayOf({ year: 2023, month: 2, day: 14 })).toBe(2);
    expect(weekdayOf({ year: 2024, month: 2, day: 26 })).toBe(1);
    expect(weekdayOf({ year: 2023, month: 1, day: 1 })).toBe(0);
    expect(weekdayOf({ year: 2022, month: 12, day: 10 })).toBe(6);
  });

  it('folds without moving offsets', () => {
    const text = 'L’An DÉCEMBRE — Œuvre İstanbul';
    const folded = foldKeepingOffsets(text);
    expect(folded.length).toBe(text.length);
    expect(folded.startsWith("l'an decembre - ")).toBe(true);
  });
});

describe('garbage', () => {
  it('never throws and stays empty on noise', () => {
    for (const text of ['', ' ', '\u0000\u0016 ', '31/31/3131', '99 janvier 2023', 'le 0 mars 2023', 'deux mille deux mille', '°°°', '1'.repeat(5000), 'vingt et '.repeat(500), "l'an ".repeat(300)]) {
      expect(() => findFrenchDates(text)).not.toThrow();
      expect(() => findFrenchTimes(text)).not.toThrow();
    }
    expect(findFrenchDates('99 janvier 2023 ; le 0 mars 2023')).toEqual([]);
  });
});
