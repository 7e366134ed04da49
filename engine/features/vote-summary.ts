/**
 * The figures of one deliberation's vote, read from its attendance lists and vote block: what the
 * hovers, the inlay hints and the code lens show (docs/domain.md §2, CGCT L.3121-14-1, L.3121-14 al. 3).
 */
import { cpQuorum, expectedOutcome } from '../facts/cp-vote';
import type { QuorumRule } from '../facts/law';
import type { AttendanceKind, AttendanceList, Deliberation, Dossier, Person } from '../model/types';
import type { ResolvedOptions } from '../options';

export interface VoteSummary {
  present?: AttendanceList;
  excused?: AttendanceList;
  absent?: AttendanceList;
  nonVoting?: AttendanceList;
  excusedNonVoting?: AttendanceList;
  /** Members present or represented: présents + excusés (an excused member votes by proxy). */
  voters: number;
  pour: number;
  contre: number;
  abstention: number;
  nppv: number;
  /** `Absent sans délégation de vote`, when written. */
  absentLine?: number;
  counted: number;
  hasPour: boolean;
  outcome?: 'adopte' | 'rejete';
  /** What the figures give: undefined on a tie (the president's casting vote is not written). */
  expectedOutcome?: 'adopte' | 'rejete';
  /** Members in office: the configured size, else présents + excusés + absents. */
  size: number;
  /** Members present or represented needed, by the law in force on the meeting day. */
  quorum: number;
  quorumRule: QuorumRule;
  /** Persons who declared an interest and stepped aside (not the ones excused without proxy). */
  interested: Person[];
  /** Persons declared `intéressé … et excusé, n’a pas donné de délégation de vote`. */
  interestedExcused: Person[];
}

function list(d: Deliberation, kind: AttendanceKind): AttendanceList | undefined {
  return d.attendance.find((l) => l.kind === kind);
}

export function voteSummary(dossier: Dossier, options: Pick<ResolvedOptions, 'assembly'>): VoteSummary {
  const d = dossier.deliberation;
  const quorum = cpQuorum(dossier, options);
  const present = list(d, 'present');
  const excused = list(d, 'excused');
  const absent = list(d, 'absent');
  const figure = (kind: string) => d.vote?.lines.filter((l) => l.kind === kind).reduce((n, l) => n + l.count, 0) ?? 0;
  const pour = figure('pour');
  const contre = figure('contre');
  const abstention = figure('abstention');
  const nppv = figure('nppv');
  const absentLines = d.vote?.lines.filter((l) => l.kind === 'absent') ?? [];
  const p = present?.persons.length ?? 0;
  const e = excused?.persons.length ?? 0;
  const hasPour = !!d.vote?.lines.some((l) => l.kind === 'pour');
  return {
    present,
    excused,
    absent,
    nonVoting: list(d, 'nonVoting'),
    excusedNonVoting: list(d, 'excusedNonVoting'),
    voters: p + e,
    pour,
    contre,
    abstention,
    nppv,
    absentLine: absentLines.length > 0 ? absentLines.reduce((n, l) => n + l.count, 0) : undefined,
    counted: pour + contre + abstention + nppv,
    hasPour,
    outcome: d.vote?.outcome?.value,
    expectedOutcome: hasPour ? expectedOutcome(pour, contre) : undefined,
    size: quorum.size,
    quorum: quorum.rule.required,
    quorumRule: quorum.rule,
    interested: d.declarations.filter((x) => !x.excusedWithoutProxy).flatMap((x) => x.persons),
    interestedExcused: d.declarations.filter((x) => x.excusedWithoutProxy).flatMap((x) => x.persons),
  };
}

/** `Mme Fatima AIT-CHIKHEBBIH`. */
export function personName(person: Person): string {
  return [person.civility, person.firstName, person.lastName].filter(Boolean).join(' ');
}
