/**
 * PDF, DOCX and ODT files made from the corpus give the text they were made from, the same
 * diagnostics, and origins (page, line on the page) that point at the line in the original.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../engine/analyzer';
import type { Diagnostic } from '../../engine/diagnostics';
import { extractText, type Extracted } from '../../engine/input/index';
import { corpusLines, type CorpusId } from '../helpers';
import { blocksOf, makeDocx, makeOdt, makePdf, makeZip, paginate, rawPdf } from './make-documents';

const IDS: CorpusId[] = ['000', '001', '002', '004'];
const PER_PAGE = 30;

/** A corpus act with its vote made wrong (« Pour » 10 over), so there is a diagnostic to place. */
function mutated(id: CorpusId): string[] {
  const lines = [...corpusLines(id)];
  const vote = lines.findIndex((line) => /^Pour\s+:\s+\d+ +voix/.test(line));
  lines[vote] = lines[vote].replace(/\d+/, (n) => String(Number(n) + 10));
  return lines;
}

/** A PDF keeps no trace of the blank lines after the last written one. */
function withoutTrailingBlanks(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  return lines.slice(0, end);
}

function diagnosticsOf(text: string): string[] {
  return createAnalyzer().analyze(text, { uri: 'test' }).diagnostics.map(summary);
}

function summary(d: Diagnostic): string {
  return `${d.code}@${d.range.start.line}`;
}

/** Spaces runs are one space in a PDF's text layer (pdf.js joins them): compare without them. */
const squeeze = (line: string) => line.replace(/\s+/g, ' ').trim();

/** What WinAnsi, the fixture's font encoding, keeps of a character. */
const winAnsi = (line: string) => line.replace(/[^\u0000-\u00ff€‚ƒ„…†‡ˆ‰Š‹Œ Ž‘’“”•–—˜™š›œžŸ]/gu, '?').replace(/[\u0080-\u009f]/g, '?');

async function extracted(bytes: Uint8Array, name: string): Promise<Extracted> {
  const result = await extractText(bytes, name);
  if (!result.ok) throw new Error(`${name}: ${result.message.en}`);
  return result;
}

describe('PDF made from the corpus', () => {
  for (const id of IDS) {
    it(`${id}: same lines, same diagnostics, pages and lines pointing at the original`, async () => {
      const lines = withoutTrailingBlanks(mutated(id).map(winAnsi));
      const pages = paginate(lines, PER_PAGE);
      const result = await extracted(makePdf(pages), `${id}.pdf`);
      expect(result.format).toBe('pdf');
      expect(result.pages).toBe(pages.length);
      expect(result.pages).toBeGreaterThan(2);
      const out = result.text.split('\n');
      expect(out.map(squeeze)).toEqual(lines.map(squeeze));
      expect(result.origins).toHaveLength(out.length);

      const original = diagnosticsOf(lines.join('\n'));
      expect(original).toContain(`vote-total@${lines.findIndex((line) => line.startsWith('Pour'))}`);
      expect(diagnosticsOf(result.text)).toEqual(original);

      // Each written line's origin is its page and its rank among the page's printed lines.
      const printed = pages.map((page) => page.filter((line) => line.trim() !== ''));
      out.forEach((line, index) => {
        if (line.trim() === '') return;
        const { page, line: onPage } = result.origins[index];
        expect(squeeze(printed[page - 1][onPage - 1])).toBe(squeeze(line));
      });
    });
  }

  it('the vote diagnostic of 001 is on page 3, at the line of « Pour » there', async () => {
    const lines = withoutTrailingBlanks(mutated('001'));
    const pages = paginate(lines, PER_PAGE);
    const result = await extracted(makePdf(pages), '001.pdf');
    const vote = createAnalyzer().analyze(result.text).diagnostics.find((d) => d.code === 'vote-total');
    expect(vote).toBeDefined();
    const index = vote!.range.start.line;
    // Where the fixture put that line: its page, and its rank among the page's written lines.
    let first = 0;
    let page = 0;
    while (first + pages[page].length <= index) first += pages[page++].length;
    const rank = pages[page].slice(0, index - first + 1).filter((line) => line.trim() !== '').length;
    expect(page + 1).toBe(3);
    expect(result.origins[index]).toEqual({ page: 3, line: rank });
    expect(lines[index]).toMatch(/^Pour/);
  });

  it('rebuilds a line drawn in several runs, out of order, with the gaps as spaces', async () => {
    // Two runs on one baseline drawn right one first, a third slightly raised (an exponent).
    const content = 'BT /F1 10 Tf 1 0 0 1 200 700 Tm (du Conseil) Tj 1 0 0 1 40 700 Tm (DELIBERATION) Tj 1 0 0 1 300 701.5 Tm (departemental) Tj ET';
    const result = await extracted(rawPdf([content]), 'runs.pdf');
    expect(result.text).toBe('DELIBERATION du Conseil departemental');
  });
});

