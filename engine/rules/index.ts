/** The rule catalogue: every rule module, in the order their diagnostics are reported. */
import { attendanceCount } from './attendance-count';
import { attendanceDuplicate } from './attendance-duplicate';
import { attendanceMembers } from './attendance-members';
import { attendanceOfficer } from './attendance-officer';
import { attendanceProxy } from './attendance-proxy';
import { budgetBalance } from './budget-balance';
import { budgetChain } from './budget-chain';
import { budgetCredit } from './budget-credit';
import { budgetRate } from './budget-rate';
import { budgetReportMatch } from './budget-report-match';
import { budgetTotal } from './budget-total';
import { amountArticle } from './amount-article';
import { amountFormat } from './amount-format';
import { articleReference } from './article-reference';
import { articleSequence } from './article-sequence';
import { dateCoherence } from './date-coherence';
import { dateConvocation } from './date-convocation';
import { dateReport } from './date-report';
import { dateSignature } from './date-signature';
import { dateStamp } from './date-stamp';
import { draftIncomplete } from './draft-incomplete';
import { numeroYear } from './numero-year';
import { readNotice } from './read-notice';
import { signatureRequired } from './signature-required';
import type { Rule } from './types';
import { visaAvis } from './visa-avis';
import { visaCitation } from './visa-citation';
import { visaRequired } from './visa-required';
import { voteAbsent } from './vote-absent';
import { voteInterest } from './vote-interest';
import { voteNamed } from './vote-named';
import { voteOutcome } from './vote-outcome';
import { voteQuorum } from './vote-quorum';
import { voteTotal } from './vote-total';

export const rules: readonly Rule[] = [
  voteTotal,
  voteAbsent,
  voteOutcome,
  voteNamed,
  voteQuorum,
  voteInterest,
  attendanceDuplicate,
  attendanceOfficer,
  attendanceMembers,
  attendanceCount,
  attendanceProxy,
  budgetBalance,
  budgetTotal,
  budgetRate,
  budgetCredit,
  budgetReportMatch,
  budgetChain,
  amountArticle,
  amountFormat,
  visaRequired,
  visaAvis,
  visaCitation,
  dateSignature,
  signatureRequired,
  dateReport,
  dateStamp,
  dateCoherence,
  dateConvocation,
  numeroYear,
  articleSequence,
  articleReference,
  readNotice,
  draftIncomplete,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
