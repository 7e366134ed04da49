import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import type { AnalyzerOptions } from '../../engine/options';
import { voteQuorum } from '../../engine/rules/vote-quorum';
import { corpusText } from '../helpers';
import { bothForms } from './inline/cases';
import { diagnosticsOf, ruleTester } from './rule-tester';
import { check, onCorpus } from './support';

/** Moves the first `n` présents of 000 (L12–13) to an `Absent(s)` list. */
function withoutPresents(text: string, names: string[]): string {
  let out = text;
  for (const name of names) out = out.replace(`${name}, `, '');
  return out.replace('Excusé(s)  :', `Absent(s) : ${names.join(', ')}.\n\nExcusé(s)  :`);
}

describe('vote-quorum', () => {
  it('finds nothing on the real corpus (the lowest is 2022-104: 35 + 7 ≥ 23)', () => {
    expect(onCorpus(voteQuorum)).toEqual([]);
    expect(onCorpus(voteQuorum, { assembly: { size: 44 } })).toEqual([]);
  });

  it('reports a meeting where présents + excusés are not a majority of the configured size', () => {
    // 000: 32 présents + 11 excusés = 43; with 90 members in office, 46 are needed.
    const [d] = check(voteQuorum, corpusText('000'), { assembly: { size: 90 } });
    expect(d.message).toBe('Quorum non atteint : présents + excusés = 43, il en faut 46 sur 90 membres (art. L3121-14-1 du CGCT).');
    expect(d.range.start.line).toBe(11);
  });

  it('applies the health-crisis quorum by the meeting date: one third, present or represented (loi 2021-1465)', () => {
    // 000 held on 27 September 2022 needs 46 of 90; the same meeting on 27 June 2022 needs 30.
    const june = corpusText('000').replace('REUNION DU 27 SEPTEMBRE 2022', 'REUNION DU 27 JUIN 2022');
    expect(check(voteQuorum, june, { assembly: { size: 90 } })).toEqual([]);
    const [d] = check(voteQuorum, june, { assembly: { size: 130 } });
    expect(d.message).toBe('Quorum non atteint : présents + excusés = 43, il en faut 44 sur 130 membres (loi n° 2021-1465 du 10 novembre 2021, art. 10).');
  });

  it('reports more excusés than présents (one proxy per member, L.3121-16)', () => {
    const names = corpusText('000').split('\n')[11].replace('Étaient présents : ', '').split(', ').slice(0, 3);
    const text = withoutPresents(corpusText('000'), names);
    expect(check(voteQuorum, text)).toEqual([]);
    const many = `Étaient présents : M. Jean-Claude LEROY, Mme Maryse DELASSUS.\n\nExcusé(s) : M. Alain MEQUIGNON, Mme Evelyne NACHEL, M. Marc SARPAUX.\n`;
    const messages = check(voteQuorum, many).map((d) => d.message);
    expect(messages).toContain('3 excusés pour 2 présents : chaque présent ne peut recevoir qu’une délégation de vote (art. L.3121-16 du CGCT).');
  });
});

// ── Every other assembly ─────────────────────────────────────────────────────────────────────

/** An extrait of a commune with its box of counts. */
function extrait(box: string, date: [string, string] = ['lundi 16 janvier 2023', 'deux mille vingt-trois, le seize janvier']): string {
  return `RÉPUBLIQUE FRANÇAISE
COMMUNE DE SAINT-AUBIN-LES-BOIS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du ${date[0]}
L'an ${date[1]} à dix-neuf heures, le Conseil municipal de la commune de Saint-Aubin-les-Bois, légalement convoqué, s'est réuni à la mairie sous la présidence de M. Jean DUPONT, Maire.
${box}
Secrétaire de séance : Mme Claire MARTIN.
Objet : Budget primitif
Le Conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE le budget primitif.
`;
}

const JANUARY_2022: [string, string] = ['dimanche 16 janvier 2022', 'deux mille vingt-deux, le seize janvier'];

/** A procès-verbal printing présents per range of items before its opening (as Montreuil's). */
function perItem(presents: [number, number, number], absents: [number, number, number]): string {
  return `RÉPUBLIQUE FRANÇAISE
Ville de Saint-Aubin-les-Bois
CONSEIL MUNICIPAL
Séance du 7 décembre 2022
PROCÈS VERBAL
Nombre de membres composant le conseil : 15
A l'ouverture De la délibération n°1 à la n°3 De la délibération n° 4 à la fin
Présents : ${presents[0]} Présents : ${presents[1]} Présents : ${presents[2]}
Absents : ${absents[0]} Absents : ${absents[1]} Absents : ${absents[2]}
Pouvoirs : 2 Pouvoirs : 2 Pouvoirs : 2
L’an 2022, le 7 décembre à 19h12 les membres du conseil municipal se sont réunis en séance publique en Salle des fêtes de l'Hôtel de Ville sur convocation en date du 28 novembre 2022
1. Budget primitif 2023
Le Conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE le budget primitif 2023.
`;
}

