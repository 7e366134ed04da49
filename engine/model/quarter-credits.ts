/**
 * The investment credits a council opens before its budget, « dans la limite du quart des crédits
 * ouverts au budget de l'exercice précédent » (CGCT L1612-1), in every template. From the mention
 * on, the text is read as a stream of figures, line by line or within one flattened line alike:
 * amounts with only separators between them make one row, whose label is the text since the
 * previous row. Before the rows, an amount the text calls last year's credits is the base, one it
 * calls the quarter is the quarter; `Total` marks the row of totals, and a last row with one figure
 * more than the others ends with its total printed bare (010: `… 33 000 € 482915 €`).
 *
 * A table whose rows do not all hold the same number of figures is not read: it is reported as
 * unread, never guessed.
 */
import { lineRange, textAfter } from '../text/lines';
import { linesWhere } from '../text/source-text';
import { looksLikeMoney, scanAmounts, toAmount } from './amounts';
import type { Amount, ParseNote, QuarterColumn, QuarterCredits, QuarterRow } from './types';

/** Every mention holds the word: the lines that do not are left unread. */
const QUART = /[qQ]uart|QUART|25 ?%/g;
const MENTION = /\bquart\s+des\s+cr[ée]dits|\bquart\s+du\s+budget|\bquart\s+des\s+d[ée]penses|25\s?%\s+des\s+cr[ée]dits/giu;
/** Last year's credits: `Crédits ouverts du budget primitif 2022`, `BP 2022`, `montant des crédits votés`. */
const CREDITS = /cr[ée]dits\s+(?:ouverts|vot[ée]s|inscrits)|budget\s+(?:primitif|pr[ée]c[ée]dent|de\s+l.exercice)|\bBP\b|\bN\s?-\s?1\b|exercice\s+pr[ée]c[ée]dent/iu;
/** The quarter itself: `soit un quart`, `25 %`, `/ 4 =`, `montant maximum`. */
const QUARTER = /quart|25\s?%|\/\s?4\b|1\/4|maximum|plafond/iu;
const TOTAL = /\btotal(?:e|es|aux)?\b/iu;
/** What ends the table once it has rows: the act goes on. */
const AFTER_ROWS = /apr[èe]s\s+avoir|(?<!\p{L})(?:d[ée]cide|d[ée]lib[èe]re|vu|voix|l[ea]\s+(?:conseil|comit[ée]|bureau))(?!\p{L})|consid[ée]rant|(?<!\p{L})article\s+(?:1er|premier|\d{1,2}(?!\p{N}))|adopt[ée]|unanimit/iu;
/** What ends the search for rows before the first one: another clause. */
const AFTER_MENTION = /(?<!\p{L})(?:vu|voix)(?!\p{L})|consid[ée]rant|(?<!\p{L})article\s+(?:1er|premier|\d{1,2}(?!\p{N}))|unanimit|plan\s+de\s+financement/iu;
/** Between two figures of one row: separators, or a share printed beside them. */
const SAME_ROW = /^(?:[\s|;:–\-]|\d{1,3}(?:,\d{1,2})?\s?%)*$/u;
/** How each column is named in a header (`BP 2022 | 25 % | Montant autorisé`, `Nature Libellé Ouverture 2023`). */
const HEADER = /(?<quarter>quart|25\s?%|1\/4)|(?<authorised>autoris\p{L}*|anticip\p{L}*|propos\p{L}*|ouvertures?|engag\p{L}*)|(?<credits>cr[ée]dits\s+(?:ouverts|vot[ée]s|inscrits)|\bBP\b|\bBS\b|budget(?:\s+primitif)?|vot[ée]s?\b|\bN\s?-\s?1\b)/giu;
/** A chapter or nature code opening a row: investment accounts are of classes 1, 2 and 4 (`20`, `2158`, `215731`, `040`). */
const CODE = /^[\s|:;,.–\-•·*]*(?:(?:chap(?:itre)?|compte|nature|article|opération)[\s:.]*)?((?:0?[124])\d{1,5})(?![\p{N},.]|\s?%)/iu;
/** A code anywhere in the first row's label, the table's header before it (`Ouverture 2023 215731 Matériel roulant`). */
const CODE_ANYWHERE = /(?<![\p{L}\p{N},.])(?:chap(?:itre|\.)?\s*)?((?:0?[124])\d{1,5})(?![\p{N},.]|\s?%)/giu;
/** The words that leave a code out (`hors chapitre 16`, `non compris le chapitre 16`). */
const LEFT_OUT = new Set(['hors', 'sauf', 'excepté', 'exceptés', 'exclu', 'exclus', 'compris']);
const YEAR = /^(?:19|20)[0-3]\d$/u;
/** Past this, a mention is prose: no table follows it. */
const MAX_BEFORE_ROWS = 700;
const MAX_LABEL = 160;
const MAX_ROWS = 40;
const MAX_LINES = 80;
/** The most of a flattened line a table may take: its rows, their labels and figures. */
const MAX_SPAN = MAX_ROWS * (MAX_LABEL + 60);
/** How far after a mention figures show that a table is written there. */
const NEAR = 600;

