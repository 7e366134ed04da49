/**
 * How items and their votes are written (collectivites.md §3, « Vote formulas », « Numbers of
 * acts »): the headings that open an item, the lists that only name items (agenda, table of
 * contents, decisions of the maire), the words that end an item's object, and every way a vote is
 * written — formulas, figures before or after their label, boxes of labels then figures, name
 * lists, outcomes, the secret ballot.
 *
 * Every pattern is linear: alternations and bounded repeats only, no quantified group holding
 * another unbounded quantifier. Patterns meant for scanning carry the `g` flag (the readers reset
 * `lastIndex`); the others are tested at a position with `y` (sticky) or on a short slice.
 */
import type { VoteFigureKind, VoteFormula } from '../../model/types';

/** How an item heading names its item. */
export type HeadingStyle = 'labelled' | 'numbered' | 'code' | 'ordinal' | 'object';

export interface HeadingForm {
  style: HeadingStyle;
  /**
   * Scans for the heading (`g`). Groups: `label` (the word before the number, when any), `number`;
   * the match ends where the object starts.
   */
  pattern: RegExp;
}

export interface FormulaForm {
  pattern: RegExp;
  /** The formula, or a function of the qualifier group `q` (`des présents`, `des suffrages exprimés`). */
  formula: VoteFormula | ((qualifier: string | undefined) => VoteFormula);
}

export interface VoteVocabulary {
  /** The headings of items, most specific first (a match overlapping an earlier one is dropped). */
  headings: readonly HeadingForm[];
  /**
   * A heading with this right before it (blanks trimmed) is cited in running text: `Par
   * délibération n°`, `la délibération n°`.
   */
  citedBefore: RegExp;
  /** A number (not a labelled heading) with this right before it numbers something else: `Décision n°`, `lot n°`. */
  otherListBefore: RegExp;
  /** The same after a date (a colon and blanks trimmed): `du 03/11/1997 n°169473`, `du 28 novembre 2022 : 1)`. */
  dateBefore: RegExp;
  /** `DECISION DU MAIRE N°2022-061 :`, `décisions du Maire : n°2022-1` (a colon and blanks trimmed): a `n°` after these numbers a decision. */
  decisionBefore: RegExp;
  /** A heading followed by this is a citation: `n° 2022-03 du 5 mai`, `en date du`, `portant…`. */
  citationAfter: RegExp;
  /** Act numbers good enough to stand without a label (`DB2024_001`, `RH/01-2023`, `DEL_20220630_1`). */
  actCode: RegExp;
  /** Lists that name items without deciding them: the agenda, a table of contents, the decisions of the maire. */
  itemLists: RegExp;
  /** Which of those lists decisions: they never hold a `Délibération n°` heading. */
  decisionList: RegExp;
  /** How far (non-blank characters) the first entry of such a list may be from its title. */
  listLead: number;
  /** How far (non-blank characters) one entry of such a list may be from the next. */
  listStep: number;
  /** How far (non-blank characters) after the last entry of a list a vote must stand to make it an item. */
  ownVoteReach: number;
  /** A section heading (`2. Affaires financières`) closer than this to its first sub-item (`2.1`) holds no deliberation. */
  sectionLead: number;
  /** `Objet :` in an extrait. */
  objectLabel: RegExp;
  /** `n° d'ordre : DEL2023_001`, the number of an extrait written as a label. */
  numberLabel: RegExp;
  /** The title an extrait repeats for each of its deliberations (`EXTRAIT DU REGISTRE`). */
  actTitle: RegExp;
  /** Where an object ends (`Rapporteur`, `Vu`, `Le Conseil municipal`, `Madame le Maire`…), tested at each word (`y`). */
  objectEnd: RegExp;
  /** Words that may prefix an object and are not part of it (`examinée le 9 décembre 2022 —`), tested at its start (`y`). */
  objectPrefix: RegExp;
  /** The longest object kept; a longer one is left out rather than guessed. */
  objectMaxLength: number;

