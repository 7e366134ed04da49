/** Which reports of a dossier are its own, shared by the rules comparing the deliberation with its report. */
import type { Dossier, Report } from '../../model/types';
import { foldBare } from '../../text/normalize';
import { memoized } from '../helpers';

/** Titles compared modulo wrapping, case, accents, apostrophes and dashes. */
export function reportTitleKey(title: string): string {
  // foldBare has already collapsed white space to single spaces.
  return foldBare(title)
    .replace(/['`´]/g, "'")
    .replace(/ ([,;:.!?)'-])/g, '$1')
    .replace(/([('-]) /g, '$1')
    .trim();
}

/**
 * The dossier's own report copies: those dated like the deliberation, those titled like it (a report
 * whose date was mistyped), else the last report of the dossier. Older reports kept in annexes are
 * neither (2022-107).
 */
export const dossierReports = memoized((dossier: Dossier): Report[] => {
  const d = dossier.deliberation;
  const key = d.title ? reportTitleKey(d.title.value) : undefined;
  const mine = dossier.reports.filter((r) => r.own || (key !== undefined && r.title !== undefined && reportTitleKey(r.title.value) === key));
  if (mine.length > 0) return mine;
  const last = dossier.reports[dossier.reports.length - 1];
  return last ? [last] : [];
});
