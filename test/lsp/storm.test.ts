/**
 * Issue 8: a protocol storm over stdio against the built server (`npm run build` first). Ten open
 * documents (corpus files and dossiers cut from 003), 2 000 rapid incremental edits inside their vote
 * blocks and tables, interleaved with every request the server announces (hover, outline, folding,
 * code actions, inlay hints, code lens, completion). Afterwards the diagnostics the server gives
 * equal a fresh analysis of the final texts, nothing was logged as an error, every answer's ranges
 * fit the text it was computed on, and the server's memory comes back near its baseline once the
 * documents are closed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer } from '../../engine/analyzer';
import type { Diagnostic } from '../../engine/diagnostics';
import { summarizeFile } from '../../engine/workspace/facts';
import type { Range } from '../../engine/model/types';
import { applyEdit, corpus, damageZones, editorLines, rangeProblem, rangesIn, samples, type Zone } from '../fuzz/support';
import { SERVER } from './client';

const SEED = 424_242;
const EDITS = 2_000;
/** A request every few edits, of a kind the server announced. */
const REQUEST_EVERY = 4;
/** Resident memory allowed above the warmed-up baseline once every document is closed. */
const MEMORY_SLACK_MB = 40;

interface Server {
  connection: MessageConnection;
  child: ChildProcess;
  capabilities: Record<string, unknown>;
  errors: string[];
  pushed: Map<string, { version?: number; diagnostics: Diagnostic[] }>;
  close(): Promise<void>;
}

/**
 * The server as an editor starts it, plus one hook for the memory check: V8 returns freed memory
 * lazily (after a later major GC), so SIGUSR2 asks for that GC now. Nothing else changes.
 */
const LAUNCH = `process.on('SIGUSR2', () => global.gc()); process.argv.splice(1, 0, ${JSON.stringify(SERVER)}); require(${JSON.stringify(SERVER)});`;

async function startServer(capabilities: Record<string, unknown>): Promise<Server> {
  const child = spawn(process.execPath, ['--expose-gc', '-e', LAUNCH, '--', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const errors: string[] = [];
  child.stderr!.on('data', (chunk) => errors.push(`stderr: ${chunk}`));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushed = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => pushed.set(p.uri, p));
  connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    if (p.type === 1) errors.push(`logMessage: ${p.message}`);
  });
  connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
    if (p.type === 1) errors.push(`showMessage: ${p.message}`);
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.listen();
  const init = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities,
    initializationOptions: { locale: 'fr' },
  })) as { capabilities: Record<string, unknown> };
  await connection.sendNotification('initialized', {});
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    connection,
    child,
    capabilities: init.capabilities,
    errors,
    pushed,
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

/** The child's resident memory, in MB, from /proc (the server offers no memory request). */
function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return m ? Number(m[1]) / 1024 : NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Doc {
  uri: string;
  document: TextDocument;
  zones: Zone[];
}

/** Ten documents: four small files, 003 whole (1.3 MB) and five of its dossiers. */
function documents(): { uri: string; text: string }[] {
  const cut = samples().filter((s) => s.name.startsWith('003#'));
  return [
    ...(['000', '001', '002', '004', '003'] as const).map((id) => ({ uri: `file:///storm/${id}.txt`, text: corpus(id) })),
    ...[0, 6, 7, 19, 28].map((k) => ({ uri: `file:///storm/003-${k}.txt`, text: cut[k].text })),
  ];
}

/** Vote blocks and tables of the text as it stands (falls back to the whole text). */
function zonesOf(text: string): Zone[] {
  const result = createAnalyzer().analyze(text);
  const zones = damageZones(result.dossiers).filter((z) => z.to >= z.from);
  return zones.length > 0 ? zones : [{ from: 0, to: Math.max(0, result.lines.length - 1) }];
}

const INSERTS = ['1', '44', '0', ' ', '  ', '\n', '\n\n', ';', '(', ')', ':', '€', ',', 'Pour : 12 voix', 'Contre : 3', 'é', '\u00a0', '«', 'TOTAL', '\r\n', '\t'];