  /** A word without which a span holds no vote (tested first: most spans are prose). */
  voteWords: RegExp;
  /** `à l'unanimité …`, `à la majorité …`, `UNANIMITÉ` (`g`). */
  formulas: readonly FormulaForm[];
  /**
   * A formula that follows this in the same clause states a rule or another body's opinion, not the
   * assembly's vote (`peut décider à l'unanimité`, `à l'issue de cette réunion et à l'unanimité`,
   * `avis favorable de la commission à l'unanimité`).
   */
  ruleStatementBefore: RegExp;
  /** `Pour : 29`, `abstentions : O`, `Votants : 43` (`g`). Groups: `label`, `n`. */
  labelThenFigure: RegExp;
  /** `20 voix pour`, `une abstention`, `13 POUR` (`g`). Groups: `n`, `voix` (the unit, when written), `label`. */
  figureThenLabel: RegExp;
  /** A vote label alone, for boxes `Pour Contre Abstention 29 0 0` and name lists `Contre : M. A` (`g`). Group `label`. */
  voteLabel: RegExp;
  /** `pour cent`, `pour 100`: a figure followed by these is no vote (`y`, after the label). */
  notAVote: RegExp;
  /** `Nombre de votants 7 FEVRIER 2020 40 26 3 29`: a figure followed by a month is a date's day (`y`, after the figure). */
  dateAfter: RegExp;
  /** `D'UNE PART a adopté les délibérations :` before a list: the outcome of every item after it (`g`, group `word`). */
  listOutcome: RegExp;
  /** Which figure a label stands for. */
  figureKind(label: string): VoteFigureKind | undefined;
  /** French number words (`une`, `trente et un`) (`g` not needed: used inside the figure patterns). */
  numberWords: Readonly<Record<string, number>>;
  /** `ADOPTÉ`, `adoptée`, `Approuvée`, `est rejetée`, `— approuvée` (each `g`, group `word`: the outcome word). */
  outcomes: readonly RegExp[];
  /** Whether an outcome word says rejected. */
  rejected: RegExp;
  /** `au scrutin secret`, `à bulletins secrets` (`g`). */
  secretBallot: RegExp;
  /** `dont 3 procurations` before the names of a side's proxies (`y`). */
  proxiesAmong: RegExp;
  /** Capitalised decision verbs that end a name list (`DECIDE`, `APPROUVE`, `AUTORISE`). */
  decisionVerb: RegExp;
  /** Non-blank characters allowed between two parts of one vote (a page footer may fall between `Contre : 0` and `Abstention : 0`). */
  clusterGap: number;
}

// ── Numbers of acts ──────────────────────────────────────────────────────────────────────────

/**
 * An act number after `n°` or a label: an optional letter prefix (`DEL`, `CP `, `DB-`, `DEL — `),
 * then digit groups joined by `/ . _ -` (`2023-001`, `02/01-2023`, `2022-12-09/01`, `59B`).
 */
const NUMBER =
  `(?:[A-Z]{1,6}(?: ?[_\\-–—] ?| )?)?\\d{1,8}(?:(?:[./_]|-(?=[A-Z]?\\d)| ?[—–] ?(?=\\d))[A-Z]?\\d{1,8}){0,4}[A-Z]?(?![\\p{Lu}\\d])`;

/** Act numbers whose shape says they are one even without `n°` (collectivites.md §3). */
const ACT_CODE =
  // RH/01-2023 · D2023-01-003, DB2024_001, DEL2023_001, C2023_01_01, DB-2023-018 · DEL_20220630_1 ·
  // C 2023/02/1 · DCM 23.1.49 · 01/02-2023
  '[A-Z]{1,5}\\/\\d{2}-\\d{4}' +
  '|[A-Z]{1,4}[_-]?\\d{4}[_-]\\d{1,3}(?:[_-]\\d{1,3})?' +
  '|DEL_\\d{8}_\\d{1,3}' +
  '|[A-Z] ?\\d{4}\\/\\d{2}\\/\\d{1,3}' +
  '|[A-Z]{2,4} \\d{2}\\.\\d{1,2}\\.\\d{1,3}' +
  '|\\d{2}\\/\\d{2}-\\d{4}';

