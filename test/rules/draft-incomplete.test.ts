import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { draftIncomplete } from '../../engine/rules/draft-incomplete';
import { corpusText } from '../helpers';
import { ruleTester } from './rule-tester';
import { check, onCorpus, replaceOnce } from './support';

/** A Commission Permanente deliberation written in full, as the skeleton gives it once filled. */
const CP = [
  'DEPARTEMENT DU PAS-DE-CALAIS',
  '',
  'DELIBERATION DE LA COMMISSION PERMANENTE',
  'DU CONSEIL DEPARTEMENTAL',
  '',
  'REUNION DU 23 NOVEMBRE 2025',
  '',
  'PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY',
  '',
  'Secrétaire : Mme Maryse DELASSUS',
  '',
  'Étaient présents : M. Jean-Claude LEROY, Mme Maryse DELASSUS, M. Bertrand PETIT.',
  '',
  'Excusé(s) : M. Alain DUBOIS.',
  '',
  'ATTRIBUTION D’UNE SUBVENTION AU CLUB DE LECTURE',
  '',
  '(N°2025-401)',
  '',
  'La Commission Permanente du Conseil départemental du Pas-de-Calais,',
  '',
  'Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;',
  'Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 « Délégation d’attributions à la Commission Permanente » ;',
  'Vu le rapport du Président du Conseil départemental, ci-annexé ;',
  '',
  'Après en avoir délibéré,',
  '',
  'DECIDE :',
  '',
  'Article 1 :',
  '',
  'D’attribuer une subvention de 1 500 € au Club de lecture de Lens.',
  '',
  'Dans les conditions de vote ci-dessous :',
  '',
  'Pour : 4 voix (Groupe Socialiste, Républicain et Citoyen)',
  'Contre : 0 voix',
  'Abstention : 0 voix',
  '',
  '(Adopté)',
  '',
  'LE PRESIDENT DU CONSEIL DEPARTEMENTAL,',
  '',
  'Jean-Claude LEROY',
  '',
  'ARRAS, le 23 novembre 2025',
].join('\n');

/** A commune's extrait du registre, line-structured. */
const COMMUNE = [
  'COMMUNE DE SAINT-MARS-DU-DÉSERT',
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  'Séance du lundi 30 janvier 2023',
  "L'an deux mille vingt-trois, le trente janvier à vingt heures, le Conseil municipal, légalement convoqué le 24 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.",
  'Nombre de conseillers en exercice : 19 Présents : 15 Votants : 17',
  'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes',
  'Vu la délibération n° 2022-031 du 12 mai 2022 fixant les tarifs ;',
  'Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.',
  'Fait et délibéré à Saint-Mars-du-Désert, le 30 janvier 2023.',
].join('\n');

/** The same extrait, its vote written side by side. */
const COMMUNE_VOTE = COMMUNE.replace(', à l’unanimité, APPROUVE les tarifs.', ', APPROUVE les tarifs.\nPour : 15 Contre : 0 Abstention : 2');

const flat = (text: string) => text.replace(/\n/g, ' ');

