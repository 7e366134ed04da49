/**
 * Hovers: what an element of the act means and how it relates to the rest of the file — a table
 * cell with its relations, an annex total, an article amount, a vote figure with who voted and who
 * did not, the outcome with majority and quorum, a person's status here and in the other
 * deliberations, a visa's citation, an article reference's target. Markdown, FR/EN.
 */
import type { Diagnostic } from '../diagnostics';
import { displayAmount, formatAmount } from '../model/amounts';
import type { Article, Dossier, Person, Range, Visa } from '../model/types';
import type { ResolvedOptions } from '../options';
import type { Locale } from '../rules/types';
import { formatLongDate, formatNumericDate } from '../text/dates';
import { count as counted } from '../text/plural';
import { actIdentity, citedAct, shortName, type WorkspaceFacts } from '../workspace/facts';
import type { Position } from '../text/lines';
import type { Hover } from './lsp';
import { meetingHover } from './meeting-hover';
import { planHover } from './plan-hover';
import { proseTotalHover } from './prose-total-hover';
import { quarterHover } from './quarter-hover';
import { rateHover } from './rate-hover';
import { rowHover } from './row-hover';
import { totalTables } from '../rules/lib/total-tables';
import { dossierAt, targetAt, type PersonRole, type Target } from './position-index';
import { columnLabel, columnSum, depenseTotal, rowRelations, siblingRelations, siblingRows, type Relation } from './table-relations';
import { escapeMarkdown as md, lineLabel, pick, rangesIntersect, shorten } from './text-utils';
import { personName, voteSummary, type VoteSummary } from './vote-summary';

export interface HoverInput {
  dossiers: readonly Dossier[];
  /** The diagnostics shown, for the computed values of wrong totals. */
  diagnostics?: readonly Diagnostic[];
  /** The workspace's other deliberation files (the server passes the open ones), for the acts they cite. */
  workspace?: WorkspaceFacts;
}

export function hover(input: HoverInput, position: Position, options: ResolvedOptions): Hover | undefined {
  const other = dossierAt(input.dossiers, position.line);
  const plan = other && (planHover(other, position, options.locale) ?? quarterHover(other, position, options.locale) ?? proseTotalHover(other, position, options.locale) ?? rateHover(other, position, options.locale) ?? rowHover(other, position, options.locale));
  if (plan) return plan;
  if (other && other.template !== 'departement-cp') return meetingHover(other, position, options.locale);
  const found = targetAt(input.dossiers, position);
  if (!found) return undefined;
  const { dossier, target } = found;
  const locale = options.locale;
  const value = hoverText(input, dossier, target, options, locale);
  return value ? { contents: { kind: 'markdown', value }, range: target.range } : undefined;
}

function hoverText(input: HoverInput, dossier: Dossier, target: Target, options: ResolvedOptions, locale: Locale): string | undefined {
  switch (target.kind) {
    case 'cell':
      return cellHover(dossier, target, locale);
    case 'total':
      return totalHover(input, target, locale);
    case 'articleAmount':
      return articleAmountHover(dossier, target.article, target.amount.cents, target.amount.text, locale);
    case 'voteCount':
    case 'voteIntro':
      return voteHover(voteSummary(dossier, options), locale);
    case 'outcome':
      return outcomeHover(voteSummary(dossier, options), options, locale);
    case 'person':
      return personHover(input.dossiers, dossier, target.person, locale);
    case 'attendanceLabel':
      return attendanceHover(target.list.kind, target.list.persons.length, locale);
    case 'visa':
      return visaHover(input, dossier, target.visa, locale);
    case 'articleRef':
      return articleRefHover(dossier, target.ref.target, locale);
  }
}

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

function dossierName(dossier: Dossier, locale: Locale): string {
  const n = dossier.deliberation.number;
  return n ? `N°${n.year}-${n.sequence}` : pick(locale, `dossier ${dossier.index + 1}`, `dossier ${dossier.index + 1}`);
}

// ── Tables ───────────────────────────────────────────────────────────────────────────────────

