/**
 * The ACTES matter classification at level 2 (the préfecture's nomenclature for acts sent to the
 * contrôle de légalité), as SCDL « Délibérations » 2.1.5 writes it: `DELIB_MATIERE_CODE` `7.5`,
 * `DELIB_MATIERE_NOM` the level-1 title, a slash, the level-2 title, « en minuscules accentuées, sans
 * virgule ni parenthèse » (schema.data.gouv.fr, scdl/deliberations 2.1.5, DELIB_MATIERE_NOM), e.g.
 * `finances locales/subventions`. The codes are the schema's list: 1.1–1.7, 2.1–2.3, 3.1–3.6,
 * 4.1–4.5, 5.1–5.8, 6.1–6.5, 7.1–7.10, 8.1–8.9, 9.1–9.4. Validata's `nomenclature-actes-value`
 * check folds case and accents and wants no space around the slash.
 *
 * Then a small table of objects whose matter is plain from their wording alone. It is deliberately
 * short: a wrong matter is a false fact in published data, an empty one only a gap the notices name.
 */
import { foldBare } from '../text/normalize';

export interface ActesMatiere {
  /** `7.5`. */
  code: string;
  /** `finances locales/subventions`. */
  name: string;
}

const LEVEL_1: Record<string, string> = {
  '1': 'commande publique',
  '2': 'urbanisme',
  '3': 'domaine et patrimoine',
  '4': 'fonction publique',
  '5': 'institutions et vie politique',
  '6': 'libertés publiques et pouvoirs de police',
  '7': 'finances locales',
  '8': 'domaines de compétences par thèmes',
  '9': 'autres domaines de compétences',
};

const LEVEL_2: readonly (readonly [string, string])[] = [
  ['1.1', 'marchés publics'],
  ['1.2', 'délégation de service public'],
  ['1.3', 'conventions de mandat'],
  ['1.4', 'autres types de contrats'],
  ['1.5', 'transactions protocole d’accord transactionnel'],
  ['1.6', 'actes relatifs à la maîtrise d’œuvre'],
  ['1.7', 'actes spéciaux et divers'],
  ['2.1', 'documents d’urbanisme'],
  ['2.2', 'actes relatifs au droit d’occupation ou d’utilisation des sols'],
  ['2.3', 'droit de préemption urbain'],
  ['3.1', 'acquisitions'],
  ['3.2', 'aliénations'],
  ['3.3', 'locations'],
  ['3.4', 'limites territoriales'],
  ['3.5', 'autres actes de gestion du domaine public'],
  ['3.6', 'autres actes de gestion du domaine privé'],
  ['4.1', 'personnels titulaires et stagiaires de la f.p.t.'],
  ['4.2', 'personnels contractuels'],
  ['4.3', 'fonction publique hospitalière'],
  ['4.4', 'autres catégories de personnels'],
  ['4.5', 'régime indemnitaire'],
  ['5.1', 'élection exécutif'],
  ['5.2', 'fonctionnement des assemblées'],
  ['5.3', 'désignation de représentants'],
  ['5.4', 'délégation de fonctions'],
  ['5.5', 'délégation de signature'],
  ['5.6', 'exercice des mandats locaux'],
  ['5.7', 'intercommunalité'],
  ['5.8', 'décision d’ester en justice'],
  ['6.1', 'police municipale'],
  ['6.2', 'pouvoirs du président du conseil général'],
  ['6.3', 'pouvoirs du président du conseil régional'],
  ['6.4', 'autres actes réglementaires'],
  ['6.5', 'actes pris au nom de l’état et soumis au contrôle hiérarchique'],
  ['7.1', 'décisions budgétaires'],
  ['7.2', 'fiscalité'],
  ['7.3', 'emprunts'],
  ['7.4', 'interventions économiques'],
  ['7.5', 'subventions'],
  ['7.6', 'contributions budgétaires'],
  ['7.7', 'avances'],
  ['7.8', 'fonds de concours'],
  // « Prise de participation (SEM, etc.) »: SCDL names carry neither parentheses nor commas.
  ['7.9', 'prise de participation sem etc.'],
  ['7.10', 'divers'],
  ['8.1', 'enseignement'],
  ['8.2', 'aide sociale'],
  ['8.3', 'voirie'],
  ['8.4', 'aménagement du territoire'],
  ['8.5', 'politique de la ville-habitat-logement'],
  ['8.6', 'emploi-formation professionnelle'],
  ['8.7', 'transports'],
  ['8.8', 'environnement'],
  ['8.9', 'culture'],
  ['9.1', 'autres domaines de compétences des communes'],
  ['9.2', 'autres domaines de compétences des départements'],
  ['9.3', 'autres domaines de compétences des régions'],
  ['9.4', 'vœux et motions'],
];