type Edit = { zone: number; at: number; pos: number; kind: 'insert' | 'delete'; what: number; length: number };

const editArb: fc.Arbitrary<Edit> = fc.record({
  zone: fc.nat(),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  pos: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert' as const, 'insert' as const, 'delete' as const),
  what: fc.nat({ max: INSERTS.length - 1 }),
  length: fc.integer({ min: 1, max: 40 }),
});

/** The LSP change for `edit` on `doc`, as a client sends it. */
function changeFor(doc: Doc, edit: Edit): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
  const zone = doc.zones[edit.zone % doc.zones.length];
  const lineCount = doc.document.lineCount;
  const line = Math.min(lineCount - 1, zone.from + Math.floor(edit.at * (zone.to - zone.from + 1)));
  const lineText = doc.document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const character = Math.floor(edit.pos * (lineText.length + 1));
  const start = { line, character };
  if (edit.kind === 'insert') return { range: { start, end: start }, text: INSERTS[edit.what] };
  const from = doc.document.offsetAt(start);
  const end = doc.document.positionAt(Math.min(doc.document.getText().length, from + edit.length));
  return { range: { start, end }, text: '' };
}

/**
 * Ranges anywhere in a response must fit the text it was computed on; a location in another file
 * (`{ uri, range }`) is that file's business. A code action's `delibera.selectRange` command
 * selects text of the document *after* its edit: it must fit that text.
 */
function responseProblems(kind: string, response: unknown, uri: string, text: string): string[] {
  const lines = editorLines(text);
  const own = JSON.parse(
    JSON.stringify(response ?? null, (key, value) => {
      if (key === 'command') return undefined;
      if (value && typeof value === 'object' && typeof value.uri === 'string' && value.uri !== uri) return undefined;
      return value;
    }),
  );
  const out: string[] = [];
  for (const { path, range } of rangesIn(own, kind)) {
    const problem = rangeProblem(range, lines);
    if (problem) out.push(`${path}: ${problem}`);
  }
  if (kind === 'textDocument/codeAction' && Array.isArray(response)) {
    for (const action of response as { title: string; edit?: { changes: Record<string, { range: Range; newText: string }[]> }; command?: { command: string; arguments?: unknown[] } }[]) {
      const select = action.command?.command === 'delibera.selectRange' ? (action.command.arguments?.[1] as Range | undefined) : undefined;
      if (!select) continue;
      let edited = text;
      const edits = (action.edit?.changes[uri] ?? []).slice().sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
      for (const e of edits) edited = applyEdit(edited, { range: e.range, text: e.newText });
      const problem = rangeProblem(select, editorLines(edited));
      if (problem) out.push(`codeAction «${action.title}» selects outside the edited text: ${problem}`);
    }
  }
  return out.slice(0, 5);
}

/** A diagnostic about another file too: its related information or data name another URI. */
function citesOtherFile(d: Diagnostic, uri: string): boolean {
  for (const m of JSON.stringify([d.relatedInformation ?? [], d.data ?? {}]).matchAll(/"uri":"([^"]*)"/g)) if (m[1] !== uri) return true;
  return false;
}

