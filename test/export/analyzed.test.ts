/**
 * The export on documents read by the engine: small texts written like the real ones (an extrait of
 * a commune, the minutes of an intercommunalité), each line-structured and flattened to one line as
 * PDF text layers are, must give the same rows.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { scdlRows, toCsv } from '../../engine/export/scdl';
import type { AnalyzerOptions } from '../../engine/options';
import { csvRows, ruleErrors } from './scdl-rules';

const EXTRAIT = `COMMUNE DE SAINT-JULIEN-LES-ROSIERS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du jeudi 16 février 2023
Nombre de conseillers en exercice : 27
Présents : 20
Représentés : 3
Votants : 23
L'an deux mille vingt-trois, le seize février à dix-huit heures trente, le Conseil municipal, légalement convoqué le 10 février 2023, s'est réuni à la mairie sous la présidence de M. Jean DUPONT, Maire.
Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND
Délibération n° 2023-001
Objet : Attribution d'une subvention à l'association « Les Amis du Livre »
Vu le Code général des collectivités territoriales,
Après en avoir délibéré, le Conseil municipal, à l'unanimité des membres présents et représentés,
DÉCIDE d'attribuer une subvention de 500 € à l'association.
Fait et délibéré les jour, mois et an susdits.
Envoyé en préfecture le 20/02/2023
Reçu en préfecture le 20/02/2023
Publié le 21/02/2023
ID : 030-213002595-20230216-2023_001-DE
`;

const MINUTES = `COMMUNAUTÉ DE COMMUNES DU VAL DE LOIRE
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 14 MARS 2023
Nombre de conseillers en exercice : 35
Présents : 28
Pouvoirs : 4
Votants : 32
L'an deux mille vingt-trois, le quatorze mars à dix-huit heures, le Conseil communautaire, dûment convoqué le 7 mars 2023, s'est réuni sous la présidence de M. Pierre LEBLANC, Président.
Secrétaire de séance : Mme Claire MOREAU
1. Budget primitif 2023 – Budget principal
Le Président présente le budget primitif 2023.
Après en avoir délibéré, le Conseil communautaire, par 28 voix pour, 3 voix contre et 1 abstention, adopte le budget primitif 2023.
2. Attribution d'un fonds de concours à la commune de Vers
Après en avoir délibéré, le Conseil communautaire, à l'unanimité, attribue un fonds de concours de 12 000 €.
`;

const flat = (text: string) => text.replace(/\s+/g, ' ');

function exported(text: string, options: AnalyzerOptions = {}) {
  const analyzer = createAnalyzer(options);
  return scdlRows(analyzer.analyze(text).dossiers, { uri: 'file:///actes/acte.txt', path: 'acte.txt', options: analyzer.options });
}

describe.each([
  ['line-structured', (text: string) => text],
  ['flattened', flat],
])('export of analysed documents, %s', (_, shape) => {
  it('reads an extrait: number, date, object, matter, stamp, unanimity over the voters', () => {
    const result = exported(shape(EXTRAIT), { collectivite: { name: 'Commune de Saint-Julien-les-Rosiers', siret: '21300259500011' } });
    expect(result.rows).toEqual([{
      COLL_NOM: 'Commune de Saint-Julien-les-Rosiers',
      COLL_SIRET: '21300259500011',
      DELIB_ID: '2023-001',
      DELIB_DATE: '2023-02-16',
      DELIB_MATIERE_CODE: '7.5',
      DELIB_MATIERE_NOM: 'finances locales/subventions',
      DELIB_OBJET: 'Attribution d\'une subvention à l\'association « Les Amis du Livre »',
      BUDGET_ANNEE: '',
      BUDGET_NOM: '',
      PREF_ID: 'PREF030',
      PREF_DATE: '2023-02-20',
      VOTE_EFFECTIF: 27,
      VOTE_REEL: 23,
      VOTE_POUR: 23,
      VOTE_CONTRE: 0,
      VOTE_ABSTENTION: 0,
      DELIB_URL: 'file:///actes/acte.txt',
    }]);
    expect(ruleErrors(csvRows(toCsv(result.rows)))).toEqual([]);
  });

  it('reads minutes item by item, and writes no unanimity count the item does not settle', () => {
    const result = exported(shape(MINUTES), { export: { baseUrl: 'https://www.ccvl.fr/actes/' } });
    expect(result.rows.map((row) => [row.DELIB_ID, row.DELIB_DATE, row.DELIB_MATIERE_CODE, row.BUDGET_ANNEE, row.BUDGET_NOM])).toEqual([
      ['1', '2023-03-14', '7.1', '2023', 'Budget principal'],
      ['2', '2023-03-14', '7.8', '', ''],
    ]);
    expect(result.rows.map((row) => row.COLL_NOM)).toEqual(['COMMUNAUTÉ DE COMMUNES DU VAL DE LOIRE', 'COMMUNAUTÉ DE COMMUNES DU VAL DE LOIRE']);
    expect(result.rows.map((row) => [row.VOTE_EFFECTIF, row.VOTE_REEL, row.VOTE_POUR, row.VOTE_CONTRE, row.VOTE_ABSTENTION])).toEqual([
      [35, 32, 28, 3, 1],
      // The header's 32 voters need not be this item's.
      [35, null, null, null, null],
    ]);
    expect(result.rows.every((row) => row.DELIB_URL === 'https://www.ccvl.fr/actes/acte.txt')).toBe(true);
    expect(result.notices.find((notice) => notice.fields.includes('VOTE_POUR'))?.rows).toEqual([1]);
    expect(ruleErrors(csvRows(toCsv(result.rows)), false)).toEqual([]);
  });
});

describe('export of odd documents', () => {
  it('never throws, and every row it writes keeps the schema\'s rules', () => {
    const texts = [
      '',
      ' '.repeat(100_000),
      '9'.repeat(100_000),
      EXTRAIT.slice(0, 400),
      EXTRAIT.replace('Reçu en préfecture le 20/02/2023', 'Reçu en préfecture le 20/01/2023'),
      MINUTES.replace('par 28 voix pour', 'par 29 voix pour'),
      `${EXTRAIT}\n${EXTRAIT}`,
    ];
    for (const text of texts) {
      let result!: ReturnType<typeof exported>;
      expect(() => {
        result = exported(text);
      }).not.toThrow();
      expect(ruleErrors(csvRows(toCsv(result.rows)), false)).toEqual([]);
    }
  });
});
