import { describe, expect, it } from 'vitest';
import { completions } from '../../engine/features/completion';
import { corpusText } from '../helpers';
import { analyse, type Analysed } from './support';

function labels(a: Analysed, line: number, character: number, settings = {}): string[] {
  return completions(a, { line, character }, a.options, settings).items.map((i) => i.label);
}

describe('completion', () => {
  const a = analyse(corpusText('000'), { assembly: { members: ['Mme Zoé NOUVELLE', 'M. Jean-Claude LEROY'] } });

  it('offers the visa templates at the start of a visa line (000 L47), the avis dated from the report (L212: 05/09/2022)', () => {
    const list = completions(a, { line: 46, character: 0 }, a.options);
    const byLabel = new Map(list.items.map((i) => [i.label, i]));
    const cgct = byLabel.get('Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;')!;
    expect(cgct.detail).toContain('déjà cité');
    // The délégation in force is the one the file cites (000 L45–46).
    expect(byLabel.has('Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 « Délégation d’attributions à la Commission Permanente » ;')).toBe(true);
    const avis3 = byLabel.get('Vu l’avis de la 3ème commission « Education, Culture, Sport et Citoyenneté » rendu lors de sa réunion en date du 05/09/2022 ;')!;
    expect(avis3.detail).toBe('Avis rendu selon le rapport (05/09/2022) · déjà cité');
    const avis2 = byLabel.get('Vu l’avis de la 2ème commission « Solidarités Humaines » rendu lors de sa réunion en date du JJ/MM/AAAA ;')!;
    expect(avis2.insertTextFormat).toBe(2);
    expect(avis2.textEdit!.newText).toBe('Vu l’avis de la 2ème commission « Solidarités Humaines » rendu lors de sa réunion en date du ${1:JJ/MM/AAAA} ;');
    expect(avis2.textEdit!.range).toEqual({ start: { line: 46, character: 0 }, end: { line: 46, character: 0 } });
    // Templates not yet cited sort before those already there.
    expect(avis2.sortText! < avis3.sortText!).toBe(true);
  });

  it('takes the commission names from the setting', () => {
    const list = labels(a, 46, 0, { commissions: ['Finances', 'Routes'] });
    expect(list.filter((l) => l.startsWith('Vu l’avis'))).toEqual([
      'Vu l’avis de la 1ère commission « Finances » rendu lors de sa réunion en date du JJ/MM/AAAA ;',
      'Vu l’avis de la 2ème commission « Routes » rendu lors de sa réunion en date du JJ/MM/AAAA ;',
    ]);
  });

  it('offers member names inside an attendance list, those not listed yet first (000 L23 after `Excusé(s)  :  `)', () => {
    const list = completions(a, { line: 22, character: 14 }, a.options);
    const first = [...list.items].sort((x, y) => x.sortText!.localeCompare(y.sortText!))[0];
    // The configured member absent from every list comes first; LEROY (L12) is already listed.
    expect(first.label).toBe('Mme Zoé NOUVELLE');
    expect(first.detail).toBe('membre de l’assemblée (delibera.assembly.members)');
    const leroy = list.items.find((i) => i.label === 'M. Jean-Claude LEROY')!;
    expect(leroy.detail).toBe('déjà dans une liste de cette délibération');
    expect(list.items).toHaveLength(32 + 11 + 1 + 2 + 1);
    expect(list.items[0].textEdit!.range.start).toEqual({ line: 22, character: 14 });
  });

  it('offers names after a comma in the middle of a list, replacing what is typed (000 L13 `CUVILLIER,  M.`)', () => {
    const item = completions(a, { line: 12, character: 14 }, a.options).items[0];
    expect(item.textEdit!.range).toEqual({ start: { line: 12, character: 12 }, end: { line: 12, character: 14 } });
  });

  it('offers the vote groups inside `Pour : … (` (000 L83–85), all five at once first', () => {
    const list = labels(a, 82, 20);
    expect(list[0]).toBe('Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ; Non-inscrit');
    expect(list.slice(1)).toEqual(['Groupe Socialiste, Républicain et Citoyen', 'Groupe Communiste et Républicain', 'Groupe Union pour le Pas-de-Calais', 'Groupe Rassemblement National', 'Non-inscrit']);
    // On the continuation line, after `;` (L84).
    expect(labels(a, 83, 30)).toHaveLength(5);
    // Not before the parenthesis, nor after it closes (L85 `Non-inscrit)`).
    expect(labels(a, 82, 5)).toEqual([]);
    expect(labels(a, 84, 12)).toEqual([]);
  });

  it('offers the next article heading in the decision (after `A` typed below Article 2)', () => {
    const lines = corpusText('000').split('\n');
    lines.splice(79, 0, '', 'Art');
    const b = analyse(lines.join('\n'));
    expect(labels(b, 80, 3)).toEqual(['Article 3 :', 'Article unique :']);
  });

  it('offers nothing in prose, and never throws on odd positions', () => {
    expect(labels(a, 125, 0)).toEqual([]);
    expect(labels(a, 9999, 3)).toEqual([]);
    expect(labels(a, 0, 9999)).toEqual([]);
    const empty = analyse('');
    expect(labels(empty, 0, 0)).toEqual([]);
  });
});
