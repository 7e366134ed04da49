/**
 * SCDL `BUDGET_ANNEE` and `BUDGET_NOM`, read from the object of a plain budget act only: the object
 * must begin with the act (`Budget primitif 2023`, `Approbation du compte administratif 2022 du
 * budget annexe assainissement`, `Décision modificative n°1 – Budget principal`). Any deliberation
 * may have a budgetary effect, but only these say which budget and which year by their wording;
 * the two fields go together (Validata's `cohesive-columns-value`), so one without the other is none.
 */
import { collapseSpaces } from '../text/normalize';
import { foldObject } from './matieres';

export interface BudgetReading {
  /** `2023` (SCDL: `^[0-9]{4}(\/[0-9]{4})?$`). */
  year: string;
  /** The budget as the object names it: `Budget annexe assainissement`, `Budget principal`, else the act (`Budget primitif`). */
  name: string;
}

export type BudgetResult =
  | { kind: 'none' }
  | { kind: 'read'; budget: BudgetReading }
  /** A budget act whose year the object does not give, or gives implausibly (an OCR `2073`). */
  | { kind: 'no-year'; act: string };

const ACT = /^(?:(?:approbation|adoption|vote|examen|presentation|arret) (?:du |de la |de l |des )?)?(budget primitif|budget supplementaire|budgets? annexes?|decision modificative|compte administratif|compte financier unique|compte de gestion)\b/;

const ACT_NAMES: Record<string, string> = {
  'budget primitif': 'Budget primitif',
  'budget supplementaire': 'Budget supplémentaire',
  'decision modificative': 'Décision modificative',
  'compte administratif': 'Compte administratif',
  'compte financier unique': 'Compte financier unique',
  'compte de gestion': 'Compte de gestion',
};

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?![\d])/;

/** The annex named in the original wording, up to a separator, a year or the end (at most 80 characters kept). */
const ANNEX = /\bbudget\s+annexe\s+(?:(?:du|de\s+la|de\s+l['’]|des|d['’])\s*)?(?:[«"“]\s*)?([^–—\-.,;:()«»"“”\d]{2,80})/i;

/** Words that end a budget's name: what follows is about the act (`… au titre de l'exercice 2021`). */
// One blank before the word, not a run of them: the name's spaces are collapsed first, and a run
// would be tried from each of its blanks (quadratic on a long one).
const NAME_END = /\s(?:au\s+titre|pour\s+l['’]?|pour|de\s+l['’]exercice|exercice|concernant|afférent|arrêt[ée]?|adopt[ée]|vot[ée])/i;

function beforeNameEnd(name: string): string {
  const end = NAME_END.exec(name);
  return end ? name.slice(0, end.index) : name;
}

/**
 * The budget of a plain budget act. `meetingYear` rules out a year too far from the meeting's
 * (budgets are voted for the year before, the same or the next one; accounts for the year before).
 */
export function budgetOf(object: string, meetingYear?: number): BudgetResult {
  const folded = foldObject(object);
  const act = ACT.exec(folded);
  if (!act) return { kind: 'none' };
  const year = YEAR.exec(folded)?.[1];
  const actName = ACT_NAMES[act[1]];
  if (!year || (meetingYear !== undefined && Math.abs(Number(year) - meetingYear) > 2)) return { kind: 'no-year', act: actName ?? 'Budget annexe' };
  const text = collapseSpaces(object.length > 2000 ? object.slice(0, 2000) : object);
  const annex = ANNEX.exec(text);
  let name: string | undefined;
  if (annex) {
    const own = beforeNameEnd(collapseSpaces(annex[1])).trim();
    if (own !== '') name = `Budget annexe ${own}`;
  }
  // `Budget annexe` whose name the text does not give (or an OCR cut): which budget is unknown.
  if (!name && /\bbudget annexe\b/.test(folded)) return { kind: 'none' };
  if (!name && /\bbudget principal\b/.test(folded)) name = 'Budget principal';
  name ??= actName;
  // `Budgets annexes 2023` without a name: several budgets, none to write.
  if (!name) return { kind: 'none' };
  return { kind: 'read', budget: { year, name } };
}
