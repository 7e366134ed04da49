/**
 * How a meeting is named and dated (collectivites.md §§ 2–3): the collectivité and its body, the
 * title (`SÉANCE DU CONSEIL MUNICIPAL DU 13/01/2023`), the opening sentence (`L'an deux mille
 * vingt-trois, le …, le Conseil municipal, légalement convoqué le …, s'est réuni … sous la présidence
 * de …`), the convocation, the secretary, the signature (`Fait et délibéré …, le …`).
 *
 * The words around a date tell what it dates. They are given here as folded words (lower case, no
 * accents: see `foldKeepingOffsets`) that the header reader meets walking back from the date.
 */
import type { BodyKind, CollectiviteKind } from '../../model/types';

export interface CollectivitePattern {
  kind: CollectiviteKind;
  /** The generic words that open the name (`Commune de`, `Communauté d'Agglomération`), matched at the name's start. */
  head: RegExp;
  /** The name is the head alone plus what follows (`Ville de SEVRAN`), or what precedes it (`ALÈS AGGLOMÉRATION`). */
  nameAfter: boolean;
}

export interface BodyPattern {
  kind: BodyKind;
  pattern: RegExp;
}

export interface MeetingVocabulary {
  /** The collectivité's name as headers write it. A `Département de …` or `Région …` in a commune's header only places it. */
  collectivites: readonly CollectivitePattern[];
  /** Words before a name that make it a mention of another collectivité (`membre de la communauté de communes`). */
  citedBefore: RegExp;
  /** Words that end a collectivité's name in a flattened header (`VILLE DE SEVRAN Département de …`). */
  nameStops: ReadonlySet<string>;
  /** The deliberating bodies; `bureau` and `commission permanente` win over the council they belong to. */
  bodies: readonly BodyPattern[];
  /** A subordinate body written before its council: `Bureau du Conseil de Communauté`, `commission permanente du conseil régional`. */
  subordinateBodies: ReadonlySet<BodyKind>;

  // Words met walking back from a date (folded). A date is placed by the nearest of them.
  /** Skipped: articles, prepositions, qualifiers of a sitting (`du`, `en date du`, `ordinaire`). */
  connectors: ReadonlySet<string>;
  /** A document's own title: `séance`, `réunion`, `procès-verbal`, `compte rendu`, `extrait`. */
  titleWords: ReadonlySet<string>;
  /** A body named in a title (`CONSEIL MUNICIPAL DU …`, `BUREAU du lundi …`). */
  bodyWords: ReadonlySet<string>;
  /** What may follow a body word in a title: `municipal`, `communautaire`, `syndical`. */
  bodyQualifiers: ReadonlySet<string>;
  /** `Délibération` (before its number: `DÉLIBÉRATION N°CP 2023-017 DU …`). */
  actWords: ReadonlySet<string>;
  /** Collectivité words before its name in a title (`… DE LA COMMUNE DE SAINT-AY LUNDI 6 FÉVRIER 2023`). */
  collectiviteWords: ReadonlySet<string>;
  /** `convoqué le`, `Date de convocation :`, `Par convocation en date du`. */
  convocationWords: ReadonlySet<string>;
  /** Qualifiers between the convocation word and its date (`convocation adressée par …`, `individuelle`). */
  convocationQualifiers: ReadonlySet<string>;
  /** `s'est réuni le`, `se sont réunis le`: the opening's verb, whose subject must be a deliberating body. */
  meetingVerbs: ReadonlySet<string>;
  /** `Fait et délibéré …, le`, `délibéré en séance le`. */
  signatureWords: ReadonlySet<string>;
  /** `Date de la séance :`, `examinée le`. */
  labelWords: ReadonlySet<string>;
  /**
   * A date of something else: an earlier act approved or cited (`Approbation du procès-verbal de la
   * séance du …`, `Vu la délibération du …`), a posting, a transmission, a decision.
   */
  otherWords: ReadonlySet<string>;
  /** Civilities and roles that may stand between `convoqué par` and the date (`par Madame le Maire le …`). */
  personWords: ReadonlySet<string>;
  /** Weekdays, skipped before a date (`Séance du Lundi 30 janvier 2023`). */
  weekdays: ReadonlySet<string>;
  /** After a date: `… du 23 septembre 2022 est approuvé` — an earlier meeting's minutes. */
  approvedAfter: RegExp;
  /** A body that deliberates on nothing here: `la commission … réunie le` is not the meeting. */
  nonDeliberatingSubjects: RegExp;
  /** How many words back from a date the reader looks for what it dates. */
  reachWords: number;
  /** How many characters after a date the opening's verb may come (`Le vendredi 31 mars 2023, à …, le Conseil … s'est réuni`). */
  openingVerbReach: number;
  /** `s'est réuni`, `se sont réunis`, `s'est assemblé`: the opening's verb, after its date. */
  openingVerb: RegExp;
  /** A deliberating body as the opening's subject. */
  openingSubject: RegExp;

