/**
 * `dist/extract.js`: extracts one PDF, DOCX or ODT file in a child process of the extension host.
 * A process of its own, because pdf.js parses in the thread that calls it: a huge or hostile PDF
 * must not freeze the editor, and the client can kill it on a timeout. It also runs as plain Node
 * (`fork` sets ELECTRON_RUN_AS_NODE in desktop VS Code), the environment pdf.js's Node build expects.
 * Protocol: one message in `{ bytes, name }`, one message out (an `Extracted` or an `ExtractFailure`).
 */
import { extractText, type ExtractFailure } from '../../engine/input/index';

interface ExtractRequest {
  bytes: Uint8Array;
  name: string;
}

process.once('message', (request: ExtractRequest) => {
  void (async () => {
    let answer;
    try {
      answer = await extractText(request.bytes, request.name);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      answer = {
        ok: false,
        reason: 'damaged',
        message: { fr: `lecture du document impossible : ${detail}`, en: `cannot read the document: ${detail}` },
      } satisfies ExtractFailure;
    }
    process.send!(answer, () => process.exit(0));
  })();
});
