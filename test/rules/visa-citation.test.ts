import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions, type AnalyzerOptions } from '../../engine/options';
import type { RuleReport } from '../../engine/rules/types';
import { visaCitation } from '../../engine/rules/visa-citation';
import { summarizeFile, type WorkspaceFacts } from '../../engine/workspace/facts';
import { CORPUS, corpusText, type CorpusId } from '../helpers';
import { check, onCorpus, replaceOnce } from './support';
import { ruleTester } from './rule-tester';
import { invalid, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp, cpFile, DELEGATION_VISA, REPORT_VISA, VISAS, type CpParts } from './inline/cp';

const ids = Object.keys(CORPUS) as CorpusId[];
const uri = (id: CorpusId) => `file:///corpus/${id}.txt`;
const summary = (id: CorpusId) => summarizeFile(uri(id), createAnalyzer({ ruleModules: [] }).analyze(corpusText(id)).dossiers);
const inWorkspace = (id: CorpusId, text: string, workspace: WorkspaceFacts, options: AnalyzerOptions = {}) =>
  createAnalyzer({ ...options, ruleModules: [visaCitation] }).analyze(text, { uri: uri(id), workspace }).diagnostics;

/** The rule's own reports (both languages, fixes) on the model the analyzer builds, reports' citations included. */
function ruleReports(text: string): RuleReport[] {
  const { dossiers } = createAnalyzer({ ruleModules: [] }).analyze(text);
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
  // 2022-88: the visa dates the arrêté NOR SSAA1921317A 19 janvier 2019 (L5150); RAPPORT N°30 says « arrêté ministériel du
  // 19 juillet 2019 » (L5666–5667), the date of the act annex 2 reproduces (« Arrêté du 19 juillet 2019 … NOR : SSAA1921317A », L5575–5578).
  '003:L5667 Le rapport date l’arrêté NOR SSAA1921317A du 19 juillet 2019, mais son visa du 19 janvier 2019 (le seul arrêté des visas).',
];

