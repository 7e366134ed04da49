import { describe, expect, it } from 'vitest';
import { codeActions, fixAllEdits } from '../../engine/features/code-actions';
import { applyEdits } from '../../engine/features/edits';
import type { CodeAction } from '../../engine/features/lsp';
import { budgetBalance } from '../../engine/rules/budget-balance';
import { corpusText } from '../helpers';
import { analyse, edit, URI, type Analysed } from './support';

const BUDGET = [budgetBalance];

function actionsAt(a: Analysed, line: number, only?: string[], locale: 'fr' | 'en' = 'fr'): CodeAction[] {
  const range = { start: { line, character: 0 }, end: { line, character: a.lines[line].length } };
  const sent = a.diagnostics.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
  return codeActions({ uri: URI, lines: a.lines, dossiers: a.dossiers, diagnostics: a.diagnostics, locale }, { range, diagnostics: sent, only });
}

function apply(text: string, action: CodeAction): string {
  return applyEdits(text, action.edit!.changes[URI]);
}

describe('quick fixes', () => {
  const original = corpusText('000');

  it('puts back the Pour figure (000 L83 `Pour  :  43 voix`, typed 42): preferred, one keystroke', () => {
    const text = edit(original, 83, '43 voix', '42 voix');
    const a = analyse(text);
    const actions = actionsAt(a, 82);
    const preferred = actions.filter((x) => x.isPreferred);
    expect(preferred.map((x) => x.title)).toEqual(['Corriger le nombre de voix pour : 43']);
    expect(preferred[0].edit!.changes[URI]).toEqual([{ range: { start: { line: 82, character: 9 }, end: { line: 82, character: 11 } }, newText: '43' }]);
    expect(apply(text, preferred[0])).toBe(original);
    // The generic actions follow, never preferred.
    expect(actions.map((x) => x.title)).toEqual(['Corriger le nombre de voix pour : 43', 'Ignorer cette occurrence (vote-total)', 'Désactiver la règle vote-total dans ce fichier']);
  });

  it('puts back a mistyped solde in its own format (000 L209 `150 000,00 150 000,00 150 000,00 0,00`)', () => {
    const text = edit(original, 209, '150 000,00 0,00', '150 000,00 10,00');
    const a = analyse(text, {}, BUDGET);
    expect(a.diagnostics.map((d) => d.code)).toEqual(['budget-balance']);
    const preferred = actionsAt(a, 208).filter((x) => x.isPreferred);
    expect(preferred).toHaveLength(1);
    expect(preferred[0].edit!.changes[URI]).toEqual([{ range: { start: { line: 208, character: 33 }, end: { line: 208, character: 38 } }, newText: '0,00' }]);
    expect(apply(text, preferred[0])).toBe(original);
  });

  it('puts back the signature date (000 L97 `ARRAS, le 27 septembre 2022`), written like the signature', () => {
    const text = edit(original, 97, '27 septembre', '28 septembre');
    const a = analyse(text);
    const fix = actionsAt(a, 96).find((x) => x.isPreferred)!;
    expect(fix.edit!.changes[URI]).toEqual([{ range: { start: { line: 96, character: 10 }, end: { line: 96, character: 27 } }, newText: '27 septembre 2022' }]);
    expect(apply(text, fix)).toBe(original);
  });

  it('offers both directions, neither preferred, when either side may be wrong (report date, 000 L115 vs L6)', () => {
    const text = edit(original, 115, '27 SEPTEMBRE', '28 SEPTEMBRE');
    const a = analyse(text);
    const fixes = actionsAt(a, 114).filter((x) => !/^(Ignorer|Désactiver)/.test(x.title));
    expect(fixes).toHaveLength(2);
    expect(fixes.some((x) => x.isPreferred)).toBe(false);
    expect(apply(text, fixes[0])).toBe(original);
    expect(apply(text, fixes[1]).split('\n')[5]).toBe('REUNION DU 28 SEPTEMBRE 2022');
  });

  it('inserts a forgotten visa at its place in the visa order (000 L47, the rapport du Président)', () => {
    const lines = original.split('\n');
    lines.splice(46, 1);
    const text = lines.join('\n');
    const a = analyse(text);
    const d = a.diagnostics.find((x) => x.code === 'visa-required')!;
    const insert = actionsAt(a, d.range.start.line).find((x) => x.title.startsWith('Insérer'))!;
    expect(insert.title).toBe('Insérer « Vu le rapport du Président du Conseil départemental, ci-annexé ; »');
    expect(apply(text, insert)).toBe(original);
  });

  it('inserts a délégation visa with its placeholders selected when the file cites none', () => {
    const lines = original.split('\n');
    lines.splice(44, 2);
    const text = lines.join('\n');
    const a = analyse(text);
    const d = a.diagnostics.find((x) => x.code === 'visa-required')!;
    const insert = actionsAt(a, d.range.start.line).find((x) => x.title.startsWith('Insérer'))!;
    const after = apply(text, insert).split('\n');
    expect(after[44]).toBe('Vu la délibération n°AAAA-NNN du Conseil départemental en date du JJ/MM/AAAA « Délégation d’attributions à la Commission Permanente » ;');
    // The client selects the first placeholder, to be typed over.
    expect(insert.command).toEqual({ title: '', command: 'delibera.selectRange', arguments: [URI, { start: { line: 44, character: 21 }, end: { line: 44, character: 29 } }] });
  });

  it('renumbers the articles and the references to them (000 L54, L62, L64 shifted by one)', () => {
    let text = edit(original, 54, 'Article 1', 'Article 2');
    text = edit(text, 62, 'Article 2', 'Article 3');
    text = edit(text, 64, 'l’article  1', 'l’article  2');
    const a = analyse(text);
    expect(a.diagnostics.map((d) => d.code)).toContain('article-sequence');
    const renumber = actionsAt(a, 53).find((x) => x.title.startsWith('Renuméroter'))!;
    expect(renumber.title).toBe('Renuméroter les articles de 1 à 2 (et les renvois)');
    expect(renumber.isPreferred).toBe(true);
    expect(apply(text, renumber)).toBe(original);
  });

  it('writes « Ignorer cette occurrence » with a reason to fill in, and the directive then silences the rule', () => {
    const text = edit(original, 83, '43 voix', '42 voix');
    const a = analyse(text);
    const ignore = actionsAt(a, 82).find((x) => x.title === 'Ignorer cette occurrence (vote-total)')!;
    expect(ignore.edit!.changes[URI]).toEqual([{ range: { start: { line: 82, character: 0 }, end: { line: 82, character: 0 } }, newText: '%% delibera-disable-next-line vote-total -- <raison>\n' }]);
    expect(ignore.command?.arguments?.[1]).toEqual({ start: { line: 82, character: 44 }, end: { line: 82, character: 52 } });
    const ignored = apply(text, ignore);
    // The placeholder is not a reason: an Information diagnostic asks for one.
    const b = analyse(ignored);
    expect(b.diagnostics.map((d) => [d.code, d.severity, d.range.start.line])).toEqual([['directive-reason', 3, 82]]);
    const reasoned = ignored.replace('<raison>', 'un élu a quitté la séance avant ce vote');
    expect(analyse(reasoned).diagnostics).toEqual([]);
  });

  it('adds the rule to a directive already above the line rather than stacking a second one', () => {
    let text = edit(original, 83, '43 voix', '42 voix');
    const lines = text.split('\n');
    lines.splice(82, 0, '%% delibera-disable-next-line vote-absent -- relu');
    text = lines.join('\n');
    const a = analyse(text);
    const ignore = actionsAt(a, 83).find((x) => x.title === 'Ignorer cette occurrence (vote-total)')!;
    const after = apply(text, ignore);
    expect(after.split('\n')[82]).toBe('%% delibera-disable-next-line vote-absent, vote-total -- relu');
    expect(analyse(after).diagnostics).toEqual([]);
  });

  it('disables a rule for the whole file from its first line, across every dossier of 003', () => {
    // 2022-86 (003 L4103 `Pour  :  44  voix`) and 2022-108 (L43980 `Pour  :  43 voix`) mistyped.
    let text = edit(corpusText('003'), 4103, '44', '45');
    text = edit(text, 43980, '43', '41');
    const a = analyse(text);
    const totals = a.diagnostics.filter((d) => d.code === 'vote-total');
    expect(totals.map((d) => d.range.start.line + 1)).toEqual([4103, 43980]);
    const disable = actionsAt(a, 4102).find((x) => x.title === 'Désactiver la règle vote-total dans ce fichier')!;
    const after = apply(text, disable).replace('<raison>', 'relecture en cours');
    expect(after.split('\n')[0]).toBe('%% delibera-disable vote-total -- relecture en cours');
    expect(analyse(after).diagnostics.filter((d) => d.code === 'vote-total')).toEqual([]);
  });

  it('speaks English when asked', () => {
    const text = edit(original, 83, '43 voix', '42 voix');
    const a = analyse(text, { locale: 'en' });
    expect(actionsAt(a, 82, undefined, 'en').map((x) => x.title)).toEqual(['Correct the number of votes for: 43', 'Ignore this occurrence (vote-total)', 'Disable rule vote-total in this file']);
  });
});