/** Every level-2 matter, in the nomenclature's order. */
export const ACTES_MATIERES: readonly ActesMatiere[] = LEVEL_2.map(([code, title]) => ({
  code,
  name: `${LEVEL_1[code.slice(0, code.indexOf('.'))]}/${title}`,
}));

const BY_CODE = new Map(ACTES_MATIERES.map((matiere) => [matiere.code, matiere]));

/** The matter of a level-2 code (`7.5`), or undefined for a code the nomenclature does not have. */
export function matiereByCode(code: string): ActesMatiere | undefined {
  return BY_CODE.get(code);
}

/**
 * Wordings that settle the matter by themselves, tested on the object folded (accents and case
 * removed, apostrophes and dashes as spaces). Each names the act itself, not a topic it may touch:
 * `subvention` settles 7.5 wherever it appears (a grant given or asked for is 7.5 either way), but
 * `acquisition` does not settle 3.1 (a vehicle bought is a public contract), so only a land
 * purchase does. An object matching two matters gets none.
 */
const PLAIN_MATTERS: readonly { code: string; pattern: RegExp }[] = [
  { code: '7.1', pattern: /\b(?:budget (?:primitif|supplementaire)|decision modificative|compte administratif|compte de gestion|compte financier unique|affectation (?:des|du) resultats?)\b/ },
  { code: '7.2', pattern: /\b(?:vote des taux|taux d imposition|taux de (?:la )?(?:taxe|cfe|teom)|taxe de sejour|taxe d amenagement|taxe d enlevement des ordures menageres)\b/ },
  { code: '7.3', pattern: /\b(?:garantie d emprunts?|contrat de pret|souscription d un (?:emprunt|pret)|realisation d un (?:emprunt|pret))\b/ },
  { code: '7.5', pattern: /\bsubventions?\b/ },
  { code: '7.8', pattern: /\bfonds de concours\b/ },
  { code: '4.5', pattern: /\b(?:regime indemnitaire|rifseep)\b/ },
  { code: '5.3', pattern: /\bdesignation d(?:e |es |u |un |une )(?:delegues?|representants?|membres?)\b/ },
  { code: '5.6', pattern: /\bindemnites de fonctions?\b/ },
  { code: '2.1', pattern: /\b(?:plan local d urbanisme(?: intercommunal)?|plui?|schema de coherence territoriale|carte communale)\b/ },
  { code: '2.3', pattern: /\bdroit de preemption\b/ },
  { code: '3.1', pattern: /\bacquisition (?:fonciere|d un terrain|de terrains?|des terrains|de (?:la|les) parcelles?|d une parcelle|des parcelles)\b/ },
  { code: '3.2', pattern: /\bcession (?:fonciere|d un terrain|de terrains?|des terrains|de (?:la|les) parcelles?|d une parcelle|des parcelles)\b/ },
  { code: '1.2', pattern: /\bdelegation de service public\b/ },
  { code: '9.4', pattern: /^(?:motion|voeu)\b/ },
];

/**
 * The matter an object's wording makes plain, or undefined (no wording, or two matters). Linear:
 * each pattern is a set of alternatives without nested repetition, on at most 2 000 characters.
 */
export function plainMatiere(object: string): ActesMatiere | undefined {
  const folded = foldObject(object);
  if (folded === '') return undefined;
  let found: string | undefined;
  for (const { code, pattern } of PLAIN_MATTERS) {
    if (!pattern.test(folded)) continue;
    if (found !== undefined && found !== code) return undefined;
    found = code;
  }
  return found === undefined ? undefined : BY_CODE.get(found);
}

/** Lower case, no accents, `œ` as `oe`, `’`/`'`/dashes as spaces, spaces collapsed; at most 2 000 characters. */
export function foldObject(object: string): string {
  const head = object.length > 2000 ? object.slice(0, 2000) : object;
  return foldBare(head)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’'`\u2010-\u2015-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
