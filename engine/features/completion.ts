/**
 * Completion, from what the file already says: visa templates in the visa block (CGCT, the
 * délégation in force, the president's report, each commission's opinion dated from the report,
 * the visas of the file's other deliberations), member names inside attendance lists, vote-group
 * names inside `Pour : … (`, and the next article heading.
 */
import { COMMISSIONS, formatOrdinal } from '../model/commissions';
import { parsePersonItem } from '../model/persons';
import { matchLabel } from '../model/attendance';
import type { Deliberation, Dossier, Person } from '../model/types';
import type { ResolvedOptions } from '../options';
import { CANONICAL_CGCT, CANONICAL_RAPPORT, delegationText } from '../rules/lib/visas';
import type { Locale } from '../rules/types';
import { formatNumericDate } from '../text/dates';
import { joinLines } from '../text/joined';
import type { Position } from '../text/lines';
import { collapseSpaces, foldBare, foldKey } from '../text/normalize';
import { CompletionKind, type CompletionItem, type CompletionList } from './lsp';
import { dossierAt } from './position-index';
import { pick } from './text-utils';
import { personName } from './vote-summary';

export interface CompletionInput {
  lines: readonly string[];
  dossiers: readonly Dossier[];
}

export interface CompletionSettings {
  /** Names of the thematic commissions, the first being the 1ère (setting `delibera.commissions`). */
  commissions?: readonly string[];
}

export const DEFAULT_COMMISSIONS: readonly string[] = COMMISSIONS.map((c) => c.name);

/** Characters that open a place where completion helps: after a label, in a list, in a group list. */
export const COMPLETION_TRIGGERS = [':', ',', '(', ';'];

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

const VOTE_LABEL = /^\s*(?:Pour|Contre|Abstention(?:s|\(s\))?|Absent(?:s|\(s\))?\s+sans\s+d[ée]l[ée]gation|Ne\s+pren)/i;

export function completions(input: CompletionInput, position: Position, options: ResolvedOptions, settings: CompletionSettings = {}): CompletionList {
  const line = input.lines[position.line];
  if (line === undefined) return EMPTY;
  const head = line.slice(0, Math.min(position.character, 2000));
  const dossier = dossierAt(input.dossiers, position.line);
  const locale = options.locale;
  const items =
    groupItems(input, position, head, locale) ??
    nameItems(input, position, head, options, dossier) ??
    (dossier ? visaItems(input, dossier, position, head, options, settings) : undefined) ??
    (dossier ? articleItems(dossier.deliberation, position, head, locale) : undefined);
  return items ? { isIncomplete: false, items } : EMPTY;
}

// ── Shared ───────────────────────────────────────────────────────────────────────────────────

/** Where the word being completed starts: after the last separator on the line, spaces skipped. */
function itemStart(head: string, separators: string): number {
  let start = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    if (separators.includes(head[i])) {
      start = i + 1;
      break;
    }
  }
  while (start < head.length && /\s/.test(head[start])) start++;
  return start;
}

function edit(position: Position, start: number, newText: string) {
  return { range: { start: { line: position.line, character: start }, end: position }, newText };
}

/**
 * The first line of the block holding `line`: going up through non-blank lines (at most `limit`),
 * stopping at a line that opens a block (`opens`).
 */
function paragraphStart(lines: readonly string[], line: number, limit: number, opens: (text: string) => boolean): number {
  let start = line;
  for (let i = line - 1; i >= 0 && line - i <= limit; i--) {
    if (opens(lines[start].slice(0, 200)) || lines[i].trim() === '') break;
    start = i;
  }
  return start;
}