function cellHover(dossier: Dossier, target: Extract<Target, { kind: 'cell' }>, locale: Locale): string {
  const { row, cell, table, report, annex } = target;
  const where = report
    ? pick(locale, `rapport${report.number ? ` N°${report.number.value}` : ''}`, `report${report.number ? ` N°${report.number.value}` : ''}`)
    : annex
      ? pick(locale, 'annexe, sous-programme', 'annex, sub-programme')
      : pick(locale, 'délibération', 'deliberation');
  const shape = annex ? '' : ` · ${pick(locale, 'tableau', 'table')} ${table.shape}`;
  const head = `**${columnLabel(cell.column)}** ${md(cell.amount.text)} · ${where}${shape}`;
  const identity = [row.operationCode?.value, ...row.imputations.map((i) => i.value)].filter(Boolean).map((v) => `\`${v}\``);
  if (row.libelle) identity.push(md(shorten(row.libelle, 80)));
  const parts = [head];
  if (identity.length) parts.push(identity.join(' · '));
  if (row.guessed) {
    parts.push(
      pick(
        locale,
        '_Ligne courte dont les colonnes ne sont pas établies : aucune relation n’est vérifiée._',
        '_Short row whose columns are not settled: no relation is checked._',
      ),
    );
    return parts.join('\n\n');
  }
  const siblings = annex ? [] : siblingRows(dossier, row, !!report);
  const relations: Relation[] = [...rowRelations(row), ...siblingRelations(locale, row, siblings, !!report)];
  if (relations.length) parts.push(list(relations.map((r) => md(r.text))));
  if (table.rows.length > 1) {
    const sum = columnSum(table, cell.column);
    if (sum) parts.push(pick(locale, `Σ ${columnLabel(cell.column)} du tableau (${counted(sum.rows, 'fr', 'ligne')}) = ${displayAmount(sum.cents)}`, `Σ ${columnLabel(cell.column)} of the table (${counted(sum.rows, 'en', 'row')}) = ${displayAmount(sum.cents)}`));
  }
  return parts.join('\n\n');
}

function totalHover(input: HoverInput, target: Extract<Target, { kind: 'total' }>, locale: Locale): string {
  const { total, table } = target;
  const parts = [`**${md(total.label || 'TOTAL')}** ${total.amounts.map((a) => md(a.text)).join(' · ')}`];
  const wrong = (input.diagnostics ?? []).filter(
    (d) => rangesIntersect(d.range, target.amount?.range ?? total.range) && typeof d.data?.expected === 'string' && d.code.startsWith('budget-'),
  );
  const mismatch = total.mismatch;
  if (mismatch && total.amounts[mismatch.index]) {
    const written = total.amounts[mismatch.index];
    parts.push(
      pick(
        locale,
        `${md(written.text)} ≠ somme des ${counted(mismatch.terms.length, 'fr', 'ligne')}${span(mismatch.terms, 'fr')} = ${md(formatAmount(mismatch.sum, written.style))} ✗`,
        `${md(written.text)} ≠ sum of the ${counted(mismatch.terms.length, 'en', 'line')}${span(mismatch.terms, 'en')} = ${md(formatAmount(mismatch.sum, written.style))} ✗`,
      ),
    );
  } else if (wrong.length) {
    for (const d of wrong) parts.push(pick(locale, `✗ valeur calculée : ${md(String(d.data!.expected))}`, `✗ computed value: ${md(String(d.data!.expected))}`));
  } else if (total.confirmed) {
    const n = total.terms?.length;
    parts.push(
      n
        ? pick(locale, `= somme des ${counted(n, 'fr', 'ligne')} au-dessus (${lineLabel(locale, total.terms![0].start.line)} à ${total.terms![n - 1].start.line + 1}) ✓`, `= sum of the ${counted(n, 'en', 'line')} above (${lineLabel(locale, total.terms![0].start.line)} to ${total.terms![n - 1].start.line + 1}) ✓`)
        : pick(locale, '= somme des lignes du tableau ✓', '= sum of the table rows ✓'),
    );
  } else {
    parts.push(pick(locale, '_Somme des lignes non vérifiée : les lignes du tableau n’ont pas pu être lues avec certitude._', '_Sum of the rows not checked: the table rows could not be read with certainty._'));
  }
  // The explanation first, then where the total stands: the related lines of a diagnostic already take room.
  if (table.title) parts.push(pick(locale, `Tableau : ${md(shorten(table.title, 80))}`, `Table: ${md(shorten(table.title, 80))}`));
  if (total.count) {
    const n = total.count.value;
    const rows = total.confirmed && total.count.noun ? total.terms?.length : undefined;
    const against = rows === undefined ? '' : rows === n ? ' ✓' : pick(locale, ` ≠ ${counted(rows, 'fr', 'ligne')} additionnées ✗`, ` ≠ ${counted(rows, 'en', 'row')} added ✗`);
    parts.push(pick(locale, `${counted(n, 'fr', 'élément compté', 'éléments comptés')} avec le total${against}`, `${counted(n, 'en', 'item')} counted with the total${against}`));
  }
  return parts.join('\n\n');
}

