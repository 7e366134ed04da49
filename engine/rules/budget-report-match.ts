/**
 * budget-report-match (domain.md §6.2 T4–T6): the deliberation's imputation table repeats its own
 * report's: the same (operation code, imputation) lines, Dépense = Proposition (recettes: Recette =
 * Proposition), the same CP or AP. Codes compare without spaces and without their `C0d-` prefix,
 * imputations with `//` → `/` and in either order (§10); a letter O written for the zero of `C0d-`
 * is a typo of its own. Every copy of the report is compared (2022-82 has two).
 *
 * Which side is wrong? The report's row carries its own check — Solde = Disponible − Proposition —
 * so when that fails and the deliberation's figure is the one the row implies, the report's
 * Proposition is reported; otherwise the deliberation's figure (the act adopted) is.
 *
 * The annexes' `SOUS PROGRAMME` blocks restate the same lines: a block's PROPOSITION is checked
 * against the total of its beneficiaries and against the Dépense and the Proposition of the same
 * (code, imputation) (`lib/programme-rows.ts`, domain.md §7.1).
 */
import type { Located, Range, Report, TableCell, TableRow } from '../model/types';
import type { Rule, RuleReport } from './types';
import { message } from './helpers';
import { foldBare } from '../text/normalize';
import { cellOf, shown, written } from './lib/budget-cells';
import { programmeReports } from './lib/programme-rows';
import { balanceHolds, deliberationRows, impliedProposition, imputationKey, ownReportsWithTables, pairRows, rowName, type RowPair } from './lib/budget-rows';

function reportRows(report: Report): TableRow[] {
  return report.tables.flatMap((t) => t.rows);
}

/** `C0` then the letter O where the code has the digit zero (`CO2-515B03`, L6429). */
function letterO(code: Located<string> | undefined): boolean {
  return !!code && /^CO\d-/.test(code.value);
}

function reportLabel(report: Report): { fr: string; en: string } {
  const n = report.number?.value;
  return n !== undefined ? { fr: `du rapport N°${n}`, en: `of report N°${n}` } : { fr: 'du rapport', en: 'of the report' };
}

export const budgetReportMatch: Rule = {
  id: 'budget-report-match',
  severity: 'error',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Le tableau d’imputation de la délibération reprend celui de son rapport : mêmes lignes, Dépense = Proposition, mêmes CP / AP.',
    'The deliberation’s imputation table repeats its report’s: same lines, Dépense = Proposition, same CP / AP.',
  ),
  check({ dossier, report }) {
    const seen = new Set<string>();
    const emit = (r: RuleReport): void => {
      const key = `${r.range.start.line}:${r.range.start.character}:${r.message.fr}`;
      if (seen.has(key)) return;
      seen.add(key);
      report(r);
    };
    // The annex's sub-programme blocks restate the same lines (§7.1).
    for (const r of programmeReports(dossier)) emit(r);
    const drows = deliberationRows(dossier);
    for (const row of [...drows, ...dossier.reports.filter((r) => r.own).flatMap(reportRows)]) {
      if (!letterO(row.operationCode)) continue;
      const code = row.operationCode!;
      const fixed = code.value.replace(/^CO/, 'C0');
      emit({
        range: code.range,
        message: message(
          `Code opération ${code.value} : la lettre O est écrite à la place du chiffre 0 (${fixed}).`,
          `Operation code ${code.value}: the letter O is written for the digit 0 (${fixed}).`,
        ),
        data: { expected: fixed, actual: code.value },
        fixes: [{ title: message(`Écrire le code ${fixed}`, `Write the code ${fixed}`), range: code.range, text: fixed, preferred: true }],
      });
    }
    if (drows.length === 0) return;
    for (const own of ownReportsWithTables(dossier)) {
      const label = reportLabel(own);
      const { pairs, deliberationOnly, reportOnly } = pairRows(drows, reportRows(own));
      for (const pair of pairs) checkPair(pair, label, emit);
      for (const row of deliberationOnly) {
        emit({
          range: anchorOf(row),
          message: message(
            `La ligne ${rowName(row)} de la délibération est absente du tableau ${label.fr}.`,
            `Line ${rowName(row)} of the deliberation is missing from the table ${label.en}.`,
          ),
          data: { missingIn: 'report', line: rowName(row) },
        });
      }
      for (const row of reportOnly) {
        emit({
          range: anchorOf(row),
          message: message(
            `La ligne ${rowName(row)} ${label.fr} est absente du tableau de la délibération.`,
            `Line ${rowName(row)} ${label.en} is missing from the deliberation’s table.`,
          ),
          data: { missingIn: 'deliberation', line: rowName(row) },
        });
      }
    }
  },
};

function anchorOf(row: TableRow): Range {
  return row.imputations[0]?.range ?? row.operationCode?.range ?? row.range;
}

/**
 * A libellé's letters and digits, each word without a plural ending, joined: wrapping and PDF
 * breaks (`Fonctionneme nt`), case, accents and number (`Equipement sportif` / `Equipements
 * sportifs`) aside (§10).
 */
function libelleKey(libelle: string): string {
  return foldBare(libelle)
    .split(/[^a-z0-9]+/)
    .map((w) => (w.length > 3 ? w.replace(/[sx]$/, '') : w))
    .join('');
}

/** One name cut short in a narrow column (`Informatique subventions aux`) is still the same name. */
function sameLibelle(a: string, b: string): boolean {
  const [x, y] = [libelleKey(a), libelleKey(b)];
  if (x === '' || y === '') return true;
  return x === y || (Math.min(x.length, y.length) >= 8 && (x.startsWith(y) || y.startsWith(x)));
}

