import { describe, expect, it } from 'vitest';
import { amountArticle } from '../../engine/rules/amount-article';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

const at = (found: { range: { start: { line: number } }; message: string }[]): [number, string][] =>
  found.map((d) => [d.range.start.line + 1, d.message]);

describe('amount-article', () => {
  it('finds nothing on the real corpus: the 18 announced amounts agree with their tables (§7.2)', () => {
    // e.g. 001 L64 16 500 € = L87; L4535 14 570 € = 9 830,00 + 4 740,00; 2022-89 4 000 + 4 155 + 2 800 =
    // 10 955,00 (L5822); 2022-104 2 594 980 € + 2 396 000 € = the ten Dépense rows (L18480–18520).
    expect(onCorpus(amountArticle)).toEqual([]);
  });

  it('reports an article amount that is not Σ Dépense, on the amount (001 L64 / L87)', () => {
    const text = edit(corpusText('001'), 64, '16 500 €', '16 600 €');
    const [d, ...rest] = check(amountArticle, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Article 1 : 16 600 € ≠ Dépense 16 500,00 = 16 500 € du tableau d’imputation.');
    expect(d.range).toEqual({ start: { line: 63, character: 36 }, end: { line: 63, character: 44 } });
    expect(d.code).toBe('amount-article');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '16 500 €', actual: '16 600 €' });
    expect(d.relatedInformation?.map((r) => [r.location.range.start.line + 1, r.message])).toEqual([[87, 'Dépense 16 500,00']]);
  });

  it('tells which of several articles slipped: the one no row run or part list vouches for (2022-104, 2022-89)', () => {
    // 2022-104: art. 2 (2 396 000 €) = rows 4–10, so art. 1 must be 2 594 980 €.
    let text = edit(corpusText('003'), 18451, '2 594 980 €', '2 595 980 €');
    expect(at(check(amountArticle, text))).toEqual([
      [18451, 'Article 1 : 2 595 980 € ≠ Σ Dépense 1 268 980,00 + 776 000,00 + 550 000,00 + 1 417 000,00 + 390 000,00 + 238 000,00 + 48 000,00 + 125 500,00 + 50 500,00 + 127 000,00 (moins l’autre article) = 2 594 980 € du tableau d’imputation.'],
    ]);
    // 2022-89: art. 2 and 3 add up their parts, so art. 1 (L5777) must be 10 955 − 4 155 − 2 800.
    text = edit(corpusText('003'), 5777, '4 000 euros', '4 100 euros');
    const [d] = check(amountArticle, text, { locale: 'en' });
    expect([d.range.start.line + 1, d.message, d.data?.expected]).toEqual([
      5777,
      'Article 1: 4 100 euros ≠ Dépense 10 955,00 (less the 2 other articles) = 4 000 euros in the imputation table.',
      '4 000 euros',
    ]);
  });

  it('reports parts that do not add up, on the amount they split (L5784–5785)', () => {
    const text = edit(corpusText('003'), 5784, 'soit 1 155 euros', 'soit 1 165 euros');
    const [d, ...rest] = check(amountArticle, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Montant 4 155 euros ≠ 1 165 euros + 3 000 euros = 4 165 euros : le montant ou l’une de ses 2 parties est à corriger.');
    expect(d.range.start).toEqual({ line: 5783, character: 3 });
    expect(d.data).toMatchObject({ expected: '4 165 euros', actual: '4 155 euros' });
    expect(d.relatedInformation?.map((r) => r.location.range.start.line + 1)).toEqual([5784, 5785]);
  });

  it('compares a count with the rows of the annex total that bears the article’s amount (L4536, L4923)', () => {
    // `TOTAL GENERAL DIFFUSION DE PROXIMITE 14 570 €` sums 15 rows of annex 2 (L4709–4921).
    const text = edit(corpusText('003'), 4536, '15 projets', '16 projets');
    const [d] = check(amountArticle, text);
    expect(d.message).toBe('16 projets annoncés, mais le tableau de l’annexe totalisé par « TOTAL GENERAL DIFFUSION DE PROXIMITE » compte 15 lignes.');
    expect(d.range).toEqual({ start: { line: 4535, character: 9 }, end: { line: 4535, character: 11 } });
    expect(d.data).toMatchObject({ expected: '15', actual: '16' });
  });

  it('never compares maxima, unit rates or amounts in parentheses (000 L57–59)', () => {
    let text = edit(corpusText('000'), 59, 'montant maximal de 150 000 €', 'montant maximal de 160 000 €');
    expect(check(amountArticle, text)).toEqual([]);
    text = edit(corpusText('000'), 57, '(1 200 € par collège)', '(1 500 € par collège)');
    expect(check(amountArticle, text)).toEqual([]);
  });

  it('leaves a Dépense that slipped to budget-report-match when the report sides with the article (001 L87)', () => {
    expect(check(amountArticle, edit(corpusText('001'), 87, '16 500,00', '16 600,00'))).toEqual([]);
  });
});