/** ` (lignes 10598 à 10620)`: where the summed lines start and end, the diagnostic relating only these two. */
function span(terms: readonly Range[], locale: Locale): string {
  if (terms.length < 2) return '';
  const first = terms[0].start.line + 1;
  const last = terms[terms.length - 1].start.line + 1;
  return pick(locale, ` (lignes ${first} à ${last})`, ` (lines ${first} to ${last})`);
}

function articleAmountHover(dossier: Dossier, article: Article, cents: number, text: string, locale: Locale): string {
  const name = article.number === 'unique' ? pick(locale, 'Article unique', 'Sole article') : `Article ${article.number}`;
  const parts = [`**${name}** · ${md(text)}`];
  const total = depenseTotal(dossier);
  if (total) {
    const same = total.cents === cents;
    parts.push(
      pick(
        locale,
        `Σ Dépense du tableau d’imputation (${total.rows} ligne${total.rows > 1 ? 's' : ''}) = ${displayAmount(total.cents)}${same ? ' ✓' : ''}`,
        `Σ Dépense of the imputation table (${total.rows} row${total.rows > 1 ? 's' : ''}) = ${displayAmount(total.cents)}${same ? ' ✓' : ''}`,
      ),
    );
  }
  for (const { table, where } of totalTables(dossier)) {
    for (const line of table.totals) {
      if (!line.amounts.some((a) => a.cents === cents)) continue;
      const of = where === 'article' ? pick(locale, 'du tableau de l’article', 'of the article’s table') : pick(locale, 'de l’annexe', 'of the annex');
      parts.push(`= ${md(line.label || 'TOTAL')} ${of} (${lineLabel(locale, line.range.start.line)}) ✓`);
    }
  }
  return parts.join('\n\n');
}

// ── Vote ─────────────────────────────────────────────────────────────────────────────────────

function names(persons: readonly Person[], max = 60): string {
  const shown = persons.slice(0, max).map((p) => md(personName(p)));
  if (persons.length > max) shown.push(`… (+${persons.length - max})`);
  return shown.join(', ');
}

export function voteEquation(s: VoteSummary, locale: Locale): { text: string; holds: boolean } {
  const terms = [`Pour ${s.pour}`, `Contre ${s.contre}`, `Abstention ${s.abstention}`];
  if (s.nppv > 0) terms.push(`NPPV ${s.nppv}`);
  const e = s.excused?.persons.length ?? 0;
  const p = s.present?.persons.length ?? 0;
  const holds = s.counted === s.voters;
  const represented = pick(locale, `présents ${p} + excusés ${e}`, `present ${p} + excused ${e}`);
  return {
    text: holds ? `${terms.join(' + ')} = ${s.counted} = ${represented} ✓` : `${terms.join(' + ')} = ${s.counted} ≠ ${represented} = ${s.voters} ✗`,
    holds,
  };
}

