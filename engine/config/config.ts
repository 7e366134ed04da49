/**
 * `.delibera.json`: parsed, checked against the shipped schema, merged along the folders and with
 * the editor's settings, then turned into the analyzer's options. Pure: the caller reads the files.
 * An invalid value never reaches the analyzer: it is dropped and reported with its key, so a
 * half-written config costs one key, never the whole check nor a crash.
 */
import type { CollectiviteKind, TemplateId } from '../model/types';
import type { AnalyzerOptions } from '../options';
import { findRule } from '../rules/index';
import type { Message, SeveritySetting } from '../rules/types';
import { isPlainObject, validateAgainstSchema, type JsonPath, type JsonSchema } from './json-schema';
import schemaJson from '../../schemas/delibera.schema.json';

export const CONFIG_FILE_NAME = '.delibera.json';

/** The schema shipped in `schemas/delibera.schema.json` (also registered for VS Code). */
export const CONFIG_SCHEMA: JsonSchema = schemaJson as JsonSchema;

export interface DeliberaConfig {
  $schema?: string;
  /** Stop the lookup at this file: the parent folders' configs are not merged. */
  root?: boolean;
  language?: 'auto' | 'fr' | 'en';
  rules?: Record<string, SeveritySetting>;
  assembly?: { size?: number | null; members?: string[] };
  collectivite?: CollectiviteConfig;
  /** Forces the template of the folder's documents. */
  template?: TemplateId;
  visas?: { required?: string[] | null; delegation?: string | null };
  /** Glob patterns relative to the config file's folder. */
  ignore?: string[];
  export?: { baseUrl?: string; matiere?: string };
}

export interface CollectiviteConfig {
  kind?: CollectiviteKind;
  name?: string;
  /** 14 digits. */
  siret?: string;
  population?: number;
  /** Seats in office: `assembly.size` under its new name (this one wins). */
  members?: number;
  groups?: string[];
}

export interface ConfigProblem {
  /** The config file (path or URI, as the caller named it). */
  source: string;
  /** Dotted key (`assembly.size`, `rules.vote-total`, `visas.required[1]`); empty for the whole file. */
  key: string;
  /** `error`: the value was dropped; `warning`: kept, but probably not what was meant. */
  severity: 'error' | 'warning';
  message: Message;
  /** 1-based position, for JSON syntax errors. */
  line?: number;
  column?: number;
}

export interface ParsedConfig {
  /** The valid part of the file (invalid values removed). */
  config: DeliberaConfig;
  problems: ConfigProblem[];
}

