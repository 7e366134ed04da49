/**
 * Imputation tables (« Code Opération | Imputation Budgétaire | Libellé Opération | amounts »): the
 * budget lines a deliberation decides and its report proposes. Three layouts are read into one model:
 *
 * - the PDF extraction: header one word per line, each row spread over 1–9 lines (section cut as
 *   `Investissemen`⏎`t`, code, imputations, 1–5 libellé lines, then the amounts at the end);
 * - what a drafter types: the same table as aligned columns, one row per line;
 * - a `|` pipe table.
 *
 * Rows are anchored on their code and imputation; the amounts that end a row are mapped to the
 * columns named in the header. A short row (empty cells vanish in the extraction) is aligned right or
 * left, keeping the reading where Solde = Disponible − Proposition (recettes: +) holds.
 */
import { joinLines, type LineSlice } from '../text/joined';
import { lineRange, range as makeRange, type Range } from '../text/lines';
import { collapseSpaces, foldBare } from '../text/normalize';
import { contentLines, type Region } from '../text/region';
import { scanAmounts, toAmount, parseAmountCell, type AmountToken } from './amounts';
import { digitGroups, groupings } from './groupings';
import type { Amount, ColumnKind, ImputationTable, Located, TableCell, TableRow, TableShape } from './types';

// ── Header ──────────────────────────────────────────────────────────────────────────────────

/** Words a header is made of (folded, accents dropped). Anything else ends the header. */
const HEADER_WORDS = new Set([
  'section', 'code', 'codes', 'operation', 'operations', 'imputation', 'imputations', 'budgetaire',
  'budgetaires', 'libelle', 'libelles', 'de', 'du', 'la', "l'operation", 'cp', 'ap', 'ae', 'ap/ae',
  'ae/ap', '€', '(€)', '(en', '€)', 'eur', 'euros', 'en', 'depense', 'depenses', 'recette', 'recettes',
  'depense/recette', 'depenses/recettes', 'disponible', 'disponibles', 'proposition', 'propositions',
  'solde', 'soldes', 'inscrit', 'inscrits', "d'inscription", 'nature', 'fonction', '|', '/',
]);

interface HeaderToken {
  word: string;
  line: number;
  start: number;
  end: number;
}

interface ColumnSpan {
  kind: ColumnKind;
  /** Source line and character span of the header word(s), for aligned tables. */
  line: number;
  start: number;
  end: number;
}

interface Header {
  columns: ColumnSpan[];
  hasSection: boolean;
  /** `AP/AE` and `Dépense/Recette` columns (shape D3/R3). */
  apae: boolean;
  mixed: boolean;
  /** Content positions of the first and last header line. */
  first: number;
  last: number;
  /** Single-line header with wide gaps: columns have positions. */
  aligned: boolean;
}

function headerWords(text: string): string[] {
  // foldBare collapses blanks to single spaces: at most one on each side of a slash.
  return foldBare(text.replace(/[’‘`´]/g, "'"))
    .replace(/ ?\/ ?/g, '/')
    .split(' ')
    .filter((w) => w !== '');
}

function isHeaderLine(text: string): boolean {
  const words = headerWords(text);
  return words.length > 0 && words.every((w) => isHeaderWord(w));
}

function isHeaderWord(word: string): boolean {
  // `Dépense/`⏎`Recette`: a slash at either end joins two header words.
  const bare = word.replace(/^\/|\/$/g, '');
  return HEADER_WORDS.has(word) || HEADER_WORDS.has(bare) || /^[-|:]+$/.test(word);
}

function tokensOf(text: string, line: number): HeaderToken[] {
  const out: HeaderToken[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ word: foldBare(m[0].replace(/[’‘`´]/g, "'")), line, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Glues `AP / AE`, `Dépense/`⏎`Recette` into one token. */
function mergeSlashes(tokens: HeaderToken[]): HeaderToken[] {
  const out: HeaderToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && (prev.word.endsWith('/') || t.word.startsWith('/'))) {
      out[out.length - 1] = { word: prev.word + t.word, line: t.line, start: prev.line === t.line ? prev.start : t.start, end: t.end };
    } else {
      out.push({ ...t });
    }
  }
  return out;
}

/**
 * A header starts with the word `Code` or `Section` (a slash after it would glue it to the next).
 * Only the first word is folded: folding every line of a region was the costly part.
 */
function startsHeader(text: string): boolean {
  // Most lines are ruled out by their first letter: an ASCII one other than c or s folds to neither.
  const first = text.charCodeAt(text.search(/\S/));
  if (first < 0x80 && first !== 0x63 && first !== 0x43 && first !== 0x73 && first !== 0x53) return false;
  const m = /^\s*(\S+)\s*(.?)/.exec(text);
  if (!m || m[1].length > 24 || m[2] === '/') return false;
  const word = headerWords(m[1])[0];
  return word === 'code' || word === 'section';
}

