import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../engine/model/articles';
import type { Article, Range } from '../../engine/model/types';
import { regionOf } from '../../engine/text/region';
import { corpusLines } from '../helpers';

const [F000, F001, F002, F003, F004] = (['000', '001', '002', '003', '004'] as const).map(corpusLines);

const DECIDE = /^\s*DECIDE\s*:\s*$/;
const VOTE = /^\s*Dans les conditions de vote/;

/** Decision regions found by scanning: line after `DECIDE :` → line before the vote intro. Keys: 1-based DECIDE line. */
function decisionRegions(lines: string[]): Map<number, { from: number; to: number }> {
  const out = new Map<number, { from: number; to: number }>();
  for (let i = 0; i < lines.length; i++) {
    if (!DECIDE.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !VOTE.test(lines[j])) j++;
    out.set(i + 1, { from: i + 1, to: j - 1 });
  }
  return out;
}

function articlesAt(lines: string[], decideLine: number, exclude: Range[] = []): Article[] {
  const span = decisionRegions(lines).get(decideLine);
  if (!span) throw new Error(`no DECIDE at L${decideLine}`);
  return parseArticles(regionOf(lines, span.from, span.to), exclude);
}

/** Range of `needle` on 1-based line `line`, read from the text itself. */
function at(lines: string[], line: number, needle: string): Range {
  const character = lines[line - 1].indexOf(needle);
  if (character < 0) throw new Error(`"${needle}" not on L${line}`);
  return { start: { line: line - 1, character }, end: { line: line - 1, character: character + needle.length } };
}

const article = (arts: Article[], n: number | 'unique') => {
  const a = arts.find((x) => x.number === n);
  if (!a) throw new Error(`no article ${n}`);
  return a;
};
const amounts = (a: Article) => a.amounts.map((x) => x.cents);
const counts = (a: Article) => a.counts.map((c) => `${c.count} ${c.noun}`);
const targets = (a: Article) => a.references.map((r) => r.target);

