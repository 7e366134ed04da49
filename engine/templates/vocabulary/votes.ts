/** How items and their votes are written: numbers, objects, formulas, figures, name lists, outcomes. */
export interface VoteVocabulary {
  [key: string]: unknown;
}
// TODO(helper): fill in.
export const VOTES = {} as VoteVocabulary;