describe('visa-citation', () => {
  it('finds, on the real corpus, the five genuine inconsistencies, alone or as one workspace', () => {
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

  it('reports a one-dossier file disagreeing with the workspace, naming the other file', () => {
    const workspace = { files: ['001', '002', '003', '004'].map((id) => summary(id as CorpusId)) };
    const text = replaceOnce(corpusText('000'), 'en date du 01/07/2021', 'en date du 07/01/2021');
    const [d, ...rest] = inWorkspace('000', text, workspace, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.range.start.line).toBe(44);
    expect(d.message).toBe('Deliberation n°2021-257 is cited here as of 07/01/2021, but as of 01/07/2021 elsewhere (001.txt, line 42).');
    expect(d.data).toMatchObject({ expected: '01/07/2021', elsewhere: { uri: uri('001'), line: 41 } });
    expect(check(visaCitation, text)).toEqual([]);
  });

  it('compares the report’s prose with the visas: `Par délibération du 6 juillet 2020` ↔ 06/07/2020', () => {
    // 004 L275 `Par délibération du 6 juillet 2020, le Conseil départemental a adopté le rapport` /
    // L276 `« Pour un numérique inclusif dans le Pas-de-Calais »` ↔ visa L46–47 n°2020-176 du 06/07/2020
    // « Une action immédiate pour un numérique inclusif dans le Pas-de-Calais ».
    expect(ruleReports(corpusText('004'))).toEqual([]);
    // 003: the findings above only; its other report citations (L8015, L8018, L13089, the arrêté of L13102, the
    // conventions of L6969 and L43790) agree with their visas or name no act of them.
    expect(ruleReports(corpusText('003'))).toHaveLength(4);
    const [d, ...rest] = ruleReports(replaceOnce(corpusText('004'), 'Par délibération du 6 juillet 2020', 'Par délibération du 16 juillet 2020'));
    expect(rest).toEqual([]);
    expect(d.message.fr).toBe('Le rapport date la délibération n°2020-176 du 16 juillet 2020, mais son visa du 06/07/2020.');
    expect(d.range).toEqual({ start: { line: 274, character: 20 }, end: { line: 274, character: 35 } });
    expect(d.data).toEqual({ expected: '6 juillet 2020', actual: '16 juillet 2020' });
    // Either side may be wrong: both corrections are suggestions, each in its own side's format.
    expect(d.fixes).toEqual([
      { title: { fr: 'Corriger le rapport : « 6 juillet 2020 »', en: 'Correct the report: "6 juillet 2020"' }, range: d.range, text: '6 juillet 2020' },
      { title: { fr: 'Corriger le visa : « 16/07/2020 »', en: 'Correct the visa: "16/07/2020"' }, range: { start: { line: 45, character: 66 }, end: { line: 45, character: 76 } }, text: '16/07/2020' },
    ]);
    expect(d.related).toMatchObject([{ range: { start: { line: 45 } }, message: { fr: 'Visa citant le même acte' } }]);
    // A date with no number nor title is no citation of a visa (004 L293–294 `… Commission Permanente … du 8 février 2021`).
    expect(ruleReports(replaceOnce(corpusText('004'), 'départemental du 8 février 2021', 'départemental du 9 février 2021'))).toEqual([]);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'Vu la délibération n°', 'Vu la délibération n°2021-257 du 31/02/2021 « ;\nVu la délibération n°2021-257 du 01/07/2021 « x » ;', `Vu la loi n°${'1'.repeat(5000)}`]) {
      const dossiers = [buildDossier(text.split('\n'), 0), buildDossier(text.split('\n'), 1)];
      expect(() => visaCitation.scope === 'file' && visaCitation.check({ dossiers, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const [CGCT_1, CGCT_2, EDUCATION] = VISAS;
/** The default visas with `cited` (lines) between the délégation and the report visa. */
const citing = (cited: string[], delegation = DELEGATION_VISA) => [CGCT_1, CGCT_2, EDUCATION, ...delegation, ...cited, ...REPORT_VISA];
const sport = (number: string, body: string, date: string, title: string) => [`Vu la délibération ${number} ${body} en date du ${date} « ${title} » ;`];
const SPORT = sport('n°2021-310', 'du Conseil départemental', '27/09/2021', 'Politique sportive départementale 2021-2028');
/** A file of three deliberations of the meeting, the second one's visas given. */
const file = (visas: string[], third: Partial<CpParts> = {}) =>
  cpFile(
    { visas: citing(SPORT), report: null },
    { number: 'N°2022-373', title: ['SUBVENTION AU COMITÉ DÉPARTEMENTAL DE HANDBALL'], visas, report: null },
    { number: 'N°2022-374', title: ['AIDE AUX CLUBS SPORTIFS'], visas: citing(SPORT), report: null, ...third },
  );
/** One deliberation citing `visas` (after the délégation), its report's prose `body`. */
const reporting = (visas: string[], body: string[]) => cp({ visas: citing(visas), report: { body: [...body, 'La dépense sera imputée au budget départemental comme suit :', ''] } });
const PEGASE = (date: string) => [`Vu l’arrêté NOR : SSAA1921317A du ${date} relatif à l’expérimentation d’un protocole de santé standardisé ;`];
const CONVENTION = ['Vu la convention n° 2020-04647 entre l’association et le Département du Pas-de-Calais signée le 15 décembre 2020 ;'];
const OLD_DELEGATION = ['Vu la délibération n°2017-520 du Conseil départemental en date du 14/11/2017 « Délégation', 'd’attributions à la Commission Permanente » ;'];

ruleTester(visaCitation, {
  valid: [
    valid('one act cited alike in three deliberations', file(citing(SPORT))),
    valid('titles compared without case, accents or punctuation', file(citing(sport('n°2021-310', 'du Conseil départemental', '27/09/2021', 'politique sportive départementale : 2021-2028')))),
    valid('the délégation configured is the one cited', cp(), { visas: { delegation: '2021-257' } }),
    valid('a commune’s extrait citing an act of a later date: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT.replace('12 décembre 2022', '12 décembre 2023')),
    valid('the report dates a visa’s deliberation as the visa does', reporting(SPORT, ['Par délibération n°2021-310 du 27 septembre 2021, le Conseil départemental a adopté sa politique sportive.'])),
    valid('the report dates the arrêté of the visas as the visa does', reporting(PEGASE('19/07/2019'), ['Ce programme a été autorisé pour une durée de 5 ans par un arrêté ministériel du 19 juillet 2019.'])),
    valid('a report’s arrêté dated otherwise in more than one part is another act', reporting(PEGASE('19/07/2019'), ['Un jury dont la composition a été fixée par arrêté du 5 novembre 2021 étudie les projets.'])),
    valid('a participle is no arrêté', reporting(PEGASE('19/07/2019'), ['Le montant des bilans arrêté le 19 juillet 2018 reste inchangé.'])),
    valid('a date with no number nor title names no act of the visas', reporting(SPORT, ['Le Conseil départemental a adopté, lors de sa session du 27 septembre 2020, une délibération cadre.'])),
    valid('the term of a convention is no date of it', reporting(CONVENTION, ['Il est proposé un avenant à la convention conclue du 15 décembre 2021 au 31 mars 2022.'])),
    valid('the same title with another number and another date: another act', reporting(SPORT, ['Par délibération n°2017-410 du 25 septembre 2017 « Politique sportive départementale 2021-2028 », le Département a agi.'])),
    valid('a body named before the date: its meeting, not the convention’s date', reporting(CONVENTION, ['La convention n° 2020-04647, que la Commission Permanente du 15 décembre 2021 a prolongée, reste en vigueur.'])),
  ],
  invalid: [
    invalid('an act cited with another date in one deliberation', file(citing(sport('n°2021-310', 'du Conseil départemental', '27/09/2020', 'Politique sportive départementale 2021-2028'))), [
      { at: '27/09/2020', message: 'La délibération n°2021-310 est citée ici en date du 27/09/2020, mais du 27/09/2021 ailleurs (dans ce fichier).', data: { expected: '27/09/2021', actual: '27/09/2020' } },
    ]),
    invalid('an act cited with another title, in English', file(citing(sport('n°2021-310', 'du Conseil départemental', '27/09/2021', 'Politique sportive départementale 2021-2026'))), [
      { at: '« |Politique sportive départementale 2021-2026', message: 'The title of deliberation n°2021-310 differs from another citation (in this file)' },
    ], { locale: 'en' }),
    invalid('an act given to another body', file(citing(sport('n°2021-310', 'de la Commission Permanente', '27/09/2021', 'Politique sportive départementale 2021-2028'))), [
      { at: 'n°|2021-310 de la Commission Permanente', message: 'La délibération n°2021-310 est attribuée ici à la Commission Permanente, mais au Conseil départemental ailleurs (dans ce fichier) : un même numéro désigne un seul acte.' },
    ]),
    invalid('a number whose year is not its date’s', cp({ visas: citing(sport('n°2012-310', 'du Conseil départemental', '27/09/2021', 'Politique sportive départementale 2021-2028')) }), [
      { at: 'n°|2012-310', message: 'Le numéro n°2012-310 porte l’année 2012, mais l’acte est daté du 27/09/2021 (2021).', data: { expected: '2021-310', actual: '2012-310', otherSide: { expected: '27/09/2012' } } },
    ]),
    invalid('an act dated after the meeting', cp({ visas: citing(sport('n°2022-410', 'du Conseil départemental', '17/10/2022', 'Politique sportive départementale 2021-2028')) }), [
      { at: '17/10/2022', message: 'La délibération n°2022-410 est datée du 17/10/2022, 20 jours après la réunion du 27 SEPTEMBRE 2022 : un visa ne peut citer un acte postérieur.' },
    ]),
    invalid('an old délégation where the rest of the file cites the one in force', file(citing(SPORT, OLD_DELEGATION)), [
      { at: 'n°|2017-520', message: 'Délégation d’attributions n°2017-520 du 14/11/2017 : la délégation en vigueur est la n°2021-257 du 01/07/2021 (celle que citent les autres délibérations du fichier).', data: { number: '2021-257' } },
    ]),
    invalid('the report dates a visa’s deliberation otherwise, by its number', reporting(SPORT, ['Par délibération n°2021-310 du 27 septembre 2020, le Conseil départemental a adopté sa politique sportive.']), [
      { at: 'n°2021-310 du |27 septembre 2020', message: 'Le rapport date la délibération n°2021-310 du 27 septembre 2020, mais son visa du 27/09/2021.', data: { expected: '27 septembre 2021', actual: '27 septembre 2020' } },
    ]),
    invalid('the report numbers otherwise the deliberation of the same title and date', reporting(SPORT, ['Par délibération n°2021-301 du 27 septembre 2021 « Politique sportive départementale 2021-2028 », le Département a agi.']), [
      { at: 'n°|2021-301', message: 'Le rapport numérote la délibération du 27 septembre 2021 n°2021-301, mais son visa n°2021-310 (même titre, même date).', data: { expected: '2021-310', actual: '2021-301' } },
    ]),
    invalid('the report dates the only arrêté of the visas one month apart (003, 2022-88)', reporting(PEGASE('19 janvier 2019'), ['Ce programme a été autorisé pour une durée de 5 ans par un arrêté ministériel du 19 juillet 2019.']), [
      { at: '19 juillet 2019', message: 'Le rapport date l’arrêté NOR SSAA1921317A du 19 juillet 2019, mais son visa du 19 janvier 2019 (le seul arrêté des visas).', data: { expected: '19 janvier 2019' } },
    ]),
    invalid('the report dates a convention otherwise, by its number, in English', reporting(CONVENTION, ['L’avenant modifie la convention n° 2020-04647 signée le 15 décembre 2021 avec l’association.']), [
      { at: '15 décembre 2021', message: 'The report dates agreement n°2020-04647 15 décembre 2021, but its visa dates it 15 décembre 2020.', data: { expected: '15 décembre 2020' } },
    ], { locale: 'en' }),
    invalid('a délégation other than the configured one', cp(), [{ at: 'n°|2021-257', message: 'Délégation d’attributions n°2021-257 du 01/07/2021 : la délégation en vigueur est la n°2017-520' }], { visas: { delegation: '2017-520' } }),
  ],
});

describe('visa-citation: a report and its visa dated apart', () => {
  it('offers both corrections, the report’s and the visa’s, neither preferred (in 2022-88 the visa is the wrong one)', () => {
    const text = reporting(PEGASE('19 janvier 2019'), ['Ce programme a été autorisé pour une durée de 5 ans par un arrêté ministériel du 19 juillet 2019.']);
    const [d] = check(visaCitation, text);
    const fixes = d.data?.fixes as { title: { fr: string } | string; text: string; preferred?: boolean; range: { start: { line: number } } }[];
    expect(fixes.map((f) => f.text)).toEqual(['19 janvier 2019', '19 juillet 2019']);
    expect(fixes.map((f) => f.preferred ?? false)).toEqual([false, false]);
    const lines = text.split('\n');
    expect(lines[fixes[0].range.start.line]).toContain('arrêté ministériel du 19 juillet 2019');
    expect(lines[fixes[1].range.start.line]).toContain('Vu l’arrêté NOR : SSAA1921317A du 19 janvier 2019');
  });
});

