/**
 * DOCX: `word/document.xml` read directly. Paragraphs are lines, Word tables pipe tables (merged
 * cells keep their columns), text boxes are read once (their `mc:Fallback` copy is skipped),
 * deleted revisions and field codes are left out. Headers, footers and notes live in other parts
 * of the package and are not read.
 */
import { OfficeText } from './office';
import { scanXml } from './xml';

/** Elements whose content is never text of the document. */
const SKIPPED = new Set(['w:delText', 'w:instrText', 'mc:Fallback']);

export function readDocumentXml(xml: string): { lines: string[]; origins: OfficeText['out']['origins']; pages: number } {
  // Word records where it last broke pages when it saved; without those, only explicit breaks count.
  const rendered = xml.includes('<w:lastRenderedPageBreak');
  const explicit = xml.includes('w:type="page"') || xml.includes('<w:pageBreakBefore');
  const office = new OfficeText(rendered || explicit);
  let skip = 0;
  let inText = false;
  const spans: number[] = [];
  scanXml(xml, {
    open(name, attributes) {
      // The scanner closes every element it opens, self-closing ones included: count both ways.
      if (skip > 0 || SKIPPED.has(name)) {
        if (SKIPPED.has(name)) skip++;
        return;
      }
      switch (name) {
        case 'w:p':
          office.startParagraph();
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
        case 'w:ptab':
          office.text(' ');
          break;
        case 'w:br':
          if (attributes.get('w:type') === 'page') {
            if (!rendered) office.pageBreak();
          } else if (attributes.get('w:type') !== 'column') office.text('\n');
          break;
        case 'w:cr':
          office.text('\n');
          break;
        case 'w:lastRenderedPageBreak':
          office.pageBreak();
          break;
        case 'w:pageBreakBefore':
          if (!rendered && attributes.get('w:val') !== '0' && attributes.get('w:val') !== 'false') office.pageBreak();
          break;
        case 'w:noBreakHyphen':
          office.text('-');
          break;
        case 'w:tbl':
          office.startTable();
          break;
        case 'w:tr':
          office.startRow();
          break;
        case 'w:tc':
          office.startCell();
          spans.push(0);
          break;
        case 'w:gridSpan': {
          const span = Number(attributes.get('w:val'));
          if (spans.length > 0 && Number.isInteger(span) && span > 1) spans[spans.length - 1] = span - 1;
          break;
        }
      }
    },
    close(name) {
      if (skip > 0) {
        if (SKIPPED.has(name)) skip--;
        return;
      }
      switch (name) {
        case 'w:p':
          office.endParagraph();
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:tc':
          office.endCell(spans.pop() ?? 0);
          break;
        case 'w:tbl':
          office.endTable();
          break;
      }
    },
    text(text) {
      if (inText && skip === 0) office.text(text);
    },
  });
  office.finish();
  return { lines: office.out.lines, origins: office.out.origins, pages: office.pages };
}
