/**
 * Documents the editor shows but cannot edit: the text extracted from a PDF, DOCX or ODT file,
 * opened by the VS Code client under the `delibera-document:` scheme. The text is not the file, so
 * no edit is ever offered on it (quick fixes, fix-all, `source.fixAll` on save): the user corrects
 * the original document. Diagnostics, outline, hovers and code lens work as on any text.
 */

/** The scheme of an extracted document (`delibera-document:/dossier/acte.pdf?<original uri>`). */
export const READ_ONLY_SCHEME = 'delibera-document';

export function isReadOnlyDocument(uri: string): boolean {
  return uri.startsWith(`${READ_ONLY_SCHEME}:`);
}
