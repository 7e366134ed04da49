/** The rule catalogue: every rule module, in the order their diagnostics are reported. */
import { attendanceDuplicate } from './attendance-duplicate';
import { attendanceMembers } from './attendance-members';
import { attendanceOfficer } from './attendance-officer';
import type { Rule } from './types';
import { voteAbsent } from './vote-absent';
import { voteInterest } from './vote-interest';
import { voteOutcome } from './vote-outcome';
import { voteQuorum } from './vote-quorum';
import { voteTotal } from './vote-total';

export const rules: readonly Rule[] = [
  voteTotal,
  voteAbsent,
  voteOutcome,
  voteQuorum,
  voteInterest,
  attendanceDuplicate,
  attendanceOfficer,
  attendanceMembers,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
