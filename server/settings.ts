/** VS Code settings (`delibera.*`) → the engine's plain options. */
import type { AnalyzerOptions } from '../engine/options';

export interface DeliberaSettings {
  enable?: boolean;
  language?: 'auto' | 'fr' | 'en';
  rules?: Record<string, string>;
  assembly?: { size?: number | null; members?: string[] };
  visas?: { required?: string[]; delegation?: string | null };
  debounce?: number;
  inlayHints?: { enable?: boolean };
  /** Names of the thematic commissions, the first being the 1ère (visa completion). */
  commissions?: string[];
}

export const DEFAULT_DEBOUNCE_MS = 200;

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Settings as the client sent them (any shape) → engine options; unknown values are dropped. */
export function toAnalyzerOptions(settings: DeliberaSettings | undefined, clientLocale: string | undefined): AnalyzerOptions {
  const language = settings?.language;
  const rules: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'> = {};
  for (const [id, severity] of Object.entries(settings?.rules ?? {})) {
    if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[id] = severity as 'error';
  }
  return {
    locale: language === 'fr' || language === 'en' ? language : clientLocale,
    rules,
    assembly: {
      size: typeof settings?.assembly?.size === 'number' ? settings.assembly.size : null,
      members: Array.isArray(settings?.assembly?.members) ? settings.assembly.members.filter((m) => typeof m === 'string') : [],
    },
    visas: {
      required: Array.isArray(settings?.visas?.required) ? settings.visas.required : undefined,
      delegation: typeof settings?.visas?.delegation === 'string' ? settings.visas.delegation : null,
    },
  };
}

export function debounceOf(settings: DeliberaSettings | undefined): number {
  const value = settings?.debounce;
  return typeof value === 'number' && value >= 0 && value <= 5000 ? value : DEFAULT_DEBOUNCE_MS;
}

export function inlayHintsEnabled(settings: DeliberaSettings | undefined): boolean {
  return settings?.inlayHints?.enable !== false;
}

/** The configured commission names, if the setting is a non-empty list of strings. */
export function commissionsOf(settings: DeliberaSettings | undefined): string[] | undefined {
  const value = settings?.commissions;
  if (!Array.isArray(value)) return undefined;
  const names = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return names.length > 0 ? names : undefined;
}
