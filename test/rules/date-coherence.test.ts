import { dateCoherence } from '../../engine/rules/date-coherence';
import { ruleTester } from './rule-tester';

/** An extrait du registre written like a commune's, line by line; `flat` makes it one line, as open data does. */
const extrait = (opts: { title?: string; opening?: string; stamp?: string } = {}) =>
  [
    opts.stamp ?? 'Envoyé en préfecture le 03/02/2023 Reçu en préfecture le 03/02/2023 Publié le 03/02/2023 ID : 044-214400105-20230130-DEL2023_004-DE',
    'RÉPUBLIQUE FRANÇAISE',
    'COMMUNE DE SAINT-MARS-DU-DÉSERT',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    opts.title ?? 'Séance du lundi 30 janvier 2023',
    `${opts.opening ?? "L'an deux mille vingt-trois, le trente janvier à vingt heures"}, le Conseil municipal, légalement convoqué le 24 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.`,
    'Nombre de conseillers en exercice : 19 Présents : 15 Votants : 17',
    'Présents : M. Bernard DUPONT, Mme Anne LEROUX, M. Paul GARNIER, Mme Lise MARTIN.',
    'Secrétaire de séance : Mme Anne LEROUX',
    'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.',
  ].join('\n');
const flat = (text: string) => text.replace(/\n/g, ' ');

ruleTester(dateCoherence, {
  valid: [
    { name: 'an extrait whose dates agree', code: extrait() },
    { name: 'the same, flattened', code: flat(extrait()) },
    { name: 'a stamp on the meeting day', code: extrait({ stamp: 'Envoyé en préfecture le 30/01/2023 Reçu en préfecture le 30/01/2023' }) },
  ],
  invalid: [
    {
      name: 'a weekday that is not the date’s',
      code: extrait({ title: 'Séance du mardi 30 janvier 2023' }),
      errors: [{ line: 5, column: 11, message: 'est un lundi, pas un mardi', data: { expected: 'lundi', actual: 'mardi' } }],
    },
    {
      name: 'a weekday that is not the date’s, flattened',
      code: flat(extrait({ title: 'Séance du mardi 30 janvier 2023' })),
      errors: [{ line: 1, message: 'est un lundi, pas un mardi' }],
    },
    {
      name: 'the opening sentence’s year in words differs from the title’s',
      code: extrait({ opening: "L'an deux mille vingt-deux, le trente janvier à vingt heures" }),
      errors: [{ line: 6, message: 'La phrase d’ouverture date la séance du 30 janvier 2022', data: { expected: '2023-01-30', actual: '2022-01-30' } }],
    },
    {
      name: 'a stamp before the meeting, and the ACTES ID dated otherwise',
      code: extrait({ stamp: 'Envoyé en préfecture le 27/01/2023 Reçu en préfecture le 27/01/2023 ID : 044-214400105-20230127-DEL2023_004-DE' }),
      errors: [
        { line: 1, message: 'Envoyé en préfecture le 27/01/2023, avant la séance du 30 janvier 2023' },
        { line: 1, message: 'Reçu en préfecture le 27/01/2023' },
        { line: 1, message: 'porte la date du 27 janvier 2023' },
      ],
    },
  ],
});
