/**
 * The command « Ouvrir comme délibération » (`delibera.openAsDeliberation`): from the explorer's
 * context menu (the file clicked), or the command palette (the PDF, DOCX or ODT of the active tab,
 * otherwise a file chosen in a dialog). Returns the URI of the opened document, for the tests.
 */
import * as vscode from 'vscode';
import { DOCUMENT_FILE, extractedUriOf, type ExtractedDocuments } from './extracted-documents';
import type { Locale } from './where';

export async function openAsDeliberation(documents: ExtractedDocuments, locale: Locale, clicked?: unknown): Promise<vscode.Uri | undefined> {
  const original = clicked instanceof vscode.Uri ? clicked : activeDocumentFile() ?? (await chooseDocumentFile());
  if (!original) return undefined;
  const name = original.path.split('/').pop() ?? original.path;
  const extracted = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading {0}…', name) },
    () => documents.extract(original),
  );
  if (!extracted.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0} as a deliberation: {1}', name, extracted.message[locale]));
    return undefined;
  }
  let document = await vscode.workspace.openTextDocument(extractedUriOf(original));
  if (document.languageId !== 'deliberation') document = await vscode.languages.setTextDocumentLanguage(document, 'deliberation');
  await vscode.window.showTextDocument(document, { preview: false });
  if (extracted.notices.length > 0) {
    void vscode.window.showWarningMessage(`${name}${locale === 'fr' ? ' : ' : ': '}${extracted.notices.map((notice) => notice[locale]).join(locale === 'fr' ? ' ; ' : '; ')}`);
  }
  return document.uri;
}

/** The PDF, DOCX or ODT shown in the active tab (VS Code shows them in a binary or custom editor). */
function activeDocumentFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  return uri && DOCUMENT_FILE.test(uri.path) ? uri : undefined;
}

async function chooseDocumentFile(): Promise<vscode.Uri | undefined> {
  const [chosen] = (await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Open as deliberation'),
    filters: { [vscode.l10n.t('PDF, Word and LibreOffice documents')]: ['pdf', 'docx', 'odt'] },
  })) ?? [];
  return chosen;
}
