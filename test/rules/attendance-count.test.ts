import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { attendanceCount } from '../../engine/rules/attendance-count';
import type { AnalyzerOptions } from '../../engine/options';
import { bothForms, flatten } from './inline/cases';
import { diagnosticsOf, ruleTester } from './rule-tester';

/** An extrait of a commune, its box of counts and its lists (`…` parts replaced per case). */
function extrait(parts: { date?: string; box: string; lists: string }): string {
  const date = parts.date ?? 'lundi 16 janvier 2023';
  return `RÉPUBLIQUE FRANÇAISE
COMMUNE DE SAINT-AUBIN-LES-BOIS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du ${date}
L'an deux mille vingt-trois, le seize janvier à dix-neuf heures, le Conseil municipal de la commune de Saint-Aubin-les-Bois, légalement convoqué le 10 janvier 2023, s'est réuni à la mairie sous la présidence de M. Jean DUPONT, Maire.
${parts.box}
${parts.lists}
Secrétaire de séance : Mme Claire MARTIN.
Objet : Budget primitif 2023
Le Conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE le budget primitif 2023.
Fait et délibéré les jour, mois et an susdits.
`;
}

const PRESENTS_11 =
  'Présents : M. Jean DUPONT, Mme Claire MARTIN, M. Paul LEROY, Mme Anne BERNARD, M. Louis PETIT, Mme Julie MOREAU, M. Marc GIRARD, Mme Sophie ROUX, M. Éric FAURE, Mme Nadia BLANC, M. Hugo MERCIER.';
const POUVOIRS_2 = 'Absents ayant donné pouvoir : M. Luc ROBIN à Mme Claire MARTIN, Mme Inès GARNIER à M. Paul LEROY.';
const ABSENTS_2 = 'Absents : M. Théo CHEVALIER, Mme Léa FRANÇOIS.';

/** A procès-verbal printing its counts per range of items, before the opening sentence (as Montreuil's). */
function perItemPv(presents: string): string {
  return `RÉPUBLIQUE FRANÇAISE
Ville de Saint-Aubin-les-Bois
CONSEIL MUNICIPAL
Séance du 7 décembre 2022
PROCÈS VERBAL
Nombre de membres composant le conseil : 15
A l'ouverture De la délibération n°1 à la n°3 De la délibération n° 4 à la fin
Présents : 10 Présents : 11 Présents : 10
Absents : 3 Absents : 2 Absents : 3
Pouvoirs : 2 Pouvoirs : 2 Pouvoirs : 2
L’an 2022, le 7 décembre à 19h12 les membres du conseil municipal se sont réunis en séance publique en Salle des fêtes de l'Hôtel de Ville sur convocation en date du 28 novembre 2022
${presents}
Procurations : M. Luc ROBIN à Mme Claire MARTIN, Mme Inès GARNIER à M. Paul LEROY.
Sont absents : M. Théo CHEVALIER, Mme Léa FRANÇOIS, M. Hugo MERCIER (à l'ouverture – puis à partir de la délibération n° 4 jusqu'à la fin).
Les membres présents forment la majorité des conseillers municipaux en exercice.
1. Budget primitif 2023
Le Conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE le budget primitif 2023.
`;
}

const PRESENTS_PV =
  'Sont présents : M. Jean DUPONT, Mme Claire MARTIN, M. Paul LEROY, Mme Anne BERNARD, M. Louis PETIT, Mme Julie MOREAU, M. Marc GIRARD, Mme Sophie ROUX, M. Éric FAURE, Mme Nadia BLANC, M. Hugo MERCIER (de la délibération n° 1 à la n°3 ).';

