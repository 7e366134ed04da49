/**
 * Writes the PDF, DOCX and ODT files the input tests read, from texts the tests hold: a minimal
 * PDF written by hand (one `Tj` per line at a fixed leading, Helvetica in WinAnsi, several pages),
 * and DOCX/ODT packages through a tiny zip writer (stored or deflated by zlib). Made here rather
 * than stored as binaries, so a fixture always says what it contains.
 */
import { deflateRawSync } from 'node:zlib';

// ── PDF ──────────────────────────────────────────────────────────────────────────────────────

export interface PdfOptions {
  /** Baseline-to-baseline distance, in points. */
  leading?: number;
  fontSize?: number;
  /** Extra trailer entries, e.g. an `/Encrypt` dictionary. */
  trailerExtra?: string;
  /** Extra objects appended before the cross-reference table, numbered from the caller's own ids. */
  extraObjects?: string[];
}

export const PAGE_HEIGHT = 842;
const TOP = 800;
const LEFT = 40;

/** A PDF whose page `p` shows `pages[p]`, one line of text per line (blank lines as empty steps). */
export function makePdf(pages: readonly (readonly string[])[], options: PdfOptions = {}): Uint8Array {
  const leading = options.leading ?? 10;
  const fontSize = options.fontSize ?? 7;
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1 catalog, 2 pages, 3 font, then a page and its content per page.
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  // pdf.js drops text outside the page: a page is made wide enough for its longest line.
  const longest = Math.max(0, ...pages.flat().map((line) => line.length));
  const width = Math.max(595, Math.ceil(2 * LEFT + longest * fontSize * 0.75));
  let id = 4;
  const contents: Buffer[] = [];
  for (const lines of pages) {
    const pageId = id++;
    const contentId = id++;
    pageIds.push(pageId);
    const ops: string[] = ['BT', `/F1 ${fontSize} Tf`];
    // A long page grows upwards, so that no line falls below its bottom edge.
    const top = Math.max(TOP, lines.length * leading + LEFT);
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      ops.push(`1 0 0 1 ${LEFT} ${top - index * leading} Tm`, `(${pdfString(line)}) Tj`);
    });
    ops.push('ET');
    const stream = Buffer.from(ops.join('\n'), 'latin1');
    contents[contentId] = stream;
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${top + PAGE_HEIGHT - TOP}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    objects[contentId] = '';
  }
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  for (const extra of options.extraObjects ?? []) objects[id++] = extra;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = offset;
    const body = contents[n]
      ? Buffer.concat([Buffer.from(`${n} 0 obj\n<< /Length ${contents[n].length} >>\nstream\n`, 'latin1'), contents[n], Buffer.from('\nendstream\nendobj\n', 'latin1')])
      : Buffer.from(`${n} 0 obj\n${objects[n]}\nendobj\n`, 'latin1');
    chunks.push(body);
    offset += body.length;
  }
  const xref = [`xref\n0 ${objects.length}\n`, '0000000000 65535 f \n'];
  for (let n = 1; n < objects.length; n++) xref.push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length} /Root 1 0 R ${options.trailerExtra ?? ''}>>\nstartxref\n${offset}\n%%EOF\n`);
  chunks.push(Buffer.from(xref.join(''), 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

/** The characters WinAnsi places outside Latin-1 (0x80–0x9F), by code. */
const WIN_ANSI_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** A PDF literal string in WinAnsi: `(`, `)`, `\` escaped, other bytes as octal escapes. */
function pdfString(text: string): string {
  let out = '';
  for (const char of text) {
    let code = char.charCodeAt(0);
    const high = WIN_ANSI_HIGH.indexOf(char);
    if (high >= 0) code = 0x80 + high;
    else if (char === '\u00a0' || char === '\u202f' || char === '\t') code = 0x20;
    else if (code > 0xff || (code >= 0x80 && code < 0xa0)) code = 0x3f; // '?': outside WinAnsi
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(code);
  }
  return out;
}

/**
 * Splits lines into pages of about `perPage` lines, each page starting and ending on a written
 * line: a PDF keeps no trace of blank lines at a page's edges, so the tests' pages have none.
 */
export function paginate(lines: readonly string[], perPage: number): string[][] {
  const pages: string[][] = [];
  let start = 0;
  while (start < lines.length) {
    let end = Math.min(start + perPage, lines.length);
    // Move the cut until both sides of it are written lines.
    while (end < lines.length && (lines[end].trim() === '' || lines[end - 1].trim() === '')) end++;
    pages.push(lines.slice(start, end));
    start = end;
  }
  return pages;
}

// PDFs with content streams written by hand, for runs placed at will.
/** A PDF with the given page contents, written directly (for runs placed by hand). */
export function rawPdf(contents: readonly string[]): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids: string[] = [];
  for (const content of contents) {
    const pageId = objects.length + 1;
    kids.push(`${pageId} 0 R`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

// ── Zip ──────────────────────────────────────────────────────────────────────────────────────

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
  /** Stored entries are kept as they are; the default deflates. */
  method?: 'store' | 'deflate';
  /** Declares this uncompressed size instead of the real one (to test a lying archive). */
  declaredSize?: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function makeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const deflate = (entry.method ?? 'deflate') === 'deflate';
    const body = deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(raw);
    const size = entry.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

// ── DOCX and ODT ─────────────────────────────────────────────────────────────────────────────

/** A paragraph, or a table (rows of cells; a cell may hold several paragraphs, split on `\n`). */
export type Block = string | { table: readonly (readonly string[])[] };

/** Corpus lines as blocks: pipe-table lines (`| a | b |`, separators dropped) become tables. */
export function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let table: string[][] | undefined;
  for (const line of lines) {
    if (/^\s*\|/.test(line)) {
      if (/^[\s|:-]+$/.test(line)) continue;
      table ??= [];
      const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
      table.push(cells);
      continue;
    }
    if (table) {
      blocks.push({ table });
      table = undefined;
    }
    blocks.push(line);
  }
  if (table) blocks.push({ table });
  return blocks;
}

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function docxParagraph(text: string): string {
  // Word splits a paragraph in runs; two runs here, so the reader has to join them.
  const cut = Math.floor(text.length / 2);
  const run = (part: string) => (part === '' ? '' : `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${xmlText(part)}</w:t></w:r>`);
  return `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${run(text.slice(0, cut))}${run(text.slice(cut))}</w:p>`;
}

export function docxDocumentXml(blocks: readonly Block[]): string {
  const body = blocks.map((block) => {
    if (typeof block === 'string') return docxParagraph(block);
    const rows = block.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${cell.split('\n').map(docxParagraph).join('')}</w:tc>`).join('')}</w:tr>`);
    return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid/>${rows.join('')}</w:tbl>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
}

export function makeDocx(blocks: readonly Block[], method: 'store' | 'deflate' = 'deflate'): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>', method },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>', method },
    { name: 'word/document.xml', data: docxDocumentXml(blocks), method },
  ]);
}

function odtParagraph(text: string): string {
  // LibreOffice writes runs of spaces as <text:s text:c="n"/>: the reader has to expand them.
  const lead = text.length - text.trimStart().length;
  const rest = xmlText(text.slice(lead)).replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`);
  const body = `${lead > 0 ? `<text:s text:c="${lead}"/>` : ''}${rest}`;
  return `<text:p text:style-name="Standard">${body}</text:p>`;
}

export function odtContentXml(blocks: readonly Block[]): string {
  const body = blocks.map((block) => {
    if (typeof block === 'string') return odtParagraph(block);
    const columns = Math.max(...block.table.map((row) => row.length));
    const rows = block.table.map((row) => `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string">${cell.split('\n').map(odtParagraph).join('')}</table:table-cell>`).join('')}</table:table-row>`);
    return `<table:table table:name="Tableau1"><table:table-column table:number-columns-repeated="${columns}"/>${rows.join('')}</table:table>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:text>${body.join('')}</office:text></office:body></office:document-content>`;
}

export function makeOdt(blocks: readonly Block[]): Uint8Array {
  return makeZip([
    // The mimetype comes first and stored, as the OpenDocument package format asks.
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 'store' },
    { name: 'content.xml', data: odtContentXml(blocks) },
    { name: 'META-INF/manifest.xml', data: '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>' },
  ]);
}
