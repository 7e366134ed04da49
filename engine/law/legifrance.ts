/**
 * Links to the law on Légifrance, built from what an act or a message cites: a code's name and an
 * article number. The scheme (README « Liens vers Légifrance ») uses only identifiers that do not
 * change when the law does:
 *
 * - a code: its LEGITEXT id, which names the code itself, not one of its versions —
 *   `https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070633/` opens the CGCT in force;
 * - an article: Légifrance's search on the article number (`searchField=NUM_ARTICLE`), which lists
 *   the article as in force today. An article's own id (LEGIARTI…) names one version and is
 *   replaced each time the article is rewritten, so a stored one silently points at an old text.
 *
 * A link is given only for a code of the table below: an article of a code Delibera does not know
 * (a typo, a code abrogated long ago) gets no link rather than a search that may find another
 * code's article of the same number.
 */
import { foldBare } from '../text/normalize';

export const LEGIFRANCE = 'https://www.legifrance.gouv.fr';

export interface LegalCode {
  /** The code's LEGITEXT id on Légifrance (stable across versions). */
  legitext: string;
  /** Its name as Légifrance writes it. */
  name: string;
  /** The abbreviation acts and messages use, when there is a usual one. */
  abbreviation?: string;
}

/**
 * The codes the deliberations of collectivités cite (the corpus, ../shared/external, the rules'
 * docs), with their LEGITEXT ids as published in Légifrance's list of codes (base LEGI).
 */
export const CODES: readonly LegalCode[] = [
  { legitext: 'LEGITEXT000006070633', name: 'Code général des collectivités territoriales', abbreviation: 'CGCT' },
  { legitext: 'LEGITEXT000006070239', name: 'Code électoral' },
  { legitext: 'LEGITEXT000006071191', name: "Code de l'éducation" },
  { legitext: 'LEGITEXT000037701019', name: 'Code de la commande publique', abbreviation: 'CCP' },
  { legitext: 'LEGITEXT000006070299', name: 'Code général de la propriété des personnes publiques', abbreviation: 'CG3P' },
  { legitext: 'LEGITEXT000044416551', name: 'Code général de la fonction publique', abbreviation: 'CGFP' },
  { legitext: 'LEGITEXT000006069577', name: 'Code général des impôts', abbreviation: 'CGI' },
  { legitext: 'LEGITEXT000031366350', name: "Code des relations entre le public et l'administration", abbreviation: 'CRPA' },
  { legitext: 'LEGITEXT000006070249', name: 'Code des juridictions financières', abbreviation: 'CJF' },
  { legitext: 'LEGITEXT000006070933', name: 'Code de justice administrative', abbreviation: 'CJA' },
  { legitext: 'LEGITEXT000006074069', name: "Code de l'action sociale et des familles", abbreviation: 'CASF' },
  { legitext: 'LEGITEXT000006072665', name: 'Code de la santé publique', abbreviation: 'CSP' },
  { legitext: 'LEGITEXT000006073189', name: 'Code de la sécurité sociale', abbreviation: 'CSS' },
  { legitext: 'LEGITEXT000025503132', name: 'Code de la sécurité intérieure', abbreviation: 'CSI' },
  { legitext: 'LEGITEXT000006074075', name: "Code de l'urbanisme" },
  { legitext: 'LEGITEXT000006074220', name: "Code de l'environnement" },
  { legitext: 'LEGITEXT000006074096', name: "Code de la construction et de l'habitation", abbreviation: 'CCH' },
  { legitext: 'LEGITEXT000006070667', name: 'Code de la voirie routière' },
  { legitext: 'LEGITEXT000006074228', name: 'Code de la route' },
  { legitext: 'LEGITEXT000023086525', name: 'Code des transports' },
  { legitext: 'LEGITEXT000006071318', name: 'Code du sport' },
  { legitext: 'LEGITEXT000006074073', name: 'Code du tourisme' },
  { legitext: 'LEGITEXT000006074236', name: 'Code du patrimoine' },
  { legitext: 'LEGITEXT000006072050', name: 'Code du travail' },
  { legitext: 'LEGITEXT000006070721', name: 'Code civil' },
  { legitext: 'LEGITEXT000006070719', name: 'Code pénal' },
  { legitext: 'LEGITEXT000006069414', name: 'Code de la propriété intellectuelle', abbreviation: 'CPI' },
  { legitext: 'LEGITEXT000023983208', name: "Code de l'énergie" },
  { legitext: 'LEGITEXT000022197698', name: 'Code rural et de la pêche maritime' },
  { legitext: 'LEGITEXT000025244092', name: 'Code forestier' },
  { legitext: 'LEGITEXT000006072026', name: 'Code monétaire et financier' },
  { legitext: 'LEGITEXT000006074224', name: "Code de l'expropriation pour cause d'utilité publique" },
];

