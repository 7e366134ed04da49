/**
 * A PDF, DOCX or ODT opened as a deliberation in VS Code reaches the server as a read-only document
 * of the `delibera-document:` scheme (client/documents/): it gets the same diagnostics, outline,
 * hovers and code lens as the same text in a file, and no code action at all, since an edit would
 * change the extracted text, not the document (server/read-only-documents.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReadOnlyDocument, READ_ONLY_SCHEME } from '../../server/read-only-documents';
import { corpusText } from '../helpers';
import { open, startClient, type TestClient } from './client';

const typo = corpusText('000').replace('Pour  :  43 voix', 'Pour  :  42 voix');
const fileUri = 'file:///corpus/000-typo.txt';
const extractedUri = `${READ_ONLY_SCHEME}:/corpus/000-typo.pdf?${encodeURIComponent('file:///corpus/000-typo.pdf')}`;

async function diagnosticsOf(client: TestClient, uri: string): Promise<any[]> {
  const deadline = Date.now() + 10_000;
  while (!client.diagnostics.has(uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return (client.diagnostics.get(uri)?.diagnostics ?? []) as any[];
}

function codeActions(client: TestClient, uri: string, range: unknown, diagnostics: unknown[], only?: string[]): Promise<any[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  }) as Promise<any[]>;
}

describe('read-only documents (delibera-document:)', () => {
  let client: TestClient;

  beforeAll(async () => {
    client = await startClient({ locale: 'fr' });
    await open(client, fileUri, typo);
    await open(client, extractedUri, typo);
  });

  afterAll(async () => {
    await client?.close();
  });

  it('recognises the scheme, and only it', () => {
    expect(isReadOnlyDocument(extractedUri)).toBe(true);
    expect(isReadOnlyDocument(fileUri)).toBe(false);
    expect(isReadOnlyDocument('untitled:Untitled-1')).toBe(false);
    expect(isReadOnlyDocument('file:///delibera-document/acte.txt')).toBe(false);
  });

  it('gives the extracted text the diagnostics of the same text in a file', async () => {
    const inFile = await diagnosticsOf(client, fileUri);
    const extracted = await diagnosticsOf(client, extractedUri);
    expect(inFile.map((d) => d.code)).toEqual(['vote-total']);
    expect(extracted.map((d) => [d.code, d.range, d.message])).toEqual(inFile.map((d) => [d.code, d.range, d.message]));
  });

  it('offers no quick fix, suppression or fix-all on it, where the file gets them', async () => {
    const [fileDiagnostic] = await diagnosticsOf(client, fileUri);
    const [extractedDiagnostic] = await diagnosticsOf(client, extractedUri);
    const inFile = await codeActions(client, fileUri, fileDiagnostic.range, [fileDiagnostic]);
    expect(inFile.filter((a) => a.isPreferred).map((a) => a.title)).toEqual(['Corriger le nombre de voix pour : 43']);
    expect(await codeActions(client, extractedUri, extractedDiagnostic.range, [extractedDiagnostic])).toEqual([]);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    expect((await codeActions(client, fileUri, whole, [], ['source.fixAll.delibera'])).map((a) => a.kind)).toEqual(['source.fixAll.delibera']);
    expect(await codeActions(client, extractedUri, whole, [], ['source.fixAll.delibera'])).toEqual([]);
    expect(await codeActions(client, extractedUri, whole, [], ['source'])).toEqual([]);
  });

  it('answers the outline, hovers and code lens as for the file', async () => {
    const symbols = async (uri: string) => client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<any[]>;
    const inFile = await symbols(fileUri);
    expect(inFile.length).toBeGreaterThan(0);
    expect(await symbols(extractedUri)).toEqual(inFile);

    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: extractedUri }, position: { line: 82, character: 10 } })) as any;
    expect(hover.contents.value).toContain('présents 32 + excusés 11');

    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: extractedUri } })) as any[];
    expect(lenses.length).toBeGreaterThan(0);
    expect(lenses.map((l) => l.command?.arguments?.[0])).toContain(extractedUri);
  });
});