function voteHover(s: VoteSummary, locale: Locale): string {
  const parts = [`**${pick(locale, 'Vote', 'Vote')}** · ${md(voteEquation(s, locale).text)}`];
  const items: string[] = [];
  if (s.present) items.push(pick(locale, `**Présents (${s.present.persons.length})** : ${names(s.present.persons)}`, `**Present (${s.present.persons.length})**: ${names(s.present.persons)}`));
  if (s.excused?.persons.length) {
    items.push(pick(locale, `**Excusés (${s.excused.persons.length})**, votent par délégation : ${names(s.excused.persons)}`, `**Excused (${s.excused.persons.length})**, vote by proxy: ${names(s.excused.persons)}`));
  }
  const absents = s.absent?.persons.length ?? 0;
  if (absents > 0 || s.absentLine !== undefined) {
    const line = s.absentLine === undefined ? '' : ` — « Absent sans délégation de vote : ${s.absentLine} » ${s.absentLine === absents ? '✓' : '✗'}`;
    items.push(
      pick(
        locale,
        `**Absents (${absents})**, sans délégation de vote, ne votent pas : ${names(s.absent?.persons ?? []) || '—'}${line}`,
        `**Absent (${absents})**, no proxy, do not vote: ${names(s.absent?.persons ?? []) || '—'}${line}`,
      ),
    );
  }
  if (s.interested.length) {
    items.push(
      pick(
        locale,
        `**Intéressés à l’affaire**, ne prennent part ni au débat ni au vote (comptés en abstention ou NPPV) : ${names(s.interested)}`,
        `**Declared an interest**, take part neither in the debate nor in the vote (counted as abstention or not voting): ${names(s.interested)}`,
      ),
    );
  }
  if (s.interestedExcused.length) {
    items.push(pick(locale, `**Intéressés et excusés sans délégation** (comptés absents) : ${names(s.interestedExcused)}`, `**Interested and excused without proxy** (counted absent): ${names(s.interestedExcused)}`));
  }
  const silent = [...(s.nonVoting?.persons ?? []), ...(s.excusedNonVoting?.persons ?? [])];
  if (silent.length) items.push(pick(locale, `**Sans voix délibérative**, jamais comptés : ${names(silent)}`, `**Non-voting members**, never counted: ${names(silent)}`));
  if (items.length) parts.push(list(items));
  return parts.join('\n\n');
}

function outcomeHover(s: VoteSummary, options: ResolvedOptions, locale: Locale): string {
  const written = s.outcome === 'rejete' ? pick(locale, 'Rejeté', 'Rejected') : pick(locale, 'Adopté', 'Adopted');
  const parts: string[] = [];
  if (!s.hasPour) parts.push(`**(${written})**`);
  else if (s.expectedOutcome === undefined) {
    parts.push(
      pick(
        locale,
        `**(${written})** · Pour ${s.pour} = Contre ${s.contre} : partage des voix, la voix du président est prépondérante (art. L.3121-15 du CGCT).`,
        `**(${written})** · For ${s.pour} = Against ${s.contre}: a tie, the president has the casting vote (CGCT L.3121-15).`,
      ),
    );
  } else {
    const ok = s.expectedOutcome === s.outcome;
    const sign = s.pour > s.contre ? '>' : '<';
    parts.push(
      pick(
        locale,
        `**(${written})** ${ok ? '✓' : '✗'} · Pour ${s.pour} ${sign} Contre ${s.contre} : ${s.expectedOutcome === 'adopte' ? 'adoptée' : 'rejetée'} à la majorité des suffrages exprimés, les abstentions n’étant pas des suffrages exprimés (art. L.3121-14 al. 3 du CGCT ; en cas de partage, voix prépondérante du président, art. L.3121-15).`,
        `**(${written})** ${ok ? '✓' : '✗'} · For ${s.pour} ${sign} Against ${s.contre}: ${s.expectedOutcome === 'adopte' ? 'adopted' : 'rejected'} by a majority of the votes cast, abstentions not being votes cast (CGCT L.3121-14 al. 3; on a tie the president has the casting vote, L.3121-15).`,
      ),
    );
  }
  if (s.present) {
    const reached = s.voters >= s.quorum;
    const basis = options.assembly.size
      ? pick(locale, `${s.size} membres en exercice (paramètre delibera.assembly.size)`, `${s.size} members in office (setting delibera.assembly.size)`)
      : pick(locale, `${s.size} membres : présents + excusés + absents`, `${s.size} members: present + excused + absent`);
    const law = s.quorumRule.article;
    // In a health-crisis period the law of the day is one third, present or represented.
    const crisis = law.startsWith('loi');
    parts.push(
      pick(
        locale,
        `**Quorum** ${reached ? '✓' : '✗'} · présents + excusés = ${s.voters} ${reached ? '≥' : '<'} ${s.quorum}, ${crisis ? 'un tiers' : 'majorité absolue'} de ${basis} (${crisis ? law : `art. ${law} du CGCT`}).`,
        `**Quorum** ${reached ? '✓' : '✗'} · present + excused = ${s.voters} ${reached ? '≥' : '<'} ${s.quorum}, ${crisis ? 'one third' : 'absolute majority'} of ${basis} (${crisis ? law : `CGCT ${law}`}).`,
      ),
    );
  }
  return parts.join('\n\n');
}

