/**
 * The rules' documentation pages (docs/rules/<id>.md) as SARIF carries them: GitHub code scanning
 * shows `fullDescription` in the alert list and `help.markdown` in the alert's « Show more ».
 * The pages are read at run time, next to the bundle (`dist/cli.js` → `docs/rules/`, which the
 * package ships) or to the sources (tests): one copy of the text, never out of date. A page that
 * cannot be found leaves the rule with its one-line description.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locale } from '../messages';

export interface RuleDocs {
  /** The page, as written (French first, English in italics). */
  markdown: string;
  /** The same without Markdown's marks, for viewers that show plain text. */
  text: string;
  /** What the rule reports, in the asked language, in plain text. */
  summary?: string;
}

let docsDir: string | null | undefined;

/** `docs/rules` above the running file: `dist/` in the bundle, `cli/report/` in the sources. */
function findDocsDir(): string | undefined {
  if (docsDir !== undefined) return docsDir ?? undefined;
  let dir = __dirname;
  for (let up = 0; up < 4; up++) {
    const candidate = join(dir, 'docs', 'rules');
    if (existsSync(candidate)) {
      docsDir = candidate;
      return candidate;
    }
    dir = dirname(dir);
  }
  docsDir = null;
  return undefined;
}

const cache = new Map<string, RuleDocs | undefined>();

export function ruleDocs(id: string, locale: Locale): RuleDocs | undefined {
  const key = `${id}:${locale}`;
  if (cache.has(key)) return cache.get(key);
  let docs: RuleDocs | undefined;
  const dir = /^[a-z][a-z0-9-]*$/.test(id) ? findDocsDir() : undefined;
  if (dir) {
    try {
      const markdown = readFileSync(join(dir, `${id}.md`), 'utf8');
      docs = { markdown, text: plainText(markdown), summary: summaryOf(markdown, locale) };
    } catch {
      docs = undefined;
    }
  }
  cache.set(key, docs);
  return docs;
}

/**
 * The « Ce que la règle signale » section: its French paragraphs, or its English one (the
 * paragraph in italics), as plain text on one line.
 */
export function summaryOf(markdown: string, locale: Locale): string | undefined {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('## '));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const body = lines.slice(start + 1, end < 0 ? lines.length : end).join('\n').trim();
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  const isEnglish = (p: string) => p.startsWith('*') && !p.startsWith('**') && p.endsWith('*');
  const chosen = locale === 'en' ? paragraphs.filter(isEnglish) : paragraphs.filter((p) => !isEnglish(p));
  if (chosen.length === 0) return undefined;
  return oneLine(plainText(chosen.join('\n')));
}

/** Markdown's marks off: headings, emphasis, code spans, links (their text kept). */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^#{1,6} /, '')
        .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
        .replace(/\*\*|__|`/g, '')
        .replace(/(^|[\s(])\*(?=\S)/g, '$1')
        .replace(/(\S)\*(?=$|[\s.,;:)])/g, '$1'),
    )
    .join('\n')
    .trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
