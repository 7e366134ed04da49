/**
 * vote-quorum: the assembly deliberates only with its quorum.
 *
 * Commission Permanente of the département (CGCT L.3121-14-1): the absolute majority of its members
 * in office is present or represented: présents + excusés ≥ ⌊N/2⌋ + 1, N = the configured assembly
 * size, else présents + excusés + absents of the deliberation. Also one proxy per holder (L.3121-16):
 * excusés ≤ présents.
 *
 * Every other assembly (docs/domain.md §21.1, §24 « quorum », §26.1): the rule of the body on the
 * meeting's date (`quorumOn`): a majority of the members in office physically present for communes,
 * EPCI and syndicats (L2121-17, L5211-1), départements (L3121-14) and régions (L4132-13); one third
 * present or represented in the health-crisis periods. A meeting reconvened after a first one lacked
 * its quorum needs none. Checked per range of items where the counts say so; a printed
 * `Quorum : q` must be the legal figure.
 */
import {
  countBoxes,
  distinctAttendees,
  membersInOffice,
  namedPresent,
  namedRepresented,
  representedCount,
  type CountBox,
} from '../facts/attendance';
import { cpQuorum } from '../facts/cp-vote';
import { healthCrisisOn, quorumOn, type QuorumRule } from '../facts/law';
import type { AttendanceCount, Dossier, Meeting, Range } from '../model/types';
import type { ResolvedOptions } from '../options';
import { attendance, countOf, message, related } from './helpers';
import type { Rule, RuleReport } from './types';
import { count as counted } from '../text/plural';

export const voteQuorum: Rule = {
  id: 'vote-quorum',
  severity: 'error',
  scope: 'dossier',
  description: message(
    'L’assemblée ne délibère valablement que si son quorum est atteint (art. L2121-17, L3121-14, L3121-14-1, L4132-13 du CGCT).',
    'The assembly deliberates validly only with its quorum (CGCT L2121-17, L3121-14, L3121-14-1, L4132-13).',
  ),
  check({ dossier, options, report }) {
    if (dossier.template === 'departement-cp') checkCommissionPermanente(dossier, options, report);
    else checkAssembly(dossier.meeting, options, report);
  },
};

/** The Commission Permanente's check, as it always was (its own model: `dossier.deliberation`). */
function checkCommissionPermanente(dossier: Dossier, options: ResolvedOptions, report: (r: RuleReport) => void): void {
  const d = dossier.deliberation;
  const present = attendance(d, 'present');
  if (!present || present.persons.length === 0) return;
  const p = present.persons.length;
  const e = countOf(d, 'excused');
  const { size, rule } = cpQuorum(dossier, options);
  const quorum = rule.required;
  if (p + e < quorum) {
    report({
      range: present.labelRange,
      message: message(
        `Quorum non atteint : présents + excusés = ${p + e}, il en faut ${quorum} sur ${size} membres (${article(rule)}).`,
        `No quorum: present + excused = ${p + e}, ${quorum} of ${size} members are needed (${articleEn(rule)}).`,
      ),
      data: { expected: String(quorum), actual: String(p + e) },
    });
  }
  if (e > p) {
    report({
      range: attendance(d, 'excused')!.labelRange,
      message: message(
        `${counted(e, 'fr', 'excusé')} pour ${counted(p, 'fr', 'présent')} : chaque présent ne peut recevoir qu’une délégation de vote (art. L.3121-16 du CGCT).`,
        `${e} excused for ${p} present: each present member can hold only one proxy (CGCT L.3121-16).`,
      ),
    });
  }
}

function article(rule: QuorumRule): string {
  return rule.article.startsWith('loi') ? rule.article : `art. ${rule.article} du CGCT`;
}

function articleEn(rule: QuorumRule): string {
  return rule.article.startsWith('loi') ? rule.article : `CGCT ${rule.article}`;
}

/** What a box says of the members who count for the quorum: at most so many (upper bounds only). */
interface Counted {
  present: number;
  /** Present or represented, when the text says how many are represented. */
  withRepresented?: number;
  range: Range;
  related?: Range;
}

function checkAssembly(meeting: Meeting, options: ResolvedOptions, report: (r: RuleReport) => void): void {
  if (meeting.secondConvocation) return;
  const date = meeting.date?.date;
  const kind = meeting.collectivite.kind;
  const body = meeting.body?.value;
  const office = membersInOffice(meeting, options);
  const boxes = countBoxes(meeting);

  // A printed `Quorum : q` is the legal figure (either regime in a health-crisis period, when the
  // texts often print the ordinary majority).
  if (office) {
    for (const box of boxes) checkPrintedQuorum(meeting, box, office.value, office.count, report);
  }

  if (!date) return; // The law of the day decides: with no date, no judgement.
  const counted = countedMembers(meeting, boxes, office?.value);
  for (const c of counted) {
    const inOffice = c.inOffice;
    const rule = quorumOn(inOffice, date, kind, body);
    const value = rule.countsRepresented ? c.withRepresented : c.present;
    if (value === undefined || value >= rule.required) continue;
    const crisis = healthCrisisOn(date);
    const what = rule.countsRepresented ? message('présents ou représentés', 'present or represented') : message('présents', 'present');
    report({
      range: c.range,
      message: message(
        `Quorum non atteint${c.items ? ` (${c.items})` : ''} : ${value} membres ${what.fr}, il en faut ${rule.required} sur ${inOffice} en exercice (${article(rule)}${crisis ? ', régime de crise sanitaire' : ''}).`,
        `No quorum${c.items ? ` (${c.items})` : ''}: ${value} members ${what.en}, ${rule.required} of ${inOffice} in office are needed (${articleEn(rule)}${crisis ? ', health-crisis rules' : ''}).`,
      ),
      related: c.related ? related(c.related, message(`${inOffice} en exercice`, `${inOffice} in office`)) : undefined,
      data: { expected: String(rule.required), actual: String(value), inOffice, article: rule.article },
    });
  }
}

