/**
 * How the parts of an act are written (collectivites.md §3, « Decision », « Signature and
 * mentions »): its visas (`Vu le Code général des collectivités territoriales ;`, `VU la
 * délibération n° CR 57-01 du …`), its considérants (`Considérant que …`), its decision (the
 * capitalised verbs `APPROUVE`, `DÉCIDE`, `PREND ACTE`, the infinitives of a proposal `D’AUTORISER`,
 * numbered `Article 1 :`), its signature (`Fait et délibéré …`, `Pour extrait conforme`, `Le Maire,
 * Jean DUPONT`, `Signé électroniquement par …`) and its executory mention.
 *
 * The texts are read flattened as often as line-structured, so every landmark is found inside a
 * line: what tells a landmark from prose is its case and the word after it, not a line start.
 */

export type SignatoryRole = 'president' | 'secretary' | 'other';

export interface ActVocabulary {
  /** `Vu`, `VU`, `Vu :` before the cited thing (`g`; group `next`: the word after it). */
  visaStart: RegExp;
  /** The word after `Vu` when it is written in capitals: only these open a visa (`VU LE CODE`, not `VU ET APPROUVÉ`). */
  visaCapsNext: RegExp;
  /** A word all in capitals (`ET`, `LE`, `L’AVIS`). */
  capitalsWord: RegExp;
  /** The word after `Vu` that makes it prose or a name (`Vu que`, `Vu Mme …`). */
  visaNotNext: RegExp;
  /** The text before `Vu` that makes it no visa: `Au vu`, a civility before a first name `Vu` (tested on the few characters before). */
  visaNotAfter: RegExp;
  /** The word `Code` in a code visa, where its name starts. */
  codeWord: RegExp;
  /** Where a code's name ends (`, notamment`, ` et`, ` article`, ` ;`), searched after `Code` in the visa's collapsed text. */
  codeNameEnd: RegExp;
  /** `Considérant que`, `CONSIDERANT l’avis`, `Considérant,` (`g`). */
  considerantStart: RegExp;
  /**
   * What ends a visa or a considérant without being one: the decision's intro (`Après en avoir
   * délibéré`, `EN CONSEQUENCE`), the body's sentence (`Le Conseil municipal,`), the rapporteur's
   * proposal (`M. le Maire propose`), a page marker (`Page 1 sur 2`) (`g`).
   */
  partEnd: RegExp;
  /** A full stop that may end a sentence: followed by a blank and a capital, a figure, a quote, a parenthesis (not a bullet: `…. - Que « … »` goes on) (`y`, at the stop; the word before is checked with `abbreviation`). */
  sentenceEnd: RegExp;
  /** The word before a full stop that makes it an abbreviation, not a sentence's end (`M.`, `Mme.`, `art.`, `P. RIO`). */
  abbreviation: RegExp;
  /**
   * A capitalised decision verb (`g`): group `verb` the verb as written (`APPROUVE`, `PREND ACTE`,
   * `AUTORISER` after `D’` or `DE `).
   */
  decisionVerb: RegExp;
  /**
   * What may follow a decision verb (`y`, right after it): punctuation, or a word in lower case, a
   * capitalised word, a civility, a figure, a quote — not a word in capitals (`AUTORISATION DE
   * SIGNER LA CONVENTION`, `AYANT DONNE PROCURATION` are titles and labels).
   */
  decisionFollow: RegExp;
  /** A word in capitals right before an infinitive (`AUTORISATION DE SIGNER`): a title's, unless it is a verb (`DÉCIDE D’APPROUVER`). Tested on the characters before. */
  capitalsBefore: RegExp;
  /** After `DIT`, `PRÉCISE`, `CONSTATE`: `QUE` in capitals still continues a decision (`DIT QUE les crédits`) (`y`). */
  decisionThat: RegExp;
  /** Verbs that may be followed by `QUE` in capitals. */
  verbsWithThat: RegExp;
  /** `Article 1 :`, `Article 1er –`, `ARTICLE 2 -`, `Article unique :`, `Article 1° :` (`g`; group `n`). */
  articleHeading: RegExp;
  /**
   * A sentence after an article's first that still belongs to it: it opens with a decision verb
   * (`Approuve …. Autorise la présidente à le signer.`) (`y`, at the sentence's first word).
   */
  articleContinuation: RegExp;
  /** After an act number read in a visa: the number goes on (`052.2011`, `2020_ 147`, `C170/2016`), so what was read is only part of it (`y`). */
  numberCut: RegExp;
  /** The number of an article heading (`1`, `1er`, `premier`, `unique`) as a number; 1 for `unique`. */
  articleNumber(written: string): number | undefined;

