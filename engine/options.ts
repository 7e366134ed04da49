/**
 * Analyzer options: plain data, the same whether they come from VS Code settings, `.delibera.json`
 * or the CLI. Defaults fit a Conseil départemental's Commission Permanente; nothing here is specific
 * to one département.
 */
import type { CollectiviteKind, TemplateId } from './model/types';
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
  /** The collectivité whose acts these are, as configured (the text's own reading is the model's). */
  collectivite?: CollectiviteOptions;
  /** The open-data export (`delibera export`). */
  export?: { baseUrl?: string | null; matiere?: string | null };
}

export interface CollectiviteOptions {
  kind?: CollectiviteKind | null;
  /** Official name, e.g. `Ville de Poitiers` (SCDL `COLL_NOM`). */
  name?: string | null;
  /** 14 digits: SIREN + NIC (SCDL `COLL_SIRET`). */
  siret?: string | null;
  /** Inhabitants (the convocation delay and the seats depend on it). */
  population?: number | null;
  /** Seats in office; the same as `assembly.size`, and wins over it. */
  members?: number | null;
  /** Political groups of the assembly, as the vote lines name them. */
  groups?: string[];
}

export interface ResolvedOptions {
  locale: Locale;
  rules: Record<string, SeveritySetting>;
  assembly: { size: number | null; members: string[] };
  visas: { required: string[] | null; delegation: string | null };
  template: TemplateId | null;
  collectivite: {
    kind: CollectiviteKind | null;
    name: string | null;
    siret: string | null;
    population: number | null;
    /** Seats in office: `collectivite.members`, else `assembly.size` (always equal to `assembly.size` here). */
    members: number | null;
    groups: string[];
  };
  export: { baseUrl: string | null; matiere: string | null };
}

export function resolveOptions(options: AnalyzerOptions = {}): ResolvedOptions {
  const collectivite = options.collectivite ?? {};
  // One number under two names: the collectivité's seats win over the older `assembly.size`.
  const members = positiveInteger(collectivite.members) ?? positiveInteger(options.assembly?.size);
  return {
    locale: normalizeLocale(options.locale),
    rules: { ...(options.rules ?? {}) },
    assembly: {
      size: members,
      members: options.assembly?.members ?? [],
    },
    visas: {
      required: options.visas?.required ?? null,
      delegation: options.visas?.delegation ?? null,
    },
    template: options.template ?? null,
    collectivite: {
      kind: collectivite.kind ?? null,
      name: typeof collectivite.name === 'string' && collectivite.name.trim() !== '' ? collectivite.name.trim() : null,
      siret: typeof collectivite.siret === 'string' && collectivite.siret !== '' ? collectivite.siret : null,
      population: positiveInteger(collectivite.population),
      members,
      groups: [...(collectivite.groups ?? [])],
    },
    export: {
      baseUrl: typeof options.export?.baseUrl === 'string' && options.export.baseUrl !== '' ? options.export.baseUrl : null,
      matiere: typeof options.export?.matiere === 'string' && options.export.matiere !== '' ? options.export.matiere : null,
    },
  };
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null;
}

/** `fr`, `fr-FR`, `fr-ca` → fr; `en`, `en-US` → en; anything else → fr (our users are French). */
export function normalizeLocale(locale: string | undefined): Locale {
  return typeof locale === 'string' && /^en\b/i.test(locale) ? 'en' : 'fr';
}
