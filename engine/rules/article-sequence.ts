/**
 * article-sequence (domain.md §1.5, §9): the decision articles run 1, 2, … n without gap or repeat, or
 * the deliberation has a single `Article unique`. One article numbered 1 is fine too. Each article out
 * of place is reported on its number, with the renumbering of the whole sequence for a quick fix.
 */
import type { Article } from '../model/types';
import type { Fix, FixEdit, Rule } from './types';
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
    const renumbering = renumberingFix(articles);
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
        // The whole renumbering (references included) first, the obvious fix unless one number is.
        fixes: [
          ...(renumbering ? [{ ...renumbering, preferred: renumbering.preferred && misplaced !== 1 }] : []),
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

/**
 * The articles numbered 1…n in their order, and the references that pointed at an old number moved
 * to its new one. A reference to a number two articles shared cannot be moved: the fix is then not
 * preferred, for the drafter to check.
 */
function renumberingFix(articles: readonly Article[]): Fix | undefined {
  const edits: FixEdit[] = [];
  const moved = new Map<number, number>();
  const seen = new Map<number, number>();
  for (const a of articles) if (typeof a.number === 'number') seen.set(a.number, (seen.get(a.number) ?? 0) + 1);
  articles.forEach((article, k) => {
    const wanted = k + 1;
    if (typeof article.number === 'number' && seen.get(article.number) === 1) moved.set(article.number, wanted);
    if (article.number !== wanted) edits.push({ range: article.numberRange, text: String(wanted) });
  });
  if (edits.length === 0) return undefined;
  let ambiguous = false;
  for (const article of articles) {
    for (const ref of article.references) {
      const target = moved.get(ref.target);
      if (target === undefined) {
        if ((seen.get(ref.target) ?? 0) > 1) ambiguous = true;
        continue;
      }
      if (target !== ref.target && !ref.implied) edits.push({ range: ref.range, text: String(target) });
    }
  }
  const n = articles.length;
  const [first, ...also] = edits;
  return {
    title: message(`Renuméroter les articles de 1 à ${n} (et les renvois)`, `Renumber the articles 1 to ${n} (and the references)`),
    ...first,
    also,
    preferred: !ambiguous,
  };
}
