/**
 * The Commission Permanente of a Conseil départemental (docs/domain.md §1–§2, from the
 * Pas-de-Calais): how its deliberations and reports are written once extracted from PDF. Every
 * parser of this template takes its landmarks from here — segmentation, block layouts, attendance,
 * vote, signature, visas, declarations, articles, report opinions and citations — and so do the
 * editor's first-line test (first-lines.ts), the manifest's `firstLine` and the grammar's header
 * rule (scripts/generate-detection.ts writes those two; test/templates/detection-sync.test.ts checks
 * them). What is purely structural (digits, amounts, page noise) stays with the code that reads it.
 *
 * Every pattern is linear: no nested quantifiers, a label carrying a value matches the label only.
 * Nothing heavy is imported (data modules only: the commissions' ordinals, the shared vocabulary):
 * the client bundle reaches this module through first-lines.ts.
 */
import type { AttendanceKind, VoteKind } from '../model/types';
import { ORDINAL_SOURCE } from '../model/commissions';
import { COMMON_VOCABULARY } from './common';
import type { TemplateProfile } from './types';

// ── The header: portable sources ─────────────────────────────────────────────────────────────
// Written in the subset JavaScript, Oniguruma (the grammar) and VS Code's flagless `firstLine`
// share, in upper case, and always matched without case: the generator derives the other dialects.
// Plain strings and `+`, not String.raw or helpers: test/regex/recheck.test.ts evaluates each
// pattern from the sources to prove it linear, and it reads constants, literals and `+` only.

/**
 * `DÉPARTEMENT` and its article: `DU`, `DES`, `DE LA`, `DE L'`, `DE`, `D'` (straight or curly
 * apostrophe), accent or not. `DE LA` and `DE L'` come before `DE` so the article is read whole.
 */
export const CP_HEADER_WORDS = "D[EÉ]PARTEMENT\\s+(?:DU|DES|DE\\s+LA|DE\\s+L['’]|DE|D['’])";
/** Between the article and the name: spaces, none needed after an apostrophe (`D'ILLE-ET-VILAINE`). */
export const CP_HEADER_SEPARATOR = "(?:(?<=['’])\\s*|\\s+)";
/** A header line's head: `DEPARTEMENT DU PAS-DE-CALAIS`, `DÉPARTEMENT DE LA SOMME`, `DEPARTEMENT D’ILLE-ET-VILAINE`. */
export const CP_HEADER = CP_HEADER_WORDS + CP_HEADER_SEPARATOR + '\\S';
/** The legality stamp that opens the dossiers of 003: `Envoi au contrôle de légalité le : 4 avril 2022`. */
export const CP_STAMP_SENT = 'Envoi\\s+au\\s+contr[oô]le\\s+de\\s+l[ée]galit[ée]';
/** What the first line of an export of this template is: its header, or the stamp above it. */
export const CP_FIRST_LINE = '(?:' + CP_HEADER + '|' + CP_STAMP_SENT + ')';

// ── Shared wording ───────────────────────────────────────────────────────────────────────────

const CP_NATURE_WORD = 'D[EÉ]LIB[EÉ]RATION';
const CP_BODY = 'DE\\s+LA\\s+COMMISSION\\s+PERMANENTE';
/** The plenary's act has the same layout: `DELIBERATION DU CONSEIL DEPARTEMENTAL`. */
const CP_COUNCIL_BODY = 'DU\\s+CONSEIL';
const CP_PRESIDENCY = 'PR[EÉ]SIDENCE\\s+DE';
const CP_ARTICLE_NUMBER = '(?:\\d{1,3}(?:\\s?er)?|unique|premier)';
const CP_STAMP_POSTED = 'Affichage';

// ── Landmark lines (docs/domain.md §1.1–§1.4), anchored at the line start, any leading blanks ────

