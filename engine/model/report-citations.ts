/**
 * Deliberations cited in a report's prose (docs/domain.md §8.3): `Par délibération du 6 juillet 2020, le
 * Conseil départemental a adopté le rapport « Pour un numérique inclusif … »`, `Délibération cadre du
 * Conseil départemental du 26 septembre 2016 « Accompagner l’attractivité du Pas-de-Calais »`,
 * `la délibération n°2021-257 du …`. Only citations that can be tied to a visa are kept: a date plus a
 * number written right after the word, or a title in « » in the same sentence. A bare date (`lors de
 * sa session du 24 janvier 2022`) names no act a checker could compare.
 *
 * Meant for `Report.citations`, filled by the model builder: this module sits here until it moves
 * to engine/model/ with the other block parsers.
 */
import { findActNumber, findBody, findDateRefs, findQuoted, joinWrapped } from './acts';
import { CP_REPORT } from '../templates/departement-cp';
import type { ActCitation } from './types';
import type { JoinedText } from '../text/joined';
import { contentLines, type Region } from '../text/region';

/** The word, and the `cadre n°…` after which a number is the deliberation's: the template's. */
const { citation: KEYWORD, citationNumberRightAfter: NUMBER_RIGHT_AFTER } = CP_REPORT;
/** How far a date may sit from the word, and a sentence may run. */
const DATE_WINDOW = 140;
const SENTENCE_WINDOW = 400;
/** A report is prose: past this many mentions, the rest is noise (a pasted list, a table). */
const MAX_CITATIONS = 200;

export function parseReportCitations(region: Region, joined: JoinedText = joinWrapped(region.lines, contentLines(region))): ActCitation[] {
  const out: ActCitation[] = [];
  for (const m of joined.text.matchAll(KEYWORD)) {
    if (out.length >= MAX_CITATIONS) break;
    const citation = readCitation(joined, m.index ?? 0, m[0].length);
    if (citation) out.push(citation);
  }
  return out;
}

function readCitation(joined: JoinedText, start: number, length: number): ActCitation | undefined {
  const text = joined.text;
  const after = start + length;
  const end = sentenceEnd(text, after, Math.min(text.length, after + SENTENCE_WINDOW));
  const quoted = findQuoted(text, after, end);
  const skip: [number, number][] = quoted ? [[quoted.open, quoted.close]] : [];
  const dateLimit = Math.min(end, after + DATE_WINDOW, quoted ? quoted.open : end);
  const date = findDateRefs(joined, after, dateLimit, skip)[0];
  if (!date) return undefined;
  const act: ActCitation = { date };
  if (NUMBER_RIGHT_AFTER.test(text.slice(after, after + 12))) {
    const number = findActNumber(joined, after, Math.min(after + 30, end), skip);
    if (number) act.number = number;
  }
  const body = findBody(text, after, dateLimit, skip);
  if (body) act.body = body.body;
  if (quoted && quoted.innerEnd > quoted.innerStart) {
    act.title = { value: text.slice(quoted.innerStart, quoted.innerEnd), range: joined.rangeAt(quoted.innerStart, quoted.innerEnd) };
  }
  return act.number || act.title ? act : undefined;
}

/** The first `.`, `;` or `:` that ends the sentence (outside « »), else `limit`. */
function sentenceEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === '«') depth++;
    else if (ch === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '.' || ch === ';') && !/[\p{L}\d]/u.test(text[i + 1] ?? '')) return i;
  }
  return limit;
}