ruleTester(draftIncomplete, {
  valid: [
    { name: 'a Commission Permanente deliberation filled in', code: CP },
    { name: 'a commune’s extrait filled in', code: COMMUNE },
    { name: 'the same, flattened', code: flat(COMMUNE) },
    { name: 'a commune’s vote written side by side, every figure there', code: COMMUNE_VOTE },
    { name: 'the same, flattened', code: flat(COMMUNE_VOTE) },
    { name: 'a vote line whose figure is a word (`néant`)', code: CP.replace('Contre : 0 voix', 'Contre : néant') },
    { name: 'a table header `NOM Prénom` and a `Groupe` named in full', code: CP.replace('Excusé(s) : M. Alain DUBOIS.', 'Excusé(s) : M. Alain DUBOIS.\n\nNOM Prénom Groupe') },
    { name: 'prose beginning with `Pour` in the vote block', code: CP.replace('(Adopté)', '(Adopté)\n\nPour : la présente délibération, voir le rapport') },
  ],
  invalid: [
    {
      name: 'a deleted Pour figure, on the vote line',
      code: CP.replace('Pour : 4 voix', 'Pour : voix'),
      errors: [{ line: 36, column: 1, message: 'Le nombre de voix pour n’est pas écrit', data: { figure: 'pour' } }],
    },
    {
      name: 'a Pour line cut after its colon',
      code: CP.replace('Pour : 4 voix (Groupe Socialiste, Républicain et Citoyen)', 'Pour :'),
      errors: [{ line: 36, message: 'Le nombre de voix pour' }],
    },
    {
      name: 'the skeleton’s figure and group left as they were',
      code: CP.replace('Pour : 4 voix (Groupe Socialiste, Républicain et Citoyen)', 'Pour : N voix (Groupe …)'),
      errors: [
        { line: 36, column: 16, message: 'À remplir : « Groupe … »', data: { placeholder: 'Groupe …' } },
        { line: 36, column: 1, message: 'Le nombre de voix pour' },
      ],
    },
    {
      name: 'a missing Contre figure, in English',
      code: CP.replace('Contre : 0 voix', 'Contre :  voix'),
      options: { locale: 'en' },
      errors: [{ line: 37, message: 'The number of votes against is not written', data: { figure: 'contre' } }],
    },
    {
      name: 'the délégation visa’s number and date left as placeholders',
      code: CP.replace('n°2021-257', 'n°AAAA-NNN').replace('en date du 01/07/2021', 'en date du JJ/MM/AAAA'),
      errors: [
        { line: 23, column: 22, message: '« AAAA-NNN »' },
        { line: 23, column: 67, message: '« JJ/MM/AAAA »' },
      ],
    },
    {
      name: 'the title and a person left as placeholders (no one is listed for them)',
      code: CP.replace('ATTRIBUTION D’UNE SUBVENTION AU CLUB DE LECTURE', 'TITRE DE LA DÉLIBÉRATION').replace('Excusé(s) : M. Alain DUBOIS.', 'Excusé(s) : M. Prénom NOM.'),
      errors: [
        { line: 14, column: 16, message: '« Prénom NOM »' },
        { line: 16, column: 1, message: '« TITRE DE LA DÉLIBÉRATION »' },
      ],
    },
    {
      name: 'a commune’s extrait written from a snippet: the date of a visa',
      code: COMMUNE.replace('du 12 mai 2022', 'du JJ/MM/AAAA'),
      errors: [{ line: 7, column: 35, message: '« JJ/MM/AAAA »' }],
    },
    {
      name: 'a commune’s vote whose Pour figure was deleted',
      code: COMMUNE_VOTE.replace('Pour : 15', 'Pour :'),
      errors: [{ line: 9, column: 1, message: 'Le nombre de voix pour n’est pas écrit', data: { figure: 'pour' } }],
    },
    {
      name: 'the same with Contre, flattened',
      code: flat(COMMUNE_VOTE.replace('Contre : 0', 'Contre :')),
      errors: [{ line: 1, message: 'Le nombre de voix contre n’est pas écrit', data: { figure: 'contre' } }],
    },
    {
      name: 'the same, flattened',
      code: flat(COMMUNE.replace('n° 2022-031', 'n° AAAA-NNN')),
      errors: [{ line: 1, message: '« AAAA-NNN »' }],
    },
  ],
});

describe('draft-incomplete', () => {
  it('says nothing on the real corpus', () => {
    expect(onCorpus(draftIncomplete)).toEqual([]);
  });

  it('is the only word on a half-typed vote: the count waits for the figure (commune and département)', () => {
    for (const text of [COMMUNE_VOTE.replace('Pour : 15', 'Pour :'), CP.replace('Pour : 4 voix', 'Pour : voix')]) {
      const found = createAnalyzer().analyze(text).diagnostics.map((d) => `${d.code} ${d.severity}`);
      expect(found).toEqual(['draft-incomplete 3']);
    }
  });

  it('reports a real deliberation whose Pour figure was deleted, as information (000 L83)', () => {
    const text = replaceOnce(corpusText('000'), '43 voix', ' voix');
    const found = check(draftIncomplete, text);
    expect(found.map((d) => [d.range.start.line + 1, d.severity])).toEqual([[83, 3]]);
  });
});
