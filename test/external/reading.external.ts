/**
 * What the engine reads in the real acts of communes, intercommunalités and a région: each yields a
 * deliberation, and the meeting date is the one read by hand (not the préfecture's stamp date).
 * Prints the figures per nature and per kind of collectivité.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import type { Dossier } from '../../engine/model/types';
import { externalDocs, type ExternalDoc } from './corpus';

const docs = externalDocs();
const read = new Map<string, Dossier[]>(docs.map((doc) => [doc.file, createAnalyzer().analyze(doc.text).dossiers]));

function meetingDateOf(doc: ExternalDoc): string | undefined {
  const date = read.get(doc.file)?.[0]?.meeting.date?.date;
  if (!date) return undefined;
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

describe('the real acts of ../shared/external', () => {
  it('are all there (68 documents)', () => {
    expect(docs.length).toBe(68);
  });

  it('each yields at least one deliberation', () => {
    expect(docs.filter((doc) => (read.get(doc.file) ?? []).length === 0).map((doc) => doc.file)).toEqual([]);
  });

  it('give the meeting date read by hand for at least 95 % of those that state one', () => {
    const dated = docs.filter((doc) => doc.meetingDate);
    const wrong = dated.filter((doc) => meetingDateOf(doc) !== doc.meetingDate).map((doc) => `${doc.file}: ${meetingDateOf(doc) ?? '—'} ≠ ${doc.meetingDate}`);
    const right = dated.length - wrong.length;
    console.log(`meeting date: ${right}/${dated.length} (${((100 * right) / dated.length).toFixed(1)} %)${wrong.length ? `; missed: ${wrong.join('; ')}` : ''}`);
    expect(right / dated.length).toBeGreaterThanOrEqual(0.95);
  });

  it('state no meeting date that is wrong, where the text gives one', () => {
    const wrong = docs.filter((doc) => doc.meetingDate && meetingDateOf(doc) && meetingDateOf(doc) !== doc.meetingDate);
    expect(wrong.map((doc) => `${doc.file}: ${meetingDateOf(doc)} ≠ ${doc.meetingDate}`)).toEqual([]);
  });

  it('report what was read, per nature and per kind of collectivité', () => {
    const rows = new Map<string, { docs: number; items: number; votes: number; dated: number; body: number; attendance: number; counts: number }>();
    for (const doc of docs) {
      const dossiers = read.get(doc.file) ?? [];
      for (const key of [`nature ${doc.nature}`, `kind ${doc.collectivite}`, 'all']) {
        const row = rows.get(key) ?? { docs: 0, items: 0, votes: 0, dated: 0, body: 0, attendance: 0, counts: 0 };
        row.docs++;
        for (const d of dossiers) {
          row.items += d.meeting.items.length;
          row.votes += d.meeting.items.filter((item) => item.vote).length;
        }
        const first = dossiers[0]?.meeting;
        if (first?.date) row.dated++;
        if (first?.body) row.body++;
        if (first && first.attendance.attendees.length > 0) row.attendance++;
        if (first && first.attendance.counts.length > 0) row.counts++;
        rows.set(key, row);
      }
    }
    console.table(Object.fromEntries(rows));
    expect(rows.get('all')?.docs).toBe(docs.length);
  });

  it('read the one table of credits opened within the quarter, 010 (L1612-1): six natures, a bare total, last year’s credits', () => {
    const tables = docs.flatMap((doc) => (read.get(doc.file) ?? []).flatMap((d) => (d.quarterCredits ?? []).map((t) => ({ file: doc.file, t }))));
    // 010: « Crédits ouverts … hors chapitre 16 … 2 254 405.69 € », natures 215731 … 2317, « 482915 € »:
    // 80 040 + 11 000 + 1 125 + 11 000 + 346 750 + 33 000 = 482 915 ≤ 2 254 405,69 / 4 = 563 601,42.
    expect(tables.map(({ file, t }) => [file, t.base?.cents, t.columns, t.rows.map((r) => r.code), t.rows.reduce((a, r) => a + r.amounts[0].cents, 0), t.total?.amounts.map((a) => a.cents)])).toEqual([
      ['010.txt', 225_440_569, ['authorised'], ['215731', '2158', '21838', '2188', '2313', '2317'], 48_291_500, [48_291_500]],
    ]);
  });
});
