import { describe, expect, it } from 'vitest';
import { completions } from '../../engine/features/completion';
import { deliberationSkeleton } from '../../engine/features/skeleton';
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

  it('offers the configured members not placed yet, never one already in a list (000 L23 after `Excusé(s)  :  `)', () => {
    const list = completions(a, { line: 22, character: 14 }, a.options);
    // LEROY (L12) is already listed in this deliberation; 000 holds no other deliberation.
    expect(list.items.map((i) => [i.label, i.detail])).toEqual([['Mme Zoé NOUVELLE', 'membre de l’assemblée (delibera.assembly.members)']]);
    expect(list.items[0].textEdit!.range.start).toEqual({ line: 22, character: 14 });
    // Asked again at each keystroke, so that a name typed in full is no longer offered.
    expect(list.isIncomplete).toBe(true);
  });

  it('offers the members the other deliberations list and this one has not placed, never the name being typed', () => {
    const lines = corpusText('000').split('\n');
    // A second deliberation of the meeting whose excusés are being typed: one written, one half-typed.
    const second = [...lines];
    second.splice(22, 4, 'Excusé(s) : M. Daniel MACIEJASZ, M. Jean-Marc');
    const text = [...lines, '', ...second].join('\n');
    const b = analyse(text, { assembly: { members: ['Mme Zoé NOUVELLE', 'M. Jean-Claude LEROY'] } });
    expect(b.dossiers).toHaveLength(2);
    const line = lines.length + 1 + 22;
    const at = (character: number) => completions(b, { line, character }, b.options);
    const offered = at(b.lines[line].length).items;
    const labels = offered.map((i) => i.label).sort();
    // The 9 excusés of the first deliberation not placed in this one, and the configured member.
    expect(labels).toEqual([
      'M. Alexandre MALFAIT', 'M. Etienne PERIN', 'M. François LEMAIRE', 'M. Jean-Marc TELLIER', 'M. Laurent DUPORGE', 'M. Ludovic LOQUET',
      'M. Pierre GEORGET', 'Mme Fatima AIT-CHIKHEBBIH', 'Mme Karine GAUTHIER', 'Mme Maïté MULOT-FRISCOURT', 'Mme Zoé NOUVELLE',
    ]);
    expect(offered.find((i) => i.label === 'M. Pierre GEORGET')!.detail).toBe('cité dans 1 autre délibération du fichier');
    // MACIEJASZ, typed in this list, is placed; so are the présents.
    expect(labels).not.toContain('M. Daniel MACIEJASZ');
    expect(labels).not.toContain('M. Jean-Claude LEROY');
    // The name typed in full is placed: nothing is offered, and Tab moves on.
    const full = [...lines, '', ...second].join('\n').replace('M. Jean-Marc\n', 'M. Jean-Marc TELLIER, M. Laurent DUPORGE, M. Ludovic LOQUET, Mme Karine GAUTHIER, M. François LEMAIRE, Mme Fatima AIT-CHIKHEBBIH, M. Pierre GEORGET, M. Etienne PERIN, Mme Maïté MULOT-FRISCOURT, M. Alexandre MALFAIT, Mme Zoé NOUVELLE\n');
    const c = analyse(full, { assembly: { members: ['Mme Zoé NOUVELLE'] } });
    expect(completions(c, { line, character: c.lines[line].length }, c.options).items).toEqual([]);
  });

  it('offers the members and groups the workspace’s other files name, when the host gives them', () => {
    const workspace = { members: ['Mme Anne WORKSPACE', 'M. Jean-Claude LEROY'], groups: ['Groupe des Écologistes'] };
    const names = completions({ ...a, workspace }, { line: 22, character: 14 }, a.options).items.map((i) => i.label);
    // LEROY is placed in this deliberation: only the other one is offered.
    expect(names.sort()).toEqual(['Mme Anne WORKSPACE', 'Mme Zoé NOUVELLE']);
    expect(completions({ ...a, workspace }, { line: 82, character: 20 }, a.options).items.map((i) => i.label)).toContain('Groupe des Écologistes');
  });

  it('after `Secrétaire :`, offers the présents of this deliberation', () => {
    const list = completions(a, { line: 9, character: 13 }, a.options).items.map((i) => i.label);
    expect(list).toHaveLength(32);
    expect(list).toContain('M. Philippe FAIT');
    expect(list).not.toContain('Mme Zoé NOUVELLE');
  });

  it('never offers a title a list ran into, nor a placeholder, as a person', () => {
    const { text } = deliberationSkeleton({ date: { year: 2025, month: 11, day: 23 } });
    // The first deliberation's présents end on `, M.` while being typed: its list runs into the title.
    const typing = text.replace('M. Prénom NOM, Mme Prénom NOM.\n\nExcusé(s) : M. Prénom NOM.', 'M. Jean DUPONT, Mme Marie MARTIN, M.');
    const b = analyse(`${typing}\n${text}`);
    expect(b.dossiers[0].deliberation.attendance[0].persons.map((p) => p.text)).toContain('M. TITRE DE LA DÉLIBÉRATION');
    const line = typing.split('\n').length + typing.split('\n').findIndex((l) => l.startsWith('Étaient présents'));
    const offered = completions(b, { line, character: 'Étaient présents : '.length }, b.options).items.map((i) => i.label);
    expect(offered).toEqual(['M. Jean DUPONT', 'Mme Marie MARTIN']);
  });

  it('offers names after a comma in the middle of a list, replacing what is typed (000 L13 `CUVILLIER,  M.`)', () => {
    const item = completions(a, { line: 12, character: 14 }, a.options).items[0];
    expect(item.textEdit!.range).toEqual({ start: { line: 12, character: 12 }, end: { line: 12, character: 14 } });
  });

  it('offers the vote groups inside `Pour : … (` (000 L83–85), all five at once first', () => {
    const list = labels(a, 82, 20);
    expect(list[0]).toBe('Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ; Non-inscrit');
    expect(list.slice(1)).toEqual(['Groupe Socialiste, Républicain et Citoyen', 'Groupe Communiste et Républicain', 'Groupe Union pour le Pas-de-Calais', 'Groupe Rassemblement National', 'Non-inscrit']);
    // On the continuation line, after `;` (L84): the two groups written before are not offered again.
    expect(labels(a, 83, 30)).toEqual(['Groupe Union pour le Pas-de-Calais', 'Groupe Rassemblement National', 'Non-inscrit']);
    // Not before the parenthesis, nor after it closes (L85 `Non-inscrit)`).
    expect(labels(a, 82, 5)).toEqual([]);
    expect(labels(a, 84, 12)).toEqual([]);
  });

  it('offers the configured groups (collectivite.groups) first, never the skeleton’s `Groupe …` nor the group just typed', () => {
    const { text } = deliberationSkeleton({ date: { year: 2025, month: 11, day: 23 } });
    const groups = ['Groupe Socialiste, Républicain et Citoyen', 'Groupe Union pour le Pas-de-Calais'];
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('Pour :'));
    const empty = text.replace('Pour : N voix (Groupe …)', 'Pour : 5 voix ()');
    const b = analyse(empty, { collectivite: { groups } });
    const list = completions(b, { line, character: 'Pour : 5 voix ('.length }, b.options);
    expect(list.items.map((i) => i.label)).toEqual([groups.join(' ; '), ...groups]);
    expect(list.items[1].detail).toBe('groupe de l’assemblée (delibera.collectivite.groups)');
    expect(list.isIncomplete).toBe(true);
    // Without a setting, the skeleton's placeholder is no group to offer.
    const bare = analyse(text);
    expect(completions(bare, { line, character: 'Pour : N voix ('.length }, bare.options).items).toEqual([]);
    // The group typed in full is not offered again: the list closes.
    const typed = analyse(text.replace('(Groupe …)', `(${groups[0]}`), { collectivite: { groups: groups.slice(0, 1) } });
    expect(completions(typed, { line, character: `Pour : N voix (${groups[0]}`.length }, typed.options).items).toEqual([]);
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
