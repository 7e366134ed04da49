/**
 * article-reference (domain.md §9): `en application de l’article 1`, `visées à l’article 2`, `des
 * articles 1 et 2` point at another article of the same deliberation (000 L64: article 2 → 1). A
 * number with no such article, or the article's own number, is left over from a renumbering.
 */
import type { Article } from '../model/types';
import type { Rule } from './types';
import { message } from './helpers';

export const articleReference: Rule = {
  id: 'article-reference',
  severity: 'warning',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Un renvoi « en application de l’article N » désigne un autre article existant de la délibération.',
    'A reference "en application de l’article N" points at another existing article of the deliberation.',
  ),
  check({ dossier, report }) {
    const articles = dossier.deliberation.articles;
    const byNumber = new Map<number, Article>();
    for (const a of articles) if (typeof a.number === 'number' && !byNumber.has(a.number)) byNumber.set(a.number, a);
    const existing = [...byNumber.keys()].sort((x, y) => x - y);
    for (const article of articles) {
      const seen = new Set<string>();
      for (const ref of article.references) {
        const key = `${ref.target}@${ref.range.start.line}:${ref.range.start.character}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const self = article.number === ref.target;
        const target = byNumber.get(ref.target);
        if (target && !self) continue;
        const others = existing.filter((k) => k !== article.number);
        const own = article.number === 'unique' ? 'l’article unique' : `l’article ${article.number}`;
        const ownEn = article.number === 'unique' ? 'the single article' : `article ${article.number}`;
        const list = existing.length > 0 ? existing.join(', ') : '—';
        report({
          range: ref.range,
          message: self
            ? message(
                `Renvoi à l’article ${ref.target} depuis ${own} lui-même : le renvoi doit désigner un autre article.`,
                `Reference to article ${ref.target} from ${ownEn} itself: it must point at another article.`,
              )
            : message(
                `Renvoi à l’article ${ref.target}, qui n’existe pas dans cette délibération (articles : ${article.number === 'unique' && existing.length === 0 ? 'unique' : list}).`,
                `Reference to article ${ref.target}, which does not exist in this deliberation (articles: ${article.number === 'unique' && existing.length === 0 ? 'unique' : list}).`,
              ),
          related: [{ range: article.heading, message: message('Article qui contient le renvoi', 'Article holding the reference') }],
          data: others.length === 1 ? { expected: String(others[0]), actual: String(ref.target), articles: existing } : { actual: String(ref.target), articles: existing },
          fixes:
            others.length === 1 && ref.range.start.line === ref.range.end.line && ref.range.end.character - ref.range.start.character === String(ref.target).length
              ? [{ title: message(`Renvoyer à l’article ${others[0]}`, `Refer to article ${others[0]}`), range: ref.range, text: String(others[0]), preferred: true }]
              : undefined,
        });
      }
    }
  },
};
