/**
 * article-sequence (domain.md §1.5, §9): the decision articles run 1, 2, … n without gap or repeat, or
 * the deliberation has a single `Article unique`. One article numbered 1 is fine too. Each article out
 * of place is reported on its number, with the renumbering of the whole sequence for a quick fix.
 */
import type { Article } from '../model/types';
import type { Rule } from './types';
import { message } from './helpers';
import { count as counted } from '../text/plural';

function label(article: Article): string {
  return article.number === 'unique' ? 'Article unique' : `Article ${article.number}`;
}

export const articleSequence: Rule = {
  id: 'article-sequence',
  severity: 'warning',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Les articles sont numérotés 1, 2, … n sans saut ni doublon, ou forment un « Article unique ».',
    'Articles are numbered 1, 2, … n without gap or repeat, or form a single "Article unique".',
  ),
  check({ dossier, report }) {
    const articles = dossier.deliberation.articles;
    const n = articles.length;
    if (n === 0) return;
    if (n === 1 && (articles[0].number === 'unique' || articles[0].number === 1)) return;
    const renumber = articles.map((a, k) => ({ range: a.numberRange, expected: String(k + 1), actual: String(a.number) }));
    const uniques = articles.filter((a) => a.number === 'unique').length;
    // One article out of place: renumbering it is the obvious fix.
    const misplaced = articles.filter((a, k) => a.number !== k + 1).length;
    articles.forEach((article, k) => {
      const expected = k + 1;
      if (article.number === expected) return;
      const seenBefore = articles.slice(0, k).find((a) => a.number === article.number);
      let msg;
      if (article.number === 'unique') {
        msg =
          uniques > 1
            ? message(
                `« Article unique » apparaît ${uniques} fois : avec ${n} articles, numéroter de 1 à ${n} (celui-ci : ${expected}).`,
                `"Article unique" appears ${uniques} times: with ${n} articles, number them 1 to ${n} (this one: ${expected}).`,
              )
            : message(
                `« Article unique » à côté de ${counted(n - 1, 'fr', 'autre article', 'autres articles')} : numéroter de 1 à ${n} (celui-ci : ${expected}).`,
                `"Article unique" next to ${counted(n - 1, 'en', 'other article')}: number them 1 to ${n} (this one: ${expected}).`,
              );
      } else if (n === 1) {
        msg = message(
          `La délibération n’a qu’un article, numéroté ${article.number} : « Article 1 » ou « Article unique ».`,
          `The deliberation has a single article, numbered ${article.number}: "Article 1" or "Article unique".`,
        );
      } else if (seenBefore) {
        msg = message(
          `${label(article)} en double : attendu ${expected} (article en position ${expected} sur ${n}).`,
          `${label(article)} repeated: expected ${expected} (article in position ${expected} of ${n}).`,
        );
      } else {
        msg = message(
          `${label(article)} en position ${expected} : les ${n} articles doivent être numérotés de 1 à ${n} (attendu : ${expected}).`,
          `${label(article)} in position ${expected}: the ${n} articles must be numbered 1 to ${n} (expected: ${expected}).`,
        );
      }
      report({
        range: article.numberRange,
        message: msg,
        related: seenBefore ? [{ range: seenBefore.numberRange, message: message(`Premier ${label(seenBefore)}`, `First ${label(seenBefore)}`) }] : undefined,
        data: { expected: String(expected), actual: String(article.number), renumber },
        fixes: [
          {
            title: message(`Numéroter ${expected}`, `Number it ${expected}`),
            range: article.numberRange,
            text: String(expected),
            preferred: misplaced === 1,
          },
        ],
      });
    });
  },
};
