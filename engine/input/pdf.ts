/**
 * PDF: the text layer read with pdf.js (pdfjs-dist 4.x, legacy build: the 5.x line needs Node 22).
 * Offline and inert: the worker runs in this thread from the bundled module (nothing fetched), no
 * font is loaded or evaluated (`disableFontFace`, `isEvalSupported: false`; text needs only the
 * glyphs' positions and Unicode), no range or stream requests. Lines are rebuilt from the glyph
 * positions (pdf-lines.ts); each keeps its page and its line on the page.
 */
import type { Message } from '../rules/types';
import { groupLines, layoutPage, leftMargin, usualLeading, type GlyphRun, type PageLine } from './pdf-lines';
import type { Extracted, ExtractFailure, LineOrigin } from './types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/** pdf.js, loaded once, with its worker handed over so it never tries to start or download one. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // At load time pdf.js looks for a canvas package to draw pages, and says so on the console when
    // it finds none; text needs no canvas, and the CLI's standard output must stay the report's.
    const log = console.log;
    console.log = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('Warning:')) return;
      log(...args);
    };
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return loading;
}

const msg = (fr: string, en: string): Message => ({ fr, en });

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function readPdf(bytes: Uint8Array): Promise<Extracted | ExtractFailure> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given, and refuses Node's Buffer: a plain copy.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      return openFailure(error);
    }
    const pages: PageLine[][] = [];
    const empty: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      let runs: GlyphRun[] = [];
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        runs = (content.items as TextItemLike[]).flatMap((item) => {
          if (typeof item.str !== 'string' || !item.transform) return [];
          const [a, b, , , x, y] = item.transform;
          return [{ text: item.str, x, y, width: item.width ?? 0, size: Math.hypot(a, b) || item.height || 0 }];
        });
        page.cleanup();
      } catch {
        // A damaged page reads as empty; the others are still read.
      }
      const lines = groupLines(runs);
      if (lines.length === 0) empty.push(number);
      pages.push(lines);
    }
    if (empty.length === document.numPages) {
      return {
        ok: false,
        format: 'pdf',
        reason: 'no-text',
        message: msg(
          `PDF sans couche texte (${document.numPages === 1 ? 'une page numérisée' : `${document.numPages} pages numérisées`} ?) : rien à vérifier sans reconnaissance de caractères (OCR), que Delibera ne fait pas`,
          `PDF without a text layer (${document.numPages === 1 ? 'a scanned page' : `${document.numPages} scanned pages`}?): nothing to check without character recognition (OCR), which Delibera does not do`,
        ),
      };
    }
    const leading = usualLeading(pages);
    const margin = leftMargin(pages);
    const lines: string[] = [];
    const origins: LineOrigin[] = [];
    pages.forEach((pageLines, index) => {
      for (const line of layoutPage(pageLines, leading, margin)) {
        lines.push(line.text);
        origins.push({ page: index + 1, line: Math.max(1, line.printed) });
      }
    });
    const notices: Message[] = [];
    if (empty.length > 0) {
      const list = empty.slice(0, 10).join(', ') + (empty.length > 10 ? '…' : '');
      notices.push(empty.length === 1
        ? msg(`la page ${list} n'a pas de texte (numérisée ?) : non lue`, `page ${list} has no text (scanned?): not read`)
        : msg(`les pages ${list} n'ont pas de texte (numérisées ?) : non lues`, `pages ${list} have no text (scanned?): not read`));
    }
    return { ok: true, format: 'pdf', text: lines.join('\n'), origins, pages: document.numPages, notices };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function openFailure(error: unknown): ExtractFailure {
  const name = (error as Error)?.name;
  const detail = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException') {
    return {
      ok: false,
      format: 'pdf',
      reason: 'encrypted',
      message: msg('PDF protégé par un mot de passe : illisible sans lui', 'password-protected PDF: cannot be read without it'),
    };
  }
  return {
    ok: false,
    format: 'pdf',
    reason: 'damaged',
    message: msg(`PDF endommagé ou invalide : ${detail}`, `damaged or invalid PDF: ${detail}`),
  };
}
