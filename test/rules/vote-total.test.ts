import { describe, expect, it } from 'vitest';
import { cantineExtrait } from './inline/commune';
import { voteTotal } from '../../engine/rules/vote-total';
import { corpusText } from '../helpers';
import { check, onCorpus, replaceOnce } from './support';
import { ruleTester, type InvalidCase, type ValidCase } from './rule-tester';

describe('vote-total', () => {
  it('finds nothing on the real corpus (V1 holds in all 33 deliberations, domain.md §2.4)', () => {
    expect(onCorpus(voteTotal)).toEqual([]);
  });

  it('reports a Pour figure that was not updated, on the figure, with the expected value', () => {
    // 000: 32 présents + 11 excusés = 43 (L12–29), Pour 43 at L83.
    const text = replaceOnce(corpusText('000'), '43 voix', '42 voix');
    const [d] = check(voteTotal, text);
    expect(d.message).toBe('Pour + Contre + Abstention = 42, mais présents + excusés = 43 (32 + 11).');
    expect(d.range).toEqual({ start: { line: 82, character: 9 }, end: { line: 82, character: 11 } });
    expect(d.code).toBe('vote-total');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '43', actual: '42' });
    expect(d.relatedInformation?.map((r) => r.location.range.start.line)).toEqual([11, 22]);
  });

  it('reports an abstention added without lowering Pour, in English when asked', () => {
    const text = replaceOnce(corpusText('000'), 'Abstention : 0 voix', 'Abstention : 1 voix');
    const [d] = check(voteTotal, text, { locale: 'en' });
    expect(d.message).toBe('For + Against + Abstention = 44, but present + excused = 43 (32 + 11).'.replace('For', 'Pour').replace('Against', 'Contre'));
    expect(d.data).toMatchObject({ expected: '42' });
  });

  it('counts « Ne prend pas part au vote » with the others', () => {
    const text = replaceOnce(corpusText('000'), 'Abstention : 0 voix', 'Abstention : 0 voix\nNe prend pas part au vote : 1');
    const [d] = check(voteTotal, text);
    expect(d.message).toContain('Pour + Contre + Abstention + NPPV = 44');
  });
});

// ── Every other assembly: inline documents written like the real ones, each line-structured and
// flattened to one line (the PDF text layer of ../shared/external). ─────────────────────────────

/** One line, as the PDF text layer gives it. */
const flat = (code: string) => code.replace(/\n/g, ' ');