/** What may end a heading before its object: a colon, a dash, a parenthesis, a full stop, or a space. */
const SEP = `(?: ?[:.)\\/] ?| ?[-–—|]{1,3} ?| |(?=\\p{Ll}))`;
/** After `n°` or a code a parenthesis closes a citation (`(DEL2023_043 à DEL2023_045)`), it opens no object. */
const CODE_SEP = `(?: ?[:.] ?| ?[-–—|]{1,3} ?| )`;

/** The words that open an item (capitalised: `la délibération n°` in running text cites another act). */
const ITEM_LABEL = `D[ée]lib[ée]ration|D[EÉ]LIB[EÉ]RATION|DELTBERATION|Affaire|AFFAIRE|aff(?= ?n ?°)|Point|POINT|Dossier|DOSSIER|Rapport|RAPPORT|Question|QUESTION`;

const N_SIGN = `(?:[nN] ?[°º˚]|No\\.?(?= ?\\d)|n[o˚º](?= ?\\d)|num[ée]ro)`;

/**
 * After an outcome in capitals: the end of the sentence, the vote's formula or figures, or prose —
 * not more capitals (`DECISIONS ADOPTEES PAR LE BUREAU` is a title).
 */
const CAPS_OUTCOME_END = `(?![\\p{L}])(?= ?[.,;:)!»]| [ÀAàa] (?:L['’]|LA |l['’]|la )| (?:PAR|par) \\d| ?$| (?!\\p{Lu}{2})\\S)`;

// ── Numbers of votes ─────────────────────────────────────────────────────────────────────────

const NUMBER_WORDS: Record<string, number> = {
  zéro: 0, zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8,
  neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
};

/** One number word; `un`/`une` last so `une` wins over `un`. */
const NUMBER_WORD = `(?:z[ée]ro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cent|une|un)`;
/** Up to five number words (`quatre-vingt-dix-neuf`, `trente et un`). */
const WORDS = `${NUMBER_WORD}(?:(?:-et-|-| et | )${NUMBER_WORD}){0,4}(?![\\p{L}])`;

/** A figure after a label: digits, a number in words, `O` for 0 (OCR), `néant`, `aucun`. */
const FIGURE_AFTER = `(?<n>\\d{1,3}(?![\\d,.]\\d)|O(?![\\p{L}\\d])|n[ée]ant|aucune?|${WORDS})`;
/** A figure before its label: digits or words. */
const FIGURE_BEFORE = `(?<n>\\d{1,3}|${WORDS})`;

const POUR = `pour|approbations?`;
const CONTRE = `contre|oppositions?`;
const ABSTENTION = `abstentions?|abstention\\(s\\)|abstenu(?:e|s|es)?`;
const NPPV = `ne pren(?:d|nent|d\\(nent\\)) pas part au vote|ne prenant pas part au vote|n['’] ?(?:a|ont) pas pris part au vote|n['’] ?ayant pas pris part au vote|ne participe(?:nt)? pas au vote|non[ -]participation(?: au vote)?|nppv`;
const VOTANTS = `(?:nombre de )?(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s) )?votants`;
const EXPRIMES = `(?:nombre de )?suffrages exprim[ée]s|exprim[ée]s`;

function figureKind(label: string): VoteFigureKind | undefined {
  const l = label.toLowerCase();
  if (/^(?:votes? )?pour$|^approbation/.test(l)) return 'pour';
  if (/^(?:votes? )?contre$|^opposition/.test(l)) return 'contre';
  if (/^abst/.test(l)) return 'abstention';
  if (/votants$/.test(l)) return 'votants';
  if (/exprim/.test(l)) return 'exprimes';
  if (/part|particip|nppv/.test(l)) return 'nppv';
  return undefined;
}