const sortKey = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}:${d.code}:${d.message}`;
const comparable = (list: readonly Diagnostic[]) =>
  list.map((d) => ({ code: d.code, range: d.range, severity: d.severity, message: d.message, data: d.data })).sort((a, b) => (sortKey(a as Diagnostic) < sortKey(b as Diagnostic) ? -1 : 1));

/** The requests a server announced in `initialize`, as the storm sends them. */
function announcedRequests(caps: Record<string, unknown>): string[] {
  const kinds: [string, string][] = [
    ['hoverProvider', 'textDocument/hover'],
    ['documentSymbolProvider', 'textDocument/documentSymbol'],
    ['foldingRangeProvider', 'textDocument/foldingRange'],
    ['codeActionProvider', 'textDocument/codeAction'],
    ['inlayHintProvider', 'textDocument/inlayHint'],
    ['codeLensProvider', 'textDocument/codeLens'],
    ['completionProvider', 'textDocument/completion'],
    ['diagnosticProvider', 'textDocument/diagnostic'],
  ];
  return kinds.filter(([cap]) => caps[cap]).map(([, kind]) => kind);
}

async function openAll(server: Server, sources: { uri: string; text: string }[]): Promise<Doc[]> {
  const docs = sources.map(({ uri, text }) => ({ uri, document: TextDocument.create(uri, 'deliberation', 1, text), zones: zonesOf(text) }));
  for (const doc of docs) {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: doc.uri, languageId: 'deliberation', version: 1, text: doc.document.getText() },
    });
  }
  return docs;
}

interface StormStats {
  edits: number;
  requests: number;
  problems: string[];
  peakMB: number;
}

/**
 * Sends `count` random edits to `docs` without waiting, and a request every REQUEST_EVERY edits;
 * waits for every answer and checks its ranges against the text it was asked about.
 */
async function storm(server: Server, docs: Doc[], count: number, requestKinds: string[], seed: number): Promise<StormStats> {
  const pid = server.child.pid!;
  const edits = fc.sample(fc.tuple(fc.nat({ max: docs.length - 1 }), editArb), { seed, numRuns: count });
  const pending: Promise<void>[] = [];
  const stats: StormStats = { edits: 0, requests: 0, problems: [], peakMB: rssMB(pid) };
  for (let n = 0; n < edits.length; n++) {
    const [d, edit] = edits[n];
    const doc = docs[d];
    const change = changeFor(doc, edit);
    const version = doc.document.version + 1;
    doc.document = TextDocument.update(doc.document, [change], version);
    void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: [change] });
    stats.edits++;
    if (n % 200 === 199) {
      // Zones move as lines come and go: find them again now and then.
      for (const x of docs) x.zones = zonesOf(x.document.getText());
      stats.peakMB = Math.max(stats.peakMB, rssMB(pid));
    }
    if (n % REQUEST_EVERY !== 0 || requestKinds.length === 0) continue;
    const kind = requestKinds[(n / REQUEST_EVERY) % requestKinds.length];
    const target = docs[(d + n) % docs.length];
    const snapshot = target.document.getText();
    const lines = editorLines(snapshot);
    const zone = target.zones[n % target.zones.length];
    const position = { line: Math.min(zone.from, lines.length - 1), character: 0 };
    const range = { start: position, end: { line: Math.min(zone.to, lines.length - 1), character: 0 } };
    const params: Record<string, unknown> = { textDocument: { uri: target.uri } };
    if (kind === 'textDocument/hover' || kind === 'textDocument/completion') params.position = position;
    if (kind === 'textDocument/codeAction') Object.assign(params, { range, context: { diagnostics: [] } });
    if (kind === 'textDocument/inlayHint') params.range = range;
    stats.requests++;
    pending.push(
      Promise.resolve(server.connection.sendRequest(kind, params)).then(
        (response) => {
          stats.problems.push(...responseProblems(kind, response, target.uri, snapshot));
        },
        (error) => {
          stats.problems.push(`${kind} on ${target.uri}: ${error?.message ?? error}`);
        },
      ),
    );
  }
  await Promise.all(pending);
  stats.peakMB = Math.max(stats.peakMB, rssMB(pid));
  return stats;
}

/** A fresh analysis of each final text, the other final texts as its workspace (as the server has them open). */
function freshDiagnostics(docs: Doc[]): Map<string, Diagnostic[]> {
  const finals = docs.map((doc) => ({ uri: doc.uri, text: doc.document.getText() }));
  const summaries = finals.map(({ uri, text }) => summarizeFile(uri, createAnalyzer({ locale: 'fr' }).analyze(text, { uri }).dossiers));
  const out = new Map<string, Diagnostic[]>();
  for (const { uri, text } of finals) {
    const workspace = { files: summaries.filter((s) => s.uri !== uri) };
    out.set(uri, createAnalyzer({ locale: 'fr' }).analyze(text, { uri, workspace }).diagnostics);
  }
  return out;
}

/** Warms the server up on one small document, closes it, and returns its resident size. */
async function warmBaseline(server: Server): Promise<number> {
  const warm = { uri: 'file:///storm/warm.txt', text: corpus('000') };
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: warm.uri, languageId: 'deliberation', version: 1, text: warm.text } });
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: warm.uri } });
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: warm.uri } });
  await sleep(300);
  return rssMB(server.child.pid!);
}

describe.skipIf(!existsSync(SERVER))('protocol storm over stdio (dist/server.js)', () => {
  it('10 documents, 2 000 incremental edits, interleaved requests (pull diagnostics): the final diagnostics equal a fresh analysis', async () => {
    const server = await startServer({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    const pid = server.child.pid!;
    try {
      const baseline = await warmBaseline(server);
      const docs = await openAll(server, documents());
      const requestKinds = announcedRequests(server.capabilities);
      expect(requestKinds).toEqual(expect.arrayContaining(['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/diagnostic']));
      const stats = await storm(server, docs, EDITS, requestKinds, SEED);
      expect(stats.problems).toEqual([]);

      const expected = freshDiagnostics(docs);
      let compared = 0;
      for (const doc of docs) {
        const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: doc.uri } })) as { kind: string; items: Diagnostic[] };
        expect(report.kind).toBe('full');
        const fresh = expected.get(doc.uri)!;
        // What the document says of itself must be exactly the fresh analysis: the incremental
        // analysis replayed the edits without losing or inventing anything.
        const local = (list: Diagnostic[]) => comparable(list.filter((d) => !citesOtherFile(d, doc.uri)));
        expect(local(report.items), doc.uri).toEqual(local(fresh));
        // What it says of the other open documents (cross-file rules) must be as fresh.
        expect.soft(comparable(report.items), `${doc.uri}: diagnostics citing the other open documents`).toEqual(comparable(fresh));
        compared += fresh.length;
      }
      expect(compared).toBeGreaterThan(0);

      for (const doc of docs) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
      // After full GCs, the resident size comes back near the baseline (a leak would keep it up);
      // V8 unmaps freed pages over a few collections.
      let after = rssMB(pid);
      for (let k = 0; k < 40 && after > baseline + MEMORY_SLACK_MB; k++) {
        server.child.kill('SIGUSR2');
        await sleep(250);
        after = rssMB(pid);
      }
      console.info(
        `storm: ${stats.edits} edits, ${stats.requests} requests (${requestKinds.length} kinds), ${compared} diagnostics compared; ` +
          `server RSS baseline ${baseline.toFixed(0)} MB, peak ${stats.peakMB.toFixed(0)} MB, after closing ${after.toFixed(0)} MB`,
      );
      expect(after).toBeLessThan(baseline + MEMORY_SLACK_MB);
      expect(server.errors).toEqual([]);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('pushed diagnostics (no pull support): the last push of each document is its final version, as a fresh analysis', async () => {
    const server = await startServer({});
    try {
      const docs = await openAll(server, documents().slice(0, 4));
      const stats = await storm(server, docs, 600, ['textDocument/documentSymbol', 'textDocument/foldingRange'], SEED + 1);
      expect(stats.problems).toEqual([]);
      // The pushes are debounced: wait for the one of each document's final version.
      const deadline = Date.now() + 20_000;
      const settled = () => docs.every((doc) => server.pushed.get(doc.uri)?.version === doc.document.version);
      while (!settled() && Date.now() < deadline) await sleep(50);
      expect(docs.map((doc) => server.pushed.get(doc.uri)?.version)).toEqual(docs.map((doc) => doc.document.version));
      const expected = freshDiagnostics(docs);
      for (const doc of docs) {
        const local = (list: Diagnostic[]) => comparable(list.filter((d) => !citesOtherFile(d, doc.uri)));
        expect(local(server.pushed.get(doc.uri)!.diagnostics), doc.uri).toEqual(local(expected.get(doc.uri)!));
      }
      expect(server.errors).toEqual([]);
    } finally {
      await server.close();
    }
  }, 120_000);
});
