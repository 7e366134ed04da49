/**
 * The sub-programme blocks of the annexes against the rest of the dossier (domain.md §7.1, aides
 * culturelles): a block row's PROPOSITION is the total of its beneficiaries (its footer), the
 * deliberation's Dépense and the report's Proposition for the same (code, imputation). One
 * imputation drawn over two blocks (`65735/93311`, L18717 and L18982) shares its Dépense between
 * them: a block's share is the Dépense less what the other blocks propose, when each of those is
 * vouched for by its own footer.
 *
 * Which side is wrong? The figure the others agree against. When the footer alone differs from a
 * PROPOSITION the tables repeat, the footer is reported; otherwise the PROPOSITION. A fix is given
 * only when the row's own balance (Solde = Disponible − Proposition) fails and implies the very
 * figure the others state: then the PROPOSITION slipped, and nothing else.
 */
import type { Amount, Dossier, ProgrammeFooter, Report, TableCell, TableRow } from '../../model/types';
import type { RuleReport } from '../types';
import { message } from '../helpers';
import { cellOf, shown, written } from './budget-cells';
import { deliberationRows, impliedProposition, ownReportsWithTables, rowKey, rowName } from './budget-rows';

/** A figure the PROPOSITION is held against; `fr`/`en` name the side without its figure, so messages stay the same when another figure of the dossier changes. */
interface Side {
  amount: Amount;
  /** What this row's PROPOSITION should be, by this side (a shared Dépense: this block's share). */
  cents: number;
  fr: string;
  en: string;
}

/** The one row of `rows` with this key, else nothing (two rows: no certain pairing). */
function single(rows: readonly TableRow[], key: string): TableRow | undefined {
  const found = rows.filter((r) => !r.guessed && rowKey(r) === key);
  return found.length === 1 ? found[0] : undefined;
}

function reportLabel(report: Report): { fr: string; en: string } {
  const n = report.number?.value;
  return n !== undefined ? { fr: `du rapport N°${n}`, en: `of report N°${n}` } : { fr: 'du rapport', en: 'of the report' };
}

/** The deliberation's Dépense and the report's Proposition for the key, when they agree with each other (else budget-report-match's pair check speaks). */
function tableSides(dossier: Dossier, key: string): { cell: TableCell; fr: string; en: string }[] {
  const out: { cell: TableCell; fr: string; en: string }[] = [];
  const d = single(deliberationRows(dossier), key);
  const spent = d && cellOf(d, 'Depense', 'Recette');
  const column = spent?.column === 'Recette' ? 'Recette' : 'Dépense';
  if (spent) out.push({ cell: spent, fr: `${column} de la délibération`, en: `${column} of the deliberation` });
  for (const report of ownReportsWithTables(dossier)) {
    const r = single(report.tables.flatMap((t) => t.rows), key);
    const proposed = r && cellOf(r, 'Proposition', 'PropositionInscription');
    const label = reportLabel(report);
    if (proposed) out.push({ cell: proposed, fr: `Proposition ${label.fr}`, en: `Proposition ${label.en}` });
  }
  return out.every((s) => s.cell.amount.cents === out[0].cell.amount.cents) ? out : [];
}

export function programmeReports(dossier: Dossier): RuleReport[] {
  const tables = dossier.annexes.flatMap((a) => a.tables);
  const rows = tables.flatMap((t) => t.programme?.rows ?? []);
  if (!rows.length) return [];
  const footerOf = new Map<TableRow, ProgrammeFooter>();
  for (const footer of tables.flatMap((t) => t.footers ?? [])) if (footer.rows.length === 1) footerOf.set(footer.rows[0], footer);
  const out: RuleReport[] = [];
  for (const row of rows) {
    const proposition = cellOf(row, 'Proposition');
    if (!proposition || !row.operationCode) continue;
    const key = rowKey(row);
    const sides: Side[] = [];
    const footer = footerOf.get(row);
    if (footer) sides.push({ amount: footer.amount, cents: footer.amount.cents, fr: 'total de ses bénéficiaires', en: 'the total of its beneficiaries' });
    const share = shareOf(row, rows, footerOf);
    if (share !== undefined) {
      for (const s of tableSides(dossier, key)) {
        // Shared with other blocks: this block's part of it.
        const cents = s.cell.amount.cents - share;
        sides.push(share ? { amount: s.cell.amount, cents, fr: `part du bloc dans la ${s.fr}`, en: `the block's share of the ${s.en}` } : { amount: s.cell.amount, cents, fr: s.fr, en: s.en });
      }
    }
    const report = judge(row, proposition, footer, sides);
    if (report) out.push(report);
  }
  return out;
}