function readHeader(region: Region, content: readonly number[], p: number): Header | undefined {
  const { lines } = region;
  if (!startsHeader(lines[content[p]])) return undefined;
  let last = p - 1;
  const tokens: HeaderToken[] = [];
  for (let q = p; q < content.length && q < p + 12; q++) {
    const text = lines[content[q]];
    if (!isHeaderLine(text)) break;
    tokens.push(...tokensOf(text, content[q]));
    last = q;
  }
  if (last < p) return undefined;
  const words = new Set(tokens.map((t) => t.word));
  if (!words.has('imputation') && !words.has('imputations')) return undefined;
  if (!words.has('code') && !words.has('codes') && !words.has('libelle')) return undefined;
  const merged = mergeSlashes(tokens);
  const columns: ColumnSpan[] = [];
  let apae = false;
  let mixed = false;
  let lastColumn: ColumnSpan | undefined;
  for (let i = 0; i < merged.length; i++) {
    const t = merged[i];
    const kind = columnKind(t.word, merged[i + 1]?.word);
    if (kind) {
      if (t.word.includes('/') && t.word.startsWith('a')) apae = true;
      if (t.word.includes('/') && t.word.startsWith('depense')) mixed = true;
      lastColumn = { kind, line: t.line, start: t.start, end: t.end };
      columns.push(lastColumn);
      if (kind === 'PropositionInscription') i++;
    } else if (lastColumn && (t.word === '€' || t.word === '(€)') && t.line === lastColumn.line) {
      lastColumn.end = t.end;
    } else if (!/^[a-z]/.test(t.word) || t.word === 'eur' || t.word === 'euros') {
      // `€`, `|`: decoration.
    } else {
      lastColumn = undefined;
    }
  }
  const single = p === last;
  const aligned = single && /\S {2,}\S/.test(lines[content[p]].trim());
  return { columns, hasSection: words.has('section'), apae, mixed, first: p, last, aligned };
}

function columnKind(word: string, next: string | undefined): ColumnKind | undefined {
  switch (word) {
    case 'ap/ae':
    case 'ae/ap':
    case 'ap':
      return 'AP';
    case 'ae':
      return 'AE';
    case 'cp':
      return 'CP';
    case 'depense/recette':
    case 'depenses/recettes':
    case 'depense':
    case 'depenses':
      return 'Depense';
    case 'recette':
    case 'recettes':
      return 'Recette';
    case 'disponible':
    case 'disponibles':
      return 'Disponible';
    case 'solde':
    case 'soldes':
      return 'Solde';
    case 'inscrit':
    case 'inscrits':
      return 'Inscrit';
    case 'proposition':
    case 'propositions':
      return next === "d'inscription" ? 'PropositionInscription' : 'Proposition';
    default:
      return undefined;
  }
}

function shapeOf(columns: readonly ColumnKind[], mixed: boolean, hasSection: boolean): TableShape {
  const key = columns.map((c) => (c === 'AE' ? 'AP' : c)).join(',');
  switch (key) {
    case 'CP,Depense':
      return 'D1';
    case 'AP,Depense':
      return mixed ? 'D3' : 'D2';
    case 'Recette':
      return 'D4';
    case '':
      return hasSection ? 'D5' : 'unknown';
    case 'CP':
      return 'D6';
    case 'CP,Disponible,Proposition,Solde':
      return 'R1';
    case 'AP,Disponible,Proposition,Solde':
      return 'R2';
    case 'AP,CP,Disponible,Proposition,Solde':
      return 'R3';
    case 'Inscrit,PropositionInscription':
      return 'R4';
    default:
      return 'unknown';
  }
}

// ── Row heads: section, label, code, imputations ───────────────────────────────────────────────

const CODE = /(?:C[O0]\d\s?-\s?)?\d{3}\s?[A-Z]\s?\d{2}(?:-[A-Z]{1,4})?(?![\p{L}\p{N}])/iuy;
const IMPUTATION = /(\d{2,7})[ \t]{0,2}\/{1,3}[ \t]{0,2}(\d{2,7})(?![\d/])/y;
const SUFFIX_WORD = /^(?:-?[A-Z]{1,4}|&|et|ET|-)$/;

/** Where a row reader stands: content position and column. */
interface Cursor {
  k: number;
  c: number;
}

interface Word {
  k: number;
  start: number;
  end: number;
  text: string;
}

interface Head {
  start: Cursor;
  section?: TableRow['section'];
  label?: TableRow['direction'];
  code?: Located<string>;
  imputations: Located<string>[];
  /** Just after the last head element. */
  end: Cursor;
  /** Content positions the head spans (the imputation's cut tail included). */
  lastK: number;
}

class Reader {
  constructor(
    readonly lines: readonly string[],
    readonly content: readonly number[],
  ) {}

  text(k: number): string {
    return this.lines[this.content[k]] ?? '';
  }

  /** The next word from `at`, crossing at most `maxLines` line ends. */
  word(at: Cursor, maxLines: number): Word | undefined {
    let k = at.k;
    let c = at.c;
    for (let crossed = 0; k < this.content.length; ) {
      const text = this.text(k);
      const m = /\S+/g;
      m.lastIndex = c;
      const hit = m.exec(text);
      if (hit) return { k, start: hit.index, end: hit.index + hit[0].length, text: hit[0] };
      if (++crossed > maxLines) return undefined;
      k++;
      c = 0;
    }
    return undefined;
  }

  restIsBlank(k: number, c: number): boolean {
    return this.text(k).slice(c).trim() === '';
  }

  range(from: Cursor, to: Cursor): Range {
    return makeRange(this.content[from.k], from.c, this.content[to.k], to.c);
  }
}

function sectionOf(word: string): TableRow['section'] | undefined {
  const w = foldBare(word);
  if (w === 'investissement') return 'Investissement';
  if (w === 'fonctionnement') return 'Fonctionnement';
  return undefined;
}

/**
 * Reads a row head starting at the beginning of content line `k`: [section] [Recette|Dépense]
 * [code [suffix]] [imputation {, & et imputation}]. Undefined when the line does not start a row.
 */
