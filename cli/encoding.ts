/**
 * Bytes ↔ text. Deliberation exports are UTF-8 (sometimes with a BOM); Windows tools still write
 * Windows-1252 or UTF-16. Those are read so they can be checked, but only UTF-8 is written back:
 * a fix never re-encodes a file into something its author did not choose.
 */

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'windows-1252';

export interface Decoded {
  /** The text without its BOM (positions are the editor's, which hides the BOM too). */
  text: string;
  encoding: Encoding;
}

const SNIFF_BYTES = 8000;

/** A NUL byte in the first 8 000 bytes, as git judges, unless a UTF-16 BOM explains it. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Bom(bytes)) return false;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeWith('utf-8', bytes.subarray(3), true);
    if (text !== undefined) return { text, encoding: 'utf8-bom' };
  }
  const bom = utf16Bom(bytes);
  if (bom) {
    const text = decodeWith(bom === 'utf16le' ? 'utf-16le' : 'utf-16be', bytes.subarray(2), false) ?? '';
    return { text, encoding: bom };
  }
  const text = decodeWith('utf-8', bytes, true);
  if (text !== undefined) return { text, encoding: 'utf8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// Windows-1252 is Latin-1 except 0x80–0x9F (Node's TextDecoder maps those to C1 controls).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]);
}

/** Text back to bytes in the file's encoding; undefined for encodings the CLI does not write. */
export function encode(text: string, encoding: Encoding): Buffer | undefined {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  return undefined;
}

export function isUtf8(encoding: Encoding): boolean {
  return encoding === 'utf8' || encoding === 'utf8-bom';
}

function utf16Bom(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return undefined;
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