/** What the other blocks of the same key propose, each vouched for by its footer; undefined when one is not. */
function shareOf(row: TableRow, rows: readonly TableRow[], footerOf: ReadonlyMap<TableRow, ProgrammeFooter>): number | undefined {
  const key = rowKey(row);
  let sum = 0;
  for (const other of rows) {
    if (other === row || rowKey(other) !== key) continue;
    const p = cellOf(other, 'Proposition');
    const f = footerOf.get(other);
    if (!p || !f || f.amount.cents !== p.amount.cents) return undefined;
    sum += p.amount.cents;
  }
  return sum;
}

function judge(row: TableRow, proposition: TableCell, footer: ProgrammeFooter | undefined, sides: readonly Side[]): RuleReport | undefined {
  const p = proposition.amount;
  const differ = sides.filter((s) => s.cents !== p.cents);
  if (!differ.length) return undefined;
  const name = rowName(row);
  const tables = sides.filter((s) => s.amount !== footer?.amount);
  // The footer alone differs from a PROPOSITION the deliberation and the report repeat.
  if (footer && differ.length === 1 && differ[0].amount === footer.amount && tables.length > 0) {
    const f = footer.amount;
    return {
      range: f.range,
      message: message(
        `Total des bénéficiaires ${shown(f)} ≠ PROPOSITION ${shown(p)} du sous-programme ${name}, que reprend le tableau de la délibération.`,
        `Beneficiaries' total ${shown(f)} ≠ PROPOSITION ${shown(p)} of sub-programme ${name}, as the deliberation's table repeats it.`,
      ),
      related: [
        { range: p.range, message: message(`PROPOSITION ${shown(p)} du sous-programme`, `PROPOSITION ${shown(p)} of the sub-programme`) },
        ...tables.map((s) => ({ range: s.amount.range, message: message(`${s.fr} : ${shown(s.amount)}`, `${s.en}: ${shown(s.amount)}`) })),
      ],
      data: { actual: f.text, column: 'Proposition', side: 'annex-footer', other: { range: p.range, value: p.text } },
    };
  }
  // Every side that differs states one figure, and the row's balance implies it: the PROPOSITION slipped.
  const first = differ[0];
  const target = first.cents;
  const agreed = differ.every((s) => s.cents === target) && differ.length === sides.length;
  const certain = agreed && impliedProposition(row) === target && target >= 0;
  const expected = certain ? written(target, p) : undefined;
  const hint = expected ? { fr: ` ; le solde du bloc implique ${expected}`, en: `; the block's balance implies ${expected}` } : { fr: '', en: '' };
  // The message names the first side only, the others are related: it stays put when another figure moves.
  const figure = first.cents === first.amount.cents ? shown(first.amount) : written(first.cents, first.amount);
  return {
    range: p.range,
    message: message(
      `PROPOSITION ${shown(p)} du sous-programme ${name} ≠ ${figure} (${first.fr}${hint.fr}).`,
      `PROPOSITION ${shown(p)} of sub-programme ${name} ≠ ${figure} (${first.en}${hint.en}).`,
    ),
    related: differ.map((s) => ({ range: s.amount.range, message: message(`${s.fr} : ${shown(s.amount)}`, `${s.en}: ${shown(s.amount)}`) })),
    data: { ...(expected ? { expected } : {}), actual: p.text, column: 'Proposition', side: 'annex', other: { range: first.amount.range, value: first.amount.text } },
  };
}
