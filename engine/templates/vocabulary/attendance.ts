/**
 * How attendance is written in the acts and minutes of communes, intercommunalités, syndicats,
 * départements and régions (collectivites.md §3, « Counts », « Named lists », « Proxies », « Time
 * qualifiers »): the labels of the counts, the headers of the name lists, the phrases that pair a
 * member with a proxy or a suppléant, the qualifiers that say when a status holds, and the words
 * that sit in a list without naming anybody.
 *
 * Every pattern is matched at a known position (sticky, `y`), so none scans a document, but the
 * few global ones that find where to try them (`labelStart`, `headerStart`, `itemRangeStart`,
 * `memberGroupStart`); each is linear: alternations of literals, no nested quantifiers, no
 * unbounded run tried again from every position inside it.
 */
import type { CountKind } from '../../model/types';

/** What a list's header says of the members it names (each member's own mention may say more). */
export type ListKind =
  /** `Présents :`, `Étaient présents :`, `MEMBRES PRÉSENTS :`. */
  | 'present'
  /** `Excusés ayant donné procuration :`, `Représentés :`, `Absents excusés représentés :`. */
  | 'represented'
  /** `Pouvoirs :`, `Procurations :` — pairs `X à Y`. */
  | 'proxies'
  /** `Excusés :`, `Absents excusés :` — without proxy unless the template says otherwise. */
  | 'excused'
  /** `Absents :`, `MEMBRES ABSENTS NON REPRÉSENTÉS :`. */
  | 'absent'
  /** `Assistaient également :`, `Secrétaire de séance :`: not members' attendance; ends a list. */
  | 'others';

export interface CountLabel {
  kind: CountKind;
  pattern: RegExp;
}

export interface ListHeader {
  kind: ListKind;
  pattern: RegExp;
  /** The header may come without its colon when a civility follows (`Etaient représentés M. …`). */
  colonOptional?: boolean;
}

export interface AttendanceVocabulary {
  /**
   * Where a label or header may begin: a cheap global scan before the sticky patterns. It starts
   * with its words (no look-behind, which would be tried at every character of a long text): the
   * reader checks that no letter comes just before.
   */
  labelStart: RegExp;
  /**
   * Where a list header may begin, global: `labelStart`, or a figure's last digit before a
   * lower-case word (`18 membres du Bureau étaient présents :`; the reader finds its first digit).
   */
  headerStart: RegExp;
  /** Labels written before their figure (`Nombre de conseillers en exercice : 35`, `Votants : 33`). */
  countLabels: readonly CountLabel[];
  /** Labels written after their figure (`34 présents`, `18 membres du Bureau étaient présents`). */
  countLabelsAfter: readonly CountLabel[];
  /** A figure: digits, or the OCR's `O` for a zero; not a time, an amount nor a date's day. */
  figure: RegExp;
  /** A figure's vote-detail context (`dont 3 procurations`): not an attendance count. */
  figureDetail: RegExp;
  /** A page's running head cutting a list: a page number, a title, a date. */
  pageHead: RegExp;
  /** What may sit between the labels of a flattened box (`(Signature)`, dashes). */
  boxFiller: RegExp;
  /** A date between a box's labels and its figures (`Convocation envoyée le … 7 FEVRIER 2020`). */
  boxDate: RegExp;
  /** The items a count or a status holds for (`De la délibération n°1 à la n°3`, `A l'ouverture`). */
  itemRange: RegExp;
  /**
   * Where `itemRange` may begin, global: the sticky `itemRange` is tried there. An `itemRange` may
   * not begin inside a match of it (the search goes on after one that starts no range).
   */
  itemRangeStart: RegExp;
  listHeaders: readonly ListHeader[];
  /**
   * A member commune heading its members, sticky (`LES HERBIERS : Véronique BESSE – Roger BRIAND`):
   * in an intercommunalité the members present may be listed so, with no `Présents :` before.
   */
  memberGroup: RegExp;
  /** Where `memberGroup` may begin, global: a capital starting a word. */
  memberGroupStart: RegExp;
  /** Plural civilities opening a list or a part of it (`Mesdames et Messieurs`, `Mmes et MM.`). */
  civilityGroup: RegExp;
  /** Roles and formulas inserted among the names (`Maire`, `Adjoints au Maire`, `Monsieur le Maire`). */
  role: RegExp;
  /** A member gives a proxy: `pouvoir à`, `a donné pouvoir à`, `représentée par` (the holder follows). */
  proxyTo: RegExp;
  /** In lists of proxies only: the bare `à` / `par` between the member and the holder. */
  proxyPair: RegExp;
  /** On the holder's side: `procuration de` (the member represented follows). */
  proxyFrom: RegExp;
  /** A suppléant sitting for a titulaire: `suppléante de` (the titulaire follows). */
  substituteFor: RegExp;
  /** A titulaire replaced: `représenté par sa suppléante` (the suppléant follows). */
  replacedBy: RegExp;
  /** When a status holds, outside parentheses: `à partir de 19h24`, `jusque 23h50`. */
  qualifier: RegExp;
  /** What makes a parenthesis a time qualifier: an hour, an item, an arrival or a departure. */
  qualifierInside: RegExp;
  /** Lower-case words that stay inside a name (`Jean de LA FONTAINE`) when a surname follows. */
  particles: ReadonlySet<string>;
  /** Lower-case words that join two names of a list. */
  conjunctions: ReadonlySet<string>;
  /** Capitalised words that open a sentence, never a name (`Le Conseil`, `Il a été procédé`). */
  notGivenNames: ReadonlySet<string>;
  /** A civility opening what follows a header written without its colon (`Etaient représentés M. …`). */
  civilityAhead: RegExp;
  /** After a figure: a draft's numbered line (`Absents excusés : 1. M. Paul LEROY`), not a count. */
  numberedLine: RegExp;
  /** A word of an attendance header: `WORDS :` inside a list holding one is a header, not a commune. */
  headerWord: RegExp;
  /** Words of a member commune's name that are not upper case (`Commune de …`, `Ville de …`). */
  communeWords: ReadonlySet<string>;
  /** The bare word that pairs a member with a holder in a list of proxies (`Mme A par Mme B`). */
  holderWord: RegExp;
}

