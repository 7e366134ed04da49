/**
 * Every diagnostic the engine gives on the real acts of ../shared/external, pinned with why it is a
 * genuine inconsistency of the text (each read in the document, not inferred). `at` is the
 * character where the diagnostic starts on the document's single line. A diagnostic not listed
 * here, or a pin not found, fails `npm run test:external`.
 */
export interface Pin {
  file: string;
  rule: string;
  at: number;
  why: string;
}

export const PINS: readonly Pin[] = [
  {
    file: '049.txt',
    rule: 'date-coherence',
    at: 328,
    why: 'Title « Séance du Lundi 30 janvier 2023 », but the opening sentence writes the year « deux mille vingt-deux »: 30 January 2022 was a Sunday, the meeting (and the ACTES ID 20230130) is of 2023.',
  },
  {
    file: '077.txt',
    rule: 'date-convocation',
    at: 185,
    why: 'The minutes of the meeting of Monday 6 February 2023 say the council was « légalement convoqué le 6 février 2023 »: convened the day it met, no clear day (L2121-11 asks three).',
  },
  {
    file: '083.txt',
    rule: 'date-coherence',
    at: 137,
    why: 'The bureau met on 26 February 2024 (title and index), written « le mardi vingt-six février »: 26 February 2024 was a Monday.',
  },
  {
    file: '093.txt',
    rule: 'attendance-count',
    at: 275,
    why: 'The box prints 49 présents for deliberations 1 to 3, but the « Sont présents » list names M. MOLOSSI twice: 49 entries, 48 members; with 6 proxies and no absent the council would have 55 members for 54 named.',
  },
  {
    file: '093.txt',
    rule: 'attendance-duplicate',
    at: 1119,
    why: 'The « Sont présents » list writes « M. MOLOSSI » twice (after Mme LORCA and after M. MADAULE), neither entry qualified; the text names MOLOSSI nowhere else (two occurrences in the file), so one member is listed twice.',
  },
  {
    file: '174.txt',
    rule: 'date-coherence',
    at: 153,
    why: 'Titled « PROCES-VERBAL DU CONSEIL MUNICIPAL DU 30 JANVIER 2020 », it opens « LE DIX-SEPT DECEMBRE DEUX-MILLE DIX-NEUF … S’EST RÉUNI LE CONSEIL MUNICIPAL » with a convocation of 11 December 2019: the opening of the previous minutes was kept.',
  },
];
