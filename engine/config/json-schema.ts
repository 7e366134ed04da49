/**
 * The few JSON Schema (draft-07) keywords that `schemas/delibera.schema.json` uses, checked here so
 * that the schema VS Code validates `.delibera.json` with is also the one the CLI and the server
 * apply: one source of truth. A keyword outside `SUPPORTED_KEYWORDS` is a schema change this file
 * must learn first (a test walks the schema for that).
 */
import type { Message } from '../rules/types';

export interface JsonSchema {
  type?: JsonType | JsonType[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minLength?: number;
  minimum?: number;
  uniqueItems?: boolean;
  pattern?: string;
  format?: string;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  [annotation: string]: unknown;
}

export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

/** Path of a value inside the document: property names and array indices. */
export type JsonPath = readonly (string | number)[];

export interface SchemaIssue {
  path: JsonPath;
  keyword: string;
  message: Message;
}

export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  'type', 'enum', 'properties', 'additionalProperties', 'propertyNames', 'items', 'minLength', 'minimum',
  'uniqueItems', 'pattern', 'format', '$ref', 'definitions',
  // Annotations: no effect on validity.
  '$schema', '$id', '$comment', 'title', 'description', 'markdownDescription', 'default', 'examples',
]);

/** Validates `value` against `schema`; `root` resolves `#/definitions/…` references. Never throws. */
export function validateAgainstSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  visit(value, schema, root, [], issues, 0);
  return issues;
}

const MAX_DEPTH = 32;

function visit(value: unknown, schema: JsonSchema, root: JsonSchema, path: JsonPath, issues: SchemaIssue[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (schema.$ref !== undefined) {
    const target = resolveRef(schema.$ref, root);
    if (target) visit(value, target, root, path, issues, depth + 1);
    return;
  }
  if (schema.type !== undefined && !hasType(value, schema.type)) {
    issues.push({ path, keyword: 'type', message: typeMessage(schema.type, value) });
    return;
  }
  if (schema.enum !== undefined && !schema.enum.some((allowed) => allowed === value)) {
    const list = schema.enum.map((allowed) => JSON.stringify(allowed)).join(', ');
    issues.push({
      path,
      keyword: 'enum',
      message: { fr: `doit valoir ${list} (trouvé ${show(value)})`, en: `must be one of ${list} (found ${show(value)})` },
    });
    return;
  }
  if (typeof value === 'string') checkString(value, schema, path, issues);
  else if (typeof value === 'number') checkNumber(value, schema, path, issues);
  else if (Array.isArray(value)) checkArray(value, schema, root, path, issues, depth);
  else if (isPlainObject(value)) checkObject(value, schema, root, path, issues, depth);
}

function checkString(value: string, schema: JsonSchema, path: JsonPath, issues: SchemaIssue[]): void {
  if (schema.minLength !== undefined && [...value].length < schema.minLength) {
    issues.push({
      path,
      keyword: 'minLength',
      message: schema.minLength === 1
        ? { fr: 'ne doit pas être vide', en: 'must not be empty' }
        : { fr: `doit compter au moins ${schema.minLength} caractères`, en: `must have at least ${schema.minLength} characters` },
    });
    return;
  }
  if (schema.pattern !== undefined && !safeTest(schema.pattern, value)) {
    issues.push({
      path,
      keyword: 'pattern',
      message: { fr: `${show(value)} n'a pas la forme attendue (${schema.pattern})`, en: `${show(value)} does not have the expected form (${schema.pattern})` },
    });
    return;
  }
  if (schema.format === 'regex') {
    const error = regexError(value);
    if (error !== undefined) {
      issues.push({
        path,
        keyword: 'format',
        message: { fr: `expression régulière invalide ${show(value)} : ${error}`, en: `invalid regular expression ${show(value)}: ${error}` },
      });
    }
  }
}

function checkNumber(value: number, schema: JsonSchema, path: JsonPath, issues: SchemaIssue[]): void {
  if (schema.minimum !== undefined && value < schema.minimum) {
    issues.push({
      path,
      keyword: 'minimum',
      message: { fr: `doit être au moins ${schema.minimum} (trouvé ${value})`, en: `must be at least ${schema.minimum} (found ${value})` },
    });
  }
}

function checkArray(value: unknown[], schema: JsonSchema, root: JsonSchema, path: JsonPath, issues: SchemaIssue[], depth: number): void {
  if (schema.items) value.forEach((item, index) => visit(item, schema.items!, root, [...path, index], issues, depth + 1));
  if (schema.uniqueItems) {
    const seen = new Map<string, number>();
    value.forEach((item, index) => {
      const key = JSON.stringify(item) ?? 'undefined';
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        issues.push({
          path: [...path, index],
          keyword: 'uniqueItems',
          message: { fr: `doublon de l'élément ${first} (${show(item)})`, en: `duplicate of item ${first} (${show(item)})` },
        });
      }
    });
  }
}

