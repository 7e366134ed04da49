import { dateConvocation } from '../../engine/rules/date-convocation';
import { ruleTester } from './rule-tester';

const extrait = (convocation: string, inOffice = 19, extra = '') =>
  [
    'COMMUNE DE SAINT-MARS-DU-DÉSERT',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du jeudi 16 février 2023',
    `L'an deux mille vingt-trois, le seize février à vingt heures, le Conseil municipal, ${convocation}, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.${extra}`,
    `Nombre de conseillers en exercice : ${inOffice} Présents : 15 Votants : 17`,
    'Délibération n° 2023-011 Objet : Tarifs de la salle des fêtes',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.',
  ].join('\n');
const flat = (text: string) => text.replace(/\n/g, ' ');

ruleTester(dateConvocation, {
  valid: [
    { name: 'three clear days in a commune of 19 seats (under 3 500 inhabitants)', code: extrait('légalement convoqué le 12 février 2023') },
    { name: 'the same, flattened', code: flat(extrait('légalement convoqué le 12 février 2023')) },
    { name: 'five clear days in a commune of 29 seats', code: extrait('légalement convoqué le 10 février 2023', 29) },
    {
      name: 'one clear day in urgency',
      code: extrait('convoqué en urgence le 14 février 2023'),
    },
    {
      name: 'a configured population under 3 500 wins over the seats',
      code: extrait('légalement convoqué le 12 février 2023', 29),
      options: { collectivite: { population: 3200 } } as never,
    },
  ],
  invalid: [
    {
      name: 'convened the day of the meeting',
      code: extrait('légalement convoqué le 16 février 2023'),
      errors: [{ line: 4, message: 'le jour même de la séance', data: { clearDays: -1, required: 3 } }],
    },
    {
      name: 'two clear days where three are needed, flattened',
      code: flat(extrait('légalement convoqué le 13 février 2023')),
      errors: [{ line: 1, message: '2 jours francs avant la séance : il faut 3 jours francs (art. L2121-11', data: { clearDays: 2 } }],
    },
    {
      name: 'four clear days in a commune of 29 seats (3 500 inhabitants and more), in English',
      code: extrait('légalement convoqué le 11 février 2023', 29),
      options: { locale: 'en' },
      errors: [{ line: 4, message: '5 clear days are required (CGCT art. L2121-12; 29 members in office (art. L2121-2))' }],
    },
  ],
});
