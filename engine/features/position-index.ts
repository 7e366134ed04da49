/**
 * What is under the cursor: every element an editor feature can talk about (a table cell, a total,
 * a vote figure, a person, a visa, an article reference…), found from the model's ranges. The
 * dossier is found by binary search; each dossier's elements are listed once and cached with the
 * dossier object, which the analyzer reuses (and shifts in place) while its text is unchanged, so
 * a hover on a 44 000-line file costs a search and one short scan.
 */
import type {
  AnnexTable,
  Amount,
  Article,
  ArticleReference,
  AttendanceKind,
  AttendanceList,
  Dossier,
  ImputationTable,
  InterestDeclaration,
  Person,
  Range,
  Report,
  TableCell,
  TableRow,
  TotalLine,
  Visa,
  VoteLine,
} from '../model/types';
import type { Position } from '../text/lines';
import { containsPosition, rangeSize } from './text-utils';
import { totalTables } from '../rules/lib/total-tables';

export type PersonRole = AttendanceKind | 'secretary' | 'president' | 'declaration';

export type Target =
  | { kind: 'cell'; range: Range; table: ImputationTable; row: TableRow; cell: TableCell; report?: Report; annex?: AnnexTable }
  | { kind: 'total'; range: Range; table: AnnexTable; total: TotalLine; amount?: Amount }
  | { kind: 'articleAmount'; range: Range; article: Article; amount: Amount }
  | { kind: 'voteCount'; range: Range; line: VoteLine }
  | { kind: 'voteIntro'; range: Range }
  | { kind: 'outcome'; range: Range }
  | { kind: 'person'; range: Range; person: Person; role: PersonRole; declaration?: InterestDeclaration }
  | { kind: 'attendanceLabel'; range: Range; list: AttendanceList }
  | { kind: 'visa'; range: Range; visa: Visa }
  | { kind: 'articleRef'; range: Range; article: Article; ref: ArticleReference };

export interface Located {
  dossier: Dossier;
  target: Target;
}

/** The dossier holding a line (dossiers are in document order and cover the file). */
export function dossierAt(dossiers: readonly Dossier[], line: number): Dossier | undefined {
  let lo = 0;
  let hi = dossiers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = dossiers[mid].range;
    if (range.end.line < line) lo = mid + 1;
    else if (range.start.line > line) hi = mid - 1;
    else return dossiers[mid];
  }
  return undefined;
}

const cache = new WeakMap<Dossier, Target[]>();

export function targetsOf(dossier: Dossier): Target[] {
  let targets = cache.get(dossier);
  if (!targets) {
    targets = collect(dossier);
    cache.set(dossier, targets);
  }
  return targets;
}

/** The most specific element under `position`, if any. */
export function targetAt(dossiers: readonly Dossier[], position: Position): Located | undefined {
  const dossier = dossierAt(dossiers, position.line);
  if (!dossier) return undefined;
  let best: Target | undefined;
  for (const target of targetsOf(dossier)) {
    if (!containsPosition(target.range, position)) continue;
    if (!best || rangeSize(target.range) < rangeSize(best.range)) best = target;
  }
  return best ? { dossier, target: best } : undefined;
}

function collect(dossier: Dossier): Target[] {
  const out: Target[] = [];
  const d = dossier.deliberation;
  for (const list of d.attendance) {
    out.push({ kind: 'attendanceLabel', range: list.labelRange, list });
    for (const person of list.persons) out.push({ kind: 'person', range: person.range, person, role: list.kind });
  }
  if (d.secretary) {
    out.push({ kind: 'person', range: d.secretary.range, person: d.secretary, role: 'secretary' });
  }
  if (d.presidency?.person) out.push({ kind: 'person', range: d.presidency.person.range, person: d.presidency.person, role: 'president' });
  for (const declaration of d.declarations) {
    for (const person of declaration.persons) out.push({ kind: 'person', range: person.range, person, role: 'declaration', declaration });
  }
  for (const visa of d.visas) out.push({ kind: 'visa', range: visa.range, visa });
  for (const article of d.articles) {
    for (const amount of article.amounts) out.push({ kind: 'articleAmount', range: amount.range, article, amount });
    for (const ref of article.references) out.push({ kind: 'articleRef', range: ref.range, article, ref });
  }
  const addTable = (table: ImputationTable, report?: Report, annex?: AnnexTable) => {
    for (const row of table.rows) for (const cell of row.cells) out.push({ kind: 'cell', range: cell.amount.range, table, row, cell, report, annex });
  };
  d.tables.forEach((t) => addTable(t));
  for (const report of dossier.reports) report.tables.forEach((t) => addTable(t, report));
  for (const { table } of totalTables(dossier)) {
    if (table.programme) addTable(table.programme, undefined, table);
    for (const total of table.totals) {
      out.push({ kind: 'total', range: total.range, table, total });
      for (const amount of total.amounts) out.push({ kind: 'total', range: amount.range, table, total, amount });
    }
  }
  if (d.vote) {
    out.push({ kind: 'voteIntro', range: d.vote.introRange });
    for (const line of d.vote.lines) {
      out.push({ kind: 'voteCount', range: line.countRange, line });
      out.push({ kind: 'voteCount', range: line.range, line });
    }
    if (d.vote.outcome) out.push({ kind: 'outcome', range: d.vote.outcome.range });
  }
  return out;
}
