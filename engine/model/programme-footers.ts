/**
 * The footers of the `SOUS PROGRAMME` blocks (domain.md §7.1, aides culturelles): under a block's
 * beneficiaries, lines holding one figure total them — `85 500 €` (L4329) for a one-row block;
 * one line per row then the whole (`50 500 €` / `127 000 €` / `177 500`, L20308–20312); and when
 * blocks follow each other with one list of beneficiaries (311B03 then 313B02, L19091–19105), a
 * line per row with its code (`311B03  390 000 €`, L19467–19471) then the whole (L19473).
 *
 * A footer is tied to rows only when the reading is certain: one line for one row; else one line per
 * row in the block order, their codes printed and matching, or their whole printed after them and
 * adding up. The last run of such lines before the next block, a heading or the annex's end is the
 * footer: lines of one figure appear nowhere else in these lists (`TAUX DE CONSOMMATION` / `87,30%`
 * may follow it, L19084–19088).
 */
import { parseAmountCell, toAmount } from './amounts';
import type { AnnexTable, Located, ProgrammeFooter, TableRow } from './types';
import { lineRange } from '../text/lines';
import type { Region } from '../text/region';

/** How many content lines a block's list of beneficiaries may run (2022-104's longest: ~450). */
const MAX_LIST = 3000;
const ROW_LINE = /^\s*\d{2,7}\s{0,2}\/{1,3}\s{0,2}\d{2,7}(?![\d/])/u;
/** A figure starts with a digit or a minus sign (amounts.ts), a code with a digit or `C0n-`. */
const MAY_BE_FOOTER = /^\s*[\dC\-\u2212]/u;
const CODE_PREFIX = /^\s*((?:C[O0]\d-)?\d{3}\s?[A-Z]\d{2})\s+/u;
const PROGRAMME_LINE = /^\s*SOUS[- ]PROGRAMME\b/iu;
/** The next annex ends a list. */
const ANNEX_HEADING = /^\s*(?:ANNEXE|Annexe)\b/u;

interface Block {
  table: AnnexTable;
  rows: TableRow[];
  /** Content positions of its first line and of its last row line. */
  start: number;
  end: number;
  /** Every row line was read (none left out as uncertain): the order of the rows is the printed one. */
  complete: boolean;
}

interface FooterLine {
  amount: ProgrammeFooter['amount'];
  code?: Located<string>;
}

/** Adds `footers` to the blocks of `tables` (the sub-programme blocks of one annex region, in order). */
export function attachFooters(region: Region, content: readonly number[], tables: readonly AnnexTable[]): void {
  try {
    const blocks = tables.flatMap((t) => blockOf(region, content, t));
    for (let i = 0; i < blocks.length; ) {
      // Blocks with nothing between them share the list that follows the last one.
      let j = i;
      while (j + 1 < blocks.length && blocks[j + 1].start === blocks[j].end + 1) j++;
      const group = blocks.slice(i, j + 1);
      const until = j + 1 < blocks.length ? blocks[j + 1].start : content.length;
      const footers = footersOf(group, readRun(region, content, blocks[j].end + 1, until));
      if (footers.length) blocks[j].table.footers = footers;
      i = j + 1;
    }
  } catch {
    // A footer is an addition to the blocks: without it they stand as read.
  }
}

function blockOf(region: Region, content: readonly number[], table: AnnexTable): Block[] {
  const programme = table.programme;
  if (!programme) return [];
  const start = content.indexOf(table.range.start.line);
  const header = content.indexOf(programme.headerRange.start.line);
  if (start < 0 || header < 0) return [];
  let end = header;
  let count = 0;
  for (let q = header + 1; q < content.length && count < 20; q++) {
    const text = region.lines[content[q]];
    if (text.length > 2000 || !ROW_LINE.test(text)) break;
    count++;
    end = q;
  }
  return [{ table, rows: programme.rows, start, end, complete: count === programme.rows.length && count > 0 }];
}

/** The last run of one-figure lines in content positions [from, until). */
function readRun(region: Region, content: readonly number[], from: number, until: number): FooterLine[] {
  let run: FooterLine[] = [];
  let inRun = false;
  for (let q = from; q < until && q - from < MAX_LIST; q++) {
    const text = region.lines[content[q]];
    if (PROGRAMME_LINE.test(text) || ANNEX_HEADING.test(text)) break;
    const line = footerLine(text, content[q]);
    if (!line) {
      inRun = false;
      continue;
    }
    if (!inRun) run = [];
    inRun = true;
    if (run.length < 40) run.push(line);
  }
  return run;
}

/** `   85 500 € `, ` 311B03   390 000 € `, `  177 500 `: a figure in euros or grouped in thousands, alone. */
function footerLine(text: string, line: number): FooterLine | undefined {
  // Most lines of a list are a beneficiary's name: one test rules them out.
  if (text.length > 200 || !MAY_BE_FOOTER.test(text)) return undefined;
  const m = CODE_PREFIX.exec(text);
  const from = m ? m[0].length : 0;
  const token = parseAmountCell(text.slice(from));
  if (!token || (token.kind !== 'money' && token.kind !== 'number')) return undefined;
  // A bare `2021` is a year or a count, not a total.
  if (!token.currency && token.groups.length < 2 && token.style.decimals === 0) return undefined;
  const amount = toAmount(token, line, from);
  if (!m) return { amount };
  const at = m[0].indexOf(m[1]);
  return { amount, code: { value: m[1].replace(/\s+/g, '').toUpperCase(), range: lineRange(line, at, at + m[1].length) } };
}

/** `C03-311B03` / `311 B03` → `311B03`, as the block rows carry it. */
function codeCoreOf(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase().replace(/^C[O0]\d-/, '');
}

function footersOf(group: readonly Block[], run: readonly FooterLine[]): ProgrammeFooter[] {
  if (!run.length || !group.every((b) => b.complete)) return [];
  const rows = group.flatMap((b) => b.rows);
  const n = rows.length;
  const withCodes = run.slice(0, n).every((f) => f.code);
  if (run.length === 1) {
    const code = run[0].code;
    const sameCode = !code || (n === 1 && !!rows[0].operationCode && codeCoreOf(code.value) === codeCoreOf(rows[0].operationCode.value));
    return sameCode ? [{ amount: run[0].amount, ...(code ? { code } : {}), rows }] : [];
  }
  if (n < 2 || (run.length !== n && run.length !== n + 1)) return [];
  const per = run.slice(0, n);
  if (per.some((f) => f.code) && !withCodes) return [];
  if (withCodes && !per.every((f, k) => rows[k].operationCode && codeCoreOf(f.code!.value) === codeCoreOf(rows[k].operationCode!.value))) return [];
  const whole = run[n];
  if (whole?.code) return [];
  const adds = whole !== undefined && whole.amount.cents === per.reduce((a, f) => a + f.amount.cents, 0);
  if (!withCodes && !adds) return [];
  const out: ProgrammeFooter[] = per.map((f, k) => ({ amount: f.amount, ...(f.code ? { code: f.code } : {}), rows: [rows[k]] }));
  if (whole) out.push({ amount: whole.amount, rows });
  return out;
}
