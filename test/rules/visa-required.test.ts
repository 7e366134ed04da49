import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { visaRequired } from '../../engine/rules/visa-required';
import { summarizeFile } from '../../engine/workspace/facts';
import { corpusText } from '../helpers';
import { check, onCorpus, withoutLines } from './support';
import { ruleTester } from './rule-tester';
import { invalid, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { AVIS_VISA, CGCT_VISA, cp, DELEGATION_VISA, REPORT_VISA, VISAS } from './inline/cp';

const CGCT = 'Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;';
const DELEGATION = 'Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 « Délégation d’attributions à la Commission Permanente » ;';

describe('visa-required', () => {
  it('finds, on the real corpus, only 2022-98’s CGCT visa without L.3121-14-1 and L.3211-2', () => {
    // 003 L10831–10832 `Vu le Code Général des Collectivités Territoriales et, notamment, ses articles L.3121-14 et`
    // / `L.3211-1 ;`: the other 32 deliberations cite the four articles (e.g. L41–42), a délégation
    // (2022-85 an old one, L3065: visa-citation's business) and the president's report.
    expect(onCorpus(visaRequired)).toEqual([
      '003:L10831 Visa du CGCT incomplet : les articles L.3121-14-1, L.3211-2 manquent (attendus : L.3121-14, L.3121-14-1, L.3211-1, L.3211-2).',
    ]);
  });

  it('gives the incomplete CGCT visa’s range and the canonical text to replace it with', () => {
    const d = check(visaRequired, corpusText('003')).find((x) => x.range.start.line === 10830)!;
    expect(d.severity).toBe(2);
    expect(d.range).toEqual({ start: { line: 10830, character: 0 }, end: { line: 10831, character: 10 } });
    expect(d.data).toMatchObject({ visa: 'cgct', missing: ['L.3121-14-1', 'L.3211-2'], expected: CGCT, replace: d.range });
  });

  it('reports a forgotten délégation on the preamble, with a placeholder when nothing says which one', () => {
    // 000: preamble L39, délégation L45–46 between the codes (L41–44) and the report (L47).
    const [d, ...rest] = check(visaRequired, withoutLines(corpusText('000'), 'Vu la délibération n°2021-257', 2));
    expect(rest).toEqual([]);
    expect(d.message).toBe(
      'Visa manquant : la délibération du Conseil départemental portant « Délégation d’attributions à la Commission Permanente », qui fonde sa compétence (art. L.3211-2 du CGCT).',
    );
    expect(d.range).toEqual({ start: { line: 38, character: 0 }, end: { line: 38, character: 67 } });
    const placeholder = 'Vu la délibération n°AAAA-NNN du Conseil départemental en date du JJ/MM/AAAA « Délégation d’attributions à la Commission Permanente » ;';
    expect(d.data).toMatchObject({ rule: 'visa-required', visa: 'delegation', expected: placeholder, insertAfterLine: 43 });
    // The fix inserts the line before L45 (after L44, the last code visa); a placeholder is never preferred.
    expect(d.data?.fixes).toEqual([
      {
        title: `Insérer « ${placeholder} »`,
        range: { start: { line: 44, character: 0 }, end: { line: 44, character: 0 } },
        text: `${placeholder}\n`,
      },
    ]);
  });

  it('fills the délégation from the settings, the other deliberations of the file, or the workspace', () => {
    const text = withoutLines(corpusText('000'), 'Vu la délibération n°2021-257', 2);
    const configured = check(visaRequired, text, { visas: { delegation: '2021-257' } });
    expect(configured[0].data?.expected).toBe(
      'Vu la délibération n°2021-257 du Conseil départemental en date du JJ/MM/AAAA « Délégation d’attributions à la Commission Permanente » ;',
    );
    // 003 2022-80 without its délégation (L49–50): the 27 others cite n°2021-257 du 01/07/2021.
    const [inFile] = check(visaRequired, withoutLines(corpusText('003'), 'Vu la délibération n°2021-257', 2)).filter((d) => d.data?.visa === 'delegation');
    expect(inFile.range.start.line).toBe(38);
    expect(inFile.data?.expected).toBe(DELEGATION);
    const workspace = { files: [summarizeFile('file:///corpus/004.txt', createAnalyzer({ ruleModules: [] }).analyze(corpusText('004')).dossiers)] };
    const [fromWorkspace] = createAnalyzer({ ruleModules: [visaRequired] }).analyze(text, { uri: 'file:///corpus/000.txt', workspace }).diagnostics;
    expect(fromWorkspace.data?.expected).toBe(DELEGATION);
  });

  it('reports a forgotten CGCT visa and president’s report, with where each goes', () => {
    const cgct = check(visaRequired, withoutLines(corpusText('000'), 'Vu  le  Code  Général  des  Collectivités', 2));
    expect(cgct.map((d) => d.data)).toMatchObject([{ rule: 'visa-required', visa: 'cgct', expected: CGCT, insertAfterLine: 39 }]);
    expect(cgct[0].data?.fixes).toMatchObject([{ range: { start: { line: 40, character: 0 } }, text: `${CGCT}\n` }]);
    // A line inserted into the visas is a suggestion, never applied by fix-all (engine/fix-safety.ts).
    expect((cgct[0].data?.fixes as { preferred?: boolean }[])[0].preferred).toBeFalsy();
    const [rapport] = check(visaRequired, withoutLines(corpusText('000'), 'Vu le rapport du Président du Conseil départemental', 1), { locale: 'en' });
    expect(rapport.message).toBe('Missing visa: "Vu le rapport du Président du Conseil départemental, ci-annexé".');
    expect(rapport.data).toMatchObject({ visa: 'rapport', expected: 'Vu le rapport du Président du Conseil départemental, ci-annexé ;', insertAfterLine: 45 });
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'La Commission Permanente du Conseil départemental,\nVu', 'Vu le Code ;'.repeat(3000), corpusText('000').slice(0, 2500)]) {
      const dossiers = [buildDossier(text.split('\n'), 0)];
      expect(() => visaRequired.scope === 'file' && visaRequired.check({ dossiers, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});

describe('visa-required: patterns from the settings', () => {
  it('refuses patterns that could backtrack without bound, and keeps ordinary ones', async () => {
    const { isLinearPattern } = await import('../../engine/rules/lib/settings-patterns');
    expect(['Code G[ée]n[ée]ral des Collectivit', 'rapport du Pr[ée]sident', 'n°\\s*2021-257', '(avis|informé)'].map(isLinearPattern)).toEqual([true, true, true, true]);
    expect(['(a+)+$', '(\\s*x)*', '((ab)*)+', '(a|b)\\1', 'x'.repeat(600), '(a|a)*$', '(a|aa)+$', '\\s*\\s*\\s*x'].map(isLinearPattern)).toEqual(
      [false, false, false, false, false, false, false, false],
    );
    // What remains costs little even on a hostile visa: `Vu ` and 390 letters, against the kept patterns.
    const hostile = `Vu ${'a'.repeat(390)} ;`;
    for (const source of ['Vu\\s*a*b', 'rapport du Pr[ée]sident']) {
      expect(isLinearPattern(source)).toBe(true);
      new RegExp(source, 'iu').test(hostile.slice(0, 400));
    }
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const EDUCATION = 'Vu le Code de l’Education et notamment son article L.213-2 ;';
const PREAMBLE = '|La Commission Permanente du Conseil départemental du Pas-de-Calais,';

ruleTester(visaRequired, {
  valid: [
    valid('the CGCT, the délégation and the president’s report cited', cp()),
    valid('a hand-typed CGCT visa: abbreviation, articles without dot', cp({ visas: ['Vu le CGCT, notamment ses articles L 3121-14, L 3121-14-1, L 3211-1 et L 3211-2 ;', ...VISAS.slice(2)] })),
    valid('configured patterns replace the defaults', cp({ visas: [...CGCT_VISA, ...REPORT_VISA] }), { visas: { required: ['^Vu le rapport du Président'] } }),
    valid('a commune’s extrait citing none of them: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a forgotten délégation, on the preamble', cp({ visas: [...CGCT_VISA, EDUCATION, ...REPORT_VISA, ...AVIS_VISA] }), [
      {
        at: PREAMBLE,
        message: 'Visa manquant : la délibération du Conseil départemental portant « Délégation d’attributions à la Commission Permanente », qui fonde sa compétence (art. L.3211-2 du CGCT).',
        data: { visa: 'delegation' },
      },
    ]),
    invalid('a forgotten president’s report, in English', cp({ visas: [...CGCT_VISA, EDUCATION, ...DELEGATION_VISA, ...AVIS_VISA] }), [
      { at: PREAMBLE, message: 'Missing visa: "Vu le rapport du Président du Conseil départemental, ci-annexé".', data: { visa: 'rapport', expected: 'Vu le rapport du Président du Conseil départemental, ci-annexé ;' } },
    ], { locale: 'en' }),
    invalid('a CGCT visa without two of its articles, on the visa', cp({ visas: ['Vu le Code Général des Collectivités Territoriales et, notamment, ses articles L.3121-14 et', 'L.3211-1 ;', ...VISAS.slice(2)] }), [
      { at: 'Vu le Code Général', message: 'Visa du CGCT incomplet : les articles L.3121-14-1, L.3211-2 manquent (attendus : L.3121-14, L.3121-14-1, L.3211-1, L.3211-2).', data: { visa: 'cgct', missing: ['L.3121-14-1', 'L.3211-2'] } },
    ]),
    invalid('no CGCT visa at all', cp({ visas: VISAS.slice(2) }), [{ at: PREAMBLE, data: { visa: 'cgct' } }]),
    invalid('a configured pattern no visa matches', cp(), [
      { at: PREAMBLE, message: 'Visa manquant : aucun visa ne correspond au motif requis « Règlement\\s+Intérieur » (delibera.visas.required).' },
    ], { visas: { required: ['^Vu le rapport du Président', 'Règlement\\s+Intérieur'] } }),
  ],
});
