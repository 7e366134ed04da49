/**
 * Drafts typed in the editor (test/fixtures/drafts/, written to look like the corpus): one
 * deliberation with its imputation table in the extracted PDF layout, as aligned columns, or as a
 * `|` pipe table. All three read into the same model, and the rules find nothing wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import type { ImputationTable } from '../../engine/model/types';

const draft = (name: string) => readFileSync(new URL(`../fixtures/drafts/${name}.delib`, import.meta.url), 'utf8');

function tableModel(table: ImputationTable) {
  return {
    shape: table.shape,
    columns: table.columns,
    rows: table.rows.map((r) => ({
      code: r.operationCode?.value,
      imputations: r.imputations.map((i) => i.value),
      libelle: r.libelle,
      cells: r.cells.map((c) => [c.column, c.amount.cents]),
    })),
  };
}

describe('a deliberation typed in the editor', () => {
  const pipe = createAnalyzer().analyze(draft('subvention-pipe'));
  const d = pipe.dossiers[0].deliberation;

  it('is read block by block', () => {
    expect(pipe.dossiers).toHaveLength(1);
    expect(d.number).toMatchObject({ year: 2022, sequence: 401 });
    expect(d.meetingDate?.date).toEqual({ year: 2022, month: 10, day: 3 });
    expect(d.title?.value).toBe('SOUTIEN AUX ÉQUIPEMENTS NUMÉRIQUES DES COLLÈGES');
    expect(d.secretary?.lastName).toBe('DELASSUS');
    expect(d.attendance.map((l) => [l.kind, l.persons.length])).toEqual([['present', 6], ['excused', 2], ['absent', 1]]);
    expect(d.visas.map((v) => v.kind)).toEqual(['code', 'deliberation', 'rapport', 'avis']);
    expect(d.visas[3].commission).toMatchObject({ ordinal: 3, date: { date: { year: 2022, month: 9, day: 19 } } });
    expect(d.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(d.articles[0].amounts.map((a) => a.cents)).toEqual([1_440_000]);
    expect(d.articles[0].counts.map((c) => [c.count, c.noun])).toEqual([[12, 'collèges']]);
    expect(d.articles[1].references.map((r) => r.target)).toEqual([1]);
    expect(d.vote?.lines.map((l) => [l.kind, l.count])).toEqual([['pour', 8], ['contre', 0], ['abstention', 0], ['absent', 1]]);
    expect(d.vote?.outcome?.value).toBe('adopte');
    expect(d.signature?.date?.date).toEqual({ year: 2022, month: 10, day: 3 });
  });

  it('reads the table the same way in the three layouts', () => {
    const expected = {
      shape: 'D1',
      columns: ['CP', 'Depense'],
      rows: [{ code: 'C03-221J02', imputations: ['204311/91221'], libelle: 'Informatique subventions aux collèges', cells: [['CP', 15_000_000], ['Depense', 1_440_000]] }],
    };
    for (const name of ['subvention-pipe', 'subvention-aligned', 'subvention-extracted']) {
      const tables = createAnalyzer().analyze(draft(name)).dossiers[0].deliberation.tables;
      expect(tables.map(tableModel), name).toEqual([expected]);
    }
  });

  it('gives no diagnostic: its figures agree', () => {
    expect(pipe.diagnostics.map((x) => `${x.code}: ${x.message}`)).toEqual([]);
  });
});
