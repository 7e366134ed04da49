import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import type { Range } from '../../engine/model/types';
import { parseReportCitations } from '../../engine/model/report-citations';
import { regionOf } from '../../engine/text/region';
import { corpusText } from '../helpers';
import { rangeOf } from '../rules/inline/cases';
import { cp } from '../rules/inline/cp';

const citationsOf = (text: string) => createAnalyzer({ ruleModules: [] }).analyze(text).dossiers.flatMap((d) => d.reports.flatMap((r) => r.citations ?? []));
const parse = (lines: string[]) => parseReportCitations(regionOf(lines));

describe('the acts a report’s prose cites (Report.citations)', () => {
  it('reads the corpus’s: deliberations by title, arrêtés and conventions by their own date', () => {
    const text = corpusText('003');
    const found = citationsOf(text).map((c) => `${c.kind} L${c.date!.range.start.line + 1} ${c.number?.value ?? '-'} ${c.date!.text}${c.title ? ` « ${c.title.value} »` : ''}`);
    expect(found).toEqual([
      // RAPPORT N°30: `par un arrêté`⏎`ministériel du 19 juillet 2019`.
      'arrete L5667 - 19 juillet 2019',
      // `l’avenant à la`⏎`convention signée le 6 juillet 2021`; `conclue du 1er avril 2021 au 31 mars 2022` is its term, and
      // `La Commission permanente du 10 mai 2021 a validé le conventionnement` no convention's date.
      'convention L6969 - 6 juillet 2021',
      'deliberation L8015 - 26 septembre 2016 « Accompagner l’attractivité du Pas-de-Calais »',
      'deliberation L8018 - 16 novembre 2020 « Lauréats du budget citoyen 2020 »',
      'deliberation L13089 - 16 décembre 2019 « Le meilleur produit au plus près »',
      'arrete L13102 - 5 novembre 2021',
      // `une convention socle a été signée le 22 décembre 2020`; `d’ici le 31 décembre 2022` (L43860) is a deadline.
      'convention L43790 - 22 décembre 2020',
    ]);
    const [pegase] = citationsOf(text);
    const lines = text.split('\n');
    const at = (r: Range) => lines[r.start.line].slice(r.start.character, r.start.line === r.end.line ? r.end.character : undefined);
    expect(at(pegase.date!.range)).toBe('19 juillet 2019');
    expect(pegase.range.end).toEqual(pegase.date!.range.end);
    expect(at(pegase.range)).toBe('arrêté');
  });

  it('keeps each part’s exact range: number, date, title', () => {
    const text = cp({
      report: {
        body: [
          'L’avenant modifie la convention n° 2020-04647 signée le 15 décembre 2020 « Emplois solidaires ».',
          'Par délibération n°2021-310 du 27 septembre 2021, le Conseil départemental a adopté sa politique.',
          'Le jury fixé par l’arrêté NOR : SSAA1921317A du 19 juillet 2019 se réunit.',
          '',
        ],
      },
    });
    const [convention, deliberation, arrete] = citationsOf(text);
    expect(convention).toMatchObject({ kind: 'convention', number: { value: '2020-04647', range: rangeOf(text, 'n° |2020-04647') }, date: { range: rangeOf(text, '15 décembre 2020') }, title: { value: 'Emplois solidaires' } });
    expect(convention.range).toEqual({ start: rangeOf(text, 'la |convention n°').start, end: rangeOf(text, 'Emplois solidaires').end });
    expect(deliberation).toMatchObject({ kind: 'deliberation', number: { value: '2021-310' }, date: { range: rangeOf(text, '27 septembre 2021') } });
    expect(arrete).toMatchObject({ kind: 'arrete', number: { value: 'SSAA1921317A' }, date: { range: rangeOf(text, '19 juillet 2019') } });
  });

  it('takes no participle, no period, no deadline, no other act’s date', () => {
    expect(
      parse([
        'Le montant arrêté le 19 juillet 2018 reste inchangé. La convention court du 1er avril 2021 au 31 mars 2022.',
        'Une convention sera signée d’ici le 31 décembre 2022. La convention 2022-2024 signée le 3 mars 2022 suit.',
        'Convention cadre - Loi n° 2014-856 du 31 juillet 2014 ;',
      ]).map((c) => `${c.kind} ${c.number?.value ?? '-'} ${c.date?.text}`),
    ).toEqual(['convention - 3 mars 2022']);
  });

  it('never throws nor hangs on odd text', () => {
    for (const text of ['', 'arrêté', 'la convention n°', `${'la convention du '.repeat(3000)}1er`, `l’arrêté ${'« '.repeat(2000)}`, `${'délibération arrêté convention '.repeat(5000)}`]) {
      expect(() => parse(text.split('\n'))).not.toThrow();
    }
  });
});
