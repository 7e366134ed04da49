/**
 * The command « Liste des délibérations de la séance » (`delibera.exportMeetingList`, CGCT L2121-25):
 * on the deliberation of the active editor, the file or the folder clicked in the explorer. The
 * server writes the list from its model (`delibera/meetingList`), the same text as `delibera export
 * --format liste`; it opens in a new untitled tab, for the user to check, save or post.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { MeetingListFormat } from '../engine/export/meeting-list-render';
import { MEETING_LIST_REQUEST, isMeetingListFormat, type MeetingListAnswer, type MeetingListRequest } from '../engine/features/meeting-list-request';
import { looksLikeDeliberationText } from '../engine/templates/index';

/** The text files a folder's deliberations are kept in (PDF, DOCX and ODT open one by one). */
const TEXT_FILES = '**/*.{txt,delib,deliberation}';
/** A folder of a whole mandate holds a few hundred acts; past this the list would be a batch job for the CLI. */
const MAX_FILES = 2000;

const LANGUAGE_OF: Record<MeetingListFormat, string> = { md: 'markdown', html: 'html', csv: 'plaintext' };

export interface MeetingListHost {
  /** The started client, or undefined when the server cannot run (disabled, failed). */
  client: () => Promise<LanguageClient | undefined>;
  log: (line: string) => void;
}

/** Returns the opened list, for the tests; undefined when there was nothing to list or the user cancelled. */
export async function exportMeetingList(host: MeetingListHost, clicked?: unknown, chosenFormat?: unknown): Promise<vscode.TextDocument | undefined> {
  const documents = await documentsToList(clicked);
  if (!documents) return undefined;
  if (documents.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No deliberation to list: open one, or choose a folder of deliberations in the explorer.'));
    return undefined;
  }
  const format = isMeetingListFormat(chosenFormat) ? chosenFormat : await pickFormat();
  if (!format) return undefined;
  const client = await host.client();
  if (!client) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The Delibera language server is not running (setting delibera.enable, or see the output).'));
    return undefined;
  }
  let answer: MeetingListAnswer;
  try {
    answer = await client.sendRequest<MeetingListAnswer>(MEETING_LIST_REQUEST, { documents, format } satisfies MeetingListRequest);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not make the list of deliberations: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  for (const notice of answer.notices) host.log(notice);
  const list = await vscode.workspace.openTextDocument({ language: LANGUAGE_OF[answer.format], content: answer.text });
  await vscode.window.showTextDocument(list, { preview: false });
  if (answer.items === 0) void vscode.window.showWarningMessage(vscode.l10n.t('No deliberation could be read in these files.'));
  else if (answer.notices.length > 0) void vscode.window.showWarningMessage(vscode.l10n.t('Deliberations listed: {0}. Not read: {1} (see the output).', answer.items, answer.notices.length));
  return list;
}

/** The open file, the clicked file, or the deliberations of the clicked folder; undefined if reading failed. */
async function documentsToList(clicked: unknown): Promise<MeetingListRequest['documents'] | undefined> {
  if (!(clicked instanceof vscode.Uri)) {
    const editor = vscode.window.activeTextEditor;
    return editor && editor.document.languageId === 'deliberation' ? [{ uri: editor.document.uri.toString(), text: editor.document.getText() }] : [];
  }
  try {
    const stat = await vscode.workspace.fs.stat(clicked);
    if ((stat.type & vscode.FileType.Directory) === 0) return [await read(clicked)];
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(clicked, TEXT_FILES), '**/node_modules/**', MAX_FILES);
    files.sort((a, b) => a.path.localeCompare(b.path, 'fr', { numeric: true }));
    const all = await Promise.all(files.map(read));
    return all.filter((document) => looksLikeDeliberationText(document.text));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not read {0}: {1}', clicked.fsPath, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

/** An open document as edited, else the file as saved. */
async function read(uri: vscode.Uri): Promise<{ uri: string; text: string }> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  const text = open ? open.getText() : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  return { uri: uri.toString(), text };
}

async function pickFormat(): Promise<MeetingListFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: MeetingListFormat })[] = [
    { label: 'Markdown', description: vscode.l10n.t('a table per meeting'), format: 'md' },
    { label: 'HTML', description: vscode.l10n.t('a page to post online as it is'), format: 'html' },
    { label: 'CSV', description: vscode.l10n.t('for a spreadsheet or an open-data portal'), format: 'csv' },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Format of the list of deliberations') });
  return picked?.format;
}