/** Lists only, no count but `box`: seven présents, two represented, and `absents` absent. */
function namedOnly(absents: string, box = ''): string {
  return `RÉPUBLIQUE FRANÇAISE
COMMUNE DE SAINT-AUBIN-LES-BOIS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du lundi 16 janvier 2023
L'an deux mille vingt-trois, le seize janvier à dix-neuf heures, le Conseil municipal, légalement convoqué le 10 janvier 2023, s'est réuni à la mairie sous la présidence de M. Jean DUPONT, Maire.
${box}
Présents : M. Jean DUPONT, Mme Claire MARTIN, M. Paul LEROY, Mme Anne BERNARD, M. Louis PETIT, Mme Julie MOREAU, M. Marc GIRARD.
Absents ayant donné pouvoir : M. Luc ROBIN à Mme Claire MARTIN, Mme Inès GARNIER à M. Paul LEROY.
Absents : ${absents}
Secrétaire de séance : Mme Claire MARTIN.
Objet : Budget primitif 2023
Le Conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE le budget primitif 2023.
`;
}

const REGION = `RÉGION ÎLE-DE-FRANCE
CONSEIL RÉGIONAL
DÉLIBÉRATION N° CR 2023-012 DU 9 FÉVRIER 2023
Séance du jeudi 9 février 2023
Nombre de conseillers régionaux en exercice : 209
Présents : 100
Pouvoirs : 60
Votants : 160
LE CONSEIL RÉGIONAL D'ÎLE-DE-FRANCE,
VU le code général des collectivités territoriales ;
APRÈS EN AVOIR DÉLIBÉRÉ,
DÉCIDE :
Article 1 : approuve le rapport.
`;

const EPCI = `COMMUNAUTÉ DE COMMUNES DU PAYS DES ÉTANGS
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 13 MARS 2023
L'an deux mille vingt-trois, le treize mars à 18h30, le Conseil communautaire, dûment convoqué le 6 mars 2023, s'est réuni à la salle des fêtes sous la présidence de Monsieur Jean-Louis CAMUS.
Nombre de délégués en exercice : 40
Présents : 20
Suppléants : 1
Pouvoirs : 8
Votants : 29
1. Approbation du procès-verbal de la séance du 6 février 2023
Le procès-verbal est approuvé à l'unanimité.
`;

