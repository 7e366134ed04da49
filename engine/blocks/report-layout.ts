/** The header blocks of a report (docs/domain.md §1.4): number, meeting date, title. */
import { isBlank } from '../text/normalize';
import { CP_LANDMARKS as LANDMARKS } from '../templates/departement-cp';
import { isUpperCaseLine } from './patterns';
import type { LineSpan } from './dossier-layout';

export interface ReportLayout {
  number?: number;
  meeting?: number;
  title?: LineSpan;
}

export function layoutReport(lines: readonly string[], span: LineSpan): ReportLayout {
  const layout: ReportLayout = {};
  const limit = Math.min(span.to, span.from + 40);
  for (let i = span.from; i <= limit; i++) {
    const text = lines[i];
    if (layout.number === undefined && LANDMARKS.report.test(text)) layout.number = i;
    else if (layout.number !== undefined && LANDMARKS.meeting.test(text)) {
      layout.meeting = i;
      break;
    }
  }
  if (layout.meeting !== undefined) layout.title = titleAfter(lines, layout.meeting + 1, span.to);
  return layout;
}

/**
 * Upper-case lines from `from`, blank lines allowed inside (002 L33–37), up to the first line of
 * mixed-case prose.
 */
export function titleAfter(lines: readonly string[], from: number, to: number): LineSpan | undefined {
  let first = -1;
  let last = -1;
  for (let i = from; i <= to && i <= from + 20; i++) {
    const text = lines[i];
    if (isBlank(text)) continue;
    if (!isUpperCaseLine(text)) break;
    if (first < 0) first = i;
    last = i;
  }
  return first >= 0 ? { from: first, to: last } : undefined;
}
