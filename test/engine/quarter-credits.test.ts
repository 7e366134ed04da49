import { describe, expect, it } from 'vitest';
import { readQuarterCredits } from '../../engine/model/quarter-credits';

const read = (text: string) => {
  const lines = text.split('\n');
  return readQuarterCredits(lines, 0, lines.length - 1);
};

const rows = (text: string) =>
  read(text).tables.map((t) => ({
    base: t.base?.cents,
    quarter: t.quarter?.cents,
    columns: t.columns,
    rows: t.rows.map((r) => [r.code, r.label, ...r.amounts.map((a) => a.cents)]),
    total: t.total?.amounts.map((a) => a.cents),
  }));

/** Written like a communauté de communes' minutes in their PDF text: the natures, then the total printed bare. */
const FLAT_NATURES =
  "Il est proposé d'ouvrir des crédits dans la limite du quart du budget primitif de l'exercice 2022 des dépenses d'investissement, selon la répartition suivante : - Crédits ouverts au budget primitif 2022 des dépenses d’investissement hors chapitre 16 « emprunts et dettes assimilées » 1 812 300,40 €. Nature Libellé Ouverture 2023 2051 Concessions et droits similaires 6 500 € 21571 Matériel roulant de voirie 64 000 € 2183 Matériel de bureau et informatique 3 250 € 2313 Constructions 215 000 € 289 750 € Après avoir entendu l’exposé de son rapporteur, le conseil communautaire, à l'unanimité, ACCEPTE l'ouverture des crédits.";

describe('credits opened within the quarter (model)', () => {
  it('reads the base, the natures and a total printed bare, within one flattened line', () => {
    expect(rows(FLAT_NATURES)).toEqual([
      {
        base: 181_230_040,
        quarter: undefined,
        columns: ['authorised'],
        rows: [
          ['2051', '2051 Concessions et droits similaires', 650_000],
          ['21571', '21571 Matériel roulant de voirie', 6_400_000],
          ['2183', '2183 Matériel de bureau et informatique', 325_000],
          ['2313', '2313 Constructions', 21_500_000],
        ],
        total: [28_975_000],
      },
    ]);
    expect(read(FLAT_NATURES).notes).toEqual([]);
  });

  it('reads a pipe table line by line, its columns named by the header', () => {
    const text = [
      'AUTORISE le Maire à engager les dépenses d’investissement dans la limite du quart des crédits ouverts au budget de l’exercice 2022, non compris les crédits afférents au remboursement de la dette, selon la répartition suivante :',
      'Chapitre | Libellé | Montant autorisé | BP 2022',
      '20 Immobilisations incorporelles | 8 000,00 € | 40 000,00 €',
      '21 Immobilisations corporelles | 90 000,00 € | 400 000,00 €',
      'TOTAL | | 98 000,00 € | 440 000,00 €',
      'Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE.',
    ].join('\n');
    expect(rows(text)).toEqual([
      {
        base: undefined,
        quarter: undefined,
        columns: ['authorised', 'credits'],
        rows: [
          ['20', '20 Immobilisations incorporelles', 800_000, 4_000_000],
          ['21', '21 Immobilisations corporelles', 9_000_000, 40_000_000],
        ],
        total: [9_800_000, 44_000_000],
      },
    ]);
  });

  it('reads chapters listed in a sentence, their total after « soit », the code left out not taken for the first row’s', () => {
    const text =
      'AUTORISE le Maire, dans la limite de 25 % des crédits ouverts au budget 2022 (hors chapitre 16), à engager les dépenses suivantes : Immobilisations incorporelles (chapitre 20) : 5 000 € ; chapitre 21 : 80 000 € ; chapitre 23 : 100 000 €, soit un total de 185 000 €. DIT que ces crédits seront inscrits au budget primitif 2023 : 185 000 €.';
    const [table] = rows(text);
    expect(table.rows).toEqual([
      ['20', 'chapitre 20', 500_000],
      ['21', 'chapitre 21', 8_000_000],
      ['23', 'chapitre 23', 10_000_000],
    ]);
    expect([table.base, table.total]).toEqual([undefined, [18_500_000]]);
  });

  it('takes two figures a row for credits and their quarter when nearly every second figure is one', () => {
    const text = 'dans la limite du quart des crédits ouverts, soit : chapitre 20 : 40 000 € 10 000 € ; chapitre 21 : 400 000 € 100 000 € ; chapitre 23 : 200 000 € 50 000 € ;';
    expect(rows(text)[0].columns).toEqual(['credits', 'quarter']);
    expect(rows(text.replace('10 000 €', '8 000 €').replace('100 000 €', '90 000 €'))[0].columns).toEqual(['credits', 'authorised']);
  });

  it('reads the quarter the text states before the rows', () => {
    const text = 'Le montant des crédits votés au budget primitif 2022 (hors chapitre 16) s’élève à 600 000 €, soit un quart de 150 000 €. Ouvertures anticipées : chapitre 21 : 100 000 € ; chapitre 23 : 40 000 € ; total : 140 000 €.';
    // The mention is « un quart de »: the text says « quart » without « des crédits ».
    expect(rows(text)).toEqual([]);
    const named = text.replace('soit un quart de', 'soit le quart des crédits :');
    expect(rows(named)[0]).toMatchObject({ base: 60_000_000, quarter: 15_000_000, rows: [['21', 'chapitre 21', 10_000_000], ['23', 'chapitre 23', 4_000_000]], total: [14_000_000] });
  });

  it('leaves unread, and says so, rows that do not hold the same number of figures', () => {
    const text = 'dans la limite du quart des crédits ouverts en 2022 : chapitre 20 : 40 000 € 10 000 € ; chapitre 21 : 90 000 € ; chapitre 23 : 200 000 € 50 000 € 45 000 € ;';
    const read1 = read(text);
    expect(read1.tables).toEqual([]);
    const at = text.indexOf('quart des crédits');
    expect(read1.notes).toEqual([{ missing: ['quarter-credits'], range: { start: { line: 0, character: at }, end: { line: 0, character: at + 'quart des crédits'.length } } }]);
  });

  it('reads no table, and says nothing, of prose that names a budget and sums after the mention', () => {
    expect(read('Le Maire peut engager les dépenses dans la limite du quart des crédits ouverts au budget de l’exercice précédent. Une subvention de 5 000 € est versée au comité des fêtes et 3 000 € au club de football.')).toEqual({ tables: [], notes: [] });
  });

  it('reads nothing from the article quoted alone, and never throws', () => {
    expect(read('Vu l’article L1612-1 du CGCT, qui permet d’engager les dépenses d’investissement dans la limite du quart des crédits ouverts au budget de l’exercice précédent ;')).toEqual({ tables: [], notes: [] });
    for (const text of ['quart des crédits', 'quart des crédits : ' + '1 000 € '.repeat(5000), 'quart des crédits\n' + 'Chapitre 21 1 000 €\n'.repeat(200), '']) expect(() => read(text)).not.toThrow();
  });
});
