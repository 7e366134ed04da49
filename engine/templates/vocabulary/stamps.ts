/**
 * How the préfecture's ACTES stamp is written (collectivites.md §3, « Signature and mentions »):
 * the box a télétransmission platform prints on every page (`Envoyé en préfecture le … Reçu en
 * préfecture le … Publié le … ID : 030-200066918-20230216-C2023_01_01-DE`), its older form
 * (`Accusé de réception en préfecture 068-…-DE Date de télétransmission : … Date de réception
 * préfecture : …`), and the executory mention of a signature block (`Certifié exécutoire …
 * transmis en préfecture le … publié le …`).
 */
export interface StampVocabulary {
  /** `Envoyé en préfecture le`, `Date de télétransmission :` — the label only; the date follows. */
  sent: RegExp;
  /** `Reçu en préfecture le`, `Date de réception préfecture :`. */
  received: RegExp;
  /** `Publié le`, `Affiché le`: a stamp part only beside another part (the words are common prose). */
  published: RegExp;
  /**
   * The ID's fixed head: `ID : ` (or `Accusé de réception en préfecture `), the département code,
   * the SIREN and the act's date (groups 1–3). Its number and nature are read after it.
   */
  id: RegExp;
  /** The number and nature after the head: `C2023_01_01-DE`, `DEL 2023 007-DE` (OCR spaces). */
  idTail: RegExp;
  /** `2020-1AR`: a nature glued to the number's last figure (a lost hyphen). */
  idTailGlued: RegExp;
  /** A number whose nature is lost: kept as far as it is certain (upper case and figures; prose glued to it is not). */
  idTailBare: RegExp;
  /** `Certifié exécutoire`, `Rendu exécutoire`: a signature-block mention whose dates follow. */
  executory: RegExp;
  /** In an executory mention: `transmis(e) en préfecture le`, `transmission en préfecture le`. */
  executorySent: RegExp;
  executoryReceived: RegExp;
  executoryPublished: RegExp;
  /** How far (characters) the executory mention's dates may lie after its opening words. */
  executoryReach: number;
  /** How far apart (characters) two parts of one stamp may lie: text of the page slips between them. */
  partGap: number;
  /** How far after its label a part's date may start (a colon, blanks). */
  dateReach: number;
}

export const STAMPS: StampVocabulary = {
  sent: /\b(?:Envoy[ée]e?\s+en\s+(?:sous[- ])?pr[ée]fecture\s+le|Date\s+de\s+t[ée]l[ée]transmission\s*:?)/giu,
  received: /\b(?:Re[çc]ue?\s+en\s+(?:sous[- ])?pr[ée]fecture\s+le|Date\s+de\s+r[ée]ception\s+(?:en\s+)?(?:sous[- ])?pr[ée]fecture\s*:?)/giu,
  // No `\b` in front: flattened PDFs glue the label to the page's letter-spaced words (`iPublié`).
  // A capital, as the box prints it: `publié le` in the page's prose (an avis d'appel public) is no part.
  published: /(?:Publi[ée]e?|PUBLI[ÉE]E?|Affich[ée]e?|AFFICH[ÉE]E?)\s+(?:le|LE)(?![\p{L}])/gu,
  // Case matters from the figures on: `-DE` after the number is upper case, `de` is prose.
  id: /(?:\b[Ii][Dd]\s?:\s?|\b[Aa]ccus[ée]\s+de\s+r[ée]ception\s+en\s+pr[ée]fecture\s+)(\d{2}[\dAB])\s?-\s?(\d{9})\s?-\s?(\d{8})\s?-\s?/gu,
  idTail: /^([A-Za-z0-9](?:[A-Za-z0-9_./-]|\s(?=[A-Za-z0-9])){0,60}?)\s?-\s?(DE|AR|AI|CC|BF|AU)(?![\p{L}\d_])/u,
  idTailGlued: /^([A-Za-z0-9][A-Za-z0-9_./-]{0,60}?\d)(DE|AR|AI|CC|BF|AU)(?![\p{L}\d_])/u,
  idTailBare: /^[A-Z0-9][A-Z0-9_./-]{0,60}/u,
  executory: /\b(?:certifi[ée]e?|rendue?)\s+ex[ée]cutoire/giu,
  executorySent: /\btransmis(?:e|sion)?\s+(?:en|[àa]\s+la)\s+(?:sous[- ])?pr[ée]fecture\s+(?:le|du)\b/giu,
  executoryReceived: /\b(?:re[çc]ue?|r[ée]ception)\s+(?:en|[àa]\s+la|par\s+la)\s+(?:sous[- ])?pr[ée]fecture\s+(?:le|du)\b/giu,
  executoryPublished: /\b(?:publi[ée]e?|publication|affich[ée]e?|affichage)\s+(?:le|du)\b/giu,
  executoryReach: 300,
  partGap: 300,
  dateReach: 4,
};
