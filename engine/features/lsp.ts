/**
 * The editor features' result shapes: LSP's, declared here so that the engine stays free of any
 * editor or protocol dependency. The server passes them through unchanged.
 */
import type { Diagnostic } from '../diagnostics';
import type { Position, Range } from '../text/lines';

export type { Position, Range };

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}

export interface WorkspaceEdit {
  changes: Record<string, TextEdit[]>;
}

export interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  /** Run by the client after the edit is applied. */
  command?: Command;
}

export interface MarkupContent {
  kind: 'markdown';
  value: string;
}

export interface Hover {
  contents: MarkupContent;
  range?: Range;
}

/** LSP InlayHintKind: 1 type, 2 parameter. */
export interface InlayHint {
  position: Position;
  label: string;
  kind?: 1 | 2;
  tooltip?: string | MarkupContent;
  paddingLeft?: boolean;
  paddingRight?: boolean;
}

/** A link in the document (LSP DocumentLink): an article a visa cites, to Légifrance. */
export interface DocumentLink {
  range: Range;
  target: string;
  tooltip?: string;
}

export interface CodeLens {
  range: Range;
  command?: Command;
}

/** LSP CompletionItemKind values used here. */
export const CompletionKind = { Text: 1, Keyword: 14, Snippet: 15, Reference: 18, Value: 12, EnumMember: 20, Constant: 21 } as const;

export interface CompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | MarkupContent;
  sortText?: string;
  filterText?: string;
  /** 1 plain text, 2 snippet. */
  insertTextFormat?: 1 | 2;
  textEdit?: TextEdit;
  preselect?: boolean;
}

export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

/** Client-side commands the features ask for (registered by client/extension.ts). */
export const CLIENT_COMMANDS = {
  /** `(uri: string, range: Range)`: select a range in the editor (a placeholder to type over). */
  select: 'delibera.selectRange',
  /** `(uri: string, range: Range)`: show the Problems view and the first problem of a dossier. */
  showDossierProblems: 'delibera.showDossierProblems',
} as const;

/** The code action kind of « fix all »: `source.fixAll.delibera` (usable in editor.codeActionsOnSave). */
export const FIX_ALL_KIND = 'source.fixAll.delibera';
export const QUICK_FIX_KIND = 'quickfix';
