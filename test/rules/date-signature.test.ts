import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { dateSignature } from '../../engine/rules/date-signature';
import { formatDateLike } from '../../engine/rules/lib/dates';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp, cpFile } from './inline/cp';

describe('date-signature', () => {
  it('finds nothing on the real corpus (ARRAS, le … = REUNION DU … in all 33 deliberations)', () => {
    // e.g. 003 L89 `ARRAS, le 21 mars 2022` ↔ L9 `REUNION DU 21 MARS 2022`; 001 L105 ↔ 001 L6.
    expect(onCorpus(dateSignature)).toEqual([]);
  });

  it('reports a signature dated the next day, on the date, with the meeting date in the long format', () => {
    const text = cp({ signature: '28 septembre 2022' });
    const [d, ...rest] = check(dateSignature, text);
    expect(rest).toEqual([]);
    expect(d.code).toBe('date-signature');
    expect(d.severity).toBe(2);
    expect(d.message).toBe(
      'Signée le 28 septembre 2022 (1 jour après la réunion), mais la réunion est du 27 SEPTEMBRE 2022 : la délibération se signe le jour de la séance.',
    );
    expect(d.range).toEqual(rangeOf(text, '28 septembre 2022'));
    expect(d.data).toMatchObject({ expected: '27 septembre 2022', actual: '28 septembre 2022' });
    expect(d.relatedInformation?.map((r) => r.location.range.start)).toEqual([rangeOf(text, 'REUNION DU |27 SEPTEMBRE 2022\n\nPRESIDENCE').start]);
    // The report is of 27 SEPTEMBRE 2022 too: re-dating the signature is the obvious fix.
    expect(d.data?.fixes).toEqual([{ title: 'Dater du 27 septembre 2022', range: d.range, text: '27 septembre 2022', preferred: true }]);
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

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

ruleTester(dateSignature, {
  valid: [
    valid('signed the day of the meeting', cp()),
    valid('signed the day of the meeting, in figures', cp({ signature: '27/09/2022' })),
    valid('signed « 1er » of the month it met', cp({ date: '1ER DÉCEMBRE 2022', signature: '1er décembre 2022', report: { date: '1ER DÉCEMBRE 2022' } })),
    valid('a commune’s extrait signed later: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT.replace('Le Maire, Bernard DUPONT', 'Fait à Saint-Mars-du-Désert, le 2 février 2023. Le Maire, Bernard DUPONT')),
  ],
  invalid: [
    invalid('signed the next day, fixed from the meeting date the report confirms', cp({ signature: '28 septembre 2022' }), [
      { at: '28 septembre 2022', message: 'Signée le 28 septembre 2022 (1 jour après la réunion), mais la réunion est du 27 SEPTEMBRE 2022', data: { expected: '27 septembre 2022', actual: '28 septembre 2022' } },
    ]),
    invalid('signed a year before, in figures, in English', cp({ signature: '27/09/2021' }), [
      { at: '27/09/2021', message: 'Signed on 27/09/2021 (365 days before the meeting)', data: { expected: '27/09/2022' } },
    ], { locale: 'en' }),
    invalid('an upper-case signature date copied from another meeting', cp({ signature: '12 SEPTEMBRE 2022' }), [
      { at: '12 SEPTEMBRE 2022', message: '15 jours avant la réunion', data: { expected: '27 SEPTEMBRE 2022' } },
    ]),
    invalid('each deliberation of a file is checked: the second one signed on another day', cpFile({ report: null }, { number: 'N°2022-373', signature: '21 septembre 2022', report: null }), [
      { at: '21 septembre 2022', message: '6 jours avant la réunion' },
    ]),
  ],
});