export interface QuarterCreditsRead {
  tables: QuarterCredits[];
  /** Mentions followed by figures the reader could not put in rows, said by read-notice. */
  notes: ParseNote[];
}

/** The tables written on lines [from, to]. Never throws. */
export function readQuarterCredits(lines: readonly string[], from: number, to: number): QuarterCreditsRead {
  const out: QuarterCreditsRead = { tables: [], notes: [] };
  const unread: ParseNote[] = [];
  try {
    let after = { line: -1, character: -1 };
    for (const i of linesWhere(lines, Math.max(0, from), Math.min(to, lines.length - 1), QUART, Infinity)) {
      MENTION.lastIndex = 0;
      for (let m = MENTION.exec(lines[i]); m; m = MENTION.exec(lines[i])) {
        if (i < after.line || (i === after.line && m.index < after.character)) continue;
        const mention = lineRange(i, m.index, m.index + m[0].length);
        const read = readTable(lines, i, m.index + m[0].length, to, m[0]);
        if (read.table) {
          const base = read.table.base ?? baseBefore(lines[i], i, m.index);
          out.tables.push({ ...read.table, ...(base ? { base } : {}), range: mention });
          after = read.end;
        } else if (tableAnnounced(lines, i, m.index + m[0].length, to)) unread.push({ missing: ['quarter-credits'], range: mention });
      }
    }
  } catch {
    return out;
  }
  // Several mentions lead to one table (the article quoted, then the proposal): one read is enough.
  if (out.tables.length === 0 && unread.length > 0) out.notes.push(unread[0]);
  return out;
}

/** Figures announced after a mention (`… selon la répartition suivante : 20 …`): a table was written there, read or not. */
function tableAnnounced(lines: readonly string[], line: number, start: number, to: number): boolean {
  const text = textAfter(lines, line, start, to, NEAR);
  const amounts = scanAmounts(text).filter(looksLikeMoney);
  return amounts.length >= 2 && text.slice(0, amounts[0].index).includes(':');
}


interface Group {
  label: string;
  amounts: Amount[];
}

interface Stream {
  groups: Group[];
  open: Group | undefined;
  /** The text since the last amount. */
  pending: string;
  end: { line: number; character: number };
  done: boolean;
}

/**
 * Last year's credits written in the mention's sentence, before it (`Les crédits votés au budget
 * primitif 2022 s'élèvent à 600 000 €, soit le quart des crédits : 150 000 €`).
 */
function baseBefore(line: string, index: number, mention: number): Amount | undefined {
  const before = line.slice(Math.max(0, mention - MAX_LABEL * 2), mention);
  const sentence = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';')) + 1;
  const text = before.slice(sentence);
  const amounts = scanAmounts(text).filter(looksLikeMoney);
  if (amounts.length !== 1 || !CREDITS.test(text.slice(0, amounts[0].index))) return undefined;
  return toAmount(amounts[0], index, mention - before.length + sentence);
}

function readTable(
  lines: readonly string[],
  line: number,
  start: number,
  to: number,
  mention: string,
): { table?: Omit<QuarterCredits, 'range'>; end: { line: number; character: number } } {
  const s: Stream = { groups: [], open: undefined, pending: '', end: { line, character: start }, done: false };
  for (let i = line; i <= to && i < lines.length && i <= line + MAX_LINES && !s.done; i++) {
    const from = i === line ? start : 0;
    if (i > line) s.pending += '\n';
    readLine(s, lines[i], i, from);
  }
  close(s);
  // A figure right after the mention (`le quart des crédits : 150 000 €`) is the quarter itself.
  const first = s.groups[0];
  if (first && !/\p{L}/u.test(first.label)) first.label = mention + first.label;
  const table = tableOf(s.groups);
  return table ? { table, end: s.end } : { end: { line, character: start } };
}

