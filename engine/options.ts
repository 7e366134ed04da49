/**
 * Analyzer options: plain data, the same whether they come from VS Code settings, `.delibera.json`
 * or the CLI. Defaults fit a Conseil départemental's Commission Permanente; nothing here is specific
 * to one département.
 */
import type { TemplateId } from './model/types';
import type { Locale, SeveritySetting } from './rules/types';

export interface AnalyzerOptions {
  /** Message language; French by default. */
  locale?: Locale | string;
  /** Severity per rule id (`off` disables the rule). */
  rules?: Record<string, SeveritySetting>;
  assembly?: {
    /** Members in office (voting), when known. */
    size?: number | null;
    members?: string[];
  };
  visas?: {
    /** Patterns (regular expressions, case-insensitive) a deliberation's visas must match. */
    required?: string[];
    /** Number of the délégation d'attributions in force, e.g. `2021-257`. */
    delegation?: string | null;
  };
  /** Forces the template of the documents (a folder of one collectivité's acts); detected when absent. */
  template?: TemplateId | null;
}

export interface ResolvedOptions {
  locale: Locale;
  rules: Record<string, SeveritySetting>;
  assembly: { size: number | null; members: string[] };
  visas: { required: string[] | null; delegation: string | null };
  template: TemplateId | null;
}

export function resolveOptions(options: AnalyzerOptions = {}): ResolvedOptions {
  return {
    locale: normalizeLocale(options.locale),
    rules: { ...(options.rules ?? {}) },
    assembly: {
      size: typeof options.assembly?.size === 'number' ? options.assembly.size : null,
      members: options.assembly?.members ?? [],
    },
    visas: {
      required: options.visas?.required ?? null,
      delegation: options.visas?.delegation ?? null,
    },
    template: options.template ?? null,
  };
}

/** `fr`, `fr-FR`, `fr-ca` → fr; `en`, `en-US` → en; anything else → fr (our users are French). */
export function normalizeLocale(locale: string | undefined): Locale {
  return typeof locale === 'string' && /^en\b/i.test(locale) ? 'en' : 'fr';
}