function readHead(reader: Reader, k: number, previousComplete: boolean): Head | undefined {
  const start = reader.word({ k, c: 0 }, 0);
  if (!start) return undefined;
  let at: Cursor = { k, c: start.start };
  const head: Head = { start: { ...at }, imputations: [], end: at, lastK: k };

  // Section, whole or cut at the line end (`Investissemen`⏎`t`).
  const whole = sectionOf(start.text);
  if (whole) {
    head.section = whole;
    at = { k, c: start.end };
  } else if (start.text.length >= 5 && reader.restIsBlank(k, start.end)) {
    const tail = reader.word({ k: k + 1, c: 0 }, 0);
    const joined = tail ? sectionOf(start.text + tail.text) : undefined;
    if (tail && joined) {
      head.section = joined;
      at = { k: tail.k, c: tail.end };
    }
  }

  // A direction label cell (`t Recette`).
  const labelWord = reader.word(at, head.section ? 1 : 0);
  if (labelWord && /^(?:recettes?|d[ée]penses?)$/iu.test(labelWord.text) && (head.section || labelWord.k === k)) {
    head.label = /^r/i.test(labelWord.text) ? 'recette' : 'depense';
    at = { k: labelWord.k, c: labelWord.end };
  }

  const codeWord = reader.word(at, head.section || head.label ? 2 : 0);
  if (codeWord) {
    const code = readCode(reader, codeWord);
    if (code) {
      head.code = code.located;
      at = code.end;
    }
  }

  const impWord = reader.word(at, head.code || head.section || head.label ? 2 : 0);
  if (impWord) {
    const read = readImputations(reader, impWord);
    if (read) {
      head.imputations = read.imputations;
      at = read.end;
      head.lastK = Math.max(head.lastK, read.lastK);
    }
  }

  if (!head.code && head.imputations.length === 0) return undefined;
  if (!head.code && !head.section && !head.label && !previousComplete) return undefined;
  head.end = at;
  head.lastK = Math.max(head.lastK, at.k);
  return head;
}

function readCode(reader: Reader, word: Word): { located: Located<string>; end: Cursor } | undefined {
  const text = reader.text(word.k);
  CODE.lastIndex = word.start;
  const m = CODE.exec(text);
  if (!m) return undefined;
  const core = m[0].replace(/\s+/g, '').toUpperCase();
  // Without the `C0d-` prefix only a plain `583A01`, so that no libellé word passes for a code.
  if (!/^C/.test(core) && !/^\d{3}[A-Z]\d{2}$/.test(core)) return undefined;
  let end: Cursor = { k: word.k, c: word.start + m[0].length };
  const letters: string[] = [];
  const glued = /-([A-Z]{1,4})$/.exec(core);
  let value = glued ? core.slice(0, -glued[0].length) : core;
  if (glued) letters.push(glued[1]);
  // A suffix (`-MV`⏎`et SE`, ` MV &`⏎`SE`) runs up to the imputation, over at most two lines.
  const suffix: Word[] = [];
  let probe: Cursor = end;
  for (let n = 0; n < 5; n++) {
    const next = reader.word(probe, 1);
    if (!next || next.k > word.k + 2) break;
    IMPUTATION.lastIndex = next.start;
    if (IMPUTATION.test(reader.text(next.k))) break;
    if (!SUFFIX_WORD.test(next.text)) {
      suffix.length = 0;
      break;
    }
    suffix.push(next);
    probe = { k: next.k, c: next.end };
  }
  if (suffix.length && suffix.some((w) => /[A-Z]/.test(w.text) && !/^et$/i.test(w.text))) {
    for (const w of suffix) if (/^-?[A-Z]{1,4}$/.test(w.text) && w.text !== 'ET') letters.push(w.text.replace(/^-/, ''));
    const last = suffix[suffix.length - 1];
    end = { k: last.k, c: last.end };
  }
  if (letters.length) value += '-' + letters.join('-');
  return { located: { value, range: reader.range({ k: word.k, c: word.start }, end) }, end };
}

/** `nature/fonction` with `//` → `/`, the usual order restored (`9341/7518` → `7518/9341`). */
export function normaliseImputation(first: string, second: string): string {
  if (first.startsWith('9') && /^[1-7]/.test(second)) return `${second}/${first}`;
  return `${first}/${second}`;
}

function readImputations(
  reader: Reader,
  word: Word,
): { imputations: Located<string>[]; end: Cursor; lastK: number } | undefined {
  const out: Located<string>[] = [];
  let at: Cursor = { k: word.k, c: word.start };
  let lastK = word.k;
  let candidate: Word | undefined = word;
  for (let n = 0; n < 8 && candidate; n++) {
    const text = reader.text(candidate.k);
    IMPUTATION.lastIndex = candidate.start;
    const m = IMPUTATION.exec(text);
    if (!m) break;
    const read = takeImputation(reader, candidate.k, candidate.start, m);
    out.push(read.located);
    at = read.end;
    lastK = Math.max(lastK, at.k);
    // Another one follows after `,` `&` `et`, on this line or the next (`,`⏎ or ⏎`& 2041421//91621`).
    candidate = undefined;
    let probe: Cursor;
    const here = /^\s*(?:,|&|et(?=\s))/i.exec(reader.text(at.k).slice(at.c));
    if (here) {
      probe = { k: at.k, c: at.c + here[0].length };
    } else {
      const next = reader.word(at, 1);
      if (!next || !/^(?:,|&|et$)/i.test(next.text)) break;
      probe = { k: next.k, c: /^et$/i.test(next.text) ? next.end : next.start + 1 };
    }
    const after = reader.word(probe, 1);
    if (!after) break;
    IMPUTATION.lastIndex = after.start;
    if (IMPUTATION.test(reader.text(after.k))) candidate = after;
  }
  if (!out.length) return undefined;
  return { imputations: out, end: at, lastK };
}

