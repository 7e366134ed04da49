/**
 * The signature block (docs/domain.md §1.2 block 22): `LE PRESIDENT DU CONSEIL DEPARTEMENTAL,`, the
 * president's name, then `ARRAS, le 21 mars 2022`. What follows (`Pour le Président…`, `Signé`,
 * the signing officer) is not read.
 */
import { findDates } from '../text/dates';
import { lineRange, trimmedLineRange, type Range } from '../text/lines';
import { collapseSpaces } from '../text/normalize';
import { contentLines, type Region } from '../text/region';
import { CP_SIGNATURE } from '../templates/departement-cp';
import type { Signature } from './types';

const { heading: HEADING, placeDate: PLACE_DATE, notAName: NOT_A_NAME } = CP_SIGNATURE;

export function parseSignature(region: Region): Signature {
  const { lines } = region;
  const content = contentLines(region);
  let k = content.findIndex((i) => HEADING.test(lines[i].slice(0, 200)));
  const heading = k >= 0 ? content[k] : content[0] ?? region.from;
  const signature: Signature = { range: trimmedLineRange(lines, Math.min(heading, lines.length - 1)) };
  let last: Range = signature.range;
  const from = k >= 0 ? k + 1 : 0;
  for (k = from; k < content.length; k++) {
    const i = content[k];
    const text = lines[i].slice(0, 300);
    const placeDate = PLACE_DATE.exec(text);
    if (placeDate) {
      const placeStart = placeDate[1].length;
      const place = placeDate[2].trimEnd();
      signature.place = { value: collapseSpaces(place), range: lineRange(i, placeStart, placeStart + place.length) };
      const rest = placeDate[0].length;
      const date = findDates(text.slice(rest))[0];
      if (date) {
        const start = rest + date.index;
        signature.date = {
          date: date.date,
          text: text.slice(start, start + date.length),
          range: lineRange(i, start, start + date.length),
        };
      }
      last = trimmedLineRange(lines, i);
      break;
    }
    if (!signature.signatory && !NOT_A_NAME.test(text) && /\p{L}/u.test(text) && text.trim().split(/\s+/).length <= 6) {
      const range = trimmedLineRange(lines, i);
      signature.signatory = { value: collapseSpaces(lines[i]), range };
      last = range;
      continue;
    }
    // Only the name and the place-date line follow the heading; past a few lines, stop looking.
    if (signature.signatory || k - from >= 4) break;
  }
  signature.range = { start: signature.range.start, end: last.end };
  return signature;
}
