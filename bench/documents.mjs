// PDF, DOCX and ODT extraction (engine/input) and the list of deliberations, for `npm run bench`:
// session 003 written as a PDF (50 lines a page), a DOCX and an ODT the way the input tests write
// them (test/input/make-documents.ts), each extracted again and again. Figures and ratios only.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, measureAsync, ms } from './stats.mjs';

const require = createRequire(import.meta.url);

/** A page of an act holds about 50 printed lines. */
export const LINES_PER_PAGE = 50;

/** bench/documents.ts bundled (TypeScript and pdf.js in one CommonJS file), loaded once. */
function load() {
  const dir = mkdtempSync(join(tmpdir(), 'delibera-bench-documents-'));
  const outfile = join(dir, 'documents.cjs');
  try {
    buildSync({
      entryPoints: [fileURLToPath(new URL('documents.ts', import.meta.url))],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'error',
    });
    return require(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `session`: the text of 003; `fullAnalysisMs`: the median of its full analysis, for the ratios.
 * Returns what the bench records under `documents`.
 */
export async function measureDocuments({ session, runs, fullAnalysisMs }) {
  const lib = load();
  const lines = session.split('\n');
  const pages = lib.paginate(lines, LINES_PER_PAGE);
  const files = {
    pdf: lib.makePdf(pages),
    docx: lib.makeDocx(lib.blocksOf(lines)),
    odt: lib.makeOdt(lib.blocksOf(lines)),
  };
  const documentRuns = Math.max(3, Math.round(runs / 4));
  const formats = {};
  for (const [format, bytes] of Object.entries(files)) {
    const first = await lib.extractText(bytes, `003.${format}`);
    if (!first.ok) throw new Error(`bench: the ${format} of 003 could not be read: ${first.message.en}`);
    // measureAsync takes the time each call returns.
    const stats = await measureAsync(async () => {
      const t0 = process.hrtime.bigint();
      await lib.extractText(bytes, `003.${format}`);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    }, { warmup: 1, runs: documentRuns });
    const seconds = stats.median / 1000;
    const list = lib.meetingList(lib.createAnalyzer().analyze(first.text).dossiers).lists;
    formats[format] = {
      bytes: bytes.length,
      pages: format === 'pdf' ? pages.length : first.pages,
      extractedBytes: Buffer.byteLength(first.text),
      extract: stats,
      pagesPerSecond: format === 'pdf' ? pages.length / seconds : undefined,
      mibPerSecond: bytes.length / 2 ** 20 / seconds,
      extractVsFullAnalysis: stats.median / fullAnalysisMs,
      // What the list of the extracted text holds: the same 29 rows as the text's, or the extraction lost some.
      listRows: list.reduce((n, l) => n + l.items.length, 0),
    };
  }

  const dossiers = lib.createAnalyzer().analyze(session).dossiers;
  const list = measure(() => lib.meetingList(dossiers, '003.txt'), { warmup: 3, runs });
  const { lists } = lib.meetingList(dossiers, '003.txt');
  const renders = {};
  for (const format of ['md', 'html', 'csv']) renders[format] = measure(() => lib.renderMeetingLists(lists, format, 'fr'), { warmup: 3, runs });
  const listAll = measure(() => {
    const made = lib.meetingList(dossiers, '003.txt').lists;
    for (const format of ['md', 'html', 'csv']) lib.renderMeetingLists(made, format, 'fr');
  }, { warmup: 3, runs });
  return {
    linesPerPage: LINES_PER_PAGE,
    formats,
    meetingList: {
      rows: lists.reduce((n, l) => n + l.items.length, 0),
      build: list,
      render: renders,
      buildAndRenderAll: listAll,
      vsFullAnalysis: listAll.median / fullAnalysisMs,
    },
  };
}

export function printDocuments(documents) {
  const { formats, meetingList } = documents;
  console.log(`\nPDF, DOCX and ODT extraction (engine/input), session 003 written as each (PDF at ${documents.linesPerPage} lines a page), medians:\n`);
  console.log('| format | file MiB | pages | extract ms | pages/s | file MiB/s | × full analysis | list rows from it |\n|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [format, f] of Object.entries(formats)) {
    console.log(`| ${format.toUpperCase()} | ${(f.bytes / 2 ** 20).toFixed(2)} | ${f.pages || '—'} | ${ms(f.extract.median)} | ${f.pagesPerSecond ? f.pagesPerSecond.toFixed(0) : '—'} | ${f.mibPerSecond.toFixed(1)} | ${f.extractVsFullAnalysis.toFixed(2)} | ${f.listRows} |`);
  }
  console.log(`\nList of deliberations of 003 (${meetingList.rows} rows), medians:\n`);
  console.log('| step | ms |\n|---|---:|');
  console.log(`| build (meetingList) | ${ms(meetingList.build.median)} |`);
  for (const [format, s] of Object.entries(meetingList.render)) console.log(`| render ${format} | ${ms(s.median)} |`);
  console.log(`| build + the three renderings | ${ms(meetingList.buildAndRenderAll.median)} (${(100 * meetingList.vsFullAnalysis).toFixed(2)} % of the full analysis) |`);
}