// Building blocks, kept as sources so the patterns read as the texts do.
const E = '[eéèêEÉÈÊ]';
const S = '(?:\\(?e?\\)?)?(?:\\(?s\\)?)?'; // `Présent(e)s`, `PRESENT`, `Excusé(e)s`, `Absents`
const END = '(?![\\p{L}\\p{N}])';
const COUNCIL = `(?:conseil|bureau|comit${E})(?:\\s+(?:municipal|communautaire|syndical|m${E}tropolitain|de\\s+communaut${E}))?`;
/** `Étaient présents les conseillers municipaux suivants :`. */
const WHO = `(?:\\s+(?:les\\s+)?(?:conseill${E}re?s|membres|${E}lus|d${E}l${E}gu${E}s)(?:\\s+(?:municipaux|communautaires|titulaires))?(?:\\s+suivants)?)?`;
const MEMBERS = `(?:membres|conseill${E}re?s|d${E}l${E}gu${E}${S})(?:\\s+(?:municipaux|communautaires|titulaires))?`;

/**
 * Where a label or a header may begin. `conseill` takes the few letters of `conseiller(e)s`, no
 * more: an unbounded run of letters would be scanned again from every `conseill` inside it.
 */
const LABEL_START =
  '(?:nombre\\s+(?:l[eé]gal\\s+)?d|en\\s+exercice|(?:membres|conseill\\p{L}{0,6})\\s+(?:pr|abs|exc|repr|en\\s|aff|du|mun|com)|(?:sont|[eé]taient)\\s+(?:pr|abs|exc|repr)|pr[eé]sent|excus|absent|repr[eé]sent|pouvoir|procuration|mandat|votant|quorum|suffrage|aff[eé]rent|titulaire|suppl[eé]ant|assist|[eé]galement|secr[eé]taire|pr[eé]sident|mesdames\\s+et|[eé]lue?\\s+secr)';

function sticky(source: string): RegExp {
  return new RegExp(source + END, 'iuy');
}

function count(kind: CountKind, source: string): CountLabel {
  return { kind, pattern: sticky(source) };
}

