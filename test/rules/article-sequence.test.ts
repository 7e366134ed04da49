import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { articleSequence } from '../../engine/rules/article-sequence';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('article-sequence', () => {
  it('finds nothing on the real corpus (articles 1…n, or one Article unique)', () => {
    // e.g. 000 L54/L62 `Article 1`, `Article 2`; 003 L66 `Article unique`; 2022-89 Articles 1–5 (L5774–L5807).
    expect(onCorpus(articleSequence)).toEqual([]);
  });

  it('reports a gap, on the number, with the renumbering', () => {
    // 000 L54 `Article 1     :`, L62 `Article 2     :`.
    const [d, ...rest] = check(articleSequence, edit(corpusText('000'), 62, 'Article 2', 'Article 3'));
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe('Article 3 en position 2 : les 2 articles doivent être numérotés de 1 à 2 (attendu : 2).');
    expect(d.range).toEqual({ start: { line: 61, character: 8 }, end: { line: 61, character: 9 } });
    expect(d.data).toMatchObject({
      expected: '2',
      actual: '3',
      renumber: [
        { expected: '1', actual: '1', range: { start: { line: 53, character: 8 }, end: { line: 53, character: 9 } } },
        { expected: '2', actual: '3', range: { start: { line: 61, character: 8 }, end: { line: 61, character: 9 } } },
      ],
    });
  });

  it('reports a repeated number on the repeat, with the first as related', () => {
    const [d, ...rest] = check(articleSequence, edit(corpusText('000'), 62, 'Article 2', 'Article 1'), { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.data?.fixes).toEqual([{ title: 'Number it 2', range: d.range, text: '2', preferred: true }]);
    expect(d.message).toBe('Article 1 repeated: expected 2 (article in position 2 of 2).');
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(53);
  });

  it('reports Article unique beside numbered articles', () => {
    const [d] = check(articleSequence, edit(corpusText('000'), 54, 'Article 1', 'Article unique'));
    expect(d.message).toBe('« Article unique » à côté de 1 autre(s) article(s) : numéroter de 1 à 2 (celui-ci : 1).');
    expect(d.range).toEqual({ start: { line: 53, character: 8 }, end: { line: 53, character: 14 } });
  });

  it('accepts a single Article 1, reports a single Article 2', () => {
    // 004 L63 `Article   unique   :`.
    expect(check(articleSequence, edit(corpusText('004'), 63, 'unique', '1'))).toEqual([]);
    const [d] = check(articleSequence, edit(corpusText('004'), 63, 'unique', '2'));
    expect(d.message).toBe('La délibération n’a qu’un article, numéroté 2 : « Article 1 » ou « Article unique ».');
    expect(d.data).toMatchObject({ expected: '1' });
  });

  it('reads a swapped pair in a five-article deliberation (003 2022-89) as two reports', () => {
    // 003 L5781 `Article 2`, L5789 `Article 3` (headings as printed, spacing varies).
    const lines = corpusText('003').split('\n');
    const l2 = lines.findIndex((l, i) => i > 5770 && /^\s*Article\s+2\s/.test(l)) + 1;
    const l3 = lines.findIndex((l, i) => i > 5770 && /^\s*Article\s+3\s/.test(l)) + 1;
    let text = edit(corpusText('003'), l2, '2', '3');
    text = edit(text, l3, '3', '2');
    const found = check(articleSequence, text).map((d) => [d.range.start.line + 1, d.data?.expected]);
    expect(found).toEqual([
      [l2, '2'],
      [l3, '3'],
    ]);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'DECIDE :\nArticle 999 :\nArticle 0 :', 'Article unique :\nArticle unique :', 'Article '.repeat(3000)]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => articleSequence.scope === 'dossier' && articleSequence.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});
