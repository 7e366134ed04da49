/**
 * Model → outline, kept shallow (VS Code opens it expanded): a Commission Permanente dossier is
 * one row, « N°2022-80 · title », whose children are its main parts — visas, articles, imputation
 * table, vote, report, annexes — each with a short detail and no children of its own. Every other
 * assembly: the meeting → attendance and items, each item with its vote. Labels are the user's
 * language, never the model's identifiers. LSP `DocumentSymbol`-shaped, so the server passes it through.
 */
import type { Article, BodyKind, CountKind, Dossier, ImputationTable, MeetingItem, Range, Report, VisaKind } from '../model/types';
import { formatLongDate } from '../text/dates';
import { count } from '../text/plural';
import type { Locale } from '../rules/types';
import { displayAmount } from '../model/amounts';
import { columnLabel } from './table-relations';

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
  fr: { dossier: 'Dossier', deliberation: 'Délibération', visas: 'Visas', vote: 'Vote', report: 'Rapport', annex: 'Annexe', table: 'Tableau', article: 'Article', unique: 'Article unique', row: ['ligne', 'lignes'], visa: ['visa', 'visas'], draft: 'Délibération (brouillon)', meeting: 'Séance', of: 'du', attendance: 'Présences', item: 'Point', adopted: 'adopté', rejected: 'rejeté', unanimity: 'unanimité', for: 'pour', tables: ['tableau', 'tableaux'] },
  en: { dossier: 'Dossier', deliberation: 'Deliberation', visas: 'Visas', vote: 'Vote', report: 'Report', annex: 'Annex', table: 'Table', article: 'Article', unique: 'Sole article', row: ['row', 'rows'], visa: ['visa', 'visas'], draft: 'Deliberation (draft)', meeting: 'Meeting', of: 'of', attendance: 'Attendance', item: 'Item', adopted: 'adopted', rejected: 'rejected', unanimity: 'unanimous', for: 'for', tables: ['table', 'tables'] },
} as const;

/** What a visa cites, as the outline names it. */
export const VISA_KIND_LABEL: Record<VisaKind, { fr: string; en: string }> = {
  code: { fr: 'Code', en: 'Code' },
  loi: { fr: 'Loi', en: 'Law' },
  ordonnance: { fr: 'Ordonnance', en: 'Ordinance' },
  decret: { fr: 'Décret', en: 'Decree' },
  arrete: { fr: 'Arrêté', en: 'Order' },
  deliberation: { fr: 'Délibération', en: 'Deliberation' },
  convention: { fr: 'Convention', en: 'Agreement' },
  rapport: { fr: 'Rapport', en: 'Report' },
  avis: { fr: 'Avis de commission', en: 'Commission opinion' },
  informe: { fr: 'Commission informée', en: 'Commission informed' },
  reglement: { fr: 'Règlement', en: 'Rules' },
  other: { fr: 'Autre', en: 'Other' },
};

export const BODY: Record<BodyKind, { fr: string; en: string }> = {
  'conseil-municipal': { fr: 'Conseil municipal', en: 'Municipal council' },
  'conseil-communautaire': { fr: 'Conseil communautaire', en: 'Community council' },
  bureau: { fr: 'Bureau', en: 'Bureau' },
  'comite-syndical': { fr: 'Comité syndical', en: 'Syndicate committee' },
  'commission-permanente': { fr: 'Commission permanente', en: 'Commission permanente' },
  'conseil-departemental': { fr: 'Conseil départemental', en: 'Departmental council' },
  'conseil-regional': { fr: 'Conseil régional', en: 'Regional council' },
};

type Labels = (typeof LABELS)[Locale];

