/**
 * Delibera's engine: pure TypeScript, no editor dependency. The server, the CLI and the tests all
 * call `createAnalyzer(options).analyze(text)`.
 */
export { createAnalyzer } from './analyzer';
export type { Analyzer, AnalysisResult, AnalyzeOptions, AnalyzerStats, CreateAnalyzerOptions, TextChange } from './analyzer';
export type { Diagnostic } from './diagnostics';
export type { AnalyzerOptions, ResolvedOptions } from './options';
export { resolveOptions } from './options';
export { rules } from './rules/index';
export type { Rule, RuleReport, Severity, SeveritySetting, Locale, Message } from './rules/types';
export * from './model/types';
export { summarizeFile } from './workspace/facts';
export type { WorkspaceFacts, FileSummary } from './workspace/facts';
export { documentSymbols } from './features/symbols';
export { foldingRanges } from './features/folding';
export { hover } from './features/hover';
export { codeActions, fixAll } from './features/code-actions';
export { inlayHints } from './features/inlay-hints';
export { codeLenses } from './features/code-lens';
export { completions } from './features/completion';
export { deliberationSkeleton } from './features/skeleton';
export { parseConfig, configToOptions, createConfigResolver, optionsForFolder } from './config/index';
// VS Code loads the extension from `main`, which is this bundle: these load dist/extension.js only
// when VS Code calls them, so library users never load `vscode`.
export { activate, deactivate } from '../client/lazy-entry';
