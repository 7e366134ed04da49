import { describe, expect, it } from 'vitest';
import { findArticleMentions } from '../../engine/law/articles';
import { withLawLinks } from '../../engine/law/hover-links';
import { articleLink, articleSearchUrl, CGCT, codeByName, CODES, codeUrl, normalizeArticle } from '../../engine/law/legifrance';
import { lawLinksIn, linkArticlesInMarkdown } from '../../engine/law/markdown';
import type { Diagnostic } from '../../engine/diagnostics';

const SEARCH = 'https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=';

describe('article numbers', () => {
  it('reads every written form as one number', () => {
    for (const form of ['L2121-17', 'L.2121-17', 'L 2121-17', 'L. 2121-17', 'L. 2121 - 17', 'article L2121-17', 'art. L.2121-17', 'Article L 2121-17']) {
      expect(normalizeArticle(form), form).toBe('L2121-17');
    }
    expect(normalizeArticle('L.3121-14-1')).toBe('L3121-14-1');
    expect(normalizeArticle('R.2131-1')).toBe('R2131-1');
    expect(normalizeArticle('L.O. 141')).toBe('LO141');
    expect(normalizeArticle('LO.1112-1')).toBe('LO1112-1');
    expect(normalizeArticle('du conseil')).toBeUndefined();
  });
});

describe('URLs', () => {
  it('searches the article by its number, whatever form it is written in, never by a version id', () => {
    for (const form of ['L2121-17', 'L.2121-17', 'L 2121-17', 'article L2121-17']) expect(articleSearchUrl(form)).toBe(`${SEARCH}L2121-17`);
    expect(articleSearchUrl('L.3121-14-1')).toBe(`${SEARCH}L3121-14-1`);
    expect(articleSearchUrl('L2121-17')).not.toMatch(/LEGIARTI/);
  });

  it("opens a code's page by its LEGITEXT id", () => {
    expect(codeUrl(CGCT)).toBe('https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070633/');
    expect(codeByName('Code électoral')?.legitext).toBe('LEGITEXT000006070239');
    expect(codeByName("code de l'éducation")?.legitext).toBe('LEGITEXT000006071191');
  });

  it('knows each code by one id, and each id once', () => {
    expect(new Set(CODES.map((c) => c.legitext)).size).toBe(CODES.length);
    for (const code of CODES) expect(code.legitext, code.name).toMatch(/^LEGITEXT\d{12}$/);
  });

  it('recognises the names acts write: capitals, curly apostrophes, missing accents, what follows the name', () => {
    for (const name of ['Code Général des Collectivités Territoriales', 'code general des collectivites territoriales', 'CGCT', 'le Code général des collectivités territoriales et notamment ses articles']) {
      expect(codeByName(name), name).toBe(CGCT);
    }
    expect(codeByName('Code de l’Education')?.name).toBe("Code de l'éducation");
    expect(codeByName('Code du Sport')?.name).toBe('Code du sport');
    expect(codeByName('Code de la route ainsi que de le')?.name).toBe('Code de la route');
  });

  it('gives a link for a known code and none for an unknown one', () => {
    expect(articleLink('Code Général des Collectivités Territoriales', 'L.2121-17')).toEqual({
      url: `${SEARCH}L2121-17`,
      label: 'CGCT L2121-17',
      code: CGCT,
      article: 'L2121-17',
    });
    expect(articleLink('Code électoral', 'L. 52-8')?.label).toBe('Code électoral L52-8');
    expect(articleLink('Code des bonnes manières', 'L.12-3')).toBeUndefined();
    expect(articleLink('Code de la routeur', 'L.12-3')).toBeUndefined();
    expect(articleLink(undefined, 'L.12-3')).toBeUndefined();
    expect(articleLink(CGCT, 'nulle part')).toBeUndefined();
  });
});

