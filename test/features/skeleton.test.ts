import { describe, expect, it } from 'vitest';
import { deliberationSkeleton } from '../../engine/features/skeleton';
import { analyse } from './support';

const DATE = { year: 2025, month: 11, day: 23 };

describe('« Nouvelle délibération »', () => {
  it('analyses into a full model with no diagnostic', () => {
    const { text } = deliberationSkeleton({ date: DATE });
    const a = analyse(text);
    expect(a.dossiers).toHaveLength(1);
    const d = a.dossiers[0].deliberation;
    expect(d.meetingDate?.text).toBe('23 NOVEMBRE 2025');
    expect(d.presidency?.person?.key).toBe('jean dupont');
    expect(d.secretary?.key).toBe('marie martin');
    expect(d.attendance.map((l) => [l.kind, l.persons.length])).toEqual([['present', 2], ['excused', 1]]);
    expect(d.title?.value).toBe('TITRE DE LA DÉLIBÉRATION');
    expect(d.number?.text).toBe('N°2025-0');
    expect(d.preamble).toBeDefined();
    expect(d.visas.map((v) => v.kind)).toEqual(['code', 'deliberation', 'rapport', 'avis']);
    expect(d.formula).toBeDefined();
    expect(d.decide).toBeDefined();
    expect(d.articles.map((x) => x.number)).toEqual([1, 2]);
    expect(d.articles[1].references.map((r) => r.target)).toEqual([1]);
    expect(d.tables.map((t) => [t.shape, t.rows.length])).toEqual([['D1', 1]]);
    expect(d.tables[0].rows[0].cells.map((c) => c.column)).toEqual(['CP', 'Depense']);
    expect(d.vote?.lines.map((l) => [l.kind, l.count])).toEqual([['pour', 3], ['contre', 0], ['abstention', 0]]);
    expect(d.vote?.outcome?.value).toBe('adopte');
    expect(d.signature?.date?.text).toBe('23 novembre 2025');
    expect(d.signature?.signatory?.value).toBe('Jean DUPONT');
    expect(a.diagnostics.filter((x) => x.code !== 'visa-citation' && x.code !== 'visa-required').map((x) => x.code)).toEqual([]);
  });

  it('lists the configured members as présents, the vote counting them all', () => {
    const members = ['M. Jean-Claude LEROY', 'Mme Maryse DELASSUS', 'M. Bertrand PETIT'];
    const { text } = deliberationSkeleton({ date: { year: 2022, month: 3, day: 1 }, members, delegation: '2021-257' });
    expect(text).toContain('PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY\n');
    expect(text).toContain('REUNION DU 1ER MARS 2022\n');
    expect(text).toContain('ARRAS, le 1er mars 2022\n');
    const d = analyse(text, { assembly: { members } }).dossiers[0].deliberation;
    expect(d.attendance[0].persons.map((p) => p.text)).toEqual(members);
    expect(d.vote?.lines[0].count).toBe(3);
    expect(d.visas[1].act?.number?.value).toBe('2021-257');
  });

  it('gives a snippet whose tab stops hold the text’s placeholders', () => {
    const { text, snippet } = deliberationSkeleton({ date: DATE });
    expect(snippet).toContain('DEPARTEMENT DU ${1:PAS-DE-CALAIS}');
    expect(snippet).toContain('(N°2025-${7:0})');
    // Removing the tab-stop syntax gives the text back.
    expect(snippet.replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, '$1').replace(/\\([$}\\])/g, '$1')).toBe(text);
  });
});
