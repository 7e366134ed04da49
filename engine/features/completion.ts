/**
 * Completion, from what the file already says: visa templates in the visa block (CGCT, the
 * délégation in force, the president's report, each commission's opinion dated from the report,
 * the visas of the file's other deliberations), the names of the members not yet placed inside
 * attendance lists, vote-group names inside `Pour : … (` (the configured groups, then those the
 * file's votes name), and the next article heading. Nothing already written there is offered
 * again: in a snippet, Tab then moves on instead of accepting a stale proposal.
 */
import { COMMISSIONS, formatOrdinal } from '../model/commissions';
import { parsePersonItem } from '../model/persons';
import { matchLabel } from '../model/attendance';
import type { Deliberation, Dossier, Person } from '../model/types';
import type { ResolvedOptions } from '../options';
import { CANONICAL_CGCT, CANONICAL_RAPPORT, delegationText } from '../rules/lib/visas';
import type { Locale } from '../rules/types';
import { PLACEHOLDER_PATTERN } from '../templates/vocabulary/placeholders';
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
  /**
   * What the workspace's other files name, when the host knows them: members as written in their
   * lists (`M. Jean-Claude LEROY`) and vote groups. Offered like the file's own.
   */
  workspace?: { members?: readonly string[]; groups?: readonly string[] };
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
  // Names and groups are asked again at each keystroke (`isIncomplete`): the one just typed in full
  // is then no longer offered, the list closes, and Tab moves to the snippet's next stop instead
  // of accepting it again.
  const typing = groupItems(input, position, head, options) ?? nameItems(input, position, head, options, dossier);
  if (typing) return { isIncomplete: true, items: typing };
  const items =
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