export const CP_LANDMARKS = {
  /** ` Envoi au contrôle de légalité le : 4 avril 2022` (003 L1): the label only, `labelValue` takes the date. */
  stampSent: new RegExp('^\\s*' + CP_STAMP_SENT + '(?:\\s*le)?(?:\\s*:)?', 'i'),
  /** `Affichage le : 4 avril 2022` (003 L2). */
  stampPosted: new RegExp('^\\s*' + CP_STAMP_POSTED + '(?:\\s*le)?(?:\\s*:)?', 'i'),
  /** Either stamp line, as segmentation tells the lines just above a header. */
  stamp: new RegExp('^\\s*(?:' + CP_STAMP_SENT + '|' + CP_STAMP_POSTED + '\\s+le)(?=[\\s:]|$)', 'i'),
  header: new RegExp('^\\s*' + CP_HEADER, 'i'),
  /** `DELIBERATION DE LA COMMISSION PERMANENTE` (then `DU CONSEIL DEPARTEMENTAL`), or the plenary's. */
  nature: new RegExp('^\\s*' + CP_NATURE_WORD + '\\s+(?:' + CP_BODY + '|' + CP_COUNCIL_BODY + ')', 'i'),
  /** The nature naming the Commission Permanente (else the Conseil départemental in plenary). */
  natureCommission: new RegExp('^\\s*' + CP_NATURE_WORD + '\\s+' + CP_BODY, 'i'),
  /** The nature's second line. */
  natureContinued: new RegExp('^\\s*' + CP_COUNCIL_BODY, 'i'),
  /** `REUNION DU 21 MARS 2022`: the label only. */
  meeting: /^\s*R[EÉ]UNION\s+DU(?=\s)/i,
  /** `PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY`: the label and its space, the name follows. */
  presidency: new RegExp('^\\s*' + CP_PRESIDENCY + '\\s+', 'i'),
  /** The first line of the people block: the presidency or any attendance label. */
  people: new RegExp('^\\s*(?:' + CP_PRESIDENCY + '|Secr[ée]taire\\s*:|[EÉ]taient\\s+pr[ée]sents|Excus[ée]|Absent|Assistant)', 'i'),
  /** `(N°2022-80)`. */
  number: /^\s*\(\s*N\s?°\s*(\d{4})\s*-\s*(\d{1,4})\s*\)\s*$/i,
  /** `La Commission Permanente du Conseil départemental du Pas-de-Calais,` (` ;` at 003 L12119). */
  preamble: /^\s*(?:La\s+Commission\s+Permanente|Le\s+Conseil\s+d[ée]partemental)\b.*[,;]\s*$/i,
  /** A visa, or an information item among them (`Après en avoir informé la 1ère commission`, 003 L8139). */
  visa: /^\s*(?:Vu\b|Apr[èe]s\s+en\s+avoir\s+inform[ée])/i,
  /** `Après en avoir délibéré,`. */
  formula: /^\s*Apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]/i,
  /** `DECIDE :` alone on its line. */
  decide: /^\s*D[EÉ]CIDE\s*(?::\s*)?$/i,
  /** `Article 1 :`, `Article unique     :`, `Article 1er :`. */
  article: new RegExp('^\\s*Article\\s+' + CP_ARTICLE_NUMBER + '\\s*:', 'i'),
  /** `Dans les conditions de vote ci-dessous :`. */
  voteIntro: /^\s*Dans\s+les\s+conditions\s+de\s+vote\b/i,
  /** `LE PRESIDENT DU CONSEIL DEPARTEMENTAL,`. */
  signature: /^\s*LE\s+PR[ÉE]SIDENT\s+DU\s+CONSEIL/i,
  /** `Signé` (deliberation) and `SIGNE` (report) alone on their line. */
  signed: /^\s*Sign[eé]\s*$/i,
  /** `ARRAS, le 21 mars 2022`: the place-and-date line that ends an unsigned deliberation. */
  placeAndDate: /^\s*[A-ZÀ-Ý][\p{L}' -]+,\s*le\s+\d/u,
  /** `RAPPORT N°22`, after the header and the administration lines. */
  report: /^\s*RAPPORT\s+N\s?°\s*(\d+)\s*$/i,
  /** `COMMISSION PERMANENTE DU CONSEIL DEPARTEMENTAL`, above the report's meeting line. */
  reportCommission: /^\s*COMMISSION\s+PERMANENTE\s+DU\s+CONSEIL/i,
  /** `Je vous prie de bien vouloir en délibérer.`: the report's closing, before `SIGNE` and the name. */
  pleaseDeliberate: /^\s*Je\s+vous\s+prie\s+de\s+bien\s+vouloir\s+en\s+d[ée]lib[ée]rer/i,
} as const;

// ── Attendance (§1.3) ────────────────────────────────────────────────────────────────────────

export type AttendanceLabelKind = AttendanceKind | 'secretary';

