import { describe, expect, it } from 'vitest';
import { codeLenses } from '../../engine/features/code-lens';
import { corpusText } from '../helpers';
import { analyse, edit, URI } from './support';

describe('code lens', () => {
  it('sums up each deliberation of 003 above its header', () => {
    const a = analyse(corpusText('003'));
    const lenses = codeLenses(a, a.options, URI);
    expect(lenses).toHaveLength(29);
    // 2022-80 (L4): 36 présents + 8 excusés, Pour 44 (L75), no imputation table.
    expect(lenses[0].range.start).toEqual({ line: 3, character: 0 });
    expect(lenses[0].command!.title).toBe('44 votants · 44 pour · adopté · visas ✓');
    // 2022-86 (L4027): D1 table L4089–4099 and R1 table L4449–4459.
    expect(lenses[6].command!.title).toBe('44 votants · 44 pour · adopté · visas ✓ · 2 tableaux ✓');
    // 2022-87 (L4474): Abstention 1 for Karine GAUTHIER's interest (L4523, L4570).
    expect(lenses[7].command!.title).toBe('44 votants · 43 pour · 1 abstention · adopté · visas ✓ · 2 tableaux ✓');
    // 2022-99 (L12083): DUPORGE absent without proxy (L12110): 35 + 8.
    expect(lenses[19].command!.title.startsWith('43 votants · 43 pour · adopté')).toBe(true);
    // The click shows the dossier's problems.
    expect(lenses[0].command!.command).toBe('delibera.showDossierProblems');
    expect(lenses[0].command!.arguments).toEqual([URI, a.dossiers[0].range]);
  });

  it('marks the areas with problems and counts them (000, Pour 43 → 42 at L83)', () => {
    const a = analyse(edit(corpusText('000'), 83, '43 voix', '42 voix'));
    expect(codeLenses(a, a.options, URI)[0].command!.title).toBe('43 votants · 42 pour · adopté · vote ✗ 1 · visas ✓ · 2 tableaux ✓');
    const en = analyse(edit(corpusText('000'), 83, '43 voix', '42 voix'), { locale: 'en' });
    expect(codeLenses(en, en.options, URI)[0].command!.title).toBe('43 voting · 42 for · adopted · vote ✗ 1 · visas ✓ · 2 tables ✓');
  });
});
