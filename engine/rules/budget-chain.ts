/**
 * budget-chain (domain.md §6.2 T8, file scope): when several reports of one meeting draw on the same
 * budget line (operation code, imputation, credit), each report starts from what the previous one
 * left: one's Solde is the next one's Disponible, in some order — not necessarily the order of the
 * deliberation numbers (2022-104 → 2022-87, L20854 → L5084).
 *
 * Conservative: only rows whose own balance holds take part, one row per dossier (2022-82's two
 * report copies count once), and a Disponible is reported only when the rest of the chain is clear —
 * exactly one row starts from the full credit, the others link up, and one Disponible matches no
 * Solde; or two rows both start from the full credit, as if the other did not exist.
 */
import type { Amount, Dossier, Report, TableRow } from '../model/types';
import { isoDate } from '../text/dates';
import type { Rule } from './types';
import { memoized, message } from './helpers';
import { cellOf, shown, written } from './lib/budget-cells';
import { balanceHolds, rowKey, rowName } from './lib/budget-rows';

interface Entry {
  dossier: Dossier;
  report: Report;
  row: TableRow;
  credit: Amount;
  disponible: Amount;
  solde: Amount;
}

function who(entry: Entry): { fr: string; en: string } {
  const n = entry.report.number?.value;
  const delib = entry.dossier.deliberation.number?.text.replace(/^N°/i, '');
  const fr = [n !== undefined ? `rapport N°${n}` : 'rapport', delib ? `(délibération ${delib})` : ''].filter(Boolean).join(' ');
  const en = [n !== undefined ? `report N°${n}` : 'report', delib ? `(deliberation ${delib})` : ''].filter(Boolean).join(' ');
  return { fr, en };
}

const entriesOf = memoized((dossier: Dossier): Entry[] => {
  const out: Entry[] = [];
  const keys = new Set<string>();
  for (const report of dossier.reports) {
    if (!report.own) continue;
    for (const table of report.tables) {
      for (const row of table.rows) {
        if (row.guessed || row.direction !== 'depense' || !row.imputations.length) continue;
        const credit = cellOf(row, 'CP', 'AP', 'AE');
        const disponible = cellOf(row, 'Disponible');
        const solde = cellOf(row, 'Solde');
        if (!credit || !disponible || !solde || balanceHolds(row) !== true) continue;
        const key = `${rowKey(row)}|${credit.amount.cents}`;
        // The same report printed twice (2022-82) is one link, not two.
        if (keys.has(key)) continue;
        keys.add(key);
        out.push({ dossier, report, row, credit: credit.amount, disponible: disponible.amount, solde: solde.amount });
      }
    }
  }
  return out;
});

export const budgetChain: Rule = {
  id: 'budget-chain',
  severity: 'error',
  scope: 'file',
  templates: ['departement-cp'],
  description: message(
    'Quand plusieurs rapports d’une séance imputent la même ligne, le Disponible de l’un est le Solde d’un autre.',
    'When several reports of a meeting charge the same budget line, one’s Disponible is another’s Solde.',
  ),
  check({ dossiers, report }) {
    const groups = new Map<string, Entry[]>();
    for (const dossier of dossiers) {
      const date = dossier.deliberation.meetingDate;
      if (!date) continue;
      for (const entry of entriesOf(dossier)) {
        const key = `${isoDate(date.date)}|${rowKey(entry.row)}|${entry.credit.cents}`;
        const list = groups.get(key);
        if (list) list.push(entry);
        else groups.set(key, [entry]);
      }
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const heads = group.filter((b) => !group.some((a) => a !== b && a.solde.cents === b.disponible.cents));
      if (heads.length !== 2) continue;
      const starts = heads.filter((h) => h.disponible.cents === h.credit.cents);
      const dangling = heads.filter((h) => h.disponible.cents !== h.credit.cents);
      if (starts.length === 1 && dangling.length === 1) {
        const chain = follow(starts[0], group, dangling[0]);
        if (!chain || chain.length !== group.length - 1) continue;
        reportLink(report, dangling[0], chain[chain.length - 1], group.length);
      } else if (starts.length === 2) {
        // Both start from the whole credit: each ignores the other. The later one in the file is flagged.
        const [first, second] = starts;
        const chainFirst = follow(first, group, second);
        if (!chainFirst || chainFirst.length + (follow(second, group, first)?.length ?? 0) !== group.length) continue;
        reportLink(report, second, chainFirst[chainFirst.length - 1], group.length);
      }
    }
  },
};

/** From `start`, the rows that link Solde → Disponible one after the other (`skip` left out); undefined if it forks. */
function follow(start: Entry, group: readonly Entry[], skip: Entry): Entry[] | undefined {
  const chain = [start];
  let current = start;
  for (let guard = 0; guard < group.length; guard++) {
    const next = group.filter((e) => e !== skip && !chain.includes(e) && e.disponible.cents === current.solde.cents);
    if (next.length > 1) return undefined;
    if (next.length === 0) return chain;
    chain.push(next[0]);
    current = next[0];
  }
  return chain;
}

function reportLink(report: (r: import('./types').RuleReport) => void, entry: Entry, previous: Entry, size: number): void {
  const expected = written(previous.solde.cents, entry.disponible);
  const line = rowName(entry.row);
  const other = who(previous);
  report({
    range: entry.disponible.range,
    message: message(
      `Disponible ${shown(entry.disponible)} : la même ligne ${line} est imputée par ${size} rapports de la séance, et le ${other.fr} laisse un solde de ${shown(previous.solde)} — le disponible devrait être ${expected}.`,
      `Disponible ${shown(entry.disponible)}: the same line ${line} is charged by ${size} reports of the meeting, and ${other.en} leaves a balance of ${shown(previous.solde)} — the available amount should be ${expected}.`,
    ),
    related: [{ range: previous.solde.range, message: message(`Solde ${shown(previous.solde)} du ${other.fr}`, `Solde ${shown(previous.solde)} of ${other.en}`) }],
    data: { expected, actual: entry.disponible.text, other: { range: previous.solde.range, value: previous.solde.text } },
    fixes: [{ title: message(`Corriger le disponible : ${expected}`, `Correct the available amount: ${expected}`), range: entry.disponible.range, text: expected }],
  });
}
