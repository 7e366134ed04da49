import { readNotice } from '../../engine/rules/read-notice';
import { ruleTester } from './rule-tester';

const flat = (text: string) => text.replace(/\n/g, ' ');

const EXTRAIT = [
  'COMMUNE DE SAINT-MARS-DU-DÉSERT',
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  'Séance du lundi 30 janvier 2023',
  "L'an deux mille vingt-trois, le trente janvier à vingt heures, le Conseil municipal, légalement convoqué le 24 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.",
  'Nombre de conseillers en exercice : 19 Présents : 15 Votants : 17',
  'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes',
  'Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.',
].join('\n');

/** An annex published with its deliberation: the stamp, a collectivité, no meeting. */
const ANNEX = [
  'Envoyé en préfecture le 07/03/2023 Reçu en préfecture le 07/03/2023 ID : 077-217703370-20230127-ROB_2023-BF',
  'Rapport d’orientation budgétaire 2023 de la Ville de Villeneuve',
  'Table des matières 1 Le contexte général 4',
].join('\n');

ruleTester(readNotice, {
  valid: [
    { name: 'an extrait whose date, body, attendance and vote were read', code: EXTRAIT },
    { name: 'the same, flattened', code: flat(EXTRAIT) },
    { name: 'a text that holds no deliberation at all (the CLI says so instead)', code: 'Madame, Monsieur, veuillez trouver ci-joint le document demandé.' },
    {
      name: 'a Commission Permanente deliberation (its own reader says what it misses)',
      code: 'DEPARTEMENT DU PAS-DE-CALAIS\n\nDELIBERATION DE LA COMMISSION PERMANENTE\nDU CONSEIL DEPARTEMENTAL\n\nREUNION DU 3 OCTOBRE 2022',
    },
  ],
  invalid: [
    {
      name: 'an extrait without its vote',
      code: EXTRAIT.replace(', à l’unanimité,', ','),
      errors: [{ line: 2, message: 'mais le vote n’a pas pu être lu', data: { missing: ['vote'], template: 'extrait' } }],
    },
    {
      name: 'an annex: nothing of a meeting, flattened',
      code: flat(ANNEX),
      errors: [{ line: 1, message: 'la date de la séance, l’assemblée qui délibère, la liste des présents et des votants et le vote n’ont pas pu être lus', data: { missing: ['date', 'body', 'attendance', 'vote'] } }],
    },
    {
      name: 'credits opened within the quarter whose rows do not hold the same number of figures',
      code: EXTRAIT.replace(
        'APPROUVE les tarifs.',
        'AUTORISE le Maire à engager les dépenses dans la limite du quart des crédits ouverts en 2022, selon la répartition suivante : chapitre 20 : 40 000 € 10 000 € ; chapitre 21 : 90 000 € ; chapitre 23 : 200 000 € 50 000 € 45 000 €.',
      ),
      errors: [{ line: 7, message: 'le tableau des crédits ouverts dans la limite du quart', data: { missing: ['quarter-credits'] } }],
    },
    {
      name: 'in English',
      code: ANNEX,
      options: { locale: 'en' },
      errors: [{ line: 1, message: 'Read as deliberation (generic template)'.replace(' (generic template)', ''), data: { template: 'generic' } }],
    },
  ],
});