/** A communauté de communes' procès-verbal: titulaires, suppléants, proxies, an arrival. */
const EPCI_PV = `COMMUNAUTÉ DE COMMUNES DU PAYS DES ÉTANGS
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 13 MARS 2023
L'an deux mille vingt-trois, le treize mars à 18h30, le Conseil communautaire, dûment convoqué le 6 mars 2023, s'est réuni à la salle des fêtes de Mézières sous la présidence de Monsieur Jean-Louis CAMUS.
Nombre de délégués en exercice : 12
Présents : 8
Suppléants : 1
Pouvoirs : 2
Votants : 11
Présents titulaires/suppléants : Monsieur Jean-Louis CAMUS, Madame Martine FLEURY, Monsieur David PORCHER, Monsieur Michel DAUBORD, Madame Anne TELLIER, Monsieur Paul MARCQ, Madame Lucie VALET, Monsieur Henri LALANGE (arrivé à 18h50), Monsieur Marc DROZDZ (suppléant de Monsieur Christian BORGEAIS).
Pouvoirs : Monsieur Hervé BARRE à Monsieur David PORCHER, Madame Martine SCHNEIDER à Monsieur Michel DAUBORD.
Absent : Monsieur Gilles CELLEREN.
Secrétaire de séance : Madame Anne TELLIER.
1. Approbation du procès-verbal de la séance du 6 février 2023
Le procès-verbal est approuvé à l'unanimité.
`;