ruleTester(
  voteQuorum,
  bothForms([
    { name: 'a commune at its quorum: 15 présents of 29', code: extrait('Nombre de conseillers en exercice : 29\nPrésents : 15\nPouvoirs : 4\nVotants : 19') },
    {
      name: 'the health-crisis period: 9 présents and 6 pouvoirs of 29, one third present or represented',
      code: extrait('Nombre de conseillers en exercice : 29\nPrésents : 9\nPouvoirs : 6\nVotants : 15', JANUARY_2022),
    },
    {
      name: 'a meeting reconvened after a first one lacked its quorum needs none',
      code: extrait('Nombre de conseillers en exercice : 29\nPrésents : 10\nPouvoirs : 4\nVotants : 14').replace(
        "L'an deux mille vingt-trois, le seize janvier à dix-neuf heures, le Conseil municipal de la commune de Saint-Aubin-les-Bois, légalement convoqué,",
        "Le quorum n'ayant pas été atteint lors de la séance du 9 janvier 2023, le Conseil municipal, à nouveau convoqué le 12 janvier 2023,",
      ),
    },
    { name: 'a printed quorum that is the legal figure', code: extrait('Nombre de conseillers en exercice : 35\nPrésents : 28\nQuorum : 18\nPouvoirs : 4\nVotants : 32') },
    {
      name: 'the ordinary majority printed as the quorum in the health-crisis period',
      code: extrait('Nombre de conseillers en exercice : 29\nPrésents : 20\nQuorum : 15\nPouvoirs : 4\nVotants : 24', JANUARY_2022),
    },
    {
      name: '« Quorum : 22 présents sur 26 » gives the présents, not the figure required (as Grand Bourg writes it)',
      code: `GRAND BOURG AGGLOMÉRATION
BUREAU du lundi 16 janvier 2023
PROCES-VERBAL
Sous la présidence de Monsieur Bernard BIENVENU, 1er Vice-Président.
Présents : Bernard BIENVENU, Monique WIEL, Michel FONTAINE, Guillaume FAUVET, Isabelle MAISTRE, Walter MARTIN, Virginie GRIGNOLA-BERNARD (jusqu'à la DB-2023-018), Jean-Yves FLOCHON, Valérie GUYON, Sylviane CHENE, Jean-Pierre ROCHE, Emmanuelle MERLE, Claudie SAINT-ANDRE, Sébastien GOBERT, Jean-Marc THEVENET, Yves CRISTIN, Thierry MOIROUX, Thierry PALLEGOIX, Jean-Luc ROUX, André TONNELLIER, Bruno RAFFIN, Michel LEMAIRE
Excusés : Jean-François DEBAT (jusqu’à la DB-2023-018), Eric THOMAS, Jonathan GINDRE, Aimé NICOLIER
Secrétaire de Séance : Guillaume FAUVET
Quorum : 22 présents sur 26
Par convocation en date du 09 janvier 2023, l’ordre du jour est le suivant :
`,
      options: { collectivite: { members: 26 } } as AnalyzerOptions,
    },
    { name: 'présents per range of items, each at the quorum', code: perItem([10, 11, 8], [3, 2, 5]) },
    { name: 'lists only, naming every one of the 13 members in office: 7 présents', code: namedOnly('M. Théo CHEVALIER, Mme Léa FRANÇOIS, Mme Sophie ROUX, M. Éric FAURE.', 'Nombre de conseillers en exercice : 13') },
    {
      name: 'lists only, no members in office printed or configured: a list cut short would look like a missing quorum, nothing is judged',
      code: namedOnly('M. Théo CHEVALIER, Mme Léa FRANÇOIS, Mme Sophie ROUX, M. Éric FAURE, Mme Nadia BLANC, M. Hugo MERCIER.'),
    },
    {
      name: 'lists naming fewer members than are in office: unnamed members may be present, nothing is judged',
      code: namedOnly('M. Théo CHEVALIER, Mme Léa FRANÇOIS, Mme Sophie ROUX, M. Éric FAURE, Mme Nadia BLANC, M. Hugo MERCIER.', 'Nombre de conseillers en exercice : 19'),
    },
    {
      name: 'no meeting date read: the law of the day is not known, nothing is judged',
      code: extrait('Nombre de conseillers en exercice : 29\nPrésents : 9\nPouvoirs : 6\nVotants : 15', ['', 'deux mille vingt-trois']),
    },
    { name: 'an EPCI whose suppléant makes the quorum (20 présents + 1 suppléant of 40)', code: EPCI },
    {
      name: 'a commune below its quorum: 14 présents of 29',
      code: extrait('Nombre de conseillers en exercice : 29\nPrésents : 14\nPouvoirs : 6\nVotants : 20'),
      errors: [{ at: 'Présents : |14', message: 'Quorum non atteint : 14 membres présents, il en faut 15 sur 29 en exercice (art. L2121-17 du CGCT).', data: { expected: '15', actual: '14' } }],
    },
    {
      name: 'a printed quorum that is not the legal figure (17 for 35)',
      code: extrait('Nombre de conseillers en exercice : 35\nPrésents : 28\nQuorum : 17\nPouvoirs : 4\nVotants : 32'),
      errors: [{ at: 'Quorum : |17', message: 'Quorum imprimé 17, mais le quorum légal est 18 pour 35 membres en exercice (art. L2121-17 du CGCT).', data: { expected: '18', actual: '17' } }],
    },
    {
      name: 'the health-crisis period: 5 présents and 4 pouvoirs of 29, below one third',
      code: extrait('Nombre de conseillers en exercice : 29\nPrésents : 5\nPouvoirs : 4\nVotants : 9', JANUARY_2022),
      errors: [{ at: 'Présents : |5', message: 'Quorum non atteint : 9 membres présents ou représentés, il en faut 10 sur 29 en exercice (loi n° 2021-1465 du 10 novembre 2021, art. 10, régime de crise sanitaire).' }],
    },
    {
      name: 'a printed quorum in the health-crisis period that is neither the third nor the majority',
      code: extrait('Nombre de conseillers en exercice : 29\nPrésents : 20\nQuorum : 12\nPouvoirs : 4\nVotants : 24', JANUARY_2022),
      errors: [{ at: 'Quorum : |12', message: 'Quorum imprimé 12, mais le quorum légal est 15 ou 10 pour 29 membres en exercice (art. L2121-17 du CGCT ; 10 en régime de crise sanitaire' }],
    },
    {
      name: 'présents per range of items, one range below the quorum',
      code: perItem([10, 11, 7], [3, 2, 6]),
      errors: [{ at: 'Présents : 11 Présents : |7', message: 'Quorum non atteint (De la délibération n° 4 à la fin) : 7 membres présents, il en faut 8 sur 15 en exercice' }],
    },
    {
      name: 'lists only, naming every one of the 15 members in office: 7 présents',
      code: namedOnly('M. Théo CHEVALIER, Mme Léa FRANÇOIS, Mme Sophie ROUX, M. Éric FAURE, Mme Nadia BLANC, M. Hugo MERCIER.', 'Nombre de conseillers en exercice : 15'),
      errors: [{ at: 'Présents : |M. Jean DUPONT', message: 'Quorum non atteint : 7 membres présents, il en faut 8 sur 15 en exercice (art. L2121-17 du CGCT).' }],
    },
    {
      name: 'lists only, with the members in office configured',
      code: namedOnly('M. Théo CHEVALIER, Mme Léa FRANÇOIS, Mme Sophie ROUX, M. Éric FAURE, Mme Nadia BLANC.'),
      options: { collectivite: { members: 14 } } as AnalyzerOptions,
      errors: [{ at: 'Présents : |M. Jean DUPONT', message: 'Quorum non atteint : 7 membres présents, il en faut 8 sur 14 en exercice (art. L2121-17 du CGCT).' }],
    },
    {
      name: 'an EPCI below its quorum even with its suppléant',
      code: EPCI.replace('Présents : 20', 'Présents : 18').replace('Votants : 29', 'Votants : 27'),
      errors: [{ at: 'Présents : |18', message: 'Quorum non atteint : 19 membres présents, il en faut 21 sur 40 en exercice (art. L2121-17 (L5211-1) du CGCT).' }],
    },
    {
      name: 'a conseil régional below the majority of its members (L4132-13)',
      code: REGION,
      errors: [{ at: 'Présents : |100', message: 'Quorum non atteint : 100 membres présents, il en faut 105 sur 209 en exercice (art. L4132-13 du CGCT).' }],
    },
  ]),
);

