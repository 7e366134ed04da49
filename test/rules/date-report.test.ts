import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { dateReport } from '../../engine/rules/date-report';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('date-report', () => {
  it('finds nothing on the real corpus (34 report copies carry their deliberation’s date and title)', () => {
    // e.g. 003 L770 = L9, L772–773 = L34–35; 002 L187–191 = L33–37 wrapped differently; 2022-82's
    // two copies L1373 and L1461; 2022-107's older report (REUNION DU 8 AVRIL 2021, L43353) is no
    // report of the dossier.
    expect(onCorpus(dateReport)).toEqual([]);
  });

  it('reports a report dated another day, on its date, with the deliberation’s date in the report’s style', () => {
    const text = edit(corpusText('003'), 770, '21 MARS 2022', '22 MARS 2022');
    const [d, ...rest] = check(dateReport, text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe('RAPPORT N°22 est daté « REUNION DU 22 MARS 2022 », mais la délibération est du 21 MARS 2022.');
    expect(d.range).toEqual({ start: { line: 769, character: 11 }, end: { line: 769, character: 23 } });
    expect(d.data).toMatchObject({ expected: '21 MARS 2022', actual: '22 MARS 2022', otherSide: { expected: '22 MARS 2022' } });
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(8);
  });

  it('checks both copies of 2022-82’s report', () => {
    const [d, ...rest] = check(dateReport, edit(corpusText('003'), 1461, '21 MARS 2022', '21 MARS 2021'), { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.range.start.line).toBe(1460);
    expect(d.message).toBe('RAPPORT N°24 is dated "REUNION DU 21 MARS 2021", but the deliberation is of 21 MARS 2022.');
  });

  it('reports a report title that differs, not one that differs by case, accents or wrapping', () => {
    // 003 L772–773 `PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ` / `LOGEMENT`.
    const [d, ...rest] = check(dateReport, edit(corpusText('003'), 773, 'LOGEMENT', 'ÉNERGIE'));
    expect(rest).toEqual([]);
    expect(d.message).toBe(
      "Le titre de RAPPORT N°22 diffère de celui de la délibération : « PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ ÉNERGIE » / « PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ LOGEMENT ».",
    );
    expect(d.range).toEqual({ start: { line: 771, character: 0 }, end: { line: 772, character: 7 } });
    expect(d.data).toMatchObject({ expected: "PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ LOGEMENT" });
    expect(check(dateReport, edit(corpusText('003'), 772, "L'OPÉRATEUR", 'l’operateur'))).toEqual([]);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'RAPPORT N°1\nREUNION DU', 'DEPARTEMENT DU PAS-DE-CALAIS\n\nRAPPORT N°3\nREUNION DU 40 MARS\n', corpusText('000').slice(-4000)]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => dateReport.scope === 'dossier' && dateReport.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});
