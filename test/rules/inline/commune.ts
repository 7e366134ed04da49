/**
 * A commune's extrait du registre, written like the real ones: the document a Commission Permanente
 * rule must leave alone (it judges the CP's model only).
 */
export const COMMUNE_EXTRAIT = [
  'Envoyé en préfecture le 03/02/2023 Reçu en préfecture le 03/02/2023 Publié le 03/02/2023 ID : 044-214400105-20230130-DEL2023_004-DE',
  'RÉPUBLIQUE FRANÇAISE',
  'COMMUNE DE SAINT-MARS-DU-DÉSERT',
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  'Séance du lundi 30 janvier 2023',
  "L'an deux mille vingt-trois, le trente janvier à vingt heures, le Conseil municipal, légalement convoqué le 24 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.",
  'Nombre de conseillers en exercice : 19 Présents : 15 Pouvoirs : 2 Votants : 17',
  'Présents : M. Bernard DUPONT, Mme Anne LEROUX, M. Paul GARNIER, Mme Lise MARTIN, M. Hugo BLANC, Mme Léa GIRAUD, M. Marc LEROY, Mme Sophie MOREAU, M. Louis GARNIER, Mme Emma FAURE, M. Luc BERNARD, Mme Claire PETIT, M. Yves LAMBERT, Mme Julie ROUX, M. Jean VERNAY.',
  'Excusés : Mme Nadia COLIN (pouvoir à M. Bernard DUPONT), M. Pierre AUBERT (pouvoir à Mme Anne LEROUX).',
  'Absents : Mme Inès CARON, M. Tom RIVIÈRE.',
  'Secrétaire de séance : Mme Anne LEROUX',
  'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes',
  'Vu le Code général des collectivités territoriales, notamment son article L.2121-29 ;',
  'Vu la délibération n° 2022-051 du 12 décembre 2022 fixant les tarifs communaux ;',
  'Considérant qu’il convient de réviser les tarifs de location de la salle des fêtes ;',
  'Le Conseil municipal, après en avoir délibéré, par 15 voix pour et 2 abstentions,',
  'Article 1 : APPROUVE les tarifs de la salle des fêtes, soit 250 € la journée.',
  'Article 3 : DIT que la recette sera imputée à l’article 752 du budget communal, en application de l’article 5.',
  'Fait et délibéré les jour, mois et an susdits.',
  'Le Maire, Bernard DUPONT',
].join('\n');

/** One line, as the PDF text layer gives it. */
export const flat = (code: string): string => code.replace(/\s*\n\s*/g, ' ');

/** A commune's extrait, its box of counts and its lists, its vote sentence given (`… après en avoir délibéré, ${vote}`). */
export const cantineExtrait = (vote: string) => `COMMUNE DE SAINT-MARTIN-DES-PRÉS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du lundi 16 janvier 2023
L'an deux mille vingt-trois, le seize janvier à dix-neuf heures, le Conseil municipal, légalement convoqué le 10 janvier 2023, s'est réuni à la mairie sous la présidence de M. Jean DUPONT, Maire.
Nombre de conseillers en exercice : 15
Présents : 12
Pouvoirs : 1
Votants : 13
Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND, Mme Julie ROUX, M. Luc BERNARD, Mme Claire PETIT, M. Marc LEROY, Mme Sophie MOREAU, M. Louis GARNIER, Mme Emma FAURE, M. Hugo BLANC, Mme Léa GIRAUD.
Excusés : Mme Nadia COLIN (pouvoir à M. Jean DUPONT), M. Pierre VERNAY.
Absent : M. Yves LAMBERT.
Secrétaire de séance : Mme Anne MARTIN.
Délibération n° 2023-001 : Tarifs de la cantine scolaire
Le Conseil municipal, après en avoir délibéré, ${vote}
APPROUVE les tarifs de la cantine scolaire.
Fait et délibéré les jour, mois et an susdits.`;