interface CountedAt extends Counted {
  inOffice: number;
  items?: string;
}

/**
 * The members counted for the quorum, per box of printed présents (a box per range of items), else
 * from the named lists when they name every member in office.
 */
function countedMembers(meeting: Meeting, boxes: readonly CountBox[], configured: number | undefined): CountedAt[] {
  const out: CountedAt[] = [];
  for (const box of boxes) {
    const present = box.counts.present;
    if (!present) continue;
    const inOffice = box.inOffice?.value ?? configured;
    if (!inOffice || present.value > inOffice) continue;
    // The présents may leave the suppléants out: count them in, to report only what is certain.
    const p = present.value + (box.counts.substitutes?.value ?? 0);
    const represented = representedOf(meeting, box, present, boxes.length === 1);
    out.push({
      present: p,
      withRepresented: represented === undefined ? undefined : p + represented,
      range: present.range,
      related: box.inOffice?.labelRange,
      inOffice,
      items: box.items,
    });
  }
  if (out.length > 0 || boxes.some((b) => b.counts.present)) return out;
  // No printed présents: the named lists, when they name every member in office (printed or
  // configured). A list the reader cut short would otherwise pass for a meeting without quorum.
  const named = namedPresent(meeting);
  if (named.all === 0 || !configured) return out;
  const persons = distinctAttendees(meeting);
  const total = persons.length + (named.presidentUnlisted ? 1 : 0);
  if (total < configured) return out;
  const firstPresent = meeting.attendance.attendees.find((a) => a.status === 'present')!;
  const p = named.all + (named.presidentUnlisted ? 1 : 0);
  const r = namedRepresented(meeting).all;
  out.push({ present: p, withRepresented: p + r, range: firstPresent.range, inOffice: configured });
  return out;
}

/** Represented members of a box: its printed count, else votants − présents, else the proxies named. */
function representedOf(meeting: Meeting, box: CountBox, present: AttendanceCount, onlyBox: boolean): number | undefined {
  const printed = representedCount(box);
  if (printed) return printed.value;
  if (meeting.excusedHoldsProxy && box.counts.excused) return box.counts.excused.value;
  if (box.counts.voters && box.counts.voters.value >= present.value) return box.counts.voters.value - present.value;
  if (box.items || !onlyBox) return undefined;
  const named = namedRepresented(meeting);
  return named.all > 0 ? named.all : undefined;
}

function checkPrintedQuorum(
  meeting: Meeting,
  box: CountBox,
  configuredOrPrinted: number,
  printedInOffice: AttendanceCount | undefined,
  report: (r: RuleReport) => void,
): void {
  const quorum = box.counts.quorum;
  if (!quorum) return;
  const inOffice = box.inOffice?.value ?? configuredOrPrinted;
  const date = meeting.date?.date;
  const ordinary = quorumOn(inOffice, undefined, meeting.collectivite.kind, meeting.body?.value);
  const accepted = [ordinary.required];
  // In a health-crisis period, or on a date not read, the third of the members is legal too.
  const crisis = date ? healthCrisisOn(date) : undefined;
  if (crisis || !date) accepted.push(Math.ceil(inOffice / 3));
  if (accepted.includes(quorum.value)) return;
  // `Quorum : 22 présents sur 26` states who is there, not the figure required.
  const named = namedPresent(meeting);
  const present = box.counts.present?.value;
  if (quorum.value === present || quorum.value === named.all || quorum.value === named.unqualified) return;
  if (quorum.value > inOffice) return;
  const certain = accepted.length === 1;
  const inOfficeRange = box.inOffice?.labelRange ?? printedInOffice?.labelRange;
  report({
    range: quorum.range,
    message: message(
      `Quorum imprimé ${quorum.value}, mais le quorum légal est ${accepted.join(' ou ')} pour ${inOffice} membres en exercice (${article(ordinary)}${crisis ? ` ; ${Math.ceil(inOffice / 3)} en régime de crise sanitaire, ${crisis.basis}` : ''}).`,
      `Printed quorum ${quorum.value}, but the legal quorum is ${accepted.join(' or ')} for ${inOffice} members in office (${articleEn(ordinary)}${crisis ? `; ${Math.ceil(inOffice / 3)} under the health-crisis rules, ${crisis.basis}` : ''}).`,
    ),
    related: related(inOfficeRange, message(`${inOffice} en exercice`, `${inOffice} in office`)),
    data: { expected: String(ordinary.required), actual: String(quorum.value), inOffice },
    fixes: accepted.map((q, i) => ({
      title: message(`Corriger le quorum : ${q}`, `Correct the quorum: ${q}`),
      range: quorum.range,
      text: String(q),
      ...(certain && i === 0 ? { preferred: true } : {}),
    })),
  });
}
