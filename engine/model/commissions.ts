/**
 * The six thematic commissions of the Conseil départemental (docs/domain.md §8.1) and the ordinals that
 * name them: `1ère`, `1re`, `2ème`, `2e`, `deuxième`… Names are compared without case, accents or
 * punctuation, since visas and reports spell them differently (`Education, culture, sport et
 * citoyenneté` / `Éducation, Culture, Sport et Citoyenneté`).
 */
import { foldBare } from '../text/normalize';

export interface CommissionInfo {
  ordinal: number;
  /** The name as the visas usually write it. */
  name: string;
}

export const COMMISSIONS: readonly CommissionInfo[] = [
  { ordinal: 1, name: 'Attractivité départementale et emploi' },
  { ordinal: 2, name: 'Solidarités Humaines' },
  { ordinal: 3, name: 'Education, Culture, Sport et Citoyenneté' },
  { ordinal: 4, name: 'Equipement et développement des territoires' },
  { ordinal: 5, name: 'Solidarité territoriale et partenariats' },
  { ordinal: 6, name: 'Finances et Service Public départemental' },
];

const WORD_ORDINALS: Record<string, number> = {
  premiere: 1, premier: 1, deuxieme: 2, seconde: 2, second: 2, troisieme: 3, quatrieme: 4,
  cinquieme: 5, sixieme: 6, septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10,
};

/**
 * Source of a regular expression matching one ordinal as written before `commission`: digits with
 * a French ordinal suffix (`1ère`, `1ere`, `1re`, `1er`, `2ème`, `2eme`, `2e`, `2è`, `2nde`, `3°`),
 * or a word (`deuxième`). Meant for the `iu` flags.
 */
export const ORDINAL_SOURCE =
  '(?:\\d{1,2}\\s?(?:[èe]re|re|er|[èe]me|i[èe]me|e|è|nde?|°)(?![\\p{L}\\d])' +
  '|premi[èe]re?|deuxi[èe]me|seconde?|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me' +
  '|septi[èe]me|huiti[èe]me|neuvi[èe]me|dixi[èe]me)';

/** `3ème` → 3, `deuxième` → 2, `1re` → 1; undefined when the text is not one ordinal. */
export function parseOrdinal(text: string): number | undefined {
  const bare = foldBare(text).replace(/\s+/g, '');
  const digits = /^(\d{1,2})(?:ere|re|er|eme|ieme|e|nde?|°)$/.exec(bare);
  if (digits) {
    const n = Number(digits[1]);
    return n > 0 ? n : undefined;
  }
  return WORD_ORDINALS[bare];
}

/** `1ère`, `2ème`: how the visas write an ordinal. */
export function formatOrdinal(n: number): string {
  return n === 1 ? '1ère' : `${n}ème`;
}

/** Comparison key of a commission name: no case, accents, punctuation or quotes. */
export function commissionKey(name: string): string {
  return foldBare(name)
    .replace(/[«»"“”'’]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function sameCommissionName(a: string, b: string): boolean {
  return commissionKey(a) === commissionKey(b);
}

/** The commission of that ordinal, if it is one of the six. */
export function commissionByOrdinal(ordinal: number): CommissionInfo | undefined {
  return COMMISSIONS.find((c) => c.ordinal === ordinal);
}

/** The commission a name designates, if it is one of the six. */
export function commissionByName(name: string): CommissionInfo | undefined {
  const key = commissionKey(name);
  if (!key) return undefined;
  return COMMISSIONS.find((c) => commissionKey(c.name) === key);
}
