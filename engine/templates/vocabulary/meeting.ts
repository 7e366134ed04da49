/** How a meeting is named and dated: collectivité, body, title, opening sentence, convocation. */
export interface MeetingVocabulary {
  [key: string]: unknown;
}
// TODO(helper): fill in.
export const MEETING = {} as MeetingVocabulary;
