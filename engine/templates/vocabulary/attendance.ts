/** How attendance is written: count labels, list headers, proxy forms, time qualifiers. */
export interface AttendanceVocabulary {
  [key: string]: unknown;
}
// TODO(helper: attendance) export const ATTENDANCE: AttendanceVocabulary
