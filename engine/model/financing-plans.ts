/**
 * Financing plans (`Plan de financement prévisionnel :`), in every template: the expenses and the
 * resources of an operation, each row an amount and often its share of the total (`DETR 40 %
 * 44 000 €`). The plan is read as a stream of figures from its heading on, line by line or within one
 * flattened line alike: each amount closes a row whose label is the text since the previous figure;
 * a side's keyword (`Dépenses`, `Recettes`, `Ressources`) switches sides, `Total` marks a total.
 *
 * A plan whose labels mix sides or totals (a PDF that printed the columns one after the other, the
 * figures far from their labels) is not read: it is reported as unread, never guessed.
 */
import { lineRange, textAfter } from '../text/lines';
import { linesWhere } from '../text/source-text';
import { looksLikeMoney, scanAmounts, toAmount } from './amounts';
import type { FinancingPlan, ParseNote, PlanRate, PlanRow } from './types';

/** Every heading holds the word: the lines that do not are left unread. */
const FINANCEMENT = /inancement|INANCEMENT/g;
/** `Plan de financement prévisionnel :`, `le plan de financement de l’opération est le suivant :`. */
const HEADING = /plan\s+de\s+financement(?:[^.:;!?]{0,80}?)\s?:/giu;
/** A line that is only the heading, its blanks collapsed: `PLAN DE FINANCEMENT`, `Plan de financement prévisionnel`. */
const HEADING_LINE = /^[-–•·*#| ]*plan de financement(?: \p{L}+){0,2} ?:?$/iu;
const EXPENSES = /\b(?:d[ée]penses?|co[ûu]ts?|emplois)\b/giu;
const RESOURCES = /\b(?:recettes?|ressources?|financements?|financeurs?)\b/giu;
const TOTAL = /\btotal(?:e|es|aux)?\b/giu;
/** What ends a plan: the act goes on (`Article 2`, `DÉCIDE`, `Vu`, …). */
const AFTER_PLAN = /^\s*(?:article\b|d[ée]cide\b|vu\b|consid[ée]rant\b|apr[èe]s\s+en\s+avoir|le\s+conseil\b|la\s+commission\b|adopt[ée])/iu;
/** Between an amount and its share (`44 000 € (40 %)`, `44 000 € soit 40 %`). */
const RATE_AFTER = /^[\s()\[\]–\-,;:|]*(?:soit\s*)?$/iu;
/** A share written in a row's label: `(40 %)`, `40 %`, `soit 40 %`. */
const SHARE_IN_LABEL = /(?:soit\s)?\(?\d{1,3}(?:,\d{1,2})?\s?%\s?\)?/gu;
/** A plan fits in a page: beyond, the text is no plan any more. */
const MAX_LINES = 60;
const MAX_ROWS = 40;
/** A label this long is prose: the plan has ended. */
const MAX_LABEL = 140;
/** How far after a heading figures show that a plan is written there. */
const NEAR = 600;
/** A line with no figure this long is prose too, once the plan has figures. */
const MAX_HEADER = 60;

export interface FinancingPlans {
  plans: FinancingPlan[];
  /** Headings followed by figures the reader could not put in rows, said by read-notice. */
  notes: ParseNote[];
}

/** The plans written on lines [from, to]. Never throws. */
export function readFinancingPlans(lines: readonly string[], from: number, to: number): FinancingPlans {
  const out: FinancingPlans = { plans: [], notes: [] };
  try {
    let after = -1;
    for (const i of linesWhere(lines, Math.max(0, from), Math.min(to, lines.length - 1), FINANCEMENT, Infinity)) {
      if (i <= after) continue;
      const line = lines[i];
      const found = headingAt(line);
      if (!found) continue;
      const heading = lineRange(i, found.start, found.end);
      const start = found.end;
      const read = readPlan(lines, i, start, to);
      if (read.plan) out.plans.push({ ...read.plan, range: heading });
      else if (figuresNear(lines, i, start, to) >= 2) out.notes.push({ missing: ['financing-plan'], range: heading });
      after = Math.max(i, read.last);
    }
  } catch {
    return out;
  }
  return out;
}

/** Amounts and shares in the text that follows a heading: a plan was written there, read or not. */
function figuresNear(lines: readonly string[], line: number, start: number, to: number): number {
  return scanAmounts(textAfter(lines, line, start, to, NEAR)).filter((t) => t.kind === 'percent' || looksLikeMoney(t)).length;
}

function headingAt(line: string): { start: number; end: number } | undefined {
  if (line.length < 120 && HEADING_LINE.test(line.replace(/\s+/gu, ' ').trim())) return { start: line.length - line.trimStart().length, end: line.trimEnd().length };
  HEADING.lastIndex = 0;
  const m = HEADING.exec(line);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

type Side = 'expenses' | 'resources';

interface Stream {
  expenses: PlanRow[];
  resources: PlanRow[];
  side: Side | undefined;
  /** The row whose amount came last, waiting for a share written after it. */
  previous: PlanRow | undefined;
  /** A share written before its amount (`DETR 40 % 44 000 €`). */
  rate: PlanRate | undefined;
  figures: number;
  broken: boolean;
  done: boolean;
}

function readPlan(lines: readonly string[], headingLine: number, start: number, to: number): { plan?: Omit<FinancingPlan, 'range'>; last: number } {
  const s: Stream = { expenses: [], resources: [], side: undefined, previous: undefined, rate: undefined, figures: 0, broken: false, done: false };
  let last = headingLine;
  for (let i = headingLine; i <= to && i < lines.length && i <= headingLine + MAX_LINES && !s.done && !s.broken; i++) {
    const line = lines[i];
    const from = i === headingLine ? start : 0;
    if (line.trim() === '') continue;
    if (i > headingLine && (AFTER_PLAN.test(line) || headingAt(line) !== undefined)) break;
    readLine(s, line, i, from);
    last = i;
    if (s.expenses.length + s.resources.length > MAX_ROWS) s.broken = true;
  }
  const rows = s.expenses.length + s.resources.length;
  const readable = !s.broken && rows >= 2;
  return readable ? { plan: { expenses: s.expenses, resources: s.resources }, last } : { last };
}

function readLine(s: Stream, line: string, index: number, from: number): void {
  const text = line.slice(from);
  // The label runs from the last amount: a share written inside it (`DETR (40 %)`) is taken out.
  let cursor = 0;
  for (const token of scanAmounts(text)) {
    const between = text.slice(cursor, token.index);
    if (token.kind === 'percent') {
      s.figures++;
      const rate: PlanRate = { value: token.cents, decimals: token.style.decimals, text: token.text, range: lineRange(index, from + token.index, from + token.index + token.length) };
      if (s.previous && !s.previous.rate && RATE_AFTER.test(between)) {
        s.previous.rate = rate;
        cursor = afterPercent(text, token.index + token.length);
      } else s.rate = rate;
      continue;
    }
    if (!looksLikeMoney(token)) continue;
    s.figures++;
    if (between.trim().length > MAX_LABEL) {
      s.done = true;
      return;
    }
    addRow(s, between.replace(SHARE_IN_LABEL, ' '), { ...toAmount(token, index, from) });
    cursor = token.index + token.length;
    if (s.done || s.broken) return;
  }
  const rest = text.slice(cursor);
  // A line of prose with no figure ends the plan (a table's headers are short).
  if (rest.trim().length > MAX_LABEL || (cursor === 0 && s.figures > 0 && rest.trim().length > MAX_HEADER)) s.done = true;
  else if (rest.trim() !== '') {
    // Words after the line's last figure open the next row's label: a side named alone on its line.
    switchSide(s, rest);
    s.previous = undefined;
  }
}

/** Past the `%` (and a closing parenthesis) that follows a share's figure. */
function afterPercent(text: string, at: number): number {
  const m = /^\s?%\s?\)?/u.exec(text.slice(at, at + 4));
  return at + (m ? m[0].length : 0);
}

function addRow(s: Stream, label: string, amount: PlanRow['amount']): void {
  const totals = count(TOTAL, label);
  const expenses = count(EXPENSES, label);
  const resources = count(RESOURCES, label);
  // Two totals, or both sides, named before one figure: the columns were printed apart.
  if (totals > 1 || (expenses > 0 && resources > 0)) {
    s.broken = true;
    return;
  }
  if (expenses > 0) s.side = 'expenses';
  if (resources > 0) s.side = 'resources';
  if (!s.side) {
    // Rows before any side is named are the expenses, unless they hold shares (resources do).
    s.side = s.rate ? 'resources' : 'expenses';
  }
  // `Recettes DETR`: the side's name opens the label of its first row.
  const named = expenses > 0 || resources > 0 ? label.slice(lastEnd(expenses > 0 ? EXPENSES : RESOURCES, label)) : label;
  const row: PlanRow = { label: cleanLabel(totals === 1 ? label : named), amount, total: totals === 1 };
  if (s.rate) {
    row.rate = s.rate;
    s.rate = undefined;
  }
  (s.side === 'expenses' ? s.expenses : s.resources).push(row);
  s.previous = row;
  if (row.total && s.side === 'resources' && s.expenses.length > 0) s.done = true;
}

function switchSide(s: Stream, text: string): void {
  const expenses = count(EXPENSES, text);
  const resources = count(RESOURCES, text);
  if (expenses > 0 && resources > 0) s.broken = true;
  else if (expenses > 0) s.side = 'expenses';
  else if (resources > 0) s.side = 'resources';
}

function lastEnd(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let end = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) end = m.index + m[0].length;
  return end;
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** Separators and blanks around a label (`| DSIL |`, `: Travaux`). */
const AROUND_LABEL = new Set([...' \t\u00a0\u202f|:;,–-•·*()']);

function cleanLabel(label: string): string {
  let from = 0;
  let to = label.length;
  while (from < to && AROUND_LABEL.has(label[from])) from++;
  while (to > from && AROUND_LABEL.has(label[to - 1])) to--;
  return label.slice(from, to).replace(/\s+/gu, ' ');
}
