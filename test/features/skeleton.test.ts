import { describe, expect, it } from 'vitest';
import { deliberationSkeleton } from '../../engine/features/skeleton';
import { documentSymbols, type DocumentSymbol } from '../../engine/features/symbols';
import { analyse } from './support';

const DATE = { year: 2025, month: 11, day: 23 };

/** The snippet cut into its text and its tab stops (`${n:default}`), in text order. */
type Part = string | { field: number; value: string };

function parts(snippet: string): Part[] {
  const out: Part[] = [];
  const re = /\$\{(\d+):((?:[^}\\]|\\.)*)\}/g;
  let at = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    out.push(snippet.slice(at, m.index).replace(/\\([$}\\])/g, '$1'));
    out.push({ field: Number(m[1]), value: m[2].replace(/\\([$}\\])/g, '$1') });
    at = m.index + m[0].length;
  }
  out.push(snippet.slice(at).replace(/\\([$}\\])/g, '$1'));
  return out;
}

/** The text with each tab stop holding `value(field)`, or its default when that gives undefined. */
function fill(pieces: readonly Part[], value: (field: number) => string | undefined): string {
  return pieces.map((p) => (typeof p === 'string' ? p : (value(p.field) ?? p.value))).join('');
}

/** What a drafter types at each tab stop of the default skeleton (a meeting of 23 November 2025). */
const TYPED: Record<number, string> = {
  1: 'PAS-DE-CALAIS',
  2: 'M. Jean-Claude LEROY, Mme Maryse DELASSUS, M. Bertrand PETIT, Mme Fatima AIT-CHIKHEBBIH',
  3: 'M. Alain DUBOIS',
  4: 'MONSIEUR JEAN-CLAUDE LEROY',
  5: 'Mme Maryse DELASSUS',
  6: 'ATTRIBUTION D’UNE SUBVENTION AU CLUB DE LECTURE',
  7: '401',
  8: 'Pas-de-Calais',
  9: '2021-257',
  10: '01/07/2021',
  11: 'Education, Culture, Sport et Citoyenneté',
  12: '10/11/2025',
  13: 'D’attribuer une subvention de',
  14: '1 500',
  15: 'au Club de lecture de Lens',
  16: 'C02-313A08',
  17: '6574/933',
  18: 'Subventions aux associations',
  19: '1 500,00',
  20: '1 500,00',
  21: '5',
  22: 'Groupe Socialiste, Républicain et Citoyen',
  23: 'Jean-Claude LEROY',
  24: 'ARRAS',
};

function severities(text: string): string[] {
  return analyse(text)
    .diagnostics.filter((d) => d.severity !== 3 || d.code !== 'draft-incomplete')
    .map((d) => `${d.code} (${d.severity}) L${d.range.start.line + 1}: ${d.message}`);
}

/** The outline's detail of the vote row. */
function voteRow(text: string): string {
  const all = (symbols: readonly DocumentSymbol[]): DocumentSymbol[] => symbols.flatMap((x) => [x, ...all(x.children ?? [])]);
  const row = all(documentSymbols(analyse(text).dossiers)).find((x) => x.name === 'Vote');
  if (!row) throw new Error('no vote row in the outline');
  return row.detail ?? '';
}

