import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { numeroYear } from '../../engine/rules/numero-year';
import { summarizeFile, type WorkspaceFacts } from '../../engine/workspace/facts';
import { CORPUS, corpusText, type CorpusId } from '../helpers';
import { check, edit, onCorpus } from './support';

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
    const [d, ...rest] = check(numeroYear, edit(corpusText('003'), 37, 'N°2022-80', 'N°2021-80'));
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe('Le numéro N°2021-80 porte l’année 2021, mais la réunion est du 21 MARS 2022 (2022).');
    expect(d.range).toEqual({ start: { line: 36, character: 1 }, end: { line: 36, character: 10 } });
    expect(d.data).toMatchObject({ expected: 'N°2022-80', actual: 'N°2021-80' });
    expect(d.data?.fixes).toEqual([{ title: 'Remplacer par N°2022-80', range: d.range, text: 'N°2022-80', preferred: true }]);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(8);
  });

  it('reports a number given twice in the file, on the second one', () => {
    // 003 L855 `(N°2022-81)` made 2022-80 (L37).
    const [d, ...rest] = check(numeroYear, edit(corpusText('003'), 855, 'N°2022-81', 'N°2022-80'), { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.range.start.line).toBe(854);
    expect(d.message).toBe(
      'Number N°2022-80 is already the number of another deliberation of this file ("PARTICIPATION DE L\'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ LOGEMENT").',
    );
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(36);
  });

  it('reports a number another file of the workspace gives to another act, not a copy of the same act', () => {
    // 002 L39 is N°2022-284 (CP 04/07/2022); give 000 (CP 27/09/2022) the same number.
    const text = edit(corpusText('000'), 37, 'N°2022-372', 'N°2022-284');
    const workspace = { files: [summary('002')] };
    const [d, ...rest] = withWorkspace('000', text, workspace);
    expect(rest).toEqual([]);
    expect(d.range.start.line).toBe(36);
    expect(d.message).toBe('Le numéro N°2022-284 est aussi celui d’une autre délibération, dans 002.txt (ligne 39, réunion du 04/07/2022).');
    expect(d.data).toMatchObject({ duplicateOf: { uri: 'file:///corpus/002.txt', line: 38 } });
    // The same file open twice (same number, date and title) is one act.
    expect(withWorkspace('000', corpusText('000'), { files: [{ ...summary('000'), uri: 'file:///copie/000.txt' }] })).toEqual([]);
    // The analysed file's own summary is ignored.
    expect(withWorkspace('000', text, { files: [summary('000', text)] })).toEqual([]);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', '(N°2022-)', '(N°0000-0)\nREUNION DU 1 JANVIER 2022', corpusText('000').slice(0, 1500)]) {
      const dossiers = [buildDossier(text.split('\n'), 0), buildDossier(text.split('\n'), 1)];
      expect(() => numeroYear.scope === 'file' && numeroYear.check({ dossiers, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});
