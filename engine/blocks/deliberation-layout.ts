/**
 * The blocks of one deliberation (docs/domain.md §1.2), found by their landmark lines in document order.
 * Every block is optional: a draft being typed may have any subset of them. Each later landmark is
 * looked for after the earlier ones, so a `Vu` in an annex or an `Article 1 :` in a report is never
 * taken for the deliberation's.
 */
import { CP_LANDMARKS as LANDMARKS } from '../templates/departement-cp';
import type { LineSpan } from './dossier-layout';

export interface DeliberationLayout {
  stamp?: LineSpan;
  header?: number;
  nature?: LineSpan;
  meeting?: number;
  /** From the presidency (or the first attendance label) to the line before the number. */
  people?: LineSpan;
  number?: number;
  preamble?: number;
  /** Visas, declarations and information items: after the preamble, before the formula. */
  visas?: LineSpan;
  formula?: number;
  decide?: number;
  /** Articles and the imputation table: after DECIDE, before the vote intro. */
  decision?: LineSpan;
  /** The vote lines, outcome and separator: from the intro to the signature. */
  vote?: LineSpan;
  signature?: LineSpan;
}

function find(lines: readonly string[], re: RegExp, from: number, to: number): number {
  for (let i = from; i <= to; i++) {
    const text = lines[i];
    if (text.length <= 400 && re.test(text)) return i;
  }
  return -1;
}

export function layoutDeliberation(lines: readonly string[], span: LineSpan): DeliberationLayout {
  const { from, to } = span;
  const layout: DeliberationLayout = {};
  let cursor = from;

  const stamp = find(lines, LANDMARKS.stampSent, from, Math.min(to, from + 6));
  const header = find(lines, LANDMARKS.header, from, Math.min(to, from + 10));
  if (header >= 0) {
    layout.header = header;
    cursor = header + 1;
    if (stamp >= 0 && stamp < header) {
      const posted = find(lines, LANDMARKS.stampPosted, stamp + 1, header - 1);
      layout.stamp = { from: stamp, to: posted >= 0 ? posted : stamp };
    }
  }
  const nature = find(lines, LANDMARKS.nature, cursor, Math.min(to, cursor + 6));
  if (nature >= 0) {
    const second = lines[nature + 1] !== undefined && LANDMARKS.natureContinued.test(lines[nature + 1]) ? nature + 1 : nature;
    layout.nature = { from: nature, to: second };
    cursor = second + 1;
  }
  const meeting = find(lines, LANDMARKS.meeting, cursor, Math.min(to, cursor + 8));
  if (meeting >= 0) {
    layout.meeting = meeting;
    cursor = meeting + 1;
  }

  const number = find(lines, LANDMARKS.number, cursor, to);
  const preamble = find(lines, LANDMARKS.preamble, number >= 0 ? number + 1 : cursor, to);
  const formula = find(lines, LANDMARKS.formula, Math.max(cursor, preamble, number), to);
  const decide = find(lines, LANDMARKS.decide, Math.max(cursor, formula, preamble, number), to);
  const voteIntro = find(lines, LANDMARKS.voteIntro, Math.max(cursor, decide), to);
  const signature = find(lines, LANDMARKS.signature, Math.max(cursor, voteIntro), to);

  // Names and title sit between the meeting line and the number.
  const peopleEnd = firstOf(number, preamble, formula, decide) - 1;
  const peopleStart = find(lines, LANDMARKS.people, cursor, peopleEnd >= cursor ? peopleEnd : to);
  if (peopleStart >= 0 && (peopleEnd < 0 || peopleStart <= peopleEnd)) {
    layout.people = { from: peopleStart, to: peopleEnd >= 0 ? peopleEnd : to };
  }
  if (number >= 0) layout.number = number;
  if (preamble >= 0) layout.preamble = preamble;
  if (formula >= 0) layout.formula = formula;
  if (decide >= 0) layout.decide = decide;

  const visaStart = preamble >= 0 ? preamble + 1 : number >= 0 ? number + 1 : find(lines, LANDMARKS.visa, cursor, to);
  const visaEnd = firstOf(formula, decide, voteIntro, signature) - 1;
  if (visaStart >= 0 && (visaEnd < 0 ? to : visaEnd) >= visaStart) {
    layout.visas = { from: visaStart, to: visaEnd >= 0 ? visaEnd : to };
  }

  const decisionStart = decide >= 0 ? decide + 1 : find(lines, LANDMARKS.article, Math.max(cursor, formula), to);
  const decisionEnd = firstOf(voteIntro, signature) - 1;
  if (decisionStart >= 0 && (decisionEnd < 0 ? to : decisionEnd) >= decisionStart) {
    layout.decision = { from: decisionStart, to: decisionEnd >= 0 ? decisionEnd : to };
  }
  if (voteIntro >= 0) layout.vote = { from: voteIntro, to: signature >= 0 ? signature - 1 : to };
  if (signature >= 0) layout.signature = { from: signature, to };
  return layout;
}

/** The smallest non-negative index, or -1 (so `- 1` gives -2: callers test `< 0`). */
function firstOf(...indices: number[]): number {
  let best = -1;
  for (const i of indices) if (i >= 0 && (best < 0 || i < best)) best = i;
  return best;
}