/** One imputation at `c` of content line `k`, with its cut tail (`13172//90020`⏎⏎`2`) if any. */
function takeImputation(reader: Reader, k: number, c: number, m: RegExpExecArray): { located: Located<string>; end: Cursor } {
  let second = m[2];
  let end: Cursor = { k, c: c + m[0].length };
  if (reader.restIsBlank(k, end.c) && k + 2 < reader.content.length) {
    const tail = /^\s*(\d{1,3})\s*$/.exec(reader.text(k + 1));
    const afterTail = reader.text(k + 2);
    // The tail is a digit line followed by more row text, never the row's last (amount) line.
    if (tail && !/^[\d\s,.€-]*$/.test(afterTail) && !isTerminator(afterTail)) {
      second += tail[1];
      const from = reader.text(k + 1).indexOf(tail[1]);
      end = { k: k + 1, c: from + tail[1].length };
    }
  }
  return { located: { value: normaliseImputation(m[1], second), range: reader.range({ k, c }, end) }, end };
}

// ── Table extent ─────────────────────────────────────────────────────────────────────────────

const TERMINATOR =
  /^\s*(?:Dans\s+les\s+conditions\s+de\s+vote|L[ae]\s+\d+(?:\s*(?:[èeé](?:re|me|r)?|re|me|r)\s+|\s+)Commission|Ce\s+rapport\s+a\s+été|Je\s+vous\s+prie|Il\s+convient|Article\s+(?:\d+|unique)\b|\((?:Adopt|Rejet)|Vu\b|Le\s+Président|LE\s+PRESIDENT|DEPARTEMENT\s+DU\s+PAS|Pour\s*:|Après\s+en\s+avoir)/iu;

function isTerminator(text: string): boolean {
  return TERMINATOR.test(text);
}

function isProse(text: string): boolean {
  const t = collapseSpaces(text);
  if (t.length >= 70) return true;
  const words = t.split(' ').length;
  if (/[.;:!?]$/.test(t) && words >= 5) return true;
  return /^[-–•\uf0b7\uf076\uf0d8\uf0fc\uf0a7]\s/.test(t) && words >= 4;
}

/** The amounts that end a line (from column `from`): figures separated by spaces only, up to the line end. */
function amountTail(text: string, from: number): AmountToken[] {
  const tokens = scanAmounts(text).filter((t) => t.index >= from);
  const out: AmountToken[] = [];
  let end = text.trimEnd().length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind === 'percent') break;
    if (text.slice(t.index + t.length, end).trim() !== '') break;
    out.push(t);
    end = t.index;
  }
  out.reverse();
  if (out.length && out[0].index > from && !/\s/.test(text[out[0].index - 1] ?? ' ')) out.shift();
  return out;
}

function isAmountsOnly(text: string): boolean {
  const tail = amountTail(text, 0);
  return tail.length > 0 && text.slice(0, tail[0].index).trim() === '';
}

/** A line's amounts settle the row: decimals or a currency, or a line of amounts alone. */
function completesRow(text: string, from: number): boolean {
  const tail = amountTail(text, from);
  if (!tail.length) return false;
  if (tail.some((t) => t.style.decimals > 0 || t.currency)) return true;
  return text.slice(from, tail[0].index).trim() === '';
}

interface RowSpan {
  head: Head;
  lastK: number;
}

// ── Parsing ──────────────────────────────────────────────────────────────────────────────────

/** Every imputation table of the region (a decision part or a whole report), in order. */
export function parseImputationTables(region: Region): ImputationTable[] {
  try {
    return findTables(region);
  } catch {
    return [];
  }
}

function findTables(region: Region): ImputationTable[] {
  const content = contentLines(region);
  const reader = new Reader(region.lines, content);
  const tables: ImputationTable[] = [];
  for (let p = 0; p < content.length; p++) {
    const text = region.lines[content[p]];
    if (/^\s*\|/.test(text)) {
      const pipe = readPipeTable(region, content, p);
      if (pipe) {
        tables.push(pipe.table);
        p = pipe.last;
        continue;
      }
    }
    const header = readHeader(region, content, p);
    if (!header) continue;
    const { table, last } = readExtractedTable(reader, header);
    tables.push(table);
    p = last;
  }
  return tables;
}

function readExtractedTable(reader: Reader, header: Header): { table: ImputationTable; last: number } {
  const { content, lines } = reader;
  const spans: RowSpan[] = [];
  let current: RowSpan | undefined;
  let complete = true;
  let stray = 0;
  let k = header.last + 1;
  for (; k < content.length; k++) {
    const text = reader.text(k);
    if (isTerminator(text)) break;
    if (/^\s*(?:code|section)\b/i.test(text) && isHeaderLine(text)) break;
    const head = readHead(reader, k, complete);
    if (head) {
      current = { head, lastK: head.lastK };
      spans.push(current);
      complete = completesRow(reader.text(head.end.k), head.end.c);
      k = head.lastK;
      continue;
    }
    if (!current) {
      if (isProse(text) || ++stray > 2) break;
      continue;
    }
    if (isProse(text)) break;
    if (complete && !(/^\s{2,}\S/.test(text) && collapseSpaces(text).length < 50 && !/\d/.test(text))) break;
    if (k - current.head.start.k > 12) break;
    current.lastK = k;
    if (completesRow(text, 0)) complete = true;
  }
  const columns = header.columns.map((c) => c.kind);
  const rows = spans.map((span) => readRow(reader, span, header));
  const headerRange = makeRange(
    content[header.first],
    lines[content[header.first]].length - lines[content[header.first]].trimStart().length,
    content[header.last],
    lines[content[header.last]].trimEnd().length,
  );
  const lastRow = rows[rows.length - 1];
  return {
    table: {
      shape: shapeOf(columns, header.mixed, header.hasSection),
      columns,
      headerRange,
      rows,
      range: lastRow ? { start: headerRange.start, end: lastRow.range.end } : headerRange,
    },
    last: spans.length ? spans[spans.length - 1].lastK : header.last,
  };
}