/** The list headers. Order matters: the « sans voix » labels before the plain ones they begin like. */
export const CP_ATTENDANCE_LABELS: readonly (readonly [AttendanceLabelKind, RegExp])[] = [
  ['excusedNonVoting', /^\s*Excus[ée][()es]{0,6}\s+sans\s+voix\s+d[ée]lib[ée]rative\s*:/i],
  ['nonVoting', /^\s*Assist[a-z]{0,5}[()es]{0,6}\s+(?:[ée]galement\s+)?sans\s+voix\s+d[ée]lib[ée]rative\s*:/i],
  ['present', /^\s*(?:[ÉE]tai(?:en)?t\s+)?pr[ée]sent[()es]{0,6}\s*:/i],
  ['excused', /^\s*Excus[ée][()es]{0,6}\s*:/i],
  ['absent', /^\s*Absent[()es]{0,6}\s*:/i],
  ['secretary', /^\s*Secr[ée]taire(?:\s+de\s+s[ée]ance)?\s*:/i],
];

// ── Vote (§2.1) ──────────────────────────────────────────────────────────────────────────────

export const CP_VOTE = {
  intro: CP_LANDMARKS.voteIntro,
  /** The vote-line labels; the figure, `voix` and the groups follow. */
  kinds: [
    ['pour', /^\s*Pour\b/i],
    ['contre', /^\s*Contre\b/i],
    ['abstention', /^\s*Abstention(?:s|\(s\))?/i],
    [
      'nppv',
      /^\s*(?:Ne\s+pren(?:d(?:\s?\(\s?nent\s?\))?|nent)\s+pas\s+part\s+au\s+vote|N['’]\s?(?:a|ont)\s+pas\s+pris\s+part\s+au\s+vote|Ne\s+participen?t?\s+pas\s+au\s+vote)/i,
    ],
    ['absent', /^\s*Absent(?:s|\(s\)|e|es)?\s+sans\s+d[ée]l[ée]gation(?:\s+de\s+vote)?/i],
  ] as readonly (readonly [VoteKind, RegExp])[],
  /** A figure written as a word: `néant`, `aucun(e)`. */
  zero: /^(?:n[ée]ant|aucune?)\b/i,
  /** The unit after the figure: `44 voix`. */
  unit: /^\s*voix\b/i,
  /** `(Adopté)`; `(Rejeté)` accepted though unseen. */
  outcome: /^\s*(?:\(\s*)?(Adopt[ée]e?s?|Rejet[ée]e?s?)/i,
  adopted: /^adopt/i,
} as const;

// ── Signature (§1.2 block 22) ────────────────────────────────────────────────────────────────

export const CP_SIGNATURE = {
  heading: CP_LANDMARKS.signature,
  /** `ARRAS, le …`, `Fait à Arras, le …`: the place, then `le` and (maybe) the date. */
  placeDate: /^(\s*(?:Fait\s+[àa]\s+)?)([^,\d\s](?:[^,\d]{0,58}[^,\d\s])?)\s*,\s*le\b/i,
  /** Lines under the heading that are not the signatory's name: `Pour le Président…`, `Signé`, `P.O`. */
  notAName: /^\s*(?:Pour\b|Sign[ée]\b|La\s|Le\s|Par\s|P\.?\s?O\b)/i,
} as const;

// ── Visas and declarations (§1.2 blocks 14–16, §2.3, §8) ─────────────────────────────────────

export const CP_VISAS = {
  /** `Vu …` / `VU …` always opens a visa. */
  start: /^\s*(?:Vu|VU)(?![\p{L}\d])/u,
  /** `vu …` opens one only after a closed item (otherwise it is a wrapped `vu` in prose). */
  lowerStart: /^\s*vu(?![\p{L}\d])/iu,
  informed: /^\s*Apr[èe]s\s+(?:en\s+)?avoir\s+inform[ée]/iu,
  /** Lines that open something else: the preamble, the formula, the decision. */
  otherStart: /^\s*(?:La\s+Commission\s+Permanente\s+du\s+Conseil|Apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r|D[ÉE]CIDE\b|Article\s+(?:\d|unique))/iu,
  /** The words before the cited thing: `Vu `, `Vu : `, `Après en avoir informé `. */
  lead: [/^(?:Vu|VU|vu)\s*:?\s*/u, /^Apr[èe]s\s+(?:en\s+)?avoir\s+inform[ée]\s*/iu] as readonly RegExp[],
  /** `Vu A ; Vu B ;` typed on one line: where the second starts. */
  gluedNext: /;\s+(?=(?:Vu|VU)\s)/gu,
  /** A declaration of interest among the visas. */
  interest: /int[ée]ress[ée]/iu,
} as const;

export const CP_DECLARATIONS = {
  /** Lines that open something other than a declaration: a visa, the formula, the preamble. */
  otherStart: /^\s*(?:Vu\b|Apr[èe]s\s+en\s+avoir|La\s+Commission\s+Permanente|Le\s+Conseil\s+d[ée]partemental)/i,
  /** `intéressée à l’affaire`, `intéressés à l'affaire`. */
  interest: /int[ée]ress[ée][()es]{0,6}\s(?:[àa]\s)?l['’]\s?affaire/i,
  interestStart: /int[ée]ress[ée]/i,
  /** `…, n’a pris part ni au débat, ni au vote`: the verb after the persons, when they follow `intéressé`. */
  verb: /\bn['’]\s?(?:a|ont)\b/i,
  /** `intéressé à l’affaire et excusé, n’a pas donné de délégation de vote` (003 L18438). */
  excused: /\bexcus[ée]/i,
  noProxyGiven: /pas\s+donn[ée]|sans\s+(?:d[ée]l[ée]gation|pouvoir|procuration)/i,
} as const;

// ── Decision articles (§1.5) ─────────────────────────────────────────────────────────────────

export const CP_ARTICLES = {
  /** `Article 2     :`, `Article unique :`, `Article 1er : D’attribuer …`, `Article 3 -`. Groups: indent, word, number. */
  heading: new RegExp('^(\\s*)(Article)\\s+(' + CP_ARTICLE_NUMBER + ')\\s*(?::|[-–.](?=\\s|$))', 'iu'),
  /** A heading whose colon was forgotten: `Article 2` alone on its line (capital A only). */
  bareHeading: new RegExp('^(\\s*)(Article)\\s+(' + CP_ARTICLE_NUMBER + ')\\s*$', 'u'),
} as const;

// ── Reports (§1.4, §8.3) ─────────────────────────────────────────────────────────────────────

export const CP_REPORT = {
  number: CP_LANDMARKS.report,
  commission: CP_LANDMARKS.reportCommission,
  pleaseDeliberate: CP_LANDMARKS.pleaseDeliberate,
  signed: CP_LANDMARKS.signed,
  /** `La 2ème Commission - Solidarités Humaines a émis un avis favorable …`: the subject. Group 1: the ordinal. */
  opinionSubject: new RegExp('(?<![\\p{L}\\d])La\\s+(' + ORDINAL_SOURCE + ')\\s*Commission(?![\\p{L}])', 'giu'),
  /** `Ce rapport a été présenté pour information à la 1ère Commission`. Group 1: the ordinal. */
  informedSubject: new RegExp(
    '(?<![\\p{L}\\d])(?:Ce|Le\\s+pr[ée]sent)\\s+rapport\\s+a\\s+[ée]t[ée]\\s+(?:pr[ée]sent[ée]|soumis|transmis)\\s+' +
      'pour\\s+information\\s+(?:à|a|devant)\\s+(?:la\\s+)?(' + ORDINAL_SOURCE + ')\\s*Commission(?![\\p{L}])',
    'giu',
  ),
  /** The verb of an opinion: `a émis un avis favorable`, `a rendu un avis défavorable`. Group 1: the opinion. */
  opinionVerb: /(?<!\s)\s+(?:a|ont)\s+(?:[ée]mis|rendu|donn[ée])\s+(?:un\s+)?avis\s+([\p{L}]+)/iu,
  /**
   * Where an informed commission's name stops: `lors de sa réunion`, `du 07/03/2022`, the sentence's
   * end. Alternatives start at the first space of a run (`(?<!\s)`) so that no run is rescanned.
   */
  informedNameStop:
    /(?<!\s)(?:\s+(?:lors\s+de\s+sa\s+r[ée]union|en\s+date\s+du|r[ée]unie)\b|\s+(?:du|le)\s+\d|\s*[.;]\s|\s*(?:[.;]\s*)?$)/iu,
  /**
   * An act cited in the report's prose: the word, in the group of its kind. `arrêté` only after a
   * determiner or `par` (`un arrêté`, `par arrêté`, matched with it: the word ends the match), so
   * that the participle (`le montant arrêté à`) is no act. Sticky: it is tried where `citationWord`
   * is found, from `citationMaxLead` characters before the word (`les   `) on — a search for the
   * words alone reads a report three times faster than a search for this pattern.
   */
  citation:
    /(?<![\p{L}])(?:(?<deliberation>d[ée]lib[ée]rations?)|(?:(?:un|le|les|cet|ces|par|des|aux?)\s{1,3}|[ld]['’]\s?)(?<arrete>arr[êe]t[ée]s?)|(?<convention>conventions?))(?![\p{L}])/iuy,
  citationWord: /d[ée]lib[ée]ration|arr[êe]t[ée]|convention/gi,
  citationMaxLead: 6,
  /** `délibération n°…`, `délibération cadre n°…`: the number belongs to the deliberation only here. */
  citationNumberRightAfter: /^\s(?:cadre\s)?(?=n\s?°|N\s?°|no\s)/u,
  /** `arrêté n°…`, `arrêté ministériel NOR : …`, `convention n°…`: the number of the act named. */
  citationActNumberRightAfter: /^\s{1,3}(?:(?:minist[ée]riel|pr[ée]fectoral|interminist[ée]riel|d[ée]partemental|cadre|initiale|pluriannuelle)\s{1,3})?(?=n\s?°|N\s?°|no\s|NOR\b)/u,
  /** `convention 2021-01017`: a convention's number written bare. Group 1: the number. */
  citationBareNumber: /^\s{1,3}(?:n\s?°\s?)?(\d{4}-\d{3,6})(?![\d/-])/u,
  /** What introduces an arrêté's or a convention's own date, right before it: `du`, `en date du`, `signée le`. */
  citationDateLead: /(?:(?<![\p{L}])(?:du|le|en\s+date\s+du)|sign[ée]e?s?(?:\s+le)?|conclue?s?\s+le|pris\s+le)\s{0,3}$/iu,
  /**
   * Another act, or another number, between the word and a date: the date is that act's (`Convention …
   * Fondements juridiques - Loi n° 2014-856 du 31 juillet 2014`).
   */
  citationOtherAct: /(?<![\p{L}])(?:lois?|d[ée]crets?|ordonnances?|codes?|sch[ée]mas?|n\s?°|NOR)(?![\p{L}])/iu,
} as const;

// ── Detection ────────────────────────────────────────────────────────────────────────────────

/**
 * In the head detection reads (lines joined by spaces, folded to lower case without accents by
 * templates/index.ts, but raw text reads the same): the header, the département's name, then the
 * nature. The name is short and made of letters, spaces, hyphens and apostrophes, so prose (`le
 * Département du Nord, vu la délibération du Conseil départemental`) does not pass for a header.
 */
const CP_HEAD_DEPARTMENT =
  '(?<![\\p{L}])' + CP_HEADER_WORDS + CP_HEADER_SEPARATOR + "\\p{L}[\\p{L}'’ -]{0,40}?\\s+" + CP_NATURE_WORD + '\\s+';
const HEAD_CP = new RegExp(CP_HEAD_DEPARTMENT + CP_BODY, 'iu');
const HEAD_COUNCIL = new RegExp(CP_HEAD_DEPARTMENT + CP_COUNCIL_BODY + '\\s+D[EÉ]PARTEMENTAL', 'iu');
const HEAD_STAMP = new RegExp('(?<![\\p{L}])' + CP_STAMP_SENT + '\\s*(?:le\\b|:)', 'iu');
/** The head detection reads is a few thousand characters; a longer one is cut, not scanned. */
const MAX_HEAD = 8000;

/**
 * 12 when the head holds a CP header and nature; 10 for a plenary act of the same layout
 * (`DELIBERATION DU CONSEIL DEPARTEMENTAL`) or the CP's legality stamp alone; 0 otherwise. Both
 * stay above the other templates (assemblee: 9 at most), which would read such an act less well.
 * `%%` comment lines need no skipping: the header is searched anywhere in the head.
 */
export function detectDepartementCp(head: string): number {
  const text = head.length > MAX_HEAD ? head.slice(0, MAX_HEAD) : head;
  if (HEAD_CP.test(text)) return 12;
  if (HEAD_COUNCIL.test(text) || HEAD_STAMP.test(text)) return 10;
  return 0;
}

export const DEPARTEMENT_CP: TemplateProfile = {
  id: 'departement-cp',
  name: { fr: 'délibération de la commission permanente d’un département', en: 'deliberation of a département’s commission permanente' },
  detect: detectDepartementCp,
  // `Excusé(s)` members gave a proxy and are counted in the votes (docs/domain.md §2.3, V1).
  excusedHoldsProxy: true,
  layout: 'one-act',
  vocabulary: COMMON_VOCABULARY,
};
