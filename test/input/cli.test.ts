/**
 * `delibera check` on PDF, DOCX and ODT files and on folders holding them, `delibera extract`,
 * through the built CLI: locations in the original (`acte.pdf:page 3:line 19`), the page in
 * SARIF, failures with exit code 2 and nothing written, a 200 MB PDF refused on its size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusLines } from '../helpers';
import { put, runCli, scratch } from '../cli/run';
import { blocksOf, makeDocx, makeOdt, makePdf, makeZip, paginate } from './make-documents';

const work = scratch('input');
const dir = work.dir;

const actLines = (() => {
  const lines = [...corpusLines('001')];
  const vote = lines.findIndex((line) => /^Pour\s+:\s+\d+ +voix/.test(line));
  lines[vote] = lines[vote].replace(/\d+/, (n) => String(Number(n) + 10));
  return lines;
})();
const pages = paginate(actLines, 30);
const draft = readFileSync(new URL('../fixtures/drafts/subvention-pipe.delib', import.meta.url), 'utf8')
  .replace('| 150 000,00 | 14 400,00 |', '| 10 000,00 | 14 400,00 |')
  .split('\n');

beforeAll(() => {
  put(join(dir, 'actes/acte.pdf'), makePdf(pages));
  put(join(dir, 'actes/projet.docx'), makeDocx(blocksOf(draft)));
  put(join(dir, 'actes/projet.odt'), makeOdt(blocksOf(draft)));
  put(join(dir, 'bad/faux.docx'), makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]));
  put(join(dir, 'bad/casse.pdf'), `%PDF-1.7\n${'x'.repeat(500)}`);
  // 200 MB that take no room: a sparse file, refused on its size before a byte is read.
  put(join(dir, 'big/enorme.pdf'), '%PDF-1.4\n');
  truncateSync(join(dir, 'big/enorme.pdf'), 200_000_000);
});
afterAll(() => work.cleanup());

/** Where the fixture put the vote line: its page, and its rank among the page's written lines. */
function votePlace(): { page: number; line: number } {
  let index = actLines.findIndex((line) => line.startsWith('Pour'));
  let page = 0;
  while (index >= pages[page].length) index -= pages[page++].length;
  return { page: page + 1, line: pages[page].slice(0, index + 1).filter((l) => l.trim() !== '').length };
}

describe('delibera check on documents', () => {
  it('names the page and the line of the PDF, the table row of the DOCX and the ODT', async () => {
    const run = await runCli(['check', 'actes/acte.pdf', 'actes/projet.docx', 'actes/projet.odt'], { cwd: dir });
    const { page, line } = votePlace();
    expect(page).toBe(3);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^actes/acte\\.pdf:page ${page}:line ${line}  error  .*\\[vote-total\\]$`));
    const row = draft.findIndex((l) => l.startsWith('| C03-221J02')) + 1;
    expect(lines[1]).toMatch(new RegExp(`^actes/projet\\.docx:${row}:\\d+  error  .*\\[budget-credit\\]$`));
    expect(lines[2]).toMatch(new RegExp(`^actes/projet\\.odt:${row}:\\d+  error  .*\\[budget-credit\\]$`));
    expect(lines[3]).toBe('3 fichiers, 3 délibérations : 3 erreurs, 0 avertissement');
    expect(run.code).toBe(1);
  });

  it('walks folders for them', async () => {
    const run = await runCli(['check', '--format', 'json', 'actes'], { cwd: dir });
    const entries = JSON.parse(run.stdout) as { file: string; status: string }[];
    expect(entries.map((e) => [e.file, e.status])).toEqual([['actes/acte.pdf', 'checked'], ['actes/projet.docx', 'checked'], ['actes/projet.odt', 'checked']]);
  });

  it('SARIF carries the page in the region', async () => {
    const run = await runCli(['check', '--format', 'sarif', 'actes/acte.pdf'], { cwd: dir });
    const [result] = JSON.parse(run.stdout).runs[0].results;
    expect(result.ruleId).toBe('vote-total');
    const { page, line } = votePlace();
    expect(result.locations[0].physicalLocation.region.properties).toEqual({ page, lineOnPage: line });
    expect(result.fixes).toBeUndefined();
  });

  it('damaged and renamed files: exit code 2, a clear notice each, nothing written', async () => {
    const before = readFileSync(join(dir, 'bad/faux.docx'));
    const run = await runCli(['check', '--fix', 'bad'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad/casse.pdf: PDF endommagé ou invalide');
    expect(run.stderr).toContain('bad/faux.docx: pas un document DOCX : une archive zip de classeur Excel (XLSX), sans word/document.xml (fichier renommé ?)');
    expect(readFileSync(join(dir, 'bad/faux.docx'))).toEqual(before);
  });

  it('--fix never writes a document, and says so', async () => {
    const before = readFileSync(join(dir, 'actes/projet.docx'));
    const run = await runCli(['check', '--fix', 'actes/projet.docx'], { cwd: dir });
    expect(run.stderr).toContain('actes/projet.docx: DOCX : aucune correction appliquée (corrigez le document d\'origine)');
    expect(readFileSync(join(dir, 'actes/projet.docx'))).toEqual(before);
  });

  it('a 200 MB PDF is refused on its size, at once', async () => {
    const run = await runCli(['check', 'big/enorme.pdf'], { cwd: dir });
    expect(run.stderr).toContain('big/enorme.pdf: fichier de 200,0 Mo, au-delà de la limite de 50,0 Mo pour un PDF, DOCX ou ODT (--max-file-size) : non lu');
    expect(run.stdout).toContain('1 fichier non vérifié');
  });
});

describe('delibera extract', () => {
  it('prints the text the rules see, tables as pipe tables', async () => {
    const run = await runCli(['extract', 'actes/projet.docx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${draft.join('\n').replace(/\| Code opération \| Imputation \| Libellé \| CP € \| Dépense € \|\n\|---\|---\|---\|---\|---\|/, (t) => t)}${draft.at(-1) === '' ? '' : '\n'}`);
  });

  it('--pages marks the pages of a PDF; --output writes only on success', async () => {
    const out = join(dir, 'acte.txt');
    const run = await runCli(['extract', '--pages', '-o', out, 'actes/acte.pdf'], { cwd: dir });
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8').split('\n');
    expect(text.filter((line) => line.startsWith('%% page '))).toHaveLength(pages.length);
    const failed = join(dir, 'never.txt');
    const bad = await runCli(['extract', '-o', failed, 'bad/faux.docx'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('delibera: bad/faux.docx: not a DOCX document: a zip archive holding an Excel workbook (XLSX), without word/document.xml (renamed file?)\n');
    expect(existsSync(failed)).toBe(false);
    writeFileSync(join(dir, 'x'), '');
    expect((await runCli(['extract'], { cwd: dir })).code).toBe(2);
  });
});