describe('parseArticles on the corpus', () => {
  it('numbers the articles of all 33 deliberations (1…n, n ≤ 5, or unique)', () => {
    // Read in each DECIDE … vote region.
    const expected: [string[], [number, (number | 'unique')[]][]][] = [
      [F000, [[52, [1, 2]]]],
      [F001, [[59, [1, 2]]]],
      [F002, [[72, [1, 2]]]],
      [F004, [[61, ['unique']]]],
      [
        F003,
        [
          [64, ['unique']], [883, [1, 2]], [1311, ['unique']], [1591, ['unique']], [1918, [1, 2]], [3072, [1, 2, 3]],
          [4076, [1, 2]], [4526, [1, 2, 3]], [5161, [1, 2, 3, 4]], [5772, [1, 2, 3, 4, 5]], [6508, ['unique']],
          [6744, ['unique']], [7047, [1, 2]], [7859, ['unique']], [8146, [1, 2, 3]], [8457, [1, 2, 3, 4]], [9780, [1, 2, 3]],
          [10536, [1, 2, 3]], [10855, [1, 2, 3]], [12146, [1, 2, 3]], [12600, ['unique']], [13225, [1, 2, 3, 4]],
          [14332, [1, 2, 3]], [16048, [1, 2, 3]], [18443, [1, 2, 3, 4]], [20947, ['unique']], [34154, [1, 2, 3]],
          [34646, ['unique']], [43955, [1, 2]],
        ],
      ],
    ];
    let deliberations = 0;
    for (const [lines, regions] of expected) {
      expect([...decisionRegions(lines).keys()]).toEqual(regions.map(([l]) => l));
      for (const [line, numbers] of regions) {
        expect(articlesAt(lines, line).map((a) => a.number), `DECIDE L${line}`).toEqual(numbers);
        deliberations++;
      }
    }
    expect(deliberations).toBe(33);
  });

  it('locates headings and numbers in every spacing variant (§1.5)', () => {
    const [a1, a2] = articlesAt(F000, 52);
    expect(a1.heading).toEqual(at(F000, 54, 'Article 1     :'));
    expect(a1.numberRange).toEqual(at(F000, 54, '1'));
    expect(a2.heading).toEqual(at(F000, 62, 'Article 2     :'));
    expect(article(articlesAt(F001, 59), 2).heading).toEqual(at(F001, 69, 'Article   2   :'));
    // Leading space (002 L83, L3147), `Article unique` (L66, 004 L63).
    expect(article(articlesAt(F002, 72), 2).numberRange).toEqual(at(F002, 83, '2'));
    expect(article(articlesAt(F003, 3072), 2).heading).toEqual(at(F003, 3147, 'Article 2     :'));
    expect(article(articlesAt(F003, 64), 'unique').numberRange).toEqual(at(F003, 66, 'unique'));
    expect(article(articlesAt(F004, 61), 'unique').heading).toEqual(at(F004, 63, 'Article   unique   :'));
  });

  it('takes the body up to the next heading, skipping page markers and stamps (L13254–13269)', () => {
    const arts = articlesAt(F003, 13225);
    const a3 = article(arts, 3);
    expect(a3.body).toBe(
      'D’autoriser le Président du Conseil départemental à attribuer et verser, au nom et pour le compte du Département, les aides aux collèges éligibles pour un montant total maximal prévisionnel de 1 468 748 €, selon les modalités fixées au rapport et au tableau joint à la présente délibération.',
    );
    expect(a3.range).toEqual({ start: { line: 13253, character: 0 }, end: { line: 13258, character: F003[13258].trimEnd().length } });
    expect(article(arts, 4).range.start.line).toBe(13266);
  });

  it('leaves excluded table lines out of the body, not out of the range (000 L62–79)', () => {
    const table: Range = { start: { line: 66, character: 0 }, end: { line: 78, character: F000[78].length } };
    const a2 = article(articlesAt(F000, 52, [table]), 2);
    expect(a2.body).toBe(
      'La dépense versée en application de l’article 1 de la présente délibération est imputée sur le budget départemental comme suit :',
    );
    expect(a2.range.end.line).toBe(78);
    expect(article(articlesAt(F000, 52), 2).body).toContain('C03-221J02');
  });

  it('finds the references of §9', () => {
    expect(targets(article(articlesAt(F000, 52), 2))).toEqual([1]); // 000 L64
    const a4 = article(articlesAt(F003, 5161), 4);
    expect(a4.references).toEqual([{ target: 2, range: at(F003, 5184, '2') }]); // L5184
    const a2 = article(articlesAt(F003, 10536), 2);
    expect(a2.references).toEqual([{ target: 1, range: at(F003, 10547, '1') }]); // L10546–10547
    expect(targets(article(articlesAt(F003, 18443), 4))).toEqual([1, 2]); // L18471
    expect(targets(article(articlesAt(F003, 5772), 5))).toEqual([1, 2, 3]); // L5809 `des articles 1, 2 et 3`
    expect(targets(article(articlesAt(F003, 8146), 3))).toEqual([2]); // L8167 `de l’article 2 et du rapport`
    expect(targets(article(articlesAt(F003, 3072), 2))).toEqual([1]); // L3150 `visés à l’article 1`
  });

  it('ignores references to code articles (L8484)', () => {
    expect(targets(article(articlesAt(F003, 8457), 3))).toEqual([]);
    expect(targets(article(articlesAt(F003, 8457), 4))).toEqual([1, 1]); // L8488, L8491
  });

  it('reads the article amounts of §7.2', () => {
    expect(amounts(article(articlesAt(F003, 4076), 1))).toEqual([8_550_000]); // L4080 `85 500 €`
    const a2 = article(articlesAt(F003, 4526), 2);
    expect(a2.amounts).toEqual([
      { cents: 1_457_000, text: '14 570 €', range: at(F003, 4535, '14 570 €'), style: { thousands: ' ', decimals: 0, currency: ' €' } },
    ]);
    expect(amounts(article(articlesAt(F003, 9780), 1))[0]).toBe(134_317_300); // L9785 `1 343 173 €`
    expect(amounts(article(articlesAt(F003, 10536), 1))).toEqual([56_269_200]); // L10540 `562 692 euros`
    expect(amounts(article(articlesAt(F003, 13225), 3))).toEqual([146_874_800]); // L13258
    expect(article(articlesAt(F003, 14332), 1).amounts[0]).toMatchObject({ cents: 29_688_500, text: '296 885,00 €' }); // L14338
    expect(amounts(article(articlesAt(F003, 7047), 1))).toEqual([450_000]); // L7051 `4 500 €`
    const culture = articlesAt(F003, 18443);
    expect(amounts(article(culture, 1))).toEqual([259_498_000]); // L18451
    expect(amounts(article(culture, 2))).toEqual([239_600_000]); // L18458
  });

  it('reads sub-amounts that add up (L5784–5796, L8461–8470)', () => {
    const arts = articlesAt(F003, 5772);
    expect(amounts(article(arts, 2))).toEqual([415_500, 115_500, 300_000]);
    expect(amounts(article(arts, 3))).toEqual([280_000, 60_000, 60_000, 100_000, 60_000]);
    const voirie = article(articlesAt(F003, 8457), 1);
    expect(amounts(voirie)).toEqual([699_994_756, 352_200_000, 148_345_398, 199_449_358]);
    // Doubled spaces kept as written; the last figure has no currency but cents and prose after it.
    expect(voirie.amounts[0].text).toBe('6  999  947,56  €');
    expect(voirie.amounts[3].range).toEqual(at(F003, 8470, '1 994 493,58'));
  });

  it('reads the counts of §7.2', () => {
    expect(counts(article(articlesAt(F003, 4076), 1))).toEqual(['5 subventions']); // L4079
    const diffusion = articlesAt(F003, 4526);
    expect(counts(article(diffusion, 1))).toEqual(['15 spectacles']); // L4529–4530, wrapped
    expect(article(diffusion, 1).counts[0].range).toEqual({
      start: { line: 4528, character: F003[4528].indexOf('15') },
      end: { line: 4529, character: 'spectacles'.length },
    });
    expect(counts(article(diffusion, 2))).toEqual(['15 projets']); // L4536
    expect(article(diffusion, 2).counts[0].countRange).toEqual(at(F003, 4536, '15'));
    expect(counts(article(articlesAt(F003, 9780), 1))).toEqual(['6 bénéficiaires', '6 subventions']); // L9784
    expect(counts(article(articlesAt(F003, 10536), 1))).toEqual(['12 subventions']); // L10539
    expect(counts(article(articlesAt(F003, 16048), 1))).toEqual(['49 propositions', '36 collèges']); // L16052–16053
    expect(counts(article(articlesAt(F003, 14332), 1))).toEqual(['48 collèges', '101 projets']); // L14336
    expect(counts(article(articlesAt(F003, 18443), 2))).toEqual(['32 subventions']); // L18456
    // Years, dates, article numbers and amounts are not counts.
    expect(counts(article(articlesAt(F001, 59), 1))).toEqual([]);
    expect(counts(article(articlesAt(F003, 5772), 4))).toEqual([]);
  });
});

