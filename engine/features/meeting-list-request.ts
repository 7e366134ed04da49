/**
 * The editor's « Liste des délibérations de la séance » (CGCT L2121-25): the client sends the open
 * file, or the deliberations of a folder, as `delibera/meetingList`; the server answers with the list
 * written in the chosen format, the same text `delibera export --format liste` writes.
 */
import { meetingLists, noticeSource, type MeetingListInput } from '../export/meeting-list';
import { MEETING_LIST_FORMATS, renderMeetingLists, type MeetingListFormat } from '../export/meeting-list-render';
import type { Locale } from '../rules/types';

export const MEETING_LIST_REQUEST = 'delibera/meetingList';

export interface MeetingListRequest {
  /** The files to list, in the order given; `text` is their content as the client read it. */
  documents: { uri: string; text: string }[];
  format: MeetingListFormat;
}

export interface MeetingListAnswer {
  /** The list, ready to open in a new tab or to save. */
  text: string;
  format: MeetingListFormat;
  items: number;
  meetings: number;
  /** What could not be read, one sentence each, prefixed with the file it concerns. */
  notices: string[];
}

export function isMeetingListFormat(value: unknown): value is MeetingListFormat {
  return typeof value === 'string' && (MEETING_LIST_FORMATS as readonly string[]).includes(value);
}

/** The answer for documents already read into dossiers. Never throws on what the model holds. */
export function answerMeetingList(inputs: readonly MeetingListInput[], format: MeetingListFormat, locale: Locale, notices: readonly string[] = []): MeetingListAnswer {
  const { lists, notices: listNotices } = meetingLists(inputs);
  const separator = locale === 'fr' ? ' : ' : ': ';
  const said = listNotices.map((notice) => {
    const where = noticeSource(notice, lists);
    return `${where ? `${where}${separator}` : ''}${notice.message[locale]}`;
  });
  return {
    text: renderMeetingLists(lists, format, locale),
    format,
    items: lists.reduce((n, list) => n + list.items.length, 0),
    meetings: lists.length,
    notices: [...notices, ...said],
  };
}
