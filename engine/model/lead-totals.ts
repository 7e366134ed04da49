/**
 * Rows whose first figure is the sum of the others, in tables written without `€` (2022-90, the
 * FSE deprogramming: `60 02/09/2019 31/08/2020 43 091,22 25 854,74 60,00% 17 236,48 0,00`, the cost
 * = FSE + Département + not realised, its FSE rate beside). Figures are those with decimals; a
 * share, a count or a date is no term. The relation is the annex's when at least three rows, and
 * four in five of the other lines with three such figures or more, hold it. A line of the same
 * shape that does not is kept, and counts for neither, when its first figure is the sum with one
 * digit slipped, or when there are few such lines (one in four of the rows that hold, one at least).
 */
import type { Region } from '../text/region';
import { lineRange } from '../text/lines';
import { linesWhere } from '../text/source-text';
import { scanAmounts, toAmount, type AmountToken } from './amounts';
import { isSlip } from './slips';
import type { Amount, RowTotal } from './types';

const MIN_ROWS = 3;
const MAX_LINE = 2000;
/** Every row holds decimal figures: one search of the annex finds the few lines that do. */
const DECIMALS = /\d,\d\d(?!\d)/g;
/** A line with a figure in euros is read by the row totals that end with their sum (annex-tables.ts). */
const EURO = /€|euro/iu;
/** A total's line is read with the table's totals: its first figure may be a count glued to it (`Total 3.9.1.1 185 139 110,24`). */
const TOTAL_LINE = /^\s*(?:sous[- ]?)?total/iu;

export function leadTotals(region: Region, content: readonly number[]): RowTotal[] {
  const { lines } = region;
  if (!content.length) return [];
  // Most annexes hold no such table: a line's figures are made amounts only once the table holds.
  const candidates: Candidate[] = [];
  for (const p of linesWhere(lines, content[0], content[content.length - 1], DECIMALS, MAX_LINE)) {
    const text = lines[p];
    if (region.noise.has(p) || EURO.test(text) || TOTAL_LINE.test(text)) continue;
    const tokens = scanAmounts(text);
    const figures = tokens.filter((t) => t.kind === 'number' && t.style.decimals === 2);
    if (figures.length < 3) continue;
    let sum = 0;
    for (let f = 1; f < figures.length; f++) sum += figures[f].cents;
    candidates.push({ p, tokens, figures, sum });
  }
  const holds = (c: Candidate): boolean => c.sum === c.figures[0].cents;
  const holding = candidates.filter(holds);
  if (holding.length < MIN_ROWS) return [];
  // A row of the table's shape that does not add up is one of its rows, a figure off: few of them,
  // or one digit off, and they neither make nor break the relation.
  const width = holding[0].figures.length;
  const off = candidates.filter((c) => !holds(c) && c.figures.length === width);
  const few = off.length <= Math.max(1, Math.floor(holding.length / 4));
  const kept = off.filter((c) => few || isSlip(c.figures[0].cents, c.sum));
  if (holding.length * 5 < (candidates.length - kept.length) * 4) return [];
  return candidates.filter((c) => holds(c) || kept.includes(c)).map(rowOf);
}

interface Candidate {
  p: number;
  tokens: AmountToken[];
  /** The figures with decimals: the total first, then its terms. */
  figures: AmountToken[];
  /** The terms' sum. */
  sum: number;
}

function rowOf({ p, tokens, figures }: Candidate): RowTotal {
  const [total, ...parts] = figures.map((t) => toAmount(t, p));
  const row: RowTotal = { parts, total, range: lineRange(p, total.range.start.character, parts[parts.length - 1].range.end.character), leading: true };
  const share = shareOf(tokens, parts, p);
  if (share) row.share = share;
  return row;
}

/** The one share among the row's terms, printed right after the term it is of (`25 854,74 60,00% 17 236,48`). */
function shareOf(tokens: readonly AmountToken[], parts: readonly Amount[], line: number): RowTotal['share'] {
  const shares = tokens.filter((t) => t.kind === 'percent');
  if (shares.length !== 1) return undefined;
  const [token] = shares;
  const part = parts.findIndex((a, k) => a.range.end.character <= token.index && (k + 1 === parts.length || token.index < parts[k + 1].range.start.character));
  if (part < 0) return undefined;
  return { part, rate: { value: token.cents, decimals: token.style.decimals, text: token.text, range: lineRange(line, token.index, token.index + token.length) } };
}
