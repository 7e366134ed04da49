import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { articleSequence } from '../../engine/rules/article-sequence';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp } from './inline/cp';

describe('article-sequence', () => {
  it('finds nothing on the real corpus (articles 1…n, or one Article unique)', () => {
    // e.g. 000 L54/L62 `Article 1`, `Article 2`; 003 L66 `Article unique`; 2022-89 Articles 1–5 (L5774–L5807).
    expect(onCorpus(articleSequence)).toEqual([]);
  });

  it('reports a gap, on the number, with the renumbering', () => {
    const text = cp({ headings: ['Article 1 :', 'Article 3 :'] });
    const [d, ...rest] = check(articleSequence, text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe('Article 3 en position 2 : les 2 articles doivent être numérotés de 1 à 2 (attendu : 2).');
    expect(d.range).toEqual(rangeOf(text, 'Article |3'));
    expect(d.data).toMatchObject({
      expected: '2',
      actual: '3',
      renumber: [
        { expected: '1', actual: '1', range: rangeOf(text, 'Article |1') },
        { expected: '2', actual: '3', range: rangeOf(text, 'Article |3') },
      ],
    });
  });
  it('reports a repeated number on the repeat, with the first as related', () => {
    const text = cp({ headings: ['Article 1 :', 'Article 1  :'] });
    const [d, ...rest] = check(articleSequence, text, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.data?.fixes).toEqual([
      { title: 'Renumber the articles 1 to 2 (and the references)', range: d.range, text: '2' },
      { title: 'Number it 2', range: d.range, text: '2', preferred: true },
    ]);
    expect(d.message).toBe('Article 1 repeated: expected 2 (article in position 2 of 2).');
    expect(d.relatedInformation?.[0].location.range.start).toEqual(rangeOf(text, 'Article |1 :').start);
  });
  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'DECIDE :\nArticle 999 :\nArticle 0 :', 'Article unique :\nArticle unique :', 'Article '.repeat(3000)]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => articleSequence.scope === 'dossier' && articleSequence.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const single = [['D’attribuer aux collèges une subvention d’un montant de 150 000 €.']];

ruleTester(articleSequence, {
  valid: [
    valid('articles 1 and 2', cp()),
    valid('a single Article unique', cp({ articles: single, headings: ['Article unique :'] })),
    valid('a single Article 1, headings spaced as printed', cp({ articles: single, headings: ['Article   1     :'] })),
    valid('a commune’s extrait numbering 1 then 3: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a gap: Article 1 then Article 3', cp({ headings: ['Article 1 :', 'Article 3 :'] }), [
      { at: 'Article |3 :', message: 'Article 3 en position 2 : les 2 articles doivent être numérotés de 1 à 2 (attendu : 2).', data: { expected: '2', actual: '3' } },
    ]),
    invalid('a repeat, in English', cp({ headings: ['Article 1 :', 'Article 1  :'] }), [
      { at: 'Article |1  :', message: 'Article 1 repeated: expected 2 (article in position 2 of 2).' },
    ], { locale: 'en' }),
    invalid('Article unique beside a numbered article', cp({ headings: ['Article unique :', 'Article 2 :'] }), [
      { at: 'Article |unique', message: '« Article unique » à côté de 1 autre article : numéroter de 1 à 2 (celui-ci : 1).' },
    ]),
    invalid('a single article numbered 2', cp({ articles: single, headings: ['Article 2 :'] }), [
      { at: 'Article |2 :', message: 'La délibération n’a qu’un article, numéroté 2', data: { expected: '1' } },
    ]),
    invalid('a swapped pair among three articles: two reports', cp({ articles: [...ARTICLES, ['Le Président est autorisé à signer la convention.']], headings: ['Article 1 :', 'Article 3 :', 'Article 2 :'] }), [
      { at: 'Article |3 :', data: { expected: '2' } },
      { at: 'Article |2 :', data: { expected: '3' } },
    ]),
  ],
});