  // ── Signature ────────────────────────────────────────────────────────────────────────────
  /** `Fait et délibéré …`, `Délibéré en séance …`, `Pour extrait conforme`, `Extrait certifié conforme` (`g`). */
  sealing: RegExp;
  /** A sealing mention that certifies a copy (`Pour extrait conforme`, `Extrait certifié conforme`), tested on its text. */
  copyMention: RegExp;
  /** `Fait à Grigny, le …`, `Fait et délibéré à Pessac, les jour, mois et an susdits` (`g`; group `place`). */
  madeAt: RegExp;
  /** `Certifié exécutoire`, `Acte rendu exécutoire`, `Extrait certifié conforme et exécutoire`, `caractère exécutoire` (`g`). */
  executory: RegExp;
  /** `Signé électroniquement par :` before the signer's name (`g`). */
  electronic: RegExp;
  /** `Date de signature :`, `Date :` in an electronic signature block (`g`). */
  electronicDate: RegExp;
  /** `Qualité : Maire` in an electronic signature block (`g`; group `role`). */
  electronicRole: RegExp;
  /** `Le Maire`, `La Présidente`, `Le/La secrétaire de séance`, `L’Adjoint délégué` (`g`; group `role`). */
  signatoryRole: RegExp;
  /** What a role word stands for. */
  roleKind(role: string): SignatoryRole;
  /** `de Pessac,`, `du Conseil départemental,` between a role and its comma (`y`). */
  roleQualifier: RegExp;
  /** `Le secrétaire de séance :`, the header's form naming him (`y`, after the role). */
  roleColon: RegExp;
  /** `Le Maire, après avoir rappelé …`, `Le Président propose`: a sentence goes on after the role, no signature (`y`). */
  roleProse: RegExp;
  /** The blanks and punctuation after a role before its name: `, `, ` : `, `, Signé ` (`y`). */
  nameLead: RegExp;
  /** A signatory's name: `Jean-Philippe KEROSLIAN`, `Mme Anne LEROUX`, `DUPONT Jean` (`y`; group `name`). */
  signatoryName: RegExp;
  /** Between two names printed side by side under two roles (`y`). */
  nameGap: RegExp;

  // ── Reaches (characters that are not blanks) ─────────────────────────────────────────────
  /** The longest visa or considérant: past it, a part that never ended ran into the exposé and is dropped. */
  partMaxLength: number;
  /** How far after its last verb a decision's sentence may run. */
  verbReach: number;
  /** How far after its last article heading a decision may run. */
  articleReach: number;
  /** How far apart two parts of one signature block may lie. */
  signatureGap: number;
  /** A role with a name stands alone (no `Fait et délibéré` before it) only this close to its item's end. */
  signatureTail: number;
  /** How far after a signature's opening words its date may start. */
  signatureDateReach: number;
}

