/**
 * The whole model of the five real files through `createAnalyzer().analyze`, pinned to values read
 * from the text (docs/domain.md §2.4 for the figures; counts of `Vu` lines between the preamble and
 * `Après en avoir délibéré`; article headings between `DECIDE` and the vote; `RAPPORT N°` lines;
 * the reports' « a émis un avis favorable … du dd/mm/yyyy » sentences).
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import type { Dossier } from '../../engine/model/types';
import { isoDate } from '../../engine/text/dates';
import { corpusText, type CorpusId } from '../helpers';

// file, N°, meeting, P/E/A, Pour/Contre/Abstention/Absent s.d.v., visas, articles, reports, own-report opinions
const EXPECTED: [CorpusId, string, string, string, string, number, string, string, string][] = [
  ['000', '2022-372', '2022-09-27', '32/11/0', '43/0/0/0', 6, '1,2', '53', '3@05/09/2022'],
  ['001', '2024-577', '2024-12-09', '39/5/0', '44/0/0/0', 7, '1,2', '26', '3@25/11/2024'],
  ['002', '2022-284', '2022-07-04', '35/9/0', '44/0/0/0', 13, '1,2', '24', '1@21/06/2022 6@21/06/2022'],
  ['003', '2022-80', '2022-03-21', '36/8/0', '44/0/0/0', 11, 'unique', '22', '2@07/03/2022'],
  ['003', '2022-81', '2022-03-21', '36/8/0', '44/0/0/0', 8, '1,2', '23', '3@07/03/2022'],
  ['003', '2022-82', '2022-03-21', '36/8/0', '44/0/0/0', 6, 'unique', '24,24', '3@07/03/2022|3@07/03/2022'],
  ['003', '2022-83', '2022-03-21', '36/8/0', '44/0/0/0', 6, 'unique', '25', '3@07/03/2022'],
  ['003', '2022-84', '2022-03-21', '36/8/0', '44/0/0/0', 7, '1,2', '26', '3@07/03/2022'],
  ['003', '2022-85', '2022-03-21', '36/8/0', '44/0/0/0', 7, '1,2,3', '27', '3@07/03/2022'],
  ['003', '2022-86', '2022-03-21', '36/8/0', '44/0/0/0', 6, '1,2', '28', '3@07/03/2022'],
  ['003', '2022-87', '2022-03-21', '36/8/0', '43/0/1/0', 7, '1,2,3', '29', '3@07/03/2022'],
  ['003', '2022-88', '2022-03-21', '36/8/0', '44/0/0/0', 8, '1,2,3,4', '30', '2@07/03/2022'],
  ['003', '2022-89', '2022-03-21', '36/8/0', '42/0/2/0', 8, '1,2,3,4,5', '31', '2@07/03/2022'],
  ['003', '2022-90', '2022-03-21', '36/8/0', '44/0/0/0', 8, 'unique', '32', '1@07/03/2022'],
  ['003', '2022-91', '2022-03-21', '36/8/0', '44/0/0/0', 6, 'unique', '33', '1@07/03/2022'],
  ['003', '2022-92', '2022-03-21', '36/8/0', '44/0/0/0', 9, '1,2', '34', '3@07/03/2022'],
  ['003', '2022-93', '2022-03-21', '36/8/0', '44/0/0/0', 9, 'unique', '35', '1@07/03/2022'],
  ['003', '2022-94', '2022-03-21', '36/8/0', '44/0/0/0', 14, '1,2,3', '36', '5@07/03/2022 i1@07/03/2022 i4@07/03/2022'],
  ['003', '2022-95', '2022-03-21', '36/8/0', '44/0/0/0', 10, '1,2,3,4', '37', '4@07/03/2022'],
  ['003', '2022-96', '2022-03-21', '36/8/0', '44/0/0/0', 8, '1,2,3', '38', '3@07/03/2022'],
  ['003', '2022-97', '2022-03-21', '36/8/0', '44/0/0/0', 7, '1,2,3', '39', '3@07/03/2022'],
  ['003', '2022-98', '2022-03-21', '36/8/0', '44/0/0/0', 11, '1,2,3', '40', '3@07/03/2022'],
  ['003', '2022-99', '2022-03-21', '35/8/1', '43/0/0/1', 11, '1,2,3', '41', '3@07/03/2022'],
  ['003', '2022-100', '2022-03-21', '36/8/0', '44/0/0/0', 11, 'unique', '42', '4@07/03/2022'],
  ['003', '2022-101', '2022-03-21', '36/8/0', '44/0/0/0', 8, '1,2,3,4', '43', '3@07/03/2022'],
  ['003', '2022-102', '2022-03-21', '35/8/1', '43/0/0/1', 7, '1,2,3', '44', '3@07/03/2022'],
  ['003', '2022-103', '2022-03-21', '36/8/0', '44/0/0/0', 6, '1,2,3', '45', '3@07/03/2022'],
  ['003', '2022-104', '2022-03-21', '36/7/1', '42/0/1/1', 7, '1,2,3,4', '46', '3@07/03/2022'],
  ['003', '2022-105', '2022-03-21', '36/8/0', '44/0/0/0', 10, 'unique', '47', '2@07/03/2022 1@07/03/2022'],
  ['003', '2022-106', '2022-03-21', '36/8/0', '43/0/1/0', 7, '1,2,3', '48', '1@07/03/2022'],
  ['003', '2022-107', '2022-03-21', '36/8/0', '44/0/0/0', 8, 'unique', '49', '2@07/03/2022'],
  ['003', '2022-108', '2022-03-21', '35/8/1', '43/0/0/1', 5, '1,2', '50', ''],
  ['004', '2023-204', '2023-05-15', '37/6/0', '43/0/0/0', 9, 'unique', '24', '2@04/05/2023 1@02/05/2023 6@02/05/2023'],
];

function summary(d: Dossier): string[] {
  const del = d.deliberation;
  const count = (kind: string) => del.attendance.find((l) => l.kind === kind)?.persons.length ?? 0;
  const vote = (kind: string) => del.vote?.lines.filter((l) => l.kind === kind).reduce((n, l) => n + l.count, 0) ?? -1;
  const date = (r?: { date: { day: number; month: number; year: number } }) =>
    r ? `${String(r.date.day).padStart(2, '0')}/${String(r.date.month).padStart(2, '0')}/${r.date.year}` : '?';
  return [
    del.number?.text.replace('N°', '') ?? '?',
    del.meetingDate ? isoDate(del.meetingDate.date) : '?',
    `${count('present')}/${count('excused')}/${count('absent')}`,
    `${vote('pour')}/${vote('contre')}/${vote('abstention')}/${vote('absent')}`,
    String(del.visas.length),
    del.articles.map((a) => a.number).join(','),
    d.reports.map((r) => r.number?.value).join(','),
    d.reports
      .filter((r) => r.own)
      .map((r) => r.opinions.map((o) => `${o.kind === 'informe' ? 'i' : ''}${o.ordinal}@${date(o.date)}`).join(' '))
      .join('|'),
  ];
}

describe('the model of every real deliberation', () => {
  const files = ['000', '001', '002', '003', '004'] as const;
  const dossiers = files.flatMap((file) => createAnalyzer().analyze(corpusText(file)).dossiers.map((d) => ({ file, d })));

  it('finds the 33 deliberations', () => {
    expect(dossiers).toHaveLength(33);
  });

  it.each(EXPECTED.map((row, k) => [row[1], k] as const))('reads N°%s', (_number, k) => {
    const [file, ...expected] = EXPECTED[k];
    expect(dossiers[k].file).toBe(file);
    expect(summary(dossiers[k].d)).toEqual(expected.map(String));
  });

  it('reads every vote as adopted, with its outcome range on the word', () => {
    for (const { d } of dossiers) expect(d.deliberation.vote?.outcome?.value).toBe('adopte');
  });

  it('reads the visa kinds of 2022-80 in order (L41–60)', () => {
    expect(dossiers[3].d.deliberation.visas.map((v) => v.kind)).toEqual([
      // CGCT, CGCT L.2224-12-3-1, CASF; lois n°2020-1379, n°90-449; délibérations 2021-257, 2017-629, 2017-230, n°9.
      'code', 'code', 'code', 'loi', 'loi', 'deliberation', 'deliberation', 'deliberation', 'deliberation', 'rapport', 'avis',
    ]);
  });
});
