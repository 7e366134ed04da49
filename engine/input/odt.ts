/**
 * ODT: `content.xml` read directly. Paragraphs and headings are lines, runs of spaces
 * (`<text:s text:c="n"/>`) are expanded, tables become pipe tables (covered cells of a merge stay
 * empty columns, repeated cells and rows are written out), LibreOffice's soft page breaks give the
 * pages. Notes, annotations and tracked deletions are left out.
 */
import { OfficeText } from './office';
import { scanXml } from './xml';

const SKIPPED = new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'office:forms', 'text:sequence-decls', 'office:automatic-styles', 'office:font-face-decls']);

const count = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function readContentXml(xml: string): { lines: string[]; origins: OfficeText['out']['origins']; pages: number } {
  const office = new OfficeText(xml.includes('<text:soft-page-break'));
  let skip = 0;
  let inBody = false;
  const rowRepeats: number[] = [];
  const cellRepeats: number[] = [];
  scanXml(xml, {
    open(name, attributes) {
      // The scanner closes every element it opens, self-closing ones included: count both ways.
      if (skip > 0 || SKIPPED.has(name)) {
        if (SKIPPED.has(name)) skip++;
        return;
      }
      if (name === 'office:body') inBody = true;
      if (!inBody) return;
      switch (name) {
        case 'text:p':
        case 'text:h':
          office.startParagraph();
          break;
        case 'text:s':
          office.text(' '.repeat(Math.min(count(attributes.get('text:c'), 1), 1000)));
          break;
        case 'text:tab':
          office.text(' ');
          break;
        case 'text:line-break':
          office.text('\n');
          break;
        case 'text:soft-page-break':
          office.pageBreak();
          break;
        case 'table:table':
          office.startTable();
          break;
        case 'table:table-row':
          office.startRow();
          rowRepeats.push(count(attributes.get('table:number-rows-repeated'), 1));
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          office.startCell();
          cellRepeats.push(count(attributes.get('table:number-columns-repeated'), 1));
          break;
      }
    },
    close(name) {
      if (skip > 0) {
        if (SKIPPED.has(name)) skip--;
        return;
      }
      if (!inBody) return;
      switch (name) {
        case 'office:body':
          inBody = false;
          break;
        case 'text:p':
        case 'text:h':
          office.endParagraph();
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          office.endCell((cellRepeats.pop() ?? 1) - 1, true);
          break;
        case 'table:table-row':
          office.repeatRow((rowRepeats.pop() ?? 1) - 1);
          break;
        case 'table:table':
          office.endTable();
          break;
      }
    },
    text(text) {
      // OpenDocument collapses white space in text (runs of spaces are written <text:s/>).
      if (skip === 0 && inBody) office.text(collapseSpaces(text), true);
    },
  });
  office.finish();
  return { lines: office.out.lines, origins: office.out.origins, pages: office.pages };
}

function collapseSpaces(text: string): string {
  let out = '';
  let space = false;
  for (const char of text) {
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') space = true;
    else {
      if (space) out += ' ';
      out += char;
      space = false;
    }
  }
  return space ? `${out} ` : out;
}
