/**
 * Just enough of a zip reader for DOCX and ODT packages: the central directory, stored and
 * deflated entries, every offset and size checked against the file, and inflation capped so a
 * zip bomb stops at the cap instead of filling memory. No ZIP64 (office documents never need it),
 * no encryption (an encrypted entry is reported as such).
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntryInfo {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipProblem = 'not-zip' | 'damaged' | 'encrypted' | 'too-large' | 'unsupported-method';

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem, detail: string) {
    super(detail);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export class ZipReader {
  readonly entries: ZipEntryInfo[] = [];
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = this.findEnd();
    const count = this.u16(end + 10);
    const size = this.u32(end + 12);
    const offset = this.u32(end + 16);
    if (offset === 0xffffffff || count === 0xffff) throw new ZipError('damaged', 'ZIP64 archives are not read');
    if (offset + size > end) throw new ZipError('damaged', 'central directory out of bounds');
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > end || this.u32(p) !== CENTRAL) throw new ZipError('damaged', `central directory entry ${i} unreadable`);
      const flags = this.u16(p + 8);
      const nameLength = this.u16(p + 28);
      const extraLength = this.u16(p + 30);
      const commentLength = this.u16(p + 32);
      if (p + 46 + nameLength > end) throw new ZipError('damaged', 'entry name out of bounds');
      const name = new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLength));
      this.entries.push({
        name,
        method: this.u16(p + 10),
        encrypted: (flags & 1) !== 0,
        compressedSize: this.u32(p + 20),
        size: this.u32(p + 24),
        localOffset: this.u32(p + 42),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  find(name: string): ZipEntryInfo | undefined {
    return this.entries.find((entry) => entry.name === name);
  }

  /** The entry's bytes; inflation stops with `too-large` past `maxBytes`. */
  read(entry: ZipEntryInfo, maxBytes: number): Uint8Array {
    if (entry.encrypted) throw new ZipError('encrypted', `${entry.name} is encrypted`);
    const p = entry.localOffset;
    if (p + 30 > this.bytes.length || this.u32(p) !== LOCAL) throw new ZipError('damaged', `${entry.name}: local header missing`);
    const start = p + 30 + this.u16(p + 26) + this.u16(p + 28);
    const stop = start + entry.compressedSize;
    if (stop > this.bytes.length) throw new ZipError('damaged', `${entry.name}: data out of bounds`);
    const data = this.bytes.subarray(start, stop);
    if (entry.method === 0) {
      if (data.length > maxBytes) throw new ZipError('too-large', `${entry.name} over ${maxBytes} bytes`);
      return data;
    }
    if (entry.method !== 8) throw new ZipError('unsupported-method', `${entry.name}: compression method ${entry.method}`);
    try {
      return inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new ZipError('too-large', `${entry.name} inflates over ${maxBytes} bytes`);
      }
      throw new ZipError('damaged', `${entry.name}: ${(error as Error)?.message ?? error}`);
    }
  }

  /** The end-of-central-directory record, searched back over the longest possible comment. */
  private findEnd(): number {
    const length = this.bytes.length;
    if (length < EOCD_SIZE) throw new ZipError('not-zip', 'too short for a zip');
    const lowest = Math.max(0, length - EOCD_SIZE - MAX_COMMENT);
    for (let p = length - EOCD_SIZE; p >= lowest; p--) {
      if (this.bytes[p] === 0x50 && this.u32(p) === EOCD) return p;
    }
    throw new ZipError(isZip(this.bytes) ? 'damaged' : 'not-zip', 'no end of central directory');
  }

  private u16(p: number): number {
    return p + 2 <= this.bytes.length ? this.view.getUint16(p, true) : 0;
  }

  private u32(p: number): number {
    return p + 4 <= this.bytes.length ? this.view.getUint32(p, true) : 0;
  }
}
