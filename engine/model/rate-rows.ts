/**
 * Rows that apply a rate (domain.md §7.1, diffusion de proximité, 2022-87 annex 2): `Théâtre
 * 6 600,00 € 30%  1 980 €` (L4710) — a base, a rate, and the amount it gives, rounded as the dossier
 * says (`taux unique de 30 % (arrondi à la dizaine d’euros la plus proche)`, L5037) and capped
 * (`* 2 500 € montant maximal par spectacle`, L4960: 8 400 × 30 % = 2 520 → `2 500 €`, L4759).
 *
 * The same shape means other things elsewhere (`63 235,26 € 14,05% 16 262,00 €`, 2022-103: a share
 * of the whole, not a rate of the base), so an annex's rows are a rate table only when five of them
 * at least, and four in five, give their amount within ten euros of base × rate (or the cap).
 */
import { lineRange, range as makeRange } from '../text/lines';
import { forEachMatch, linesWhere } from '../text/source-text';
import { contentLines, type Region } from '../text/region';
import { scanAmounts, toAmount, type AmountToken } from './amounts';
import type { Amount, RateRow, RateTable, Rounding } from './types';

const MAX_LINE = 2000;
const MIN_ROWS = 5;
/** Ten euros: no rounding a document states moves an amount further from base × rate. */
const LOOSE = 1000;
const PERCENT_SIGN = /%/g;
const LOOKBACK = 40;
const ROUNDING_WORD = /arrondi/gi;
const CAP_WORD = /maxim|plafon|limite\s+de\s+\d/gi;
/** `arrondi à la dizaine d’euros la plus proche`, `arrondis à l’euro inférieur`, `arrondie à la centaine d'euros`. */
const ROUNDING =
  /^arrondi(?:e|s|es)?\s+(?:à|a|au)\s+(?:la\s+|l['’]\s?)?(?<unit>euro|dizaine|centaine|millier)(?:\s+d['’]\s?euros?)?(?:\s+(?:(?<down>inf[ée]rieure?|le\s+plus\s+bas|la\s+plus\s+basse)|(?<up>sup[ée]rieure?|le\s+plus\s+haut|la\s+plus\s+haute)|(?:la|le)\s+plus\s+proche|pr[èe]s))?/iu;
const UNITS: Record<string, number> = { euro: 100, dizaine: 1000, centaine: 10000, millier: 100000 };
/** `2 500 € montant maximal`, `plafonnée à 2 500 €`, `dans la limite de 2 500 €`, `plafond de 2 500 €`. */
const CAP =
  /(?<![\d,])(?<before>\d{1,3}(?:[ \u00a0\u202f]\d{3}){0,4}(?:,\d{1,2})?\s?€)\s+(?:de\s+)?(?:montant\s+)?maxim(?:al|um)|(?:plafonn[ée]e?s?\s+à|dans\s+la\s+limite\s+de|plafond\s+de)\s+(?<after>\d{1,3}(?:[ \u00a0\u202f]\d{3}){0,4}(?:,\d{1,2})?\s?€)/iu;

/** The rate table of an annex, if it has one; rounding and cap are read from the whole `dossier`. Never throws. */
export function readRateTable(annex: Region, dossier: Region): RateTable | undefined {
  try {
    const rows = rateRows(annex);
    if (rows.length < MIN_ROWS) return undefined;
    const cap = capOf(annex) ?? capOf(dossier);
    const holding = rows.filter((row) => givesByRate(row, cap)).length;
    if (holding * 5 < rows.length * 4) return undefined;
    const rounding = roundingOf(dossier);
    return { rows, ...(rounding ? { rounding } : {}), ...(cap ? { cap } : {}) };
  } catch {
    return undefined;
  }
}

/** base × rate, in cents, unrounded. */
export function rateProduct(row: RateRow): number {
  return (row.base.cents * row.rate.value) / 10000;
}

function givesByRate(row: RateRow, cap: Amount | undefined): boolean {
  const product = rateProduct(row);
  if (cap && row.amount.cents === cap.cents && product >= cap.cents) return true;
  return Math.abs(row.amount.cents - product) < LOOSE;
}

