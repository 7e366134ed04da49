/**
 * Files that are not what they say, damaged, encrypted, scanned, oversized or built to explode:
 * a clear reason and message each, never a throw, never a hang.
 */
import { describe, expect, it } from 'vitest';
import { extractText, MAX_INPUT_BYTES, type ExtractFailure } from '../../engine/input/index';
import { corpusLines } from '../helpers';
import { blocksOf, makeDocx, makeOdt, makePdf, makeZip, rawPdf } from './make-documents';

async function failure(bytes: Uint8Array, name: string, options = {}): Promise<ExtractFailure> {
  const result = await extractText(bytes, name, options);
  if (result.ok) throw new Error(`${name} was read: ${result.text.slice(0, 80)}`);
  expect(result.message.fr).not.toBe('');
  expect(result.message.en).not.toBe('');
  return result;
}

const sample = corpusLines('000').slice(0, 40);

describe('PDF', () => {
  it('damaged: garbage after the header', async () => {
    const bytes = new Uint8Array(Buffer.from(`%PDF-1.7\n${'garbage \x00\xff '.repeat(200)}`, 'latin1'));
    const result = await failure(bytes, 'acte.pdf');
    expect(result.reason).toBe('damaged');
    expect(result.message.fr).toMatch(/^PDF endommagé/);
  });

  it('damaged: a .pdf that is no PDF at all', async () => {
    const result = await failure(new Uint8Array(Buffer.from('DEPARTEMENT DU PAS-DE-CALAIS\n')), 'acte.pdf');
    expect(result.reason).toBe('damaged');
    expect(result.message.en).toContain('%PDF- header is missing');
  });

  it('a truncated PDF is read as far as it goes, or refused: never a throw', async () => {
    const whole = makePdf([sample.slice(0, 20), sample.slice(20)]);
    for (const cut of [0.3, 0.6, 0.9]) {
      const result = await extractText(whole.slice(0, Math.floor(whole.length * cut)), 'cut.pdf');
      if (!result.ok) expect(['damaged', 'no-text']).toContain(result.reason);
      else expect(result.text.length).toBeGreaterThan(0);
    }
  });

  it('encrypted with a user password', async () => {
    // The standard security handler (RC2 40-bit) with a /U that no empty password matches.
    const hex = (byte: number) => `<${byte.toString(16).padStart(2, '0').repeat(32)}>`;
    const bytes = makePdf([sample], {
      trailerExtra: `/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] `,
      extraObjects: [`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O ${hex(0x11)} /U ${hex(0x22)} >>`],
    });
    const result = await failure(bytes, 'protege.pdf');
    expect(result.reason).toBe('encrypted');
    expect(result.message.fr).toContain('mot de passe');
  });

  it('scanned: pages without a text layer get a notice, no OCR', async () => {
    const picture = 'q 500 0 0 700 40 60 cm 0.5 g 0 0 1 1 re f Q';
    const result = await failure(rawPdf([picture, picture]), 'scan.pdf');
    expect(result.reason).toBe('no-text');
    expect(result.message.fr).toContain('2 pages numérisées');
    expect(result.message.en).toContain('OCR');
  });

  it('some pages scanned: the others are read, the notice names the pages', async () => {
    const text = 'BT /F1 10 Tf 1 0 0 1 40 700 Tm (DEPARTEMENT DU PAS-DE-CALAIS) Tj ET';
    const result = await extractText(rawPdf([text, 'q 1 0 0 1 0 0 cm Q', text]), 'mixte.pdf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.split('\n')).toEqual(['DEPARTEMENT DU PAS-DE-CALAIS', 'DEPARTEMENT DU PAS-DE-CALAIS']);
    expect(result.origins).toEqual([{ page: 1, line: 1 }, { page: 3, line: 1 }]);
    expect(result.notices.map((n) => n.en)).toEqual(['page 2 has no text (scanned?): not read']);
  });
});

describe('DOCX and ODT', () => {
  it('a .docx that is a renamed zip of something else', async () => {
    const zip = makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' }]);
    const result = await failure(zip, 'projet.docx');
    expect(result.reason).toBe('unsupported');
    expect(result.message.fr).toBe('pas un document DOCX : une archive zip de classeur Excel (XLSX), sans word/document.xml (fichier renommé ?)');
    const other = await failure(makeZip([{ name: 'photo.jpg', data: 'jpeg' }]), 'projet.docx');
    expect(other.message.en).toBe('not a DOCX document: a zip archive of 1 file, without word/document.xml (renamed file?)');
  });

  it('a spreadsheet renamed .odt', async () => {
    const ods = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 'store' }, { name: 'content.xml', data: '<office:document-content/>' }]);
    const result = await failure(ods, 'projet.odt');
    expect(result.reason).toBe('unsupported');
    expect(result.message.en).toContain('not a text');
  });

  it('a .docx that is plain text, and an encrypted (OLE) one', async () => {
    expect((await failure(new Uint8Array(Buffer.from('Article 1 : ...')), 'projet.docx')).message.en).toBe('not a DOCX file: not a zip archive (damaged or renamed file?)');
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = await failure(ole, 'protege.docx');
    expect(result.reason).toBe('encrypted');
    expect(result.message.en).toContain('password');
  });

  it('a truncated or corrupted package is damaged, at any cut', async () => {
    const docx = makeDocx(blocksOf(sample));
    for (const cut of [10, 100, docx.length / 2, docx.length - 30, docx.length - 1]) {
      const result = await failure(docx.slice(0, Math.floor(cut)), 'cut.docx');
      expect(result.reason).toBe('damaged');
    }
    // The deflated document.xml overwritten in its middle.
    const broken = makeDocx(blocksOf(sample));
    broken.fill(0x55, 200, 400);
    const result = await extractText(broken, 'broken.docx');
    if (!result.ok) expect(result.reason).toBe('damaged');
  });

  it('a zip bomb stops at the inflation cap', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(5_000_000, 0x20), declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(20_000);
    const result = await failure(bomb, 'bombe.docx', { maxInflatedBytes: 1_000_000 });
    expect(result.reason).toBe('too-large');
    expect(result.message.en).toContain('zip bomb');
  });

  it('an encrypted zip entry', async () => {
    const zip = makeZip([{ name: 'content.xml', data: '<x/>' }]);
    const view = new DataView(zip.buffer);
    // The encryption flag in the central directory (offset 8 of the entry).
    const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
    expect((await failure(zip, 'projet.odt')).reason).toBe('encrypted');
  });

  it('an empty document reads as no text, with a notice', async () => {
    const result = await extractText(makeOdt([]), 'vide.odt');
    expect(result.ok && result.notices.map((n) => n.fr)).toEqual(['document sans texte']);
  });
});

