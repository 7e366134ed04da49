/**
 * The list of deliberations (CGCT L2121-25) of each of the real acts of ../shared/external: every
 * document yields one without throwing (empty, and said, where the readers found no item), the rows
 * have a number or an object (or both cells say « non lu » and the notices say why), and every
 * format is written. Prints how many rows have each part and how many outcomes are printed, deduced or not read.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { meetingList, type MeetingListResult } from '../../engine/export/meeting-list';
import { MEETING_LIST_FORMATS, renderMeetingLists } from '../../engine/export/meeting-list-render';
import { externalDocs } from './corpus';

const docs = externalDocs();
const results = new Map<string, MeetingListResult>();
for (const doc of docs) results.set(doc.file, meetingList(createAnalyzer().analyze(doc.text).dossiers, doc.file));

describe('the list of deliberations of the real acts of ../shared/external', () => {
  it('is made for each of the 68 documents, an empty one said in a notice, and written in every format', () => {
    expect(docs.length).toBe(68);
    expect(docs.filter((doc) => (results.get(doc.file)?.lists ?? []).length === 0).map((doc) => doc.file)).toEqual([]);
    const empty = docs.filter((doc) => results.get(doc.file)!.lists.every((list) => list.items.length === 0)).map((doc) => doc.file);
    const unsaid = empty.filter((file) => !results.get(file)!.notices.some((notice) => notice.message.en === 'no deliberation read in this document: nothing listed'));
    console.log(`documents with rows: ${docs.length - empty.length}/${docs.length}; without (the readers found no item, said in a notice): ${empty.join(', ') || 'none'}`);
    expect(unsaid).toEqual([]);
    for (const doc of docs) {
      for (const format of MEETING_LIST_FORMATS) {
        for (const locale of ['fr', 'en'] as const) expect(() => renderMeetingLists(results.get(doc.file)!.lists, format, locale), `${doc.file} ${format}`).not.toThrow();
      }
    }
  });

  it('gives every row a number or an object, and a notice for each part it could not read', () => {
    const rows = [...results.values()].flatMap((result) => result.lists.flatMap((list) => list.items));
    const without = [...results.entries()].flatMap(([file, result]) => result.lists.flatMap((list) => list.items.filter((item) => item.number === '' && item.object === '').map(() => file)));
    const count = (test: (item: (typeof rows)[number]) => boolean) => rows.filter(test).length;
    const unread = count((item) => !item.outcome);
    const notices = [...results.values()].reduce((n, result) => n + result.notices.filter((notice) => /résultat non lu$/.test(notice.message.fr)).length, 0);
    console.log([
      `${rows.length} rows in ${docs.length} documents (${[...results.values()].reduce((n, r) => n + r.lists.length, 0)} meetings)`,
      `number ${count((item) => item.number !== '')}, object ${count((item) => item.object !== '')}, both ${count((item) => item.number !== '' && item.object !== '')}`,
      `outcome printed ${count((item) => item.outcomeFrom === 'text')}, unanimity ${count((item) => item.outcomeFrom === 'formula')}, from the figures ${count((item) => item.outcomeFrom === 'figures')}, not read ${unread}`,
      `rejected ${count((item) => item.outcome === 'rejete')}`,
    ].join('; '));
    // Where the readers found an item but neither its number nor its object (a flattened text), the
    // list says « non lu » in both cells and the notices say it: never a silent blank row.
    console.log(`rows with neither a number nor an object: ${without.length} (${without.join(', ') || 'none'})`);
    for (const file of without) {
      const said = results.get(file)!.notices.map((notice) => notice.message.en);
      expect(said, file).toContain('deliberation without number or object: number not read');
      expect(said, file).toContain('deliberation without number or object: object not read');
    }
    expect(rows.length - without.length).toBeGreaterThanOrEqual(0.95 * rows.length);
    // Never silence: each outcome not read is said.
    expect(notices).toBe(unread);
  });

  it('puts each list\'s meeting date where the document states one', () => {
    const dated = docs.filter((doc) => doc.meetingDate);
    const undated = dated.filter((doc) => !(results.get(doc.file)?.lists ?? []).some((list) => list.date)).map((doc) => doc.file);
    console.log(`lists with a meeting date: ${dated.length - undated.length}/${dated.length} of the documents that state one`);
    expect(undated.length / dated.length).toBeLessThanOrEqual(0.05);
  });
});
