/**
 * `delibera export` as a process, on the corpus (33 deliberations of the Commission Permanente in 5
 * files): the rows, the schema's rules, the configuration, the JSON form, exit codes. Runs the
 * built `dist/cli.js`.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args';
import { csvRows, ruleErrors } from '../export/scdl-rules';
import { CORPUS_DIR, put, runCli, scratch } from './run';

describe('parseArgs: export', () => {
  it('defaults to SCDL CSV on standard output', () => {
    const parsed = parseArgs(['export', 'actes/']);
    expect(parsed).toEqual({ ok: true, options: expect.objectContaining({ command: 'export', exportFormat: 'scdl', paths: ['actes/'] }) });
  });

  it('reads --format json, -o, and the options it shares with check', () => {
    const parsed = parseArgs(['export', '-f', 'json', '-o', 'out.json', '--locale', 'en', '-c', 'c.json', '--ignore', 'archives/', '--max-file-size', '1MB', '-q', 'a.txt']);
    expect(parsed).toEqual({
      ok: true,
      options: expect.objectContaining({ command: 'export', exportFormat: 'json', output: 'out.json', locale: 'en', config: 'c.json', ignore: ['archives/'], maxFileSize: 1_000_000, quiet: true, paths: ['a.txt'] }),
    });
    expect(parseArgs(['export', '--format=scdl'])).toEqual({ ok: true, options: expect.objectContaining({ exportFormat: 'scdl' }) });
  });

  it('refuses a format or an option that is check\'s', () => {
    const cases: [string[], RegExp][] = [
      [['export', '--format', 'sarif'], /--format must be scdl, json or liste \(liste-md, liste-html, liste-csv\), not 'sarif'/],
      [['export', '--format', 'csv'], /--format must be scdl, json or liste \(liste-md, liste-html, liste-csv\), not 'csv'/],
      [['export', '--fix'], /option --fix does not apply to export/],
      [['export', '--rule', 'vote-total=off'], /option --rule does not apply to export/],
      [['export', '-j', '2'], /option -j does not apply to export/],
      [['export', '--frobnicate'], /unknown option '--frobnicate'/],
      [['exporter'], /unknown command 'exporter' \(expected: check or export\)/],
    ];
    for (const [argv, expected] of cases) {
      const parsed = parseArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.error.en).toMatch(expected);
    }
    // check keeps its own formats.
    expect(parseArgs(['check', '--format', 'scdl']).ok).toBe(false);
  });
});

describe.concurrent('delibera export', () => {
  const work = scratch('export');
  const configured = join(work.dir, 'cd62');
  beforeAll(() => {
    cpSync(CORPUS_DIR, join(configured, 'cp'), { recursive: true });
    put(join(configured, '.delibera.json'), JSON.stringify({
      collectivite: { kind: 'departement', name: 'Département du Pas-de-Calais', siret: '22620001500007', members: 78 },
      export: { baseUrl: 'https://www.pasdecalais.fr/deliberations/' },
    }));
  });
  afterAll(() => work.cleanup());

  it('writes one row per deliberation of the corpus, each keeping the schema\'s rules', async () => {
    const run = await runCli(['export', 'test/fixtures/corpus/']);
    expect(run.code).toBe(0);
    const rows = csvRows(run.stdout);
    expect(rows).toHaveLength(33);
    // No SIRET is configured here: the only required field left empty, and said so.
    expect(ruleErrors(rows, false)).toEqual([]);
    expect(ruleErrors(rows).filter((error) => error.rule === 'required' && !['COLL_SIRET', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM'].includes(error.field))).toEqual([]);
    for (const row of rows) {
      expect(row.COLL_NOM).toMatch(/PAS-DE-CALAIS/i);
      expect(row.DELIB_ID).toMatch(/^20\d\d-\d+$/);
      expect(row.DELIB_DATE).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(row.DELIB_OBJET).not.toBe('');
      expect(row.DELIB_URL).toMatch(/^file:\/\/\/.*\/test\/fixtures\/corpus\/\d{3}_[0-9a-f]+\.txt$/);
    }
    // 2022-372: 43 pour, 0 contre, 0 abstention (corpus 000, L83–87).
    expect(rows.find((row) => row.DELIB_ID === '2022-372')).toMatchObject({ DELIB_DATE: '2022-09-27', VOTE_REEL: '43', VOTE_POUR: '43', VOTE_CONTRE: '0', VOTE_ABSTENTION: '0' });
    expect(run.stderr).toContain('COLL_SIRET — SIRET non configuré (collectivite.siret)');
    expect(run.stderr).toMatch(/delibera: 33 délibérations exportées \(5 fichiers\)/);
  });

  it('takes the collectivité and the publication address from .delibera.json', async () => {
    const run = await runCli(['export', '--locale', 'en', 'cp'], { cwd: configured });
    expect(run.code).toBe(0);
    const rows = csvRows(run.stdout);
    expect(rows).toHaveLength(33);
    expect(ruleErrors(rows, false)).toEqual([]);
    for (const row of rows) {
      expect(row).toMatchObject({ COLL_NOM: 'Département du Pas-de-Calais', COLL_SIRET: '22620001500007', VOTE_EFFECTIF: '78' });
      expect(row.DELIB_URL).toMatch(/^https:\/\/www\.pasdecalais\.fr\/deliberations\/cp\/\d{3}_[0-9a-f]+\.txt$/);
    }
    expect(run.stderr).not.toContain('COLL_SIRET');
    expect(run.stderr).toMatch(/33 deliberations exported \(5 files\)/);
  });

  it('gives the same facts as JSON, and writes to -o', async () => {
    const csv = csvRows((await runCli(['export', 'cp'], { cwd: configured })).stdout);
    const out = join(work.dir, 'export.json');
    const run = await runCli(['export', '--format', 'json', '-o', out, '-q', 'cp'], { cwd: configured });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.deliberations).toHaveLength(33);
    json.deliberations.forEach((entry: Record<string, unknown>, index: number) => {
      expect(entry.file).toMatch(/^cp\//);
      for (const [field, value] of Object.entries(csv[index])) expect(entry[field] ?? '', field).toBe(/^VOTE_/.test(field) && value !== '' ? Number(value) : value);
    });
    expect(Array.isArray(json.notices)).toBe(true);
  });

  it('exits 2 on a usage error or an invalid configuration, and lists export in --help', async () => {
    expect((await runCli(['export', '--format', 'xml'])).code).toBe(2);
    const bad = join(work.dir, 'bad');
    put(join(bad, '.delibera.json'), '{"collectivite": {"siret": "123"}}');
    cpSync(join(CORPUS_DIR, '000_8d5666818704f46d.txt'), join(bad, 'acte.txt'));
    const run = await runCli(['export', '.'], { cwd: bad });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('clé "collectivite.siret"');
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage : delibera export');
  });
});