/** The decision verbs, in the present (`APPROUVE`) and, after `D’`/`DE `, in the infinitive (`D’APPROUVER`). */
const DECISION_VERB =
  /(?<![\p{L}\d'’\-])(?:(?:D['’] ?|DE )(?<infinitive>ACTER|APPROUVER|AUTORISER|ADOPTER|ACCEPTER|ABROGER|ATTRIBUER|AFFECTER|ARR[ÊE]TER|SOLLICITER|SIGNER|PR[ÉE]CISER|FIXER|D[ÉE]SIGNER|DIRE|CHARGER|VALIDER|CR[ÉE]ER|SUPPRIMER|MODIFIER|PRENDRE ACTE|DONNER|RETENIR|CONFIRMER|[ÉE]METTRE|OPTER|INSTAURER|INSTITUER|ENGAGER|RENOUVELER|ACQU[ÉE]RIR|C[ÉE]DER|VERSER|OUVRIR|INSCRIRE|APPLIQUER|MAINTENIR|RETIRER|ANNULER|ALLOUER|OCTROYER|ACCORDER)|(?<verb>D[ÉE]CIDE|APPROUVE|AUTORISE|ADOPTE|PREND ACTE|D[ÉE]SIGNE|ACCEPTE|ATTRIBUE|FIXE|DIT|PR[ÉE]CISE|SOLLICITE|CHARGE|DONNE|ATTESTE|ARR[ÊE]TE|CONFIRME|VALIDE|[ÉE]MET|RETIENT|CR[ÉE]E|SUPPRIME|MODIFIE|COMPL[ÈE]TE|ABROGE|OPTE|[ÉE]LIT|INSTITUE|INSTAURE|AFFECTE|CONSTATE|S['’]ENGAGE|ACTE|RENOUVELLE|ACCORDE|OCTROIE|ALLOUE|RAPPELLE|ANNULE|RETIRE|MAINTIENT|CONFIE|APPLIQUE|D[ÉE]L[ÈE]GUE|[ÉE]TABLIT|ENTEND|S['’]OPPOSE|REFUSE|REJETTE|ENGAGE))(?![\p{L}\d'’\-])/gu;

function articleNumber(written: string): number | undefined {
  const w = written.toLowerCase();
  if (w === 'premier' || w === 'unique') return 1;
  const n = Number(w);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function roleKind(role: string): SignatoryRole {
  const r = role.toLowerCase();
  if (r.includes('secr')) return 'secretary';
  // The vice-president, the adjoint sign for the president: they are not him.
  if (/^(?:maire|pr[ée]sidente?)$/u.test(r)) return 'president';
  return 'other';
}

export const ACTS: ActVocabulary = {
  visaStart: /(?<![\p{L}\d'’])(?:Vu|VU)(?: ?:)? (?<next>[\p{L}][\p{L}'’]*)/gu,
  visaCapsNext: /^(?:LE|LA|LES|L['’]\p{Lu}*|CODE|LOI|LOIS|D[ÉE]CRET|ARR[ÊE]T[ÉE]|AVIS|RAPPORT|D[ÉE]LIB[ÉE]RATIONS?|ORDONNANCE|ARTICLES?|STATUTS)$/u,
  capitalsWord: /^[\p{Lu}'’]{2,}$/u,
  visaNotNext: /^(?:et|ET|que|QUE|qu['’]|QU['’]|par|PAR|Monsieur|Madame|Mme|M|MM|Mmes)$/u,
  visaNotAfter: /(?:^|[^\p{L}])(?:[Aa]u|AU|M\.|Mme|Mlle|Monsieur|Madame) ?$/u,
  codeWord: /(?<![\p{L}])(?:Code|CODE|code)(?![\p{L}])/u,
  codeNameEnd:
    /(?: ?[;,(:«]| (?:et|ET|en|EN|notamment|NOTAMMENT|articles?|Articles?|ARTICLES?|modifi[ée]e?|pris|relatif|qui|pr[ée]cisant|pr[ée]voyant|stipulant|dont|ainsi|selon|(?:LO|L|R|D) ?\.? ?\d)(?![\p{L}])|\.(?![\p{L}\d]))/u,
  considerantStart:
    /(?<![\p{L}\d'’])(?:Consid[ée]rant|CONSID[ÉE]RANT)(?= ?[,:]| (?:l['’]|L['’]|d['’]une part)| (?:que|qu['’]|QUE|QU['’]|le|la|les|LE|LA|LES|ces|cette|ce|cet|son|sa|ses|leurs?|notamment|en outre|par ailleurs|enfin|[ée]galement|toutefois|donc|dès lors|aussi)(?![\p{L}]))/gu,
  partEnd:
    /(?<![\p{L}])(?:(?:[Aa]pr[èe]s|APR[ÈE]S) (?:en |EN )?(?:avoir|AVOIR) (?:(?:valablement|VALABLEMENT) )?(?:d[ée]lib[ée]r[ée]|D[ÉE]LIB[ÉE]R[ÉE]|entendu|ENTENDU|pris connaissance)|(?:[Aa]pr[èe]s|APR[ÈE]S) (?:d[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)|(?:Entendu|ENTENDU|Ou[ïi]|OU[ÏI]) (?:l['’] ?|L['’] ?)(?:expos[ée]|EXPOS[ÉE])|(?:En|EN) (?:cons[ée]quence|CONS[ÉE]QUENCE)|(?:Sur|SUR) (?:le rapport|la proposition|proposition|LE RAPPORT|LA PROPOSITION|PROPOSITION)|Il est (?:donc )?propos[ée]|(?:Le|LE|La|LA) (?:Conseil|CONSEIL|conseil|Bureau|BUREAU|bureau|Comit[ée]|COMIT[ÉE]|comit[ée]|Commission|COMMISSION|commission)(?: (?:[Mm]unicipal|MUNICIPAL|[Cc]ommunautaire|COMMUNAUTAIRE|[Mm][ée]tropolitain|M[ÉE]TROPOLITAIN|[Ss]yndical|SYNDICAL|[Dd][ée]partemental|D[ÉE]PARTEMENTAL|[Rr][ée]gional|R[ÉE]GIONAL|[Pp]ermanente|PERMANENTE|de [Cc]ommunaut[ée]|DE COMMUNAUT[ÉE]))?(?= ?,| en ayant| ayant| apr[èe]s| APR[ÈE]S| d[ée]lib[ée]r| D[ÉE]LIB[ÉE]R)|(?:M\.|Mme|Monsieur|Madame) (?:le |la |l['’])?(?:Maire|MAIRE|Pr[ée]sidente?|PR[ÉE]SIDENTE?|[Rr]apporteure?)(?= (?:propose|expose|rappelle|indique|informe|pr[ée]cise|demande|soumet|pr[ée]sente|donne|explique|fait)(?![\p{L}]))|(?:Page|PAGE) \d{1,3} ?(?:sur|SUR|\/|\|) ?\d{1,3})/gu,
  sentenceEnd: /\.(?= (?:\p{Lu}|\d|[«"“(*]))/uy,
  abbreviation: /(?:^|[^\p{L}])(?:M|MM|Mmes?|Mlle|Dr|St|Ste|[Aa]rt|cf|al|av|bd|T[ée]l|r[ée]f|R[ée]f|n|N|p|\p{Lu})$/u,
  decisionVerb: DECISION_VERB,
  decisionFollow: / ?[:,;.–—\-]| ?$| (?:\p{Ll}|\p{Lu}\p{Ll}|M\.|MM\.|Mmes? |\d|[«"“(])| [\p{Lu}]['’] ?\p{Ll}/uy,
  capitalsBefore: /(?<![\p{L}'’])[\p{Lu}'’]{2,} ?$/u,
  decisionThat: / (?:QUE|QU['’])(?![\p{L}])/uy,
  verbsWithThat: /^(?:DIT|PR[ÉE]CISE|CONSTATE|RAPPELLE|ATTESTE|DIRE|PR[ÉE]CISER)$/u,
  articleHeading: /(?<![\p{L}\d'’])(?:Article|ARTICLE) (?<n>\d{1,2}|premier|PREMIER|unique|UNIQUE)(?:er|ER|°|e|ème)?(?= ?(?:[:\-–—]|\.(?!\d)))/gu,
  articleContinuation:
    /(?:D[ée]cide|Approuve|Autorise|Affecte|Subordonne|Attribue|Pr[ée]cise|Dit|Charge|D[ée]signe|Fixe|Abroge|Modifie|Prend acte|D[ée]l[èe]gue|Sollicite|Adopte|Accepte|Confirme|Valide|Retient|Octroie|Alloue|Accorde|Donne|Renouvelle|[ÉE]met|Cr[ée]e|Supprime|Institue|Compl[èe]te|Annule|Retire|Engage|Mandate)(?![\p{L}])/uy,
  numberCut: /(?:[.\/_\-–]\d|[\/_]|[\p{L}\d])/uy,
  articleNumber,

  sealing:
    /(?<![\p{L}])(?:(?:Ainsi )?(?:Fait|FAIT) et (?:d[ée]lib[ée]r[ée]|D[ÉE]LIB[ÉE]R[ÉE])|D[ée]lib[ée]r[ée] en s[ée]ance|Pour (?:extrait|copie|exp[ée]dition) (?:certifi[ée]e? )?conforme|POUR (?:EXTRAIT|COPIE) (?:CERTIFI[ÉE]E? )?CONFORME|(?:Extrait|Copie|EXTRAIT|COPIE) (?:certifi[ée]e?|CERTIFI[ÉE]E?) (?:conforme|CONFORME)|Certifi[ée]e? conforme|Ont sign[ée] au registre|Au registre (?:ont sign[ée]|sont les signatures))(?![\p{L}])/gu,
  copyMention: /^(?:Pour (?:extrait|copie|exp[ée]dition)|POUR (?:EXTRAIT|COPIE)|Extrait|Copie|EXTRAIT|COPIE|Certifi[ée]e? conforme)/u,
  madeAt:
    /(?<![\p{L}])(?:Fait|FAIT)(?: et d[ée]lib[ée]r[ée]| et D[ÉE]LIB[ÉE]R[ÉE])? (?:[àa]|À) (?<place>\p{Lu}[\p{L}'’\-]*(?: (?:sur|sous|en|le|la|les|de|du|des|\p{Lu}[\p{L}'’\-]*)){0,5})(?: \(\d{2,5}\))?(?=,| (?:le|les|LE|LES|en|EN) )/gu,
  executory:
    /(?<![\p{L}])(?:(?:[Cc]ertifi[ée]e?|CERTIFI[ÉE]E?|[Rr]endue?|RENDUE?|[Dd][ée]clar[ée]e?)(?: (?:conforme et|CONFORME ET))? (?:ex[ée]cutoire|EX[ÉE]CUTOIRE)|[Cc]aract[èe]re ex[ée]cutoire|CARACT[ÈE]RE EX[ÉE]CUTOIRE)(?![\p{L}])/gu,
  electronic: /(?<![\p{L}])(?:Sign[ée]e? [ée]lectroniquement|SIGN[ÉE]E? [ÉE]LECTRONIQUEMENT)(?: (?:par|PAR))?(?: ?:)? ?/gu,
  electronicDate: /(?<![\p{L}])(?:Date de (?:la )?signature|DATE DE (?:LA )?SIGNATURE|Sign[ée]e? le|Date)(?: ?:)? ?/gu,
  electronicRole: /(?<![\p{L}])(?:Qualit[ée]|QUALIT[ÉE]) ?: ?(?<role>Maire|MAIRE|Pr[ée]sidente?|PR[ÉE]SIDENTE?|Vice-Pr[ée]sidente?|Adjointe?)(?![\p{L}])/gu,
  signatoryRole:
    /(?<![\p{L}'’\/])(?:(?:Le|La|LE|LA|Le\/La|La\/Le|LE\/LA) |L['’] ?)(?<role>Maire|MAIRE|Pr[ée]sidente?|PR[ÉE]SIDENTE?|[Ss]ecr[ée]taire de s[ée]ance|SECR[ÉE]TAIRE DE S[ÉE]ANCE|Vice-[Pp]r[ée]sidente?|VICE-PR[ÉE]SIDENTE?|[Aa]djointe?(?: (?:au [Mm]aire|d[ée]l[ée]gu[ée]e?))?|ADJOINTE?|Maire-[Aa]djointe?|[Cc]onseill[eè]re? d[ée]l[ée]gu[ée]e?)(?![\p{L}\-])/gu,
  roleKind,
  roleQualifier: / (?:de la|de l['’]|du|de|des|d['’]) ?[^,;.:]{1,60}(?=,)/uy,
  roleColon: / ?:/uy,
  roleProse: / ?,? ?\p{Ll}/uy,
  nameLead: / ?[,:]? ?(?:(?:Sign[ée]|SIGN[ÉE]|sign[ée])(?: ?:)? ?)?/uy,
  signatoryName:
    /(?:(?:M\.|Mme|Monsieur|Madame) )?(?<name>\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)?(?: \p{Lu}\p{Ll}[\p{Ll}'’]*)? \p{Lu}{2,}(?:[ '’\-]\p{Lu}{2,}){0,3}|\p{Lu}{2,}(?:[ '’\-]\p{Lu}{2,}){0,3} \p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)?)(?![\p{L}\-'’])/uy,
  nameGap: / ?,? ?/uy,

  partMaxLength: 2000,
  verbReach: 1500,
  articleReach: 3000,
  signatureGap: 300,
  signatureTail: 400,
  signatureDateReach: 80,
};
