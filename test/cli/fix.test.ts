/**
 * `--fix` and `--fix-dry-run` on copies in a scratch folder. The broken acts are corpus 000 with
 * its vote block (L83–89: `Pour  :  43 voix`, `Contre : 0 voix `, `Abstention : 0 voix `,
 * `(Adopté)`; 32 présents + 11 excusés, L12–29) spoiled, so a correct fix gives back the published
 * text byte for byte.
 */
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpus, put, runCli, scratch, type JsonEntry } from './run';

const original = corpus('000_8d5666818704f46d.txt');
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const BOM = '\uFEFF';

/** Pour 41 (vote-total) and (Rejeté) (vote-outcome): two fixes in one pass. */
const twoErrors = (text: string) => text.replace('Pour  :  43 voix', 'Pour  :  41 voix').replace('\n(Adopté)\n', '\n(Rejeté)\n');
/** Pour 0 and (Rejeté): a tie hides the outcome until the first pass has fixed Pour to 43. */
const twoPasses = (text: string) => text.replace('Pour  :  43 voix', 'Pour  :  0 voix').replace('\n(Adopté)\n', '\n(Rejeté)\n');

const VOTE_RULES = ['vote-total', 'vote-outcome'];

async function voteDiagnostics(cwd: string, file: string): Promise<string[]> {
  const run = await runCli(['check', '--format', 'json', file], { cwd });
  return (JSON.parse(run.stdout) as JsonEntry[])[0].diagnostics.filter((d) => VOTE_RULES.includes(d.code)).map((d) => d.code);
}

describe.concurrent('--fix', () => {
  const work = scratch('fix');
  afterAll(() => work.cleanup());

  it('applies the safe fixes in place and gives back the published bytes', async () => {
    const dir = join(work.dir, 'lf');
    const file = put(join(dir, 'acte.txt'), twoErrors(original));
    expect(await voteDiagnostics(dir, 'acte.txt')).toEqual(['vote-total', 'vote-outcome']);
    const run = await runCli(['check', '--fix', 'acte.txt'], { cwd: dir });
    expect(run.stdout).toContain('; 2 corrections appliquées');
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(await voteDiagnostics(dir, 'acte.txt')).toEqual([]);
    // Nothing left behind: the temporary file was renamed over the act.
    expect(readdirSync(dir)).toEqual(['acte.txt']);
  });

  it('keeps CRLF line endings, the BOM and the file mode', async () => {
    const dir = join(work.dir, 'crlf');
    const file = put(join(dir, 'acte.txt'), BOM + crlf(twoErrors(original)));
    chmodSync(file, 0o640);
    await runCli(['check', '--fix', 'acte.txt'], { cwd: dir });
    expect(readFileSync(file).equals(Buffer.from(BOM + crlf(original), 'utf8'))).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('runs passes until nothing changes', async () => {
    const dir = join(work.dir, 'passes');
    const file = put(join(dir, 'acte.txt'), crlf(twoPasses(original)));
    expect(await voteDiagnostics(dir, 'acte.txt')).toEqual(['vote-total']);
    const run = await runCli(['check', '--fix', 'acte.txt'], { cwd: dir });
    expect(run.stdout).toContain('; 2 corrections appliquées');
    expect(readFileSync(file, 'utf8')).toBe(crlf(original));
  });

  it('inserts no line: a missing outcome line is a suggestion for the editor, never written by --fix', async () => {
    const dir = join(work.dir, 'insert');
    // No outcome line at all: vote-outcome offers to insert "(Adopté)" after the vote block.
    const broken = crlf(original.replace('\n(Adopté)\n', '\n'));
    const file = put(join(dir, 'acte.txt'), broken);
    expect(await voteDiagnostics(dir, 'acte.txt')).toEqual(['vote-outcome']);
    await runCli(['check', '--fix', 'acte.txt'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(await voteDiagnostics(dir, 'acte.txt')).toEqual(['vote-outcome']);
  });

  it('prints a unified diff with --fix-dry-run and writes nothing', async () => {
    const dir = join(work.dir, 'dry');
    const broken = twoErrors(original);
    const file = put(join(dir, 'acte.txt'), broken);
    const run = await runCli(['check', '--fix-dry-run', 'acte.txt'], { cwd: dir });
    expect(run.stdout).toContain([
      '--- a/acte.txt',
      '+++ b/acte.txt',
      '@@ -80,13 +80,13 @@',
      ' ',
      ' Dans les conditions de vote ci-dessous : ',
      ' ',
      '-Pour  :  41 voix  (Groupe  Socialiste,  Républicain  et  Citoyen ;  Groupe  Communiste  et',
      '+Pour  :  43 voix  (Groupe  Socialiste,  Républicain  et  Citoyen ;  Groupe  Communiste  et',
      ' Républicain ; Groupe Union pour le Pas-de-Calais  ; Groupe Rassemblement National ;',
      ' Non-inscrit)',
      ' Contre : 0 voix ',
      ' Abstention : 0 voix ',
      ' ',
      '-(Rejeté)',
      '+(Adopté)',
      ' ',
    ].join('\n'));
    expect(run.stdout).toContain("2 corrections possibles (rien n'est écrit)");
    expect(readFileSync(file, 'utf8')).toBe(broken);
    const json = await runCli(['check', '--fix-dry-run', '--format', 'json', 'acte.txt'], { cwd: dir });
    expect((JSON.parse(json.stdout) as JsonEntry[])[0]).toMatchObject({ fixed: 2, diff: expect.stringContaining('+(Adopté)') });
  });

  it('refuses to rewrite a file that is not UTF-8, a read-only file, and writes through links', async () => {
    const dir = join(work.dir, 'refuse');
    const latin = put(join(dir, 'latin1.delib'), Buffer.from(twoErrors(original), 'latin1'));
    const before = readFileSync(latin);
    const run = await runCli(['check', '--fix', 'latin1.delib'], { cwd: dir });
    expect(run.stderr).toContain('latin1.delib: encodé en windows-1252, pas en UTF-8 : vérifié, mais non corrigé');
    expect(run.code).toBe(1);
    expect(readFileSync(latin).equals(before)).toBe(true);

    const locked = put(join(dir, 'lecture-seule.txt'), twoErrors(original));
    chmodSync(locked, 0o444);
    const refused = await runCli(['check', '--fix', 'lecture-seule.txt'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('lecture-seule.txt: fichier en lecture seule : non corrigé');
    expect(readFileSync(locked, 'utf8')).toBe(twoErrors(original));

    const target = put(join(dir, 'cible', 'acte.txt'), twoErrors(original));
    symlinkSync(target, join(dir, 'lien.txt'));
    await runCli(['check', '--fix', 'lien.txt'], { cwd: dir });
    expect(lstatSync(join(dir, 'lien.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(original);
  });

  it('fixes a batch on worker threads', async () => {
    const dir = join(work.dir, 'batch');
    for (let i = 0; i < 6; i++) put(join(dir, `acte-${i}.txt`), i % 2 ? crlf(twoPasses(original)) : twoErrors(original));
    const run = await runCli(['check', '--fix', '--jobs', '2', '.'], { cwd: dir });
    expect(run.stderr).toContain('2 fils');
    expect(run.stdout).toContain('; 12 corrections appliquées');
    for (let i = 0; i < 6; i++) expect(readFileSync(join(dir, `acte-${i}.txt`), 'utf8')).toBe(i % 2 ? crlf(original) : original);
  });
});
