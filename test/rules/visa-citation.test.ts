import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions, type AnalyzerOptions } from '../../engine/options';
import type { RuleReport } from '../../engine/rules/types';
import { visaCitation } from '../../engine/rules/visa-citation';
import { regionOf } from '../../engine/text/region';
import { summarizeFile, type WorkspaceFacts } from '../../engine/workspace/facts';
import { parseReportCitations } from '../../engine/model/report-citations';
import { CORPUS, corpusText, type CorpusId } from '../helpers';
import { check, edit, onCorpus } from './support';

const ids = Object.keys(CORPUS) as CorpusId[];
const uri = (id: CorpusId) => `file:///corpus/${id}.txt`;
const summary = (id: CorpusId) => summarizeFile(uri(id), createAnalyzer({ ruleModules: [] }).analyze(corpusText(id)).dossiers);
const inWorkspace = (id: CorpusId, text: string, workspace: WorkspaceFacts, options: AnalyzerOptions = {}) =>
  createAnalyzer({ ...options, ruleModules: [visaCitation] }).analyze(text, { uri: uri(id), workspace }).diagnostics;

/** The rule run on a model whose reports carry their prose citations (what the model builder is to fill). */
function withReportCitations(text: string): RuleReport[] {
  const lines = text.split('\n');
  const { dossiers } = createAnalyzer({ ruleModules: [] }).analyze(text);
  const region = regionOf(lines);
  for (const dossier of dossiers) {
    for (const report of dossier.reports) report.citations = parseReportCitations({ ...region, from: report.range.start.line, to: report.range.end.line });
  }
  const out: RuleReport[] = [];
  if (visaCitation.scope === 'file') visaCitation.check({ dossiers, options: resolveOptions(), report: (r) => out.push(r) });
  return out;
}

/** Sorted as strings (L10843 < L12138 < L3065). */
const EXPECTED_ON_CORPUS = [
  // 002 L52 and L61 cite n°2020-480 of 14/12/2020 with the same title, once of the Conseil
  // départemental, once of the Commission Permanente: one number, one act.
  '002:L61 La délibération n°2020-480 est attribuée ici à la Commission Permanente, mais au Conseil départemental ailleurs (dans ce fichier) : un même numéro désigne un seul acte.',
  // n°24 of 27/09/2016 is « Politique sportive départementale 2016-2021 … » at L9770–9771 and
  // L10527–10528, « … 2016-2020 … » at L10843–10844 and L12138–12139.
  '003:L10843 Le titre de la délibération n°24 diffère d’une autre citation (dans ce fichier) : « Politique sportive départementale 2016-2020 – une nouvelle ambition » / « Politique sportive départementale 2016-2021 : une nouvelle ambition ».',
  '003:L12138 Le titre de la délibération n°24 diffère d’une autre citation (dans ce fichier) : « Politique sportive départementale 2016-2020 - Une nouvelle ambition » / « Politique sportive départementale 2016-2021 : une nouvelle ambition ».',
  // 2022-85 (L3065) cites the délégation n°2017-520 of 14/11/2017; the 28 other deliberations of the
  // meeting cite n°2021-257 of 01/07/2021, voted after the June 2021 elections (docs/domain.md §8.1).
  '003:L3065 Délégation d’attributions n°2017-520 du 14/11/2017 : la délégation en vigueur est la n°2021-257 du 01/07/2021 (celle que citent les autres délibérations du fichier).',
];

