/**
 * The LSP adapter: keeps one analyzer per open document and answers from its latest model.
 * Diagnostics are pulled (`textDocument/diagnostic`, with result ids) by clients that can, and
 * pushed to the others, both debounced (`delibera.debounce`). Editor features (code actions, hovers, inlay hints, code lens,
 * completion) are pure functions of the model in engine/features; here they are only wired, each
 * handler guarded so that a bug costs one answer, never the server.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  type CancellationToken,
  type Message,
  type RequestMessage,
  type ResponseMessage,
  TextDocumentSyncKind,
  type CodeAction as LspCodeAction,
  type CodeLens as LspCodeLens,
  type CompletionList as LspCompletionList,
  type Connection,
  type DocumentSymbol as LspDocumentSymbol,
  type Hover as LspHover,
  type InitializeParams,
  type InitializeResult,
  type InlayHint as LspInlayHint,
  type DocumentLink as LspDocumentLink,
} from 'vscode-languageserver';
import { createAnalyzer, type Analyzer, type AnalysisResult, type TextChange } from '../engine/analyzer';
import { documentReading, READING_NOTIFICATION } from '../engine/features/reading';
import type { Diagnostic } from '../engine/diagnostics';
import { codeActions } from '../engine/features/code-actions';
import { codeLenses } from '../engine/features/code-lens';
import { COMPLETION_TRIGGERS, completions } from '../engine/features/completion';
import { foldingRanges } from '../engine/features/folding';
import { hover } from '../engine/features/hover';
import { inlayHints } from '../engine/features/inlay-hints';
import { FIX_ALL_KIND, QUICK_FIX_KIND } from '../engine/features/lsp';
import { documentSymbols } from '../engine/features/symbols';
import { documentLinks } from '../engine/features/document-links';
import { answerMeetingList, isMeetingListFormat, MEETING_LIST_REQUEST, type MeetingListAnswer, type MeetingListRequest } from '../engine/features/meeting-list-request';
import type { MeetingListInput } from '../engine/export/meeting-list';
import { withLawLinks } from '../engine/law/hover-links';
import { normalizeLocale } from '../engine/options';
import { summarizeFile, type FileSummary } from '../engine/workspace/facts';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver';
import { applySettings, configToOptions, createConfigResolver, optionsForFolder, type ConfigResolver } from '../engine/config/index';
import { commissionsOf, debounceOf, inlayHintsEnabled, pushedSettings, type DeliberaSettings } from './settings';
import { WorkspaceIndex } from './workspace-index';
import { isReadOnlyDocument } from './read-only-documents';

interface DocumentState {
  analyzer: Analyzer;
  version: number;
  result?: AnalysisResult;
  /** The diagnostics shown: the analyzer's, file-wide directives applied, plus the directive checks. */
  diagnostics?: Diagnostic[];
  /** What the document tells the other documents' hovers (acts cited), for `result`. */
  summary?: FileSummary;
  /** `summary` serialised, to tell when it changed. */
  summaryKey?: string;
  /** What the client was last told of the document's reading (`delibera/reading`). */
  readingKey?: string;
  /** The user was told this document is too large or binary. */
  notified?: boolean;
  timer?: ReturnType<typeof setTimeout>;
  /** The editor's changes since `result`, replayed by `analyzer.update` (cheaper than a full analysis). */
  changes?: TextChange[];
}

/** Above this size a document is not analysed (a notice says so): the editor must stay responsive. */
const MAX_DOCUMENT_MB = 20;

/**
 * A document Delibera should not read: too large, or binary — control characters make more than a
 * tenth of its head (a damaged draft with a stray NUL is still text, and is analysed).
 */
function tooLargeOrBinary(document: TextDocument): 'size' | 'binary' | undefined {
  const text = document.getText();
  if (text.length > MAX_DOCUMENT_MB * 1024 * 1024) return 'size';
  const head = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) control++;
  }
  return head.length > 0 && control * 10 > head.length ? 'binary' : undefined;
}

