/**
 * `delibera check` as a process: formats, exit codes, configuration, awkward inputs. Runs the built
 * `dist/cli.js`. Expected positions are read from the samples (see samples/README.md):
 * 2022-372 L83 `Pour  :  42 voix` (32 présents + 11 excusés), the figure at column 10;
 * 2023-204 L10 `Secrétaire : M. Laurent DUPORGE`, who is excused, the name at column 14.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../engine/rules/index';
import { corpus, put, runCli, scratch, type JsonEntry } from './run';

const VOTE_SAMPLE = '2022-372-equipement-numerique-colleges.txt';
const OFFICER_SAMPLE = '2023-204-pass-numeriques.txt';

/** A config that keeps only the given rules, so that exit codes do not move as rules are added. */
function onlyRules(...ids: string[]): string {
  return JSON.stringify({ rules: Object.fromEntries(rules.map((rule) => [rule.id, ids.includes(rule.id) ? rule.severity : 'off'])) });
}

/** Corpus 000 with `Pour  :  43 voix` (L83; 32 présents + 11 excusés, L12–29) turned into 41. */
const wrongTotal = () => corpus('000_8d5666818704f46d.txt').replace('Pour  :  43 voix', 'Pour  :  41 voix');

describe.concurrent('delibera check', () => {
  const work = scratch('check');
  afterAll(() => work.cleanup());

  it('reports in the human format, with a summary, and exits 1 on errors', async () => {
    const run = await runCli(['check', 'samples/']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`samples/${VOTE_SAMPLE}:83:10  error  Pour + Contre + Abstention = 42, mais présents + excusés = 43 (32 + 11).  [vote-total]`);
    expect(run.stdout).toContain(`samples/${OFFICER_SAMPLE}:10:14  error  `);
    expect(run.stdout).toMatch(/^4 fichiers, 4 délibérations : \d+ erreurs?, \d+ avertissements?/m);
    expect(run.stderr).toMatch(/delibera: 4 fichiers \([\d,]+ ko\) en [\d,]+ s : [\d,]+ fichiers\/s, [\d,]+ Mo\/s/);
  });

  it('speaks English with --locale en', async () => {
    const run = await runCli(['check', '--locale', 'en', `samples/${VOTE_SAMPLE}`]);
    expect(run.stdout).toContain(':83:10  error  Pour + Contre + Abstention = 42, but present + excused = 43 (32 + 11).  [vote-total]');
    expect(run.stdout).toMatch(/^1 file, 1 deliberation: \d+ errors?/m);
    expect(run.stderr).toMatch(/files\/s, [\d.]+ MB\/s/);
  });

  it('colours the report when asked', async () => {
    const run = await runCli(['check', '--color', `samples/${VOTE_SAMPLE}`]);
    expect(run.stdout).toContain('\u001b[31merror\u001b[39m');
  });

  it('gives the engine\'s diagnostics as JSON, 0-based', async () => {
    const run = await runCli(['check', '--format', 'json', 'samples/']);
    expect(run.code).toBe(1);
    const entries = JSON.parse(run.stdout) as JsonEntry[];
    expect(entries.map((entry) => entry.file)).toEqual([
      'samples/2022-284-feder-react-eu.txt',
      `samples/${VOTE_SAMPLE}`,
      `samples/${OFFICER_SAMPLE}`,
      'samples/2024-577-education-aux-medias.txt',
    ]);
    const total = entries[1].diagnostics.find((d) => d.code === 'vote-total')!;
    expect(total.range).toEqual({ start: { line: 82, character: 9 }, end: { line: 82, character: 11 } });
    expect(total.severity).toBe(1);
    expect(total.codeDescription?.href).toMatch(/vote-total\.md$/);
    expect(total.data?.fixes).toContainEqual(expect.objectContaining({ text: '43', preferred: true }));
    expect(entries.every((entry) => entry.status === 'checked' && entry.dossiers === 1)).toBe(true);
  });

  it('writes the report to --output', async () => {
    const output = join(work.dir, 'report.json');
    const run = await runCli(['check', '--format', 'json', '--output', output, `samples/${VOTE_SAMPLE}`]);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(output, 'utf8')) as JsonEntry[])[0].file).toBe(`samples/${VOTE_SAMPLE}`);
  });

  describe('exit codes', () => {
    const dir = join(work.dir, 'exit');
    beforeAll(() => {
      put(join(dir, '.delibera.json'), onlyRules('vote-total'));
      put(join(dir, 'clean', 'acte.txt'), corpus('000_8d5666818704f46d.txt'));
      put(join(dir, 'wrong', 'acte.txt'), wrongTotal());
      put(join(dir, 'warned', '.delibera.json'), '{"rules": {"vote-total": "warning"}}');
      put(join(dir, 'warned', 'acte.txt'), wrongTotal());
    });

    it('0 without error-level problems', async () => {
      const run = await runCli(['check', 'clean'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('1 fichier, 1 délibération : 0 erreur, 0 avertissement\n');
    });

    it('1 with an error, 0 with --exit-zero', async () => {
      expect((await runCli(['check', 'wrong'], { cwd: dir })).code).toBe(1);
      expect((await runCli(['check', '--exit-zero', 'wrong'], { cwd: dir })).code).toBe(0);
    });

    it('0 with warnings, 1 over --max-warnings', async () => {
      const under = await runCli(['check', '--max-warnings', '1', 'warned'], { cwd: dir });
      expect(under.code).toBe(0);
      expect(under.stdout).toContain('warned/acte.txt:83:10  warning  ');
      const over = await runCli(['check', '--max-warnings', '0', 'warned'], { cwd: dir });
      expect(over.code).toBe(1);
      expect(over.stderr).toContain('1 avertissement, au-delà du maximum de 0 (--max-warnings)');
    });

    it('2 on a usage error, with the reason on stderr', async () => {
      const run = await runCli(['check', '--format', 'xml', 'clean'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain("--format attend human, json ou sarif, pas 'xml'");
      expect((await runCli(['frobnicate'], { cwd: dir })).code).toBe(2);
      expect((await runCli([], { cwd: dir })).code).toBe(2);
    });

    it('2 on a missing file, naming it, after checking the others', async () => {
      const run = await runCli(['check', 'clean', 'nulle-part.txt'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('delibera: nulle-part.txt: fichier ou dossier introuvable');
      expect(run.stdout).toContain('1 fichier, 1 délibération');
    });

    it('2 on a file that cannot be read', async () => {
      const fifo = join(dir, 'tube.txt');
      execFileSync('mkfifo', [fifo]);
      const run = await runCli(['check', 'tube.txt'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('delibera: tube.txt: pas un fichier ordinaire');
    });

    it('0 and --help, the version with --version', async () => {
      const help = await runCli(['--help'], { cwd: dir });
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Usage : delibera check');
      const version = await runCli(['--version'], { cwd: dir });
      expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    });
  });

  describe('configuration', () => {
    const dir = join(work.dir, 'config');
    beforeAll(() => {
      // /.delibera.json: vote-total as a warning, in English, archives/ ignored.
      put(join(dir, '.delibera.json'), JSON.stringify({ language: 'en', rules: { 'vote-total': 'warning' }, ignore: ['archives/', '*.brouillon.txt'] }));
      put(join(dir, 'cp', 'acte.txt'), wrongTotal());
      // /strict/.delibera.json: nearer, back to error, in French; other keys inherited.
      put(join(dir, 'strict', '.delibera.json'), JSON.stringify({ language: 'fr', rules: { 'vote-total': 'error' } }));
      put(join(dir, 'strict', 'acte.txt'), wrongTotal());
      put(join(dir, 'strict', 'acte.brouillon.txt'), wrongTotal());
      put(join(dir, 'archives', 'acte.txt'), wrongTotal());
      // /alone/.delibera.json: "root": nothing inherited.
      put(join(dir, 'alone', '.delibera.json'), JSON.stringify({ root: true }));
      put(join(dir, 'alone', 'acte.txt'), wrongTotal());
      put(join(dir, 'other.json'), JSON.stringify({ rules: { 'vote-total': 'off' } }));
    });

    it('is looked up from each file\'s folder upward, nearest winning, and its ignore patterns apply', async () => {
      const run = await runCli(['check', '--format', 'json', '.'], { cwd: dir });
      const entries = JSON.parse(run.stdout) as JsonEntry[];
      const codeOf = (file: string) => entries.find((entry) => entry.file === file)?.diagnostics.find((d) => d.code === 'vote-total');
      expect(entries.map((entry) => entry.file).sort()).toEqual(['alone/acte.txt', 'cp/acte.txt', 'strict/acte.txt']);
      expect(codeOf('cp/acte.txt')).toMatchObject({ severity: 2, message: expect.stringContaining('but present + excused') });
      expect(codeOf('strict/acte.txt')).toMatchObject({ severity: 1, message: expect.stringContaining('mais présents + excusés') });
      expect(codeOf('alone/acte.txt')).toMatchObject({ severity: 1, message: expect.stringContaining('mais présents + excusés') });
      expect(run.code).toBe(1);
    });

    it('gives way to --config, and to --locale, --rule and --ignore on the command line', async () => {
      const replaced = await runCli(['check', '--config', 'other.json', '--format', 'json', 'cp', 'archives'], { cwd: dir });
      const entries = JSON.parse(replaced.stdout) as JsonEntry[];
      // Reported by path, whatever the order they were named in.
      expect(entries.map((entry) => entry.file)).toEqual(['archives/acte.txt', 'cp/acte.txt']);
      expect(entries.flatMap((entry) => entry.diagnostics).filter((d) => d.code === 'vote-total')).toEqual([]);
      const overridden = await runCli(['check', '--locale', 'fr', '--rule', 'vote-total=error', '--ignore', 'alone/', '--format', 'json', '.'], { cwd: dir });
      const list = JSON.parse(overridden.stdout) as JsonEntry[];
      expect(list.map((entry) => entry.file).sort()).toEqual(['cp/acte.txt', 'strict/acte.txt']);
      expect(list[0].diagnostics.find((d) => d.code === 'vote-total')).toMatchObject({ severity: 1, message: expect.stringContaining('mais présents') });
    });

    it('says so when a named file is ignored, in the language of the working directory’s .delibera.json', async () => {
      const run = await runCli(['check', 'archives/acte.txt'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('delibera: archives/acte.txt: ignored (pattern "archives/" from .delibera.json)');
    });

    it('stops on an invalid config with the file, the key and the reason, checking nothing (exit 2)', async () => {
      // Beside the tree above, which the other tests walk at the same time.
      const dir = join(work.dir, 'config-invalid');
      put(join(dir, 'cp', 'acte.txt'), wrongTotal());
      const bad = join(dir, 'bad');
      put(join(bad, '.delibera.json'), '{"assembly": {"size": "quarante"}, "rules": {"vote-total": "warn"}, "langage": "fr"}');
      put(join(bad, 'acte.txt'), wrongTotal());
      const run = await runCli(['check', 'bad'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('delibera: bad/.delibera.json: clé "assembly.size" : doit être un nombre entier ou null (trouvé "quarante")');
      expect(run.stderr).toContain('delibera: bad/.delibera.json: clé "rules.vote-total" : doit valoir "error", "warning", "information", "hint", "off" (trouvé "warn")');
      expect(run.stderr).toContain('delibera: bad/.delibera.json: clé "langage" : clé inconnue ; vouliez-vous dire "language" ?');
      const syntax = join(dir, 'syntax');
      put(join(syntax, '.delibera.json'), '{\n  "rules": {\n    "vote-total": "off",\n  }\n}');
      put(join(syntax, 'acte.txt'), wrongTotal());
      const broken = await runCli(['check', '--locale', 'en', 'syntax'], { cwd: dir });
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/delibera: syntax\/\.delibera\.json:4:3: invalid JSON: /);
      const missing = await runCli(['check', '--config', 'absent.json', 'cp'], { cwd: dir });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('absent.json : fichier de configuration illisible (ENOENT)');
    });
  });

  describe('awkward inputs', () => {
    const dir = join(work.dir, 'inputs');
    beforeAll(() => {
      put(join(dir, 'actes', 'a.txt'), corpus('000_8d5666818704f46d.txt'));
      put(join(dir, 'actes', 'b.delib'), corpus('004_1dc4fcee360ef1bf.txt'));
      put(join(dir, 'actes', 'notes.txt'), 'Liste de courses\n');
      put(join(dir, 'actes', 'scan.delib'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
      put(join(dir, 'actes', 'sous', 'c.deliberation'), corpus('002_1db52241779bf69e.txt'));
      put(join(dir, 'dehors', 'd.txt'), corpus('001_31979806140e0f38.txt'));
      symlinkSync(join(dir, 'dehors'), join(dir, 'actes', 'lien'));
      symlinkSync(join(dir, 'actes', 'sous'), join(dir, 'actes', 'boucle'));
    });

    it('recognises deliberations in folders, skips binary files with a notice, and does not leave the roots', async () => {
      const run = await runCli(['check', '--format', 'json', 'actes'], { cwd: dir });
      expect(run.code).toBe(0);
      const entries = JSON.parse(run.stdout) as JsonEntry[];
      expect(entries.map((entry) => [entry.file, entry.status])).toEqual([
        ['actes/a.txt', 'checked'],
        ['actes/b.delib', 'checked'],
        ['actes/boucle/c.deliberation', 'checked'],
        ['actes/scan.delib', 'skipped'],
      ]);
      expect(run.stderr).toContain('delibera: actes/scan.delib: fichier binaire : non vérifié');
      expect(run.stderr).toContain('delibera: actes/lien: lien symbolique vers l\'extérieur des dossiers donnés : non suivi (--follow-symlinks)');
    });

    it('follows links out of the roots with --follow-symlinks', async () => {
      const run = await runCli(['check', '--format', 'json', '--follow-symlinks', 'actes'], { cwd: dir });
      const files = (JSON.parse(run.stdout) as JsonEntry[]).map((entry) => entry.file);
      expect(files).toContain('actes/lien/d.txt');
    });

    it('expands globs itself, and fails on a glob that matches nothing', async () => {
      const run = await runCli(['check', '--format', 'json', 'actes/**/*.{txt,deliberation}'], { cwd: dir });
      expect((JSON.parse(run.stdout) as JsonEntry[]).map((entry) => entry.file)).toEqual(['actes/a.txt', 'actes/boucle/c.deliberation']);
      const none = await runCli(['check', 'actes/*.pdf'], { cwd: dir });
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('actes/*.pdf: aucune délibération ne correspond à ce motif');
    });

    it('skips files over --max-file-size without reading them, and 20 MB by default', async () => {
      const small = await runCli(['check', '--max-file-size', '5KB', 'actes/a.txt'], { cwd: dir });
      expect(small.code).toBe(0);
      expect(small.stderr).toContain('actes/a.txt: fichier de 8,3 ko, au-delà de la limite de 5,0 ko (--max-file-size) : non vérifié');
      // A sparse 25 MB file: no disk used, and nothing read.
      const huge = join(dir, 'enorme.delib');
      const fd = openSync(huge, 'w');
      closeSync(fd);
      execFileSync('truncate', ['-s', '25000000', huge]);
      const run = await runCli(['check', 'enorme.delib'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('enorme.delib: fichier de 25,0 Mo, au-delà de la limite de 20,0 Mo (--max-file-size) : non vérifié');
    });

    it('reads a Windows-1252 file, saying so', async () => {
      const latin = join(dir, 'latin1.delib');
      writeFileSync(latin, Buffer.from(corpus('000_8d5666818704f46d.txt'), 'latin1'));
      const run = await runCli(['check', '--format', 'json', 'latin1.delib'], { cwd: dir });
      expect((JSON.parse(run.stdout) as JsonEntry[])[0]).toMatchObject({ status: 'checked', dossiers: 1 });
      expect(run.stderr).toContain('latin1.delib: encodé en windows-1252, pas en UTF-8 : lu comme tel');
    });

    it('checks a named file whatever its name, and says when a folder holds no deliberation', async () => {
      put(join(dir, 'brouillon.md'), corpus('000_8d5666818704f46d.txt'));
      const named = await runCli(['check', '--format', 'json', 'brouillon.md'], { cwd: dir });
      expect((JSON.parse(named.stdout) as JsonEntry[])[0]).toMatchObject({ file: 'brouillon.md', status: 'checked', dossiers: 1 });
      put(join(dir, 'vide', 'lisez-moi.txt'), 'rien\n');
      const empty = await runCli(['check', 'vide'], { cwd: dir });
      expect(empty.code).toBe(0);
      expect(empty.stderr).toContain('delibera: aucune délibération trouvée');
    });
  });
});