describe('parseArticles on drafts', () => {
  const parse = (text: string, exclude: Range[] = []) => {
    const lines = text.split('\n');
    return parseArticles(regionOf(lines, 0, lines.length - 1), exclude);
  };

  it('accepts `Article 1er :`, a body on the heading line, `ARTICLE PREMIER :` and a dash', () => {
    const arts = parse(
      [
        'Article 1er : D’attribuer 3 subventions pour un montant total de 1 500 €.',
        'Article 2 - Les dépenses versées en application de l’article 1er de la présente délibération sont imputées.',
        'ARTICLE PREMIER :',
        'Article 3',
        'De signer.',
      ].join('\n'),
    );
    expect(arts.map((a) => a.number)).toEqual([1, 2, 1, 3]);
    expect(arts[0].numberRange).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 11 } });
    expect(arts[0].heading).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 13 } });
    expect(arts[0].body).toBe('D’attribuer 3 subventions pour un montant total de 1 500 €.');
    expect(counts(arts[0])).toEqual(['3 subventions']);
    expect(amounts(arts[0])).toEqual([150_000]);
    const first = 'Article 1er : D’attribuer 3 subventions pour un montant total de 1 500 €.';
    const euros = first.indexOf('1 500 €');
    expect(arts[0].amounts[0].range).toEqual({ start: { line: 0, character: euros }, end: { line: 0, character: euros + 7 } });
    expect(targets(arts[1])).toEqual([1]);
    expect(arts[3].body).toBe('De signer.');
  });

  it('expands ranges of articles and ignores other texts’ articles', () => {
    const [a] = parse(
      [
        'Article 4 :',
        'Les dépenses visées aux articles 1 à 3 sont imputées conformément à l’article 18 du règlement intérieur,',
        'à l’article L.3211-2 du Code général des collectivités territoriales, à l’article 2 de la convention',
        'et à l’article 6.3 de la loi ; voir aussi les articles 1 et 2 ci-dessus.',
      ].join('\n'),
    );
    expect(targets(a)).toEqual([1, 2, 3, 1, 2]);
    const line = 'Les dépenses visées aux articles 1 à 3 sont imputées conformément à l’article 18 du règlement intérieur,';
    expect(a.references[1].range).toEqual({ start: { line: 1, character: line.indexOf('1 à 3') }, end: { line: 1, character: line.indexOf('1 à 3') + 5 } });
    expect(a.references[2].range).toEqual({ start: { line: 1, character: line.indexOf('3 sont') }, end: { line: 1, character: line.indexOf('3 sont') + 1 } });
  });

  it('keeps a heading cut by a page marker out of the previous body', () => {
    const arts = parse(['Article 1 :', 'D’attribuer 2 000 euros.', '', '2 / 3', '', '815', '', ' Article 2     :', 'De signer.'].join('\n'));
    expect(arts.map((a) => a.body)).toEqual(['D’attribuer 2 000 euros.', 'De signer.']);
    expect(arts[0].range.end).toEqual({ line: 1, character: 24 });
    expect(arts[1].heading.start).toEqual({ line: 7, character: 1 });
  });

  it('never throws and stays linear on garbage', () => {
    const inputs = [
      '', 'Article', 'Article :', 'Article 1', `Article 1 : ${'1 '.repeat(10_000)}`, `Article 2 :\n${'articles 1, '.repeat(3_000)}`,
      `Article 3 :\n${'12 000 projets '.repeat(2_000)}`, 'x'.repeat(20_000), `Article 1 :\n${'1 994 493,58 au '.repeat(2_000)}`,
    ];
    for (const input of inputs) expect(() => parse(input, [{ start: { line: 5, character: 3 }, end: { line: 2, character: 0 } }])).not.toThrow();
  });
});
