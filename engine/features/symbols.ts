/**
 * Model → outline: dossier → deliberation (N° and title) → visas, articles, tables, vote;
 * report → its tables; annexes. LSP `DocumentSymbol`-shaped, so the server passes it through.
 */
import type { Article, BodyKind, CountKind, Dossier, ImputationTable, MeetingItem, Range, Report } from '../model/types';
import { formatLongDate } from '../text/dates';
import type { Locale } from '../rules/types';
import { displayAmount } from '../model/amounts';

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

/** LSP SymbolKind values used here. */
const Kind = { Module: 2, Namespace: 3, Class: 5, Field: 8, Function: 12, Array: 18, Struct: 23, Event: 24, Object: 19 } as const;

const LABELS = {
  fr: { dossier: 'Dossier', deliberation: 'Délibération', visas: 'Visas', vote: 'Vote', report: 'Rapport', annex: 'Annexe', table: 'Tableau', article: 'Article', unique: 'Article unique', rows: 'lignes', draft: 'Délibération (brouillon)', meeting: 'Séance', of: 'du', attendance: 'Présences', item: 'Point', adopted: 'adopté', rejected: 'rejeté', unanimity: 'unanimité' },
  en: { dossier: 'Dossier', deliberation: 'Deliberation', visas: 'Visas', vote: 'Vote', report: 'Report', annex: 'Annex', table: 'Table', article: 'Article', unique: 'Sole article', rows: 'rows', draft: 'Deliberation (draft)', meeting: 'Meeting', of: 'of', attendance: 'Attendance', item: 'Item', adopted: 'adopted', rejected: 'rejected', unanimity: 'unanimous' },
};

const BODY: Record<BodyKind, { fr: string; en: string }> = {
  'conseil-municipal': { fr: 'Conseil municipal', en: 'Municipal council' },
  'conseil-communautaire': { fr: 'Conseil communautaire', en: 'Community council' },
  bureau: { fr: 'Bureau', en: 'Bureau' },
  'comite-syndical': { fr: 'Comité syndical', en: 'Syndicate committee' },
  'commission-permanente': { fr: 'Commission permanente', en: 'Commission permanente' },
  'conseil-departemental': { fr: 'Conseil départemental', en: 'Departmental council' },
  'conseil-regional': { fr: 'Conseil régional', en: 'Regional council' },
};

type Labels = (typeof LABELS)['fr'];

export function documentSymbols(dossiers: readonly Dossier[], locale: Locale = 'fr'): DocumentSymbol[] {
  const labels = LABELS[locale];
  return dossiers.map((dossier) => (dossier.template === 'departement-cp' ? dossierSymbol(dossier, labels) : meetingSymbol(dossier, labels, locale)));
}

const COUNT: Record<CountKind, { fr: string; en: string }> = {
  inOffice: { fr: 'en exercice', en: 'in office' },
  present: { fr: 'présents', en: 'present' },
  substitutes: { fr: 'suppléants', en: 'substitutes' },
  represented: { fr: 'représentés', en: 'represented' },
  voters: { fr: 'votants', en: 'voters' },
  absent: { fr: 'absents', en: 'absent' },
  excused: { fr: 'excusés', en: 'excused' },
  quorum: { fr: 'quorum', en: 'quorum' },
  expressed: { fr: 'exprimés', en: 'cast' },
};

/** Every other assembly: the meeting → its attendance and its items, each with its vote. */
function meetingSymbol(dossier: Dossier, labels: Labels, locale: Locale): DocumentSymbol {
  const meeting = dossier.meeting;
  const body = meeting.body ? BODY[meeting.body.value][locale] : labels.meeting;
  const name = meeting.date ? `${body} ${labels.of} ${formatLongDate(meeting.date.date)}` : body;
  const children: DocumentSymbol[] = [];
  const attendance = meeting.attendance;
  if (attendance.range) {
    const detail = attendance.counts.map((c) => `${c.value} ${COUNT[c.kind][locale]}`).join(' · ') || `${attendance.attendees.length}`;
    children.push(symbol(labels.attendance, Kind.Namespace, attendance.range, firstLine(attendance.range), detail));
  }
  meeting.items.forEach((item, k) => children.push(itemSymbol(item, k, labels)));
  const selection = meeting.body?.range ?? meeting.date?.range ?? firstLine(dossier.range);
  return symbol(name, Kind.Module, dossier.range, selection, meeting.collectivite.name?.value, children);
}

