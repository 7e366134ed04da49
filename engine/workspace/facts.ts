/**
 * What the other deliberation files of a workspace tell about this one: the acts they cite and the
 * deliberation numbers they hold. A rule sees one file; these summaries let it compare a citation or
 * a number with the rest of the workspace (docs/domain.md §8.4: one act, one date, one body, one title).
 * Summaries are plain data (no ranges into the current file), cheap to keep for every file.
 */
import { actKey, BODY_CONSEIL_REGIONAL, numberYear } from '../model/acts';
import type { ActCitation, Dossier, Range, Visa, VisaKind } from '../model/types';
import { isoDate } from '../text/dates';
import { foldBare } from '../text/normalize';

export interface CitedActFact {
  /** Identity of the act across files (`actIdentity`). */
  identity: string;
  /** `actKey` of the model (number + date, with the body for old per-session ordinals). */
  key?: string;
  kind: VisaKind;
  number?: string;
  /** ISO date (`2021-07-01`) and the date as written (`01/07/2021`). */
  date?: string;
  dateText?: string;
  body?: string;
  title?: string;
  /** Where the citation is, in its own file. */
  range: Range;
  /** The citing deliberation's number and meeting date (ISO), when known. */
  citedBy?: string;
  meetingDate?: string;
  /** The citing deliberation's collectivité and body (`scopeOf`); absent when the header does not name them. */
  scope?: string;
}

export interface DeliberationFact {
  /** `2022-80`. */
  number: string;
  year: number;
  sequence: number;
  meetingDate?: string;
  title?: string;
  range: Range;
  /** The deliberation's collectivité and body (`scopeOf`). */
  scope?: string;
}

export interface FileSummary {
  uri: string;
  acts: CitedActFact[];
  deliberations: DeliberationFact[];
}

/** Summaries of the workspace's other deliberation files (the analysed file itself excluded). */
export interface WorkspaceFacts {
  files: FileSummary[];
}

const ACT_KINDS: ReadonlySet<VisaKind> = new Set(['deliberation', 'loi', 'ordonnance', 'decret', 'arrete']);

/** The acts a visa cites, when the visa cites one (deliberations, laws, decrees, orders). */
export function citedAct(visa: Visa): ActCitation | undefined {
  return ACT_KINDS.has(visa.kind) ? visa.act : undefined;
}

/**
 * Which act a citation designates, the same in every file. `YYYY-N` numbers are unique per family
 * (departmental deliberations share one sequence across bodies, which is why a `Conseil
 * départemental` / `Commission Permanente` clash on one number is an error); laws, decrees, orders
 * and NOR numbers are unique per kind; old per-session ordinals (`n°5`) need body and date.
 */
export function actIdentity(kind: VisaKind, act: ActCitation): string | undefined {
  const number = act.number?.value;
  if (!number) return undefined;
  if (kind !== 'deliberation') return `${kind}#${number}`;
  const regional = act.body?.startsWith(BODY_CONSEIL_REGIONAL) ? `region:${foldBare(act.body)}` : 'dept';
  if (numberYear(number) !== undefined) return `${regional}#${number}`;
  if (!act.date) return undefined;
  return `${regional}#${foldBare(act.body ?? '')}#${number}@${isoDate(act.date.date)}`;
}

/** Titles compared on their letters and digits only: case, accents, punctuation and quotes aside. */
export function titleComparisonKey(title: string): string {
  return foldBare(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function summarizeFile(uri: string, dossiers: readonly Dossier[]): FileSummary {
  const acts: CitedActFact[] = [];
  const deliberations: DeliberationFact[] = [];
  for (const dossier of dossiers) {
    const d = dossier.deliberation;
    const meetingDate = d.meetingDate ? isoDate(d.meetingDate.date) : undefined;
    const scope = scopeOf(dossier);
    if (d.number) {
      deliberations.push({
        number: `${d.number.year}-${d.number.sequence}`,
        year: d.number.year,
        sequence: d.number.sequence,
        meetingDate,
        title: d.title?.value,
        range: d.number.range,
        scope,
      });
    }
    for (const visa of d.visas) {
      const act = citedAct(visa);
      if (!act) continue;
      const identity = actIdentity(visa.kind, act);
      if (!identity) continue;
      acts.push({
        identity,
        key: actKey(act),
        kind: visa.kind,
        number: act.number?.value,
        date: act.date ? isoDate(act.date.date) : undefined,
        dateText: act.date?.text,
        body: act.body,
        title: act.title?.value,
        range: visa.range,
        citedBy: d.number ? `${d.number.year}-${d.number.sequence}` : undefined,
        meetingDate,
        scope,
      });
    }
  }
  return { uri, acts, deliberations };
}

/**
 * The facts a file's rules may compare with: the other files' (a client may hand over the whole
 * workspace), and, when the file's dossiers are given, only those of the same collectivité and
 * body. Thousands of communes number an act `2023-001`: a batch mixing collectivités (an
 * open-data audit) must never compare one's acts with another's, and a fact whose collectivité is
 * not named cannot be told apart, so it is left out (precision over recall).
 */
export function otherFiles(facts: WorkspaceFacts | undefined, uri: string, dossiers?: readonly Dossier[]): WorkspaceFacts | undefined {
  if (!facts) return undefined;
  const others = facts.files.filter((file) => file.uri !== uri);
  if (!dossiers) return { files: others };
  const scopes = new Set<string>();
  for (const dossier of dossiers) {
    const scope = scopeOf(dossier);
    if (scope) scopes.add(scope);
  }
  const inScope = (fact: { scope?: string }) => fact.scope !== undefined && scopes.has(fact.scope);
  const files: FileSummary[] = [];
  for (const file of others) {
    const acts = file.acts.filter(inScope);
    const deliberations = file.deliberations.filter(inScope);
    if (acts.length > 0 || deliberations.length > 0) files.push({ uri: file.uri, acts, deliberations });
  }
  return { files };
}

/** Words that name what a collectivité is, not which one: `Ville de Sevran` and `Commune de Sevran` are one. */
const COLLECTIVITE_PREFIX = /^(?:ville|commune|mairie) (?:de |d )?/;

/**
 * Which collectivité and body a dossier speaks for (`sevran|conseil-municipal`), or undefined when
 * its header does not name the collectivité.
 */
export function scopeOf(dossier: Dossier): string | undefined {
  const name = dossier.meeting.collectivite.name?.value;
  if (!name) return undefined;
  const key = foldBare(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(COLLECTIVITE_PREFIX, '');
  if (!key) return undefined;
  return `${key}|${dossier.meeting.body?.value ?? ''}`;
}

/** `file:///…/003.txt` → `003.txt`, for messages. */
export function shortName(uri: string): string {
  const cut = uri.search(/[?#]/);
  const clean = cut >= 0 ? uri.slice(0, cut) : uri;
  const slash = clean.lastIndexOf('/');
  // `untitled:Untitled-1` has no path: its name is what follows the scheme.
  let name = slash >= 0 ? clean.slice(slash + 1) : clean.replace(/^[a-z][a-z0-9+.-]*:/i, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: keep the name as written.
  }
  return name || uri;
}
