/**
 * The placeholders Delibera's own skeleton (« Nouvelle délibération ») and snippets write, to be
 * replaced by the drafter: a date, a number, a group, a person, a title. Each is a form no real
 * act writes (checked on the corpus and the external acts: `draft-incomplete` says nothing there),
 * so a placeholder still in the text is one the drafter has not filled yet.
 *
 * Literal alternatives only (linear). `Prénom NOM` is a placeholder in a deliberation's own text;
 * annexes (a convention's signature block) are not read for placeholders.
 */

/** The skeleton's placeholders, as written, so that the skeleton and the reader cannot drift apart. */
export const PLACEHOLDER = {
  date: 'JJ/MM/AAAA',
  longDate: 'JJ MOIS AAAA',
  actNumber: 'AAAA-NNN',
  group: 'Groupe …',
  person: 'Prénom NOM',
  personUpper: 'PRÉNOM NOM',
  title: 'TITRE DE LA DÉLIBÉRATION',
  commission: 'nom de la commission',
  operation: 'C00-000A00',
  imputation: '0000/90000',
  /** The figure of a vote line: the vote reader records it as a missing figure, not as a placeholder. */
  figure: 'N',
} as const;

/**
 * Scans (`g`) for a placeholder. Case matters for the person (`Prénom NOM`, never a table's `NOM
 * Prénom` header) and the title; the dates are also written in lower case by the snippets.
 */
export const PLACEHOLDER_PATTERN =
  /(?<![\p{L}\p{N}])(?:[Jj]{2}\/[Mm]{2}\/[Aa]{4}|(?:JJ MOIS AAAA|jj mois aaaa)|AAAA-NNN|Groupe\s?(?:…|\.\.\.)|Pr[ée]nom NOM|PR[ÉE]NOM NOM|TITRE DE LA D[ÉE]LIB[ÉE]RATION|nom de la commission|C00-000A00|0000\/90000)(?![\p{L}\p{N}])/gu;

/** A person item that is a placeholder (`M. Prénom NOM`, `MONSIEUR PRÉNOM NOM`): no one to list. */
export const PLACEHOLDER_PERSON = /^(?:(?:M\.|Mme|Monsieur|Madame|MONSIEUR|MADAME)\s+)?(?:Pr[ée]nom NOM|PR[ÉE]NOM NOM)\.?$/u;

/** A vote figure left as its placeholder (`Pour : N voix`). */
export const PLACEHOLDER_FIGURE = /^N(?![\p{L}\p{N}])/u;

/**
 * A side of a vote labelled, then no figure before the next side or the end of the vote
 * (`Pour :  Contre : 0 Abstention : 2`, `pour : - contre : 0`). Scans (`g`); group `label`.
 */
export const BLANK_VOTE_FIGURE =
  /(?<![\p{L}\p{N}])(?<label>Pour|POUR|Contre|CONTRE|Abstentions?|ABSTENTIONS?)[ \t]?:[ \t]*(?=(?:Contre|CONTRE|Abstentions?|ABSTENTIONS?)[ \t]?:|[-–;)]|\n|$)/gu;
