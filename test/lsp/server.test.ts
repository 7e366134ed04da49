import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusText } from '../helpers';
import { open, startClient, type TestClient } from './client';

interface Symbol {
  name: string;
  detail?: string;
  children?: Symbol[];
}

describe('the language server over stdio (node dist/server.js --stdio)', () => {
  let client: TestClient;
  const uri = 'file:///corpus/003.txt';

  beforeAll(async () => {
    client = await startClient({ locale: 'fr' });
    await open(client, uri, corpusText('003'));
  });

  afterAll(async () => {
    await client?.close();
  });

  it('outlines 003 as 29 dossiers, each named by its N° and title, with its articles', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Symbol[];
    expect(symbols).toHaveLength(29);
    expect(symbols[0].name).toBe("N°2022-80 · PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ LOGEMENT");
    expect(symbols[28].name.startsWith('N°2022-108 · ')).toBe(true);
    // Every deliberation has an Article unique or numbered articles (docs/domain.md §1.5).
    for (const d of symbols) {
      const articles = (d.children ?? []).filter((c) => c.name.startsWith('Article'));
      expect(articles.length, d.name).toBeGreaterThan(0);
    }
    // 2022-80 (L66): a single `Article unique`; 2022-86 (L4077–4100): two articles.
    expect(symbols[0].children!.filter((c) => c.name.startsWith('Article')).map((c) => c.name)).toEqual(['Article unique']);
    expect(symbols[6].children!.filter((c) => c.name.startsWith('Article')).map((c) => c.name)).toEqual(['Article 1', 'Article 2']);
    // Reports follow: RAPPORT N°22 for 2022-80.
    expect(symbols[0].children!.some((c) => c.name === 'Rapport N°22')).toBe(true);
  });

  it('answers folding ranges for the dossiers', async () => {
    const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as { startLine: number; collapsedText?: string }[];
    expect(ranges.some((r) => r.startLine === 0)).toBe(true);
    expect(ranges.some((r) => r.startLine === 816)).toBe(true);
    // 2022-80 folds from its title (L34), and says its N° and title to the clients that show collapsedText.
    expect(ranges.find((r) => r.startLine === 33)?.collapsedText).toBe("N°2022-80 · PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ LOGEMENT");
  });

  it('pushes diagnostics to a client without pull support', async () => {
    const deadline = Date.now() + 10_000;
    while (!client.diagnostics.has(uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(client.diagnostics.get(uri)).toMatchObject({ version: 1 });
  });
});
