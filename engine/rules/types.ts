/**
 * The rule contract, after ESLint's rule modules: one module per rule, with its id, default severity,
 * docs and a `check` that reads the model (never the text) and reports diagnostics.
 */
import type { Dossier, Range, TemplateId } from '../model/types';
import type { ResolvedOptions } from '../options';
import type { WorkspaceFacts } from '../workspace/facts';

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

/**
 * One way to fix a report: replace `range` with `text` (an insertion when the range is empty).
 * Computed by the rule, which knows how the figure is written (its separators, decimals, `€`).
 */
export interface Fix {
  title: Message;
  range: Range;
  text: string;
  /** The one obvious fix: applied by a single keystroke and by `source.fixAll`. Never set when the
   * error could be on either side (a total vs its rows, a visa date vs the report's date). */
  preferred?: boolean;
  /** Further edits applied with this one, as one change: a renumbering also moves the references. */
  also?: FixEdit[];
}

export interface FixEdit {
  range: Range;
  text: string;
}

export interface RuleReport {
  range: Range;
  message: Message;
  related?: RelatedLocation[];
  /** What a quick fix needs: e.g. `{ expected: '44', actual: '43' }`. */
  data?: Record<string, unknown>;
  /** Ready-made edits, offered as quick fixes (carried in the diagnostic's `data.fixes`). */
  fixes?: Fix[];
  /**
   * At most this severity: a note a rule adds beside its findings (the seats of the configured
   * population) is information even where the rule's findings are errors. A severity configured
   * lower for the rule still wins.
   */
  severity?: Severity;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** `dossier` rules see one dossier and are cached with it; `file` rules see every dossier. */
  scope: 'dossier' | 'file';
  description: Message;
  /**
   * The templates whose documents the rule judges; every template when absent. A rule written for
   * one template's model (the Commission Permanente's visas, its vote block) must not judge the
   * others, which write those parts otherwise or not at all.
   */
  templates?: readonly TemplateId[];
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
  /** The workspace's other deliberation files, when the caller knows them. */
  workspace?: WorkspaceFacts;
}

export type Rule =
  | (RuleMeta & { scope: 'dossier'; check(context: DossierContext): void })
  | (RuleMeta & { scope: 'file'; check(context: FileContext): void });