/**
 * The same operation code named two ways (deliberation / report). Information: the code and the
 * imputation carry the act's budget meaning, the libellé only names them; yet one operation must
 * read the same in the act and in the report it adopts.
 */
function checkNames(pair: RowPair, label: { fr: string; en: string }, emit: (r: RuleReport) => void): void {
  const { deliberation: d, report: r } = pair;
  if (pair.by === 'imputation' || !d.operationCode || !d.libelleRange || sameLibelle(d.libelle, r.libelle)) return;
  emit({
    range: d.libelleRange,
    severity: 'information',
    message: message(
      `L’opération ${d.operationCode.value} est libellée « ${d.libelle} » dans la délibération, mais « ${r.libelle} » dans le tableau ${label.fr}.`,
      `Operation ${d.operationCode.value} is named "${d.libelle}" in the deliberation, but "${r.libelle}" in the table ${label.en}.`,
    ),
    related: r.libelleRange ? [{ range: r.libelleRange, message: message(`Libellé ${label.fr}`, `Name ${label.en}`) }] : undefined,
    data: { actual: d.libelle, other: { value: r.libelle, ...(r.libelleRange ? { range: r.libelleRange } : {}) } },
  });
}

function checkPair(pair: RowPair, label: { fr: string; en: string }, emit: (r: RuleReport) => void): void {
  const { deliberation: d, report: r } = pair;
  const name = rowName(d);
  checkNames(pair, label, emit);
  if (pair.by === 'code') {
    const a = d.imputations[0];
    const b = r.imputations[0];
    if (a && b) {
      const mine = d.imputations.map((i) => i.value).join(', ');
      const theirs = r.imputations.map((i) => i.value).join(', ');
      emit({
        range: a.range,
        message: message(
          `Imputation ${mine} ≠ ${theirs} dans le tableau ${label.fr} (opération ${d.operationCode?.value ?? ''}).`,
          `Imputation ${mine} ≠ ${theirs} in the table ${label.en} (operation ${d.operationCode?.value ?? ''}).`,
        ),
        related: [{ range: b.range, message: message(`imputation ${theirs} ${label.fr}`, `imputation ${theirs} ${label.en}`) }],
        data: { actual: mine, other: { range: b.range, value: theirs } },
      });
    }
  } else if (pair.by === 'imputation' && d.operationCode && r.operationCode) {
    emit({
      range: d.operationCode.range,
      message: message(
        `Code opération ${d.operationCode.value} ≠ ${r.operationCode.value} dans le tableau ${label.fr} (imputation ${imputationKey(d)}).`,
        `Operation code ${d.operationCode.value} ≠ ${r.operationCode.value} in the table ${label.en} (imputation ${imputationKey(d)}).`,
      ),
      related: [{ range: r.operationCode.range, message: message(`code ${r.operationCode.value} ${label.fr}`, `code ${r.operationCode.value} ${label.en}`) }],
      data: { actual: d.operationCode.value, other: { range: r.operationCode.range, value: r.operationCode.value } },
    });
  }
  if (d.guessed || r.guessed) return;
  const spent = cellOf(d, 'Depense', 'Recette');
  const proposed = cellOf(r, 'Proposition', 'PropositionInscription');
  if (spent && proposed && spent.amount.cents !== proposed.amount.cents) {
    // The report's own balance tells which figure slipped.
    const reportWrong = balanceHolds(r) === false && impliedProposition(r) === spent.amount.cents;
    const [wrong, right] = reportWrong ? [proposed, spent] : [spent, proposed];
    emit(mismatch(wrong, right, name, reportWrong ? 'report' : 'deliberation', label));
  }
  for (const kinds of [['CP'], ['AP', 'AE']] as const) {
    const mine = cellOf(d, ...kinds);
    const theirs = cellOf(r, ...kinds);
    if (mine && theirs && mine.amount.cents !== theirs.amount.cents) emit(mismatch(mine, theirs, name, 'deliberation', label));
  }
}

function columnName(cell: TableCell): string {
  if (cell.column === 'Depense') return 'Dépense';
  if (cell.column === 'PropositionInscription') return 'Proposition d’inscription';
  return cell.column;
}

function mismatch(wrong: TableCell, right: TableCell, name: string, side: 'deliberation' | 'report', label: { fr: string; en: string }): RuleReport {
  const expected = written(right.amount.cents, wrong.amount);
  const head = `${columnName(wrong)} ${shown(wrong.amount)} ≠ ${columnName(right)} ${shown(right.amount)}`;
  const where =
    side === 'deliberation'
      ? message(`${head} ${label.fr} pour ${name}.`, `${head} ${label.en} for ${name}.`)
      : message(
          `${head} de la délibération pour ${name} (le solde du rapport implique ${expected}).`,
          `${head} of the deliberation for ${name} (the report's balance implies ${expected}).`,
        );
  return {
    range: wrong.amount.range,
    message: where,
    related: [
      {
        range: right.amount.range,
        message:
          side === 'deliberation'
            ? message(`${columnName(right)} ${shown(right.amount)} ${label.fr}`, `${columnName(right)} ${shown(right.amount)} ${label.en}`)
            : message(`${columnName(right)} ${shown(right.amount)} de la délibération`, `${columnName(right)} ${shown(right.amount)} of the deliberation`),
      },
    ],
    data: { expected, actual: wrong.amount.text, column: wrong.column, side, other: { range: right.amount.range, value: right.amount.text } },
    fixes: [{ title: message(`Corriger la cellule ${columnName(wrong)} : ${expected}`, `Correct the ${columnName(wrong)} cell: ${expected}`), range: wrong.amount.range, text: expected }],
  };
}

