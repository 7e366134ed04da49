/**
 * The VS Code side of Delibera: starts the language server (`dist/server.js`) for deliberation
 * documents, forwards the `delibera` settings and `.delibera.json` changes, and re-labels plain
 * `.txt` exports whose first line is a deliberation header.
 *
 * The server is started lazily, on the first deliberation document: the extension also activates
 * on every plain-text file (to recognise `.txt` exports) and must stay free for those.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { isTextExport, looksLikeDeliberation } from './detect';
import { READING_NOTIFICATION, type DocumentReading } from '../engine/features/reading';
import { looksLikeDeliberationText } from '../engine/templates/index';
import { deliberationSkeleton } from '../engine/features/skeleton';
import { normalizeLocale } from '../engine/options';
import { vsdiag } from 'vscode-languageclient';
import { READ_ONLY_SCHEME } from '../server/read-only-documents';
import { ExtractedDocuments } from './documents/extracted-documents';
import { openAsDeliberation } from './documents/open-as-deliberation';
import { exportMeetingList, type MeetingListHost } from './meeting-list';

const LANGUAGE_ID = 'deliberation';
const SECTION = 'delibera';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;
let output: vscode.OutputChannel | undefined;
let status: vscode.LanguageStatusItem | undefined;
let context: vscode.ExtensionContext | undefined;
let configWatcher: vscode.FileSystemWatcher | undefined;
/** How the server read each open document (`delibera/reading`), for the status item. */
const readings = new Map<string, DocumentReading>();
/** Documents we re-labelled: if the user switches one back to Plain Text, we leave it alone. */
const relabelled = new Set<string>();
/** PDF, DOCX and ODT files opened as deliberations (« Ouvrir comme délibération »). */
let extractedDocuments: ExtractedDocuments | undefined;

export function activate(extensionContext: vscode.ExtensionContext): void {
  context = extensionContext;
  output = vscode.window.createOutputChannel('Delibera');
  status = vscode.languages.createLanguageStatusItem('delibera.status', { language: LANGUAGE_ID });
  status.name = 'Delibera';
  status.text = 'Delibera';
  status.command = { title: vscode.l10n.t('Show output'), command: 'delibera.showOutput' };
  showState('stopped');
  // One watcher for the whole session: each (re)started client subscribes to it.
  configWatcher = vscode.workspace.createFileSystemWatcher('**/.delibera.json');
  const documents = new ExtractedDocuments(extensionContext.asAbsolutePath('dist/extract.js'), messageLocale);
  extractedDocuments = documents;

  extensionContext.subscriptions.push(
    output,
    status,
    configWatcher,
    vscode.commands.registerCommand('delibera.restartServer', restartServer),
    vscode.commands.registerCommand('delibera.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('delibera.newDeliberation', newDeliberation),
    vscode.commands.registerCommand('delibera.selectRange', selectRange),
    vscode.commands.registerCommand('delibera.showDossierProblems', showDossierProblems),
    vscode.commands.registerCommand('delibera.openSample', openSample),
    documents,
    vscode.workspace.registerTextDocumentContentProvider(READ_ONLY_SCHEME, documents),
    vscode.commands.registerCommand('delibera.exportMeetingList', (clicked?: unknown, format?: unknown) => exportMeetingList(meetingListHost, clicked, format)),
    vscode.commands.registerCommand('delibera.openAsDeliberation', (clicked?: unknown) => openAsDeliberation(documents, messageLocale(), clicked)),
    vscode.workspace.onDidOpenTextDocument(onDocumentOpened),
    vscode.window.onDidChangeActiveTextEditor(showReading),
    vscode.workspace.onDidCloseTextDocument(onDocumentClosed),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
  );
  vscode.workspace.textDocuments.forEach(onDocumentOpened);
}

export async function deactivate(): Promise<void> {
  await stopServer();
}

function onDocumentOpened(document: vscode.TextDocument): void {
  if (document.languageId === LANGUAGE_ID) {
    void ensureStarted();
    return;
  }
  if (shouldRelabel(document)) {
    relabelled.add(document.uri.toString());
    // Opening the document again under the new language brings us back here, and starts the server.
    void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, (error: unknown) => {
      output?.appendLine(vscode.l10n.t('Could not switch {0} to the Délibération language: {1}', document.uri.fsPath, messageOf(error)));
    });
  }
}

/**
 * A language switch closes and reopens the document while its tab stays; a closed tab means the user
 * closed the file, and the next time it opens it is detected afresh.
 */
function onDocumentClosed(document: vscode.TextDocument): void {
  const uri = document.uri.toString();
  readings.delete(uri);
  const stillShown = vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri),
  );
  if (!stillShown) relabelled.delete(uri);
}