function checkObject(
  value: Record<string, unknown>,
  schema: JsonSchema,
  root: JsonSchema,
  path: JsonPath,
  issues: SchemaIssue[],
  depth: number,
): void {
  const known = schema.properties ?? {};
  for (const key of Object.keys(value)) {
    const keyPath = [...path, key];
    if (schema.propertyNames?.pattern !== undefined && !safeTest(schema.propertyNames.pattern, key)) {
      issues.push({
        path: keyPath,
        keyword: 'propertyNames',
        message: { fr: `nom de clé invalide (attendu : ${schema.propertyNames.pattern})`, en: `invalid key name (expected: ${schema.propertyNames.pattern})` },
      });
      continue;
    }
    if (Object.hasOwn(known, key)) visit(value[key], known[key], root, keyPath, issues, depth + 1);
    else if (schema.additionalProperties === false) {
      const guess = closestName(key, Object.keys(known));
      issues.push({
        path: keyPath,
        keyword: 'additionalProperties',
        message: guess
          ? { fr: `clé inconnue ; vouliez-vous dire "${guess}" ?`, en: `unknown key; did you mean "${guess}"?` }
          : { fr: `clé inconnue (clés possibles : ${Object.keys(known).join(', ')})`, en: `unknown key (known keys: ${Object.keys(known).join(', ')})` },
      });
    } else if (isPlainObject(schema.additionalProperties)) {
      visit(value[key], schema.additionalProperties, root, keyPath, issues, depth + 1);
    }
  }
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema | undefined {
  const match = /^#\/definitions\/([^/]+)$/.exec(ref);
  return match ? root.definitions?.[match[1]] : undefined;
}

function hasType(value: unknown, type: JsonType | JsonType[]): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((one) => {
    switch (one) {
      case 'null': return value === null;
      case 'boolean': return typeof value === 'boolean';
      case 'string': return typeof value === 'string';
      case 'number': return typeof value === 'number' && Number.isFinite(value);
      case 'integer': return typeof value === 'number' && Number.isInteger(value);
      case 'array': return Array.isArray(value);
      case 'object': return isPlainObject(value);
      default: return false;
    }
  });
}

const TYPE_NAMES: Record<JsonType, Message> = {
  object: { fr: 'un objet { … }', en: 'an object { … }' },
  array: { fr: 'une liste [ … ]', en: 'an array [ … ]' },
  string: { fr: 'une chaîne "…"', en: 'a string "…"' },
  integer: { fr: 'un nombre entier', en: 'an integer' },
  number: { fr: 'un nombre', en: 'a number' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  null: { fr: 'null', en: 'null' },
};

function typeMessage(type: JsonType | JsonType[], value: unknown): Message {
  const types = Array.isArray(type) ? type : [type];
  const fr = types.map((one) => TYPE_NAMES[one]?.fr ?? one).join(' ou ');
  const en = types.map((one) => TYPE_NAMES[one]?.en ?? one).join(' or ');
  return { fr: `doit être ${fr} (trouvé ${show(value)})`, en: `must be ${en} (found ${show(value)})` };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a short JSON excerpt for a message. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return true;
  }
}

/** Why `source` is not a usable case-insensitive pattern (as the visa rule compiles it), if it is not. */
export function regexError(source: string): string | undefined {
  try {
    new RegExp(source, 'iu');
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

/** The known name a mistyped key most likely meant: same letters case aside, or two edits away. */
export function closestName(key: string, names: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    if (name.toLowerCase() === lower) return name;
    if (Math.abs(name.length - key.length) >= bestDistance || key.length > 64) continue;
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
