/** Budget parts of a Commission Permanente dossier, written like the Pas-de-Calais reports and annexes. */
import { REPORT } from './cp';

/** A recette row under the report's table header (`Fonctionnement Recette`, 2022-94). */
export function recetteRow(cp: string, disponible: string, proposition: string, solde: string): string[] {
  return ['', 'Fonctionnement Recette', '', 'C03-221J02 7478/91221', 'Participations des collèges', '', `${cp} ${disponible} ${proposition} ${solde}`];
}

/** The report's default table followed by a recette row. */
export function withRecette(cp: string, disponible: string, proposition: string, solde: string): string[] {
  return [...REPORT.table, ...recetteRow(cp, disponible, proposition, solde)];
}

/** A sub-programme block restated in an annex (`BP 2022 DISPONIBLE PROPOSITION SOLDE`, L4129–4132). */
export function subProgramme(bp: string, disponible: string, proposition: string, solde: string): string[] {
  return ['', ' ANNEXE', '', 'SOUS PROGRAMME', '', '221J02', 'BP 2022 DISPONIBLE PROPOSITION SOLDE', '', `204311/91221                ${bp}                 ${disponible}                 ${proposition}          ${solde}`, ''];
}

/** A table typed by a drafter with pipes. */
export function pipeTable(cp: string, disponible: string, proposition: string, solde: string): string[] {
  return [
    '| Code Opération | Imputation | Libellé | CP | Disponible | Proposition | Solde |',
    '|---|---|---|---|---|---|---|',
    `| C03-221J02 | 204311/91221 | Informatique subventions aux collèges | ${cp} | ${disponible} | ${proposition} | ${solde} |`,
  ];
}

/** A beneficiary of a sub-programme block's list, its amounts on one line (`… 20 000 € 26 472 € …`, L4182). */
export function beneficiary(name: string, amount: string): string[] {
  return ['', `${name}   ARRAGEOIS                ${amount}               ${amount}`, '', 'OBJET : une saison culturelle rayonnant sur le territoire.', ''];
}

/**
 * A sub-programme block (`subProgramme`, code 221J02, or `code` and `imputation` given), its list of
 * beneficiaries and the footer lines that total them (`                85 500 € `, L4329).
 */
export function programmeBlock(cells: [string, string, string, string], list: string[][], footers: string[], code = '221J02', imputation = '204311/91221'): string[] {
  const [bp, disponible, proposition, solde] = cells;
  return [
    '',
    'SOUS PROGRAMME',
    '',
    code,
    'BP 2022 DISPONIBLE PROPOSITION SOLDE',
    '',
    `${imputation}                ${bp}                 ${disponible}                 ${proposition}          ${solde}`,
    '',
    ...(list.length ? ['STRUCTURES DOMAINE RAYONNEMENT', 'ATTRIBUTION', ''] : []),
    ...list.flat(),
    ...footers.flatMap((f) => [`                ${f} `, '']),
  ];
}