function readRow(reader: Reader, span: RowSpan, header: Header): TableRow {
  const { head } = span;
  const columns = header.columns.map((c) => c.kind);
  const tokens = header.columns.length ? rowAmounts(reader, head.end, span.lastK) : [];
  let amounts = tokens;
  // Decimal figures mark the amounts; a bare number before them belongs to the libellé (`Paris 2024`).
  if (amounts.length && amounts[amounts.length - 1].token.style.decimals > 0) {
    while (amounts.length && amounts[0].token.style.decimals === 0 && !amounts[0].token.currency) amounts = amounts.slice(1);
  }
  if (amounts.length > columns.length) amounts = amounts.slice(amounts.length - columns.length);

  const direction = head.label ?? directionOf(columns, head.imputations);
  const libelleEnd: Cursor = amounts.length
    ? { k: amounts[0].k, c: amounts[0].token.index }
    : { k: span.lastK, c: reader.text(span.lastK).trimEnd().length };
  const libelle = joinSlices(reader, head.end, libelleEnd);

  let placed = amounts.map((a) => toAmount(a.token, reader.content[a.k]));
  let assignment = assign(placed, header, direction, amounts.map((a) => ({ line: reader.content[a.k], start: a.token.index, end: a.token.index + a.token.length })));
  if (assignment.guessed && amounts.length > 0 && amounts.length < columns.length && hasT1(columns)) {
    const regrouped = regroup(reader, amounts, columns, direction);
    if (regrouped) {
      assignment = regrouped;
      placed = regrouped.cells.map((c) => c.amount);
    }
  }

  const cells: TableCell[] = assignment.cells.map((cell) => ({
    column: header.mixed && cell.column === 'Depense' && direction === 'recette' ? 'Recette' : cell.column,
    amount: cell.amount,
  }));
  const lastEnd = placed.length
    ? placed[placed.length - 1].range.end
    : libelle.text
      ? libelle.range.end
      : reader.range(head.end, head.end).start;
  const row: TableRow = {
    section: head.section,
    operationCode: head.code,
    imputations: head.imputations,
    libelle: libelle.text,
    direction,
    cells,
    alignment: placed.length === 0 ? 'none' : assignment.alignment,
    range: { start: reader.range(head.start, head.start).start, end: lastEnd },
  };
  if (libelle.text) row.libelleRange = libelle.range;
  if (placed.length) row.amounts = placed;
  if (assignment.guessed && placed.length) row.guessed = true;
  return row;
}

interface TailAmount {
  k: number;
  token: AmountToken;
}

/** The amounts ending a row: the last line's tail, and whole lines of amounts just before it. */
function rowAmounts(reader: Reader, from: Cursor, lastK: number): TailAmount[] {
  const out: TailAmount[] = [];
  for (let k = lastK; k >= from.k; k--) {
    const text = reader.text(k);
    const start = k === from.k ? from.c : 0;
    const tail = amountTail(text, start);
    out.unshift(...tail.map((token) => ({ k, token })));
    const whole = tail.length > 0 && text.slice(start, tail[0].index).trim() === '';
    if (!whole || k === from.k || !isAmountsOnly(reader.text(k - 1))) break;
  }
  return out;
}

function joinSlices(reader: Reader, from: Cursor, to: Cursor): { text: string; range: Range } {
  const slices: LineSlice[] = [];
  for (let k = from.k; k <= to.k; k++) {
    slices.push({ line: reader.content[k], from: k === from.k ? from.c : 0, to: k === to.k ? to.c : undefined });
  }
  const joined = joinLines(reader.lines, slices);
  return { text: joined.text, range: joined.rangeAt(0, joined.length) };
}

function directionOf(columns: readonly ColumnKind[], imputations: readonly Located<string>[]): TableRow['direction'] {
  if (columns.includes('Recette') && !columns.includes('Depense')) return 'recette';
  // Natures 13x (subsidies received) and 7x (operating income) are recettes.
  const nature = imputations[0]?.value.split('/')[0] ?? '';
  return /^(?:13|7)/.test(nature) ? 'recette' : 'depense';
}

function hasT1(columns: readonly ColumnKind[]): boolean {
  return columns.includes('Disponible') && columns.includes('Proposition') && columns.includes('Solde');
}

/** T1 on a set of cells: 'holds', 'fails', or 'na' when a term is missing. */
function t1(cells: readonly { column: ColumnKind; amount: Amount }[], direction: TableRow['direction']): 'holds' | 'fails' | 'na' {
  const get = (kind: ColumnKind): number | undefined => cells.find((c) => c.column === kind)?.amount.cents;
  const disponible = get('Disponible');
  const proposition = get('Proposition');
  const solde = get('Solde');
  if (disponible === undefined || proposition === undefined || solde === undefined) return 'na';
  const expected = direction === 'recette' ? disponible + proposition : disponible - proposition;
  return expected === solde ? 'holds' : 'fails';
}