function itemSymbol(item: MeetingItem, index: number, labels: Labels): DocumentSymbol {
  const name = item.number ? `${labels.deliberation} ${item.number.value}` : `${labels.item} ${index + 1}`;
  const children: DocumentSymbol[] = [];
  const vote = item.vote;
  if (vote) {
    const pour = vote.figures.pour?.value;
    const detail = [
      vote.formula?.value.startsWith('unanimite') ? labels.unanimity : undefined,
      pour !== undefined ? `${pour} pour` : undefined,
      vote.outcome ? (vote.outcome.value === 'rejete' ? labels.rejected : labels.adopted) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    children.push(symbol(labels.vote, Kind.Event, vote.range, firstLine(vote.range), detail || undefined));
  }
  const selection = item.number?.range ?? item.object?.range ?? firstLine(item.range);
  return symbol(name, Kind.Class, item.range, selection, item.object ? shorten(item.object.value, 90) : undefined, children);
}

function dossierSymbol(dossier: Dossier, labels: Labels): DocumentSymbol {
  const d = dossier.deliberation;
  const number = d.number ? `N°${d.number.text.replace(/^N°/i, '')}` : undefined;
  const children: DocumentSymbol[] = [deliberationSymbol(dossier, labels, number)];
  dossier.reports.forEach((report) => children.push(reportSymbol(report, labels)));
  dossier.annexes.forEach((annex, k) =>
    children.push(
      symbol(`${labels.annex} ${k + 1}`, Kind.Object, annex.range, annex.title?.range ?? firstLine(annex.range), annex.title?.value,
        annex.tables.map((t) => symbol(t.title || labels.table, Kind.Array, t.range, firstLine(t.range)))),
    ),
  );
  const name = number ? `${labels.dossier} ${number}` : `${labels.dossier} ${dossier.index + 1}`;
  return symbol(name, Kind.Module, dossier.range, d.number?.range ?? d.header, d.title?.value, children);
}

function deliberationSymbol(dossier: Dossier, labels: Labels, number: string | undefined): DocumentSymbol {
  const d = dossier.deliberation;
  const children: DocumentSymbol[] = [];
  if (d.visas.length > 0 && d.visasRange) {
    children.push(
      symbol(labels.visas, Kind.Namespace, d.visasRange, firstLine(d.visas[0].range), `${d.visas.length}`,
        d.visas.map((v) => symbol(shorten(v.text, 70), Kind.Field, v.range, firstLine(v.range), v.kind))),
    );
  }
  for (const article of d.articles) children.push(articleSymbol(article, labels));
  for (const table of d.tables) children.push(tableSymbol(table, labels));
  if (d.vote) {
    const pour = d.vote.lines.find((l) => l.kind === 'pour');
    const detail = [pour ? `${pour.count} pour` : undefined, d.vote.outcome?.value === 'rejete' ? 'rejeté' : d.vote.outcome ? 'adopté' : undefined]
      .filter(Boolean)
      .join(' · ');
    children.push(symbol(labels.vote, Kind.Event, d.vote.range, d.vote.introRange, detail || undefined));
  }
  const name = number ? `${labels.deliberation} ${number}` : labels.draft;
  const selection = d.number?.range ?? d.title?.range ?? d.header;
  return symbol(name, Kind.Class, d.range, selection, d.title?.value, children);
}

function articleSymbol(article: Article, labels: Labels): DocumentSymbol {
  const name = article.number === 'unique' ? labels.unique : `${labels.article} ${article.number}`;
  return symbol(name, Kind.Function, article.range, article.heading, shorten(article.body, 80) || undefined);
}

function tableSymbol(table: ImputationTable, labels: Labels): DocumentSymbol {
  const total = table.rows.reduce((sum, row) => {
    const dep = row.cells.find((c) => c.column === 'Depense' || c.column === 'Proposition');
    return sum + (dep ? dep.amount.cents : 0);
  }, 0);
  const detail = `${table.shape} · ${table.rows.length} ${labels.rows}${total ? ` · ${displayAmount(total)} €` : ''}`;
  return symbol(`${labels.table} ${table.columns.join(' | ')}`, Kind.Array, table.range, table.headerRange, detail,
    table.rows.map((row) =>
      symbol([row.operationCode?.value, ...row.imputations.map((i) => i.value)].filter(Boolean).join(' ') || row.libelle || '—',
        Kind.Field, row.range, row.operationCode?.range ?? firstLine(row.range), shorten(row.libelle, 60) || undefined)),
  );
}

function reportSymbol(report: Report, labels: Labels): DocumentSymbol {
  const name = report.number ? `${labels.report} N°${report.number.value}` : labels.report;
  return symbol(name, Kind.Struct, report.range, report.number?.range ?? firstLine(report.range), report.title?.value,
    report.tables.map((t) => tableSymbol(t, labels)));
}

function symbol(name: string, kind: number, range: Range, selection: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const selectionRange = contains(range, selection) ? selection : firstLine(range);
  const out: DocumentSymbol = { name: name || '—', kind, range, selectionRange };
  if (detail) out.detail = detail;
  if (children && children.length > 0) out.children = children;
  return out;
}

function firstLine(range: Range): Range {
  return { start: range.start, end: range.start.line === range.end.line ? range.end : { line: range.start.line, character: range.start.character } };
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