function readLine(s: Stream, line: string, index: number, from: number): void {
  const text = line.slice(from, from + MAX_SPAN);
  let cursor = 0;
  for (const token of scanAmounts(text)) {
    if (!looksLikeMoney(token)) continue;
    const between = s.pending + text.slice(cursor, token.index);
    const amount = toAmount(token, index, from);
    if (s.open && !between.includes('\n') && SAME_ROW.test(between)) s.open.amounts.push(amount);
    else {
      close(s);
      if (s.done || !stillTable(s, between)) {
        s.done = true;
        return;
      }
      s.open = { label: between, amounts: [amount] };
    }
    s.pending = '';
    cursor = token.index + token.length;
    s.end = { line: index, character: from + cursor };
  }
  s.pending += text.slice(cursor);
  const rows = s.groups.length + (s.open ? 1 : 0);
  if (rows > 0 && (s.pending.length > MAX_LABEL || AFTER_ROWS.test(s.pending))) {
    close(s);
    s.done = true;
  } else if (rows === 0 && (s.pending.length > MAX_BEFORE_ROWS || AFTER_MENTION.test(s.pending))) s.done = true;
}

/** Whether the text before a new row still belongs to the table. */
function stillTable(s: Stream, label: string): boolean {
  if (s.groups.length === 0) return label.length <= MAX_BEFORE_ROWS && !AFTER_MENTION.test(label);
  if (s.groups.length >= MAX_ROWS) return false;
  return label.length <= MAX_LABEL && !AFTER_ROWS.test(label);
}

function close(s: Stream): void {
  if (s.open) s.groups.push(s.open);
  s.open = undefined;
}

/** The groups of figures put in their places: base, quarter, rows, total. Undefined when they do not make a table. */
function tableOf(groups: readonly Group[]): Omit<QuarterCredits, 'range'> | undefined {
  let base: Amount | undefined;
  let quarter: Amount | undefined;
  let header = '';
  const rows: QuarterRow[] = [];
  let total: QuarterRow | undefined;
  for (const g of groups) {
    // Before the rows, a label holds the table's header before the first row: split it once.
    const split = rows.length === 0 ? firstRow(g.label) : undefined;
    const coded = split ? split.row.code : codeAt(g.label);
    const statement = g.amounts.length === 1 && !coded && (rows.length === 0 || total !== undefined);
    if (statement && QUARTER.test(g.label) && !quarter) quarter = g.amounts[0];
    // Last year's credits are stated before the rows: after the total, a budget named is another.
    else if (statement && rows.length === 0 && CREDITS.test(g.label) && !base) base = g.amounts[0];
    else if (total) break;
    else if (rows.length > 0 && TOTAL.test(g.label)) total = { label: clean(g.label), amounts: g.amounts };
    else if (split) {
      header = split.header;
      rows.push({ ...split.row, amounts: g.amounts });
    } else rows.push({ ...rowLabel(g.label), amounts: g.amounts });
  }
  if (rows.length === 0) return undefined;
  // A table is announced (`selon la répartition suivante :`) or lists its chapters: prose that names
  // a budget and two sums after the mention is no table.
  const firstRowAt = groups.findIndex((g) => g.amounts === rows[0].amounts);
  const announced = groups.slice(0, firstRowAt + 1).some((g) => g.label.includes(':'));
  if (!announced && rows.filter((r) => r.code).length < 2) return undefined;
  const widths = rows.map((r) => r.amounts.length);
  const width = widths[0];
  const last = rows[rows.length - 1];
  // The last row's extra figure is the table's total, printed without its label.
  if (!total && rows.length >= 2 && width === 1 && last.amounts.length === 2 && widths.slice(0, -1).every((w) => w === 1)) {
    total = { label: '', amounts: [last.amounts[1]] };
    last.amounts = [last.amounts[0]];
  }
  if (!rows.every((r) => r.amounts.length === width) || width > 3) return undefined;
  if (rows.length < 2 && !total && !base && !quarter) return undefined;
  const columns = columnsOf(header, rows, width);
  if (total && total.amounts.length !== width && total.amounts.length !== 1) total = undefined;
  return {
    ...(base ? { base } : {}),
    ...(quarter ? { quarter } : {}),
    columns,
    rows,
    ...(total ? { total } : {}),
  };
}