describe('« Nouvelle délibération »', () => {
  it('analyses into a full model whose only diagnostics say what is left to fill in', () => {
    const { text } = deliberationSkeleton({ date: DATE });
    const a = analyse(text);
    expect(a.dossiers).toHaveLength(1);
    const d = a.dossiers[0].deliberation;
    expect(d.meetingDate?.text).toBe('23 NOVEMBRE 2025');
    // The placeholder people are no one yet: no list, no president, no secretary to check.
    expect(d.presidency?.name).toBe('MONSIEUR PRÉNOM NOM');
    expect(d.presidency?.person).toBeUndefined();
    expect(d.secretary).toBeUndefined();
    expect(d.attendance.map((l) => [l.kind, l.persons.length])).toEqual([['present', 0], ['excused', 0]]);
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
    // The Pour figure waits for its turn: read as missing, not as a figure to add up.
    expect(d.vote?.lines.map((l) => [l.kind, l.count])).toEqual([['contre', 0], ['abstention', 0]]);
    expect(d.vote?.missingFigures?.map((l) => l.kind)).toEqual(['pour']);
    expect(d.vote?.outcome?.value).toBe('adopte');
    expect(d.signature?.date?.text).toBe('23 novembre 2025');
    const infos = a.diagnostics.filter((x) => x.code === 'draft-incomplete');
    expect(infos.every((x) => x.severity === 3)).toBe(true);
    expect(infos.map((x) => x.data && (x.data as { placeholder?: string; figure?: string }).placeholder)).toEqual([
      'PRÉNOM NOM', 'Prénom NOM', 'Prénom NOM', 'Prénom NOM', 'Prénom NOM',
      'TITRE DE LA DÉLIBÉRATION', 'AAAA-NNN', 'JJ/MM/AAAA', 'JJ/MM/AAAA', 'C00-000A00', '0000/90000', 'Groupe …', 'Prénom NOM', undefined,
    ]);
    expect(severities(text)).toEqual([]);
  });

  it('walks the drafter in filling order: header, présents, excusés, president, secretary, then the act', () => {
    const { snippet } = deliberationSkeleton({ date: DATE });
    const stops = parts(snippet).filter((p): p is { field: number; value: string } => typeof p !== 'string');
    const byField = new Map(stops.map((s) => [s.field, s.value]));
    expect(byField.get(2)).toBe('M. Prénom NOM, Mme Prénom NOM');
    expect(byField.get(3)).toBe('M. Prénom NOM');
    expect(byField.get(4)).toBe('MONSIEUR PRÉNOM NOM');
    expect(byField.get(5)).toBe('Mme Prénom NOM');
    expect(byField.get(21)).toBe('N');
    // In the text the presidency comes first; in the tab order, after the lists.
    expect(stops.map((s) => s.field).slice(0, 5)).toEqual([1, 4, 5, 2, 3]);
    // Then the act in the order of its text: title, number, visas, articles, table, vote, signature.
    expect(stops.map((s) => s.field).slice(5)).toEqual(Array.from({ length: 19 }, (_, k) => k + 6));
  });

  it('gives no error nor warning at any step of filling the tab stops in order, only what is left to fill', () => {
    const pieces = parts(deliberationSkeleton({ date: DATE }).snippet);
    const problems: string[] = [];
    for (let k = 1; k <= 24; k++) {
      // The tab stop selected and typed over: first emptied, then filled.
      for (const current of ['', TYPED[k]]) {
        const text = fill(pieces, (f) => (f < k ? TYPED[f] : f === k ? current : undefined));
        for (const problem of severities(text)) problems.push(`stop ${k} ${current ? 'filled' : 'emptied'}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    // The outline says « adopté » only once the Pour figure is written.
    expect(voteRow(fill(pieces, (f) => (f < 21 ? TYPED[f] : f === 21 ? '' : undefined)))).not.toContain('adopté');
    expect(voteRow(fill(pieces, (f) => TYPED[f]))).toContain('adopté');
    // Once every stop is filled, nothing is left to say.
    const done = analyse(fill(pieces, (f) => TYPED[f]));
    expect(done.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('lists the configured members as présents, the first presiding and the second taking the minutes', () => {
    const members = ['M. Jean-Claude LEROY', 'Mme Maryse DELASSUS', 'M. Bertrand PETIT'];
    const { text } = deliberationSkeleton({ date: { year: 2022, month: 3, day: 1 }, members, delegation: '2021-257' });
    expect(text).toContain('PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY\n');
    expect(text).toContain('Secrétaire : Mme Maryse DELASSUS\n');
    expect(text).toContain('REUNION DU 1ER MARS 2022\n');
    expect(text).toContain('ARRAS, le 1er mars 2022\n');
    const a = analyse(text, { assembly: { members } });
    const d = a.dossiers[0].deliberation;
    expect(d.attendance[0].persons.map((p) => p.text)).toEqual(members);
    expect(d.visas[1].act?.number?.value).toBe('2021-257');
    expect(a.diagnostics.filter((x) => x.severity !== 3).map((x) => `${x.code}: ${x.message}`)).toEqual([]);
  });

  it('gives a snippet whose tab stops hold the text’s placeholders', () => {
    const { text, snippet } = deliberationSkeleton({ date: DATE });
    expect(snippet).toContain('DEPARTEMENT DU ${1:PAS-DE-CALAIS}');
    expect(snippet).toContain('(N°2025-${7:0})');
    expect(snippet).toContain('Pour : ${21:N} voix (${22:Groupe …})');
    // Removing the tab-stop syntax gives the text back.
    expect(snippet.replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, '$1').replace(/\\([$}\\])/g, '$1')).toBe(text);
  });
});