function groupItems(input: CompletionInput, position: Position, head: string, options: ResolvedOptions): CompletionItem[] | undefined {
  const { lines } = input;
  const locale = options.locale;
  const start = paragraphStart(lines, position.line, 6, (text) => VOTE_LABEL.test(text));
  if (!VOTE_LABEL.test(lines[start].slice(0, 200))) return undefined;
  const text = [...lines.slice(start, position.line), head].join(' ');
  const open = text.lastIndexOf('(');
  if (open < 0 || text.indexOf(')', open) >= 0) return undefined;
  const at = itemStart(head, '(;');
  const typed = foldKey(collapseSpaces(head.slice(at)));
  // The groups already written in this parenthesis are not offered again.
  const written = new Set(text.slice(open + 1).split(';').slice(0, -1).map((g) => foldKey(collapseSpaces(g))));
  const groups = new Map<string, { name: string; n: number; first: number; configured: boolean }>();
  const add = (group: string, configured: boolean) => {
    const name = collapseSpaces(group);
    const key = foldKey(name);
    if (!key || isPlaceholderText(name)) return;
    const entry = groups.get(key) ?? { name, n: 0, first: groups.size, configured };
    if (configured) entry.configured = true;
    else entry.n++;
    groups.set(key, entry);
  };
  // The configured groups first (`collectivite.groups`), in the order given; then those the votes name.
  for (const group of options.collectivite.groups) add(group, true);
  for (const dossier of input.dossiers) {
    for (const voteLine of dossier.deliberation.vote?.lines ?? []) for (const group of voteLine.groups) add(group, false);
  }
  for (const group of input.workspace?.groups ?? []) add(group, false);
  const ordered = [...groups.entries()]
    .filter(([key]) => !written.has(key) && key !== typed)
    .map(([, g]) => g)
    // Configured first in their order; then most used; among equals, the order the acts write them in.
    .sort((a, b) => Number(b.configured) - Number(a.configured) || (a.configured ? a.first - b.first : b.n - a.n || a.first - b.first));
  if (ordered.length === 0) return undefined;
  const items: CompletionItem[] = ordered.map((g, k) => ({
    label: g.name,
    kind: CompletionKind.EnumMember,
    detail: g.configured
      ? pick(locale, 'groupe de l’assemblée (delibera.collectivite.groups)', 'group of the assembly (delibera.collectivite.groups)')
      : g.n === 1
        ? pick(locale, 'groupe cité dans 1 vote du fichier', 'group named in 1 vote of the file')
        : pick(locale, `groupe cité dans ${g.n} votes du fichier`, `group named in ${g.n} votes of the file`),
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

/** A skeleton's placeholder (`Groupe …`, `Prénom NOM`): never offered as a value. */
function isPlaceholderText(text: string): boolean {
  PLACEHOLDER_PATTERN.lastIndex = 0;
  const found = PLACEHOLDER_PATTERN.test(text);
  PLACEHOLDER_PATTERN.lastIndex = 0;
  return found;
}

// ── Member names ─────────────────────────────────────────────────────────────────────────────

/** `M. Jean-Claude LEROY` (a configured member) → a person, like a list item. */
function parseMember(text: string): Person | undefined {
  const joined = joinLines([text], [0]);
  return parsePersonItem(joined, 0, joined.length);
}

/**
 * Whether a list item reads as someone's name: a first name written in lower case after its
 * capital, and a surname; not a title the list ran into (`TITRE DE LA DÉLIBÉRATION`, read as a
 * person when a list ends on a comma), nor a placeholder.
 */
function looksLikeName(person: Person): boolean {
  if (!person.firstName || !person.lastName || isPlaceholderText(person.text)) return false;
  const words = `${person.firstName} ${person.lastName}`.split(' ').length;
  return words <= 6 && /\p{Ll}/u.test(person.firstName);
}

/**
 * Names to put in an attendance list: the members the file's other deliberations list and the
 * configured members (`delibera.assembly.members`) not yet placed in this deliberation — a member
 * is in one list only — and never the name being typed. After `Secrétaire :`, this deliberation's
 * présents: the secretary is one of them.
 */
function nameItems(input: CompletionInput, position: Position, head: string, options: ResolvedOptions, dossier: Dossier | undefined): CompletionItem[] | undefined {
  const { lines } = input;
  const start = paragraphStart(lines, position.line, 30, (text) => !!matchLabel(text));
  const label = matchLabel(lines[start]);
  if (!label) return undefined;
  if (start === position.line && head.length < label.end) return undefined;
  const locale = options.locale;
  const at = itemStart(head, ',:');
  const typed = head.slice(at).trim();
  const typedKey = typed ? (parseMember(typed)?.key ?? foldKey(typed)) : '';
  const here = dossier?.deliberation;
  const placed = new Set<string>();
  for (const list of here?.attendance ?? []) for (const p of list.persons) placed.add(p.key);
  const people = new Map<string, { person: Person; lists: number; configured: boolean; present: boolean }>();
  const add = (person: Person | undefined, from: 'list' | 'member' | 'present') => {
    if (!person || !person.key || person.key === typedKey) return;
    // The configured members are people whatever their case; a list may have run into a title.
    if (from === 'member' ? isPlaceholderText(person.text) : !looksLikeName(person)) return;
    const entry = people.get(person.key) ?? { person, lists: 0, configured: false, present: false };
    if (from === 'list') entry.lists++;
    if (from === 'member') entry.configured = true;
    if (from === 'present') entry.present = true;
    if (!entry.person.civility && person.civility) entry.person = person;
    people.set(person.key, entry);
  };
  if (label.kind === 'secretary') {
    for (const list of here?.attendance ?? []) if (list.kind === 'present') list.persons.forEach((p) => add(p, 'present'));
  } else {
    for (const d of input.dossiers) {
      if (d === dossier) continue;
      for (const list of d.deliberation.attendance) for (const p of list.persons) if (!placed.has(p.key)) add(p, 'list');
    }
    for (const name of input.workspace?.members ?? []) {
      const person = parseMember(name);
      if (person && !placed.has(person.key)) add(person, 'list');
    }
    for (const name of options.assembly.members) {
      const person = parseMember(name);
      if (person && !placed.has(person.key)) add(person, 'member');
    }
  }
  if (people.size === 0) return undefined;
  const items: CompletionItem[] = [];
  for (const { person, lists, configured, present } of people.values()) {
    const name = personName(person);
    if (foldKey(name) === foldKey(typed)) continue;
    const detail = present
      ? pick(locale, 'présent à cette délibération', 'present at this deliberation')
      : configured && lists === 0
        ? pick(locale, 'membre de l’assemblée (delibera.assembly.members)', 'assembly member (delibera.assembly.members)')
        : lists === 1
          ? pick(locale, 'cité dans 1 autre délibération du fichier', 'in 1 other deliberation of the file')
          : pick(locale, `cité dans ${lists} autres délibérations du fichier`, `in ${lists} other deliberations of the file`);
    items.push({
      label: name,
      kind: CompletionKind.Reference,
      detail,
      sortText: `${foldBare(person.lastName)} ${foldBare(person.firstName)}`,
      filterText: `${name} ${person.lastName}`,
      textEdit: edit(position, at, name),
    });
  }
  return items.length ? items : undefined;
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