/** The header's names of the columns when there are as many as figures a row, else the usual order. */
function columnsOf(header: string, rows: readonly QuarterRow[], width: number): QuarterColumn[] {
  const named: QuarterColumn[] = [];
  HEADER.lastIndex = 0;
  for (let m = HEADER.exec(header); m; m = HEADER.exec(header)) {
    const role = (Object.keys(m.groups ?? {}) as QuarterColumn[]).find((k) => m!.groups?.[k] !== undefined);
    if (role && named[named.length - 1] !== role) named.push(role);
  }
  if (named.length === width && named.includes('authorised') && new Set(named).size === width) return named;
  if (width === 1) return ['authorised'];
  if (width === 3) return ['credits', 'quarter', 'authorised'];
  // Two figures a row: the second is the quarter when it is one on nearly every row, else the amount opened.
  const quarters = rows.filter((r) => isQuarterOf(r.amounts[1], r.amounts[0])).length;
  return quarters * 5 >= rows.length * 4 ? ['credits', 'quarter'] : ['credits', 'authorised'];
}

/** A quarter written at the precision of its own figure: to the cent, or to the euro, rounded either way. */
export function isQuarterOf(quarter: Amount, credits: Amount): boolean {
  const exact = credits.cents / 4;
  const unit = quarter.style.decimals > 0 ? 1 : 100;
  return Math.abs(quarter.cents - exact) < unit;
}

function codeAt(label: string): string | undefined {
  const last = label.slice(label.lastIndexOf('\n') + 1);
  const m = CODE.exec(last);
  return m && !YEAR.test(m[1]) ? m[1] : undefined;
}

function rowLabel(label: string): { label: string; code?: string } {
  const last = label.slice(label.lastIndexOf('\n') + 1);
  const code = codeAt(label);
  return { label: clean(last), ...(code ? { code } : {}) };
}

/**
 * The first row's label holds the table's header before it: the row starts at its code (`215731
 * Matériel roulant`, `chapitre 20 :`), else at its line or after the sentence that announces it.
 */
function firstRow(label: string): { header: string; row: { label: string; code?: string } } {
  let code: { value: string; at: number } | undefined;
  CODE_ANYWHERE.lastIndex = 0;
  for (let m = CODE_ANYWHERE.exec(label); m; m = CODE_ANYWHERE.exec(label)) {
    if (!YEAR.test(m[1]) && !leftOut(label.slice(Math.max(0, m.index - 30), m.index))) code = { value: m[1], at: m.index };
  }
  const newline = label.trimEnd().lastIndexOf('\n');
  const start = code?.at ?? Math.max(newline + 1, sentenceEnd(label));
  const before = label.slice(0, start).trimEnd();
  const headerLine = before.slice(before.lastIndexOf('\n') + 1);
  const header = headerLine.slice(sentenceEnd(headerLine));
  return { header, row: { label: clean(label.slice(start)), ...(code ? { code: code.value } : {}) } };
}

function leftOut(before: string): boolean {
  return before.trim().split(/\s+/u).slice(-2).some((word) => LEFT_OUT.has(word.toLowerCase().replace(/[()[\]«»"',;:]/gu, '')));
}

/** Just past the last `:` or `. ` of a text, where a table's header or first row starts. */
function sentenceEnd(text: string): number {
  return Math.max(text.lastIndexOf(':'), text.lastIndexOf('. ')) + 1;
}

/** Separators and blanks around a label (`| 20 |`, `- chapitre 21 :`). */
const AROUND_LABEL = new Set([...' \t\n\u00a0\u202f|:;,.–-•·*()']);

function clean(label: string): string {
  let from = 0;
  let to = label.length;
  while (from < to && AROUND_LABEL.has(label[from])) from++;
  while (to > from && AROUND_LABEL.has(label[to - 1])) to--;
  // A pipe table's cells read as one label: `20 | Immobilisations incorporelles` is `20 Immobilisations incorporelles`.
  return label.slice(from, to).replace(/\|/gu, ' ').replace(/\s+/gu, ' ');
}
