/**
 * `delibera/meetingList`, the request behind the editor's « Liste des délibérations de la séance »:
 * the same text as `delibera export --format liste` (the golden files), an open document read as
 * edited, the others from the text sent, one list per meeting, and what it could not read said.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MEETING_LIST_REQUEST, type MeetingListAnswer } from '../../engine/features/meeting-list-request';
import { corpusText } from '../helpers';
import { COMMUNE_EXTRAIT } from '../rules/inline/commune';
import { open, startClient, type TestClient } from './client';

const golden = (name: string) => readFileSync(new URL(`../fixtures/golden/${name}`, import.meta.url), 'utf8');

describe('delibera/meetingList', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('writes the golden list of 003 in each format, from the open document as edited', async () => {
    client = await startClient({ locale: 'fr' });
    const uri = 'file:///tmp/liste/003.txt';
    await open(client, uri, corpusText('003'));
    for (const [format, file] of [['md', 'liste-003.md'], ['html', 'liste-003.html'], ['csv', 'liste-003.csv']] as const) {
      // The text sent is stale: the server lists the document as the editor holds it.
      const answer = await client.connection.sendRequest<MeetingListAnswer>(MEETING_LIST_REQUEST, { documents: [{ uri, text: '' }], format });
      expect([answer.format, answer.items, answer.meetings, answer.notices]).toEqual([format, 29, 1, []]);
      expect(answer.text.replace(/\r\n/g, '\n')).toBe(golden(file).replace(/\r\n/g, '\n'));
    }
  });

  it('lists files that are not open from their text, one list per meeting, and says what it skipped', async () => {
    client = await startClient({ locale: 'en' });
    const answer = await client.connection.sendRequest<MeetingListAnswer>(MEETING_LIST_REQUEST, {
      documents: [
        { uri: 'file:///tmp/liste/2023-004.txt', text: COMMUNE_EXTRAIT },
        { uri: 'file:///tmp/liste/003.txt', text: corpusText('003') },
        { uri: 'file:///tmp/liste/scan.txt', text: '\u0000\u0001\u0002'.repeat(100) },
      ],
      format: 'md',
    });
    expect([answer.items, answer.meetings]).toEqual([30, 2]);
    expect(answer.text).toContain('# List of the deliberations examined at the meeting');
    expect(answer.text.indexOf('SAINT-MARS-DU-DÉSERT')).toBeLessThan(answer.text.indexOf('PAS-DE-CALAIS'));
    expect(answer.notices).toEqual(['scan.txt: looks binary, not read']);
  });

  it('answers odd requests with an empty list, never an error', async () => {
    client = await startClient({ locale: 'fr' });
    for (const params of [{}, { documents: 'x', format: 'pdf' }, { documents: [null, { uri: 3 }, { uri: 'file:///a.txt' }] }]) {
      const answer = await client.connection.sendRequest<MeetingListAnswer>(MEETING_LIST_REQUEST, params);
      expect([answer.format, answer.items, answer.meetings]).toEqual(['md', 0, 0]);
    }
  });
});