describe('sizes and hostile input', () => {
  it('over the size limit: refused before anything is read', async () => {
    const result = await failure(new Uint8Array(MAX_INPUT_BYTES + 1), 'enorme.pdf');
    expect(result.reason).toBe('too-large');
    expect(result.message.fr).toBe('fichier de 50 Mo, au-delà de la limite de 50 Mo pour un PDF, DOCX ou ODT : non lu');
    expect((await failure(makePdf([sample]), 'petit.pdf', { maxBytes: 100 })).reason).toBe('too-large');
  });

  it('random and mutated bytes never throw', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const sources = [makePdf([sample]), makeDocx(blocksOf(sample)), makeOdt(blocksOf(sample))];
    for (let round = 0; round < 30; round++) {
      const source = sources[round % sources.length];
      const bytes = source.slice();
      for (let k = 0; k < 20; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const name = ['a.pdf', 'a.docx', 'a.odt'][round % 3];
      const result = await extractText(bytes, name);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.message.en.length).toBeGreaterThan(0);
    }
  });

  it('an XML entity bomb expands nothing', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;&b; ok</w:t></w:r></w:p></w:body></w:document>';
    const result = await extractText(makeZip([{ name: 'word/document.xml', data: xml }]), 'x.docx');
    expect(result.ok && result.text).toBe('&b;&b; ok');
  });
});
