/**
 * Settings from a client that does not answer `workspace/configuration` (Neovim's older clients,
 * Emacs eglot without `eglot-workspace-configuration`): given in `initializationOptions` and in
 * `workspace/didChangeConfiguration`, nested in `delibera` or as the settings object itself. And
 * `delibera.debounce` in pulled diagnostics. Every wait is for an event, never a fixed sleep.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { corpusText } from '../helpers';
import { open, startClient, type TestClient } from './client';

// 000 with `Pour : 42` for 32 présents + 11 excusés: a vote-total error.
const wrongVote = corpusText('000').replace('Pour  :  43 voix', 'Pour  :  42 voix');
const clients: TestClient[] = [];

afterAll(async () => {
  for (const client of clients) await client.close();
});

interface Published {
  uri: string;
  version?: number;
  diagnostics: { code: string; message: string }[];
}

/** Who waits for each client's next diagnostics. The connection holds one handler per method: this one, installed once. */
const waiters = new WeakMap<TestClient, Set<(p: Published) => void>>();

/** The diagnostics pushed for `uri` that satisfy `test`: the last ones if they do, else the next that do. */
function pushed(client: TestClient, uri: string, test: (p: Published) => boolean = () => true): Promise<Published> {
  return new Promise((resolve, reject) => {
    const current = client.diagnostics.get(uri) as Published | undefined;
    if (current && test(current)) return resolve(current);
    const listeners = waiters.get(client)!;
    const timer = setTimeout(() => {
      listeners.delete(listener);
      reject(new Error(`no diagnostics for ${uri} passed the test`));
    }, 20_000);
    const listener = (p: Published) => {
      if (p.uri !== uri || !test(p)) return;
      clearTimeout(timer);
      listeners.delete(listener);
      resolve(p);
    };
    listeners.add(listener);
  });
}

const codes = (p: Published) => p.diagnostics.map((d) => d.code);

async function client(initializationOptions: Record<string, unknown>, capabilities: Record<string, unknown> = {}): Promise<TestClient> {
  const c = await startClient(initializationOptions, capabilities);
  clients.push(c);
  const listeners = new Set<(p: Published) => void>();
  waiters.set(c, listeners);
  c.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    c.diagnostics.set(p.uri, p);
    for (const listener of [...listeners]) listener(p);
  });
  return c;
}

describe('settings without workspace/configuration', () => {
  it('reports vote-total with no settings (the control)', async () => {
    const c = await client({});
    await open(c, 'file:///control.txt', wrongVote);
    expect(codes(await pushed(c, 'file:///control.txt'))).toContain('vote-total');
  });

  it('reads initializationOptions nested in `delibera`', async () => {
    const c = await client({ delibera: { rules: { 'vote-total': 'off' } } });
    await open(c, 'file:///nested.txt', wrongVote);
    expect(codes(await pushed(c, 'file:///nested.txt'))).not.toContain('vote-total');
  });

  it('reads initializationOptions given as the settings object itself', async () => {
    const c = await client({ rules: { 'vote-total': 'off' }, language: 'en' });
    await open(c, 'file:///direct.txt', wrongVote);
    expect(codes(await pushed(c, 'file:///direct.txt'))).not.toContain('vote-total');
  });

  it('follows didChangeConfiguration, in either shape, and the diagnostics follow', async () => {
    const c = await client({});
    const uri = 'file:///pushed.txt';
    await open(c, uri, wrongVote);
    expect(codes(await pushed(c, uri))).toContain('vote-total');

    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { delibera: { rules: { 'vote-total': 'off' } } } });
    expect(codes(await pushed(c, uri, (p) => !codes(p).includes('vote-total')))).not.toContain('vote-total');

    // The settings object itself, as some clients send it: the rule back, as information.
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rules: { 'vote-total': 'information' } } });
    const back = await pushed(c, uri, (p) => codes(p).includes('vote-total'));
    expect((back.diagnostics.find((d) => d.code === 'vote-total') as { severity?: number }).severity).toBe(3);

    // `enable: false` clears the file.
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { delibera: { enable: false } } });
    expect((await pushed(c, uri, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
  });

  it('keeps the settings of initializationOptions when didChangeConfiguration carries none', async () => {
    const c = await client({ delibera: { rules: { 'vote-total': 'off' } } });
    const uri = 'file:///kept.txt';
    await open(c, uri, wrongVote);
    await pushed(c, uri);
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // A change of text after it: the diagnostics pushed for version 2 still leave vote-total off.
    await c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: `${wrongVote}\n` }],
    });
    expect(codes(await pushed(c, uri, (p) => p.version === 2))).not.toContain('vote-total');
  });
});

describe('delibera.debounce with pulled diagnostics', () => {
  interface Report {
    kind: string;
    resultId?: string;
    items?: { code: string }[];
  }
  const PULL = { textDocument: { diagnostic: { dynamicRegistration: false } } };
  const pull = (c: TestClient, uri: string, previousResultId?: string) =>
    c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId }) as Promise<Report>;
  const type = (c: TestClient, uri: string, version: number, text: string) =>
    c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });

  it('answers « unchanged » while the user types, then asks the client to pull again once typing pauses', async () => {
    const c = await client({ delibera: { debounce: 3000 } }, { ...PULL, workspace: { diagnostics: { refreshSupport: true } } });
    // The server also asks for a refresh when it has read the settings: wait for the one after typing.
    let refreshed = () => {};
    c.connection.onRequest('workspace/diagnostic/refresh', () => {
      refreshed();
      return null;
    });
    const uri = 'file:///pulled.txt';
    await open(c, uri, corpusText('000'));
    // Opening is not typing: the first pull is answered with the analysis.
    const opened = await pull(c, uri);
    expect(opened.kind).toBe('full');
    expect(opened.items!.map((d) => d.code)).not.toContain('vote-total');

    await type(c, uri, 2, wrongVote);
    const refresh = new Promise<void>((resolve) => (refreshed = resolve));
    const typing = await pull(c, uri, opened.resultId);
    expect(typing).toEqual({ kind: 'unchanged', resultId: opened.resultId });

    await refresh;
    const paused = await pull(c, uri, opened.resultId);
    expect(paused.kind).toBe('full');
    expect(paused.resultId).toMatch(/:2$/);
    expect(paused.items!.map((d) => d.code)).toContain('vote-total');
  }, 20_000);

  it('answers at once a client that cannot be asked to pull again', async () => {
    const c = await client({ delibera: { debounce: 3000 } }, PULL);
    const uri = 'file:///pulled-plain.txt';
    await open(c, uri, corpusText('000'));
    const opened = await pull(c, uri);
    await type(c, uri, 2, wrongVote);
    const typed = await pull(c, uri, opened.resultId);
    expect(typed.kind).toBe('full');
    expect(typed.items!.map((d) => d.code)).toContain('vote-total');
  });
});
