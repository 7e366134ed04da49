// `npm run bench`: Delibera's engine and server, measured in one run on this machine against two
// references — the floor (read, split into lines, one regex test per line) and markdownlint's sync
// API on the same text. Prints a table and writes bench/results.json.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { lint as markdownlint } from 'markdownlint/sync';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { measure, measureAsync, ms } from './stats.mjs';
import { measureLinearity, printLinearity } from './linearity.mjs';
import { measureDocuments, printDocuments } from './documents.mjs';

const require = createRequire(import.meta.url);
const { createAnalyzer } = require('../dist/engine.js');
const root = new URL('..', import.meta.url);
const sessionPath = new URL('test/fixtures/corpus/003_b2bb4981e98d102e.txt', root);
const session = readFileSync(sessionPath, 'utf8');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

/** The session repeated `n` times, each copy's deliberations renumbered so no two dossiers are alike. */
function repeated(n) {
  const copies = [];
  for (let k = 0; k < n; k++) copies.push(session.replace(/\(N°2022-(\d+)\)/g, (_, seq) => `(N°2022-${Number(seq) + 1000 * k})`));
  return copies.join('\n');
}

/** The floor as the issue defines it: read the text, split it into lines, one regex test per line. */
function floor() {
  return splitAndTest(readFileSync(sessionPath, 'utf8'));
}

function splitAndTest(text) {
  const lines = text.split(/\r\n|\r|\n/);
  let hits = 0;
  for (const line of lines) if (/^\s*Article\s+\d+\s*:/.test(line)) hits++;
  return hits;
}

const results = { machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, sizes: {}, medians: {}, p95: {}, ratios: {} };
const record = (name, stats) => {
  results.medians[name] = stats.median;
  results.p95[name] = stats.p95;
  return stats;
};

results.sizes.sessionBytes = Buffer.byteLength(session);
results.sizes.sessionLines = session.split('\n').length;
const floorStats = record('floor', measure(() => floor(), { runs: RUNS }));
// The same without reading the file (decoding 1.3 MB of UTF-8 is about half of it): a stricter reference.
const splitStats = record('floorWithoutRead', measure(() => splitAndTest(session), { runs: RUNS }));
const mdStats = record('markdownlint', measure(() => markdownlint({ strings: { session } }), { warmup: 2, runs: RUNS }));
const fullStats = record('fullAnalysis', measure(() => createAnalyzer().analyze(session), { warmup: 3, runs: RUNS }));
const ten = repeated(10);
results.sizes.tenfoldBytes = Buffer.byteLength(ten);
const tenStats = record('fullAnalysis10x', measure(() => createAnalyzer().analyze(ten), { warmup: 2, runs: RUNS }));

// One keystroke inside 2022-86's article 1 (L4080), on a warm analyzer fed the editor's incremental
// change (what the language server does): type a character, then delete it.
const warm = createAnalyzer();
warm.analyze(session);
const keyLine = 4079;
const keyStats = record('keystroke', measure((i) => warm.update([
  i % 2
    ? { range: { start: { line: keyLine, character: 3 }, end: { line: keyLine, character: 4 } }, text: '' }
    : { range: { start: { line: keyLine, character: 3 }, end: { line: keyLine, character: 3 } }, text: 'x' },
]), { warmup: 4, runs: RUNS * 2 }));
// The same keystroke given as the whole new text (`analyze`), for comparison.
const typed = session.replace('pour un montant total de 85 500 €', 'pour un montant total de 85 500 € ');
const warmFull = createAnalyzer();
warmFull.analyze(session);
record('keystrokeFullText', measure((i) => warmFull.analyze(i % 2 ? session : typed), { warmup: 4, runs: RUNS * 2 }));

// Heap retained by an analysed session.
global.gc?.();
const before = process.memoryUsage().heapUsed;
const kept = createAnalyzer();
const keptResult = kept.analyze(session);
global.gc?.();
results.sizes.heapBytes = process.memoryUsage().heapUsed - before;
results.sizes.heapMeasured = typeof global.gc === 'function';
void keptResult;

// Linear time on extreme input and pathological lines (bench/linearity.mjs): figures and ratios
// against the bounds the tests used to apply, recorded under `linearity`; never fails the run.
results.linearity = await measureLinearity({ runs: RUNS });

// PDF pages per second, DOCX and ODT MiB per second, and the list of deliberations (bench/documents.mjs).
results.documents = await measureDocuments({ session, runs: RUNS, fullAnalysisMs: fullStats.median });

// End to end over LSP stdio.
const lsp = await measureServer();

// CLI batch throughput: every corpus file × 30, one thread and the default workers.
const cli = measureCli(30);

// The real acts of other collectivités (../shared/external, read in place): analysis per MB against
// the same floor on the same texts, and the CLI over the folder.
const external = measureExternal();

