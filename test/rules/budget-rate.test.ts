import { describe, expect, it } from 'vitest';
import { budgetRate } from '../../engine/rules/budget-rate';
import { budgetTotal } from '../../engine/rules/budget-total';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp } from './inline/cp';
import { deprogrammed, FIRST_OPERATION } from './inline/deprogrammed';

describe('budget-rate', () => {
  it('finds nothing in the corpus: the 15 rows of 2022-87’s proximity diffusion (L4710–4921) give 30 %, to the ten euros, capped at 2 500 €', () => {
    expect(onCorpus(budgetRate)).toEqual([]);
  });

  describe('mutations of 2022-87’s annex 2 (L4710–4921)', () => {
    const text = corpusText('003');
    const lines = text.split('\n');
    const ROW = /(\d{1,3}(?: \d{3})*,\d{2}) € (\d{2})% +(\d{1,3}(?: \d{3})*) € *$/;
    const rows = lines.flatMap((line, i) => (i >= 4700 && i <= 4930 && ROW.test(line) ? [i] : []));
    /** The row's figure `which` with its first digit lowered (2 → 1, … 1 → 9): raised, a capped row would stay capped. */
    const mutate = (line: string, which: 1 | 2 | 3): string =>
      line.replace(ROW, (...m: string[]) => {
        const parts = [m[1], m[2], m[3]];
        const figure = parts[which - 1];
        parts[which - 1] = String(Number(figure[0]) > 1 ? Number(figure[0]) - 1 : 9) + figure.slice(1);
        return `${parts[0]} € ${parts[1]}%${m[0].slice(m[0].indexOf('%') + 1, m[0].lastIndexOf(m[3]))}${parts[2]} €`;
      });

    it('reads the fifteen rows', () => {
      expect(rows.length).toBe(15);
    });

    it('finds every changed amount, base or rate at its row, nothing elsewhere; a changed amount is fixed back by the preferred fix', () => {
      let changed = 0;
      let found = 0;
      let fixedBack = 0;
      for (const i of rows) {
        for (const which of [1, 2, 3] as const) {
          const edited = mutate(lines[i], which);
          const copy = [...lines];
          copy[i] = edited;
          const diagnostics = check(budgetRate, copy.join('\n'));
          changed++;
          if (diagnostics.length === 1 && diagnostics[0].range.start.line === i) found++;
          else expect(diagnostics.map((d) => d.range.start.line), `L${i + 1} ${edited}`).toEqual([]);
          if (which !== 3) continue;
          const fix = (diagnostics[0]?.data?.fixes as { preferred?: boolean; text: string }[] | undefined)?.find((f) => f.preferred);
          if (fix && edited.replace(/(\d{1,3}(?: \d{3})*) € *$/, `${fix.text} `).trimEnd() === lines[i].trimEnd()) fixedBack++;
        }
      }
      expect(found / changed).toBeGreaterThanOrEqual(0.95);
      expect(fixedBack).toBe(rows.length);
    });

    it('a changed amount also unbalances the annex total, which budget-total reports (L4926)', () => {
      const copy = [...lines];
      copy[rows[0]] = lines[rows[0]].replace('1 980 €', '1 990 €');
      expect(check(budgetTotal, copy.join('\n')).map((d) => d.range.start.line + 1)).toContain(4926);
    });
  });
});

// ── Inline Commission Permanente annexes (test/rules/inline/cp.ts) ───────────────────────────────

const HEADER = ['', 'Annexe 2', 'BENEFICIAIRE DISCIPLINE DEPENSE PRISE EN COMPTE TAUX 30 % SUBVENTION PROPOSEE ET ARRONDIE', ''];
const ROWS = [
  'Commune de HERSIN-COUPIGNY Théâtre 6 600,00 € 30%   1 980 €',
  'Association Musiques en fête Musique 2 000,00 € 30%   600 €',
  'Commune de FRUGES Danse 2 136,40 € 30%   640 €',
  'Association Libertrio Musique 1 320,00 € 30%   400 €',
  'Commune de LUMBRES Théâtre 3 165,00 € 30%   950 €',
];
const ROUNDING = 'Le montant de l’aide est fixé au taux unique de 30 % (arrondi à la dizaine d’euros la plus proche).';
const annex = (rows: string[], notes: string[] = [ROUNDING]) => cp({ annexes: [...HEADER, ...rows.flatMap((r) => [r, '']), ...notes], report: null });
const CAPPED = 'Association Les Années Folles Théâtre 8 400,00 € 30%   2 500 €';
const CAP = '* 2 500 € montant maximal par spectacle';