describe('vote-quorum (every assembly): fixes and language', () => {
  it('offers the legal quorum as the preferred fix outside the health-crisis periods', () => {
    const [d] = diagnosticsOf(voteQuorum, extrait('Nombre de conseillers en exercice : 35\nPrésents : 28\nQuorum : 17\nPouvoirs : 4\nVotants : 32'));
    expect(d.data?.fixes).toEqual([{ title: 'Corriger le quorum : 18', range: d.range, text: '18', preferred: true }]);
  });

  it('offers both figures, neither preferred, in a health-crisis period', () => {
    const [d] = diagnosticsOf(voteQuorum, extrait('Nombre de conseillers en exercice : 29\nPrésents : 20\nQuorum : 12\nPouvoirs : 4\nVotants : 24', JANUARY_2022));
    expect(d.data?.fixes).toEqual([
      { title: 'Corriger le quorum : 15', range: d.range, text: '15' },
      { title: 'Corriger le quorum : 10', range: d.range, text: '10' },
    ]);
  });

  it('offers no fix for a quorum not reached', () => {
    const [d] = diagnosticsOf(voteQuorum, extrait('Nombre de conseillers en exercice : 29\nPrésents : 14\nPouvoirs : 6\nVotants : 20'));
    expect(d.data?.fixes).toBeUndefined();
  });

  it('speaks English when asked', () => {
    const messages = diagnosticsOf(voteQuorum, extrait('Nombre de conseillers en exercice : 29\nPrésents : 14\nPouvoirs : 6\nVotants : 20'), { locale: 'en' }).map((d) => d.message);
    expect(messages).toEqual(['No quorum: 14 members present, 15 of 29 in office are needed (CGCT L2121-17).']);
  });

  it('reads the reconvened meeting and the per-item présents it relies on', () => {
    const [dossier] = createAnalyzer({}).analyze(perItem([10, 11, 7], [3, 2, 6])).dossiers;
    expect(dossier.meeting.attendance.counts.filter((c) => c.kind === 'present' && c.items).map((c) => c.value)).toEqual([10, 11, 7]);
  });
});
