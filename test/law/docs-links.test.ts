/** Every article the rules' docs pages cite is a link to Légifrance, by number (never a version id). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticleMentions } from '../../engine/law/articles';
import { CGCT } from '../../engine/law/legifrance';
import { linkArticlesInMarkdown } from '../../engine/law/markdown';
import { RULE_DOCS, ruleDocPages } from '../../scripts/link-law-in-docs';

describe('docs/rules: links to the law', () => {
  const pages = ruleDocPages();

  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(25);
  });

  for (const page of pages) {
    it(`${page}: every article it cites is a link (else run npx tsx scripts/link-law-in-docs.ts ${page})`, () => {
      const text = readFileSync(join(RULE_DOCS, page), 'utf8');
      // Nothing left to link: what a new pass would change, line by line.
      const unlinked = linkArticlesInMarkdown(text)
        .split('\n')
        .filter((line, i) => line !== text.split('\n')[i]);
      expect(unlinked).toEqual([]);
      expect(text).not.toMatch(/LEGIARTI/);
    });
  }

  it('links the pages that cite the law (vote-quorum cites L2121-17, L3121-14-1)', () => {
    const text = readFileSync(join(RULE_DOCS, 'vote-quorum.md'), 'utf8');
    expect(text).toContain('[L2121-17](https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=L2121-17)');
    expect(findArticleMentions(text, CGCT).some((m) => m.article === 'L3121-14-1')).toBe(true);
  });
});