describe('source.fixAll.delibera', () => {
  const original = corpusText('000');

  it('applies every preferred fix of the file at once and gives back the original text', () => {
    let text = edit(original, 83, '43 voix', '42 voix');
    text = edit(text, 209, '150 000,00 0,00', '150 000,00 10,00');
    text = edit(text, 97, '27 septembre', '28 septembre');
    const a = analyse(text, {}, BUDGET);
    const [all] = actionsAt(a, 0, ['source.fixAll']);
    expect(all.kind).toBe('source.fixAll.delibera');
    expect(all.title).toBe('Corriger tous les problèmes sûrs (3)');
    expect(apply(text, all)).toBe(original);
    expect(analyse(apply(text, all), {}, BUDGET).diagnostics).toEqual([]);
  });

  it('never rewrites a visa nor moves lines: the two-line CGCT visa (000 L41-42) stays as cited', () => {
    // The visa drops L.3211-2 and the rapport du Président's visa (L47) is gone; the Pour figure is mistyped.
    let text = edit(original, 83, '43 voix', '42 voix');
    text = edit(text, 42, ' et L.3211-2', '');
    const lines = text.split('\n');
    lines.splice(46, 1);
    text = lines.join('\n');
    const a = analyse(text);
    const cgct = a.diagnostics.find((d) => d.code === 'visa-required' && d.range.start.line === 40)!;
    const cite = actionsAt(a, 40).find((x) => x.title === 'Citer les quatre articles')!;
    expect(cite.isPreferred).toBeUndefined();
    expect(cite.diagnostics).toEqual([cgct]);
    // The diagnostic's own data (JSON, SARIF, the CLI's --fix) says the same: not preferred.
    expect((cgct.data!.fixes as { preferred?: boolean }[]).some((f) => f.preferred)).toBe(false);
    const rapport = a.diagnostics.find((d) => d.code === 'visa-required' && d !== cgct)!;
    const insert = actionsAt(a, rapport.range.start.line).find((x) => x.title.startsWith('Insérer « Vu le rapport'))!;
    expect(insert.isPreferred).toBeUndefined();
    const [all] = actionsAt(a, 0, ['source.fixAll']);
    expect(all.title).toBe('Corriger tous les problèmes sûrs (1)');
    const fixed = apply(text, all).split('\n');
    expect(fixed.length).toBe(lines.length);
    expect(fixed.slice(40, 42)).toEqual(lines.slice(40, 42));
    expect(fixed[81]).toContain('43 voix');
  });

  it('is offered only when asked for (`only`), and quick fixes only without it', () => {
    const a = analyse(edit(original, 83, '43 voix', '42 voix'));
    expect(actionsAt(a, 82).map((x) => x.kind)).not.toContain('source.fixAll.delibera');
    expect(actionsAt(a, 82, ['source']).map((x) => x.kind)).toEqual(['source.fixAll.delibera']);
    expect(actionsAt(a, 82, ['quickfix']).every((x) => x.kind === 'quickfix')).toBe(true);
  });

  it('leaves out fixes that would touch the same text, and two-way fixes', () => {
    const text = edit(original, 115, '27 SEPTEMBRE', '28 SEPTEMBRE');
    const a = analyse(text);
    expect(fixAllEdits({ ...a, locale: 'fr' }).edits).toEqual([]);
    const conflicting = { ...a.diagnostics[0], code: 'x', data: { fixes: [{ title: 't', range: a.diagnostics[0].range, text: 'A', preferred: true }] } };
    const twin = { ...conflicting, data: { fixes: [{ title: 't', range: a.diagnostics[0].range, text: 'B', preferred: true }] } };
    expect(fixAllEdits({ ...a, locale: 'fr', diagnostics: [conflicting, twin] }).edits.map((e) => e.newText)).toEqual(['A']);
  });

  it('offers only the fixes a rule ships: a legal judgement whose data names figures gets none (quorum not reached, 000)', () => {
    const a = analyse(original);
    const line = a.lines.findIndex((l) => /Pour\s*:\s*43 voix/.test(l));
    const start = { line, character: a.lines[line].indexOf('43') };
    const quorum = { range: { start, end: { line, character: start.character + 2 } }, severity: 1 as const, code: 'vote-quorum', source: 'delibera' as const, message: 'Quorum non atteint', data: { expected: '45', actual: '43' } };
    const actions = codeActions({ uri: URI, lines: a.lines, dossiers: a.dossiers, diagnostics: [quorum], locale: 'fr' }, { range: quorum.range, diagnostics: [quorum] });
    expect(actions.map((x) => x.title)).toEqual(['Ignorer cette occurrence (vote-quorum)', 'Désactiver la règle vote-quorum dans ce fichier']);
  });

  it('never throws on odd diagnostics or a garbage document', () => {
    const lines = ['%%', '', 'Pour : x voix ('];
    const odd = [
      { range: { start: { line: 9, character: 0 }, end: { line: 9, character: 4 } }, severity: 1 as const, code: 'vote-total', source: 'delibera' as const, message: '', data: { expected: '1', actual: '2' } },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, severity: 1 as const, code: 'z', source: 'delibera' as const, message: '', data: { fixes: [{ range: null }, 'x', { title: 3, range: { start: { line: 0, character: 9 }, end: { line: 0, character: 1 } }, text: 'y' }] } },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, severity: 1 as const, code: 'article-sequence', source: 'delibera' as const, message: '', data: { insertAfterLine: 99, expected: 'v' } },
    ];
    const actions = codeActions({ uri: URI, lines, dossiers: [], diagnostics: odd, locale: 'fr' }, { range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, only: ['quickfix', 'source'] });
    expect(actions.every((x) => x.edit!.changes[URI].every((e) => e.range.start.line <= 3))).toBe(true);
  });
});