function rateRows(region: Region): RateRow[] {
  const content = contentLines(region);
  if (!content.length) return [];
  const out: RateRow[] = [];
  for (const line of linesWhere(region.lines, content[0], content[content.length - 1], PERCENT_SIGN, MAX_LINE)) {
    // A line with a `%` is never blank: it is content unless it is noise (a page header, a stamp).
    if (region.noise.has(line)) continue;
    const row = rateRowOf(region.lines[line], line);
    if (row) out.push(row);
  }
  return out;
}

/** `… 6 600,00 € 30%   1 980 €`: the line ends with an amount, a rate, an amount, blanks between them. */
function rateRowOf(text: string, line: number): RateRow | undefined {
  // The row ends with its amount in euros: `€` or `euros`, before any scan.
  const end = text.trimEnd();
  const last = end[end.length - 1];
  if (last !== '€' && last !== 's' && last !== 'S') return undefined;
  const tokens = scanAmounts(text);
  const n = tokens.length;
  if (n < 3) return undefined;
  const [base, rate, amount] = tokens.slice(n - 3);
  if (!isMoney(base) || rate.kind !== 'percent' || !isMoney(amount)) return undefined;
  if (text.slice(amount.index + amount.length).trim() !== '') return undefined;
  const rateEnd = text.indexOf('%', rate.index + rate.length - 1) + 1;
  if (rateEnd <= 0 || text.slice(base.index + base.length, rate.index).trim() !== '' || text.slice(rateEnd, amount.index).trim() !== '') return undefined;
  if (rate.cents <= 0 || rate.cents > 10000) return undefined;
  return {
    range: lineRange(line, base.index, amount.index + amount.length),
    base: toAmount(base, line),
    rate: { value: rate.cents, text: text.slice(rate.index, rateEnd), range: lineRange(line, rate.index, rateEnd) },
    amount: toAmount(amount, line),
  };
}

function isMoney(token: AmountToken): boolean {
  return token.kind === 'money' && token.currency && token.cents > 0;
}

/** The one rounding the dossier states (none when it states two that differ). */
function roundingOf(region: Region): Rounding | undefined {
  const found: Rounding[] = [];
  statements(region, ROUNDING_WORD, (text, at, place) => {
    const m = ROUNDING.exec(text.slice(at));
    const unit = m?.groups?.unit;
    if (!m || !unit) return;
    const mode = m.groups?.down ? 'down' : m.groups?.up ? 'up' : 'nearest';
    found.push({ unit: UNITS[unit.toLowerCase()], mode, text: m[0], range: place(at, at + m[0].length) });
  });
  const first = found[0];
  return first && found.every((r) => r.unit === first.unit && r.mode === first.mode) ? first : undefined;
}

/** The one cap the region states (none when it states two that differ). */
function capOf(region: Region): Amount | undefined {
  const found: Amount[] = [];
  statements(region, CAP_WORD, (text, at, place) => {
    // Far enough back for `150 000,00 € montant maximal` and `dans la limite de`.
    const from = Math.max(0, at - LOOKBACK);
    const m = CAP.exec(text.slice(from, at + 60));
    const written = m?.groups?.before ?? m?.groups?.after;
    if (!m || !written) return;
    const start = from + m.index + m[0].indexOf(written);
    const token = scanAmounts(written)[0];
    if (!token || !isMoney(token)) return;
    found.push({ cents: token.cents, text: written, style: token.style, range: place(start, start + written.length) });
  });
  const first = found[0];
  return first && found.every((a) => a.cents === first.cents) ? first : undefined;
}

/**
 * Calls `visit` where `word` is found in the region's content, with the text of that line and the
 * next joined by one space (a statement may wrap), and a function giving the range of a span of it.
 */
function statements(region: Region, word: RegExp, visit: (text: string, at: number, place: (from: number, to: number) => ReturnType<typeof makeRange>) => void): void {
  const content = contentLines(region);
  if (!content.length) return;
  const next = new Map<number, number>();
  for (let c = 0; c + 1 < content.length; c++) next.set(content[c], content[c + 1]);
  const { lines } = region;
  forEachMatch(lines, content[0], content[content.length - 1], word, MAX_LINE, (line, _m, _span, at) => {
    const own = lines[line];
    const following = next.get(line);
    const text = following === undefined ? own : `${own} ${lines[following]}`;
    visit(text, at, (from, to) => {
      const end = to <= own.length || following === undefined ? { line, character: Math.min(to, own.length) } : { line: following, character: to - own.length - 1 };
      return makeRange(line, from, end.line, end.character);
    });
  });
}
