/** Links to the law over the wire: document links on the visas, and the hover over a diagnostic that cites articles. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusText } from '../helpers';
import { open, startClient, type TestClient } from '../lsp/client';

const SEARCH = 'https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=';
// 000 whose CGCT visa (L41–42) leaves out L.3211-2: a visa-required diagnostic naming the article.
const text = corpusText('000').replace('L.3121-14-1, L.3211-1 et L.3211-2 ;', 'L.3121-14-1 et L.3211-1 ;');

describe('the server links the law', () => {
  let client: TestClient;
  let published: Promise<{ code: string; range: { start: { line: number; character: number } } }[]>;
  const uri = 'file:///law/000.txt';

  beforeAll(async () => {
    client = await startClient({ locale: 'fr' });
    published = new Promise((resolve) => {
      client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => {
        if (p.uri === uri) resolve(p.diagnostics);
      });
    });
    await open(client, uri, text);
  });

  afterAll(async () => {
    await client?.close();
  });

  it('declares document links and answers them for the visas', async () => {
    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as { range: { start: { line: number } }; target: string }[];
    expect(links.map((l) => [l.range.start.line + 1, l.target])).toEqual([
      [41, `${SEARCH}L3121-14`],
      [42, `${SEARCH}L3121-14-1`],
      [42, `${SEARCH}L3211-1`],
      [43, `${SEARCH}L1111-4`],
      [44, `${SEARCH}L213-2`],
    ]);
  });

  it('links the missing article in the hover over the visa-required diagnostic', async () => {
    const diagnostics = await published;
    const missing = diagnostics.find((d) => d.code === 'visa-required');
    expect(missing).toBeDefined();
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: missing!.range.start })) as { contents: { value: string } };
    expect(hover.contents.value).toContain(`[CGCT L3211-2](${SEARCH}L3211-2)`);
  });
});