interface Assignment {
  cells: { column: ColumnKind; amount: Amount }[];
  alignment: TableRow['alignment'];
  guessed: boolean;
}

function assign(
  amounts: readonly Amount[],
  header: Header,
  direction: TableRow['direction'],
  spans: readonly { line: number; start: number; end: number }[],
): Assignment {
  const columns = header.columns.map((c) => c.kind);
  const n = amounts.length;
  const N = columns.length;
  if (n === 0 || N === 0) return { cells: [], alignment: 'none', guessed: false };
  if (n === N) return { cells: amounts.map((amount, i) => ({ column: columns[i], amount })), alignment: 'full', guessed: false };
  if (header.aligned) {
    const byPosition = alignByPosition(header, spans);
    if (byPosition) return { cells: place(amounts, columns, byPosition), alignment: alignmentOf(byPosition, N), guessed: false };
  }
  const candidates = placements(n, N).map((slots) => {
    const cells = place(amounts, columns, slots);
    return { slots, cells, t1: t1(cells, direction) };
  });
  const holding = candidates.filter((c) => c.t1 === 'holds');
  if (holding.length) {
    // Several placements may satisfy T1 (AP/AE or CP for the leading figure): T1 is settled, not the rest.
    return { cells: holding[0].cells, alignment: alignmentOf(holding[0].slots, N), guessed: holding.length > 1 };
  }
  const [right, left] = candidates;
  if (right.t1 === 'fails' && left.t1 !== 'fails') return { cells: left.cells, alignment: 'left', guessed: true };
  if (left.t1 === 'fails' && right.t1 !== 'fails') return { cells: right.cells, alignment: 'right', guessed: true };
  // No relation settles it. A Solde without its Disponible cannot have been printed: prefer left then.
  const has = (slots: number[], kind: ColumnKind): boolean => slots.some((i) => columns[i] === kind);
  if (has(right.slots, 'Solde') && !has(right.slots, 'Disponible') && columns.includes('Disponible')) {
    return { cells: left.cells, alignment: 'left', guessed: true };
  }
  return { cells: right.cells, alignment: 'right', guessed: true };
}

function place(amounts: readonly Amount[], columns: readonly ColumnKind[], slots: readonly number[]): { column: ColumnKind; amount: Amount }[] {
  return slots.map((slot, i) => ({ column: columns[slot], amount: amounts[i] }));
}

function alignmentOf(slots: readonly number[], N: number): TableRow['alignment'] {
  if (slots.length === N) return 'full';
  if (slots[slots.length - 1] === N - 1) return 'right';
  return slots[0] === 0 ? 'left' : 'none';
}

/**
 * The ways to seat n figures in N columns keeping their order: right-aligned first, left-aligned
 * second, then the others (a gap inside, as when CP is the empty cell between AP/AE and Disponible).
 */