describe('visa-citation', () => {
  it('finds, on the real corpus, the four genuine inconsistencies, alone or as one workspace', () => {
    expect(onCorpus(visaCitation).sort()).toEqual(EXPECTED_ON_CORPUS);
    const workspace = { files: ids.map(summary) };
    const found = ids.flatMap((id) => inWorkspace(id, corpusText(id), workspace).map((d) => `${id}:L${d.range.start.line + 1} ${d.message}`));
    // 002 L55 and 004 L46 cite n°2020-176 alike but for a stray quote: titles compare on letters and digits.
    expect(found.sort()).toEqual(EXPECTED_ON_CORPUS);
  });

  it('gives the délégation in force as the replacement of the whole visa', () => {
    const d = check(visaCitation, corpusText('003')).find((x) => x.range.start.line === 3064)!;
    expect(d.severity).toBe(2);
    expect(d.range).toEqual({ start: { line: 3064, character: 21 }, end: { line: 3064, character: 29 } });
    expect(d.data).toMatchObject({
      number: '2021-257',
      expected: 'Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 « Délégation d’attributions à la Commission Permanente » ;',
      replace: { start: { line: 3064, character: 0 }, end: { line: 3065, character: 45 } },
    });
    expect(d.data?.fixes).toMatchObject([{ title: 'Citer la délégation n°2021-257', range: { start: { line: 3064, character: 0 } } }]);
    // Configured otherwise, the 28 others are the ones out of force.
    const configured = check(visaCitation, corpusText('003'), { visas: { delegation: '2017-520' } }).filter((x) => x.message.startsWith('Délégation'));
    expect(configured).toHaveLength(28);
    expect(configured.some((x) => x.range.start.line === 3064)).toBe(false);
  });

  it('reports a délégation dated otherwise than in the rest of the file', () => {
    // 003 L864 (2022-81) `… en date du 01/07/2021 « Délégation`.
    const [d, ...rest] = check(visaCitation, edit(corpusText('003'), 864, '01/07/2021', '01/07/2020')).filter((x) => x.range.start.line === 863);
    expect(rest).toEqual([]);
    expect(d.message).toBe('La délibération n°2021-257 est citée ici en date du 01/07/2020, mais du 01/07/2021 ailleurs (dans ce fichier).');
    const at = corpusText('003').split('\n')[863].indexOf('01/07/2021');
    expect(d.range).toEqual({ start: { line: 863, character: at }, end: { line: 863, character: at + 10 } });
    expect(d.data).toMatchObject({ expected: '01/07/2021', actual: '01/07/2020' });
  });

  it('reports a one-dossier file disagreeing with the workspace, naming the other file', () => {
    const workspace = { files: ['001', '002', '003', '004'].map((id) => summary(id as CorpusId)) };
    const text = edit(corpusText('000'), 45, '01/07/2021', '07/01/2021');
    const [d, ...rest] = inWorkspace('000', text, workspace, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.range.start.line).toBe(44);
    expect(d.message).toBe('Deliberation n°2021-257 is cited here as of 07/01/2021, but as of 01/07/2021 elsewhere (001.txt, line 42).');
    expect(d.data).toMatchObject({ expected: '01/07/2021', elsewhere: { uri: uri('001'), line: 41 } });
    expect(check(visaCitation, text)).toEqual([]);
  });

  it('reports a number whose year is not its date’s, and an act dated after the meeting', () => {
    // 000 L45 `n°2021-257 … 01/07/2021`.
    const [year] = check(visaCitation, edit(corpusText('000'), 45, 'n°2021-257', 'n°2012-257'));
    expect(year.message).toBe('Le numéro n°2012-257 porte l’année 2012, mais l’acte est daté du 01/07/2021 (2021).');
    expect(year.data).toMatchObject({ expected: '2021-257', actual: '2012-257', otherSide: { expected: '01/07/2012' } });
    // 003 L55 `n°9 … en date du 28/09/2015` (2022-80, meeting 21/03/2022).
    const [late] = check(visaCitation, edit(corpusText('003'), 55, '28/09/2015', '28/09/2022')).filter((x) => x.range.start.line === 54);
    expect(late.message).toBe('La délibération n°9 est datée du 28/09/2022, 191 jour(s) après la réunion du 21 MARS 2022 : un visa ne peut citer un acte postérieur.');
    expect(late.range.start.line).toBe(54);
  });

  it('compares the report’s prose with the visas: `Par délibération du 6 juillet 2020` ↔ 06/07/2020', () => {
    // 004 L275 `Par délibération du 6 juillet 2020, le Conseil départemental a adopté le rapport` /
    // L276 `« Pour un numérique inclusif dans le Pas-de-Calais »` ↔ visa L46–47 n°2020-176 du 06/07/2020
    // « Une action immédiate pour un numérique inclusif dans le Pas-de-Calais ».
    expect(withReportCitations(corpusText('004'))).toEqual([]);
    // 003: the three findings above only; its report citations (L8015, L8018, L13089) agree with their visas.
    expect(withReportCitations(corpusText('003'))).toHaveLength(3);
    const [d, ...rest] = withReportCitations(edit(corpusText('004'), 275, '6 juillet 2020', '16 juillet 2020'));
    expect(rest).toEqual([]);
    expect(d.message.fr).toBe('Le rapport date la délibération n°2020-176 du 16 juillet 2020, mais son visa du 06/07/2020.');
    expect(d.range).toEqual({ start: { line: 274, character: 20 }, end: { line: 274, character: 35 } });
    expect(d.data).toMatchObject({ expected: '6 juillet 2020', otherSide: { expected: '16/07/2020' } });
    // A date with no number nor title is no citation of a visa (004 L293–294 `… Commission Permanente … du 8 février 2021`).
    expect(withReportCitations(edit(corpusText('004'), 294, '8 février 2021', '9 février 2021'))).toEqual([]);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'Vu la délibération n°', 'Vu la délibération n°2021-257 du 31/02/2021 « ;\nVu la délibération n°2021-257 du 01/07/2021 « x » ;', `Vu la loi n°${'1'.repeat(5000)}`]) {
      const dossiers = [buildDossier(text.split('\n'), 0), buildDossier(text.split('\n'), 1)];
      expect(() => visaCitation.scope === 'file' && visaCitation.check({ dossiers, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});
