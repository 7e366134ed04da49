/**
 * Bytes ↔ text. Deliberation exports are UTF-8 (sometimes with a BOM); Windows tools still write
 * Windows-1252 or UTF-16. Those are read so they can be checked, but only UTF-8 is written back:
 * a fix never re-encodes a file into something its author did not choose. A UTF-8 file with a
 * stray invalid byte (one Latin-1 `é` pasted into a clean act) stays UTF-8: the byte reads as
 * U+FFFD, on its line, instead of turning every accented letter of the file into mojibake.
 */

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'windows-1252';

export interface Decoded {
  /** The text without its BOM (positions are the editor's, which hides the BOM too). */
  text: string;
  encoding: Encoding;
  /** UTF-8 sequences that were not valid, each read as U+FFFD. */
  invalid?: number;
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
    // The BOM says UTF-8: invalid bytes are strays.
    const body = bytes.subarray(3);
    const text = decodeWith('utf-8', body, true);
    if (text !== undefined) return { text, encoding: 'utf8-bom' };
    return { text: decodeWith('utf-8', body, false) ?? '', encoding: 'utf8-bom', invalid: utf8Census(body).invalid };
  }
  const bom = utf16Bom(bytes);
  if (bom) {
    const text = decodeWith(bom === 'utf16le' ? 'utf-16le' : 'utf-16be', bytes.subarray(2), false) ?? '';
    return { text, encoding: bom };
  }
  const text = decodeWith('utf-8', bytes, true);
  if (text !== undefined) return { text, encoding: 'utf8' };
  // As many well-formed multi-byte characters as bad bytes, at least: a UTF-8 file with strays.
  // A Windows-1252 file has next to none (`é` is the lone byte E9 there).
  const census = utf8Census(bytes);
  if (census.multibyte > 0 && census.multibyte >= census.invalid) {
    return { text: decodeWith('utf-8', bytes, false) ?? '', encoding: 'utf8', invalid: census.invalid };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** Well-formed multi-byte UTF-8 characters, and bytes that start no well-formed character. */
export function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
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
