import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { articleReference } from '../../engine/rules/article-reference';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, position, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp } from './inline/cp';

describe('article-reference', () => {
  it('finds nothing on the real corpus (every reference points at another existing article)', () => {
    // 000 L64 (art. 2 → 1); 003 L5184 (art. 4 → 2); L10546–10547 (art. 2 → 1); L18471 (art. 4 → 1, 2);
    // L5809 (art. 5 → 1, 2, 3).
    expect(onCorpus(articleReference)).toEqual([]);
  });

  it('reports a reference to a missing article on its number, with the fix to the only other one', () => {
    const text = cp({ articles: [ARTICLES[0], ['La dépense versée en application de l’article 3 de la présente délibération est', ...ARTICLES[1].slice(1)]] });
    const [d, ...rest] = check(articleReference, text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe('Renvoi à l’article 3, qui n’existe pas dans cette délibération (articles : 1, 2).');
    expect(d.range).toEqual(rangeOf(text, 'l’article |3'));
    expect(d.data).toMatchObject({ expected: '1', actual: '3', articles: [1, 2] });
    expect(d.data?.fixes).toEqual([{ title: 'Renvoyer à l’article 1', range: d.range, text: '1', preferred: true }]);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(position(text, 'Article 2 :').line - 1);
  });
  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'DECIDE :\nArticle 1 :\nen application de l’article', 'Article unique :\nvu l’article 1 à 999', `Article 1 :\n${'article 1 et '.repeat(2000)}`]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => articleReference.scope === 'dossier' && articleReference.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

/** Article 2 of the default deliberation, its reference to article 1 rewritten. */
const referring = (words: string) => [ARTICLES[0], [`La dépense versée en application ${words} de la présente délibération est`, ...ARTICLES[1].slice(1)]];
const third = ['Le Président du Conseil départemental est autorisé à signer les conventions visées aux articles 1 et 2.'];

ruleTester(articleReference, {
  valid: [
    valid('article 2 refers to article 1', cp()),
    valid('article 3 refers to articles 1 and 2', cp({ articles: [...ARTICLES, third] })),
    valid('a reference to another text’s article', cp({ articles: referring('de l’article 7 de la convention') })),
    valid('a commune’s extrait referring to an article it does not have: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a reference to a missing article, fixed to the only other one', cp({ articles: referring('de l’article 3') }), [
      { at: 'l’article |3 de', message: 'Renvoi à l’article 3, qui n’existe pas dans cette délibération (articles : 1, 2).', data: { expected: '1', actual: '3' } },
    ]),
    invalid('an article referring to itself, in English', cp({ articles: referring('de l’article 2') }), [
      { at: 'l’article |2 de', message: 'Reference to article 2 from article 2 itself: it must point at another article.' },
    ], { locale: 'en' }),
    invalid('a list with one number left over from a renumbering', cp({ articles: [...ARTICLES, ['Le Président est autorisé à signer les conventions visées aux articles 1 et 4.']] }), [
      { at: 'articles 1 et |4', message: 'Renvoi à l’article 4, qui n’existe pas dans cette délibération (articles : 1, 2, 3).', data: { actual: '4', articles: [1, 2, 3] } },
    ]),
  ],
});