// ── Persons ──────────────────────────────────────────────────────────────────────────────────

type Status = PersonRole | 'missing';

function statusLabel(status: Status, feminine: boolean, locale: Locale): string {
  const e = feminine ? 'e' : '';
  const fr: Record<Status, string> = {
    present: `présent${e}`,
    excused: `excusé${e} (vote par délégation)`,
    absent: `absent${e} sans délégation de vote`,
    nonVoting: 'sans voix délibérative',
    excusedNonVoting: `excusé${e} sans voix délibérative`,
    secretary: 'secrétaire de séance',
    president: `président${e} de séance`,
    declaration: `intéressé${e} à l’affaire`,
    missing: 'absent des listes',
  };
  const en: Record<Status, string> = {
    present: 'present',
    excused: 'excused (votes by proxy)',
    absent: 'absent without proxy',
    nonVoting: 'non-voting',
    excusedNonVoting: 'excused, non-voting',
    secretary: 'secretary of the meeting',
    president: 'president of the meeting',
    declaration: 'declared an interest',
    missing: 'in no list',
  };
  return (locale === 'en' ? en : fr)[status];
}

/** A person's statuses in one deliberation: their list first, then their roles. */
function statusesIn(dossier: Dossier, key: string): Status[] {
  const d = dossier.deliberation;
  const out: Status[] = [];
  for (const l of d.attendance) if (l.persons.some((p) => p.key === key)) out.push(l.kind);
  if (d.presidency?.person?.key === key) out.push('president');
  if (d.secretary?.key === key) out.push('secretary');
  if (d.declarations.some((x) => x.persons.some((p) => p.key === key))) out.push('declaration');
  return out;
}

function personHover(dossiers: readonly Dossier[], dossier: Dossier, person: Person, locale: Locale): string {
  const feminine = person.civility === 'Mme';
  const here = statusesIn(dossier, person.key);
  const parts = [`**${md(personName(person))}**`];
  const declaration = dossier.deliberation.declarations.find((x) => x.persons.some((p) => p.key === person.key));
  const hereText = here.length ? here.map((s) => statusLabel(s, feminine, locale)).join(' · ') : statusLabel('missing', feminine, locale);
  parts.push(pick(locale, `Dans cette délibération (${dossierName(dossier, locale)}) : ${hereText}`, `In this deliberation (${dossierName(dossier, locale)}): ${hereText}`));
  if (declaration) parts.push(`> ${md(shorten(declaration.text, 240))}`);
  if (dossiers.length > 1) {
    const byStatus = new Map<Status, Dossier[]>();
    for (const other of dossiers) {
      const statuses = statusesIn(other, person.key);
      const main: Status = statuses.find((s) => s !== 'president' && s !== 'secretary' && s !== 'declaration') ?? 'missing';
      const group = byStatus.get(main) ?? [];
      group.push(other);
      byStatus.set(main, group);
    }
    const items = [...byStatus].sort((a, b) => b[1].length - a[1].length).map(([status, group]) => {
      const where = group.length <= 6 && group.length < dossiers.length ? ` (${group.map((g) => dossierName(g, locale)).join(', ')})` : '';
      return `${statusLabel(status, feminine, locale)} : ${group.length}${where}`;
    });
    const interested = dossiers.filter((o) => o.deliberation.declarations.some((x) => x.persons.some((p) => p.key === person.key)));
    if (interested.length) items.push(`${statusLabel('declaration', feminine, locale)} : ${interested.length} (${interested.slice(0, 6).map((g) => dossierName(g, locale)).join(', ')})`);
    parts.push(
      pick(locale, `Dans les ${dossiers.length} délibérations du fichier :`, `In the ${dossiers.length} deliberations of the file:`) +
        '\n' +
        list(items.map((i) => (locale === 'en' ? i.replace(' : ', ': ') : i))),
    );
  }
  return parts.join('\n\n');
}

