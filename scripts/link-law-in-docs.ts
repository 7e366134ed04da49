/**
 * Makes every article the rules' docs pages cite a link to Légifrance (engine/law/markdown.ts: the
 * search by article number, never a version id). Idempotent: what is already a link stays as it
 * is. Run with `npx tsx scripts/link-law-in-docs.ts` after writing a page; test/law/docs-links.test.ts
 * fails while a page holds an article that is not a link.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkArticlesInMarkdown } from '../engine/law/markdown';

export const RULE_DOCS = fileURLToPath(new URL('../docs/rules/', import.meta.url));

export function ruleDocPages(): string[] {
  return readdirSync(RULE_DOCS)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

/** Rewrites the pages given (all of them by default); returns the names of those it changed. */
export function linkLawInDocs(pages: readonly string[] = ruleDocPages()): string[] {
  const changed: string[] = [];
  for (const page of pages) {
    const path = join(RULE_DOCS, page);
    const text = readFileSync(path, 'utf8');
    const linked = linkArticlesInMarkdown(text);
    if (linked === text) continue;
    writeFileSync(path, linked);
    changed.push(page);
  }
  return changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = process.argv.slice(2);
  const changed = linkLawInDocs(pages.length > 0 ? pages : undefined);
  process.stdout.write(changed.length ? `linked: ${changed.join(', ')}\n` : 'every article is already a link\n');
}