describe('DOCX and ODT made from the corpus', () => {
  for (const id of IDS) {
    for (const format of ['docx', 'odt'] as const) {
      it(`${id}.${format}: the same text exactly, the same diagnostics, paragraphs as origins`, async () => {
        const lines = corpusLines(id);
        const bytes = format === 'docx' ? makeDocx(blocksOf(lines)) : makeOdt(blocksOf(lines));
        const result = await extracted(bytes, `${id}.${format}`);
        expect(result.format).toBe(format);
        expect(result.text).toBe(lines.join('\n'));
        expect(diagnosticsOf(result.text)).toEqual(diagnosticsOf(lines.join('\n')));
        expect(result.origins.map((o) => o.line)).toEqual(lines.map((_, i) => i + 1));
        expect(result.pages).toBe(0);
      });
    }
  }
});

describe('Word and LibreOffice tables are pipe tables', () => {
  const draft = readFileSync(new URL('../fixtures/drafts/subvention-pipe.delib', import.meta.url), 'utf8');
  // The table spends 14 400,00 from 10 000,00 of credits: the table's arithmetic is wrong.
  const wrong = draft.replace('| 150 000,00 | 14 400,00 |', '| 10 000,00 | 14 400,00 |');

  for (const format of ['docx', 'odt'] as const) {
    it(`${format}: the table's arithmetic diagnostic, on the table's row`, async () => {
      expect(wrong).not.toBe(draft);
      const lines = wrong.split('\n');
      const bytes = format === 'docx' ? makeDocx(blocksOf(lines)) : makeOdt(blocksOf(lines));
      const result = await extracted(bytes, `projet.${format}`);
      const out = result.text.split('\n');
      const header = out.findIndex((line) => line.startsWith('| Code opération |'));
      expect(out[header]).toBe('| Code opération | Imputation | Libellé | CP € | Dépense € |');
      expect(out[header + 1]).toBe('|---|---|---|---|---|');
      expect(out[header + 2]).toBe('| C03-221J02 | 204311/91221 | Informatique subventions aux collèges | 10 000,00 | 14 400,00 |');

      const fromText = createAnalyzer().analyze(wrong).diagnostics;
      const fromDocument = createAnalyzer().analyze(result.text).diagnostics;
      expect(fromDocument.map(summary)).toEqual(fromText.map(summary));
      const arithmetic = fromDocument.filter((d) => d.severity === 1 && d.range.start.line === header + 2);
      expect(arithmetic.map((d) => d.code)).toEqual(['budget-credit']);
      // The clean draft has none there: the diagnostic is the table's.
      const clean = createAnalyzer().analyze(draft).diagnostics.filter((d) => d.range.start.line === header + 2 && d.severity === 1);
      expect(clean).toEqual([]);
      // The table's rows point at the paragraph of their first cell.
      expect(result.origins[header + 2].line).toBeGreaterThan(result.origins[header].line);
    });
  }

  it('merged cells keep their columns; nested tables, text boxes, tabs and breaks are read', async () => {
    const xml = '<w:document xmlns:w="w"><w:body>'
      + '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Titre</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>CP €</w:t></w:r></w:p></w:tc></w:tr>'
      + '<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>y|z</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc><w:tc><w:p><w:r><w:t>1 000,00</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
      + '<w:p><w:r><w:t>Article</w:t><w:tab/><w:t>1</w:t><w:br/><w:t>suite</w:t><w:del><w:r><w:delText>effacé</w:delText></w:r></w:del></w:r></w:p>'
      + '<w:p><w:r><w:instrText> PAGE </w:instrText><w:t>Fin &amp; &#233;t&#xE9;</w:t></w:r></w:p>'
      + '</w:body></w:document>';
    const result = await extracted(makeZip([{ name: 'word/document.xml', data: xml }]), 'x.docx');
    expect(result.text.split('\n')).toEqual([
      '| Titre |  | CP € |',
      '|---|---|---|',
      '| a b | x y/z | 1 000,00 |',
      'Article 1',
      'suite',
      'Fin & été',
    ]);
  });
});
