/**
 * What the server reads besides the open document: `.delibera.json` (the same file as the CLI's,
 * settings over it) and the workspace's other deliberation files, indexed in the background for the
 * cross-file checks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusText } from '../helpers';
import { open, startClient, type TestClient } from './client';

const folders: string[] = [];
const clients: TestClient[] = [];

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'delibera-ws-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function codesOf(client: TestClient, uri: string, until: (codes: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  let codes: string[] = [];
  while (Date.now() < deadline) {
    const pushed = client.diagnostics.get(uri);
    codes = ((pushed?.diagnostics ?? []) as { code: string }[]).map((d) => d.code);
    if (pushed && until(codes)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return codes;
}

afterAll(async () => {
  for (const client of clients) await client.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

// 000 with `Pour : 42` at L83 for 32 présents + 11 excusés: a vote-total error.
const wrongVote = corpusText('000').replace('Pour  :  43 voix', 'Pour  :  42 voix');

describe('the server and the workspace', () => {
  it('applies the .delibera.json of the document’s folder', async () => {
    const dir = workspace({ 'acte.txt': wrongVote, '.delibera.json': JSON.stringify({ rules: { 'vote-total': 'off' } }) });
    const bare = workspace({ 'acte.txt': wrongVote });
    const client = await startClient({ locale: 'fr' });
    clients.push(client);
    const configured = pathToFileURL(join(dir, 'acte.txt')).href;
    const plain = pathToFileURL(join(bare, 'acte.txt')).href;
    await open(client, configured, wrongVote);
    await open(client, plain, wrongVote);
    expect(await codesOf(client, plain, (codes) => codes.includes('vote-total'))).toContain('vote-total');
    expect(await codesOf(client, configured, () => true)).not.toContain('vote-total');
  });

  it('uses the defaults where .delibera.json is invalid, and never fails on it', async () => {
    const broken = workspace({ 'acte.txt': wrongVote, '.delibera.json': '{ "rules": { "vote-total": "loud" }, ' });
    const wrongValue = workspace({ 'acte.txt': wrongVote, '.delibera.json': JSON.stringify({ rules: { 'vote-total': 'loud' }, assembly: { size: -3 } }) });
    const client = await startClient({ locale: 'fr' });
    clients.push(client);
    for (const dir of [broken, wrongValue]) {
      const uri = pathToFileURL(join(dir, 'acte.txt')).href;
      await open(client, uri, wrongVote);
      expect(await codesOf(client, uri, (codes) => codes.includes('vote-total'))).toContain('vote-total');
    }
    expect(client.stderr.join('')).toBe('');
  });

  it('reports an N° already used by another deliberation file of the workspace', async () => {
    // 002 (N°2022-284, meeting of 4 July 2022) renumbered by mistake with 000's (N°2022-372).
    const dir = workspace({ 'a.txt': corpusText('000'), 'autre.txt': corpusText('002').replace('(N°2022-284)', '(N°2022-372)') });
    const client = await startClient({ locale: 'fr' }, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, pathToFileURL(dir).href);
    clients.push(client);
    const uri = pathToFileURL(join(dir, 'a.txt')).href;
    await open(client, uri, corpusText('000'));
    const codes = await codesOf(client, uri, (c) => c.includes('numero-year'));
    expect(codes).toContain('numero-year');
  });
});

describe('documents the server does not read', () => {
  it('tells the user once, and answers nothing, for a binary or a 21 MB document', async () => {
    const client = await startClient({ locale: 'fr' });
    clients.push(client);
    const messages: string[] = [];
    client.connection.onNotification('window/showMessage', (p: { message: string }) => messages.push(p.message));
    await open(client, 'file:///tmp/scan.delib', `PK\u0003\u0004\u0000\u0000${'\u0000'.repeat(100)}DEPARTEMENT DU PAS-DE-CALAIS`);
    await open(client, 'file:///tmp/enorme.txt', corpusText('000').repeat(Math.ceil((21 * 1024 * 1024) / corpusText('000').length)));
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/enorme.txt' } });
    expect(symbols).toEqual([]);
    const deadline = Date.now() + 10_000;
    while (messages.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(messages.sort()).toEqual([
      'Delibera : enorme.txt dépasse 20 Mo, il n’est pas analysé.',
      'Delibera : scan.delib semble binaire, il n’est pas analysé.',
    ]);
  });
});
