/** How the préfecture's ACTES stamp is written (docs/domain.md §3, « Signature and mentions »). */
export interface StampVocabulary {
  /** `Envoyé en préfecture le`, `Reçu en préfecture le`, `Publié le`, `Affiché le`. */
  sent: RegExp;
  received: RegExp;
  published: RegExp;
  /** `ID : 030-200066918-20230216-C2023_01_01-DE`. */
  id: RegExp;
}
// TODO(helper): fill in.
export const STAMPS = {} as StampVocabulary;