function attendanceHover(kind: PersonRole, count: number, locale: Locale): string {
  const fr: Partial<Record<PersonRole, string>> = {
    present: 'présents : comptés parmi les votants et pour le quorum',
    excused: 'excusés : ont donné délégation de vote, comptés parmi les votants et pour le quorum',
    absent: 'absents sans délégation de vote : ne votent pas, comptés dans « Absent sans délégation de vote »',
    nonVoting: 'sans voix délibérative : jamais comptés',
    excusedNonVoting: 'excusés sans voix délibérative : jamais comptés',
  };
  const en: Partial<Record<PersonRole, string>> = {
    present: 'present: counted among the voters and for the quorum',
    excused: 'excused: gave a proxy, counted among the voters and for the quorum',
    absent: 'absent without proxy: do not vote, counted in "Absent sans délégation de vote"',
    nonVoting: 'non-voting: never counted',
    excusedNonVoting: 'excused non-voting: never counted',
  };
  return `**${count}** ${(locale === 'en' ? en : fr)[kind] ?? ''}`;
}

// ── Visas, article references ────────────────────────────────────────────────────────────────

const VISA_KIND: Record<Visa['kind'], [string, string]> = {
  code: ['code', 'code'],
  loi: ['loi', 'law'],
  ordonnance: ['ordonnance', 'ordinance'],
  decret: ['décret', 'decree'],
  arrete: ['arrêté', 'order'],
  deliberation: ['délibération', 'deliberation'],
  convention: ['convention', 'agreement'],
  rapport: ['rapport', 'report'],
  avis: ['avis de commission', 'commission opinion'],
  informe: ['commission informée', 'commission informed'],
  reglement: ['règlement', 'rules'],
  other: ['autre', 'other'],
};