function shortPath(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

interface View {
  result: AnalysisResult;
  diagnostics: Diagnostic[];
  state: DocumentState;
}

/** The error every cancelled request gets, whether it was cancelled before or as it started. */
function cancelled<D>(data?: D): ResponseError<D> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled', data);
}

/** The answer to a request cancelled before it ran (see `createConnection` in main.ts). */
export function cancelledResponse(request: Message): ResponseMessage {
  return { jsonrpc: '2.0', id: (request as RequestMessage).id ?? null, error: cancelled().toJson() };
}

export function startServer(connection: Connection): void {
  const states = new Map<string, DocumentState>();
  /** When each document's last change arrived: the debounce runs from there, not from after its bookkeeping. */
  const changedAt = new Map<string, number>();
  // The documents' changes are kept for the incremental analysis as they go by.
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(document, changes, version) {
      changedAt.set(document.uri, performance.now());
      const state = states.get(document.uri);
      if (state?.changes) {
        for (const change of changes) state.changes.push('range' in change ? { range: change.range, text: change.text } : { text: change.text });
        // A long backlog costs more to replay than a fresh read.
        if (state.changes.length > 500) state.changes = undefined;
      }
      return TextDocument.update(document, changes, version);
    },
  });
  let clientLocale: string | undefined;
  let settings: DeliberaSettings = {};
  let pullDiagnostics = false;
  let canReadConfiguration = false;
  let inlayHintRefresh = false;
  let codeLensRefresh = false;
  let diagnosticRefresh = false;

  const readConfigFile = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  let configs: ConfigResolver = createConfigResolver({ readFile: readConfigFile });
  let workspaceFolders: string[] = [];
  let watchRegistration = false;
  const index = new WorkspaceIndex(
    () => invalidateAll(),
    (message) => connection.console.log(message),
  );

  /** The settings alone (no `.delibera.json`), read the same way as over a config file. */
  const settingsOptions = () => configToOptions(applySettings({}, settings), clientLocale);

  /** `.delibera.json` from the document's folder upward, then the editor's settings over it. */
  function optionsFor(uri: string) {
    if (uri.startsWith('file:')) {
      try {
        return optionsForFolder(configs, dirname(fileURLToPath(uri)), settings, clientLocale);
      } catch {
        // An odd path: the settings alone.
      }
    }
    return settingsOptions();
  }
  const makeAnalyzer = (uri = '') => createAnalyzer(optionsFor(uri));
  const locale = () => normalizeLocale(settingsOptions().locale);

  function stateOf(uri: string): DocumentState {
    let state = states.get(uri);
    if (!state) {
      state = { analyzer: makeAnalyzer(uri), version: -1 };
      states.set(uri, state);
    }
    return state;
  }

  /** The analysis of the document's current text, computed now if the text moved on. */
  function current(document: TextDocument): AnalysisResult {
    return view(document).result;
  }

  /** Documents being analysed now: their neighbours use their last summary rather than recurse. */
  const analysing = new Set<string>();

  function view(document: TextDocument): View {
    const state = stateOf(document.uri);
    if (!state.result || !state.diagnostics || state.version !== document.version) {
      analysing.add(document.uri);
      try {
        state.result = safeAnalyze(state, document);
        state.diagnostics = state.result.diagnostics;
        state.version = document.version;
        noteSummary(document.uri, state);
        noteReading(document.uri, state);
      } finally {
        analysing.delete(document.uri);
      }
    }
    return { result: state.result, diagnostics: state.diagnostics!, state };
  }

  /**
   * What this document tells the others (acts cited, numbers, where) may have changed: the other
   * open documents' cross-file checks are then stale, and are redone shortly after.
   */
  function noteSummary(uri: string, state: DocumentState): void {
    try {
      state.summary = summarizeFile(uri, state.result!.dossiers);
      const key = JSON.stringify(state.summary);
      const changed = state.summaryKey !== undefined && state.summaryKey !== key;
      state.summaryKey = key;
      if (changed && states.size > 1) scheduleOthers(uri);
    } catch {
      state.summary = undefined;
    }
  }

  /**
   * Tells the client how the document was read — its template and how many deliberations — so the
   * status item can say « aucune délibération reconnue » rather than stay silent. Sent when it changes.
   */
  function noteReading(uri: string, state: DocumentState): void {
    const dossiers = state.result?.dossiers ?? [];
    const reading = documentReading(uri, dossiers);
    const key = JSON.stringify(reading);
    if (key === state.readingKey) return;
    state.readingKey = key;
    void connection.sendNotification(READING_NOTIFICATION, reading);
  }

  let othersTimer: ReturnType<typeof setTimeout> | undefined;

  /** Marks the other documents stale now (they are redone when next asked), and tells the client soon. */
  function scheduleOthers(changed: string): void {
    generation++;
    for (const [uri, state] of states) {
      if (uri === changed) continue;
      state.result = undefined;
      state.diagnostics = undefined;
      state.changes = undefined;
      state.version = -1;
    }
    if (othersTimer) clearTimeout(othersTimer);
    othersTimer = setTimeout(() => {
      othersTimer = undefined;
      refreshClients();
    }, debounceOf(settings) + 100);
  }

  /**
   * The document's analysis: its changes replayed on the last one when they are all known, else a
   * full read. A bug in the engine must cost the user diagnostics, never the server: log it and go on.
   */
  function safeAnalyze(state: DocumentState, document: TextDocument): AnalysisResult {
    const skipped = tooLargeOrBinary(document);
    if (skipped) {
      state.changes = undefined;
      if (!state.notified) {
        state.notified = true;
        const fr = locale() === 'fr';
        void connection.sendNotification('window/showMessage', {
          type: 2,
          message: skipped === 'size'
            ? (fr ? `Delibera : ${shortPath(document.uri)} dépasse ${MAX_DOCUMENT_MB} Mo, il n’est pas analysé.` : `Delibera: ${shortPath(document.uri)} is over ${MAX_DOCUMENT_MB} MB and is not analysed.`)
            : (fr ? `Delibera : ${shortPath(document.uri)} semble binaire, il n’est pas analysé.` : `Delibera: ${shortPath(document.uri)} looks binary and is not analysed.`),
        });
      }
      return { dossiers: [], diagnostics: [], lines: [] };
    }
    state.notified = false;
    const changes = state.result && state.result.lines.length > 0 ? state.changes : undefined;
    state.changes = [];
    if (changes) {
      try {
        return state.analyzer.update(changes, { uri: document.uri, workspace: workspaceFacts(document.uri) });
      } catch (error) {
        connection.console.error(`delibera: incremental analysis of ${document.uri} failed, reading it again: ${(error as Error)?.stack ?? error}`);
      }
    }
    try {
      return state.analyzer.analyze(document.getText(), { uri: document.uri, workspace: workspaceFacts(document.uri) });
    } catch (error) {
      connection.console.error(`delibera: analysis of ${document.uri} failed: ${(error as Error)?.stack ?? error}`);
      return { dossiers: [], diagnostics: [], lines: [] };
    }
  }

  /** The other open documents, as analysed last (never re-analysed for this), summarised once per version. */
  function openFiles(except: string): FileSummary[] {
    const out: FileSummary[] = [];
    for (const [uri, state] of states) {
      if (uri === except) continue;
      // Another open document edited since its last analysis: its summary must be its text's.
      const document = documents.get(uri);
      if (document && !analysing.has(uri) && (!state.result || state.version !== document.version)) view(document);
      // One being analysed right now (it asked for this one's summary) answers with its last summary.
      if (state.result) state.summary ??= summarizeFile(uri, state.result.dossiers);
      if (!state.summary) continue;
      out.push(state.summary);
    }
    return out;
  }

  /** What the file rules know of the rest of the workspace: the index, with open documents as edited. */
  function workspaceFacts(uri: string): { files: FileSummary[] } {
    const open = openFiles(uri);
    const openUris = new Set(open.map((file) => file.uri));
    return { files: [...index.summaries().filter((file) => file.uri !== uri && !openUris.has(file.uri)), ...open] };
  }

  /** Runs a feature handler; a failure is logged and answered with `fallback`. */
  function guard<P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, handler: (document: TextDocument, params: P) => R) {
    return (params: P, token?: CancellationToken): R | ResponseError => {
      if (token?.isCancellationRequested) return cancelled();
      const document = documents.get(params.textDocument.uri);
      if (!document) return fallback;
      try {
        return handler(document, params);
      } catch (error) {
        connection.console.error(`delibera: ${name} failed on ${params.textDocument.uri}: ${(error as Error)?.stack ?? error}`);
        return fallback;
      }
    };
  }

  /** Bumped by every settings change: the same text gives other diagnostics under other settings. */
  let generation = 0;

  function resultId(document: TextDocument): string {
    return `${generation}:${document.version}`;
  }

  function publish(document: TextDocument): void {
    if (settings.enable === false) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return;
    }
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: view(document).diagnostics });
  }

  function schedule(document: TextDocument): void {
    if (pullDiagnostics) return;
    const state = stateOf(document.uri);
    if (state.timer) clearTimeout(state.timer);
    // Applying a change to a large document's text takes a millisecond or two, before this runs.
    const since = performance.now() - (changedAt.get(document.uri) ?? performance.now());
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const latest = documents.get(document.uri);
      if (latest) publish(latest);
    }, Math.max(0, debounceOf(settings) - since));
  }

  async function loadSettings(): Promise<void> {
    if (canReadConfiguration) {
      try {
        const value = (await connection.workspace.getConfiguration('delibera')) as DeliberaSettings | null;
        settings = value ?? {};
      } catch {
        settings = {};
      }
    }
    rebuildAnalyzers();
    refreshClients();
  }

  /** New options (settings or a `.delibera.json` changed): every analyzer starts afresh. */
  function rebuildAnalyzers(): void {
    generation++;
    for (const [uri, state] of states) {
      state.analyzer = makeAnalyzer(uri);
      state.result = undefined;
      state.diagnostics = undefined;
      state.changes = undefined;
      state.version = -1;
    }
  }

  /**
   * The workspace index changed: the file rules must look again, on the same text. The analyzers
   * keep their dossiers, so this costs the file rules, not a parse.
   */
  function invalidateAll(): void {
    generation++;
    for (const state of states.values()) {
      state.result = undefined;
      state.diagnostics = undefined;
      state.changes = undefined;
      state.version = -1;
    }
    refreshClients();
  }

  function refreshClients(): void {
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else documents.all().forEach(publish);
    if (inlayHintRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = params.initializationOptions as { locale?: unknown } | undefined;
    clientLocale = (typeof options?.locale === 'string' ? options.locale : undefined) ?? params.locale;
    // Until `workspace/configuration` answers, or for good when the client cannot answer it.
    settings = pushedSettings(options) ?? settings;
    pullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    canReadConfiguration = !!params.capabilities.workspace?.configuration;
    watchRegistration = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    inlayHintRefresh = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    codeLensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    diagnosticRefresh = !!params.capabilities.workspace?.diagnostics?.refreshSupport;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Delibera' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [QUICK_FIX_KIND, FIX_ALL_KIND] },
        hoverProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        ...(pullDiagnostics
          ? { diagnosticProvider: { identifier: 'delibera', interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'delibera' },
    };
  });

  connection.onInitialized(() => {
    void loadSettings();
    if (watchRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{delib,deliberation,txt}' }, { globPattern: '**/.delibera.json' }] })
        .catch(() => undefined);
    }
    // The workspace's other deliberations, for the cross-file checks: indexed in the background.
    index.start(workspaceFolders);
  });

  connection.onDidChangeWatchedFiles((params) => {
    let configChanged = false;
    for (const change of params.changes) {
      if (/\.delibera\.json$/.test(change.uri)) configChanged = true;
      else if (!states.has(change.uri)) index.refresh(change.uri, change.type === FileChangeType.Deleted);
    }
    if (configChanged) {
      configs = createConfigResolver({ readFile: readConfigFile });
      rebuildAnalyzers();
      refreshClients();
    }
  });

  connection.onDidChangeConfiguration((change) => {
    // A client that cannot be asked pushes its settings here (`{ delibera: {…} }` or the object itself).
    const pushed = pushedSettings(change.settings);
    if (!canReadConfiguration && pushed) settings = pushed;
    void loadSettings();
  });

  documents.onDidOpen((event) => schedule(event.document));
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    const state = states.get(event.document.uri);
    if (state?.timer) clearTimeout(state.timer);
    states.delete(event.document.uri);
    changedAt.delete(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  let pullRefreshTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Pulled diagnostics honour `delibera.debounce` as pushed ones do: while the user types, a pull
   * for text changed less than that ago answers « unchanged » (the client keeps showing the
   * diagnostics it has, as it would between two pushes), and once the typing pauses the server asks
   * the client to pull again (`workspace/diagnostic/refresh`). Only for a client that can be asked,
   * that holds a result of the current settings, and so never for a first pull: it gets the analysis.
   */
  function heldPull(uri: string, previousResultId: string | undefined): string | undefined {
    if (!diagnosticRefresh || !previousResultId?.startsWith(`${generation}:`)) return undefined;
    const changed = changedAt.get(uri);
    const wait = changed === undefined ? 0 : debounceOf(settings) - (performance.now() - changed);
    if (wait <= 0) return undefined;
    if (pullRefreshTimer) clearTimeout(pullRefreshTimer);
    pullRefreshTimer = setTimeout(() => {
      pullRefreshTimer = undefined;
      connection.languages.diagnostics.refresh();
    }, wait);
    return previousResultId;
  }

  connection.languages.diagnostics.on((params, token) => {
    // Cancelled: the client asks again for the newer text; nothing to compute for the old one.
    if (token.isCancellationRequested) return cancelled({ retriggerRequest: false });
    const document = documents.get(params.textDocument.uri);
    if (!document || settings.enable === false) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const held = heldPull(document.uri, params.previousResultId);
    if (held) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: held };
    const id = resultId(document);
    if (params.previousResultId === id && stateOf(document.uri).version === document.version) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: id };
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId: id, items: view(document).diagnostics };
  });

  connection.onDocumentSymbol(
    // The engine's symbols are LSP-shaped; its `kind` is a plain number from the same table.
    guard('documentSymbol', [] as LspDocumentSymbol[], (document) => documentSymbols(current(document).dossiers, locale()) as LspDocumentSymbol[]),
  );

  connection.onFoldingRanges(
    guard('foldingRange', [], (document) => {
      const result = current(document);
      return foldingRanges(result.dossiers, result.lines);
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [] as LspCodeAction[], (document, params) => {
      if (settings.enable === false || isReadOnlyDocument(document.uri)) return [];
      const { result, diagnostics, state } = view(document);
      return codeActions(
        { uri: document.uri, lines: result.lines, dossiers: result.dossiers, diagnostics, locale: state.analyzer.options.locale },
        { range: params.range, diagnostics: params.context.diagnostics as Partial<Diagnostic>[], only: params.context.only },
      ) as LspCodeAction[];
    }),
  );

  connection.onHover(
    guard('hover', null as LspHover | null, (document, params) => {
      if (settings.enable === false) return null;
      const { result, diagnostics, state } = view(document);
      const workspace = { files: openFiles(document.uri) };
      const found = hover({ dossiers: result.dossiers, diagnostics, workspace }, params.position, state.analyzer.options);
      return (withLawLinks(found, diagnostics, params.position, state.analyzer.options.locale) as LspHover | undefined) ?? null;
    }),
  );

  connection.languages.inlayHint.on(
    guard('inlayHint', [] as LspInlayHint[], (document, params) => {
      if (settings.enable === false || !inlayHintsEnabled(settings)) return [];
      const { result, diagnostics, state } = view(document);
      return inlayHints({ dossiers: result.dossiers, diagnostics }, params.range, state.analyzer.options) as LspInlayHint[];
    }),
  );

  connection.onCodeLens(
    guard('codeLens', [] as LspCodeLens[], (document) => {
      if (settings.enable === false) return [];
      const { result, diagnostics, state } = view(document);
      return codeLenses({ dossiers: result.dossiers, diagnostics }, state.analyzer.options, document.uri) as LspCodeLens[];
    }),
  );

  connection.onDocumentLinks(
    guard('documentLink', [] as LspDocumentLink[], (document) => {
      if (settings.enable === false) return [];
      const { result, state } = view(document);
      return documentLinks(result.dossiers, state.analyzer.options.locale) as LspDocumentLink[];
    }),
  );

  connection.onCompletion(
    guard('completion', { isIncomplete: false, items: [] } as LspCompletionList, (document, params) => {
      if (settings.enable === false) return { isIncomplete: false, items: [] };
      const { result, state } = view(document);
      return completions({ lines: result.lines, dossiers: result.dossiers }, params.position, state.analyzer.options, {
        commissions: commissionsOf(settings),
      }) as LspCompletionList;
    }),
  );

  connection.onRequest(MEETING_LIST_REQUEST, (params: MeetingListRequest) => meetingListAnswer(params));

  /**
   * The list of deliberations of the files the client sends: an open document as edited, any other
   * from the text the client read, through the model only (no rule runs). Never throws.
   */
  function meetingListAnswer(params: MeetingListRequest | undefined): MeetingListAnswer | ResponseError {
    const fr = locale() === 'fr';
    const format = isMeetingListFormat(params?.format) ? params.format : 'md';
    const notices: string[] = [];
    const inputs: MeetingListInput[] = [];
    try {
      for (const sent of Array.isArray(params?.documents) ? params.documents : []) {
        if (typeof sent?.uri !== 'string') continue;
        const open = documents.get(sent.uri);
        const document = open ?? TextDocument.create(sent.uri, 'deliberation', 0, typeof sent.text === 'string' ? sent.text : '');
        const skipped = tooLargeOrBinary(document);
        if (skipped) {
          notices.push(fr ? `${shortPath(sent.uri)} : ${skipped === 'size' ? `dépasse ${MAX_DOCUMENT_MB} Mo` : 'semble binaire'}, non lu` : `${shortPath(sent.uri)}: ${skipped === 'size' ? `over ${MAX_DOCUMENT_MB} MB` : 'looks binary'}, not read`);
          continue;
        }
        if (open) {
          const { result, state } = view(open);
          inputs.push({ dossiers: result.dossiers, source: shortPath(sent.uri), options: state.analyzer.options });
        } else {
          const reader = createAnalyzer({ ...optionsFor(sent.uri), ruleModules: [] });
          inputs.push({ dossiers: reader.analyze(document.getText(), { uri: sent.uri }).dossiers, source: shortPath(sent.uri), options: reader.options });
        }
      }
      return answerMeetingList(inputs, format, fr ? 'fr' : 'en', notices);
    } catch (error) {
      connection.console.error(`delibera: the meeting list failed: ${(error as Error)?.stack ?? error}`);
      return new ResponseError(ErrorCodes.InternalError, fr ? 'la liste des délibérations n’a pas pu être établie' : 'the list of deliberations could not be made');
    }
  }

  documents.listen(connection);
  connection.listen();
}
