/**
 * A code lens above each deliberation: « 44 votants · 44 pour · adopté · visas ✓ · 2 tableaux ✓ »,
 * with ✗ and a count where the dossier has problems; a click shows them.
 */
import type { Diagnostic } from '../diagnostics';
import type { Dossier } from '../model/types';
import type { ResolvedOptions } from '../options';
import type { Locale } from '../rules/types';
import { CLIENT_COMMANDS, type CodeLens } from './lsp';
import { dossierAt } from './position-index';
import { pick } from './text-utils';
import { voteSummary } from './vote-summary';

export interface CodeLensInput {
  dossiers: readonly Dossier[];
  diagnostics: readonly Diagnostic[];
}

type Area = 'vote' | 'visas' | 'tables' | 'other';

function areaOf(code: string): Area {
  if (code.startsWith('vote-') || code.startsWith('attendance-')) return 'vote';
  if (code.startsWith('visa-')) return 'visas';
  if (code.startsWith('budget-') || code.startsWith('amount-')) return 'tables';
  return 'other';
}

/** Problems per dossier and area; diagnostics are placed by their first line. */
function problemsByDossier(input: CodeLensInput): Map<Dossier, Record<Area, Diagnostic[]>> {
  const out = new Map<Dossier, Record<Area, Diagnostic[]>>();
  for (const d of input.diagnostics) {
    // What could not be read is no problem of the act: the lens does not count it.
    if (d.code === 'read-notice') continue;
    const dossier = dossierAt(input.dossiers, d.range.start.line);
    if (!dossier) continue;
    let areas = out.get(dossier);
    if (!areas) {
      areas = { vote: [], visas: [], tables: [], other: [] };
      out.set(dossier, areas);
    }
    areas[areaOf(d.code)].push(d);
  }
  return out;
}

const status = (problems: readonly Diagnostic[]) => (problems.length ? `✗ ${problems.length}` : '✓');

export function lensTitle(dossier: Dossier, problems: Record<Area, Diagnostic[]> | undefined, options: ResolvedOptions): string {
  const locale: Locale = options.locale;
  const d = dossier.deliberation;
  const none: Record<Area, Diagnostic[]> = { vote: [], visas: [], tables: [], other: [] };
  const p = problems ?? none;
  if (dossier.template !== 'departement-cp') return meetingLensTitle(dossier, p, locale);
  const parts: string[] = [];
  const s = voteSummary(dossier, options);
  if (s.present) parts.push(pick(locale, `${s.voters} votants`, `${s.voters} voting`));
  if (s.hasPour) {
    parts.push(pick(locale, `${s.pour} pour`, `${s.pour} for`));
    if (s.contre) parts.push(pick(locale, `${s.contre} contre`, `${s.contre} against`));
    if (s.abstention) parts.push(pick(locale, `${s.abstention} abstention${s.abstention > 1 ? 's' : ''}`, `${s.abstention} abstention${s.abstention > 1 ? 's' : ''}`));
    if (s.nppv) parts.push(pick(locale, `${s.nppv} NPPV`, `${s.nppv} not voting`));
  }
  if (s.outcome) parts.push(s.outcome === 'adopte' ? pick(locale, 'adopté', 'adopted') : pick(locale, 'rejeté', 'rejected'));
  // A sound vote needs no mark: its figures say it (« 44 votants · 44 pour · adopté »).
  if (p.vote.length) parts.push(`vote ${status(p.vote)}`);
  if (d.visas.length || p.visas.length) parts.push(`visas ${status(p.visas)}`);
  const tables = d.tables.length + dossier.reports.filter((r) => r.own).reduce((n, r) => n + r.tables.length, 0);
  if (tables || p.tables.length) {
    parts.push(`${tables} ${pick(locale, tables > 1 ? 'tableaux' : 'tableau', tables > 1 ? 'tables' : 'table')} ${status(p.tables)}`);
  }
  if (p.other.length) parts.push(pick(locale, `${p.other.length} autre${p.other.length > 1 ? 's' : ''} ✗`, `${p.other.length} other ✗`));
  return parts.join(' · ') || pick(locale, 'Délibération', 'Deliberation');
}

/** Every other assembly: « 3 délibérations · 25 présents · 33 votants · vote ✓ ». */
function meetingLensTitle(dossier: Dossier, p: Record<Area, Diagnostic[]>, locale: Locale): string {
  const meeting = dossier.meeting;
  const parts: string[] = [];
  const items = meeting.items.length;
  parts.push(pick(locale, `${items} délibération${items > 1 ? 's' : ''}`, `${items} deliberation${items > 1 ? 's' : ''}`));
  const count = (kind: 'present' | 'voters') => meeting.attendance.counts.find((c) => c.kind === kind && !c.items)?.value;
  const present = count('present');
  const voters = count('voters');
  if (present !== undefined) parts.push(pick(locale, `${present} présents`, `${present} present`));
  if (voters !== undefined) parts.push(pick(locale, `${voters} votants`, `${voters} voting`));
  const voted = meeting.items.filter((item) => item.vote).length;
  if (voted || p.vote.length) parts.push(`vote ${status(p.vote)}`);
  if (p.other.length) parts.push(pick(locale, `${p.other.length} autre${p.other.length > 1 ? 's' : ''} ✗`, `${p.other.length} other ✗`));
  return parts.join(' · ');
}

export function codeLenses(input: CodeLensInput, options: ResolvedOptions, uri: string): CodeLens[] {
  const problems = problemsByDossier(input);
  return input.dossiers.map((dossier) => {
    const line = dossier.deliberation.header.start.line;
    const at = { line, character: 0 };
    return {
      range: { start: at, end: at },
      command: { title: lensTitle(dossier, problems.get(dossier), options), command: CLIENT_COMMANDS.showDossierProblems, arguments: [uri, dossier.range] },
    };
  });
}
