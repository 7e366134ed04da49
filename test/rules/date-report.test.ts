import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { dateReport } from '../../engine/rules/date-report';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp, cpFile, cpLines, TITLE } from './inline/cp';

describe('date-report', () => {
  it('finds nothing on the real corpus (34 report copies carry their deliberation’s date and title)', () => {
    // e.g. 003 L770 = L9, L772–773 = L34–35; 002 L187–191 = L33–37 wrapped differently; 2022-82's
    // two copies L1373 and L1461; 2022-107's older report (REUNION DU 8 AVRIL 2021, L43353) is no
    // report of the dossier.
    expect(onCorpus(dateReport)).toEqual([]);
  });

  it('reports a report dated another day, on its date, with the deliberation’s date in the report’s style', () => {
    const text = cp({ date: '21 MARS 2022', signature: '21 mars 2022', report: { number: 22, date: '22 MARS 2022' } });
    const [d, ...rest] = check(dateReport, text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe('RAPPORT N°22 est daté « REUNION DU 22 MARS 2022 », mais la délibération est du 21 MARS 2022.');
    expect(d.range).toEqual(rangeOf(text, '22 MARS 2022'));
    expect(d.data).toMatchObject({ expected: '21 MARS 2022', actual: '22 MARS 2022', otherSide: { expected: '22 MARS 2022' } });
    expect(d.relatedInformation?.[0].location.range.start).toEqual(rangeOf(text, 'REUNION DU |21 MARS 2022').start);
  });

  it('checks both copies of a report printed twice (as 2022-82’s)', () => {
    const parts = { date: '21 MARS 2022', signature: '21 mars 2022', report: { number: 24, date: '21 MARS 2022' } };
    const deliberation = cpLines({ ...parts, report: null }).length;
    const text = [cp(parts), ...cpLines({ ...parts, report: { number: 24, date: '21 MARS 2021' } }).slice(deliberation)].join('\n');
    const [d, ...rest] = check(dateReport, text, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.range).toEqual(rangeOf(text, '21 MARS 2021'));
    expect(d.message).toBe('RAPPORT N°24 is dated "REUNION DU 21 MARS 2021", but the deliberation is of 21 MARS 2022.');
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'RAPPORT N°1\nREUNION DU', 'DEPARTEMENT DU PAS-DE-CALAIS\n\nRAPPORT N°3\nREUNION DU 40 MARS\n', corpusText('000').slice(-4000)]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => dateReport.scope === 'dossier' && dateReport.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

ruleTester(dateReport, {
  valid: [
    valid('a report with the deliberation’s date and title', cp()),
    valid('a title wrapped otherwise, in other case and accents', cp({ report: { title: ["Financement d'un equipement numerique dans les collèges", 'publics du Pas-de-Calais'] } })),
    valid('a deliberation without its report', cp({ report: null })),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a report dated the next day', cp({ report: { date: '28 SEPTEMBRE 2022' } }), [
      {
        at: '28 SEPTEMBRE 2022',
        message: 'RAPPORT N°53 est daté « REUNION DU 28 SEPTEMBRE 2022 », mais la délibération est du 27 SEPTEMBRE 2022.',
        data: { expected: '27 SEPTEMBRE 2022', actual: '28 SEPTEMBRE 2022', otherSide: { expected: '28 SEPTEMBRE 2022' } },
      },
    ]),
    invalid('a report of another year, in English', cp({ report: { date: '27 SEPTEMBRE 2021' } }), [
      { at: '27 SEPTEMBRE 2021', message: 'RAPPORT N°53 is dated "REUNION DU 27 SEPTEMBRE 2021", but the deliberation is of 27 SEPTEMBRE 2022.' },
    ], { locale: 'en' }),
    invalid('a report title that differs by a word', cp({ report: { title: [TITLE[0], 'LYCÉES PUBLICS DU PAS-DE-CALAIS'] } }), [
      {
        at: `${TITLE[0]}\nLYCÉES`,
        message: "Le titre de RAPPORT N°53 diffère de celui de la délibération : « FINANCEMENT D'UN ÉQUIPEMENT NUMÉRIQUE DANS LES LYCÉES PUBLICS DU PAS-DE-CALAIS » / « FINANCEMENT D'UN ÉQUIPEMENT NUMÉRIQUE DANS LES COLLÈGES PUBLICS DU PAS-DE-CALAIS ».",
      },
    ]),
    invalid('the report of a file’s second deliberation', cpFile({}, { number: 'N°2022-373', title: ['AIDE À LA RESTAURATION SCOLAIRE'], report: { number: 54, title: ['AIDE À LA RESTAURATION SCOLAIRE'], date: '26 SEPTEMBRE 2022' } }), [
      { at: '26 SEPTEMBRE 2022', message: 'RAPPORT N°54 est daté « REUNION DU 26 SEPTEMBRE 2022 »' },
    ]),
  ],
});
