/**
 * The editor features over the protocol (request → response) against the built server:
 * `npm run build` first (`npm test` does).
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createAnalyzer } from '../../engine/analyzer';
import { applyEdits } from '../../engine/features/edits';
import { corpusText } from '../helpers';
import { SERVER } from './client';

interface Session {
  connection: MessageConnection;
  capabilities: Record<string, any>;
  stderr: string[];
  pushed: Map<string, any[]>;
  versions: Map<string, number | undefined>;
  close(): Promise<void>;
}

async function start(initializationOptions: Record<string, unknown> = {}): Promise<Session> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk) => stderr.push(String(chunk)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushed = new Map<string, any[]>();
  const versions = new Map<string, number | undefined>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: any[] }) => {
    pushed.set(p.uri, p.diagnostics);
    versions.set(p.uri, p.version);
  });
  connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    if (p.type === 1) stderr.push(p.message);
  });
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions })) as { capabilities: Record<string, any> };
  await connection.sendNotification('initialized', {});
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    connection,
    capabilities: init.capabilities,
    stderr,
    pushed,
    versions,
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

function open(s: Session, uri: string, text: string): Promise<void> {
  return s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'deliberation', version: 1, text } });
}

async function diagnosticsOf(s: Session, uri: string): Promise<any[]> {
  const deadline = Date.now() + 10_000;
  while (!s.pushed.has(uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return s.pushed.get(uri) ?? [];
}

const original = corpusText('000');
const typo = original.replace('Pour  :  43 voix', 'Pour  :  42 voix');

describe('editor features over stdio (node dist/server.js --stdio)', () => {
  let s: Session;
  const clean = 'file:///corpus/000.txt';
  const wrong = 'file:///corpus/000-typo.txt';
  const big = 'file:///corpus/003.txt';

  beforeAll(async () => {
    s = await start({ locale: 'fr' });
    await open(s, clean, original);
    await open(s, wrong, typo);
    await open(s, big, corpusText('003'));
  });

  afterAll(async () => {
    await s?.close();
  });

  it('declares every feature, fix-all kind and completion triggers included', () => {
    expect(s.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.delibera'] });
    expect(s.capabilities.hoverProvider).toBe(true);
    expect(s.capabilities.inlayHintProvider).toBe(true);
    expect(s.capabilities.codeLensProvider).toEqual({ resolveProvider: false });
    expect(s.capabilities.completionProvider.triggerCharacters).toEqual([':', ',', '(', ';']);
  });

  it('hovers the Pour figure with présents and excusés (000 L83)', async () => {
    const result = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: clean }, position: { line: 82, character: 10 } })) as any;
    expect(result.contents.kind).toBe('markdown');
    expect(result.contents.value).toContain('présents 32 + excusés 11 ✓');
    expect(result.range).toEqual({ start: { line: 82, character: 9 }, end: { line: 82, character: 11 } });
  });

  it('answers a quick fix that gives the original text back (000 L83, 42 → 43)', async () => {
    const diagnostics = await diagnosticsOf(s, wrong);
    expect(diagnostics.map((d) => d.code)).toEqual(['vote-total']);
    const actions = (await s.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: wrong },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as any[];
    const preferred = actions.filter((a) => a.isPreferred);
    expect(preferred.map((a) => a.title)).toEqual(['Corriger le nombre de voix pour : 43']);
    expect(applyEdits(typo, preferred[0].edit.changes[wrong])).toBe(original);
    expect(actions.map((a) => a.title)).toContain('Ignorer cette occurrence (vote-total)');
  });

  it('answers source.fixAll.delibera for the whole file', async () => {
    const actions = (await s.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: wrong },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.delibera'] },
    })) as any[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.delibera']);
    expect(applyEdits(typo, actions[0].edit.changes[wrong])).toBe(original);
  });

  it('answers inlay hints: votants and the computed Pour', async () => {
    const hints = (await s.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: wrong },
      range: { start: { line: 0, character: 0 }, end: { line: 220, character: 0 } },
    })) as any[];
    expect(hints.map((h) => [h.position.line, h.label])).toEqual([[80, '43 votants'], [82, 'calculé : 43']]);
  });

  it('answers a code lens per deliberation of 003', async () => {
    const lenses = (await s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: big } })) as any[];
    expect(lenses).toHaveLength(29);
    expect(lenses[0].command.title).toBe('44 votants · 44 pour · adopté · visas ✓');
    expect(lenses[0].command.command).toBe('delibera.showDossierProblems');
  });

  it('answers visa completions in the visa block (000 L47)', async () => {
    const list = (await s.connection.sendRequest('textDocument/completion', { textDocument: { uri: clean }, position: { line: 46, character: 0 } })) as any;
    expect(list.items.map((i: any) => i.label)).toContain('Vu le rapport du Président du Conseil départemental, ci-annexé ;');
  });

  it('follows edits: the hover reads the text as changed', async () => {
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: clean, version: 2 },
      contentChanges: [{ range: { start: { line: 82, character: 9 }, end: { line: 82, character: 11 } }, text: '41' }],
    });
    const result = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: clean }, position: { line: 82, character: 10 } })) as any;
    expect(result.contents.value.split('\n')[0]).toBe('**Vote** · Pour 41 + Contre 0 + Abstention 0 = 41 ≠ présents 32 + excusés 11 = 43 ✗');
  });

  it('answers hovers on the 44 000-line file quickly once it is analysed', async () => {
    await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: big }, position: { line: 4102, character: 10 } });
    for (let k = 0; k < 20; k++) {
      await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: big }, position: { line: 4102 + k * 1000, character: 10 } });
    }
  });

  it('never fails on a garbage document or an unknown one', async () => {
    const junk = 'file:///junk.delib';
    await open(s, junk, 'Pour : (((\n%% delibera-disable\nVu\n\u0000\uFFFD'.repeat(50));
    const position = { line: 1, character: 3 };
    const requests: [string, object][] = [
      ['textDocument/hover', { textDocument: { uri: junk }, position }],
      ['textDocument/completion', { textDocument: { uri: junk }, position }],
      ['textDocument/codeLens', { textDocument: { uri: junk } }],
      ['textDocument/inlayHint', { textDocument: { uri: junk }, range: { start: position, end: { line: 999, character: 0 } } }],
      ['textDocument/codeAction', { textDocument: { uri: junk }, range: { start: position, end: position }, context: { diagnostics: [], only: ['quickfix', 'source'] } }],
      ['textDocument/hover', { textDocument: { uri: 'file:///nowhere' }, position }],
    ];
    for (const [method, params] of requests) await s.connection.sendRequest(method, params);
    const codes = (await diagnosticsOf(s, junk)).map((d) => d.code);
    expect(codes).toHaveLength(50);
    expect(new Set(codes)).toEqual(new Set(['directive-reason']));
    expect(s.stderr.join('')).not.toMatch(/failed/);
  });
});

describe('incremental edits', () => {
  it('give the diagnostics of a fresh analysis of the final text (2022-86 … 2022-89 of 003, 40 edits)', async () => {
    const s = await start({ locale: 'fr' });
    try {
      const uri = 'file:///slice.delib';
      // Four dossiers of 003: L4024–L6451 (2022-86 to 2022-89).
      let text = corpusText('003').split('\n').slice(4023, 6451).join('\n');
      await open(s, uri, text);
      let seed = 7;
      const random = (n: number) => {
        seed = (seed * 48271) % 2147483647;
        return seed % n;
      };
      for (let version = 2; version <= 41; version++) {
        const lines = text.split('\n');
        // Half of the edits land in vote lines and amount rows, where rules look.
        const hot = lines.map((l, k) => (/^\s*(?:Pour|Abstention|Contre)\b|\d{3},\d\d/.test(l) ? k : -1)).filter((k) => k >= 0);
        const line = random(2) === 0 && hot.length ? hot[random(hot.length)] : random(lines.length);
        const from = random(lines[line].length + 1);
        const to = Math.min(lines[line].length, from + random(6));
        const inserted = ['', '1', '\n', 'Pour  :  4', '\n\nArticle 3 :\n', '%% delibera-disable-next-line vote-total\n'][random(6)];
        const range = { start: { line, character: from }, end: { line, character: to } };
        text = applyEdits(text, [{ range, newText: inserted }]);
        await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: inserted }] });
        // Every few edits, a request makes the server analyse the text of that moment.
        if (version % 5 === 0) await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: from } });
      }
      const deadline = Date.now() + 10_000;
      while (s.versions.get(uri) !== 41 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const analyzer = createAnalyzer({ locale: 'fr' });
      const fresh = analyzer.analyze(text, { uri }).diagnostics;
      expect(fresh.length).toBeGreaterThan(0);
      expect(s.pushed.get(uri)).toEqual(JSON.parse(JSON.stringify(fresh)));
    } finally {
      await s.close();
    }
  });
});

describe('settings', () => {
  it('turns inlay hints off with delibera.inlayHints.enable', async () => {
    const s = await start({ locale: 'en', settings: { inlayHints: { enable: false } } });
    try {
      await open(s, 'file:///a.delib', typo);
      const hints = await s.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: 'file:///a.delib' },
        range: { start: { line: 0, character: 0 }, end: { line: 220, character: 0 } },
      });
      expect(hints).toEqual([]);
      const hover = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///a.delib' }, position: { line: 82, character: 10 } })) as any;
      expect(hover.contents.value).toContain('present 32 + excused 11');
    } finally {
      await s.close();
    }
  });
});
