import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { numeroYear } from '../../engine/rules/numero-year';
import { summarizeFile, type WorkspaceFacts } from '../../engine/workspace/facts';
import { CORPUS, corpusText, type CorpusId } from '../helpers';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, position, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp, cpFile } from './inline/cp';

const ids = Object.keys(CORPUS) as CorpusId[];
const summary = (id: CorpusId, text = corpusText(id)) => summarizeFile(`file:///corpus/${id}.txt`, createAnalyzer({ ruleModules: [] }).analyze(text).dossiers);
const withWorkspace = (id: CorpusId, text: string, workspace: WorkspaceFacts) =>
  createAnalyzer({ ruleModules: [numeroYear] }).analyze(text, { uri: `file:///corpus/${id}.txt`, workspace }).diagnostics;

describe('numero-year', () => {
  it('finds nothing on the real corpus, alone or as one workspace (33 distinct numbers of their meeting year)', () => {
    // 003: N°2022-80 … N°2022-108 (L37 … L43939), all REUNION DU 21 MARS 2022; 000 N°2022-372, 001 N°2024-577,
    // 002 N°2022-284, 004 N°2023-204, each of its meeting's year.
    expect(onCorpus(numeroYear)).toEqual([]);
    const workspace = { files: ids.map((id) => summary(id)) };
    for (const id of ids) expect(withWorkspace(id, corpusText(id), workspace)).toEqual([]);
  });

  it('reports a number of last year, on the number, with the corrected number', () => {
    const text = cp({ date: '21 MARS 2022', signature: '21 mars 2022', report: { date: '21 MARS 2022' }, number: 'N°2021-80' });
    const [d, ...rest] = check(numeroYear, text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe('Le numéro N°2021-80 porte l’année 2021, mais la réunion est du 21 MARS 2022 (2022).');
    expect(d.range).toEqual(rangeOf(text, 'N°2021-80'));
    expect(d.data).toMatchObject({ expected: 'N°2022-80', actual: 'N°2021-80' });
    expect(d.data?.fixes).toEqual([{ title: 'Corriger le numéro : N°2022-80', range: d.range, text: 'N°2022-80', preferred: true }]);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(rangeOf(text, 'REUNION DU 21 MARS 2022\n\nPRESIDENCE').start.line);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', '(N°2022-)', '(N°0000-0)\nREUNION DU 1 JANVIER 2022', corpusText('000').slice(0, 1500)]) {
      const dossiers = [buildDossier(text.split('\n'), 0), buildDossier(text.split('\n'), 1)];
      expect(() => numeroYear.scope === 'file' && numeroYear.check({ dossiers, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const second = { number: 'N°2022-373', title: ['AIDE À LA RESTAURATION SCOLAIRE'], report: null };

ruleTester(numeroYear, {
  valid: [
    valid('a number of the meeting’s year', cp()),
    valid('two deliberations of a file, two numbers', cpFile({ report: null }, second)),
    valid('a number of the year of a January meeting', cp({ date: '9 JANVIER 2023', number: 'N°2023-1', signature: '9 janvier 2023', report: { date: '9 JANVIER 2023' } })),
    valid('a commune’s extrait numbered with last year: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT.replace('n° 2023-004', 'n° 2022-004')),
  ],
  invalid: [
    invalid('a number of last year, fixed to the meeting’s', cp({ number: 'N°2021-372' }), [
      { at: 'N°2021-372', message: 'Le numéro N°2021-372 porte l’année 2021, mais la réunion est du 27 SEPTEMBRE 2022 (2022).', data: { expected: 'N°2022-372', actual: 'N°2021-372' } },
    ]),
    invalid('a January meeting still numbered with the previous year, in English', cp({ date: '9 JANVIER 2023', number: 'N°2022-12', signature: '9 janvier 2023', report: { date: '9 JANVIER 2023' } }), [
      { at: 'N°2022-12', message: 'Number N°2022-12 carries the year 2022, but the meeting is on 9 JANVIER 2023 (2023).', data: { expected: 'N°2023-12' } },
    ], { locale: 'en' }),
    invalid('a number given twice in a file, on the second one', cpFile({ report: null }, { ...second, number: 'N°2022-372 ' }), [
      { at: 'N°2022-372 ', message: 'Le numéro N°2022-372 est déjà celui d’une autre délibération de ce fichier (« FINANCEMENT D\'UN ÉQUIPEMENT NUMÉRIQUE DANS LES COLLÈGES PUBLICS DU PAS-DE-CALAIS »).' },
    ]),
  ],
});

describe('numero-year across the workspace, inline', () => {
  const uri = 'file:///cp/2022-09-27.txt';
  const other = cp({ date: '4 JUILLET 2022', signature: '4 juillet 2022', title: ['AIDE À LA RESTAURATION SCOLAIRE'], report: null });
  const workspace = { files: [summarizeFile('file:///cp/2022-07-04.txt', createAnalyzer({ ruleModules: [] }).analyze(other).dossiers)] };
  const run = (text: string, facts: WorkspaceFacts) => createAnalyzer({ ruleModules: [numeroYear] }).analyze(text, { uri, workspace: facts }).diagnostics;

  it('reports a number another file gives to another act, on the number', () => {
    const [d, ...rest] = run(cp(), workspace);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Le numéro N°2022-372 est aussi celui d’une autre délibération, dans 2022-07-04.txt (ligne 20, réunion du 04/07/2022).');
    expect(d.range.start.line + 1).toBe(position(cp(), 'N°2022-372').line);
    expect(d.data).toMatchObject({ duplicateOf: { uri: 'file:///cp/2022-07-04.txt', line: position(other, 'N°2022-372').line - 1 } });
  });

  it('leaves alone the same act exported in two files, and the analysed file’s own summary', () => {
    const copy = { files: [summarizeFile('file:///copie/2022-09-27.txt', createAnalyzer({ ruleModules: [] }).analyze(cp()).dossiers)] };
    expect(run(cp(), copy)).toEqual([]);
    expect(run(cp(), { files: [summarizeFile(uri, createAnalyzer({ ruleModules: [] }).analyze(other).dossiers)] })).toEqual([]);
  });
});