  /** `convoqué en urgence`, `convocation d'urgence`. */
  urgency: RegExp;
  /** `deuxième convocation`, `le quorum n'ayant pas été atteint`. */
  secondConvocation: RegExp;
  /** `sous la présidence de`, `Présidence : `: the president's name follows. */
  presidency: RegExp;
  /** `Secrétaire de séance :`, `Désignation du secrétaire de séance :`: the name follows. */
  secretaryLabel: RegExp;
  /** `… a été désigné(e) secrétaire de séance`: the name precedes. */
  secretaryAfterName: RegExp;
  /** `X a été désigné(e) pour remplir ces fonctions`, after `la désignation d'un secrétaire` (checked by the reader). */
  secretaryDuties: RegExp;
  /** `Il nomme X, secrétaire de séance`, `désigne X en qualité de secrétaire de séance`: the name follows the verb. */
  secretaryAfterVerb: RegExp;
  /** `secrétaire` closing the `désigne X …` form, within a few words. */
  secretaryWord: RegExp;
  /** Upper-case words that end a name in a flattened header (`Christia MARSAUD ELU`, `Guillaume FAUVET Quorum`). */
  nameStopWords: ReadonlySet<string>;
  /** Role words after a name (`Monsieur Philippe RIO, Maire`): the name stops before them. */
  roleWords: ReadonlySet<string>;
  /** `s'est réuni(e) …` then the place (`à la Salle des fêtes`, `en Mairie, salle du Conseil Municipal`). */
  placeVerb: RegExp;
  /** Qualifiers between the verb and the place (`en session ordinaire,`, `au nombre prescrit par la loi,`). */
  placeSkip: RegExp;
  /** The subject written after the verb, up to the place's preposition (`le Conseil municipal de X au lieu …`). */
  placeInvertedSubject: RegExp;
  /** A place: what the phrase must name. */
  placeWords: RegExp;
  /** Where a place phrase ends. */
  placeEnd: RegExp;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

export const MEETING: MeetingVocabulary = {
  collectivites: [
    { kind: 'epci', head: /^(?:Communaut[ée]|COMMUNAUT[ÉE])\s+(?:de\s+|DE\s+|d['’]\s?|D['’]\s?)(?:Communes|COMMUNES|Agglom[ée]ration|AGGLOM[ÉE]RATION)\b/u, nameAfter: true },
    { kind: 'epci', head: /^(?:Communaut[ée]|COMMUNAUT[ÉE])\s+(?:[Uu]rbaine|URBAINE)\b/u, nameAfter: true },
    { kind: 'epci', head: /^(?:[ÉE]tablissement|ETABLISSEMENT|ÉTABLISSEMENT)\s+(?:[Pp]ublic|PUBLIC)\s+(?:[Tt]erritorial|TERRITORIAL)\b/u, nameAfter: true },
    { kind: 'epci', head: /^(?:M[ée]tropole|M[ÉE]TROPOLE)\b/u, nameAfter: true },
    { kind: 'epci', head: /^(?:Agglom[ée]ration|AGGLOM[ÉE]RATION)\b/u, nameAfter: false },
    { kind: 'epci', head: /^(?:M[ée]tropole|M[ÉE]TROPOLE)\b/u, nameAfter: false },
    { kind: 'syndicat', head: /^(?:Syndicat|SYNDICAT)\b/u, nameAfter: true },
    { kind: 'commune', head: /^(?:Ville|VILLE|Commune|COMMUNE|Mairie|MAIRIE)\s+(?:de\s+|DE\s+|d['’]\s?|D['’]\s?)/u, nameAfter: true },
    { kind: 'region', head: /^(?:CONSEIL\s+R[ÉE]GIONAL|Conseil\s+r[ée]gional|R[ée]gion|R[ÉE]GION)\s+(?:de\s+|DE\s+|d['’]\s?|D['’]\s?|des\s+|DES\s+|du\s+|DU\s+)/u, nameAfter: true },
    { kind: 'departement', head: /^(?:CONSEIL\s+D[ÉE]PARTEMENTAL|Conseil\s+d[ée]partemental|D[ée]partement|D[ÉE]PARTEMENT)\s+(?:de\s+|DE\s+|d['’]\s?|D['’]\s?|des\s+|DES\s+|du\s+|DU\s+)/u, nameAfter: true },
  ],
  citedBefore: /(?:\b(?:la|le|les|du|des|de|sa|son|notre|avec|par|pour|sur|entre|membre)\s+|\b[ld]['’]\s?)$/iu,
  nameStops: set(
    'Département DÉPARTEMENT DEPARTEMENT Région RÉGION REGION Arrondissement ARRONDISSEMENT Canton CANTON Conseil CONSEIL Séance SÉANCE SEANCE ' +
      'Extrait EXTRAIT Compte COMPTE Procès PROCÈS PROCES Liste LISTE Délibération DÉLIBÉRATION DELIBERATION Délibérations DÉLIBÉRATIONS DELIBERATIONS ' +
      'DANS POUR AVEC PAR AUX Bureau BUREAU Présents PRESENTS PRÉSENTS Membre Réunion RÉUNION REUNION République RÉPUBLIQUE REPUBLIQUE Mairie MAIRIE Hôtel HÔTEL ' +
      'Direction DIRECTION Service SERVICE Rapport RAPPORT Procès-verbal PROCÈS-VERBAL PROCES-VERBAL Ordre ORDRE Date DATE Nombre NOMBRE ' +
      'PROJET Projet Sommaire SOMMAIRE Commission COMMISSION Comité COMITÉ COMITE Assemblée ASSEMBLÉE ASSEMBLEE Plan PLAN Programme PROGRAMME',
  ),
  bodies: [
    { kind: 'commission-permanente', pattern: /\bcommission\s+permanente\b/giu },
    // A capital `Bureau` (lower case only with its qualifier): `bureau d'études` is an office, not a body.
    {
      kind: 'bureau',
      pattern:
        /(?<![\p{L}])(?:Bureau|BUREAU)(?: (?:[Cc]ommunautaire|COMMUNAUTAIRE|[Ss]yndical|SYNDICAL|[Mm][ée]tropolitain|M[ÉE]TROPOLITAIN))?(?= (?:du|DU|de la|DE LA|des|DES) |$)|(?<![\p{L}])bureau (?:communautaire|syndical|m[ée]tropolitain)(?![\p{L}])/gu,
    },
    { kind: 'comite-syndical', pattern: /\bcomit[ée]\s+syndical\b/giu },
    { kind: 'conseil-municipal', pattern: /\bconseil\s+municipal\b/giu },
    { kind: 'conseil-communautaire', pattern: /\bconseil\s+(?:communautaire|de\s+(?:la\s+)?communaut[ée]|m[ée]tropolitain|de\s+(?:la\s+)?m[ée]tropole|territorial|de\s+territoire|de\s+l['’]\s?EPT)\b/giu },
    { kind: 'conseil-departemental', pattern: /\bconseil\s+d[ée]partemental\b/giu },
    { kind: 'conseil-regional', pattern: /\bconseil\s+r[ée]gional\b/giu },
  ],
  subordinateBodies: new Set<BodyKind>(['bureau', 'commission-permanente']),

  connectors: set("du de des d l la le les en date a au aux et : , - ( ) ' ordinaire extraordinaire publique pleniere officielle solennelle s est"),
  titleWords: set('seance seances reunion session proces verbal proces-verbal pv compte rendu compte-rendu extrait registre liste deliberations'),
  bodyWords: set('conseil bureau comite commission assemblee'),
  bodyQualifiers: set(
    'municipal communautaire communaute syndical permanente departemental regional metropolitain metropole territorial territoire ' +
      "d administration agglomeration communal intercommunal",
  ),
  actWords: set('deliberation'),
  collectiviteWords: set('commune ville communaute agglomeration metropole mairie syndicat'),
  convocationWords: set('convoque convoquee convoques convoquees convocation convocations'),
  convocationQualifiers: set('individuelle adressee adresse envoyee envoye faite ecrite legale par qui leur a ete'),
  meetingVerbs: set('reuni reunie reunis reunies assemble assemblee assembles tenu tenue'),
  signatureWords: set('delibere'),
  labelWords: set('examinee examinees examine examines'),
  otherWords: set(
    'approbation approuve approuvee approuves approuvees adopte adoptee adoption lecture observations observation precedente precedent ' +
      'vu vus rappel rappelle decision decisions arrete sur suite depuis dernier derniere modifiee modifie affichage affiche publie publication ' +
      'transmis transmission recu reception envoye teletransmission prefecture executoire signe signature notifie notification par lors ' +
      'depose approuvant valide validee decret loi ordonnance code circulaire conformement',
  ),
  personWords: set('monsieur madame m mme mr le la maire president presidente'),
  weekdays: set('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  approvedAfter: /^[\s,]*(?:est|a\s+[ée]t[ée]|ont\s+[ée]t[ée]|sont|sera|avait\s+[ée]t[ée])\s+(?:approuv|adopt|valid|sign|lu\b|arr[êe]t)/iu,
  nonDeliberatingSubjects: /\b(?:commission(?!\s+permanente)|comit[ée](?!\s+syndical)|jury|groupe\s+de\s+travail|chambre)\b/giu,
  reachWords: 24,
  openingVerbReach: 320,
  openingVerb: /\b(?:s['’]\s?est\s+(?:r[ée]uni|assembl[ée]|tenu)|se\s+sont\s+(?:r[ée]uni|assembl[ée])|r[ée]unis?\s+en\s+s[ée]ance)/iu,
  openingSubject: /\b(?:conseil|bureau|comit[ée]\s+syndical|commission\s+permanente|membres)\b/giu,

  urgency: /\b(?:convoqu[ée]e?s?\s+(?:en\s+|d['’]\s?)urgence|convocation\s+(?:en\s+|d['’]\s?)urgence|urgence\s+de\s+la\s+convocation)\b/iu,
  secondConvocation: /\b(?:(?:deuxi[èe]me|seconde|2[èe]?me|2nde)\s+convocation|(?:le\s+)?quorum\s+n['’]\s?(?:ayant|a)\s+pas\s+[ée]t[ée]\s+atteint|faute\s+de\s+quorum)/iu,
  presidency: /\b(?:sous\s+la\s+pr[ée]sidence\s+d[eu]\s+|sous\s+la\s+pr[ée]sidence\s+d['’]\s?|pr[ée]sidence\s*:\s*|pr[ée]sident(?:e)?\s+de\s+s[ée]ance\s*:\s*)/giu,
  secretaryLabel: /\b(?:(?:[ée]lue?\s+|d[ée]signation\s+du\s+|le\s+|la\s+)?secr[ée]taires?\s+(?:de\s+(?:la\s+)?s[ée]ance\s+)?(?:(?:est\s+)?(?:d[ée]sign[ée]e?|[ée]lue?|nomm[ée]e?)\s*)?:\s*)/iu,
  secretaryAfterName: /\s(?:a\s+[ée]t[ée]|est|sont|ont\s+[ée]t[ée])\s+(?:d[ée]sign[ée]e?s?|[ée]lue?s?|nomm[ée]e?s?)(?:\s+[àa]\s+l['’]\s?unanimit[ée])?\s+(?:comme\s+|en\s+qualit[ée]\s+de\s+|pour\s+(?:remplir\s+les\s+fonctions\s+de\s+)?)?secr[ée]taires?\b/giu,
  secretaryDuties: /\s(?:a\s+[ée]t[ée]|est)\s+(?:d[ée]sign[ée]e?|[ée]lue?|nomm[ée]e?)\s+pour\s+remplir\s+(?:ces|les)\s+fonctions/iu,
  secretaryAfterVerb: /\b(?:nomme|d[ée]signe)\s+/giu,
  secretaryWord: /^[^.;:]{0,60}?\bsecr[ée]taire\s+de\s+s[ée]ance\b/iu,
  nameStopWords: set(
    'ELU ELUE ELUS EN EXERCICE PRESENT PRESENTS PRÉSENT PRÉSENTS ABSENT ABSENTS EXCUSE EXCUSES EXCUSÉ EXCUSÉS DATE NOMBRE ORDRE QUORUM POUVOIR POUVOIRS ' +
      'VOTANTS MAIRE PRÉSIDENT PRESIDENT PRÉSIDENTE PRESIDENTE SECRÉTAIRE SECRETAIRE ÉTAIENT ETAIENT SONT OBJET DÉLIBÉRATION DELIBERATION ' +
      'Quorum Date Nombre Ordre Présents Présent Absents Absent Excusés Excusé Etaient Étaient Objet Etude Étude Pouvoirs Votants Délibération ' +
      'Approbation Désignation Le La Les Il Elle Après Vu Considérant Séance Conseil',
  ),
  roleWords: set('maire président présidente president presidente vice-président vice-présidente adjoint adjointe maire-adjoint conseiller conseillère'),
  placeVerb: /\b(?:s['’]\s?est\s+(?:r[ée]uni(?:e|s|es)?|assembl[ée](?:e|s|es)?|tenu(?:e)?)|se\s+sont\s+(?:r[ée]uni(?:e|s|es)?|assembl[ée](?:e|s|es)?))\b/iu,
  placeSkip: /^(?:\s*,)?(?:\s+(?:en\s+(?:session|s[ée]ance)\s+(?:ordinaire|extraordinaire|publique|pl[ée]ni[èe]re)(?:\s+publique)?|au\s+nombre\s+prescrit\s+par\s+la\s+loi|[àa]\s+\d{1,2}\s?h\s?\d{0,2})\s*,?)?/iu,
  placeInvertedSubject: /^(?:le|la|les)\s(?:conseil|bureau|comit[ée]|membres)\b[^,.;]{0,100}?\s(?=(?:au|aux|[àa]|en|dans)\s)/iu,
  placeWords: /\b(?:salle|mairie|h[ôo]tel|lieu|si[èe]ge|espace|centre|maison|foyer|salon|auditorium|amphith[ée][âa]tre|gymnase|locaux|b[âa]timent)\b/iu,
  placeEnd: /,|\.\s|\s(?:sous\s+la\s+pr[ée]sidence|(?:le|en)\s+s[ée]ance|(?:apr[èe]s|sur)\s+convocation|[àa]\s+\d|[àa]\s+(?:dix|onze|douze|treize|quatorze|quinze|seize|vingt)|Pr[ée]sents?\b)/iu,
};