export function documentSymbols(dossiers: readonly Dossier[], locale: Locale = 'fr'): DocumentSymbol[] {
  const labels = LABELS[locale];
  return dossiers.map((dossier) => (dossier.template === 'departement-cp' ? dossierSymbol(dossier, labels, locale) : meetingSymbol(dossier, labels, locale)));
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

/** French count words that take no `s` for 0 and 1 (« 1 présent », « 0 excusé »); English ones never change. */
function countText(value: number, kind: CountKind, locale: Locale): string {
  const word = COUNT[kind][locale];
  if (locale === 'en' || kind === 'quorum' || kind === 'inOffice') return `${value} ${word}`;
  return count(value, 'fr', word.replace(/s$/, ''), word);
}

/** `44 pour · adopté`, `unanimité · 12 pour · adopté`, in the user's language. */
function voteDetail(labels: Labels, pour: number | undefined, outcome: 'adopte' | 'rejete' | undefined, unanimity = false): string | undefined {
  const detail = [
    unanimity ? labels.unanimity : undefined,
    pour !== undefined ? `${pour} ${labels.for}` : undefined,
    outcome ? (outcome === 'rejete' ? labels.rejected : labels.adopted) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return detail || undefined;
}

/** Every other assembly: the meeting → its attendance and its items, each with its vote. */
function meetingSymbol(dossier: Dossier, labels: Labels, locale: Locale): DocumentSymbol {
  const meeting = dossier.meeting;
  const body = meeting.body ? BODY[meeting.body.value][locale] : labels.meeting;
  const name = meeting.date ? `${body} ${labels.of} ${formatLongDate(meeting.date.date)}` : body;
  const children: DocumentSymbol[] = [];
  const attendance = meeting.attendance;
  if (attendance.range) {
    const detail = attendance.counts.map((c) => countText(c.value, c.kind, locale)).join(' · ') || `${attendance.attendees.length}`;
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
    const detail = voteDetail(labels, vote.figures.pour?.value, vote.missingFigures?.length ? undefined : vote.outcome?.value, vote.formula?.value.startsWith('unanimite'));
    children.push(symbol(labels.vote, Kind.Event, vote.range, firstLine(vote.range), detail));
  }
  const selection = item.number?.range ?? item.object?.range ?? firstLine(item.range);
  return symbol(name, Kind.Class, item.range, selection, item.object ? shorten(item.object.value, 90) : undefined, children);
}

/** A Commission Permanente dossier: one row named by its N° and title, its main parts beneath. */
function dossierSymbol(dossier: Dossier, labels: Labels, locale: Locale): DocumentSymbol {
  const d = dossier.deliberation;
  const number = d.number ? `N°${d.number.text.replace(/^N°\s*/i, '')}` : undefined;
  const title = d.title ? shorten(d.title.value.replace(/\s+/g, ' ').trim(), 90) : undefined;
  const lead = number ?? (d.title ? labels.draft : `${labels.dossier} ${dossier.index + 1}`);
  const name = title ? `${lead} · ${title}` : lead;
  const children: DocumentSymbol[] = [];
  if (d.visas.length > 0 && d.visasRange) {
    children.push(symbol(labels.visas, Kind.Namespace, d.visasRange, firstLine(d.visas[0].range), visaDetail(dossier, labels, locale)));
  }
  for (const article of d.articles) children.push(articleSymbol(article, labels));
  for (const table of d.tables) children.push(tableSymbol(table, labels, locale));
  if (d.vote) {
    // Without its Pour figure (a draft), the vote decides nothing yet: no « adopté ».
    const pour = d.vote.lines.find((l) => l.kind === 'pour');
    children.push(symbol(labels.vote, Kind.Event, d.vote.range, d.vote.introRange, voteDetail(labels, pour?.count, pour ? d.vote.outcome?.value : undefined)));
  }
  dossier.reports.forEach((report) => children.push(reportSymbol(report, labels, locale, d.title?.value)));
  dossier.annexes.forEach((annex, k) => {
    const tables = annex.tables.length > 1 ? count(annex.tables.length, locale, labels.tables[0], labels.tables[1]) : undefined;
    const detail = [annex.title?.value, tables].filter(Boolean).join(' · ');
    children.push(symbol(`${labels.annex} ${k + 1}`, Kind.Object, annex.range, annex.title?.range ?? firstLine(annex.range), detail || undefined));
  });
  return symbol(name, Kind.Module, dossier.range, d.number?.range ?? d.title?.range ?? d.header, undefined, children);
}

/** `10 visas · Code, Loi ×2, Délibération ×6, Autre`: what the visas cite, in their order. */
function visaDetail(dossier: Dossier, labels: Labels, locale: Locale): string {
  const visas = dossier.deliberation.visas;
  const kinds = new Map<VisaKind, number>();
  for (const v of visas) kinds.set(v.kind, (kinds.get(v.kind) ?? 0) + 1);
  const cited = [...kinds].map(([kind, n]) => `${VISA_KIND_LABEL[kind][locale]}${n > 1 ? ` ×${n}` : ''}`).join(', ');
  return `${count(visas.length, locale, labels.visa[0], labels.visa[1])} · ${cited}`;
}

function articleSymbol(article: Article, labels: Labels): DocumentSymbol {
  const name = article.number === 'unique' ? labels.unique : `${labels.article} ${article.number}`;
  return symbol(name, Kind.Function, article.range, article.heading, shorten(article.body, 80) || undefined);
}

function tableSymbol(table: ImputationTable, labels: Labels, locale: Locale): DocumentSymbol {
  const total = table.rows.reduce((sum, row) => {
    const dep = row.cells.find((c) => c.column === 'Depense' || c.column === 'Proposition');
    return sum + (dep ? dep.amount.cents : 0);
  }, 0);
  const shape = table.shape === 'unknown' ? undefined : table.shape;
  const detail = [shape, count(table.rows.length, locale, labels.row[0], labels.row[1]), total ? `${displayAmount(total)} €` : undefined].filter(Boolean).join(' · ');
  return symbol(`${labels.table} ${table.columns.map(columnLabel).join(' | ')}`, Kind.Array, table.range, table.headerRange, detail);
}

/** A report's title is the deliberation's, as a rule: shown only when it differs from the dossier's row. */
function reportSymbol(report: Report, labels: Labels, locale: Locale, dossierTitle: string | undefined): DocumentSymbol {
  const name = report.number ? `${labels.report} N°${report.number.value}` : labels.report;
  const tables = report.tables.length > 0 ? count(report.tables.length, locale, labels.tables[0], labels.tables[1]) : undefined;
  const own = report.title && !sameTitle(report.title.value, dossierTitle) ? shorten(report.title.value, 90) : undefined;
  const detail = [own, tables].filter(Boolean).join(' · ');
  return symbol(name, Kind.Struct, report.range, report.number?.range ?? firstLine(report.range), detail || undefined);
}

function sameTitle(a: string, b: string | undefined): boolean {
  const key = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
  return b !== undefined && key(a) === key(b);
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
