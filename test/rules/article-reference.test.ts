import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { articleReference } from '../../engine/rules/article-reference';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('article-reference', () => {
  it('finds nothing on the real corpus (every reference points at another existing article)', () => {
    // 000 L64 (art. 2 → 1); 003 L5184 (art. 4 → 2); L10546–10547 (art. 2 → 1); L18471 (art. 4 → 1, 2);
    // L5809 (art. 5 → 1, 2, 3).
    expect(onCorpus(articleReference)).toEqual([]);
  });

  it('reports a reference to a missing article, on its number', () => {
    // 000 L64 `La  dépense  versée  en  application  de  l’article  1  de  la  présente …` in Article 2.
    const line = corpusText('000').split('\n')[63];
    const at = line.indexOf('l’article  1') + 'l’article  '.length;
    const [d, ...rest] = check(articleReference, edit(corpusText('000'), 64, 'l’article  1', 'l’article  3'));
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe('Renvoi à l’article 3, qui n’existe pas dans cette délibération (articles : 1, 2).');
    expect(d.range).toEqual({ start: { line: 63, character: at }, end: { line: 63, character: at + 1 } });
    expect(d.data).toMatchObject({ expected: '1', actual: '3', articles: [1, 2] });
    expect(d.data?.fixes).toEqual([{ title: 'Renvoyer à l’article 1', range: d.range, text: '1', preferred: true }]);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(61);
  });

  it('reports an article pointing at itself', () => {
    const [d] = check(articleReference, edit(corpusText('000'), 64, 'l’article  1', 'l’article  2'), { locale: 'en' });
    expect(d.message).toBe('Reference to article 2 from article 2 itself: it must point at another article.');
  });

  it('reads lists: `des articles 1, 2 et 3` turned into `1, 2 et 6`', () => {
    // 003 2022-89: L5809 `… en application des articles 1, 2 et 3 …` in Article 5; make it refer to 6.
    const lines = corpusText('003').split('\n');
    const l = lines.findIndex((t, i) => i > 5800 && t.includes('articles 1,  2  et  3')) + 1;
    const found = check(articleReference, edit(corpusText('003'), l, '2  et  3', '2  et  6'));
    expect(found.map((d) => [d.range.start.line + 1, d.data?.actual])).toEqual([[l, '6']]);
  });

  it('ignores references to other texts (`l’article L.1111-4 du Code…`, `l’article 2.4 de la convention`)', () => {
    const text = edit(corpusText('000'), 64, 'l’article  1  de  la  présente  délibération', 'l’article  7  de  la  convention');
    expect(check(articleReference, text)).toEqual([]);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'DECIDE :\nArticle 1 :\nen application de l’article', 'Article unique :\nvu l’article 1 à 999', `Article 1 :\n${'article 1 et '.repeat(2000)}`]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => articleReference.scope === 'dossier' && articleReference.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});
