/**
 * The LSP adapter: keeps one analyzer per open document and answers from its latest model.
 * Diagnostics are pulled (`textDocument/diagnostic`, with result ids) by clients that can, and
 * pushed, debounced, to the others.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type DocumentSymbol as LspDocumentSymbol,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { createAnalyzer, type Analyzer, type AnalysisResult } from '../engine/analyzer';
import { foldingRanges } from '../engine/features/folding';
import { documentSymbols } from '../engine/features/symbols';
import { normalizeLocale } from '../engine/options';
import { debounceOf, toAnalyzerOptions, type DeliberaSettings } from './settings';

interface DocumentState {
  analyzer: Analyzer;
  version: number;
  result?: AnalysisResult;
  timer?: ReturnType<typeof setTimeout>;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  let clientLocale: string | undefined;
  let settings: DeliberaSettings = {};
  let pullDiagnostics = false;
  let canReadConfiguration = false;

  const makeAnalyzer = () => createAnalyzer(toAnalyzerOptions(settings, clientLocale));
  const locale = () => normalizeLocale(toAnalyzerOptions(settings, clientLocale).locale as string | undefined);

  function stateOf(uri: string): DocumentState {
    let state = states.get(uri);
    if (!state) {
      state = { analyzer: makeAnalyzer(), version: -1 };
      states.set(uri, state);
    }
    return state;
  }

  /** The analysis of the document's current text, computed now if the text moved on. */
  function current(document: TextDocument): AnalysisResult {
    const state = stateOf(document.uri);
    if (!state.result || state.version !== document.version) {
      state.result = safeAnalyze(state.analyzer, document);
      state.version = document.version;
    }
    return state.result;
  }

  /** A bug in the engine must cost the user diagnostics, never the server: log it and go on. */
  function safeAnalyze(analyzer: Analyzer, document: TextDocument): AnalysisResult {
    try {
      return analyzer.analyze(document.getText(), { uri: document.uri });
    } catch (error) {
      connection.console.error(`delibera: analysis of ${document.uri} failed: ${(error as Error)?.stack ?? error}`);
      return { dossiers: [], diagnostics: [], lines: [] };
    }
  }

  function resultId(document: TextDocument): string {
    return `${document.version}`;
  }

  function publish(document: TextDocument): void {
    if (settings.enable === false) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return;
    }
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: current(document).diagnostics });
  }

  function schedule(document: TextDocument): void {
    if (pullDiagnostics) return;
    const state = stateOf(document.uri);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const latest = documents.get(document.uri);
      if (latest) publish(latest);
    }, debounceOf(settings));
  }

  async function loadSettings(): Promise<void> {
    if (!canReadConfiguration) return;
    try {
      const value = (await connection.workspace.getConfiguration('delibera')) as DeliberaSettings | null;
      settings = value ?? {};
    } catch {
      settings = {};
    }
    for (const state of states.values()) {
      state.analyzer = makeAnalyzer();
      state.result = undefined;
      state.version = -1;
    }
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else documents.all().forEach(publish);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = params.initializationOptions as { locale?: string; settings?: DeliberaSettings } | undefined;
    clientLocale = options?.locale ?? params.locale;
    if (options?.settings) settings = options.settings;
    pullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    canReadConfiguration = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Delibera' },
        foldingRangeProvider: true,
        ...(pullDiagnostics
          ? { diagnosticProvider: { identifier: 'delibera', interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'delibera' },
    };
  });

  connection.onInitialized(() => {
    void loadSettings();
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { delibera?: DeliberaSettings } | undefined)?.delibera;
    if (!canReadConfiguration && pushed) settings = pushed;
    void loadSettings();
  });

  documents.onDidOpen((event) => schedule(event.document));
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    const state = states.get(event.document.uri);
    if (state?.timer) clearTimeout(state.timer);
    states.delete(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || settings.enable === false) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const id = resultId(document);
    if (params.previousResultId === id && stateOf(document.uri).version === document.version) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: id };
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId: id, items: current(document).diagnostics };
  });

  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    // The engine's symbols are LSP-shaped; its `kind` is a plain number from the same table.
    return document ? (documentSymbols(current(document).dossiers, locale()) as LspDocumentSymbol[]) : [];
  });

  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const result = current(document);
    return foldingRanges(result.dossiers, result.lines);
  });

  documents.listen(connection);
  connection.listen();
}
