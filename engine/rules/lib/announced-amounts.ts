/**
 * The amount an article announces as the total of its decision, and the parts it splits it into
 * (domain.md §7.2). Maxima, thresholds, unit rates and amounts in parentheses are not totals.
 */
import type { Amount, Article } from '../../model/types';
import { collapseSpaces } from '../../text/normalize';

/** Words that make the figure after them something other than a total. */
const NOT_A_TOTAL_BEFORE =
  /(?:maxim|plafon|plus\sde|moins\sde|au\splus|au\smoins|jusqu|port[ée]e?s?\sà|limite|au[- ]del[àa]|sup[ée]rieur|inf[ée]rieur|arrondi|minim|environ|pr[èe]s\sde|hauteur|forfait|base\sde|reste|solde|d[ée]j[àa]|pr[ée]c[ée]dent|initial)/iu;
/** A unit rate after the figure: `par collège`, `/ élève`, `pour chaque bilan`, `chacun`. */
const UNIT_AFTER = /^\s?(?:HT|TTC|H\.T\.|T\.T\.C\.)?\s?(?:par\s|\/|pour\schaque|chacun|chacune|l['’]unit|mensuel|annuel|de\sl['’]heure)/iu;
/** What announces an amount of the decision. */
const ANNOUNCE = /(?:montant|total|global|somme|participation|subvention|cr[ée]dits?|dotation|aide|enveloppe|s['’][ée]l[èe]ve|affect|attribu|autorisation)/iu;

export interface Located {
  amount: Amount;
  /** Offsets of the figure in the article's body. */
  start: number;
  end: number;
}

/** Each amount of the article with its place in the body; amounts not found there are dropped. */
function locate(article: Article): Located[] {
  const out: Located[] = [];
  let cursor = 0;
  for (const amount of article.amounts) {
    const text = collapseSpaces(amount.text);
    const at = article.body.indexOf(text, cursor);
    if (at < 0) continue;
    out.push({ amount, start: at, end: at + text.length });
    cursor = at + text.length;
  }
  return out;
}

function sentenceBefore(body: string, at: number, span: number): string {
  const before = body.slice(Math.max(0, at - span), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
  return stop >= 0 ? before.slice(stop + 2) : before;
}

function inParentheses(body: string, at: number): boolean {
  const before = body.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

function isTotalCandidate(body: string, item: Located): boolean {
  if (inParentheses(body, item.start)) return false;
  if (UNIT_AFTER.test(body.slice(item.end, item.end + 24))) return false;
  if (NOT_A_TOTAL_BEFORE.test(sentenceBefore(body, item.start, 40))) return false;
  return true;
}

export interface Announced {
  article: Article;
  main: Located;
  /** The parts the main amount is split into (`soit … et …`, `comme suit : - … ; - …`), when the article lists them. */
  parts?: Located[];
}

/** The amount the article announces, and its parts when it lists them. */
export function announcedAmount(article: Article): Announced | undefined {
  const items = locate(article);
  const body = article.body;
  const index = items.findIndex((item) => isTotalCandidate(body, item) && ANNOUNCE.test(sentenceBefore(body, item.start, 120)));
  if (index < 0) return undefined;
  const main = items[index];
  const rest = items.slice(index + 1).filter((item) => !inParentheses(body, item.start) && !UNIT_AFTER.test(body.slice(item.end, item.end + 24)));
  if (rest.length < 2) return { article, main };
  const lead = body.slice(main.end, rest[0].start);
  if (!/\bsoit\s*$/iu.test(lead) && !/comme\ssuit\s?:\s?[-–]?\s?$/iu.test(lead)) return { article, main };
  let previous = rest[0];
  for (const item of rest.slice(1)) {
    const between = body.slice(previous.end, item.start);
    // Each part is introduced like the others: after `;`, `,`, `et`, or a dash.
    if (!/(?:[;,]|\bet|[-–])\s?[-–]?\s?$/iu.test(between)) return { article, main };
    previous = item;
  }
  return { article, main, parts: rest };
}