export const ATTENDANCE: AttendanceVocabulary = {
  // Words common in prose (`en`, `sont`, `membres`) start a label only with the word that follows.
  labelStart: new RegExp(LABEL_START, 'giu'),
  headerStart: new RegExp(`${LABEL_START}|\\d\\s+(?=\\p{Ll})`, 'giu'),

  countLabels: [
    count('inOffice', `nombre\\s+(?:l${E}gal\\s+)?de\\s+${MEMBERS}(?:\\s+(?:en\\s+exercice|composant\\s+le\\s+${COUNCIL}|aff${E}rents\\s+au\\s+${COUNCIL}|au\\s+${COUNCIL}))?`),
    count('inOffice', `(?:${MEMBERS}\\s+)?en\\s+exercice`),
    count('inOffice', `(?:membres\\s+)?aff${E}rents(?:\\s+au\\s+${COUNCIL})?`),
    count('present', `nombre\\s+de\\s+(?:${MEMBERS}\\s+)?pr${E}sents(?:\\s+titulaires)?(?:\\s+[àa]\\s+l['’]\\s*ouverture(?:\\s+de\\s+la\\s+s${E}ance)?)?`),
    count('present', `(?:${MEMBERS}\\s+)?pr${E}sent${S}(?:\\s+titulaires)?`),
    count('substitutes', `(?:nombre\\s+de\\s+)?(?:pr${E}sents\\s+)?suppl${E}ants`),
    count('represented', `(?:nombre\\s+de\\s+)?(?:(?:absents|excus${E}s|${MEMBERS})\\s+)?(?:repr${E}sent${E}${S}|pouvoirs|procurations|procuration\\(s\\)|mandataires?)`),
    count('voters', `(?:nombre\\s+de\\s+)?(?:${MEMBERS}\\s+)?votants`),
    // `Nombre de membres présents ou représentés : 30`: those who vote, not the represented alone.
    count('voters', `(?:nombre\\s+de\\s+)?(?:${MEMBERS}\\s+)?pr${E}sents\\s+(?:ou|et)\\s+repr${E}sent${E}s`),
    count('excused', `(?:nombre\\s+d['’]\\s*)?(?:${MEMBERS}\\s+)?(?:absent${S}\\s+)?excus${E}${S}`),
    count('absent', `(?:nombre\\s+d['’]\\s*)?(?:${MEMBERS}\\s+)?absent${S}(?:\\s+non\\s+repr${E}sent${E}s)?`),
    count('quorum', 'quorum'),
    count('expressed', `(?:nombre\\s+de\\s+)?suffrages\\s+exprim${E}s`),
  ],

  countLabelsAfter: [
    count('present', `(?:${MEMBERS}\\s+(?:du\\s+${COUNCIL}\\s+)?)?(?:${E}taient\\s+)?pr${E}sent(?:e?s)?`),
    count('inOffice', `${MEMBERS}\\s+en\\s+exercice`),
    count('represented', `(?:pouvoirs|procurations|repr${E}sent${E}s)`),
    count('voters', 'votants'),
    count('excused', `excus${E}s`),
    count('absent', 'absents'),
  ],

  // Up to three digits (no council has a thousand members); `O` when the OCR read a zero. Not the
  // start of a time, a date, an amount or a longer number.
  figure:
    /(\d{1,3}|O)(?![\p{L}\p{N}]|\s*(?:h\s*\d|%|€|[/.,]\s*\d)|\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?![\p{L}]))/iuy,
  figureDetail: /(?:dont|soit|et)\s*$/iu,
  pageHead:
    /\d{1,3}\s+(?:[^\s():;,.]+\s+){1,24}?\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}(?![\p{N}])/iuy,
  boxFiller: /(?:\s|[-–—:|/]|\([^()]{0,20}\))*/uy,
  boxDate: /\s*(?:\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})/iuy,
  itemRange: sticky(
    [
      `[àa]\\s+l['’]\\s*ouverture(?:\\s+de\\s+la\\s+s${E}ance)?`,
      `(?:de|du)\\s+(?:la\\s+|l['’]\\s*)?(?:d${E}lib${E}ration|point|rapport|question|dossier)s?\\s+(?:n°\\s*)?[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,20}\\s+(?:[àa]|au)\\s+(?:la\\s+|l['’]\\s*)?(?:(?:d${E}lib${E}ration|point|rapport|question|dossier)\\s+)?(?:n°\\s*)?(?:fin|[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,20})`,
      `[àa]\\s+partir\\s+(?:de\\s+la|du|de\\s+l['’])\\s*(?:(?:d${E}lib${E}ration|point|rapport|question|dossier)\\s+)?(?:n°\\s*)?[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,20}`,
      `jusqu['’]\\s*(?:[àa]\\s+la|au)\\s+(?:(?:d${E}lib${E}ration|point|rapport|question|dossier)\\s+)?(?:n°\\s*)?[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,20}`,
    ].join('|'),
  ),
  // The first letters of each form of `itemRange` (`à l'ouverture`, `de la délibération`, `à partir`, `jusqu'à`).
  itemRangeStart: /[àa]\s|d[eu]\s|jusqu/giu,

  listHeaders: [
    { kind: 'present', pattern: sticky(`(?:${E}taient|sont)\\s+pr${E}sent${S}${WHO}`), colonOptional: true },
    { kind: 'present', pattern: sticky(`(?:membres|conseill${E}re?s(?:\\s+(?:municipaux|communautaires))?)\\s+pr${E}sents`), colonOptional: true },
    { kind: 'present', pattern: sticky(`pr${E}sent${S}(?:\\s+titulaires(?:\\s*(?:/|et)\\s*suppl${E}ants)?)?`) },
    { kind: 'present', pattern: sticky(`\\d{1,3}\\s+(?:${MEMBERS}\\s+(?:du\\s+${COUNCIL}\\s+)?)?${E}taient\\s+pr${E}sent${S}`) },
    { kind: 'present', pattern: sticky(`mesdames\\s+et\\s+messieurs\\s+les\\s+conseill${E}re?s\\s+(?:municipaux|communautaires)`) },
    {
      kind: 'represented',
      pattern: sticky(
        `(?:(?:membres|conseill${E}re?s|titulaires|absent${S}|${E}taient|sont)\\s+)?(?:excus${E}${S}\\s+)?(?:ayant\\s+donn${E}\\s+(?:procuration|pouvoirs?|mandat)|avec\\s+(?:pouvoirs?|procurations?)|repr${E}sent${E}${S})`,
      ),
      colonOptional: true,
    },
    { kind: 'proxies', pattern: sticky('(?:procuration\\(s\\)|pouvoirs?|procurations?|mandats)') },
    {
      kind: 'excused',
      pattern: sticky(`(?:(?:absent${S}|${E}taient|sont|membres)\\s+)?excus${E}${S}(?:\\s+sans\\s+(?:pouvoirs?|procurations?))?`),
      colonOptional: true,
    },
    { kind: 'absent', pattern: sticky(`excus${E}${S}\\s+et\\s+absent${S}`) },
    {
      kind: 'absent',
      pattern: sticky(
        `(?:(?:${E}taient|sont|membres)\\s+)?absent${S}(?:\\s+non\\s+repr${E}sent${E}${S}|\\s*/\\s*excus${E}${S}|\\s+sans\\s+(?:pouvoirs?|procurations?|excuses?))?`,
      ),
      colonOptional: true,
    },
    { kind: 'others', pattern: sticky(`(?:assistai(?:en)?t|${E}galement\\s+pr${E}sent${S}|assist${E}${S}\\s+de)(?:\\s+${E}galement)?`) },
    { kind: 'others', pattern: sticky(`(?:${E}lue?\\s+)?secr${E}taires?(?:\\s+(?:de\\s+s${E}ance|auxiliaire))?`) },
    { kind: 'others', pattern: sticky(`pr${E}sidente?\\s+de\\s+s${E}ance`) },
    // Members present and members represented in one list: which is which is not said of each.
    { kind: 'others', pattern: sticky(`(?:${MEMBERS}\\s+)?pr${E}sents\\s+(?:ou|et)\\s+repr${E}sent${E}s`) },
  ],

  memberGroup: /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{Lu}'’-]*\s+){0,5}\p{Lu}[\p{Lu}'’-]+\s*:(?=\s*(?:\p{Lu}\p{Ll}|M\.\s|Mme\s))/uy,
  memberGroupStart: /(?<![\p{L}\p{N}'’-])\p{Lu}/gu,
  // Longer forms first: a sticky alternation takes the first that fits.
  civilityGroup: sticky(
    '(?:mesdames\\s+et\\s+messieurs|mmes\\s+et\\s+(?:mm|ms|mrs|messieurs)\\.?|mm\\.?\\s+(?:et\\s+)?mmes|mesdames|messieurs|mmes|mm\\.?|ms|mrs)',
  ),
  role: sticky(
    [
      `(?:monsieur|madame|m\\.|mme)\\s+(?:le|la)\\s+(?:maire|pr${E}sidente?|vice-pr${E}sidente?)`,
      `(?:\\d{1,2}\\s*(?:er|re|${E}re|${E}me|e|°)\\s+)?(?:maire|maire-adjointe?|adjointe?s?|vice-pr${E}sidente?s?|pr${E}sidente?s?)(?:\\s+(?:au|du)\\s+maire|\\s+d${E}l${E}gu${E}e?s?)?`,
      `(?:conseill${E}re?s?|d${E}l${E}gu${E}e?s?)(?:\\s+(?:municipa(?:l|le|les|ux)|communautaires?|d${E}l${E}gu${E}e?s?|titulaires?|suppl${E}ante?s?|r${E}gionaux|r${E}gionale?s?|d${E}partementa(?:l|le|les|ux)))*`,
      `membres?\\s+(?:du\\s+bureau|suppl${E}ants?|titulaires?)`,
      `(?:d${E}missionnaire|d${E}c${E}d${E}e?|titulaires?|suppl${E}ante?s?)`,
    ].join('|'),
  ),

  proxyTo: sticky(
    `(?:(?:a|avait|ayant)\\s+donn${E}\\s+|donn(?:e|ant)\\s+|qui\\s+a\\s+donn${E}\\s+|avec\\s+)?(?:(?:son\\s+)?pouvoirs?|procuration|mandat|d${E}l${E}gation\\s+de\\s+vote)(?:\\s+donn${E})?(?:\\s+${E}crit)?(?:\\s+de\\s+voter\\s+en\\s+son\\s+nom)?\\s+(?:[àa]|au)|repr${E}sent${E}e?\\s+par`,
  ),
  proxyPair: sticky('(?:[àaÀA]|par)'),
  proxyFrom: sticky(`(?:porteur\\s+d[eu']\\s*)?(?:pouvoirs?|procuration|mandat)\\s+(?:de|d['’])`),
  substituteFor: sticky(`(?:repr${E}sentant|rempla[çc]ant|suppl${E}ante?)\\s+(?:de|d['’])`),
  replacedBy: sticky(`(?:repr${E}sent${E}e?|rempla${E}${E}e?)\\s+par\\s+(?:sa|son|le|la)\\s+suppl${E}ante?|rempla${E}${E}e?\\s+par`),
  qualifier: sticky(
    `(?:[àa]\\s+partir\\s+d(?:e|u|e\\s+la|e\\s+l['’])|[àa]\\s+compter\\s+d(?:e|u|e\\s+la|e\\s+l['’])|jusqu['’]\\s*(?:[àa]|au)(?:\\s+la)?|jusque|arriv${E}e?\\s+[àa]|partie?\\s+[àa]|d${E}part\\s+[àa])\\s*(?:(?:d${E}lib${E}ration|point|question|dossier|rapport)\\s+)?(?:n°\\s*)?(?:\\d{1,2}\\s*h\\s*\\d{0,2}|[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,24})`,
  ),
  qualifierInside:
    /\d|arriv|parti|d[ée]part|jusqu|partir|compter|point|d[ée]lib|quitt|ouverture|pour\s+l/iu,
  particles: new Set(['de', 'du', 'des', "d'", 'd’', 'da', 'di', 'del', 'della', 'dos', 'van', 'von', 'der', 'den', 'ten', 'ter', 'le', 'la', 'ben', 'el', 'st', 'ste', 'saint', 'sainte']),
  conjunctions: new Set(['et', '&']),
  civilityAhead: /(?:M\.|Mme|MM\.?|Mmes|Madame|Monsieur|Mesdames|Messieurs)\s/u,
  numberedLine: /^\s*[.)]\s*(?:(?:M\.|Mme|MM\.?|Mmes|Monsieur|Madame)\s|\p{Lu}[\p{Ll}-]+\s+\p{Lu}{2}|\p{Lu}{2,}\s+\p{Lu}\p{Ll})/u,
  headerWord: /pr[ée]sent|excus|absent|pouvoir|procuration|repr[ée]sent|invit|assist|secr[ée]taire|membre|titulaire|suppl[ée]ant|exercice|votant/iu,
  communeWords: new Set(['commune', 'ville']),
  holderWord: /^par$/iu,
  notGivenNames: new Set([
    'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'il', 'elle', 'ils', 'elles', 'ce', 'cette', 'ces', 'on', 'nous', 'vous',
    'après', 'avant', 'vu', 'considérant', 'objet', 'ordre', 'date', 'séance', 'conseil', 'monsieur', 'madame', 'délibération',
    'rapport', 'rapporteur', 'approbation', 'désignation', 'secrétaire', 'compte', 'page', 'commune', 'ville', 'nombre', 'total',
  ]),
};