function placements(n: number, N: number): number[][] {
  const right = Array.from({ length: n }, (_, i) => N - n + i);
  const left = Array.from({ length: n }, (_, i) => i);
  if (n >= N) return [right];
  const out = [right, left];
  if (N > 7) return out;
  const pick: number[] = [];
  const walk = (from: number): void => {
    if (pick.length === n) {
      const key = pick.join(',');
      if (key !== right.join(',') && key !== left.join(',')) out.push(pick.slice());
      return;
    }
    for (let i = from; i <= N - (n - pick.length); i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

/** Aligned tables: each amount goes to the header column it sits under, if that is unambiguous. */
function alignByPosition(header: Header, spans: readonly { start: number; end: number }[]): number[] | undefined {
  const out: number[] = [];
  for (const span of spans) {
    let best = -1;
    let bestDistance = Infinity;
    header.columns.forEach((col, i) => {
      const distance = Math.max(0, col.start - span.end, span.start - col.end);
      const centre = Math.abs((col.start + col.end) / 2 - (span.start + span.end) / 2);
      const score = distance * 1000 + centre;
      if (score < bestDistance) {
        bestDistance = score;
        best = i;
      }
    });
    if (best < 0 || (out.length && best <= out[out.length - 1])) return undefined;
    out.push(best);
  }
  return out;
}

/**
 * A short row without decimals may be a misread grouping (`226 000 100 500 9 830` = three cells, not
 * two): try the readings with more figures, in every seating, and keep the single one where T1 holds.
 */
function regroup(reader: Reader, amounts: readonly TailAmount[], columns: readonly ColumnKind[], direction: TableRow['direction']): Assignment | undefined {
  if (amounts.some((a) => a.token.style.decimals > 0) || amounts.some((a) => a.k !== amounts[0].k)) return undefined;
  const line = reader.content[amounts[0].k];
  const text = reader.lines[line];
  const last = amounts[amounts.length - 1].token;
  const groups = digitGroups(text, amounts[0].token.index, last.index + last.length);
  if (!groups) return undefined;
  const N = columns.length;
  const fits: Assignment[] = [];
  for (let count = amounts.length + 1; count <= N && fits.length < 2; count++) {
    for (const reading of groupings(groups, { count, max: 64 })) {
      const figures: Amount[] = reading.map((f) => ({
        cents: f.cents,
        text: text.slice(f.start, f.end),
        range: lineRange(line, f.start, f.end),
        style: f.style,
      }));
      for (const slots of placements(count, N)) {
        const cells = place(figures, columns, slots);
        if (t1(cells, direction) === 'holds') fits.push({ cells, alignment: alignmentOf(slots, N), guessed: false });
      }
    }
  }
  return fits.length === 1 ? fits[0] : undefined;
}

// ── Pipe tables ──────────────────────────────────────────────────────────────────────────────

type PipeRole = 'section' | 'code' | 'imputation' | 'libelle' | ColumnKind | 'ignore';

interface PipeCell {
  text: string;
  start: number;
  end: number;
}

function pipeCells(text: string): PipeCell[] {
  const cells: PipeCell[] = [];
  let start = text.indexOf('|') + 1;
  for (let i = start; i <= text.length; i++) {
    if (i === text.length || text[i] === '|') {
      cells.push({ text: text.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  if (cells.length && cells[cells.length - 1].text.trim() === '') cells.pop();
  return cells;
}

function pipeRole(text: string): PipeRole {
  const words = headerWords(text);
  if (words.includes('section')) return 'section';
  if (words.includes('code') || words.includes('codes')) return 'code';
  if (words.includes('imputation') || words.includes('imputations') || words.includes('nature')) return 'imputation';
  if (words.includes('libelle') || words.includes('libelles')) return 'libelle';
  const merged = mergeSlashes(words.map((word) => ({ word, line: 0, start: 0, end: 0 })));
  for (let i = 0; i < merged.length; i++) {
    const kind = columnKind(merged[i].word, merged[i + 1]?.word);
    if (kind) return kind;
  }
  return 'ignore';
}

function readPipeTable(region: Region, content: readonly number[], p: number): { table: ImputationTable; last: number } | undefined {
  const { lines } = region;
  const headerLine = content[p];
  const headerCells = pipeCells(lines[headerLine]);
  const roles = headerCells.map((c) => pipeRole(c.text));
  if (!roles.includes('code') && !roles.includes('imputation')) return undefined;
  const mixed = headerCells.some((c) => /d[ée]penses?\s*\/\s*recettes?/i.test(c.text));
  const columns = roles.filter((r): r is ColumnKind => !['section', 'code', 'imputation', 'libelle', 'ignore'].includes(r));
  const rows: TableRow[] = [];
  let last = p;
  for (let q = p + 1; q < content.length; q++) {
    const line = content[q];
    const text = lines[line];
    if (!/^\s*\|/.test(text)) break;
    last = q;
    if (/^[\s|:-]+$/.test(text) && text.includes('-')) continue;
    const row = readPipeRow(line, text, roles, mixed);
    if (!row) continue;
    const previous = rows[rows.length - 1];
    if (previous && !row.operationCode && row.imputations.length === 0 && row.cells.length === 0) {
      previous.libelle = collapseSpaces(`${previous.libelle} ${row.libelle}`);
      previous.range = { start: previous.range.start, end: row.range.end };
      continue;
    }
    rows.push(row);
  }
  const headerText = lines[headerLine];
  const headerRange = lineRange(headerLine, headerText.indexOf('|'), headerText.trimEnd().length);
  const lastRow = rows[rows.length - 1];
  return {
    table: {
      shape: shapeOf(columns, mixed, roles.includes('section')),
      columns,
      headerRange,
      rows,
      range: lastRow ? { start: headerRange.start, end: lastRow.range.end } : headerRange,
    },
    last,
  };
}

function readPipeRow(line: number, text: string, roles: readonly PipeRole[], mixed: boolean): TableRow | undefined {
  const cells = pipeCells(text);
  if (!cells.some((c) => c.text.trim() !== '')) return undefined;
  let section: TableRow['section'];
  let label: TableRow['direction'] | undefined;
  let code: Located<string> | undefined;
  const imputations: Located<string>[] = [];
  const libelle: string[] = [];
  let libelleRange: Range | undefined;
  const amounts: { column: ColumnKind; amount: Amount }[] = [];
  const located = (cell: PipeCell, from: number, to: number): Range => lineRange(line, cell.start + from, cell.start + to);
  cells.forEach((cell, i) => {
    const role = roles[i] ?? 'ignore';
    const body = cell.text;
    const trimmed = body.trim();
    if (trimmed === '') return;
    const lead = body.length - body.trimStart().length;
    switch (role) {
      case 'section': {
        const words = trimmed.split(/\s+/);
        section = sectionOf(words[0]);
        if (words.some((w) => /^recettes?$/i.test(w))) label = 'recette';
        else if (words.some((w) => /^d[ée]penses?$/iu.test(w))) label = 'depense';
        return;
      }
      case 'code': {
        CODE.lastIndex = lead;
        const m = CODE.exec(body);
        if (m) {
          const rest = body.slice(lead + m[0].length).trim();
          let value = m[0].replace(/\s+/g, '').toUpperCase();
          const letters = rest.split(/\s+/).filter((w) => /^-?[A-Z]{1,4}$/.test(w) && w !== 'ET').map((w) => w.replace(/^-/, ''));
          if (letters.length) value += '-' + letters.join('-');
          code = { value, range: located(cell, lead, body.trimEnd().length) };
        }
        return;
      }
      case 'imputation': {
        const re = /(\d{2,7})[ \t]{0,2}\/{1,3}[ \t]{0,2}(\d{2,7})(?![\d/])/g;
        for (let m = re.exec(body); m; m = re.exec(body)) {
          imputations.push({ value: normaliseImputation(m[1], m[2]), range: located(cell, m.index, m.index + m[0].length) });
        }
        return;
      }
      case 'libelle':
        libelle.push(trimmed);
        libelleRange ??= located(cell, lead, body.trimEnd().length);
        return;
      case 'ignore':
        return;
      default: {
        const token = parseAmountCell(body);
        if (token) amounts.push({ column: role, amount: toAmount(token, line, cell.start) });
      }
    }
  });
  const columns = roles.filter((r): r is ColumnKind => !['section', 'code', 'imputation', 'libelle', 'ignore'].includes(r));
  const direction = label ?? directionOf(columns, imputations);
  const first = cells.find((c) => c.text.trim() !== '')!;
  const lastCell = [...cells].reverse().find((c) => c.text.trim() !== '')!;
  const row: TableRow = {
    section,
    operationCode: code,
    imputations,
    libelle: collapseSpaces(libelle.join(' ')),
    ...(libelleRange ? { libelleRange } : {}),
    direction,
    cells: amounts.map((a) => ({
      column: mixed && a.column === 'Depense' && direction === 'recette' ? 'Recette' : a.column,
      amount: a.amount,
    })),
    alignment: amounts.length ? 'full' : 'none',
    range: lineRange(line, first.start + (first.text.length - first.text.trimStart().length), lastCell.start + lastCell.text.trimEnd().length),
  };
  if (amounts.length) row.amounts = amounts.map((a) => a.amount);
  return row;
}

// ── Sibling alignment ────────────────────────────────────────────────────────────────────────

function rowKey(row: TableRow): string | undefined {
  if (!row.imputations.length) return undefined;
  return `${row.operationCode?.value ?? ''}|${row.imputations.map((i) => i.value).sort().join(',')}`;
}

/**
 * Re-aligns the guessed short rows of `table` against its sibling (the deliberation's table for a
 * report's, or the reverse): the alignment whose CP/AP equals the sibling's (T5), or whose Proposition
 * equals the sibling's Dépense/Recette (T4), wins. Rows it cannot settle stay as they were.
 */
export function alignToSibling(table: ImputationTable, sibling: ImputationTable): ImputationTable {
  const byKey = new Map<string, TableRow>();
  for (const row of sibling.rows) {
    const key = rowKey(row);
    if (key && !byKey.has(key)) byKey.set(key, row);
  }
  const N = table.columns.length;
  const rows = table.rows.map((row) => {
    const amounts = row.amounts;
    if (!row.guessed || !amounts?.length || amounts.length >= N) return row;
    const key = rowKey(row);
    const other = key ? byKey.get(key) : undefined;
    if (!other) return row;
    const all = placements(amounts.length, N).map((slots) => ({ slots, cells: recolumn(place(amounts, table.columns, slots), table, row.direction) }));
    const holding = all.filter((c) => t1(c.cells, row.direction) === 'holds');
    // The seating that agrees with the sibling on the most cells, then disagrees on the fewest: a
    // disagreement shared by every seating (a Dépense that slipped) does not unseat the row.
    const pick = (candidates: typeof all, minimum: number, tolerant: boolean): (typeof all)[number] | undefined => {
      const scored = candidates
        .map((c) => ({ ...c, score: agreement(c.cells, other.cells) }))
        .filter((c) => tolerant || c.score.disagree === 0)
        .sort((a, b) => b.score.agree - a.score.agree || a.score.disagree - b.score.disagree);
      const [best, next] = scored;
      if (!best || best.score.agree < minimum) return undefined;
      if (next && next.score.agree === best.score.agree && next.score.disagree === best.score.disagree) return undefined;
      return best;
    };
    // Seatings that balance the row share its Disponible, Proposition and Solde: only then may one
    // disagree with the sibling (a Dépense that slipped) and still be the seating.
    let winner = holding.length ? pick(holding, 1, true) : pick(all.slice(0, 2).filter((c) => t1(c.cells, row.direction) !== 'fails'), 1, false);
    // No seating balances the row (its Solde is wrong): two cells agreeing with the sibling still seat it.
    if (!winner && !holding.length) winner = pick(all, 2, false);
    if (!winner) return row;
    const fixed: TableRow = { ...row, cells: winner.cells, alignment: alignmentOf(winner.slots, N) };
    delete fixed.guessed;
    return fixed;
  });
  return { ...table, rows };
}

function recolumn(cells: TableCell[], table: ImputationTable, direction: TableRow['direction']): TableCell[] {
  return table.shape === 'D3' ? cells.map((c) => (c.column === 'Depense' && direction === 'recette' ? { ...c, column: 'Recette' } : c)) : cells;
}

/**
 * How many pairings with the sibling's cells hold (CP = CP, AP = AP, Proposition = Dépense/Recette),
 * and how many fail.
 */
function agreement(cells: readonly TableCell[], other: readonly TableCell[]): { agree: number; disagree: number } {
  const value = (list: readonly TableCell[], kinds: ColumnKind[]): number | undefined =>
    list.find((c) => kinds.includes(c.column))?.amount.cents;
  const pairs: [ColumnKind[], ColumnKind[]][] = [
    [['CP'], ['CP']],
    [['AP', 'AE'], ['AP', 'AE']],
    [['Proposition', 'PropositionInscription'], ['Depense', 'Recette']],
    [['Depense', 'Recette'], ['Proposition', 'PropositionInscription']],
  ];
  let agree = 0;
  let disagree = 0;
  for (const [mine, theirs] of pairs) {
    const a = value(cells, mine);
    const b = value(other, theirs);
    if (a === undefined || b === undefined) continue;
    if (a === b) agree++;
    else disagree++;
  }
  return { agree, disagree };
}
