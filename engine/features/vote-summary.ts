/**
 * The figures of one deliberation's vote, read from its attendance lists and vote block: what the
 * hovers, the inlay hints and the code lens show (docs/domain.md §2, CGCT L.3121-14-1, L.3121-14 al. 3).
 */
import type { AttendanceKind, AttendanceList, Deliberation, Person } from '../model/types';
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
  quorum: number;
  /** Persons who declared an interest and stepped aside (not the ones excused without proxy). */
  interested: Person[];
  /** Persons declared `intéressé … et excusé, n’a pas donné de délégation de vote`. */
  interestedExcused: Person[];
}

function list(d: Deliberation, kind: AttendanceKind): AttendanceList | undefined {
  return d.attendance.find((l) => l.kind === kind);
}

export function voteSummary(d: Deliberation, options: Pick<ResolvedOptions, 'assembly'>): VoteSummary {
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
  const a = absent?.persons.length ?? 0;
  const size = options.assembly.size ?? p + e + a;
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
    expectedOutcome: !hasPour || pour === contre ? undefined : pour > contre ? 'adopte' : 'rejete',
    size,
    quorum: Math.floor(size / 2) + 1,
    interested: d.declarations.filter((x) => !x.excusedWithoutProxy).flatMap((x) => x.persons),
    interestedExcused: d.declarations.filter((x) => x.excusedWithoutProxy).flatMap((x) => x.persons),
  };
}

/** `Mme Fatima AIT-CHIKHEBBIH`. */
export function personName(person: Person): string {
  return [person.civility, person.firstName, person.lastName].filter(Boolean).join(' ');
}