function visaHover(input: HoverInput, dossier: Dossier, visa: Visa, locale: Locale): string {
  const dossiers = input.dossiers;
  const [fr, en] = VISA_KIND[visa.kind];
  const parts = [`**Visa** · ${pick(locale, fr, en)}`];
  const items: string[] = [];
  if (visa.code) {
    items.push(pick(locale, `Code : ${md(visa.code.name)}`, `Code: ${md(visa.code.name)}`));
    if (visa.code.articles.length) items.push(pick(locale, `Articles : ${visa.code.articles.join(', ')}`, `Articles: ${visa.code.articles.join(', ')}`));
  }
  const act = visa.act;
  if (act) {
    if (act.body) items.push(pick(locale, `Organe : ${md(act.body)}`, `Body: ${md(act.body)}`));
    if (act.number) items.push(pick(locale, `Numéro : ${md(act.number.value)}`, `Number: ${md(act.number.value)}`));
    if (act.date) items.push(`Date : ${formatNumericDate(act.date.date)} (${formatLongDate(act.date.date)})`);
    if (act.title) items.push(pick(locale, `Titre : « ${md(act.title.value)} »`, `Title: « ${md(act.title.value)} »`));
  }
  const c = visa.commission;
  if (c) {
    items.push(`Commission : ${c.ordinal === 1 ? '1ère' : `${c.ordinal}ème`}${c.name ? ` « ${md(c.name)} »` : ''}`);
    if (c.date) items.push(pick(locale, `Réunion du ${formatNumericDate(c.date.date)}`, `Meeting of ${formatNumericDate(c.date.date)}`));
    for (const report of dossier.reports) {
      if (!report.own) continue;
      const opinion = report.opinions.find((o) => o.ordinal === c.ordinal);
      if (!opinion) continue;
      const same = !!opinion.date && !!c.date && formatNumericDate(opinion.date.date) === formatNumericDate(c.date.date);
      items.push(
        pick(
          locale,
          `Rapport : ${opinion.kind === 'avis' ? 'avis' : 'information'} de la commission du ${opinion.date ? formatNumericDate(opinion.date.date) : '?'} (${lineLabel(locale, opinion.range.start.line)}) ${same ? '✓' : '✗'}`,
          `Report: commission ${opinion.kind === 'avis' ? 'opinion' : 'information'} of ${opinion.date ? formatNumericDate(opinion.date.date) : '?'} (${lineLabel(locale, opinion.range.start.line)}) ${same ? '✓' : '✗'}`,
        ),
      );
    }
  }
  if (visa.kind === 'rapport') {
    for (const report of dossier.reports.filter((r) => r.own)) {
      items.push(pick(locale, `Rapport du dossier : RAPPORT${report.number ? ` N°${report.number.value}` : ''} (${lineLabel(locale, report.range.start.line)})`, `The dossier's report: RAPPORT${report.number ? ` N°${report.number.value}` : ''} (${lineLabel(locale, report.range.start.line)})`));
    }
  }
  if (items.length) parts.push(list(items));
  const cited = act && citedAct(visa) ? actIdentity(visa.kind, act) : undefined;
  if (cited) {
    const elsewhere: string[] = [];
    for (const other of dossiers) {
      if (other === dossier) continue;
      const match = other.deliberation.visas.find((v) => v.act && citedAct(v) && actIdentity(v.kind, v.act) === cited);
      if (match) elsewhere.push(`${dossierName(other, locale)} (${lineLabel(locale, match.range.start.line)})`);
    }
    if (elsewhere.length) {
      const shown = elsewhere.slice(0, 8).join(', ') + (elsewhere.length > 8 ? pick(locale, ` et ${elsewhere.length - 8} autres`, ` and ${elsewhere.length - 8} more`) : '');
      const others = elsewhere.length;
      parts.push(pick(locale, `Même acte cité dans ce fichier par ${counted(others, 'fr', 'autre délibération', 'autres délibérations')} : ${shown}`, `Same act cited in this file by ${counted(others, 'en', 'other deliberation')}: ${shown}`));
    }
    const files: string[] = [];
    for (const file of input.workspace?.files ?? []) {
      const facts = file.acts.filter((a) => a.identity === cited);
      if (facts.length === 0) continue;
      const first = facts[0];
      const who = first.citedBy ? `, N°${first.citedBy}` : '';
      files.push(`${md(shortName(file.uri))} (${lineLabel(locale, first.range.start.line)}${who}${facts.length > 1 ? pick(locale, `, ${facts.length} citations`, `, ${facts.length} citations`) : ''})`);
    }
    if (files.length) {
      const shown = files.slice(0, 8).join(', ') + (files.length > 8 ? pick(locale, ` et ${files.length - 8} autres`, ` and ${files.length - 8} more`) : '');
      parts.push(pick(locale, `Cité aussi dans l’espace de travail : ${shown}`, `Also cited in the workspace: ${shown}`));
    }
  }
  return parts.join('\n\n');
}

function articleRefHover(dossier: Dossier, number: number, locale: Locale): string {
  const articles = dossier.deliberation.articles;
  const target = articles.find((a) => a.number === number);
  if (!target) {
    const existing = articles.map((a) => String(a.number)).join(', ') || '—';
    return pick(locale, `**Article ${number}** : aucun article de ce numéro dans cette délibération (articles : ${existing}).`, `**Article ${number}**: no article of that number in this deliberation (articles: ${existing}).`);
  }
  const body = target.body ? md(shorten(target.body, 240)) : pick(locale, '_(vide)_', '_(empty)_');
  return `**Article ${number}** (${lineLabel(locale, target.heading.start.line)})\n\n${body}`;
}
