/**
 * What DOCX and ODT share once their XML is scanned: paragraphs become lines, tables become pipe
 * tables (a nested table is flattened into its cell), and each line keeps the paragraph it came
 * from and the page when the file records its page breaks. docx.ts and odt.ts only map their
 * elements onto these calls.
 */
import { pipeTable, TextBuilder } from './lines';
import type { LineOrigin } from './types';

/** Repetitions written out at most (a spreadsheet-like table repeats empty cells by the thousand). */
const MAX_REPEAT = 100;

interface Table {
  rows: string[][];
  /** The origin of each row: its first paragraph. */
  origins: LineOrigin[];
  cell: string[] | undefined;
}

export class OfficeText {
  readonly out = new TextBuilder();
  private paragraphs = 0;
  private page = 1;
  private paragraphOnPage = 0;
  private current: string | undefined;
  private currentOrigin: LineOrigin = { page: 0, line: 0 };
  /** Paragraphs interrupted by one inside them (a text box, a frame), resumed when it ends. */
  private readonly interrupted: { text: string; origin: LineOrigin }[] = [];
  private readonly tables: Table[] = [];

  /** `pagesKnown`: the file records page breaks, so origins carry pages. */
  constructor(private readonly pagesKnown: boolean) {}

  get pages(): number {
    return this.pagesKnown ? this.page : 0;
  }

  startParagraph(): void {
    if (this.current !== undefined && this.interrupted.length < 100) this.interrupted.push({ text: this.current, origin: this.currentOrigin });
    else if (this.current !== undefined) this.endParagraph();
    this.paragraphs++;
    this.paragraphOnPage++;
    this.current = '';
    this.currentOrigin = this.pagesKnown ? { page: this.page, line: this.paragraphOnPage } : { page: 0, line: this.paragraphs };
    const table = this.tables[this.tables.length - 1];
    if (table && table.cell?.length === 0 && table.origins.length < table.rows.length) table.origins.push(this.currentOrigin);
  }

  /** `collapsing`: a space is dropped at the start of a paragraph or after a space (ODT's rule). */
  text(text: string, collapsing = false): void {
    if (this.current === undefined) return;
    if (collapsing && text.startsWith(' ') && (this.current === '' || this.current.endsWith(' '))) text = text.slice(1);
    this.current += text;
  }

  pageBreak(): void {
    this.page++;
    this.paragraphOnPage = 0;
  }

  endParagraph(): void {
    if (this.current === undefined) return;
    const text = this.current;
    this.current = undefined;
    const table = this.tables[this.tables.length - 1];
    if (table?.cell) table.cell.push(text);
    else if (!table) this.out.push(text, this.currentOrigin);
    const resumed = this.interrupted.pop();
    if (resumed) {
      this.current = resumed.text;
      this.currentOrigin = resumed.origin;
    }
  }

  startTable(): void {
    while (this.current !== undefined) this.endParagraph();
    this.tables.push({ rows: [], origins: [], cell: undefined });
  }

  startRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    table.rows.push([]);
  }

  startCell(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    if (table.rows.length === 0) table.rows.push([]);
    table.cell = [];
  }

  /**
   * `extraColumns`: the columns a merged cell spans beyond its own, written empty to keep the
   * columns; `repeated`: they hold the same content (ODT's repeated cells).
   */
  endCell(extraColumns = 0, repeated = false): void {
    while (this.current !== undefined) this.endParagraph();
    const table = this.tables[this.tables.length - 1];
    if (!table?.cell) return;
    const row = table.rows[table.rows.length - 1];
    const text = table.cell.join(' ');
    row.push(text);
    for (let i = 0; i < extraColumns && i < MAX_REPEAT; i++) row.push(repeated ? text : '');
    table.cell = undefined;
  }

  /** ODT's repeated rows: the last row `times` more. */
  repeatRow(times: number): void {
    const table = this.tables[this.tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    if (!table || !row || row.every((cell) => cell.trim() === '')) return;
    for (let i = 0; i < times && i < MAX_REPEAT; i++) {
      table.rows.push([...row]);
      table.origins.push(table.origins[table.origins.length - 1]);
    }
  }

  endTable(): void {
    while (this.current !== undefined) this.endParagraph();
    const table = this.tables.pop();
    if (!table) return;
    const rows = table.rows.filter((row) => row.length > 0);
    const outer = this.tables[this.tables.length - 1];
    if (outer?.cell) {
      // A table inside a cell: its cells, row by row, become the cell's text.
      outer.cell.push(rows.map((row) => row.filter((cell) => cell.trim() !== '').join(' ')).join(' '));
      return;
    }
    if (outer) return;
    const lines = pipeTable(rows);
    const fallback = table.origins[0] ?? this.currentOrigin;
    lines.forEach((line, index) => {
      // Line 1 is the `|---|` rule under the first row: it has the first row's origin.
      const row = index === 0 ? 0 : Math.max(0, index - 1);
      this.out.push(line, table.origins[row] ?? fallback);
    });
  }

  finish(): void {
    while (this.tables.length > 0) this.endTable();
    while (this.current !== undefined) this.endParagraph();
  }
}
