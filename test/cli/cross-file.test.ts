/**
 * Cross-file checks in one `check` run: the run's workspace index gives each file the facts the
 * editor's index gives it, so the session export 003 (29 deliberations) split into 29 files gives
 * the diagnostics of the single file; and facts never cross from one collectivité to another.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { summarizeFile } from '../../engine/workspace/facts';
import { CORPUS_DIR, put, runCli, scratch, type JsonEntry } from './run';

const SESSION = '003_b2bb4981e98d102e.txt';
const ACT = '000_8d5666818704f46d.txt';

interface Where {
  file: string;
  line: number;
  code: string;
  severity: number;
  /** Only to tell the délégation check apart (messages name the file the other citation is in). */
  message: string;
}

const byPlace = (a: Where, b: Where) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code);

function places(entries: JsonEntry[]): Where[] {
  return entries.flatMap((e) => e.diagnostics.map((d) => ({ file: e.file, line: d.range.start.line, code: d.code, severity: d.severity, message: d.message }))).sort(byPlace);
}

const withoutMessage = ({ message: _, ...where }: Where) => where;

async function check(cwd: string, ...args: string[]): Promise<JsonEntry[]> {
  const run = await runCli(['check', '--format', 'json', '--no-progress', ...args], { cwd });
  expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
  return JSON.parse(run.stdout) as JsonEntry[];
}

describe('the 29 deliberations of 003 as 29 files, in one run', () => {
  const work = scratch('cross-file');
  const text = readFileSync(join(CORPUS_DIR, SESSION), 'utf8');
  const lines = text.split('\n');
  // Each part runs from its dossier's first line to the next dossier's (the first from line 0).
  const starts = createAnalyzer({ ruleModules: [] }).analyze(text).dossiers.map((d, i) => (i === 0 ? 0 : d.range.start.line));
  const partName = (k: number) => `part-${String(k + 1).padStart(2, '0')}.txt`;
  const partOf = (line: number) => starts.filter((start) => start <= line).length - 1;
  let single: Where[];
  beforeAll(async () => {
    put(join(work.dir, 'whole', SESSION), text);
    starts.forEach((start, k) => put(join(work.dir, 'parts', partName(k)), lines.slice(start, starts[k + 1] ?? lines.length).join('\n')));
    single = places(await check(join(work.dir, 'whole'), SESSION));
  });
  afterAll(() => work.cleanup());

  // The délégation in force is the one the file's other deliberations cite: visa-citation counts
  // them within the file, not yet across the workspace (a gap of the rule, not of the run's facts).
  const delegationInForce = (w: Where) => w.code === 'visa-citation' && w.message.startsWith('Délégation d’attributions');

  it.each([['one thread', '1'], ['worker threads', '2']])('gives the single file’s diagnostics, on %s', async (_, jobs) => {
    expect(starts).toHaveLength(29);
    const split = places(await check(join(work.dir, 'parts'), '--jobs', jobs, '.'));
    const expected = single
      .filter((w) => !delegationInForce(w))
      .map((w) => ({ ...w, file: partName(partOf(w.line)), line: w.line - starts[partOf(w.line)] }))
      .sort(byPlace);
    expect(split.map(withoutMessage)).toEqual(expected.map(withoutMessage));
    // Two of them exist only across files: the act cited with two titles in parts 19 and 20; part 9's
    // (2022-88: the report dates the visa's arrêté otherwise) is within its dossier.
    expect(split.filter((w) => w.code === 'visa-citation').map((w) => w.file)).toEqual(['part-09.txt', 'part-19.txt', 'part-20.txt']);
    expect(single.filter(delegationInForce)).toHaveLength(1);
  });
});

describe('facts stay within one collectivité and body', () => {
  const work = scratch('cross-scope');
  const act = readFileSync(join(CORPUS_DIR, ACT), 'utf8');
  /** The same act renumbered as another one: another title, the délégation dated another day. */
  const other = (departement: string) =>
    act
      .replaceAll('DEPARTEMENT DU PAS-DE-CALAIS', `DEPARTEMENT DU ${departement}`)
      .replace("FINANCEMENT D'UN ÉQUIPEMENT NUMÉRIQUE (VISIOCONFÉRENCE OU KIT", 'AIDE AUX COMMUNES POUR LA RÉNOVATION DES ÉCOLES')
      .replace('STUDIO VIDÉO) DANS LES COLLÈGES PUBLICS', 'PRIMAIRES')
      .replace('n°2021-257 du Conseil départemental en date du 01/07/2021', 'n°2021-257 du Conseil départemental en date du 02/07/2021');
  beforeAll(() => {
    put(join(work.dir, 'same', 'a.txt'), act);
    put(join(work.dir, 'same', 'b.txt'), other('PAS-DE-CALAIS'));
    put(join(work.dir, 'mixed', 'a.txt'), act);
    put(join(work.dir, 'mixed', 'b.txt'), other('NORD'));
  });
  afterAll(() => work.cleanup());

  it('reports a number and a citation that disagree within one département', async () => {
    const found = places(await check(join(work.dir, 'same'), '.')).map((w) => `${w.file} ${w.code}`);
    expect(found).toEqual(expect.arrayContaining(['a.txt numero-year', 'b.txt numero-year', 'a.txt visa-citation', 'b.txt visa-citation']));
  });

  it('never compares the acts of two départements that both number one 2022-372', async () => {
    const alone = [...places(await check(join(work.dir, 'mixed'), 'a.txt')), ...places(await check(join(work.dir, 'mixed'), 'b.txt'))].sort(byPlace);
    expect(places(await check(join(work.dir, 'mixed'), '.'))).toEqual(alone);
    expect(alone.filter((w) => w.code === 'numero-year' || w.code === 'visa-citation')).toEqual([]);
  });

  it('holds in the engine, whoever builds the facts (the language server too)', () => {
    const summary = (uri: string, text: string) => summarizeFile(uri, createAnalyzer({ ruleModules: [] }).analyze(text, { uri }).dossiers);
    const crossCodes = (departement: string) =>
      createAnalyzer({})
        .analyze(act, { uri: 'a.txt', workspace: { files: [summary('b.txt', other(departement))] } })
        .diagnostics.map((d) => d.code)
        .filter((code) => code === 'numero-year' || code === 'visa-citation');
    expect(crossCodes('PAS-DE-CALAIS')).toEqual(expect.arrayContaining(['numero-year', 'visa-citation']));
    expect(crossCodes('NORD')).toEqual([]);
  });
});