function shouldRelabel(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file') return false;
  if (!isTextExport(document.uri.path) || relabelled.has(document.uri.toString())) return false;
  if (!configuration().get<boolean>('detectTextFiles', true)) return false;
  if (document.lineCount === 0) return false;
  // The first line names the Commission Permanente; the head tells every other template, as in the CLI.
  return looksLikeDeliberation(document) || looksLikeDeliberationText(document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 400), 0)).slice(0, 8000));
}

function onConfigurationChanged(event: vscode.ConfigurationChangeEvent): void {
  if (!event.affectsConfiguration(`${SECTION}.enable`)) return;
  if (isEnabled()) {
    if (hasDeliberationOpen()) void ensureStarted();
  } else {
    void stopServer();
  }
}

function ensureStarted(): Promise<void> {
  if (client || !isEnabled() || !context) return starting ?? Promise.resolve();
  let newClient: LanguageClient;
  try {
    newClient = createClient(context);
  } catch (error) {
    reportStartFailure(error);
    return Promise.resolve();
  }
  client = newClient;
  showState('starting');
  starting = newClient.start().then(
    () => showState('running'),
    // The client is left in place so that "Restart" retries without a second client fighting the first.
    reportStartFailure,
  );
  newClient.onNotification(READING_NOTIFICATION, (reading: DocumentReading) => {
    readings.set(reading.uri, reading);
    showReading();
  });
  newClient.onDidChangeState((event) => {
    if (event.newState === State.Stopped && client === newClient) showState('stopped');
  });
  return starting;
}

function reportStartFailure(error: unknown): void {
  showState('failed');
  const message = vscode.l10n.t('The Delibera language server could not start: {0}', messageOf(error));
  output?.appendLine(message);
  void vscode.window.showErrorMessage(message, vscode.l10n.t('Show output')).then((choice) => {
    if (choice) output?.show(true);
  });
}

async function stopServer(): Promise<void> {
  const current = client;
  client = undefined;
  starting = undefined;
  if (!current) return;
  try {
    await current.stop();
  } catch (error) {
    output?.appendLine(vscode.l10n.t('The Delibera language server did not stop cleanly: {0}', messageOf(error)));
  }
  showState('stopped');
}

async function restartServer(): Promise<void> {
  if (!isEnabled()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Delibera is disabled (setting delibera.enable).'));
    return;
  }
  await stopServer();
  await ensureStarted();
}

function createClient(extensionContext: vscode.ExtensionContext): LanguageClient {
  const module = extensionContext.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: READ_ONLY_SCHEME, language: LANGUAGE_ID },
    ],
    synchronize: { configurationSection: SECTION, fileEvents: configWatcher },
    // A function, so that a restart sends the settings and UI language of that moment.
    initializationOptions: () => ({ locale: vscode.env.language, settings: readSettings() }),
    outputChannel: output,
    diagnosticCollectionName: 'delibera',
    markdown: { isTrusted: false, supportHtml: false },
    middleware: {
      // Honoured here too, so hints disappear at once even if the server reads settings lazily.
      provideInlayHints: (document, range, token, next) =>
        configuration(document.uri).get<boolean>('inlayHints.enable', true) ? next(document, range, token) : [],
      // A PDF, DOCX or ODT opened as a deliberation: each problem says where it is in the original.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, extractedDocuments?.annotate(uri, diagnostics) ?? diagnostics),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report?.kind !== vsdiag.DocumentDiagnosticReportKind.full) return report;
        const uri = document instanceof vscode.Uri ? document : document.uri;
        return { ...report, items: extractedDocuments?.annotate(uri, report.items) ?? report.items };
      },
      provideHover: async (document, position, token, next) => {
        const found = await next(document, position, token);
        return extractedDocuments ? extractedDocuments.annotateHover(document.uri, position, found) : found;
      },
    },
  };
  // The id `delibera` makes the client read `delibera.trace.server` by itself.
  return new LanguageClient('delibera', 'Delibera', serverOptions, clientOptions);
}

/** The `delibera` settings as the plain object the server's `DeliberaSettings` expects. */
function readSettings(): Record<string, unknown> {
  const settings = configuration();
  return {
    enable: settings.get('enable', true),
    language: settings.get('language', 'auto'),
    rules: settings.get('rules', {}),
    assembly: { size: settings.get('assembly.size', null), members: settings.get('assembly.members', []) },
    visas: { required: settings.get('visas.required', null), delegation: settings.get('visas.delegation', null) },
    inlayHints: { enable: settings.get('inlayHints.enable', true) },
    debounce: settings.get('debounce', 200),
    commissions: settings.get('commissions', []),
  };
}

// ── Commands run from the editor features ─────────────────────────────────────────────────────

/** « Nouvelle délibération »: an untitled deliberation holding the skeleton, its placeholders as tab stops. */
async function newDeliberation(): Promise<void> {
  const settings = configuration();
  const today = new Date();
  const skeleton = deliberationSkeleton({
    date: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
    members: settings.get<string[]>('assembly.members', []),
    delegation: settings.get<string | null>('visas.delegation', null),
    commissions: settings.get<string[]>('commissions', []),
  });
  try {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const inserted = await editor.insertSnippet(new vscode.SnippetString(skeleton.snippet));
    if (!inserted) await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), skeleton.text));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the deliberation: {0}', messageOf(error)));
  }
}

interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function toRange(range: WireRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** After a quick fix that wrote a placeholder (`<raison>`): select it, to be typed over. */
async function selectRange(uri: string, range: WireRange): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (!editor || !range) return;
  const selection = toRange(range);
  editor.selection = new vscode.Selection(selection.start, selection.end);
  editor.revealRange(selection);
  if (vscode.window.activeTextEditor !== editor) await vscode.window.showTextDocument(editor.document, editor.viewColumn);
}

/** The code lens of a deliberation: open the Problems view and go to the dossier's first problem. */
async function showDossierProblems(uri: string, range: WireRange): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const from = range?.start.line ?? 0;
  const to = range?.end.line ?? Number.MAX_SAFE_INTEGER;
  const problems = vscode.languages
    .getDiagnostics(target)
    .filter((d) => d.source === 'delibera' && d.range.start.line >= from && d.range.start.line <= to)
    .sort((a, b) => a.range.start.compareTo(b.range.start));
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (problems.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No problem in this deliberation.'));
    return;
  }
  const editor = await vscode.window.showTextDocument(target, { preserveFocus: false });
  // The marker navigation opens the problem inline, from the dossier's first line.
  const start = new vscode.Position(from, 0);
  editor.selection = new vscode.Selection(start, start);
  if (problems[0].range.start.isEqual(start)) {
    editor.selection = new vscode.Selection(problems[0].range.start, problems[0].range.end);
    editor.revealRange(problems[0].range, vscode.TextEditorRevealType.InCenter);
    return;
  }
  await vscode.commands.executeCommand('editor.action.marker.next');
}

type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

function showState(state: ServerState): void {
  if (!status) return;
  status.busy = state === 'starting';
  status.severity = state === 'failed' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
  status.detail = {
    starting: vscode.l10n.t('starting…'),
    running: vscode.l10n.t('checking this deliberation'),
    stopped: isEnabled() ? vscode.l10n.t('server stopped') : vscode.l10n.t('disabled'),
    failed: vscode.l10n.t('server failed to start'),
  }[state];
}

const TEMPLATE_NAMES: Record<string, string> = {
  'departement-cp': vscode.l10n.t('Commission Permanente'),
  assemblee: vscode.l10n.t('département or région'),
  extrait: vscode.l10n.t('extract from the register'),
  'proces-verbal': vscode.l10n.t('minutes'),
  generic: vscode.l10n.t('other template'),
};

/** The status item says how the active document was read: « 3 délibérations (procès-verbal) », or none. */
function showReading(): void {
  if (!status) return;
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const reading = uri ? readings.get(uri) : undefined;
  if (!reading) {
    status.text = 'Delibera';
    return;
  }
  if (reading.deliberations === 0) {
    status.text = `Delibera · ${vscode.l10n.t('no deliberation recognised')}`;
    status.severity = vscode.LanguageStatusSeverity.Warning;
    return;
  }
  const names = reading.templates.map((t) => TEMPLATE_NAMES[t] ?? t).join(', ');
  status.text = `Delibera · ${reading.deliberations === 1 ? vscode.l10n.t('1 deliberation') : vscode.l10n.t('{0} deliberations', reading.deliberations)} (${names})`;
  status.severity = vscode.LanguageStatusSeverity.Information;
}

function configuration(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

function isEnabled(): boolean {
  return configuration().get<boolean>('enable', true);
}

function hasDeliberationOpen(): boolean {
  return vscode.workspace.textDocuments.some((document) => document.languageId === LANGUAGE_ID);
}

/** The language of Delibera's messages (`delibera.language`, else the editor's), as the server picks it. */
function messageLocale(): 'fr' | 'en' {
  const chosen = configuration().get<string>('language', 'auto');
  return normalizeLocale(chosen === 'fr' || chosen === 'en' ? chosen : vscode.env.language);
}

/** The meeting list command's access to the server, started on demand (a folder may be listed with no deliberation open). */
const meetingListHost: MeetingListHost = {
  client: async () => {
    await ensureStarted();
    return client;
  },
  log: (line) => output?.appendLine(line),
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The walkthrough's first step: a real act with drafting errors, shipped in `samples/`. It opens as
 * an untitled copy: the file itself sits in the extension's install folder, where a quick fix or a
 * save would change the extension (and the next user's sample).
 */
async function openSample(): Promise<void> {
  if (!context) return;
  const uri = vscode.Uri.joinPath(context.extensionUri, 'samples', '2022-372-equipement-numerique-colleges.txt');
  try {
    const content = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
    await vscode.window.showTextDocument(document, { preview: false });
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not open the sample: {0}', messageOf(error)));
  }
}
