/**
 * Issue 7, server behaviour: work for a text the editor has moved past is not done. Pushed
 * diagnostics are debounced (a burst of edits is analysed once, at its last version); a pull the
 * client cancels while it waits is answered as cancelled without being computed; a pull for an
 * unchanged document gets its result id back; the outline is answered from the current text at
 * once, without waiting for the diagnostics.
 */
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusText } from '../helpers';
import { open, startClient, type TestClient } from './client';

const uri = 'file:///corpus/003.txt';
/** 2022-86 article 1 (L4080), as in the benchmark. */
const LINE = 4079;

function typeAt(client: TestClient, version: number, character: number, text: string): Promise<void> {
  return client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: LINE, character }, end: { line: LINE, character } }, text }],
  });
}

async function until(test: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('stale work', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  /** 003 opened on a server whose pushes wait 1 s: far longer than a burst, so no test depends on the machine's speed. */
  async function openWithSlowPushes(): Promise<number[]> {
    client = await startClient({ locale: 'fr', settings: { debounce: 1_000 } });
    const pushed: number[] = [];
    client.connection.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => pushed.push(p.version ?? -1));
    await open(client, uri, corpusText('003'));
    await until(() => pushed.length === 1);
    return pushed;
  }

  it('analyses a burst of edits once, at its last version', async () => {
    const pushes = await openWithSlowPushes();
    for (let v = 2; v <= 9; v++) await typeAt(client!, v, 3, 'x');
    await until(() => pushes.length === 2);
    // Nothing more comes after the last version's push.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(pushes).toEqual([1, 9]);
  });

  it('answers a pull cancelled in the queue as cancelled, and the next pull with the newer text', async () => {
    client = await startClient({ locale: 'fr' }, { textDocument: { diagnostic: { dynamicRegistration: false } } });
    await open(client, uri, corpusText('003'));
    const source = new CancellationTokenSource();
    // The first pull waits behind the opening's analysis; it is cancelled before its turn.
    const stale = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await typeAt(client, 2, 3, 'x');
    await expect(stale).rejects.toMatchObject({ code: -32800 });
    const fresh = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; resultId: string };
    expect(fresh.kind).toBe('full');
    expect(fresh.resultId).toMatch(/:2$/);
  });

  it('answers a pull for a document that has not changed since with its result id, not its diagnostics', async () => {
    client = await startClient({ locale: 'fr' }, { textDocument: { diagnostic: { dynamicRegistration: false } } });
    await open(client, uri, corpusText('003'));
    const pull = (previousResultId?: string) =>
      client!.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId }) as Promise<{ kind: string; resultId: string; items?: unknown[] }>;
    const first = await pull();
    expect(first.kind).toBe('full');
    expect(first.items!.length).toBeGreaterThan(0);
    expect(await pull(first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    await typeAt(client, 2, 3, 'x');
    const changed = await pull(first.resultId);
    expect(changed.kind).toBe('full');
    expect(changed.resultId).not.toBe(first.resultId);
  });

  it('outlines the new text before the debounced diagnostics of that text are pushed', async () => {
    const pushed = await openWithSlowPushes();
    // A third article typed into 2022-86, after its article 2.
    await client!.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: LINE, character: 0 }, end: { line: LINE, character: 0 } }, text: 'Article 3 : Ajouté.\n' }],
    });
    const symbols = (await client!.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { children?: { name: string; children?: { name: string }[] }[] }[];
    const articles = symbols[6].children!.map((c) => c.name).filter((n) => n.startsWith('Article'));
    expect(articles).toContain('Article 3');
    expect(pushed).toEqual([1]);
  });
});