describe('mentions in prose', () => {
  it('gives each mention the code named after it in its clause, or before it, else the default', () => {
    const text = 'Art. L.1111-6 et L.2131-11 du CGCT, art. L. 52-8 du code électoral ; CGCT L2121-17 ; enfin L3121-14.';
    const mentions = findArticleMentions(text, CGCT);
    expect(mentions.map((m) => [m.article, m.code?.name])).toEqual([
      ['L1111-6', CGCT.name],
      ['L2131-11', CGCT.name],
      ['L52-8', 'Code électoral'],
      ['L2121-17', CGCT.name],
      ['L3121-14', CGCT.name],
    ]);
    expect(text.slice(mentions[2].start, mentions[2].end)).toBe('L. 52-8');
  });

  it('leaves an article of an unknown code without a code, and so without a link', () => {
    expect(findArticleMentions('art. L.12-3 du code des bonnes manières', CGCT)[0].code).toBeUndefined();
    expect(lawLinksIn('art. L.12-3 du code des bonnes manières')).toEqual([]);
  });

  it('reads a bare number only with the code named right after it', () => {
    const mentions = findArticleMentions('art. 432-12 du code pénal ; le 12-3 du mois', CGCT);
    expect(mentions.map((m) => [m.article, m.code?.name])).toEqual([['432-12', 'Code pénal']]);
    expect(lawLinksIn('art. 432-12 du code pénal').map((l) => l.url)).toEqual([`${SEARCH}432-12`]);
  });

  it('does not take dates, amounts or identifiers for articles', () => {
    expect(findArticleMentions('le 12-03-2022, 1 500,00 €, N°2022-80, D1, URL2121-17', CGCT)).toEqual([]);
  });
});

describe('Markdown', () => {
  it('links every mention once, and a second pass changes nothing', () => {
    const md = 'Quorum (art. L.3121-14-1 du CGCT) ; en cas de partage, art. L.3121-15.';
    const linked = linkArticlesInMarkdown(md);
    expect(linked).toBe(`Quorum (art. [L.3121-14-1](${SEARCH}L3121-14-1) du CGCT) ; en cas de partage, art. [L.3121-15](${SEARCH}L3121-15).`);
    expect(linkArticlesInMarkdown(linked)).toBe(linked);
  });

  it('leaves code spans, fenced blocks and URLs alone', () => {
    const md = ['`L.2121-17` https://example.org/L2121-17', '```', 'L.2121-17', '```', '<https://x.fr/?q=L2121-17>'].join('\n');
    expect(linkArticlesInMarkdown(md)).toBe(md);
  });
});

describe('the hover hook', () => {
  const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } };
  const diagnostic: Diagnostic = {
    range,
    severity: 1,
    code: 'vote-quorum',
    source: 'delibera',
    message: 'Quorum non atteint : 12 présents ou représentés, il en faut 23 sur 44 membres (art. L.3121-14-1 du CGCT).',
  };

  it('lists the articles a diagnostic under the cursor cites, as links', () => {
    const hover = withLawLinks(undefined, [diagnostic], { line: 3, character: 4 }, 'fr');
    expect(hover).toEqual({ contents: { kind: 'markdown', value: `Légifrance : [CGCT L3121-14-1](${SEARCH}L3121-14-1)` }, range });
    expect(withLawLinks(undefined, [diagnostic], { line: 4, character: 4 }, 'fr')).toBeUndefined();
  });

  it("links the hover's own mentions and adds the diagnostic's after them", () => {
    const hover = withLawLinks({ contents: { kind: 'markdown', value: '**Quorum** (CGCT L.3121-14-1)' } }, [diagnostic], { line: 3, character: 0 }, 'en');
    expect(hover?.contents.value).toBe(`**Quorum** (CGCT [L.3121-14-1](${SEARCH}L3121-14-1))\n\nLégifrance: [CGCT L3121-14-1](${SEARCH}L3121-14-1)`);
  });
});

describe('the articles listed under a code label (the visa hover)', () => {
  it("links them as that code's, and not at all under a code Delibera does not know", () => {
    const known = '**Visa** · code\n\n- Code : Code de l’Education\n- Articles : L.213-2';
    expect(findArticleMentions(known, CGCT)[0].code?.name).toBe("Code de l'éducation");
    const unknown = '**Visa** · code\n\n- Code : Code des bonnes manières\n- Articles : L.12-3';
    expect(linkArticlesInMarkdown(unknown)).toBe(unknown);
    // A label of another paragraph says nothing of this one.
    expect(findArticleMentions('- Code : Code des bonnes manières\n\nVoir L2121-17.', CGCT)[0].code).toBe(CGCT);
  });
});

describe('Markdown across lines', () => {
  it('reads the code of a clause that wraps, and stops at a paragraph', () => {
    const md = 'Voir art. L. 52-8 du\ncode électoral.\n\nPuis L2121-17.';
    expect(linkArticlesInMarkdown(md)).toBe(`Voir art. [L. 52-8](${SEARCH}L52-8) du\ncode électoral.\n\nPuis [L2121-17](${SEARCH}L2121-17).`);
  });
});
