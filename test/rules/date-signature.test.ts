import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { dateSignature } from '../../engine/rules/date-signature';
import { formatDateLike } from '../../engine/rules/lib/dates';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('date-signature', () => {
  it('finds nothing on the real corpus (ARRAS, le … = REUNION DU … in all 33 deliberations)', () => {
    // e.g. 003 L89 `ARRAS, le 21 mars 2022` ↔ L9 `REUNION DU 21 MARS 2022`; 001 L105 ↔ 001 L6.
    expect(onCorpus(dateSignature)).toEqual([]);
  });

  it('reports a signature dated the next day, on the date, with the meeting date in the long format', () => {
    // 000 L97 `ARRAS, le 27 septembre 2022 `, meeting L6 `REUNION DU 27 SEPTEMBRE 2022`.
    const text = edit(corpusText('000'), 97, '27 septembre 2022', '28 septembre 2022');
    const [d, ...rest] = check(dateSignature, text);
    expect(rest).toEqual([]);
    expect(d.code).toBe('date-signature');
    expect(d.severity).toBe(2);
    expect(d.message).toBe(
      'Signée le 28 septembre 2022 (1 jour(s) après la réunion), mais la réunion est du 27 SEPTEMBRE 2022 : la délibération se signe le jour de la séance.',
    );
    expect(d.range).toEqual({ start: { line: 96, character: 10 }, end: { line: 96, character: 27 } });
    expect(d.data).toMatchObject({ expected: '27 septembre 2022', actual: '28 septembre 2022' });
    expect(d.relatedInformation?.map((r) => r.location.range.start.line)).toEqual([5]);
    // The report (000 L115) is of 27 SEPTEMBRE 2022 too: re-dating the signature is the obvious fix.
    expect(d.data?.fixes).toEqual([{ title: 'Dater du 27 septembre 2022', range: d.range, text: '27 septembre 2022', preferred: true }]);
  });

  it('keeps the signature’s own format: numeric, upper case; in English when asked', () => {
    const numeric = check(dateSignature, edit(corpusText('000'), 97, '27 septembre 2022', '27/09/2021'), { locale: 'en' });
    expect(numeric[0].message).toBe(
      'Signed on 27/09/2021 (365 day(s) before the meeting), but the meeting is on 27 SEPTEMBRE 2022: the deliberation is signed on the day of the meeting.',
    );
    expect(numeric[0].data).toMatchObject({ expected: '27/09/2022' });
    const upper = check(dateSignature, edit(corpusText('004'), 86, '15 mai 2023', '16 MAI 2023'));
    expect(upper[0].data).toMatchObject({ expected: '15 MAI 2023' });
  });

  it('checks each deliberation of a multi-dossier file (003 2022-95)', () => {
    const line = corpusText('003').split('\n').findIndex((l, i) => i > 8405 && l.startsWith('ARRAS, le 21 mars 2022')) + 1;
    const [d] = check(dateSignature, edit(corpusText('003'), line, '21 mars', '12 mars'));
    expect(d.range.start.line).toBe(line - 1);
    expect(d.message).toContain('9 jour(s) avant la réunion');
  });

  it('formats a date like its model', () => {
    expect(formatDateLike({ year: 2022, month: 3, day: 1 }, '21 mars 2022')).toBe('1er mars 2022');
    expect(formatDateLike({ year: 2024, month: 12, day: 9 }, '1 DÉCEMBRE 2024')).toBe('9 DÉCEMBRE 2024');
    expect(formatDateLike({ year: 2022, month: 3, day: 7 }, '7/3/2021')).toBe('7/3/2022');
    expect(formatDateLike({ year: 2022, month: 3, day: 7 }, '21 Mars 2022')).toBe('7 Mars 2022');
    expect(formatDateLike({ year: 2022, month: 2, day: 5 }, '01.07.2021')).toBe('05.02.2022');
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'ARRAS, le', 'REUNION DU 32 MARS 2022\nARRAS, le 31 février 2022', 'x'.repeat(20000), corpusText('000').slice(0, 3000)]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => dateSignature.scope === 'dossier' && dateSignature.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});
