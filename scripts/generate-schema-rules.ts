/**
 * Writes the rule ids of the catalogue into schemas/delibera.schema.json (`rules.properties`), so
 * that VS Code completes them in `.delibera.json` and shows each rule's description, and the list
 * of the rules into docs/rules/README.md (the page the CLI names for an unknown rule). Run with
 * `npx tsx scripts/generate-schema-rules.ts` after adding a rule or changing a description;
 * test/cli/rough-edges.test.ts fails when either file and the catalogue differ. Unknown ids stay allowed by the schema (the
 * editor warns about them, the CLI stops on them with the nearest id), so only `properties` is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { linkArticlesInMarkdown } from '../engine/law/markdown';
import { rules } from '../engine/rules/index';

export const SCHEMA_PATH = fileURLToPath(new URL('../schemas/delibera.schema.json', import.meta.url));
export const RULES_INDEX_PATH = fileURLToPath(new URL('../docs/rules/README.md', import.meta.url));

const SEVERITY_FR: Record<string, string> = { error: 'erreur', warning: 'avertissement', information: 'information', hint: 'indice' };

/** docs/rules/README.md: every rule of the catalogue, its default severity and what it checks, in both languages. */
export function rulesIndex(): string {
  const rows = rules.map((rule) => `| [${rule.id}](${rule.id}.md) | ${SEVERITY_FR[rule.severity] ?? rule.severity} · *${rule.severity}* | ${rule.description.fr} *${rule.description.en}* |`);
  const text = [
    '# Les règles · *The rules*',
    '',
    'Chaque règle a sa page ; sa gravité se change dans `.delibera.json` (`"rules": { "<règle>": "off" }`) ou par `--rule <règle>=<gravité>`. *Each rule has its page; its severity is set in `.delibera.json` or with `--rule <rule>=<severity>`.*',
    '',
    '<!-- Écrit par scripts/generate-schema-rules.ts à partir du catalogue : ne pas modifier à la main. -->',
    '',
    '| règle · *rule* | gravité par défaut · *default severity* | ce qu’elle vérifie · *what it checks* |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  return linkArticlesInMarkdown(text);
}

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
  writeFileSync(RULES_INDEX_PATH, rulesIndex());
}
