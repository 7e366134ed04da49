/**
 * vote-named on inline documents written like the real ones (extraits, procès-verbaux, lists of
 * deliberations of communes and intercommunalités), each line-structured and flattened to one line
 * as the PDF text layer of ../shared/external gives it.
 */
import { voteNamed } from '../../engine/rules/vote-named';
import { ruleTester, type InvalidCase, type ValidCase } from './rule-tester';

const flat = (code: string) => code.replace(/\n/g, ' ');

/**
 * 1-based line and column of the first occurrence of `fragment` in `code` — of `inner` within it,
 * when given (`(M. Olivier PICARD` in the vote, not the attendance's `M. Olivier PICARD`).
 */
function at(code: string, fragment: string, inner?: string): { line: number; column: number } {
  const found = code.indexOf(fragment);
  if (found < 0 || (inner !== undefined && !fragment.includes(inner))) throw new Error(`'${fragment}' not in the document`);
  const index = found + (inner === undefined ? 0 : fragment.indexOf(inner));
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function valid(name: string, code: string): ValidCase[] {
  return [
    { name: `${name} (lines)`, code },
    { name: `${name} (one line)`, code: flat(code) },
  ];
}

interface Expected {
  at: string;
  inner?: string;
  message: string;
  data?: Record<string, unknown>;
}

function invalid(name: string, code: string, errors: Expected[], options?: ValidCase['options']): InvalidCase[] {
  return [code, flat(code)].map((text, k) => ({
    name: `${name} (${k === 0 ? 'lines' : 'one line'})`,
    code: text,
    options,
    errors: errors.map((e) => ({ ...at(text, e.at, e.inner), message: e.message, data: e.data })),
  }));
}

/** A procès-verbal of a commune: 30 present, 3 represented (M. Jean GRUERE holds Mme Nora SAID's proxy), 2 absent. */
const VIGNEUX = (items: string) => `COMMUNE DE VIGNEUX-SUR-SEINE
PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL MUNICIPAL
Séance du 30 mars 2023
L'an deux mille vingt-trois, le trente mars à dix-neuf heures, le Conseil municipal de la Commune de Vigneux-sur-Seine, légalement convoqué le vingt-trois mars, s'est réuni sous la présidence de M. Thomas CHAZAL, Maire.
Nombre de conseillers en exercice : 35
Présents : 30
Représentés : 3
Votants : 33
Étaient présents : M. Thomas CHAZAL, Mme Sophie DURAND, M. Marc LEROY, Mme Julie ROUX, M. Paul BLANC, Mme Emma FAURE, M. Hugo GIRAUD, Mme Léa MOREAU, M. Louis GARNIER, Mme Claire PETIT, M. Luc BERNARD, Mme Anne MARTIN, M. Yves LAMBERT, Mme Inès COLIN, M. Karim BENALI, Mme Nadia HAMDI, M. Pierre FABRE, Mme Rose DUMAS, M. Jacques NOEL, Mme Alice PERRET, M. Bruno MERCIER, Mme Chantal ROCHE, M. Denis MASSON, Mme Eva LUCAS, M. Fabrice BRUN, Mme Gaëlle HENRY, M. Henri ROUSSEL, Mme Isabelle VIDAL, M. Jean GRUERE, Mme Karine ARNAUD.
Représentés : Mme Laure ROY par M. Marc LEROY, M. Michel DUPUIS par Mme Julie ROUX, Mme Nora SAID par M. Jean GRUERE.
Absents : M. Olivier PICARD, Mme Pauline REY.
${items}`;

/** A list of deliberations (CGCT L2121-25) with counts and no names of those present. */
const CHAMPIGNY = (date: string, item: string) => `Direction des Assemblées
Liste des délibérations du Conseil Municipal du ${date} (en application de l'article L. 2121-25 du Code général des collectivités territoriales)
Nombre légal de membres au Conseil municipal 49
Nombre de présents 45
Nombre de procurations 4
Nombre de votants 49
Le Conseil municipal, lors de sa séance du ${date} à l'Hôtel de ville, après avoir délibéré pour chacune d'entre elles, a adopté les délibérations :
n°${date.slice(-4)}-001 Signature de la convention de versement d'une subvention du Fonds Métropolitain de l'Innovation Numérique à l'unanimité, APPROUVE les termes de la convention.
${item}`;

/** Attendance that changes during the meeting: Mme SEHLAOUI arrives for point 4. */
const FIGEAC = (items: string) => `VILLE DE FIGEAC
PROCÈS-VERBAL DU CONSEIL MUNICIPAL
Séance du lundi 13 mars 2023
Le treize mars deux mille vingt-trois à 18 heures 00, le Conseil Municipal de FIGEAC s'est réuni au lieu ordinaire de ses séances sous la présidence de M. André MELLINGER, Maire, à la suite de la convocation adressée le 7 mars 2023.
Présents : André MELLINGER, Bernard LANDES, Marie DELPECH, Pierre GENDRE, Hélène BOUSQUET, Jean CALMEL, Sophie RIVIERE, Alain FOURNIE, Reyda SEHLAOUI (à partir du point 4), Claire VIGUIE.
Pouvoirs : Monique LARROQUE à Bernard LANDES.
Absents : Reyda SEHLAOUI (jusqu'au point 3), Pascal RENAUD, Patricia GONTIER (arrivée à 19h07).
Secrétaire de séance : M. GENDRE.
1. MODIFICATION DU TABLEAU DES EFFECTIFS
Voté à l'UNANIMITÉ des présents et représentés.
${items}`;

/** An attendance like Saint-Jean-de-Védas's: M. Pierre VERNAY excused without proxy. */
const VEDAS = (vote: string) => `PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 30 JANVIER 2020
L'an deux mille vingt, le trente janvier à dix-huit heures trente, s'est réuni le Conseil municipal de Saint-Jean-de-Védas au lieu habituel de ses assemblées, sous la présidence de Madame Isabelle GUIRAUD, Maire, à la suite d'une convocation en date du vingt-quatre janvier deux mille vingt.
Nombre de conseillers en exercice : 29 – Présents : 22 – Procurations : 3 – Votants : 25
PRÉSENTS : Mme Isabelle GUIRAUD – M. Daniel MERLIN – Mme Agnès VESSIOT – M. Alain CLAMOUSE – Mme Marie-Laure OMS – Mme Isabelle FASSIO – Mme Carole MASANET – M. Pierre DE BOISGELIN – M. Stéphane NENCIONI – M. Jean-François PAINTRAND – M. Bernard MARTIN-LAVAL – M. David SCIALOM – Mme Rose FAVRE-MERCURET – M. Eric PETIT – M. Marc LOPEZ – Mme Pascale MAUREL – Mme Emilie BADOUIN – Mme Sophie RENARD – M. José TRINDADE – Mme Sandrine VACQUIE – Mme Valérie FABRY – M. Frédéric RIO.
ABSENTS AYANT DONNÉ PROCURATION : M. Paul MASSON procuration à M. Bernard MARTIN-LAVAL – Mme Amélie AURIAC procuration à Mme Isabelle GUIRAUD – Mme Marie-Laure SALOMON procuration à M. Frédéric RIO.
ABSENTS EXCUSÉS : M. André DELON – Mme Céline ESCRIG – M. Pierre VERNAY.
ABSENT : M. Philippe CARABASSE.
1. Tarifs du séjour d'hiver 2020
Le Conseil municipal, ${vote}, adopte les tarifs.
2. Convention d'adhésion au pôle de médecine préventive du CDG34
Le Conseil municipal, à l'unanimité, adopte la convention.`;

ruleTester(voteNamed, {
  valid: [
    ...valid(
      'as many names as votes against and abstentions, every one present',
      VIGNEUX(`1. Budget primitif 2023
Adopté par 27 voix pour, 3 voix contre (M. Jean GRUERE, Mme Karine ARNAUD, M. Henri ROUSSEL) et 3 abstentions (Mme Alice PERRET, M. Bruno MERCIER, Mme Chantal ROCHE).
2. Taux d'imposition 2023
Adopté par 31 voix pour et 2 voix contre (M. Jean GRUERE, Mme Karine ARNAUD).`),
    ),
    ...valid(
      'fewer names than abstentions, carried by the proxy M. GRUERE holds',
      VIGNEUX(`1. Tarifs municipaux
Adopté par 30 voix pour et 3 abstentions (M. Jean GRUERE, Mme Karine ARNAUD).
2. Motion de soutien
Adopté à l'unanimité.`),
    ),
    ...valid(
      'à l’unanimité des suffrages exprimés with eleven abstentions named, one of them a proxy',
      CHAMPIGNY(
        'mercredi 25 janvier 2023',
        `n°2023-002 Désignation de représentants de la Commune dans les conseils d'administration des collèges à l'unanimité des suffrages exprimés 38 votes pour, dont 3 procurations (M. LATRONCHE, M. BOULAY, Mme DONATIEN) 11 abstentions, dont 1 procuration (M. SOLARO), Mme CAPORAL, M. FAUTRE, Mme MASMOUDI, M. SUDRE, M. TITOV, Mme KEITA-GASSAMA, M. LURIER, Mme ADOMO, M. MAILLER, M. SY DECIDE de désigner M. Jean-Claude FORHAN.
n°2023-003 Signature d'une convention de servitude avec GRDF à l'unanimité DECIDE d'autoriser l'occupation des parcelles.`,
      ),
    ),
    ...valid(
      'a member named twice (as a proxy, then in the list) is one name',
      CHAMPIGNY(
        'mercredi 25 janvier 2023',
        `n°2023-005 Fixation des taux des taxes directes locales pour 2023 à l'unanimité des suffrages exprimés 39 votes pour, dont 3 procurations (M. LATRONCHE, M. BOULAY, Mme DONATIEN) 10 abstentions, dont 1 procuration (M. SUDRE), Mme CAPORAL, M. FAUTRE, Mme MASMOUDI, M. SUDRE, M. TITOV, Mme KEITA-GASSAMA, M. LURIER, Mme ADOMO, M. MAILLER, M. SY FIXE comme suit les taux d'imposition.
n°2023-006 Signature d'une convention de servitude avec GRDF à l'unanimité DECIDE d'autoriser l'occupation des parcelles.`,
      ),
    ),
    ...valid(
      'health crisis: one member named for three abstentions may hold two proxies',
      CHAMPIGNY(
        'vendredi 20 novembre 2020',
        `n°2020-101 Budget supplémentaire 2020 à la majorité 40 votes pour, 6 votes contre, M. MAILLER, M. SY, Mme CAPORAL, M. FAUTRE, Mme MASMOUDI, M. TITOV 3 abstentions, M. LURIER ADOPTE le budget supplémentaire.
n°2020-102 Signature d'une convention de servitude avec GRDF à l'unanimité DECIDE d'autoriser l'occupation des parcelles.`,
      ),
    ),
    ...valid(
      'a member absent until point 3 votes from point 4, when he is present',
      FIGEAC(`2. VENTE D'UN TERRAIN COMMUNAL
Adopté à l'unanimité.
3. SUBVENTIONS AUX ASSOCIATIONS
Adopté par 9 voix pour et 1 abstention (Mme BOUSQUET).
4. TARIFS DU CAMPING
Adopté par 9 voix pour et 2 abstentions (Mme SEHLAOUI, M. CALMEL).`),
    ),
    ...valid(
      'an arrival at a time of day cannot be placed among the points: not judged',
      FIGEAC(`2. VENTE D'UN TERRAIN COMMUNAL
Adopté par 9 voix pour et 1 abstention (Mme GONTIER).
3. TARIFS DU CAMPING
Adopté à l'unanimité.`),
    ),
    ...valid(
      'a deliberation all voted against is rejected unanimously',
      VIGNEUX(`1. Indemnités des élus
Le Conseil municipal, après en avoir délibéré,
Pour : 0 – Contre : 33 – Abstention : 0
La délibération est rejetée à l'unanimité.
2. Motion de soutien
Adopté à l'unanimité.`),
    ),
    ...valid(
      'at the point where an absence ends the member may have arrived: not judged',
      FIGEAC(`2. VENTE D'UN TERRAIN COMMUNAL
Adopté à l'unanimité.
3. SUBVENTIONS AUX ASSOCIATIONS
Adopté par 9 voix pour et 1 abstention (Mme SEHLAOUI).
4. TARIFS DU CAMPING
Adopté à l'unanimité.`),
    ),
    ...valid(
      'a name that fits two members is not judged',
      VEDAS('par 23 voix pour et 2 abstentions (Mme Marie-Laure SALOMON, M. VERNAY)').replace('M. Frédéric RIO.', 'M. Frédéric RIO – M. Jacques VERNAY.'),
    ),
    ...valid('a member who gave a proxy votes through it', VEDAS('par 23 voix pour et 2 abstentions (Mme Marie-Laure SALOMON, M. Pierre DE BOISGELIN)')),
  ],
  invalid: [
    ...invalid(
      'more names than votes against',
      VIGNEUX(`1. Budget primitif 2023
Adopté par 27 voix pour, 3 voix contre (M. Jean GRUERE, Mme Karine ARNAUD, M. Henri ROUSSEL, Mme Isabelle VIDAL) et 3 abstentions (Mme Alice PERRET, M. Bruno MERCIER, Mme Chantal ROCHE).
2. Motion de soutien
Adopté à l'unanimité.`),
      [{ at: '3 voix contre', message: '3 voix contre, mais 4 membres nommés : M. Jean GRUERE, Mme Karine ARNAUD, M. Henri ROUSSEL, Mme Isabelle VIDAL.', data: { actual: '3', named: 4, side: 'contre' } }],
    ),
    ...invalid(
      'fewer names than votes against, even with the proxy one of them holds',
      VIGNEUX(`1. Taux d'imposition 2023
Adopté par 26 voix pour, 5 voix contre (M. Jean GRUERE, Mme Karine ARNAUD) et 2 abstentions (Mme Alice PERRET, M. Bruno MERCIER).
2. Motion de soutien
Adopté à l'unanimité.`),
      [{ at: '5 voix contre', message: '5 voix contre, mais 2 membres nommés, qui ne peuvent porter autant de voix même avec leurs pouvoirs' }],
    ),
    ...invalid(
      'more members said to take no part than the figure',
      VIGNEUX(`1. Subvention au CCAS
Adopté par 31 voix pour ; ne prennent pas part au vote : 2 (Mme Chantal ROCHE, M. Denis MASSON, M. Fabrice BRUN).
2. Motion de soutien
Adopté à l'unanimité.`),
      [{ at: 'au vote : 2', inner: '2', message: '2 ne prenant pas part au vote, mais 3 membres nommés' }],
    ),
    ...invalid(
      'absent members named among the votes against',
      VIGNEUX(`1. Motion
Adopté par 31 voix pour et 2 voix contre (M. Olivier PICARD, Mme Pauline REY).
2. Motion de soutien
Adopté à l'unanimité.`),
      [
        { at: '(M. Olivier PICARD', inner: 'M.', message: 'M. Olivier PICARD est nommé parmi les voix contre, mais la feuille de présence le dit absent sans pouvoir' },
        { at: 'PICARD, Mme Pauline REY)', inner: 'Mme', message: 'Mme Pauline REY est nommée parmi les voix contre, mais la feuille de présence la dit absente sans pouvoir', data: { status: 'absent', side: 'contre' } },
      ],
    ),
    ...invalid(
      'a member excused without proxy named among the abstentions',
      VEDAS('par 24 voix pour et 2 abstentions (Mme Marie-Laure SALOMON, M. Pierre VERNAY)'),
      [{ at: 'M. Pierre VERNAY)', inner: 'M.', message: 'M. Pierre VERNAY est nommé parmi les abstentions, mais la feuille de présence le dit excusé sans pouvoir', data: { status: 'excused' } }],
    ),
    ...invalid(
      'the same, in English',
      VEDAS('par 24 voix pour et 2 abstentions (Mme Marie-Laure SALOMON, M. Pierre VERNAY)'),
      [{ at: 'M. Pierre VERNAY)', inner: 'M.', message: 'M. Pierre VERNAY is named among the abstentions, but the attendance lists them as excused with no proxy' }],
      { locale: 'en' },
    ),
    ...invalid(
      'a member absent until point 3 named at point 2',
      FIGEAC(`2. VENTE D'UN TERRAIN COMMUNAL
Adopté par 9 voix pour et 1 abstention (Mme SEHLAOUI).
3. TARIFS DU CAMPING
Adopté à l'unanimité.
4. CONVENTION AVEC LE DÉPARTEMENT
Adopté à l'unanimité.`),
      [{ at: '(Mme SEHLAOUI)', inner: 'Mme', message: "Mme SEHLAOUI est nommée parmi les abstentions, mais la feuille de présence la dit absente (jusqu'au point 3) sans pouvoir" }],
    ),
    ...invalid(
      'a member absent for point 1 only, named at point 1',
      FIGEAC(`2. VENTE D'UN TERRAIN COMMUNAL
Adopté par 9 voix pour et 1 abstention (Mme VIGUIE).
3. TARIFS DU CAMPING
Adopté par 9 voix pour et 1 abstention (Mme VIGUIE).
4. CONVENTION AVEC LE DÉPARTEMENT
Adopté à l'unanimité.`)
        .replace('Claire VIGUIE.', 'Claire VIGUIE (à partir du point 3).')
        .replace('Pascal RENAUD,', 'Pascal RENAUD, Claire VIGUIE (pour le point 2),'),
      [{ at: '(Mme VIGUIE)', inner: 'Mme', message: 'Mme VIGUIE est nommée parmi les abstentions, mais la feuille de présence la dit absente (pour le point 2) sans pouvoir' }],
    ),
    ...invalid(
      'à l’unanimité with a vote against',
      FIGEAC(`2. CONVENTION AVEC LE DÉPARTEMENT
Adopté à l'unanimité, 1 voix contre (M. FOURNIE).
3. TARIFS DU CAMPING
Adopté à l'unanimité.`),
      [{ at: "à l'unanimité, 1 voix", message: '« À l’unanimité », mais 1 voix contre : un vote contre exclut l’unanimité.', data: { formula: 'unanimite', contre: 1 } }],
    ),
    ...invalid(
      'à l’unanimité with an opponent named',
      FIGEAC(`2. CONVENTION AVEC LE DÉPARTEMENT
Adopté à l'unanimité. Contre : M. FOURNIE.
3. TARIFS DU CAMPING
Adopté à l'unanimité.`),
      [{ at: "à l'unanimité. Contre", message: '« À l’unanimité », mais contre : M. FOURNIE' }],
    ),
    ...invalid(
      'outside the health crisis one member cannot carry three abstentions',
      CHAMPIGNY(
        'mercredi 25 janvier 2023',
        `n°2023-101 Budget supplémentaire 2023 à la majorité 40 votes pour, 6 votes contre, M. MAILLER, M. SY, Mme CAPORAL, M. FAUTRE, Mme MASMOUDI, M. TITOV 3 abstentions, M. LURIER ADOPTE le budget supplémentaire.
n°2023-102 Signature d'une convention de servitude avec GRDF à l'unanimité DECIDE d'autoriser l'occupation des parcelles.`,
      ),
      [{ at: '3 abstentions', message: '3 abstentions, mais 1 membre nommé, qui ne peut porter autant de voix même avec ses pouvoirs : M. LURIER.' }],
    ),
  ],
});
