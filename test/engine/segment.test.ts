import { describe, expect, it } from 'vitest';
import { layoutDossier } from '../../engine/blocks/dossier-layout';
import { layoutReport } from '../../engine/blocks/report-layout';
import { opensDeliberation, segmentDossiers } from '../../engine/dossiers/segment';
import { corpusLines, type CorpusId } from '../helpers';

/** 1-based spans, as docs/domain.md and a reader of the file give them. */
function layout(id: CorpusId) {
  const lines = corpusLines(id);
  return segmentDossiers(lines).map((span) => {
    const own = lines.slice(span.start, span.end + 1);
    const l = layoutDossier(own);
    const at = (i: number) => span.start + i + 1;
    return {
      start: span.start + 1,
      end: span.end + 1,
      deliberation: [at(l.deliberation.from), at(l.deliberation.to)],
      reports: l.reports.map((r) => {
        const rl = layoutReport(own, r);
        return { number: own[rl.number!].trim(), lines: [at(r.from), at(r.to)] };
      }),
    };
  });
}

describe('dossier segmentation on the real corpus', () => {
  it('finds one dossier per single-act file, with its deliberation and report', () => {
    // docs/domain.md §1.1: 000 L1–104 / L105–220; 001 L1–112 / L371–467; 002 L1–126 / L168–357; 004 L1–93 / L260–334.
    expect(layout('000')).toEqual([
      { start: 1, end: 221, deliberation: [1, 104], reports: [{ number: 'RAPPORT N°53', lines: [105, 220] }] },
    ]);
    const d001 = layout('001');
    expect(d001).toHaveLength(1);
    expect(d001[0].deliberation).toEqual([1, 112]);
    expect(d001[0].reports).toEqual([{ number: 'RAPPORT N°26', lines: [371, 467] }]);
    expect(layout('002')[0].deliberation).toEqual([1, 126]);
    expect(layout('002')[0].reports[0].lines[0]).toBe(168);
    expect(layout('004')[0].deliberation).toEqual([1, 93]);
    expect(layout('004')[0].reports[0]).toEqual({ number: 'RAPPORT N°24', lines: [260, 334] });
  });

  it('splits 003 into its 29 dossiers, stamps included', () => {
    const dossiers = layout('003');
    expect(dossiers).toHaveLength(29);
    // 2022-80: stamp L1–2, deliberation L4–96, RAPPORT N°22 L760–816, next dossier from its stamp at L817.
    expect(dossiers[0]).toMatchObject({ start: 1, end: 816, reports: [{ number: 'RAPPORT N°22', lines: [760, 816] }] });
    expect(dossiers[0].deliberation[1]).toBe(96);
    expect(dossiers[1].start).toBe(817);
  });

  it('keeps both copies of RAPPORT N°24 (2022-82) and skips the old report in 2022-107’s annexes', () => {
    const dossiers = layout('003');
    expect(dossiers[2].reports.map((r) => r.lines[0])).toEqual([1356, 1444]);
    // The 2021 MDPH report (L43344, `RAPPORT N° ` without digits) is annex text; the real one is N°49 (L43744).
    expect(dossiers[27].reports.map((r) => r.number)).toEqual(['RAPPORT N°49']);
  });

  it('numbers 003’s reports from 22 to 50 (report n° = deliberation n° − 58)', () => {
    const numbers = layout('003').flatMap((d) => d.reports.map((r) => Number(r.number.replace(/\D/g, ''))));
    expect(numbers).toEqual([22, 23, 24, 24, ...Array.from({ length: 26 }, (_, k) => 25 + k)]);
  });

  it('treats a draft without a header as one dossier', () => {
    const lines = ['Vu le rapport du Président ;', '', 'DECIDE :', 'Article unique : …'];
    expect(segmentDossiers(lines)).toEqual([{ start: 0, end: 3, header: -1 }]);
  });

  it('recognises any département, with or without a leading space', () => {
    const lines = [' DEPARTEMENT DU NORD', '', 'DELIBERATION DE LA COMMISSION PERMANENTE', 'DU CONSEIL DEPARTEMENTAL'];
    expect(segmentDossiers(lines)[0].header).toBe(0);
  });

  it('recognises every article of the header: DU, DE LA, DE L’, D’, DES, DE, accent or not', () => {
    const headers = [
      'DÉPARTEMENT DU NORD', ' DEPARTEMENT DE LA SOMME', "DEPARTEMENT DE L'AISNE", 'DÉPARTEMENT DE L’ESSONNE',
      "DEPARTEMENT D'ILLE-ET-VILAINE", 'DEPARTEMENT D’ILLE-ET-VILAINE', 'DEPARTEMENT DES YVELINES', 'DÉPARTEMENT DE MAYOTTE',
      'Département de la Somme',
    ];
    for (const header of headers) {
      // Two deliberations, the second under the variant: two dossiers, each from its header.
      const lines = [' DEPARTEMENT DU PAS-DE-CALAIS', '', 'DELIBERATION DE LA COMMISSION PERMANENTE', 'Article unique :', header, '', 'DELIBERATION DE LA COMMISSION PERMANENTE', 'DU CONSEIL DEPARTEMENTAL'];
      expect(segmentDossiers(lines), header).toEqual([
        { start: 0, end: 3, header: 0 },
        { start: 4, end: 7, header: 4 },
      ]);
    }
  });

  it('opens no deliberation on a near miss of the header, or a header without its nature', () => {
    const nature = ['', 'DELIBERATION DE LA COMMISSION PERMANENTE'];
    for (const header of ['DEPARTEMENTAL', 'DEPARTEMENT DU', 'DEPARTEMENT DUNKERQUE', 'DEPARTEMENTS DU NORD', 'LE DEPARTEMENT DU NORD', 'DEPARTEMENT D’']) {
      expect(opensDeliberation([header, ...nature], 0), header).toBe(false);
    }
    expect(opensDeliberation(['DEPARTEMENT DE LA SOMME', '', 'RAPPORT N°22'], 0)).toBe(false);
  });

  it('reads a `%%` comment between the header and the nature as nothing', () => {
    const lines = ['%% delibera-disable vote-total -- dossier en cours', ' DEPARTEMENT DE LA SOMME', '%% delibera-disable-next-line visa-required -- x', 'DELIBERATION DE LA COMMISSION PERMANENTE'];
    expect(segmentDossiers(lines)).toEqual([{ start: 0, end: 3, header: 1 }]);
  });
});