export const CGCT: LegalCode = CODES[0];

/** Folded names, longest first: `code de la route` must not take `code de la route…` of another code. */
const BY_NAME: readonly [string, LegalCode][] = CODES.map((code) => [foldName(code.name), code] as [string, LegalCode]).sort(
  (a, b) => b[0].length - a[0].length,
);

function foldName(name: string): string {
  return foldBare(name).replace(/['’]\s*/g, "'").replace(/-/g, ' ');
}

/**
 * The code a name designates, as an act writes it: « Code Général des Collectivités Territoriales »,
 * « code de l’éducation », « CGCT », « le Code du Sport et notamment… » (what follows the name is
 * ignored). Undefined for a code the table does not hold.
 */
export function codeByName(written: string): LegalCode | undefined {
  const trimmed = written.trim();
  const abbreviation = CODES.find((code) => code.abbreviation && code.abbreviation === trimmed.replace(/\.$/, ''));
  if (abbreviation) return abbreviation;
  const folded = foldName(trimmed).replace(/^(?:le|du|au|les|des)\s+/, '');
  for (const [name, code] of BY_NAME) {
    if (folded === name) return code;
    // A longer text: the name must end at a word boundary (`code de la route` is not `code de la routeur`).
    if (folded.startsWith(name) && !/[a-z0-9]/.test(folded.charAt(name.length))) return code;
  }
  return undefined;
}

/** The code's page in force: its table of contents on Légifrance. */
export function codeUrl(code: LegalCode): string {
  return `${LEGIFRANCE}/codes/texte_lc/${code.legitext}/`;
}

/** `L.2121-17`, `L 2121-17`, `L. 2121 - 17`, `LO.141`, `L.O. 141` → `L2121-17`, `LO141`; undefined if not an article number. */
export function normalizeArticle(written: string): string | undefined {
  const compact = written.replace(/^\s*(?:art(?:icle)?s?\.?\s+)/i, '').replace(/[\s.*\u00a0]+/g, '');
  const m = /^(LO|L|R|D|A)?(\d{1,5}(?:-\d{1,5}){0,6})$/i.exec(compact.replace(/^L\.?O/i, 'LO'));
  if (!m) return undefined;
  return `${(m[1] ?? '').toUpperCase()}${m[2]}`;
}

/** Légifrance's search for the article by its number: the version in force, whatever it is today. */
export function articleSearchUrl(article: string): string {
  const number = normalizeArticle(article) ?? article.trim();
  return `${LEGIFRANCE}/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=${encodeURIComponent(number)}`;
}

export interface LawLink {
  url: string;
  /** `CGCT L2121-17`, `Code électoral L52-8`: what the link says it leads to. */
  label: string;
  code: LegalCode;
  article: string;
}

/** The link to an article of a code given by its name (or the code itself), if both are known. */
export function articleLink(code: string | LegalCode | undefined, article: string): LawLink | undefined {
  const known = typeof code === 'string' ? codeByName(code) : code;
  const number = normalizeArticle(article);
  if (!known || !number) return undefined;
  return { url: articleSearchUrl(number), label: `${known.abbreviation ?? known.name} ${number}`, code: known, article: number };
}