function unanimity(qualifier: string | undefined): VoteFormula {
  if (!qualifier) return 'unanimite';
  const q = qualifier.toLowerCase();
  if (/pr[ée]sents/.test(q)) return 'unanimite-presents';
  // Unanimity of the votes cast, or of the members voting: abstentions and members taking no part are not counted.
  if (/exprim|votants/.test(q)) return 'unanimite-exprimes';
  return 'unanimite';
}

export const VOTES: VoteVocabulary = {
  headings: [
    // `DELIBERATION OBJET : Installation …`: an item named by its object alone.
    { style: 'object', pattern: /(?<![\p{L}\d])(?<label>D[EÉ]LIB[EÉ]RATION) OBJET ?: ?/gu },
    // `Délibération DB-2023-001 - …`, `POINT N°3`, `Affaire n° 2 :`, `Dossier n°1-1 :`, `RAPPORT N° 23004`.
    {
      style: 'labelled',
      pattern: new RegExp(`(?=[DdAaPpQqRr])(?<![\\p{L}\\d])(?<label>${ITEM_LABEL}) ?(?:${N_SIGN})? ?(?<number>${NUMBER})${SEP}`, 'gu'),
    },
    // `n°2023-001 Signature …`, `N° 2023-009 FINANCES – …`, `N°02/01-2023 — …`.
    { style: 'numbered', pattern: new RegExp(`(?<![\\p{L}\\d°])${N_SIGN} ?(?<number>${NUMBER})${CODE_SEP}`, 'gu') },
    // `RH/01-2023 Modification …`, `DEL_20220630_1- Approbation …`, `C 2023/02/1- INSTITUTIONS`.
    { style: 'code', pattern: new RegExp(`(?=[A-Z\\d])(?<![\\p{L}\\d_/.\\-])(?<number>${ACT_CODE})(?![\\p{L}\\d_/])${CODE_SEP}`, 'gu') },
    // `1 - Candidature …`, `1) APPROBATION …`, `2.1 Etat …`, `3/ Egalité …`, `1– Approbation`.
    {
      style: 'ordinal',
      pattern: /(?<![\p{L}\d°/.,'’\-–])(?<number>\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2})(?: ?[.)\/] | ?[-–—] | ?[-–—](?=\p{Lu})|(?<=\d\.\d{1,2}\.?) )(?=[«"“]? ?\p{Lu})/gu,
    },
  ],
  citedBefore:
    /(?<![\p{L}\d])(?:la|le|les|de|des|du|d['’]|par|sous|en|au|aux|vu|cette|ladite|ses|sa|son|leurs?|une?|notre|votre|et|ou|sur|avec|pour|dans|selon|entre|à|a|CE)$/iu,
  otherListBefore:
    /(?:(?<![\p{L}\d])(?:d[ée]cisions?|arr[êe]t[ée]s?|march[ée]s?|lots?|articles?|art\.|annexes?|avenants?|conventions?|contrats?|odd|actions?|fiches?|axes?|objectifs?|pages?|p\.|tomes?|phases?|chapitres?|titres?|budgets?|dc|dp|dm|tranches?|parcelles?|sections?|fact(?:ure)?s?|d[ée]lib[ée]ration|rendu|verbal|pv|s[ée]ance|r[ée]union|convocation|presse)|[°/])$/iu,
  dateBefore:
    /(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre) \d{4})$/iu,
  decisionBefore: /(?<![\p{L}\d])(?:maire|pr[ée]sident)$/iu,
  citationAfter: /^\s*(?:du\s+\d|du\s+\p{Ll}|des\s|en date|portant|relati[fv]e?|modifi|susvis|pr[ée]cit|vis[ée]e|adopt[ée]e|prises?(?!\p{L})|approuv[ée]e|,)/u,
  actCode: new RegExp(`^(?:${ACT_CODE})$`, 'u'),
  itemLists:
    /(?<![àaÀA] l['’] ?|[Ee]xamen de l['’] ?|[ÉéEe]tude de l['’] ?|[Pp]oints? (?:de|à) l['’] ?|[Aa]jout(?:er)? (?:à|a) l['’] ?|[Pp]asse (?:à|a) l['’] ?)(?:ordre du jour(?: (?:de la s[ée]ance )?(?:est |sera )?(?:le )?suivant)? ?:|ORDRE DU JOUR|[Oo]rdre [Dd]u [Jj]our(?= ?(?:[:\d•]|Point|Monsieur|Madame|du|de la|Approbation|\p{Lu}{3}))|SOMMAIRE|Sommaire|Table des mati[èe]res|TABLE DES MATI[ÈE]RES|(?:Compte[ -]rendu|[Ll]iste) des d[ée]cisions(?: prises)?|D[ée]cisions (?:prises )?(?:par le |du )(?:Maire|Pr[ée]sident|Bureau)|DECISIONS?(?: DU (?:MAIRE|PR[EÉ]SIDENT))?(?= ))/gu,
  decisionList: /d[ée]cision/iu,
  listLead: 500,
  listStep: 600,
  ownVoteReach: 40,
  sectionLead: 200,
  objectLabel: /(?<![\p{L}])(?:Objet|OBJET) ?: ?/gu,
  numberLabel: new RegExp(`(?<![\\p{L}])n ?° ?d['’] ?ordre ?: ?(?<number>${NUMBER})`, 'giu'),
  actTitle: /EXTRAIT (?:DU|des?) REGISTRE|Extrait du registre|EXTRAIT du REGISTRE/gu,
  objectEnd: new RegExp(
    `(?:Rapporteur|RAPPORTEUR|Rapporteure|Rédigé par|Note de synth[èe]se|NOTE DE SYNTH[ÈE]SE|Exposé des motifs|EXPOSE)\\b` +
      '|' + `(?:VU|Vu|CONSID[EÉ]RANT|Consid[ée]rant)(?= )` +
      '|' + `(?:Le|LE|La|LA) (?:Conseil|CONSEIL|Bureau|BUREAU|Comit[ée]|COMIT[EÉ]|commission permanente|Commission permanente|Pr[ée]sident|PR[EÉ]SIDENT|Pr[ée]sidente|Maire|MAIRE|Vice-Pr[ée]sidente?|Rapporteur)\\b` +
      '|' + `(?:Monsieur|Madame|M\\.|Mme) (?:le|la|l['’]) ?(?:Maire|MAIRE|Pr[ée]sidente?|PR[EÉ]SIDENTE?|\\d?(?:er|°|ère)? ?Vice-Pr[ée]sidente?|Adjointe?|Rapporteur|Conseill[eè]re?)\\b` +
      '|' + `(?:Il|Elle) (?:est|a|expose|rappelle|informe|indique|propose|pr[ée]sente)\\b` +
    // `Monsieur LALANGE, 1er Vice-Président, rappelle`, `Emmanuelle MERLE présente le rapport`.
      '|' + `(?:Monsieur|Madame|M\\.|Mme) \\p{Lu}[\\p{Lu}'’-]+(?: \\p{Lu}[\\p{Lu}-]+)?(?=,| (?:pr[ée]sente|expose|rappelle|informe|indique|propose|explique|demande|donne|fait|souligne|rapporte)\\b)` +
      '|' + `\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? \\p{Lu}[\\p{Lu}-]+ (?:pr[ée]sente|expose|rappelle|rapporte)\\b` +
      '|' + `(?:Après|APRES|Apr[èe]s) (?:en avoir|avoir|l['’]exposé|examen|d[ée]lib[ée]ration)` +
      '|' + `(?:Sur (?:le rapport|la proposition|proposition)|Par (?:d[ée]lib[ée]ration|courrier|arrêt[ée])|Conform[ée]ment (?:à|aux))\\b` +
      '|' + `(?:DECIDE|DÉCIDE|APPROUVE|AUTORISE|ADOPTE|PREND ACTE|D[ÉE]SIGNE|ACCEPTE|ATTRIBUE|FIXE|DIT|PRECISE|PRÉCISE)\\b` +
      '|' + `[àaÀA] l['’] ?(?:unanimit|UNANIMIT)|[àaÀA] (?:la|LA) (?:majorit|MAJORIT)|(?:ADOPT|APPROUV|REJET)[ÉE]{1,2}S?${CAPS_OUTCOME_END}|(?:Approuv[ée]e?s?|Adopt[ée]e?s?|VOTE ?:|Vote ?:)(?![\\p{L}])` +
      '|' + `(?:est|sont|a [ée]t[ée]|ont [ée]t[ée]) (?:adopt|approuv|rejet|valid)[ée]` +
      '|' + `(?:approuv|adopt|rejet)(?:é|ée|és|ées)(?![\\p{L}])` +
      '|' + `\\.{4,}|…{2,}|\\*\\*\\*`,
    'yu',
  ),
  objectPrefix:
    /(?:examin[ée]e? le \d{1,2}(?:er)? \p{L}+ \d{4} ?[-–—]? ?|(?:du|DU) \d{1,2}(?:er|ER)? \p{L}+ \d{4} ?[-–—:]? ?|(?:du|DU) \d{2}\/\d{2}\/\d{4} ?[-–—:]? ?|[-–—:|] ?)/yu,
  objectMaxLength: 400,

  voteWords: /unanimit|majorit|pour|contre|abst|vot|exprim|adopt|approuv|rejet|accord|opposition|nppv|part au|particip|scrutin|bulletin/iu,
  formulas: [
    {
      pattern:
        /(?<![\p{L}])[àaÀA] ?l['’] ?unanimit[ée](?: (?<q>(?:des |de ses )?(?:membres |conseillers |d[ée]l[ée]gu[ée]s )?(?:pr[ée]sents(?: (?:et|ou) repr[ée]sent[ée]s)?|suffrages exprim[ée]s|voix exprim[ée]es|exprim[ée]s|votants|voix)))?/giu,
      formula: unanimity,
    },
    { pattern: /(?<![\p{L}'’])UNANIMIT[EÉ](?![\p{L}])/gu, formula: 'unanimite' },
    {
      pattern:
        /(?<![\p{L}])[àaÀA] (?:la|LA) majorit[ée](?! absolue| qualifi| requise| des deux tiers)(?: (?:des voix|des suffrages exprim[ée]s|des membres pr[ée]sents(?: et repr[ée]sent[ée]s)?|simple))?/giu,
      formula: 'majorite',
    },
  ],
  ruleStatementBefore:
    /(?<![\p{L}])(?:issue de (?:cette|la) r[ée]union|avis favorable|peu(?:t|vent)|doi(?:t|vent)|devra(?:ient)?|pourra(?:ient)?|requi(?:s|ert)|n[ée]cessite|conform[ée]ment|majorit[ée] absolue|suppose|exige|s['’]il|si)(?![\p{L}])[^.;:]{0,40}$/iu,
  labelThenFigure: new RegExp(
    `(?=[pcaonvse])(?<![\\p{L}])(?<label>(?:votes? )?(?:${POUR})|(?:votes? )?(?:${CONTRE})|${ABSTENTION}|${NPPV}|${VOTANTS}|${EXPRIMES}) ?(?:\\(s\\))? ?(?:[:=] ?|(?<=votants) )${FIGURE_AFTER}(?![\\p{L}\\d])(?: voix)?`,
    'giu',
  ),
  figureThenLabel: new RegExp(
    `(?=[\\dzdtqcshnovu])(?<![\\p{L}\\d,.])${FIGURE_BEFORE} (?:(?<voix>voix|votes?|suffrages?) )?(?<label>pour|POUR|Pour|contre|CONTRE|Contre|abstentions?|ABSTENTIONS?|Abstentions?|${NPPV}|NPPV|votants|VOTANTS|Votants)(?![\\p{L}])`,
    'giu',
  ),
  voteLabel: new RegExp(
    `(?=[pcaonv])(?<![\\p{L}])(?<label>(?:votes? )?(?:${POUR})|(?:votes? )?(?:${CONTRE})|${ABSTENTION}|${NPPV})(?![\\p{L}])`,
    'giu',
  ),
  notAVote: / ?(?:cent|100|mille|mill[ei]ers?|%)(?![\p{L}\d])/iyu,
  dateAfter: / ?(?:er )?(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?![\p{L}])|[/.]\d{1,2}[/.]\d{2,4}/iyu,
  listOutcome: /(?=[ao])(?<![\p{L}])(?:a|ont) (?:(?:été|ete) )?(?<word>adopt[ée]e?s?|approuv[ée]e?s?|rejet[ée]e?s?) les d[ée]lib[ée]rations(?: suivantes)? ?:?/giu,
  figureKind,
  numberWords: NUMBER_WORDS,
  outcomes: [
    // Capitals with the participle's accent or double E: `ADOPTE` alone is the decision verb.
    new RegExp(`(?<![\\p{L}])(?<word>ADOPT(?:É|ÉE|EE|ÉS|ÉES|EES)|APPROUV(?:É|ÉE|EE|ÉS|ÉES|EES)|REJET(?:É|ÉE|EE|ÉS|ÉES|EES))${CAPS_OUTCOME_END}`, 'gu'),
    new RegExp(`(?<![\\p{L}])(?<word>Adopt[ée]e?s?|Approuv[ée]e?s?|Rejet[ée]e?s?)(?= ?:| [àa] l['’] ?unanimit| [àa] la majorit| par \\d)`, 'gu'),
    new RegExp(`(?<![\\p{L}])(?:est|sont|a [ée]t[ée]|ont [ée]t[ée]) (?<word>adopt[ée]e?s?|approuv[ée]e?s?|rejet[ée]e?s?|valid[ée]e?s?)(?![\\p{L}])`, 'gu'),
    new RegExp(`[-–—] ?(?<word>approuv[ée]e?s?|adopt[ée]e?s?|rejet[ée]e?s?)(?![\\p{L}])`, 'gu'),
    new RegExp(`(?<![\\p{L}])(?<word>Approuv[ée]e?s?|Adopt[ée]e?s?|Rejet[ée]e?s?|Adoption|Accord)(?= [àa] l['’] ?unanimit| [àa] la majorit)`, 'gu'),
    new RegExp(`(?<![\\p{L}])(?<word>Approuv(?:é|ée|és|ées)|Adopt(?:é|ée|és|ées)|Rejet(?:é|ée|és|ées))(?![\\p{L}])`, 'gu'),
    new RegExp(`(?<![\\p{L}])(?<word>adopt(?:é|ée|és|ées)|approuv(?:é|ée|és|ées)|rejet(?:é|ée|és|ées))(?= (?:par \\d|[àa] l['’] ?unanimit|[àa] la majorit))`, 'gu'),
  ],
  rejected: /^(?:rejet|REJET)/u,
  secretBallot: /(?<![\p{L}])(?:au scrutin secret|[àa] bulletins? secrets?)(?![\p{L}])/giu,
  proxiesAmong: /,? ?dont \d{1,3} (?:procurations?|pouvoirs?) ?/iyu,
  decisionVerb:
    /^(?:DECIDE|DÉCIDE|APPROUVE|AUTORISE|ADOPTE|DESIGNE|DÉSIGNE|FIXE|DIT|PREND|ACCEPTE|CHARGE|PRECISE|PRÉCISE|DONNE|SOLLICITE|ATTESTE|ARRETE|ARRÊTE|CONFIRME|VALIDE|ATTRIBUE|EMET|ÉMET|RETIENT|CREE|CRÉE|SUPPRIME|MODIFIE|COMPLETE|COMPLÈTE|ABROGE|OPTE|ELIT|ÉLIT|INSTITUE|AFFECTE|VOTE|CONSTATE|RAPPELLE|S'ENGAGE|ACTE)$/u,
  clusterGap: 110,
};