describe('budget-rate fixes', () => {
  const fixesOf = (code: string) => check(budgetRate, code).map((d) => d.data?.fixes);

  it('prefers rewriting the amount when the rows then add up to the annex’s total', () => {
    const code = annex([...ROWS.map((r) => r.replace('640 €', '460 €')), '', 'TOTAL 4 570 €']);
    expect(fixesOf(code)).toEqual([[{ title: 'Corriger le montant : 640 €', range: rangeOf(code, '460 €'), text: '640 €', preferred: true }]]);
  });

  it('only suggests it when the base may be the figure that slipped (the total holds as written)', () => {
    const code = annex([...ROWS.map((r) => r.replace('2 136,40 €', '2 163,40 €')), '', 'TOTAL 4 570 €']);
    expect(fixesOf(code)).toEqual([[{ title: 'Corriger le montant : 650 €', range: rangeOf(code, '640 €'), text: '650 €' }]]);
  });
});

ruleTester(budgetRate, {
  valid: [
    valid('FSE rates, each the FSE over the row’s cost (2022-90)', deprogrammed(FIRST_OPERATION)),
    valid('rows that give 30 % of their base, to the ten euros as stated', annex(ROWS)),
    valid('a row capped at the maximum the annex states', annex([...ROWS, CAPPED], [ROUNDING, CAP])),
    valid('no rounding stated: to the euro or to ten euros, either way', annex(ROWS.map((r) => r.replace('1 320,00 € 30%   400 €', '1 320,00 € 30%   396 €')), [])),
    valid(
      'a percentage that is no rate of the base (a share of the whole, 2022-103): no rate table',
      annex(['TOTAL ARRAGEOIS 63 235,26 € 14,05% 16 262,00 €', 'TOTAL AUDOMAROIS 142 483,20 € 31,66% 47 602,00 €', 'TOTAL BOULONNAIS 23 234,78 € 5,16% 35 077,00 €', 'TOTAL CALAISIS 55 723,14 € 12,38% 106 524,00 €', 'TOTAL LENS 39 551,90 € 8,79% 35 875,00 €'], []),
    ),
    valid('fewer than five rows: the relation is not the table’s', annex(ROWS.slice(0, 4).map((r, k) => (k === 0 ? r.replace('1 980 €', '1 990 €') : r)))),
    valid('a commune’s extrait', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('an FSE rate mistyped in a row that adds up: the rate is fixed', deprogrammed(FIRST_OPERATION.replace('58,64%', '56,84%')), [
      {
        at: '|56,84',
        message: 'Taux 56,84 % ≠ 12 900,00 / 22 000,00 = 58,64 %, la part de ce montant dans le total de la ligne (la ligne s’additionne : c’est le taux qu’il faut corriger).',
        data: { expected: '58,64', actual: '56,84', fixes: [{ text: '58,64', preferred: true }] },
      },
    ]),
    invalid('an FSE amount off: the rate is off too, its fix not preferred (the row does not add up)', deprogrammed(FIRST_OPERATION.replace('12 900,00', '13 900,00')), [
      { at: '|58,64', message: 'Taux 58,64 % ≠ 13 900,00 / 22 000,00 = 63,18 %, la part de ce montant dans le total de la ligne.', data: { fixes: [{ text: '63,18' }] } },
    ]),
    invalid('an amount that is not 30 % of its base, rounded as stated', annex(ROWS.map((r) => r.replace('1 980 €', '1 890 €'))), [
      { at: '1 890 €', message: 'Montant 1 890 € ≠ 30% × 6 600,00 € = 1 980,00 €, arrondi à la dizaine d’euros la plus proche : 1 980 €.', data: { expected: '1 980 €', actual: '1 890 €' } },
    ]),
    invalid('rounded to the euro where the dossier says ten euros', annex(ROWS.map((r) => r.replace('1 320,00 € 30%   400 €', '1 320,00 € 30%   396 €'))), [
      { at: '396 €', message: '= 396,00 €, arrondi à la dizaine d’euros la plus proche : 400 €.' },
    ]),
    invalid('an amount above the cap, in English', annex([...ROWS, CAPPED.replace('2 500 €', '2 520 €')], [ROUNDING, CAP]), [
      { at: '2 520 €', message: 'Amount 2 520 € ≠ 2 500 €: 30% × 8 400,00 € = 2 520,00 € exceeds the cap of 2 500 €.' },
    ], { locale: 'en' }),
    invalid('no rounding stated: an amount no usual rounding gives', annex(ROWS.map((r) => r.replace('600 €', '660 €')), []), [
      { at: '660 €', message: 'Montant 660 € ≠ 30% × 2 000,00 € = 600,00 €, soit 600 € à l’euro près.' },
    ]),
  ],
});
