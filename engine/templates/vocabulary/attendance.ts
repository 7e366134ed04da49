/** How attendance is written: count labels, list headers, proxy forms, time qualifiers. */
export interface AttendanceVocabulary {
  [key: string]: unknown;
}
// TODO(helper): fill in.
export const ATTENDANCE = {} as AttendanceVocabulary;
