/**
 * Totals written in a sentence, in every template: `5 000 € au comité des fêtes, 3 000 € au club de
 * football et 2 000 € à l'harmonie, soit un total de 10 000 €`, or a unit price times a count
 * (022: `16 € par action, soit un achat de 250 actions pour un montant total de 4.000 €`). The
 * terms are the amounts of the same sentence before the phrase that announces the total (`soit un
 * total de`, `pour un montant total de`, `soit au total`); a sentence with fewer than two, or one
 * that breaks a figure down (`dont 40 000 € de DETR`), relates nothing.
 */
import { lineRange } from '../text/lines';
import { linesWhere } from '../text/source-text';
import { looksLikeMoney, scanAmounts, toAmount } from './amounts';
import type { ProseTotal } from './types';

/** Every announcing phrase holds the word. */
const TOTAL_WORD = /total|TOTAL/g;
const PHRASE = /(?:soit|pour)\s+(?:un\s+(?:montant\s+)?total\s+(?:g[ée]n[ée]ral\s+)?(?:de\s+)?|au\s+total\s*:?\s*(?:de\s+)?)/giu;
/** A breakdown of one figure, or a figure that is no term: the sentence is no list. */
const NO_LIST = /(?<!\p{L})(?:dont|sur\s+un\s+(?:co[ûu]t|montant|total)|hors|taux|plafond)(?!\p{L})/iu;
/** What follows a unit price: `16 € par action`, `2 € l'unité`, `150 € chacun`. */
const PER_UNIT = /^\s?(?:HT\s|TTC\s)?(?:par\s+(\p{L}{3,})|l['’]unit[ée]|chacun(?:e)?)/iu;
/** How far back a sentence may start, and how far apart the amounts of one list may be. */
const MAX_SENTENCE = 400;
const MAX_GAP = 100;

/** The totals written in sentences of lines [from, to]. Never throws. */
export function readProseTotals(lines: readonly string[], from: number, to: number): ProseTotal[] {
  const out: ProseTotal[] = [];
  try {
    for (const i of linesWhere(lines, Math.max(0, from), Math.min(to, lines.length - 1), TOTAL_WORD, Infinity)) {
      const line = lines[i];
      PHRASE.lastIndex = 0;
      for (let m = PHRASE.exec(line); m; m = PHRASE.exec(line)) {
        const after = m.index + m[0].length;
        const [token] = scanAmounts(line.slice(after, after + 40));
        if (!token || token.kind !== 'money' || token.index > 0) continue;
        const found = relation(line, i, m.index);
        if (found) out.push({ range: lineRange(i, m.index, after), total: toAmount(token, i, after), ...found });
      }
    }
  } catch {
    return out;
  }
  return out;
}

function relation(line: string, index: number, phrase: number): Pick<ProseTotal, 'terms' | 'product'> | undefined {
  const start = sentenceStart(line, phrase);
  const text = line.slice(start, phrase);
  if (NO_LIST.test(text)) return undefined;
  const tokens = scanAmounts(text);
  const money = tokens.filter((t) => t.kind === 'money');
  if (money.length === 1) {
    const price = money[0];
    const unit = PER_UNIT.exec(text.slice(price.index + price.length));
    const counts = tokens.filter((t) => t.kind === 'number' && t.style.decimals === 0 && t.index > price.index + price.length);
    if (!unit || counts.length !== 1) return undefined;
    const count = counts[0];
    const noun = /^\s(\p{L}{3,})/u.exec(text.slice(count.index + count.length));
    // The count counts what the price is per: `par action` … `250 actions`.
    if (unit[1] && !(noun && sameNoun(noun[1], unit[1]))) return undefined;
    if (!unit[1] && !noun) return undefined;
    return {
      terms: [],
      product: { price: toAmount(price, index, start), count: { value: count.cents / 100, range: lineRange(index, start + count.index, start + count.index + count.length) } },
    };
  }
  if (money.length < 2 || tokens.some((t) => t.kind === 'number' && looksLikeMoney(t))) return undefined;
  for (let k = 1; k < money.length; k++) if (money[k].index - (money[k - 1].index + money[k - 1].length) > MAX_GAP) return undefined;
  if (phrase - start - (money[money.length - 1].index + money[money.length - 1].length) > MAX_GAP) return undefined;
  return { terms: money.map((t) => toAmount(t, index, start)) };
}

/**
 * Where the sentence that holds `at` starts: after `. ` (not `M. ` or `Mme. `), `;` or `:` (the list
 * it introduces starts after it), at most MAX_SENTENCE back.
 */
function sentenceStart(line: string, at: number): number {
  const floor = Math.max(0, at - MAX_SENTENCE);
  for (let i = at - 1; i >= floor; i--) {
    const c = line[i];
    if (c === ';' || c === ':') return i + 1;
    if (c === '.' && line[i + 1] === ' ' && !/(?:^|\s)(?:M|Mme|MM|Mmes|Dr)$/u.test(line.slice(Math.max(0, i - 5), i))) return i + 1;
  }
  return floor;
}

function sameNoun(a: string, b: string): boolean {
  const stem = (w: string) => w.toLowerCase().replace(/(?:s|x)$/u, '');
  return stem(a) === stem(b);
}