/** Parses and validates the text of a `.delibera.json` file. Never throws. */
export function parseConfig(text: string, source: string): ParsedConfig {
  const body = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  if (body.trim() === '') {
    return { config: {}, problems: [{ source, key: '', severity: 'error', message: { fr: 'fichier vide : attendu un objet JSON { … }', en: 'empty file: expected a JSON object { … }' } }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { config: {}, problems: [syntaxProblem(body, source, error)] };
  }
  return validateConfig(value, source);
}

/** Checks an already parsed value (e.g. from the editor) against the schema. Never throws. */
export function validateConfig(value: unknown, source: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const issues = validateAgainstSchema(value, CONFIG_SCHEMA);
  for (const issue of issues) problems.push({ source, key: formatPath(issue.path), severity: 'error', message: issue.message });
  if (issues.some((issue) => issue.path.length === 0)) return { config: {}, problems };
  const config = pruneInvalid(value as Record<string, unknown>, issues.map((issue) => issue.path)) as DeliberaConfig;
  for (const id of Object.keys(config.rules ?? {})) {
    if (!findRule(id)) {
      problems.push({
        source,
        key: formatPath(['rules', id]),
        severity: 'warning',
        message: { fr: `règle inconnue "${id}" (ignorée)`, en: `unknown rule "${id}" (ignored)` },
      });
    }
  }
  problems.push(...collectiviteWarnings(config, source));
  return { config, problems };
}

/**
 * What the schema cannot say about a valid collectivité: a SIRET whose check digit is wrong (kept:
 * La Poste's establishments are numbered outside the Luhn rule, and a typo is the user's to see),
 * and two different seat counts under `assembly.size` and `collectivite.members`.
 */
function collectiviteWarnings(config: DeliberaConfig, source: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const siret = config.collectivite?.siret;
  if (siret !== undefined && !isValidSiret(siret)) {
    problems.push({
      source,
      key: 'collectivite.siret',
      severity: 'warning',
      message: {
        fr: `SIRET "${siret}" : la clé de contrôle (formule de Luhn) est fausse ; vérifiez le numéro sur l'annuaire des entreprises`,
        en: `SIRET "${siret}": the check digit (Luhn formula) is wrong; check the number in the business register`,
      },
    });
  }
  const members = config.collectivite?.members;
  const size = config.assembly?.size;
  if (typeof members === 'number' && typeof size === 'number' && members !== size) {
    problems.push({
      source,
      key: 'assembly.size',
      severity: 'warning',
      message: {
        fr: `${size} membres en exercice ici, ${members} dans "collectivite.members" : c'est "collectivite.members" qui compte`,
        en: `${size} members in office here, ${members} in "collectivite.members": "collectivite.members" is the one used`,
      },
    });
  }
  return problems;
}

/** SIREN 356 000 000: La Poste numbers its establishments so that the SIRET's digits add up to a multiple of 5. */
const LA_POSTE_SIREN = '356000000';

/** 14 digits with a valid Luhn check digit, or La Poste's own rule. */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (luhn(siret)) return true;
  if (siret.startsWith(LA_POSTE_SIREN)) return [...siret].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  return false;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum % 10 === 0;
}

/** Merges configs from the farthest folder to the nearest: nearer values win, `rules` merge per id. */
export function mergeConfigs(configs: readonly DeliberaConfig[]): DeliberaConfig {
  const merged: DeliberaConfig = {};
  for (const config of configs) {
    if (config.language !== undefined) merged.language = config.language;
    if (config.rules) merged.rules = { ...merged.rules, ...config.rules };
    if (config.assembly) merged.assembly = { ...merged.assembly, ...definedOnly(config.assembly) };
    if (config.collectivite) merged.collectivite = mergeCollectivite(merged.collectivite, config.collectivite);
    if (config.template !== undefined) merged.template = config.template;
    if (config.visas) merged.visas = { ...merged.visas, ...definedOnly(config.visas) };
    if (config.export) merged.export = { ...merged.export, ...definedOnly(config.export) };
  }
  return merged;
}

/**
 * A nearer collectivité over a farther one. Keys complete the inherited ones (a sub-folder giving
 * only `members` after a by-election), except that a `name` or a `siret` names another collectivité
 * (a member commune's folder under its EPCI's): the inherited identity and figures are then dropped,
 * so that no row is ever written with one collectivité's name and another's SIRET.
 */
function mergeCollectivite(far: CollectiviteConfig | undefined, near: CollectiviteConfig): CollectiviteConfig {
  const own = definedOnly(near);
  if (!far) return own;
  const renamed = (own.name !== undefined && own.name !== far.name) || (own.siret !== undefined && own.siret !== far.siret);
  return renamed ? own : { ...far, ...own };
}

/**
 * The editor's settings (`delibera.*` without the prefix) over a merged config. VS Code hands every
 * setting with its default filled in, so only values that differ from the defaults override: a
 * language other than `auto`, rule severities, an assembly size, a non-empty member list, a list
 * of required visas, a delegation number, the keys given in `collectivite`. Settings of the wrong
 * shape are ignored.
 */
export function applySettings(config: DeliberaConfig, settings: unknown): DeliberaConfig {
  if (!isPlainObject(settings)) return config;
  const out: DeliberaConfig = { ...config };
  const language = settings.language;
  if (language === 'fr' || language === 'en') out.language = language;
  if (isPlainObject(settings.rules)) {
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, severity] of Object.entries(settings.rules)) {
      if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[id] = severity as SeveritySetting;
    }
    if (Object.keys(rules).length > 0) out.rules = { ...config.rules, ...rules };
  }
  const assembly = isPlainObject(settings.assembly) ? settings.assembly : {};
  const size = assembly.size;
  if (typeof size === 'number' && Number.isInteger(size) && size >= 1) out.assembly = { ...out.assembly, size };
  const members = assembly.members;
  if (Array.isArray(members) && members.length > 0) {
    out.assembly = { ...out.assembly, members: members.filter((m): m is string => typeof m === 'string' && m.length > 0) };
  }
  const visas = isPlainObject(settings.visas) ? settings.visas : {};
  if (Array.isArray(visas.required)) {
    out.visas = { ...out.visas, required: visas.required.filter((p): p is string => typeof p === 'string' && p.length > 0) };
  }
  if (typeof visas.delegation === 'string' && visas.delegation !== '') out.visas = { ...out.visas, delegation: visas.delegation };
  const collectivite = settingsCollectivite(settings.collectivite);
  if (collectivite) out.collectivite = mergeCollectivite(out.collectivite, collectivite);
  return out;
}

