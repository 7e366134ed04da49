/**
 * Writes the rule ids of the catalogue into schemas/delibera.schema.json (`rules.properties`), so
 * that VS Code completes them in `.delibera.json` and shows each rule's description. Run with
 * `npx tsx scripts/generate-schema-rules.ts` after adding a rule; test/cli/schema-rules.test.ts
 * fails when the schema and the catalogue differ. Unknown ids stay allowed by the schema (the
 * editor warns about them, the CLI stops on them with the nearest id), so only `properties` is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../engine/rules/index';

export const SCHEMA_PATH = fileURLToPath(new URL('../schemas/delibera.schema.json', import.meta.url));

/** The `rules.properties` the schema should hold, in the catalogue's order. */
export function ruleProperties(): Record<string, { description: string; $ref: string }> {
  const out: Record<string, { description: string; $ref: string }> = {};
  for (const rule of rules) {
    out[rule.id] = { description: `${rule.description.en} / ${rule.description.fr} (${rule.severity})`, $ref: '#/definitions/severity' };
  }
  return out;
}

/**
 * The schema's text with `rules.properties` replaced, the rest of the file kept byte for byte:
 * the block sits between the rules' `"type": "object",` and their `"propertyNames"`.
 */
export function withRuleProperties(text: string): string {
  const rulesAt = text.indexOf('\n    "rules": {\n');
  const typeLine = '      "type": "object",\n';
  const from = text.indexOf(typeLine, rulesAt) + typeLine.length;
  const to = text.indexOf('      "propertyNames": {', from);
  if (rulesAt < 0 || from < typeLine.length || to < 0) throw new Error('schemas/delibera.schema.json: the rules block is not where it was');
  const block = JSON.stringify({ properties: ruleProperties() }, null, 2)
    .split('\n')
    .slice(1, -1)
    .map((line) => `    ${line}`)
    .join('\n');
  return `${text.slice(0, from)}${block},\n${text.slice(to)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, withRuleProperties(readFileSync(SCHEMA_PATH, 'utf8')));
}
