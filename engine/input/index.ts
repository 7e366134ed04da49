/**
 * Documents as they arrive: PDF, DOCX and ODT bytes in, the text the engine reads out, with where
 * each line stands in the original. The format is recognised by content (a `.docx` that is a
 * renamed zip of something else is said so); sizes are capped before anything is opened.
 */
import type { Message } from '../rules/types';
import { readDocumentXml } from './docx';
import { readContentXml } from './odt';
import { readPdf } from './pdf';
import { MAX_INFLATED_BYTES, MAX_INPUT_BYTES, type Extracted, type ExtractFailure, type ExtractOptions, type InputFormat } from './types';
import { isZip, ZipError, ZipReader } from './zip';

export * from './types';

const msg = (fr: string, en: string): Message => ({ fr, en });

/** The formats read, by file name (a name decides what to try; the content decides what it is). */
export function inputFormatOf(fileName: string): InputFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.odt')) return 'odt';
  return undefined;
}

export function isPdf(bytes: Uint8Array): boolean {
  // The header may follow some junk, within the first kilobyte (as readers allow).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function extractText(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<Extracted | ExtractFailure> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const expected = inputFormatOf(fileName);
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      format: expected,
      reason: 'too-large',
      message: msg(
        `fichier de ${megabytes(bytes.length, 'fr')}, au-delà de la limite de ${megabytes(maxBytes, 'fr')} pour un PDF, DOCX ou ODT : non lu`,
        `${megabytes(bytes.length, 'en')} file, over the ${megabytes(maxBytes, 'en')} limit for a PDF, DOCX or ODT: not read`,
      ),
    };
  }
  if (isPdf(bytes)) return readPdf(bytes);
  if (isOleContainer(bytes)) {
    return {
      ok: false,
      format: expected,
      reason: expected === 'docx' ? 'encrypted' : 'unsupported',
      // Word saves a password-protected DOCX inside an OLE container, the format of the old .doc.
      message: msg(
        'document Office chiffré par un mot de passe, ou au format .doc d\'avant 2007 : illisible (enregistrez-le en DOCX sans mot de passe)',
        'Office document encrypted with a password, or in the pre-2007 .doc format: cannot be read (save it as a DOCX without a password)',
      ),
    };
  }
  if (isZip(bytes)) return readPackage(bytes, expected, options.maxInflatedBytes ?? MAX_INFLATED_BYTES);
  return {
    ok: false,
    format: expected,
    reason: expected === 'pdf' ? 'damaged' : 'unsupported',
    message: expected === 'pdf'
      ? msg('pas un PDF : l\'en-tête %PDF- manque (fichier endommagé ou renommé ?)', 'not a PDF: the %PDF- header is missing (damaged or renamed file?)')
      : expected
        ? msg(`pas un fichier ${expected.toUpperCase()} : ce n'est pas une archive zip (fichier endommagé ou renommé ?)`, `not a ${expected.toUpperCase()} file: not a zip archive (damaged or renamed file?)`)
        : msg('format non reconnu : ni PDF, ni DOCX, ni ODT', 'unrecognised format: neither PDF, DOCX nor ODT'),
  };
}

/** The OLE compound file signature (D0 CF 11 E0 A1 B1 1A E1). */
function isOleContainer(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && signature.every((byte, i) => bytes[i] === byte);
}

function readPackage(bytes: Uint8Array, expected: InputFormat | undefined, maxInflated: number): Extracted | ExtractFailure {
  let zip: ZipReader;
  try {
    zip = new ZipReader(bytes);
  } catch (error) {
    return zipFailure(error, expected);
  }
  const document = zip.find('word/document.xml');
  const content = zip.find('content.xml');
  const format: InputFormat | undefined = document ? 'docx' : content && isOdtText(zip, maxInflated) ? 'odt' : undefined;
  if (!format) {
    const what = describePackage(zip, content !== undefined);
    return {
      ok: false,
      format: expected,
      reason: 'unsupported',
      message: expected
        ? msg(`pas un document ${expected.toUpperCase()} : une archive zip ${what.fr}, sans ${expected === 'docx' ? 'word/document.xml' : 'content.xml de texte'} (fichier renommé ?)`, `not a ${expected.toUpperCase()} document: a zip archive ${what.en}, without ${expected === 'docx' ? 'word/document.xml' : 'a text content.xml'} (renamed file?)`)
        : msg(`archive zip ${what.fr} : ni DOCX ni ODT`, `zip archive ${what.en}: neither DOCX nor ODT`),
    };
  }
  let xml: string;
  try {
    const data = zip.read((format === 'docx' ? document : content)!, maxInflated);
    xml = new TextDecoder('utf-8').decode(data);
  } catch (error) {
    return zipFailure(error, format);
  }
  const read = format === 'docx' ? readDocumentXml(xml) : readContentXml(xml);
  const notices: Message[] = [];
  if (read.lines.every((line) => line.trim() === '')) notices.push(msg('document sans texte', 'document without text'));
  return { ok: true, format, text: read.lines.join('\n'), origins: read.origins, pages: read.pages, notices };
}

/** An OpenDocument text (not a spreadsheet or a presentation), by its mimetype entry. */
function isOdtText(zip: ZipReader, maxInflated: number): boolean {
  const entry = zip.find('mimetype');
  if (!entry) return true;
  try {
    const type = new TextDecoder('utf-8').decode(zip.read(entry, Math.min(maxInflated, 1000))).trim();
    return type === 'application/vnd.oasis.opendocument.text' || type === 'application/vnd.oasis.opendocument.text-template';
  } catch {
    return false;
  }
}

function describePackage(zip: ZipReader, hasContent: boolean): Message {
  if (zip.find('xl/workbook.xml')) return msg('de classeur Excel (XLSX)', 'holding an Excel workbook (XLSX)');
  if (zip.find('ppt/presentation.xml')) return msg('de présentation PowerPoint (PPTX)', 'holding a PowerPoint presentation (PPTX)');
  if (hasContent) return msg('OpenDocument qui n\'est pas un texte (classeur, présentation ?)', 'holding an OpenDocument that is not a text (spreadsheet, presentation?)');
  const count = zip.entries.length;
  return msg(`de ${count} fichier${count > 1 ? 's' : ''}`, `of ${count} file${count === 1 ? '' : 's'}`);
}

function zipFailure(error: unknown, format: InputFormat | undefined): ExtractFailure {
  const name = format ? format.toUpperCase() : 'zip';
  if (!(error instanceof ZipError)) {
    const detail = (error as Error)?.message ?? String(error);
    return { ok: false, format, reason: 'damaged', message: msg(`${name} illisible : ${detail}`, `unreadable ${name}: ${detail}`) };
  }
  switch (error.problem) {
    case 'encrypted':
      return { ok: false, format, reason: 'encrypted', message: msg(`${name} chiffré : illisible sans son mot de passe`, `encrypted ${name}: cannot be read without its password`) };
    case 'too-large':
      return {
        ok: false,
        format,
        reason: 'too-large',
        message: msg(`${name} dont le contenu décompressé dépasse la limite (bombe zip ?) : non lu`, `${name} whose inflated content is over the limit (zip bomb?): not read`),
      };
    default:
      return { ok: false, format, reason: 'damaged', message: msg(`${name} endommagé : ${error.message}`, `damaged ${name}: ${error.message}`) };
  }
}

function megabytes(bytes: number, locale: 'fr' | 'en'): string {
  const value = bytes / 1e6;
  const text = value >= 10 ? Math.round(value).toString() : value.toFixed(1);
  return locale === 'fr' ? `${text.replace('.', ',')} Mo` : `${text} MB`;
}
