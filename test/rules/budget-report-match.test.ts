import { describe, expect, it } from 'vitest';
import { budgetReportMatch } from '../../engine/rules/budget-report-match';
import { codeCore } from '../../engine/rules/lib/budget-rows';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp, imputation, reportTable } from './inline/cp';
import { beneficiary, programmeBlock } from './inline/budget';
import { createAnalyzer } from '../../engine/analyzer';
import { replaceOnce } from './support';

describe('budget-report-match', () => {
  it('finds the two genuine inconsistencies of 2022-89, and nothing else in the corpus', () => {
    expect(onCorpus(budgetReportMatch)).toEqual([
      // L5818 (deliberation) `C02-515B03 6568/89351` vs L6429 (report N°31) `CO2-515B03 6568//9351`:
      // the report writes the letter O in `CO2-`, a typo (every code is `C0<digit>-`, §5) …
      '003:L6429 Code opération CO2-515B03 : la lettre O est écrite à la place du chiffre 0 (C02-515B03).',
      // … and the two imputations differ by a digit: function `89351` in the deliberation, `9351` in
      // the report (functions start with 9, §5: the deliberation's is the odd one). Same amounts:
      // CP 192 981,00 and Dépense = Proposition 10 955,00 (L5822, L6435).
      '003:L5818 Imputation 6568/89351 ≠ 6568/9351 dans le tableau du rapport N°31 (opération C02-515B03).',
      // 2022-104 annex 1: block 311B03 (L19096) proposes 342 000 € on 6574/93311 (and balances it, Solde
      // 358 000 €), but the block's own sub-total line `311B03 390 000 €` (L19467), the deliberation's
      // Dépense (L18488) and report N°46's Proposition (L20830) say 390 000; the footer 676 000 € (L19473)
      // = 390 000 + 238 000 + 48 000 = the eight grants of the list (55 000 + 50 000 + … + 50 000).
      '003:L19096 PROPOSITION 342 000 € du sous-programme 311B03 6574/93311 ≠ 390 000 € (total de ses bénéficiaires).',
    ]);
  });
  it('writes the digit back into an operation code, the one certain fix (003 L6429 `CO2-515B03`)', () => {
    const text = corpusText('003');
    const d = check(budgetReportMatch, text).find((x) => x.message.startsWith('Code opération'))!;
    expect(text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)).toBe('CO2-515B03');
    expect(d.data?.fixes).toEqual([{ title: 'Écrire le code C02-515B03', range: d.range, text: 'C02-515B03', preferred: true }]);
  });

  it('reports a Dépense that differs from the report’s Proposition, on the Dépense', () => {
    const text = cp({ articles: spending('53 500,00', '16 600,00', ['C03-288H01 657382/93288', 'Subventions aux associations']), report: { number: 26, table: reportTable('53 500,00', '22 000,00', '16 500,00', '5 500,00', ['C03-288H01 657382/93288', 'Subventions aux', 'associations']) } });
    const [d, ...rest] = check(budgetReportMatch, text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('Dépense 16 600,00 ≠ Proposition 16 500,00 du rapport N°26 pour C03-288H01 657382/93288.');
    expect(d.range).toEqual(rangeOf(text, '16 600,00'));
    expect(d.code).toBe('budget-report-match');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '16 500,00', actual: '16 600,00', column: 'Depense', side: 'deliberation' });
    const proposition = rangeOf(text, '22 000,00 |16 500,00');
    expect(d.data?.other).toEqual({ range: proposition, value: '16 500,00' });
    expect(d.relatedInformation?.map((r) => [r.location.range, r.message])).toEqual([[proposition, 'Proposition 16 500,00 du rapport N°26']]);
  });

  it('tolerates what the corpus writes: inner spaces, `//`, reversed imputations, a missing `C0d-` prefix (§10)', () => {
    // 000 L75 `C03-221J02` = 000 L203 `C03-221 J02`; L4552 `6574//93311` = L5080; L5195 `9341/7518` (2022-88).
    expect(check(budgetReportMatch, corpusText('000'))).toEqual([]);
    expect(check(budgetReportMatch, cp({ articles: spending('150 000,00', '150 000,00', ROW('221J02 91221//204311')) }))).toEqual([]);
    expect(codeCore('C03-221 J02')).toBe('221J02');
    expect(codeCore('CO3-221J02')).toBe('221J02');
  });

  it('tells two names of one operation as information, the report’s name related', () => {
    const text = cp({ articles: spending('150 000,00', '150 000,00', ['C03-221J02 204311/91221', 'Equipement numérique des collèges']) });
    const [d, ...rest] = check(budgetReportMatch, text, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.severity).toBe(3);
    expect(d.message).toBe('Operation C03-221J02 is named "Equipement numérique des collèges" in the deliberation, but "Informatique subventions aux collèges" in the table of report N°53.');
    expect(d.relatedInformation?.[0].location.range.start).toEqual(rangeOf(text, 'Informatique subventions\naux collèges').start);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

/** Article 2 with its imputation table rewritten: CP, Dépense and the row's code and imputation. */
const spending = (credit: string, depense: string, row?: string[]) => [ARTICLES[0], [...ARTICLES[1].slice(0, 3), ...imputation(credit, depense, row)]];
const ROW = (code: string) => [code, 'Informatique subventions aux collèges'];

ruleTester(budgetReportMatch, {
  valid: [
    valid('the deliberation repeats its report’s line', cp()),
    valid('codes and imputations written as the corpus varies them: inner space, `//`, reversed', cp({ articles: spending('150 000,00', '150 000,00', ROW('C03-221 J02 91221//204311')) })),
    valid('a deliberation without a report', cp({ report: null })),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
    valid('one name in capitals, without accents', cp({ articles: spending('150 000,00', '150 000,00', ['C03-221J02 204311/91221', 'INFORMATIQUE SUBVENTIONS AUX COLLEGES']) })),
    valid('one name in the singular, with a PDF break (`Fonctionneme nt`)', cp({ articles: spending('150 000,00', '150 000,00', ['C03-221J02 204311/91221', 'Informatique subvention aux collège s']) })),
    valid('one name cut short by its column', cp({ articles: spending('150 000,00', '150 000,00', ['C03-221J02 204311/91221', 'Informatique subventions aux']) })),
  ],
  invalid: [
    invalid('a Dépense that differs from the report’s Proposition', cp({ articles: spending('150 000,00', '140 000,00') }), [
      { at: '150 000,00 |140 000,00', message: 'Dépense 140 000,00 ≠ Proposition 150 000,00 du rapport N°53 pour C03-221J02 204311/91221.', data: { expected: '150 000,00', side: 'deliberation' } },
    ]),
    invalid('the report’s Proposition slipped, as its own balance shows, in English', cp({ articles: spending('150 000,00', '140 000,00'), report: { table: reportTable('150 000,00', '150 000,00', '150 000,00', '10 000,00') } }), [
      { at: '150 000,00 |150 000,00 10 000,00', message: "Proposition 150 000,00 ≠ Dépense 140 000,00 of the deliberation for C03-221J02 204311/91221 (the report's balance implies 140 000,00).", data: { side: 'report' } },
    ], { locale: 'en' }),
    invalid('a CP that differs', cp({ articles: spending('160 000,00', '150 000,00') }), [
      { at: '160 000,00', message: 'CP 160 000,00 ≠ CP 150 000,00 du rapport N°53 pour C03-221J02 204311/91221.' },
    ]),
    invalid('a code whose imputation differs by a digit', cp({ articles: spending('150 000,00', '150 000,00', ROW('C03-221J02 204311/9221')) }), [
      { at: '204311/9221', message: 'Imputation 204311/9221 ≠ 204311/91221 dans le tableau du rapport N°53 (opération C03-221J02).' },
    ]),
    invalid('a letter O for the zero of the code', cp({ articles: spending('150 000,00', '150 000,00', ROW('CO3-221J02 204311/91221')) }), [
      { at: 'CO3-221J02', message: 'Code opération CO3-221J02 : la lettre O est écrite à la place du chiffre 0 (C03-221J02).' },
    ]),
    invalid('a line whose code changed, paired by its imputation', cp({ articles: spending('150 000,00', '150 000,00', ROW('C03-221J07 204311/91221')) }), [
      { at: 'C03-221J07', message: 'Code opération C03-221J07 ≠ C03-221J02 dans le tableau du rapport N°53 (imputation 204311/91221).' },
    ]),
    invalid('one operation code, two names', cp({ articles: spending('150 000,00', '150 000,00', ['C03-221J02 204311/91221', 'Equipement numérique des collèges']) }), [
      { at: 'Equipement numérique des collèges', message: 'L’opération C03-221J02 est libellée « Equipement numérique des collèges » dans la délibération, mais « Informatique subventions aux collèges » dans le tableau du rapport N°53.' },
    ]),
    invalid('lines present on one side only', cp({ articles: spending('150 000,00', '150 000,00', ROW('C03-221J03 204312/91221')) }), [
      { at: '204312/91221', message: 'La ligne C03-221J03 204312/91221 de la délibération est absente du tableau du rapport N°53.' },
      { at: '204311/91221', message: 'La ligne C03-221J02 204311/91221 du rapport N°53 est absente du tableau de la délibération.' },
    ]),
  ],
});

// ── Sub-programme blocks of the annexes (domain.md §7.1) ─────────────────────────────────────────

/** An annex of sub-programme blocks after the deliberation (default: 221J02 204311/91221, as its table). */
const annex = (...blocks: string[][]) => cp({ annexes: ['', ' ANNEXE 1', ...blocks.flat()] });
const LIST = [beneficiary('THEATRE DU NORD', '100 000 €'), beneficiary('SCENE NATIONALE', '50 000 €')];
const block = (proposition: string, solde: string, footer: string[] = ['150 000 €'], bp = '150 000 €') => programmeBlock([bp, bp, proposition, solde], LIST, footer);

ruleTester(budgetReportMatch, {
  valid: [
    valid('a block whose PROPOSITION is its footer, the Dépense and the Proposition', annex(block('150 000 €', '- €'))),
    valid('a block without a footer, as the deliberation', annex(block('150 000 €', '- €', []))),
    valid(
      'one imputation over two blocks: the Dépense is the sum of their PROPOSITIONs (L18717, L18982)',
      annex(programmeBlock(['200 000 €', '200 000 €', '100 000 €', '100 000 €'], LIST, ['100 000 €']), programmeBlock(['200 000 €', '100 000 €', '50 000 €', '50 000 €'], LIST, ['50 000 €'])),
    ),
    valid(
      'two blocks sharing one list, a sub-total per row with its code then the whole (L19467–19473)',
      annex(programmeBlock(['150 000 €', '150 000 €', '150 000 €', '- €'], [], []), programmeBlock(['80 000 €', '80 000 €', '30 000 €', '50 000 €'], LIST, ['221J02  150 000 €', '313B02  30 000 €', '180 000 €'], '313B02', '6574/93313')),
    ),
    valid('a footer that is not the last run of one-figure lines is no footer: uncertain reading, no check', annex(block('150 000 €', '- €', ['120 000 €', '10 000 €', '20 000 €']))),
  ],
  invalid: [
    invalid('a PROPOSITION slipped: the footer, the Dépense, the Proposition and the block’s balance say 150 000', annex(block('160 000 €', '- €')), [
      {
        at: '160 000 €',
        message: 'PROPOSITION 160 000 € du sous-programme 221J02 204311/91221 ≠ 150 000 € (total de ses bénéficiaires ; le solde du bloc implique 150 000 €).',
        data: { expected: '150 000 €', actual: '160 000 €', side: 'annex' },
      },
    ]),
    invalid('a PROPOSITION the block balances, against its footer and the tables: no fix, the block may be the one right', annex(block('140 000 €', '60 000 €', undefined, '200 000 €')), [
      { at: '140 000 €', message: 'PROPOSITION 140 000 € du sous-programme 221J02 204311/91221 ≠ 150 000 € (total de ses bénéficiaires).', data: { side: 'annex' } },
    ]),
    invalid('the footer alone differs, in English', annex(block('150 000 €', '- €', ['160 000 €'])), [
      {
        at: '160 000 €',
        message: "Beneficiaries' total 160 000 € ≠ PROPOSITION 150 000 € of sub-programme 221J02 204311/91221, as the deliberation's table repeats it.",
        data: { side: 'annex-footer' },
      },
    ], { locale: 'en' }),
    invalid('a block without a footer, against the deliberation and the report', annex(block('140 000 €', '60 000 €', [], '200 000 €')), [
      { at: '140 000 €', message: 'PROPOSITION 140 000 € du sous-programme 221J02 204311/91221 ≠ 150 000,00 (Dépense de la délibération).' },
    ]),
    invalid(
      'one imputation over two blocks, the second slipped: its share of the Dépense',
      annex(programmeBlock(['200 000 €', '200 000 €', '100 000 €', '100 000 €'], LIST, ['100 000 €']), programmeBlock(['200 000 €', '100 000 €', '60 000 €', '50 000 €'], LIST, ['50 000 €'])),
      [
        {
          at: '60 000 €',
          message: 'PROPOSITION 60 000 € du sous-programme 221J02 204311/91221 ≠ 50 000 € (total de ses bénéficiaires ; le solde du bloc implique 50 000 €).',
          data: { expected: '50 000 €' },
        },
      ],
    ),
    invalid(
      'two blocks sharing one list: a row’s sub-total, by its code',
      annex(programmeBlock(['150 000 €', '150 000 €', '150 000 €', '- €'], [], []), programmeBlock(['80 000 €', '80 000 €', '30 000 €', '50 000 €'], LIST, ['221J02  150 000 €', '313B02  40 000 €', '190 000 €'], '313B02', '6574/93313')),
      [{ at: '30 000 €', message: 'PROPOSITION 30 000 € du sous-programme 313B02 6574/93313 ≠ 40 000 € (total de ses bénéficiaires).' }],
    ),
  ],
});

describe('budget-report-match on the sub-programme blocks of 003', () => {
  it('offers a fix only when the block’s own balance implies the figure the others state', () => {
    const expectedOf = (text: string) => check(budgetReportMatch, text).map((d) => d.data?.expected);
    expect(expectedOf(annex(block('160 000 €', '- €')))).toEqual(['150 000 €']);
    // The block balances its own figure (200 000 − 140 000 = 60 000): it or the others may be wrong.
    expect(expectedOf(annex(block('140 000 €', '60 000 €', undefined, '200 000 €')))).toEqual([undefined]);
    // The footer differs: the beneficiaries it totals are not read, so nothing tells its right figure.
    expect(expectedOf(annex(block('150 000 €', '- €', ['160 000 €'])))).toEqual([undefined]);
  });

  it('relates every side that differs, the Dépense shared between two blocks as this block’s part', () => {
    const text = annex(programmeBlock(['200 000 €', '200 000 €', '100 000 €', '100 000 €'], LIST, ['100 000 €']), programmeBlock(['200 000 €', '100 000 €', '60 000 €', '50 000 €'], LIST, ['50 000 €']));
    const [d, ...rest] = check(budgetReportMatch, text);
    expect(rest).toEqual([]);
    expect(d.relatedInformation?.map((r) => r.message)).toEqual([
      'total de ses bénéficiaires : 50 000 €',
      'part du bloc dans la Dépense de la délibération : 150 000,00',
      'part du bloc dans la Proposition du rapport N°53 : 150 000,00',
    ]);
    expect(d.relatedInformation?.[0].location.range.start).toEqual(rangeOf(text, '\n                |50 000 € ').start);
  });

  // Each block row of 2022-86 (L4132) and 2022-104 (L18560–L19862), up to its PROPOSITION.
  const ROWS: [string, string][] = [
    ['65734/93311                208 000                 208 000                 ', '85 500'],
    ['6568/93314       1 270 000 €        1 270 000 €        ', '1 268 980'],
    ['6568/93312          776 000 €           776 000 €           ', '776 000'],
    ['65735/93311          630 000 €           630 000 €           ', '350 000'],
    ['6574/93311        1 450 000           1 450 000           ', '1 417 000'],
    ['65735/93311          630 000 €           280 000 €           ', '200 000'],
    ['6574/93311          700 000 €           700 000 €           ', '342 000'],
    ['65734/93311          262 000 €           262 000 €           ', '238 000'],
    ['6574/93313          350 000 €           350 000 €              ', '48 000'],
    ['6574/93311          226 000 €           226 000 €           ', '125 500'],
    ['6574/93311        1 226 000          1 226 000 €              ', '50 500'],
    ['65734/93311           354 000             354 000 €           ', '127 000'],
  ];
  /** One digit changed: the first of the last group (`85 500` → `85 600`), the magnitude kept. */
  const slip = (figure: string) => {
    const at = figure.lastIndexOf(' ') + 1;
    return figure.slice(0, at) + String((Number(figure[at]) + 1) % 10) + figure.slice(at + 1);
  };
  const all = (text: string) => createAnalyzer().analyze(text).diagnostics.map((d) => `${d.range.start.line}|${d.code}|${d.message}`);

  it('finds a PROPOSITION changed by one digit in each of the 12 block rows, at its line, and nothing else changes', () => {
    const text = corpusText('003');
    const before = new Set(all(text));
    let found = 0;
    for (const [prefix, figure] of ROWS) {
      const mutated = replaceOnce(text, prefix + figure, prefix + slip(figure));
      const line = mutated.slice(0, mutated.indexOf(prefix + slip(figure))).split('\n').length - 1;
      const after = new Set(all(mutated));
      const added = [...after].filter((d) => !before.has(d));
      const removed = [...before].filter((d) => !after.has(d));
      expect([...added, ...removed].filter((d) => !d.startsWith(`${line}|`)), prefix).toEqual([]);
      if (added.some((d) => d.startsWith(`${line}|budget-report-match|PROPOSITION ${slip(figure)}`))) found++;
    }
    expect(found).toBe(12);
  });
});
