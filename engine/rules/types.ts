/**
 * The rule contract, after ESLint's rule modules: one module per rule, with its id, default severity,
 * docs and a `check` that reads the model (never the text) and reports diagnostics.
 */
import type { Dossier, Range } from '../model/types';
import type { ResolvedOptions } from '../options';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'fr' | 'en';

/** A message in both languages: French first. */
export interface Message {
  fr: string;
  en: string;
}

export interface RelatedLocation {
  range: Range;
  message: Message;
}

export interface RuleReport {
  range: Range;
  message: Message;
  related?: RelatedLocation[];
  /** What a quick fix needs: e.g. `{ expected: '44', replace: range }`. */
  data?: Record<string, unknown>;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** `dossier` rules see one dossier and are cached with it; `file` rules see every dossier. */
  scope: 'dossier' | 'file';
  description: Message;
}

export interface DossierContext {
  dossier: Dossier;
  options: ResolvedOptions;
  report(report: RuleReport): void;
}

export interface FileContext {
  dossiers: readonly Dossier[];
  options: ResolvedOptions;
  report(report: RuleReport): void;
}

export type Rule =
  | (RuleMeta & { scope: 'dossier'; check(context: DossierContext): void })
  | (RuleMeta & { scope: 'file'; check(context: FileContext): void });