function snippetEscape(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

// ── Vote groups ──────────────────────────────────────────────────────────────────────────────

function groupItems(input: CompletionInput, position: Position, head: string, locale: Locale): CompletionItem[] | undefined {
  const { lines } = input;
  const start = paragraphStart(lines, position.line, 6, (text) => VOTE_LABEL.test(text));
  if (!VOTE_LABEL.test(lines[start].slice(0, 200))) return undefined;
  const text = [...lines.slice(start, position.line), head].join(' ');
  const open = text.lastIndexOf('(');
  if (open < 0 || text.indexOf(')', open) >= 0) return undefined;
  const groups = new Map<string, { name: string; n: number; first: number }>();
  for (const dossier of input.dossiers) {
    for (const voteLine of dossier.deliberation.vote?.lines ?? []) {
      for (const group of voteLine.groups) {
        const name = collapseSpaces(group);
        const key = foldKey(name);
        if (!key) continue;
        const entry = groups.get(key) ?? { name, n: 0, first: groups.size };
        entry.n++;
        groups.set(key, entry);
      }
    }
  }
  if (groups.size === 0) return undefined;
  const at = itemStart(head, '(;');
  // Most used first; among equals, the order the acts write them in.
  const ordered = [...groups.values()].sort((a, b) => b.n - a.n || a.first - b.first);
  const items: CompletionItem[] = ordered.map((g, k) => ({
    label: g.name,
    kind: CompletionKind.EnumMember,
    detail: pick(locale, `groupe cité dans ${g.n} vote(s) du fichier`, `group named in ${g.n} vote(s) of the file`),
    sortText: `1${String(k).padStart(4, '0')}`,
    textEdit: edit(position, at, g.name),
  }));
  const afterParen = head.slice(0, at).trimEnd().endsWith('(');
  if (afterParen && ordered.length > 1) {
    const all = ordered.map((g) => g.name).join(' ; ');
    items.unshift({ label: all, kind: CompletionKind.Value, detail: pick(locale, `les ${ordered.length} groupes`, `all ${ordered.length} groups`), sortText: '0', filterText: all, textEdit: edit(position, at, all) });
  }
  return items;
}

// ── Member names ─────────────────────────────────────────────────────────────────────────────

/** `M. Jean-Claude LEROY` (a configured member) → a person, like a list item. */
function parseMember(text: string): Person | undefined {
  const joined = joinLines([text], [0]);
  return parsePersonItem(joined, 0, joined.length);
}

function nameItems(input: CompletionInput, position: Position, head: string, options: ResolvedOptions, dossier: Dossier | undefined): CompletionItem[] | undefined {
  const { lines } = input;
  const start = paragraphStart(lines, position.line, 30, (text) => !!matchLabel(text));
  const label = matchLabel(lines[start]);
  if (!label) return undefined;
  if (start === position.line && head.length < label.end) return undefined;
  const locale = options.locale;
  const people = new Map<string, { person: Person; lists: number }>();
  const add = (person: Person | undefined) => {
    if (!person || !person.key) return;
    const entry = people.get(person.key);
    if (entry) {
      entry.lists++;
      if (!entry.person.civility && person.civility) entry.person = person;
    } else people.set(person.key, { person, lists: 1 });
  };
  for (const d of input.dossiers) {
    for (const list of d.deliberation.attendance) list.persons.forEach(add);
    add(d.deliberation.secretary);
  }
  const configured = new Set<string>();
  for (const name of options.assembly.members) {
    const person = parseMember(name);
    if (!person) continue;
    configured.add(person.key);
    if (!people.has(person.key)) people.set(person.key, { person, lists: 0 });
  }
  if (people.size === 0) return undefined;
  const listedHere = new Set<string>();
  for (const list of dossier?.deliberation.attendance ?? []) for (const p of list.persons) listedHere.add(p.key);
  const at = itemStart(head, ',:');
  const items: CompletionItem[] = [];
  for (const { person, lists } of people.values()) {
    const name = personName(person);
    const here = listedHere.has(person.key);
    const detail = here
      ? pick(locale, 'déjà dans une liste de cette délibération', 'already in a list of this deliberation')
      : configured.has(person.key) && lists === 0
        ? pick(locale, 'membre de l’assemblée (delibera.assembly.members)', 'assembly member (delibera.assembly.members)')
        : pick(locale, `cité dans ${lists} liste(s) du fichier`, `in ${lists} list(s) of the file`);
    items.push({
      label: name,
      kind: CompletionKind.Reference,
      detail,
      sortText: `${here ? 1 : 0}${foldBare(person.lastName)} ${foldBare(person.firstName)}`,
      filterText: `${name} ${person.lastName}`,
      textEdit: edit(position, at, name),
    });
  }
  return items;
}

// ── Visas ────────────────────────────────────────────────────────────────────────────────────

function inVisaZone(d: Deliberation, line: number): boolean {
  const from = d.preamble?.end.line ?? d.number?.range.end.line ?? d.title?.range.end.line;
  if (from === undefined || line <= from) return false;
  const to = d.formula?.start.line ?? d.decide?.start.line ?? d.articles[0]?.heading.start.line ?? d.vote?.introRange.start.line;
  return to === undefined || line <= to;
}

function visaItems(input: CompletionInput, dossier: Dossier, position: Position, head: string, options: ResolvedOptions, settings: CompletionSettings): CompletionItem[] | undefined {
  const d = dossier.deliberation;
  if (!inVisaZone(d, position.line)) return undefined;
  const typed = head.trimStart();
  // Only at the start of a visa: an empty line or one that begins like `Vu` / `Après`.
  if (typed && !/^(?:v|vu\b.*|a|ap|apr.*)$/i.test(typed)) return undefined;
  const at = head.length - typed.length;
  const locale = options.locale;
  const present = new Set(d.visas.map((v) => foldKey(v.text)));
  const items: CompletionItem[] = [];
  const push = (label: string, snippet: string, detail: string, rank: number, kind: number = CompletionKind.Snippet) => {
    const cited = present.has(foldKey(label));
    items.push({
      label,
      kind,
      detail: cited ? `${detail} · ${pick(locale, 'déjà cité', 'already cited')}` : detail,
      sortText: `${cited ? 9 : rank}${String(items.length).padStart(4, '0')}`,
      filterText: label,
      insertTextFormat: 2,
      textEdit: edit(position, at, snippet),
    });
  };
  push(CANONICAL_CGCT, snippetEscape(CANONICAL_CGCT), pick(locale, 'Visa obligatoire : CGCT, fonctionnement de la Commission Permanente', 'Required visa: CGCT, Commission Permanente'), 0);
  const delegation = delegationText({ dossiers: input.dossiers, options });
  push(delegation, placeholders(delegation), pick(locale, 'Visa obligatoire : délégation d’attributions en vigueur', 'Required visa: délégation d’attributions in force'), 0);
  push(CANONICAL_RAPPORT, snippetEscape(CANONICAL_RAPPORT), pick(locale, 'Visa obligatoire : rapport du Président', 'Required visa: the president’s report'), 0);
  const names = settings.commissions && settings.commissions.length ? settings.commissions : DEFAULT_COMMISSIONS;
  const opinions = dossier.reports.filter((r) => r.own).flatMap((r) => r.opinions);
  names.forEach((name, k) => {
    const ordinal = k + 1;
    const opinion = opinions.find((o) => o.ordinal === ordinal && o.kind === 'avis');
    const date = opinion?.date ? formatNumericDate(opinion.date.date) : undefined;
    const text = `Vu l’avis de la ${formatOrdinal(ordinal)} commission « ${name} » rendu lors de sa réunion en date du ${date ?? 'JJ/MM/AAAA'} ;`;
    const snippet = `Vu l’avis de la ${formatOrdinal(ordinal)} commission « ${snippetEscape(name)} » rendu lors de sa réunion en date du ${date ?? '${1:JJ/MM/AAAA}'} ;`;
    push(text, snippet, opinion ? pick(locale, `Avis rendu selon le rapport (${date})`, `Opinion given according to the report (${date})`) : pick(locale, `Avis de la ${formatOrdinal(ordinal)} commission`, `Opinion of commission ${ordinal}`), opinion ? 0 : 2);
  });
  // The visas the file's other deliberations cite, most cited first.
  const others = new Map<string, { text: string; n: number }>();
  for (const other of input.dossiers) {
    if (other === dossier) continue;
    for (const visa of other.deliberation.visas) {
      if (visa.kind === 'avis' || visa.kind === 'informe' || visa.kind === 'rapport' || visa.text.length > 400) continue;
      const key = foldKey(visa.text);
      const entry = others.get(key) ?? { text: visa.text, n: 0 };
      entry.n++;
      others.set(key, entry);
    }
  }
  const taken = new Set(items.map((i) => foldKey(i.label)));
  [...others.entries()]
    .filter(([key]) => !taken.has(key))
    .sort((a, b) => b[1].n - a[1].n)
    .slice(0, 40)
    .forEach(([, v]) => push(v.text, snippetEscape(v.text), pick(locale, `Cité par ${v.n} autre(s) délibération(s) du fichier`, `Cited by ${v.n} other deliberation(s) of the file`), 3, CompletionKind.Reference));
  const formula = 'Après en avoir délibéré,';
  if (!d.formula) push(formula, formula, pick(locale, 'Fin des visas', 'End of the visas'), 4, CompletionKind.Keyword);
  return items;
}

/** The visa template's placeholders (`AAAA-NNN`, `JJ/MM/AAAA`) as snippet tab stops. */
function placeholders(text: string): string {
  let n = 0;
  return snippetEscape(text).replace(/AAAA-NNN|JJ\/MM\/AAAA/g, (m) => `\${${++n}:${m}}`);
}

// ── Article headings ─────────────────────────────────────────────────────────────────────────

function articleItems(d: Deliberation, position: Position, head: string, locale: Locale): CompletionItem[] | undefined {
  if (!d.decide || position.line <= d.decide.start.line) return undefined;
  if (d.vote && position.line >= d.vote.introRange.start.line) return undefined;
  const typed = head.trimStart();
  if (!/^A(?:r(?:t(?:i(?:c(?:l(?:e(?:\s+\d{0,2})?)?)?)?)?)?)?$/i.test(typed)) return undefined;
  const before = d.articles.filter((a) => a.heading.start.line < position.line).length;
  const at = head.length - typed.length;
  return [
    { label: `Article ${before + 1} :`, kind: CompletionKind.Keyword, sortText: '0', detail: pick(locale, 'Article suivant', 'Next article'), textEdit: edit(position, at, `Article ${before + 1} :`) },
    { label: 'Article unique :', kind: CompletionKind.Keyword, sortText: '1', detail: pick(locale, 'Délibération à un seul article', 'Single-article deliberation'), textEdit: edit(position, at, 'Article unique :') },
  ];
}
