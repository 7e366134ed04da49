/**
 * Extraits du registre of every council, written like the real ones (the ACTES box, the title, the
 * opening sentence, the attendance, the secretary, one act, its signature block), with the parts a
 * rule test changes given as options.
 */
export type Family = 'commune' | 'epci' | 'syndicat' | 'departement' | 'region';

export interface ExtraitParts {
  family?: Family;
  /** The meeting day: [title, opening in words, convocation]. */
  date?: [string, string, string];
  presents?: string;
  excused?: string;
  absents?: string;
  /** The header's designation, '' for none. */
  secretary?: string;
  /** The signature block, after the decision. */
  signature?: string;
}

const HEADS: Record<Family, { collectivite: string; title: string; council: string; president: string }> = {
  commune: {
    collectivite: 'COMMUNE DE SAINT-MARS-DU-DÉSERT',
    title: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    council: 'le Conseil municipal',
    president: 'M. Bernard DUPONT, Maire',
  },
  epci: {
    collectivite: 'COMMUNAUTÉ DE COMMUNES DU PLATEAU DE LANNEMEZAN',
    title: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE',
    council: 'le Conseil communautaire',
    president: 'M. Bernard DUPONT, Président',
  },
  syndicat: {
    collectivite: 'SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU LOT',
    title: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    council: 'le Comité syndical',
    president: 'M. Bernard DUPONT, Président',
  },
  departement: {
    collectivite: 'DÉPARTEMENT DU LOT',
    title: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DÉPARTEMENTAL',
    council: 'le Conseil départemental',
    president: 'M. Bernard DUPONT, Président du Conseil départemental',
  },
  region: {
    collectivite: 'RÉGION OCCITANIE',
    title: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL RÉGIONAL',
    council: 'le Conseil régional',
    president: 'M. Bernard DUPONT, Président du Conseil régional',
  },
};

const ROLE: Record<Family, string> = {
  commune: 'Le Maire',
  epci: 'Le Président',
  syndicat: 'Le Président',
  departement: 'Le Président',
  region: 'Le Président',
};

export const PRESENTS =
  'M. Bernard DUPONT, Mme Anne LEROUX, M. Paul GARNIER, Mme Lise MARTIN, M. Hugo BLANC, Mme Léa GIRAUD, M. Marc LEROY, Mme Sophie MOREAU, M. Louis GARNIER, Mme Emma FAURE, M. Luc BERNARD, Mme Claire PETIT, M. Yves LAMBERT, Mme Julie ROUX, M. Jean VERNAY';

export const JANUARY_2023: [string, string, string] = ['lundi 30 janvier 2023', 'deux mille vingt-trois, le trente janvier', '24 janvier 2023'];
export const MAY_2022: [string, string, string] = ['lundi 30 mai 2022', 'deux mille vingt-deux, le trente mai', '24 mai 2022'];

/** The role the family's president signs under (`Le Maire`, `Le Président`). */
export function presidentRole(family: Family = 'commune'): string {
  return ROLE[family];
}

export function extrait(parts: ExtraitParts = {}): string {
  const family = parts.family ?? 'commune';
  const head = HEADS[family];
  const [title, words, convened] = parts.date ?? JANUARY_2023;
  const secretary = parts.secretary ?? 'Mme Anne LEROUX';
  return [
    'RÉPUBLIQUE FRANÇAISE',
    head.collectivite,
    head.title,
    `Séance du ${title}`,
    `L'an ${words} à vingt heures, ${head.council}, légalement convoqué le ${convened}, s'est réuni sous la présidence de ${head.president}.`,
    'Nombre de membres en exercice : 19 Présents : 15 Pouvoirs : 2 Votants : 17',
    `Présents : ${parts.presents ?? PRESENTS}.`,
    `Excusés : ${parts.excused ?? 'Mme Nadia COLIN (pouvoir à M. Bernard DUPONT), M. Pierre AUBERT (pouvoir à Mme Anne LEROUX)'}.`,
    `Absents : ${parts.absents ?? 'Mme Inès CARON, M. Tom RIVIÈRE'}.`,
    ...(secretary ? [`Secrétaire de séance : ${secretary}`] : []),
    'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes',
    'Vu le Code général des collectivités territoriales ;',
    'Considérant qu’il convient de réviser les tarifs de location de la salle des fêtes ;',
    'Après en avoir délibéré, par 15 voix pour et 2 abstentions,',
    'Article 1 : APPROUVE les tarifs de la salle des fêtes, soit 250 € la journée.',
    parts.signature ?? `Fait et délibéré les jour, mois et an susdits.\n${ROLE[family]}, Bernard DUPONT\nLa secrétaire de séance, Anne LEROUX`,
  ].join('\n');
}