ruleTester(
  attendanceCount,
  bothForms([
    {
      name: 'an extrait whose counts and lists agree',
      code: extrait({ box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 2\nVotants : 13', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
    },
    {
      name: 'the absents counted with the represented (13 = 11 + 2, 15 = 11 + 4)',
      code: extrait({ box: 'En exercice : 15 - Présents : 11 - Absents : 4 - Votants : 13', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
    },
    {
      name: 'the presiding maire named only in the opening sentence is counted among the présents',
      code: extrait({
        box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 2\nVotants : 13',
        lists: `${PRESENTS_11.replace('M. Jean DUPONT, ', '')}\n${POUVOIRS_2}\n${ABSENTS_2}`,
      }),
    },
    {
      name: 'a namesake in the list is not the presiding maire named only in the opening',
      code: extrait({
        box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 2\nVotants : 13',
        lists: `${PRESENTS_11.replace('M. Jean DUPONT, ', 'Mme Marie DUPONT, ').replace(', M. Hugo MERCIER', '')}\n${POUVOIRS_2}\nAbsents : M. Théo CHEVALIER, M. Hugo MERCIER.`,
      }),
    },
    {
      name: 'a member arriving during the meeting is counted or not',
      code: extrait({
        box: 'Nombre de conseillers en exercice : 15\nPrésents : 10\nPouvoirs : 2\nVotants : 12',
        lists: `${PRESENTS_11.replace('M. Hugo MERCIER', 'M. Hugo MERCIER (arrivé à 19h20, à partir du point 2)')}\n${POUVOIRS_2}\n${ABSENTS_2}`,
      }),
    },
    {
      name: 'an EPCI counting its suppléant apart from the présents, an arrival in the list',
      code: EPCI_PV,
    },
    {
      name: 'counts per range of items, a member present for items 1 to 3 only',
      code: perItemPv(PRESENTS_PV),
    },
    {
      name: 'a meeting of the health-crisis period, two proxies to one member (the counts still add up)',
      code: extrait({
        date: 'jeudi 20 janvier 2022',
        box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 3\nVotants : 14',
        lists: `${PRESENTS_11}\n${POUVOIRS_2.replace('.', ', M. Théo CHEVALIER à Mme Claire MARTIN.')}\nAbsente : Mme Léa FRANÇOIS.`,
      }),
    },
    {
      name: 'a configured population whose seats are the members in office',
      code: extrait({ box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 2\nVotants : 13', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
      options: { collectivite: { population: 1200 } } as AnalyzerOptions,
    },
    {
      name: '« présents ou représentés » printed beside the présents is not a count of the represented',
      code: extrait({
        box: 'Nombre de conseillers en exercice : 15\nNombre de membres présents : 11\nNombre de membres présents ou représentés : 13\nNombre de votants : 13',
        lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}`,
      }),
    },
    {
      name: 'more votants than présents + the named proxies, a member in office named nowhere (his proxy may be unsaid)',
      code: extrait({ box: 'Nombre de conseillers en exercice : 16\nPrésents : 11\nVotants : 14', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
    },
    {
      name: 'a member written twice with two spellings of her first name is one member, not one more than in office',
      code: extrait({
        box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 2\nVotants : 13',
        lists: `${PRESENTS_11}\n${POUVOIRS_2}\nAbsents : M. Théo CHEVALIER, Mme Léa FRANÇOIS, Mme Julia MOREAU.`,
      }),
    },
    {
      name: 'no count printed: nothing to compare',
      code: extrait({ box: '', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
    },
    {
      name: 'votants ≠ présents + pouvoirs',
      code: extrait({ box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 2\nVotants : 14', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
      errors: [{ at: 'Votants : |14', message: 'Votants 14, mais présents 11 + représentés 2 = 13.', data: { expected: '13', actual: '14' } }],
    },
    {
      name: 'présents + pouvoirs + absents ≠ en exercice',
      code: extrait({
        box: 'Nombre de conseillers en exercice : 17\nPrésents : 11\nPouvoirs : 2\nAbsents : 2\nVotants : 13',
        lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}`,
      }),
      errors: [{ at: 'Présents : |11\n', message: 'mais 17 membres en exercice', data: { expected: '17', actual: '15' } }],
    },
    {
      name: 'a printed count of présents ≠ the names of the list',
      code: extrait({ box: 'Nombre de conseillers en exercice : 16\nPrésents : 12\nPouvoirs : 2\nVotants : 14', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
      errors: [{ at: 'Présents : |12', message: '12 présents annoncés, mais la liste en nomme 11.', data: { expected: '11', actual: '12' } }],
    },
    {
      name: 'a printed count of absents ≠ the names of the list (nobody gave a proxy)',
      code: extrait({ box: 'Nombre de conseillers en exercice : 14\nPrésents : 11\nAbsents : 3\nVotants : 11', lists: `${PRESENTS_11}\n${ABSENTS_2}` }),
      errors: [{ at: 'Absents : |3', message: '3 absents annoncés, mais la liste en nomme 2.' }],
    },
    {
      name: 'too few votants for the proxies the lists name (no count of proxies)',
      code: extrait({ box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nVotants : 12', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
      errors: [{ at: 'Votants : |12', message: 'Votants 12, mais présents 11 + 2 pouvoirs nommés = 13.' }],
    },
    {
      name: 'more votants than présents + the named proxies, the lists naming every member in office',
      code: extrait({ box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nVotants : 14', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
      errors: [
        {
          at: 'Votants : |14',
          message: 'Votants 14, mais présents 11 + 2 pouvoirs nommés = 13, et les listes nomment les 15 membres en exercice : aucun autre n’a pu donner pouvoir.',
          data: { expected: '13', actual: '14' },
        },
      ],
    },
    {
      name: 'more votants than members in office',
      code: extrait({ box: 'Nombre de conseillers en exercice : 12\nPrésents : 11\nPouvoirs : 2\nVotants : 13', lists: `${PRESENTS_11}\n${POUVOIRS_2}` }),
      errors: [{ at: 'en exercice : |12', message: '12 membres en exercice, mais 13 votants : on ne peut compter plus de membres qu’il n’y en a en exercice.', data: { actual: '12', counted: '13' } }],
    },
    {
      name: 'présents + pouvoirs above the members in office, no votants printed',
      code: extrait({ box: 'Nombre de conseillers en exercice : 12\nPrésents : 11\nPouvoirs : 2', lists: `${PRESENTS_11}\n${POUVOIRS_2}` }),
      errors: [{ at: 'en exercice : |12', message: '12 membres en exercice, mais présents 11 + représentés 2 = 13' }],
    },
    {
      name: 'the lists name more members than in office',
      code: extrait({ box: 'Nombre de conseillers en exercice : 14\nPrésents : 11', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` }),
      errors: [{ at: 'en exercice : |14', message: '14 membres en exercice, mais les listes nomment 15 membres' }],
    },
    {
      name: 'a count of procurations below the présents is theirs, even above the seats the présents leave (11 + 5 for 15)',
      code: extrait({
        box: 'Nombre légal de membres au Conseil municipal 15\nNombre de présents 11\nNombre de procurations 5\nNombre de votants 15',
        lists: `${PRESENTS_11}\n${ABSENTS_2}`,
      }),
      errors: [{ at: 'Nombre de votants |15', message: 'Votants 15, mais présents 11 + représentés 5 = 16.' }],
    },
    {
      name: 'a range of items with more présents than the list names (a member written twice)',
      code: perItemPv(PRESENTS_PV.replace('M. Marc GIRARD', 'Mme Julie MOREAU')),
      errors: [{ at: 'Présents : 10 Présents : |11', message: '11 présents annoncés (De la délibération n°1 à la n°3), mais la liste des présents ne nomme que 10 membres (Mme Julie MOREAU y figure deux fois).' }],
    },
    {
      name: 'an EPCI whose votants exceed présents + suppléants + pouvoirs',
      code: EPCI_PV.replace('Votants : 11', 'Votants : 12'),
      errors: [{ at: 'Votants : |12', message: 'Votants 12, mais présents 8 + représentés 2 = 10 (11 avec le suppléant).' }],
    },
    {
      name: 'members in office ≠ the seats of the configured population (information)',
      code: extrait({ box: 'Nombre de conseillers en exercice : 14\nPrésents : 11\nPouvoirs : 2\nVotants : 13', lists: `${PRESENTS_11}\n${POUVOIRS_2}\nAbsent : M. Théo CHEVALIER.` }),
      options: { collectivite: { population: 1200 } } as AnalyzerOptions,
      errors: [{ at: 'en exercice : |14', message: 'Pour information : 14 conseillers en exercice, pour 15 sièges', data: { expected: '15', actual: '14', figure: 'seats' } }],
    },
  ]),
);

describe('attendance-count: quick fixes and messages', () => {
  it('offers the sum as the preferred fix of votants when présents and pouvoirs are printed', () => {
    const code = extrait({ box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 2\nVotants : 14', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` });
    const [d] = diagnosticsOf(attendanceCount, code);
    expect(d.data?.fixes).toEqual([{ title: 'Corriger le nombre de votants : 13', range: d.range, text: '13', preferred: true }]);
  });

  it('says the seats of the configured population as information, the rule\'s other findings staying errors', () => {
    const code = extrait({ box: 'Nombre de conseillers en exercice : 14\nPrésents : 11\nPouvoirs : 2\nVotants : 14', lists: `${PRESENTS_11}\n${POUVOIRS_2}\nAbsent : M. Théo CHEVALIER.` });
    const found = diagnosticsOf(attendanceCount, code, { collectivite: { population: 1200 } } as AnalyzerOptions);
    expect(found.map((d) => [d.data?.figure ?? d.message.slice(0, 12), d.severity])).toEqual(expect.arrayContaining([['seats', 3]]));
    expect(found.filter((d) => d.data?.figure !== 'seats').every((d) => d.severity === 1)).toBe(true);
    expect(found.length).toBeGreaterThan(1);
    expect(diagnosticsOf(attendanceCount, code, { collectivite: { population: 1200 }, rules: { 'attendance-count': 'hint' } } as AnalyzerOptions).every((d) => d.severity === 4)).toBe(true);
  });

  it('offers the count of names as a fix that is not preferred (a name may be missing)', () => {
    const code = extrait({ box: 'Nombre de conseillers en exercice : 16\nPrésents : 12\nPouvoirs : 2\nVotants : 14', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` });
    const [d] = diagnosticsOf(attendanceCount, code);
    expect(d.data?.fixes).toEqual([{ title: 'Corriger le nombre de présents : 11', range: d.range, text: '11' }]);
  });

  it('speaks English when asked', () => {
    const code = extrait({ box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 2\nVotants : 14', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` });
    expect(diagnosticsOf(attendanceCount, code, { locale: 'en' }).map((d) => d.message)).toEqual(['14 voters, but present 11 + represented 2 = 13.']);
  });
});

describe('attendance-count: the documents above are read', () => {
  it('finds the counts and the lists of the valid documents (a silent rule must not be a blind one)', () => {
    const code = extrait({ box: 'Nombre de conseillers en exercice : 15\nPrésents : 11\nPouvoirs : 2\nVotants : 13', lists: `${PRESENTS_11}\n${POUVOIRS_2}\n${ABSENTS_2}` });
    for (const text of [code, flatten(code), EPCI_PV, flatten(EPCI_PV), perItemPv(PRESENTS_PV), flatten(perItemPv(PRESENTS_PV))]) {
      const [dossier] = createAnalyzer({}).analyze(text).dossiers;
      expect(dossier.meeting.attendance.counts.length, text.slice(0, 60)).toBeGreaterThanOrEqual(4);
      expect(dossier.meeting.attendance.attendees.length).toBeGreaterThanOrEqual(12);
    }
  });
});
