/**
 * What reading a PDF, DOCX or ODT file gives: the text every rule sees, and for each of its lines
 * where it stands in the original, so a diagnostic can say `acte.pdf:page 3:line 12`.
 */
import type { Message } from '../rules/types';

export type InputFormat = 'pdf' | 'docx' | 'odt';

/** Where a line of the extracted text is in the original document (both 1-based). */
export interface LineOrigin {
  /** The page (PDF; DOCX and ODT when the file records its page breaks), 0 when unknown. */
  page: number;
  /** The line on the page for a PDF (printed lines, blank space aside); the paragraph for DOCX and ODT. */
  line: number;
}

export interface Extracted {
  ok: true;
  format: InputFormat;
  text: string;
  /** One entry per line of `text` (split on `\n`). */
  origins: LineOrigin[];
  /** Pages in the original, 0 when the format does not say. */
  pages: number;
  /** What the reader left out or could not read, for the user (pages without text…). */
  notices: Message[];
}

export type ExtractFailureReason =
  /** Over the size limit: not opened. */
  | 'too-large'
  /** Not a PDF, DOCX or ODT (by content, whatever the name says). */
  | 'unsupported'
  /** The file is one of the formats but cannot be read (truncated, corrupted). */
  | 'damaged'
  /** Encrypted with a password. */
  | 'encrypted'
  /** A PDF without a text layer (a scan): nothing to check without OCR. */
  | 'no-text';

export interface ExtractFailure {
  ok: false;
  format?: InputFormat;
  reason: ExtractFailureReason;
  message: Message;
}

export interface ExtractOptions {
  /** Bytes over which a file is not opened (default MAX_INPUT_BYTES). */
  maxBytes?: number;
  /** Bytes a zip entry may inflate to (default MAX_INFLATED_BYTES): zip bombs stop there. */
  maxInflatedBytes?: number;
}

/** 50 MB: a long session's minutes with scanned annexes stays under it. */
export const MAX_INPUT_BYTES = 50_000_000;
/** 200 MB of XML inflated from one entry: far above any real document.xml, far below a zip bomb's. */
export const MAX_INFLATED_BYTES = 200_000_000;
