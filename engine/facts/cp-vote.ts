/**
 * The Commission Permanente's vote, derived once for the rules (vote-quorum, vote-outcome) and for
 * the hovers, inlay hints and code lens, so that what the editor explains is what the rules judge
 * (docs/domain.md §2; CGCT L3121-14-1, L3121-14 al. 3, L3121-15). An excused member votes by proxy:
 * présents + excusés are the members present or represented.
 */
import type { AttendanceKind, Deliberation, Dossier } from '../model/types';
import type { ResolvedOptions } from '../options';
import { quorumOn, type QuorumRule } from './law';

function listed(d: Deliberation, kind: AttendanceKind): number {
  return d.attendance.find((list) => list.kind === kind)?.persons.length ?? 0;
}

export interface CpQuorum {
  /** Members in office: the configured size, else présents + excusés + absents. */
  size: number;
  /** Présents + excusés: the members present or represented. */
  presentOrRepresented: number;
  rule: QuorumRule;
  /** The size comes from `delibera.assembly.size`, not from the lists. */
  configured: boolean;
}

/** The quorum of the dossier's meeting, by the law in force on its date (one third in a health crisis). */
export function cpQuorum(dossier: Dossier, options: Pick<ResolvedOptions, 'assembly'>): CpQuorum {
  const d = dossier.deliberation;
  const p = listed(d, 'present');
  const e = listed(d, 'excused');
  const size = options.assembly.size ?? p + e + listed(d, 'absent');
  const date = dossier.meeting.date?.date ?? d.meetingDate?.date;
  return { size, presentOrRepresented: p + e, rule: quorumOn(size, date, 'departement', 'commission-permanente'), configured: options.assembly.size !== undefined };
}

/**
 * What Pour and Contre give: adopted at the majority of the votes cast (abstentions are not votes
 * cast); undefined on a tie, where the president's casting vote decides and is not written.
 */
export function expectedOutcome(pour: number, contre: number): 'adopte' | 'rejete' | undefined {
  if (pour === contre) return undefined;
  return pour > contre ? 'adopte' : 'rejete';
}
