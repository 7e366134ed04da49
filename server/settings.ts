/**
 * VS Code settings (`delibera.*`) the server reads itself. What they mean for the analysis goes
 * through engine/config (`applySettings`), the same path as `.delibera.json`.
 */

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

/** The keys a settings object holds: how an object given directly is told from one wrapped in `delibera`. */
const SETTING_KEYS = ['enable', 'language', 'rules', 'collectivite', 'assembly', 'visas', 'debounce', 'inlayHints', 'commissions'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The settings a client gives without being asked (`initializationOptions`, the `settings` of
 * `workspace/didChangeConfiguration`), for clients that do not answer `workspace/configuration`:
 * `{ delibera: {…} }` as editors nest them, `{ settings: {…} }` as the VS Code client sends them,
 * or the settings object itself. Undefined when the value holds none.
 */
export function pushedSettings(value: unknown): DeliberaSettings | undefined {
  if (!isObject(value)) return undefined;
  if (isObject(value.delibera)) return value.delibera as DeliberaSettings;
  if (isObject(value.settings)) return pushedSettings(value.settings);
  if (Object.keys(value).some((key) => SETTING_KEYS.includes(key))) {
    const { locale: _locale, ...rest } = value;
    return rest as DeliberaSettings;
  }
  return undefined;
}