results.ratios = {
  fullVsFloor: fullStats.median / floorStats.median,
  fullVsFloorWithoutRead: fullStats.median / splitStats.median,
  fullVsMarkdownlint: fullStats.median / mdStats.median,
  keystrokeVsFull: keyStats.median / fullStats.median,
  tenfoldVsFull: tenStats.median / fullStats.median,
  heapVsText: results.sizes.heapBytes / results.sizes.sessionBytes,
  ...(external ? { externalFullVsFloor: external.ratio } : {}),
  pdfExtractVsFull: results.documents.formats.pdf.extractVsFullAnalysis,
  docxExtractVsFull: results.documents.formats.docx.extractVsFullAnalysis,
  odtExtractVsFull: results.documents.formats.odt.extractVsFullAnalysis,
  meetingListVsFull: results.documents.meetingList.vsFullAnalysis,
};

const targets = [
  ['full analysis ≤ 10× floor', results.ratios.fullVsFloor <= 10],
  ['full analysis faster than markdownlint', results.ratios.fullVsMarkdownlint < 1],
  ['keystroke ≤ 2 ms', keyStats.median <= 2],
  ['keystroke ≤ 1/20 of full', results.ratios.keystrokeVsFull <= 1 / 20],
  ['10× file ≤ 11× time', results.ratios.tenfoldVsFull <= 11],
  ['heap ≤ 20× text', results.ratios.heapVsText <= 20],
  ['diagnostics ≤ debounce + 10 ms', lsp ? lsp.diagnosticsAfterDebounce.median <= 10 : false],
];
results.targets = Object.fromEntries(targets);

const rows = [
  ['floor (read + split + 1 regex/line)', floorStats],
  ['floor without the read (split + 1 regex/line)', splitStats],
  ['markdownlint sync', mdStats],
  ['full analysis 003 (1.3 MB)', fullStats],
  ['full analysis 10× (13 MB)', tenStats],
  ['keystroke, warm analyzer (update)', keyStats],
  ['keystroke as whole text (analyze)', { median: results.medians.keystrokeFullText, p95: results.p95.keystrokeFullText, runs: RUNS * 2 }],
  ...(lsp ? [['LSP didChange → diagnostics − debounce', lsp.diagnosticsAfterDebounce], ['LSP documentSymbol', lsp.documentSymbol], ['LSP hover', lsp.hover]] : []),
];
console.log(`\nDelibera benchmarks — ${results.machine.cpus} cores, ${results.machine.model}, node ${process.version}\n`);
console.log('| measure | median ms | p95 ms | runs |\n|---|---:|---:|---:|');
for (const [name, s] of rows) if (s) console.log(`| ${name} | ${ms(s.median)} | ${ms(s.p95)} | ${s.runs} |`);
console.log(`\nCLI batch, ${cli.files} files (${cli.deliberations} deliberations, ${(cli.bytes / 2 ** 20).toFixed(1)} MiB), median of ${cli.runs} runs, node start-up included:\n`);
console.log('| CLI | ms | files/s | MiB/s |\n|---|---:|---:|---:|');
for (const [name, r] of Object.entries(cli.modes)) console.log(`| ${name} | ${Math.round(r.ms)} | ${r.filesPerSecond.toFixed(0)} | ${r.mibPerSecond.toFixed(1)} |`);
if (external) {
  console.log(`\nOther collectivités: ${external.files} real acts of ../shared/external (${(external.bytes / 2 ** 20).toFixed(2)} MiB, ${external.deliberations} deliberations read), medians:\n`);
  console.log('| measure | ms | ms per MiB |\n|---|---:|---:|');
  console.log(`| floor (split + 1 regex/line), every file | ${ms(external.floor.median)} | ${ms(external.floor.median / (external.bytes / 2 ** 20))} |`);
  console.log(`| full analysis, every file | ${ms(external.full.median)} | ${ms(external.full.median / (external.bytes / 2 ** 20))} |`);
  console.log(`| CLI check of the folder (one thread, node start-up included) | ${Math.round(external.cli.ms)} | ${ms(external.cli.ms / (external.bytes / 2 ** 20))} |`);
  console.log(`\nexternal: full analysis ${external.ratio.toFixed(1)}× the floor; CLI ${external.cli.filesPerSecond.toFixed(0)} files/s`);
}
printDocuments(results.documents);
console.log('\n| ratio | value |\n|---|---:|');
for (const [name, value] of Object.entries(results.ratios)) console.log(`| ${name} | ${value.toFixed(3)} |`);
console.log(`\nheap retained by an analysed session: ${(results.sizes.heapBytes / 2 ** 20).toFixed(1)} MiB for ${(results.sizes.sessionBytes / 2 ** 20).toFixed(2)} MiB of text${results.sizes.heapMeasured ? '' : ' (run with --expose-gc for an exact figure)'}`);
console.log('\n| target | met |\n|---|---|');
for (const [name, met] of targets) console.log(`| ${name} | ${met ? 'yes' : 'no'} |`);
printLinearity(results.linearity);
writeFileSync(new URL('bench/results.json', root), `${JSON.stringify(results, null, 2)}\n`);

