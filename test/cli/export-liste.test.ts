/**
 * `delibera export --format liste`: the list of the deliberations of each meeting (CGCT
 * L2121-25), through the built CLI (`npm run build` first): Markdown on standard output, HTML or CSV
 * after `--output`'s extension or `liste-html`/`liste-csv`, the same bytes as the golden files of
 * test/export/meeting-list.test.ts, English labels with `--locale en`, what is not read on standard
 * error, a PDF read like a text, exit codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args';
import { meetingListFormat } from '../../cli/export';
import { makePdf } from '../input/make-documents';
import { CORPUS_DIR, put, runCli, scratch } from './run';

const CORPUS_003 = join(CORPUS_DIR, '003_b2bb4981e98d102e.txt');
const golden = (name: string) => readFileSync(new URL(`../fixtures/golden/${name}`, import.meta.url), 'utf8');

describe('parseArgs and the list\'s format', () => {
  it('reads --format liste and its explicit forms', () => {
    for (const format of ['liste', 'liste-md', 'liste-html', 'liste-csv']) {
      expect(parseArgs(['export', '--format', format, 'a.txt'])).toEqual({ ok: true, options: expect.objectContaining({ command: 'export', exportFormat: format }) });
    }
    const refused = parseArgs(['export', '--format', 'liste-pdf']);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fr).toBe('--format attend scdl, json ou liste (liste-md, liste-html, liste-csv), pas \'liste-pdf\'');
  });

  it('takes the sub-format from the name given, else from --output\'s extension, else Markdown', () => {
    expect(meetingListFormat('liste', undefined)).toBe('md');
    expect(meetingListFormat('liste', 'seance.HTML')).toBe('html');
    expect(meetingListFormat('liste', 'out/seance.htm')).toBe('html');
    expect(meetingListFormat('liste', 'seance.csv')).toBe('csv');
    expect(meetingListFormat('liste', 'seance.md')).toBe('md');
    expect(meetingListFormat('liste', 'seance.txt')).toBe('md');
    expect(meetingListFormat('liste-csv', 'seance.html')).toBe('csv');
    expect(meetingListFormat('liste-html', undefined)).toBe('html');
    expect(meetingListFormat('scdl', 'x.csv')).toBeUndefined();
    expect(meetingListFormat('json', undefined)).toBeUndefined();
  });
});

describe.concurrent('delibera export --format liste', () => {
  const work = scratch('liste');
  beforeAll(() => {
    put(join(work.dir, 'pv/pv.txt'), [
      'COMMUNE DE SAINT-PIERRE-DES-CHAMPS',
      'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 14 MARS 2023',
      "L'an deux mille vingt-trois, le quatorze mars à vingt heures, le Conseil municipal, légalement convoqué le 7 mars 2023, s'est réuni en mairie sous la présidence de M. Jean MARTIN, Maire.",
      'Nombre de conseillers en exercice : 15 Présents : 13 Votants : 14',
      'Secrétaire de séance : Mme Claire DUBOIS',
      'Délibération n° 2023-011 : Tarifs de la cantine scolaire',
      'Le Conseil municipal, après en avoir délibéré, par 11 voix pour, 2 voix contre et 1 abstention, FIXE les tarifs.',
      'Délibération n° 2023-013 : Questions diverses',
      'Le Maire informe le Conseil des travaux de voirie.',
    ].join('\n'));
    put(join(work.dir, 'pdf/extrait.pdf'), makePdf([[
      'RÉPUBLIQUE FRANÇAISE',
      'VILLE DE SAINT-MARS-DU-DÉSERT',
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
      'Séance du lundi 30 janvier 2023',
      "L'an deux mille vingt-trois, le trente janvier à dix-neuf heures, le Conseil municipal, légalement convoqué le 24 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.",
      'Nombre de conseillers en exercice : 45 Présents : 40 Votants : 43',
      'Secrétaire de séance : Mme Anne LEROUX',
      'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes',
      "Le Conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE les tarifs.",
    ]]));
    put(join(work.dir, 'bad/casse.pdf'), `%PDF-1.7\n${'x'.repeat(500)}`);
  });
  afterAll(() => work.cleanup());

  it('writes the list of session 003 in Markdown on standard output, the golden file\'s bytes', async () => {
    const run = await runCli(['export', '--format', 'liste', CORPUS_003]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(golden('liste-003.md'));
    expect(run.stderr).toBe('delibera: 29 délibérations listées (1 séance, 1 fichier)\n');
  });

  it('writes HTML or CSV after the extension of --output, and liste-csv on standard output', async ({ expect }) => {
    const html = join(work.dir, 'out/seance.html');
    const csv = join(work.dir, 'out/seance.csv');
    put(join(work.dir, 'out/.keep'), '');
    const [toHtml, toCsv, onStdout] = await Promise.all([
      runCli(['export', '--format', 'liste', '-o', html, CORPUS_003]),
      runCli(['export', '--format', 'liste', '--output', csv, CORPUS_003]),
      runCli(['export', '--format', 'liste-csv', CORPUS_003]),
    ]);
    expect([toHtml.code, toCsv.code, onStdout.code]).toEqual([0, 0, 0]);
    expect(toHtml.stdout).toBe('');
    expect(readFileSync(html, 'utf8')).toBe(golden('liste-003.html'));
    expect(readFileSync(csv, 'utf8')).toBe(golden('liste-003.csv'));
    expect(onStdout.stdout).toBe(golden('liste-003.csv'));
  });

  it('writes English labels and notices with --locale en', async ({ expect }) => {
    const run = await runCli(['export', '--format', 'liste-md', '--locale', 'en', CORPUS_003]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('- Meeting: Monday 21 March 2022');
    expect(run.stdout).toContain('| 2022-87 | AGRÉMENTS - DIFFUSION DE PROXIMITÉ | adopted | 43 | 0 | 1 |');
    expect(run.stderr).toBe('delibera: 29 deliberations listed (1 meeting, 1 file)\n');
  });

  it('lists a procès-verbal\'s items and says on standard error the outcome it could not read', async ({ expect }) => {
    const run = await runCli(['export', '--format', 'liste', join(work.dir, 'pv/pv.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| 2023-011 | Tarifs de la cantine scolaire | adoptée | 11 | 2 | 1 |');
    expect(run.stdout).toContain('| 2023-013 | Questions diverses | non lu |  |  |  |');
    expect(run.stderr).toContain(`${join(work.dir, 'pv/pv.txt')}: délibération n° 2023-013 : aucun vote lu, résultat non lu`);
    const quiet = await runCli(['export', '--format', 'liste', '-q', join(work.dir, 'pv/pv.txt')]);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(run.stdout);
  });

  it('reads a PDF as check does', async ({ expect }) => {
    const run = await runCli(['export', '--format', 'liste-csv', join(work.dir, 'pdf')]);
    expect(run.stderr).toBe('delibera: 1 délibération listée (1 séance, 1 fichier)\n');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')[1]).toBe('VILLE DE SAINT-MARS-DU-DÉSERT,Conseil municipal,2023-01-30,2023-004,Tarifs de la salle des fêtes,adoptée à l\'unanimité,43,0,0,');
    // The SCDL export reads it the same way.
    const scdl = await runCli(['export', '-q', join(work.dir, 'pdf')]);
    expect(scdl.code).toBe(0);
    expect(scdl.stdout.split('\r\n').filter((line) => line !== '')).toHaveLength(2);
    expect(scdl.stdout).toContain(',2023-004,2023-01-30,');
  });

  it('exits 2 on a damaged PDF or an output it cannot write', async ({ expect }) => {
    const damaged = await runCli(['export', '--format', 'liste', join(work.dir, 'bad/casse.pdf')]);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/casse\.pdf: /);
    const nowhere = join(work.dir, 'missing-folder/seance.html');
    const unwritable = await runCli(['export', '--format', 'liste', '-o', nowhere, CORPUS_003]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('écriture de l\'export impossible');
    expect(existsSync(nowhere)).toBe(false);
  });
});