/** The valid keys of the `delibera.collectivite` setting (checked by the schema), or undefined when none is set. */
function settingsCollectivite(value: unknown): CollectiviteConfig | undefined {
  if (!isPlainObject(value)) return undefined;
  const { config } = validateConfig({ collectivite: value }, 'settings');
  const collectivite = config.collectivite ? definedOnly(config.collectivite) : {};
  // The setting's default is an empty list of groups: it says nothing.
  if (Array.isArray(collectivite.groups) && collectivite.groups.length === 0) delete collectivite.groups;
  return Object.keys(collectivite).length > 0 ? collectivite : undefined;
}

/** A merged config as analyzer options; `fallbackLocale` stands for `auto` or no language. */
export function configToOptions(config: DeliberaConfig, fallbackLocale?: string): AnalyzerOptions {
  const options: AnalyzerOptions = {
    locale: config.language === 'fr' || config.language === 'en' ? config.language : fallbackLocale,
    rules: { ...(config.rules ?? {}) },
  };
  if (config.assembly) {
    options.assembly = {};
    if (config.assembly.size !== undefined) options.assembly.size = config.assembly.size;
    if (config.assembly.members !== undefined) options.assembly.members = [...config.assembly.members];
  }
  if (config.visas) {
    options.visas = {};
    if (Array.isArray(config.visas.required)) options.visas.required = [...config.visas.required];
    if (config.visas.delegation !== undefined) options.visas.delegation = config.visas.delegation;
  }
  if (config.collectivite) {
    const { groups, ...rest } = config.collectivite;
    options.collectivite = { ...rest, ...(groups !== undefined ? { groups: [...groups] } : {}) };
  }
  if (config.template !== undefined) options.template = config.template;
  if (config.export) options.export = { ...config.export };
  return options;
}

/** `file: key "assembly.size": message` in the given language. */
export function formatConfigProblem(problem: ConfigProblem, locale: 'fr' | 'en'): string {
  const where = problem.line !== undefined ? `${problem.source}:${problem.line}:${problem.column ?? 1}` : problem.source;
  const key = problem.key === '' ? '' : locale === 'fr' ? ` clé "${problem.key}" :` : ` key "${problem.key}":`;
  return `${where}:${key} ${problem.message[locale]}`;
}

/** `assembly.size`, `rules.vote-total`, `visas.required[1]`; odd keys quoted. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

function definedOnly<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) (out as Record<string, unknown>)[key] = item;
  return out;
}

/** A deep copy of `value` without the values at `paths` (array items removed, object keys deleted). */
function pruneInvalid(value: unknown, paths: readonly JsonPath[]): unknown {
  const copy = structuredCloneJson(value);
  // Deepest and last first, so that removing an array item does not shift a later path.
  const sorted = [...paths].sort((a, b) => b.length - a.length || comparePaths(b, a));
  for (const path of sorted) {
    let parent: unknown = copy;
    for (const part of path.slice(0, -1)) parent = parent == null ? undefined : (parent as Record<string | number, unknown>)[part];
    const last = path[path.length - 1];
    if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) parent.splice(last, 1);
    else if (isPlainObject(parent) && typeof last === 'string') delete parent[last];
  }
  return copy;
}

function comparePaths(a: JsonPath, b: JsonPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number);
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}

function structuredCloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneJson);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    // `__proto__` from JSON.parse is an own key; assigned here it would become a prototype.
    for (const [key, item] of Object.entries(value)) if (key !== '__proto__') out[key] = structuredCloneJson(item);
    return out;
  }
  return value;
}

/** A JSON syntax error with its line and column, from the engine's `at position N` message. */
function syntaxProblem(text: string, source: string, error: unknown): ConfigProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /\bposition (\d+)/.exec(raw);
  let line: number | undefined;
  let column: number | undefined;
  if (position) {
    const offset = Math.min(Number(position[1]), text.length);
    const before = text.slice(0, offset);
    line = before.split('\n').length;
    column = offset - (before.lastIndexOf('\n') + 1) + 1;
  }
  const at = raw.search(/ in JSON at position \d/);
  const detail = (at >= 0 ? raw.slice(0, at) : raw).trimEnd().replace(/^JSON\.parse: /, '');
  return {
    source,
    key: '',
    severity: 'error',
    line,
    column,
    message: { fr: `JSON invalide : ${detail}`, en: `invalid JSON: ${detail}` },
  };
}