function measureExternal() {
  const dir = new URL('../shared/external/', root);
  let names;
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  } catch {
    console.log('\n(../shared/external is not here: the real acts of other collectivités are not measured)');
    return undefined;
  }
  const texts = names.map((name) => readFileSync(new URL(name, dir), 'utf8'));
  const bytes = texts.reduce((n, text) => n + Buffer.byteLength(text), 0);
  const deliberations = texts.reduce((n, text) => n + createAnalyzer().analyze(text).dossiers.reduce((k, d) => k + Math.max(1, d.meeting.items.length), 0), 0);
  const floorStats = measure(() => texts.reduce((n, text) => n + splitAndTest(text), 0), { runs: RUNS });
  const fullStats = measure(() => { for (const text of texts) createAnalyzer().analyze(text); }, { warmup: 2, runs: RUNS });
  const cliPath = new URL('dist/cli.js', root).pathname;
  const times = Array.from({ length: 5 }, () => {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [cliPath, 'check', '--format', 'json', '--quiet', '--no-progress', '--exit-zero', '--jobs', '1', ...names.map((name) => new URL(name, dir).pathname)], { stdio: ['ignore', 'ignore', 'ignore'] });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  }).sort((a, b) => a - b);
  const cliMs = times[2];
  results.external = {
    files: names.length,
    bytes,
    deliberations,
    floor: floorStats,
    full: fullStats,
    ratio: fullStats.median / floorStats.median,
    cli: { ms: cliMs, filesPerSecond: names.length / (cliMs / 1000), mibPerSecond: bytes / 2 ** 20 / (cliMs / 1000) },
  };
  return results.external;
}

function measureCli(copies) {
  const corpusDir = new URL('test/fixtures/corpus/', root);
  const dir = mkdtempSync(join(tmpdir(), 'delibera-bench-'));
  let bytes = 0;
  let deliberations = 0;
  try {
    for (const name of readdirSync(corpusDir)) {
      const source = new URL(name, corpusDir);
      const text = readFileSync(source, 'utf8');
      const count = createAnalyzer().analyze(text).dossiers.length;
      for (let k = 0; k < copies; k++) {
        copyFileSync(source, join(dir, `${k}-${name}`));
        bytes += statSync(source).size;
        deliberations += count;
      }
    }
    const files = readdirSync(dir).length;
    const cliPath = new URL('dist/cli.js', root).pathname;
    const run = (jobs) => {
      const t0 = process.hrtime.bigint();
      execFileSync(process.execPath, [cliPath, 'check', '--format', 'json', '--output', `${dir}.report.json`, '--quiet', '--no-progress', '--exit-zero', '--jobs', jobs, dir]);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const runs = 5;
    const modes = {};
    for (const [name, jobs] of [['one thread (--jobs 1)', '1'], ['two workers (--jobs 2)', '2'], [`default (--jobs auto, ${cpus().length} cores)`, 'auto']]) {
      run(jobs);
      const times = Array.from({ length: runs }, () => run(jobs)).sort((a, b) => a - b);
      const ms = times[Math.floor(runs / 2)];
      modes[name] = { ms, filesPerSecond: files / (ms / 1000), mibPerSecond: bytes / 2 ** 20 / (ms / 1000) };
    }
    results.cli = { files, deliberations, bytes, runs, modes };
    return results.cli;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.report.json`, { force: true });
  }
}

async function measureServer() {
  const child = spawn(process.execPath, [new URL('dist/server.js', root).pathname, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const resolve = waiting.get(p.version);
    if (resolve) {
      waiting.delete(p.version);
      resolve(process.hrtime.bigint());
    }
  });
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const init = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { locale: 'fr' } });
  await connection.sendNotification('initialized', {});
  const uri = 'file:///bench/003.txt';
  const lines = session.split('\n');
  let version = 1;
  const published = (v) => new Promise((resolve) => waiting.set(v, resolve));
  let first = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'deliberation', version, text: session } });
  await first;
  const debounce = 200;
  const line = 4079; // L4080, 2022-86 article 1
  const diag = await measureAsync(async (i) => {
    version++;
    const done = published(version);
    const t0 = process.hrtime.bigint();
    const character = lines[line].length;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [i % 2 ? { range: { start: { line, character: character }, end: { line, character: character + 1 } }, text: '' } : { range: { start: { line, character }, end: { line, character } }, text: ' ' }],
    });
    const t1 = await done;
    return Number(t1 - t0) / 1e6 - debounce;
  }, { warmup: 10, runs: RUNS }); // warmed like a server a user has been typing into for a few seconds
  const symbols = await measureAsync(async () => {
    const t0 = process.hrtime.bigint();
    await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  }, { runs: RUNS });
  const hover = init.capabilities.hoverProvider
    ? await measureAsync(async () => {
        const t0 = process.hrtime.bigint();
        await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4565, character: 10 } });
        return Number(process.hrtime.bigint() - t0) / 1e6;
      }, { runs: RUNS })
    : undefined;
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.once('exit', resolve));
  connection.dispose();
  record('lspDiagnosticsAfterDebounce', diag);
  record('lspDocumentSymbol', symbols);
  if (hover) record('lspHover', hover);
  return { diagnosticsAfterDebounce: diag, documentSymbol: symbols, hover };
}