/** 1-based line and column of the first occurrence of `fragment` in `code`. */
function at(code: string, fragment: string): { line: number; column: number } {
  const index = code.indexOf(fragment);
  if (index < 0) throw new Error(`'${fragment}' not in the document`);
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function valid(name: string, code: string, options?: ValidCase['options']): ValidCase[] {
  return [
    { name: `${name} (lines)`, code, options },
    { name: `${name} (one line)`, code: flat(code), options },
  ];
}

function invalid(name: string, code: string, errors: { at: string; message: string; data?: Record<string, unknown> }[], options?: ValidCase['options']): InvalidCase[] {
  return [code, flat(code)].map((text, k) => ({
    name: `${name} (${k === 0 ? 'lines' : 'one line'})`,
    code: text,
    options,
    errors: errors.map((e) => ({ ...at(text, e.at), message: e.message, data: e.data })),
  }));
}

const PV_EPCI = (items: string, attendance = '') => `COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 13 MARS 2023
L'an deux mille vingt-trois, le treize mars à dix-huit heures trente, le Conseil communautaire, régulièrement convoqué le 6 mars 2023, s'est réuni à la salle des fêtes sous la présidence de M. Jean-Louis CAMUS, Président.
Nombre de conseillers en exercice : 33
Nombre de présents : 26
Nombre de pouvoirs : 3
Nombre de votants : 29
Présents : M. Jean-Louis CAMUS, Mme Nathalie LEBLANC, M. Alain BENARD, Mme Danièle GUILLAUME, M. Janick ALARY, M. Gérard SERER, M. Jean HUREL, M. Daniel PERRIN, M. François LALOT, M. Claude ABLITZER, Mme Brigitte PINEAU, M. Yves PETIBON, M. Dominique ARNAUD, M. Patrick BOURDY, Mme Martine SALMON, Mme Elisabeth RICHARD, Mme Ghislaine NICOLAS, M. Laurent THIEUX, Mme Sophie DUMAGNOU, Mme Gisèle BENOIT, M. Jean-Claude QUILLET, Mme Anne-Marie LEGER, M. Gilles AUGEREAU, Mme Valérie DEPLOBIN, M. Olivier VIEMONT${attendance}, Mme Sonia SUUN.
Pouvoirs : Mme Carol PASQUET à M. Claude ABLITZER, Mme Annie BLONDEAU à M. Patrick BOURDY, Mme Axelle TREHIN à M. Daniel PERRIN.
Absents : M. Jean-Bernard LELOUP, M. Frédéric LIBOUREL, M. Fabien COSTE, M. Claude CHARRON.
Secrétaire de séance : Mme Nathalie LEBLANC.
N° 01/03-2023 – Approbation du procès-verbal du 6 février 2023
Le Conseil communautaire, après en avoir délibéré, à l'unanimité, approuve le procès-verbal.
${items}`;

const NIHERNE = (date: string, inWords: string, vote: string) => `COMMUNE DE NIHERNE
PROCÈS-VERBAL DU CONSEIL MUNICIPAL
Séance du ${date}
L'an ${inWords} à 18h30, le Conseil Municipal, légalement convoqué, s'est réuni sous la présidence de Monsieur Bruno MARDELLE, Maire.
Nombre de membres en exercice : 15 – Présents : 10 – Pouvoirs : 4 – Votants : 14
Présents : MM. Bruno MARDELLE, Éric VERDIER, Johann NIVET, Philippe NOIROT, Franck HAVET, Mmes Séverine GAGNERON, Claudine DELHOMENIE, Sylvie MARTIN, Anne MARCHÉ, Marie-Noëlle BESNARD.
Pouvoirs : Mme Céline BARON à M. Bruno MARDELLE, M. Serge LACOT à M. Bruno MARDELLE, M. Gilles RONDEAU à M. Éric VERDIER, M. Alexandre ALBERT à M. Éric VERDIER.
Absente excusée : Mme Angélique LABESSE.
1. Compte administratif 2019 du budget principal
Monsieur le Maire quitte la séance au moment du vote. Le Conseil municipal, sous la présidence de M. Éric VERDIER, approuve le compte administratif 2019.
${vote}
2. Tarifs de la salle des fêtes
Le Conseil municipal, à l'unanimité, adopte les tarifs.`;

const LANNEMEZAN = (expressed: number) => `Communauté de Communes du Plateau de Lannemezan
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE
Nombre de Conseillers Communautaires :
- en exercice : 82
- présents titulaires : 50
- présents suppléants : 5
- procurations : 8
- votants : 63
- suffrages exprimés : ${expressed}
- abstentions : 0
- pour : 62
- contre : 1
DÉLIBÉRATION n° 2022/174
L'an deux mille vingt-deux et le 22 novembre à 18 heures trente, le Conseil Communautaire du Plateau de LANNEMEZAN, légalement convoqué le 15 novembre 2022, s'est réuni, à la salle des fêtes de LANNEMEZAN, sous la présidence de Monsieur Bernard PLANO.
Objet : Centre aquatique intercommunal : recours à la géothermie par sondes sèches
Le Conseil communautaire, après en avoir délibéré, APPROUVE le recours à la géothermie.`;

/** A commune's procès-verbal whose votants are all its members in office (as Saint-Denis prints them). */
const ALL_IN_OFFICE = (vote: string) => `VILLE DE SAINT-AUBIN-SUR-SEINE
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL
(en application de l’article L. 2121-25 du Code général des collectivités territoriales)
Nombre légal de membres au Conseil municipal 29 Nombre de présents 26 Nombre de procurations 3 Nombre de votants 29
Le Conseil municipal, lors de sa séance du mercredi 25 janvier 2023 à l’Hôtel de Ville, sous la présidence de M. Mathieu HANOTIN, Maire, a adopté les délibérations suivantes :
Délibération n° 2023-002 : Tarifs des équipements sportifs
${vote}`;

ruleTester(voteTotal, {
  valid: [
    ...valid('two figures adding up to votants that are all the members in office', ALL_IN_OFFICE('à la majorité 26 votes pour 3 votes contre')),
    ...valid('two figures short of votants that are all the members in office: a member may have left', ALL_IN_OFFICE('à la majorité 25 votes pour 3 votes contre')),
    ...valid(
      'two figures above the meeting’s votants, members in office not all there: one may have come in',
      PV_EPCI(`N° 02/03-2023 – Tarifs de la redevance des ordures ménagères
Le Conseil communautaire, par 28 voix pour et 2 abstentions, FIXE les tarifs de la redevance.`),
    ),
    ...valid('an extrait whose votes add up to its votants: 11 + 1 + 1 = 13', cantineExtrait('par 11 voix pour, 1 voix contre (M. Paul DURAND) et 1 abstention (Mme Julie ROUX),')),
    ...valid(
      'a procès-verbal whose items add up to the meeting’s 29 votants, the compte administratif without its président',
      PV_EPCI(`N° 02/03-2023 – Tarifs de la redevance des ordures ménagères
Le Conseil communautaire, après en avoir délibéré,
VOTE : 27 POUR – 0 CONTRE – 2 ABSTENTIONS
FIXE les tarifs de la redevance.
N° 03/03-2023 – Ouverture de crédits d'investissement
Le Conseil communautaire, à 15 voix pour, 10 voix contre et 4 abstentions, ACCEPTE l'ouverture des crédits.
N° 04/03-2023 – Compte administratif 2022 du budget principal
Monsieur le Président quitte la salle. Le Conseil communautaire, sous la présidence de Mme Nathalie LEBLANC, APPROUVE le compte administratif 2022.
Pour : 26 – Contre : 0 – Abstentions : 2`),
    ),
    ...valid(
      'one figure alone is not the whole breakdown (par 20 voix pour)',
      PV_EPCI(`N° 02/03-2023 – Tarifs de la redevance des ordures ménagères
Le Conseil communautaire, après en avoir délibéré, par 20 voix pour, FIXE les tarifs de la redevance.`),
    ),
    ...valid(
      'a sentence that leaves out a figure is not judged against the meeting’s votants (a member taking no part, said in passing)',
      PV_EPCI(`N° 02/03-2023 – Subvention à l'association des parents d'élèves
Le Conseil communautaire, par 26 voix pour et 2 abstentions, M. Claude ABLITZER ne prenant pas part au vote, ATTRIBUE la subvention.
N° 03/03-2023 – Subvention au comité des fêtes
M. Claude ABLITZER, intéressé, quitte la salle et ne prend pas part au vote.
Le Conseil communautaire, par 26 voix pour et 2 abstentions, ATTRIBUE la subvention.`),
    ),
    ...valid(
      'members taking no part counted among the votants, or beside them',
      PV_EPCI(`N° 02/03-2023 – Subvention à l'office de tourisme
Le Conseil communautaire, après en avoir délibéré,
Vote pour : 25 – Contre : 0 – Abstention : 2 – Ne prend pas part au vote : 2
ATTRIBUE la subvention.
N° 03/03-2023 – Subvention au comité des fêtes
Le Conseil communautaire, après en avoir délibéré,
Vote pour : 27 – Contre : 0 – Abstention : 2 – Ne prend pas part au vote : 2
ATTRIBUE la subvention.`),
    ),
    ...valid(
      'an arrival during the meeting: the meeting’s votants are not the items’',
      PV_EPCI(
        `N° 02/03-2023 – Tarifs de la redevance des ordures ménagères
Le Conseil communautaire, après en avoir délibéré,
VOTE : 26 POUR – 0 CONTRE – 2 ABSTENTIONS
FIXE les tarifs de la redevance.`,
        ' (arrivé à 19h07)',
      ),
    ),
    ...valid(
      'health crisis: the compte administratif voted without the maire and the two proxies he holds',
      NIHERNE('20 novembre 2020', 'deux mil vingt, le vingt novembre', 'Pour : 10 – Contre : 0 – Abstention : 1'),
    ),
    ...valid('suffrages exprimés = votants − abstentions = pour + contre', LANNEMEZAN(63)),
    ...valid(
      'a secret ballot: blank ballots are among the votants and in no figure',
      `COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND CHAMBORD
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE
Séance du 28 juin 2022
L'an deux mille vingt-deux, le vingt-huit juin à dix-huit heures, le Conseil communautaire, dûment convoqué le 21 juin 2022, s'est réuni sous la présidence de M. Gilles CLÉMENT, Président.
Nombre de conseillers en exercice : 33 – Présents : 26 – Pouvoirs : 3 – Votants : 29
Délibération n° 2022-069 : Élection d'un vice-président
Il est procédé au vote au scrutin secret. Suffrages exprimés : 27 – Pour : 20 – Contre : 7
Adopté.`,
    ),
    ...valid(
      'a région’s act: 120 + 50 + 35 = 205 votants, 170 suffrages exprimés',
      `CONSEIL RÉGIONAL D'ÎLE-DE-FRANCE
DÉLIBÉRATION N° CR 2023-012 DU 25 JANVIER 2023
POLITIQUE RÉGIONALE EN FAVEUR DES LYCÉES
Le Conseil régional d'Île-de-France,
VU le code général des collectivités territoriales ;
VU le rapport n° CR 2023-012 présenté par madame la présidente du conseil régional ;
APRÈS EN AVOIR DÉLIBÉRÉ,
DÉCIDE :
Article 1 : approuve le programme d'investissement 2023 des lycées.
Votants : 205 – Suffrages exprimés : 170 – Pour : 120 – Contre : 50 – Abstentions : 35
Adopté.`,
    ),
  ],
  invalid: [
    ...invalid('two figures above votants that are all the members in office: no one can have come in', ALL_IN_OFFICE('à la majorité 27 votes pour 3 votes contre'), [
      { at: '27 votes pour', message: '27 pour + 3 contre = 30, mais 29 votants de la séance, tous les membres en exercice.' },
    ]),
    ...invalid('an extrait whose Pour was not lowered: 10 + 1 + 1 = 12 for 13 votants, fixed on Pour', cantineExtrait('par 10 voix pour, 1 voix contre (M. Paul DURAND) et 1 abstention (Mme Julie ROUX),'), [
      { at: '10 voix pour', message: '10 pour + 1 contre + 1 abstention = 12, mais 13 votants.', data: { expected: '11', actual: '10', figure: 'pour' } },
    ]),
    ...invalid(
      'the same, in English',
      cantineExtrait('par 10 voix pour, 1 voix contre (M. Paul DURAND) et 1 abstention (Mme Julie ROUX),'),
      [{ at: '10 voix pour', message: '10 for + 1 against + 1 abstention = 12, but 13 voters.' }],
      { locale: 'en' },
    ),
    ...invalid(
      'a procès-verbal item one vote short of the meeting’s votants: no fix, which figure is wrong is not known',
      PV_EPCI(`N° 02/03-2023 – Tarifs de la redevance des ordures ménagères
Le Conseil communautaire, après en avoir délibéré,
VOTE : 26 POUR – 0 CONTRE – 2 ABSTENTIONS
FIXE les tarifs de la redevance.`),
      [{ at: '26 POUR', message: '26 pour + 0 contre + 2 abstentions = 28, mais 29 votants de la séance.', data: { actual: '28', voters: 29 } }],
    ),
    ...invalid('one figure alone above the votants', cantineExtrait('par 14 voix pour,'), [{ at: '14 voix pour', message: '14 pour = 14, mais 13 votants.' }]),
    ...invalid(
      'neither reading of the members taking no part adds up',
      PV_EPCI(`N° 02/03-2023 – Subvention à l'office de tourisme
Le Conseil communautaire, après en avoir délibéré,
Vote pour : 24 – Contre : 0 – Abstention : 2 – Ne prend pas part au vote : 2
ATTRIBUE la subvention.`),
      [{ at: '24 – Contre', message: '24 pour + 0 contre + 2 abstentions = 26 (28 avec 2 NPPV), mais 29 votants de la séance.' }],
    ),
    ...invalid(
      'a departure during the meeting: the item’s own votants are read',
      PV_EPCI(
        `N° 02/03-2023 – Tarifs de la redevance des ordures ménagères
Le Conseil communautaire, après en avoir délibéré,
Votants : 28 – Pour : 24 – Contre : 0 – Abstentions : 2
FIXE les tarifs de la redevance.`,
        ' (départ à 20h15)',
      ),
      [{ at: '24 – Contre', message: '24 pour + 0 contre + 2 abstentions = 26, mais 28 votants.' }],
    ),
    ...invalid(
      'the compte administratif short by more than the maire and the proxies he may hold',
      NIHERNE('20 novembre 2020', 'deux mil vingt, le vingt novembre', 'Pour : 9 – Contre : 0 – Abstention : 1'),
      [{ at: '9 – Contre', message: '9 pour + 0 contre + 1 abstention = 10, mais 14 votants de la séance.' }],
    ),
    ...invalid(
      'outside the health crisis the maire holds one proxy at most',
      NIHERNE('20 novembre 2023', 'deux mil vingt-trois, le vingt novembre', 'Pour : 10 – Contre : 0 – Abstention : 1'),
      [{ at: '10 – Contre', message: '10 pour + 0 contre + 1 abstention = 11, mais 14 votants de la séance.' }],
    ),
    ...invalid('suffrages exprimés that are not votants − abstentions, fixed when pour + contre agrees', LANNEMEZAN(61), [
      {
        at: '61',
        message: '61 suffrages exprimés, mais votants − abstentions = 63 − 0 = 63.',
        data: { expected: '63', actual: '61', figure: 'exprimes' },
      },
    ]),
  ],
});
