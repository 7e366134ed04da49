/**
 * visa-citation (domain.md §8.3, §8.4): an act cited in the visas is cited the same way everywhere —
 * one date, one deciding body, one title (case aside) — in the file and across the workspace. It
 * predates the meeting, the `YYYY` of `n°YYYY-N` is the year of its date, the délégation
 * d’attributions cited is the one in force, and the report's prose gives a deliberation, an arrêté or
 * a convention of the visas their date and number (`Par délibération du 6 juillet 2020` ↔ `n°2020-176
 * … en date du 06/07/2020`; `un arrêté ministériel du 19 juillet 2019` ↔ `l’arrêté NOR : … du 19
 * janvier 2019`, 003 2022-88).
 */
import { numberYear } from '../model/acts';
import type { ActCitation, CalendarDate, Dossier, Range, ReportActKind, ReportCitation, Visa } from '../model/types';
import { daysBetween, isoDate, sameDate } from '../text/dates';
import { foldBare } from '../text/normalize';
import { actIdentity, citedAct, shortName, titleComparisonKey, type CitedActFact } from '../workspace/facts';
import type { FileContext, Fix, RelatedLocation, Rule } from './types';
import { memoized, message } from './helpers';
import { formatDateLike } from './lib/dates';
import { dossierReports } from './lib/reports';
import { isDelegationVisa } from './lib/visas';
import { count as counted } from '../text/plural';

interface Citation {
  dossier: Dossier;
  visa: Visa;
  act: ActCitation;
  identity?: string;
}

/** One value of an attribute (date, body, title) as cited somewhere: here, or in another file. */
interface Occurrence {
  key: string;
  shown: string;
  local?: Citation;
  fact?: CitedActFact;
  uri?: string;
}

function line(range: Range): number {
  return range.start.line + 1;
}

function actName(act: ActCitation): string {
  return act.number ? numberName(act.number.value) : '';
}

/** A NOR number is written `NOR : SSAA1921317A`, never `n°`. */
function numberName(value: string): string {
  return /^[A-Z]{4}\d/.test(value) ? `NOR ${value}` : `n°${value}`;
}

const NOUNS: Partial<Record<Visa['kind'], { fr: string; en: string; e: string }>> = {
  deliberation: { fr: 'la délibération', en: 'deliberation', e: 'e' },
  loi: { fr: 'la loi', en: 'law', e: 'e' },
  ordonnance: { fr: 'l’ordonnance', en: 'order', e: 'e' },
  decret: { fr: 'le décret', en: 'decree', e: '' },
  arrete: { fr: 'l’arrêté', en: 'arrêté', e: '' },
};

/** `la délibération n°2021-257` / `deliberation n°2021-257`, and the French feminine ending. */
function actLabel(c: { visa: Visa; act: ActCitation }): { fr: string; en: string; e: string } {
  const noun = NOUNS[c.visa.kind] ?? { fr: 'l’acte', en: 'act', e: '' };
  const name = actName(c.act);
  return { fr: `${noun.fr}${name ? ` ${name}` : ''}`, en: `${noun.en}${name ? ` ${name}` : ''}`, e: noun.e };
}

/** `au Conseil départemental`, `à la Commission Permanente`. */
function toBody(body: string): string {
  return /^(?:Commission|Assembl)/i.test(body) ? `à la ${body}` : `au ${body}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where an occurrence is, for a message: `ligne 49` or `003.txt, ligne 49`. */
function place(o: Occurrence): { fr: string; en: string } {
  // In-file places are given by the related location: a line number in the text would go stale.
  if (o.local) return { fr: 'dans ce fichier', en: 'in this file' };
  const name = shortName(o.uri ?? '');
  const at = o.fact ? line(o.fact.range) : 0;
  return { fr: `${name}, ligne ${at}`, en: `${name}, line ${at}` };
}

/**
 * The reference value of an attribute: the most cited; on a tie, one cited in another file (so that
 * each of two disagreeing files shows the disagreement), else the first cited here.
 */
function reference(occurrences: Occurrence[]): Occurrence {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
  const max = Math.max(...counts.values());
  const tied = occurrences.filter((o) => counts.get(o.key) === max);
  return tied.find((o) => !o.local) ?? tied[0];
}

type Attribute = 'date' | 'body' | 'title';

function citedAlike(attribute: Attribute, locals: Citation[], facts: { fact: CitedActFact }[]): boolean {
  let key: string | undefined;
  for (const c of locals) {
    const value = localValue(attribute, c.act);
    if (!value) continue;
    if (key !== undefined && value.key !== key) return false;
    key = value.key;
  }
  for (const { fact } of facts) {
    const value = factValue(attribute, fact);
    if (!value) continue;
    if (key !== undefined && value.key !== key) return false;
    key = value.key;
  }
  return true;
}

function occurrencesOf(attribute: Attribute, locals: Citation[], facts: { uri: string; fact: CitedActFact }[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const c of locals) {
    const o = localValue(attribute, c.act);
    if (o) out.push({ ...o, local: c });
  }
  for (const { uri, fact } of facts) {
    const o = factValue(attribute, fact);
    if (o) out.push({ ...o, fact, uri });
  }
  return out;
}

/** Each act's values, keyed by attribute: a title is folded once, not on every keystroke. */
const localValues = memoized((_act: ActCitation) => new Map<Attribute, { key: string; shown: string } | undefined>());

function localValue(attribute: Attribute, act: ActCitation): { key: string; shown: string } | undefined {
  const values = localValues(act);
  if (!values.has(attribute)) values.set(attribute, readLocalValue(attribute, act));
  return values.get(attribute);
}

function readLocalValue(attribute: Attribute, act: ActCitation): { key: string; shown: string } | undefined {
  switch (attribute) {
    case 'date':
      return act.date ? { key: isoDate(act.date.date), shown: act.date.text } : undefined;
    case 'body':
      return act.body ? { key: foldBare(act.body), shown: act.body } : undefined;
    case 'title':
      return act.title ? { key: titleComparisonKey(act.title.value), shown: act.title.value } : undefined;
  }
}

function factValue(attribute: Attribute, fact: CitedActFact): { key: string; shown: string } | undefined {
  switch (attribute) {
    case 'date':
      return fact.date ? { key: fact.date, shown: fact.dateText ?? fact.date } : undefined;
    case 'body':
      return fact.body ? { key: foldBare(fact.body), shown: fact.body } : undefined;
    case 'title':
      return fact.title ? { key: titleComparisonKey(fact.title), shown: fact.title } : undefined;
  }
}

const citationsOf = memoized((dossier: Dossier): Citation[] => {
  const out: Citation[] = [];
  for (const visa of dossier.deliberation.visas) {
    const act = citedAct(visa);
    if (act) out.push({ dossier, visa, act, identity: actIdentity(visa.kind, act) });
  }
  return out;
});

export const visaCitation: Rule = {
  id: 'visa-citation',
  severity: 'warning',
  scope: 'file',
  templates: ['departement-cp'],
  description: message(
    'Un acte cité en visa l’est partout avec la même date, le même organe et le même titre, le rapport compris ; il précède la réunion et la délégation citée est celle en vigueur.',
    'An act cited in the visas is cited everywhere with the same date, body and title, the report included; it precedes the meeting and the délégation cited is the one in force.',
  ),
  check(context) {
    const citations = context.dossiers.flatMap(citationsOf);
    const dateFlagged = new Set<Citation>();
    checkConsistency(context, citations, dateFlagged);
    for (const c of citations) checkOwnDates(context, c, dateFlagged);
    checkDelegation(context, citations);
    checkReportCitations(context);
  },
};

// ── One act, one date, one body, one title ───────────────────────────────────────────────────

function checkConsistency(context: FileContext, citations: Citation[], dateFlagged: Set<Citation>): void {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) {
    if (!c.identity) continue;
    const list = groups.get(c.identity) ?? [];
    list.push(c);
    groups.set(c.identity, list);
  }
  const elsewhere = new Map<string, { uri: string; fact: CitedActFact }[]>();
  for (const file of context.workspace?.files ?? []) {
    for (const fact of file.acts) {
      if (!groups.has(fact.identity)) continue;
      const list = elsewhere.get(fact.identity) ?? [];
      list.push({ uri: file.uri, fact });
      elsewhere.set(fact.identity, list);
    }
  }
  for (const [identity, locals] of groups) {
    const facts = elsewhere.get(identity) ?? [];
    if (locals.length + facts.length < 2) continue;
    // A departmental `YYYY-N` number is one act: its body is part of what must agree.
    const attributes: Attribute[] = identity.startsWith('dept#') && locals[0].visa.kind === 'deliberation' ? ['date', 'body', 'title'] : ['date', 'title'];
    for (const attribute of attributes) {
      // Most acts are cited alike everywhere: tell so before building the occurrences.
      if (citedAlike(attribute, locals, facts)) continue;
      const occurrences = occurrencesOf(attribute, locals, facts);
      if (new Set(occurrences.map((o) => o.key)).size < 2) continue;
      const ref = reference(occurrences);
      for (const o of occurrences) {
        if (!o.local || o.key === ref.key) continue;
        if (attribute === 'date') dateFlagged.add(o.local);
        reportMismatch(context, attribute, o.local, o, ref);
      }
    }
  }
}

function reportMismatch(context: FileContext, attribute: Attribute, c: Citation, o: Occurrence, ref: Occurrence): void {
  const label = actLabel(c);
  const where = place(ref);
  const related: RelatedLocation[] = ref.local
    ? [{ range: ref.local.visa.range, message: message(`Même acte, cité autrement`, `Same act, cited differently`) }]
    : [];
  const elsewhere = ref.local ? undefined : { uri: ref.uri, line: ref.fact!.range.start.line, range: ref.fact!.range };
  if (attribute === 'date') {
    const refDate = ref.local?.act.date?.date ?? parseIso(ref.fact!.date!);
    context.report({
      range: c.act.date!.range,
      message: message(
        `${capitalize(label.fr)} est cité${label.e} ici en date du ${o.shown}, mais du ${ref.shown} ailleurs (${where.fr}).`,
        `${capitalize(label.en)} is cited here as of ${o.shown}, but as of ${ref.shown} elsewhere (${where.en}).`,
      ),
      related,
      data: { expected: formatDateLike(refDate, c.act.date!.text), actual: o.shown, ...(elsewhere ? { elsewhere } : {}) },
      fixes: [replaceWith(c.act.date!.range, formatDateLike(refDate, c.act.date!.text))],
    });
    return;
  }
  if (attribute === 'body') {
    context.report({
      range: c.act.number?.range ?? c.visa.range,
      message: message(
        `${capitalize(label.fr)} est attribué${label.e} ici ${toBody(o.shown)}, mais ${toBody(ref.shown)} ailleurs (${where.fr}) : un même numéro désigne un seul acte.`,
        `${capitalize(label.en)} is attributed here to the ${o.shown}, but to the ${ref.shown} elsewhere (${where.en}): one number designates one act.`,
      ),
      related,
      data: { expected: ref.shown, actual: o.shown, ...(elsewhere ? { elsewhere } : {}) },
    });
    return;
  }
  context.report({
    range: c.act.title!.range,
    message: message(
      `Le titre de ${label.fr} diffère d’une autre citation (${where.fr}) : « ${o.shown} » / « ${ref.shown} ».`,
      `The title of ${label.en} differs from another citation (${where.en}): "${o.shown}" / "${ref.shown}".`,
    ),
    related,
    data: { expected: ref.shown, actual: o.shown, ...(elsewhere ? { elsewhere } : {}) },
    fixes: [replaceWith(c.act.title!.range, ref.shown)],
  });
}

/**
 * Either side may be wrong (in 2022-88 the visa is: the act annex 2 reproduces is dated as the
 * report dates it), so both corrections are offered, neither preferred: the user who reads the act
 * chooses, and the visa is rewritten only by that choice.
 */
function eitherSide(report: { range: Range; text: string }, visa: { range: Range; text: string } | undefined): Fix[] {
  const fixes: Fix[] = [{ title: message(`Corriger le rapport : « ${report.text} »`, `Correct the report: "${report.text}"`), range: report.range, text: report.text }];
  if (visa) fixes.push({ title: message(`Corriger le visa : « ${visa.text} »`, `Correct the visa: "${visa.text}"`), range: visa.range, text: visa.text });
  return fixes;
}

function replaceWith(range: Range, text: string): Fix {
  return { title: message(`Remplacer par « ${text} »`, `Replace with "${text}"`), range, text };
}

function parseIso(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

// ── Dates of one citation ────────────────────────────────────────────────────────────────────

function checkOwnDates(context: FileContext, c: Citation, dateFlagged: Set<Citation>): void {
  if (dateFlagged.has(c) || !c.act.date) return;
  const date = c.act.date;
  const number = c.act.number;
  const year = number ? numberYear(number.value) : undefined;
  if (number && year !== undefined && year >= 1900 && year <= 2200 && year !== date.date.year) {
    context.report({
      range: number.range,
      message: message(
        `Le numéro n°${number.value} porte l’année ${year}, mais l’acte est daté du ${date.text} (${date.date.year}).`,
        `Number n°${number.value} carries the year ${year}, but the act is dated ${date.text} (${date.date.year}).`,
      ),
      related: [{ range: date.range, message: message('Date de l’acte', 'Date of the act') }],
      data: {
        expected: number.value.replace(/^\d{4}/, String(date.date.year)),
        actual: number.value,
        // Either the number or the date is wrong: the date, rewritten with the number's year.
        otherSide: { range: date.range, expected: formatDateLike({ ...date.date, year }, date.text) },
      },
      fixes: [
        replaceWith(number.range, number.value.replace(/^\d{4}/, String(date.date.year))),
        replaceWith(date.range, formatDateLike({ ...date.date, year }, date.text)),
      ],
    });
    return;
  }
  const meeting = c.dossier.deliberation.meetingDate;
  if (!meeting) return;
  const after = daysBetween(meeting.date, date.date);
  if (after <= 0) return;
  context.report({
    range: date.range,
    message: message(
      `${capitalize(actLabel(c).fr)} est daté${actLabel(c).e} du ${date.text}, ${counted(after, 'fr', 'jour')} après la réunion du ${meeting.text.trim()} : un visa ne peut citer un acte postérieur.`,
      `${capitalize(actLabel(c).en)} is dated ${date.text}, ${counted(after, 'en', 'day')} after the meeting of ${meeting.text.trim()}: a visa cannot cite a later act.`,
    ),
    related: [{ range: meeting.range, message: message('Date de la réunion', 'Meeting date') }],
    data: { actual: date.text, meeting: meeting.text.trim() },
  });
}

// ── The délégation in force ──────────────────────────────────────────────────────────────────

/** The configured délégation, else the one a strict plurality (at least two) of the file's deliberations cite. */
function delegationInForce(context: FileContext, delegations: Citation[]): string | undefined {
  const configured = context.options.visas.delegation;
  if (configured) return configured;
  const counts = new Map<string, number>();
  for (const c of delegations) if (c.act.number) counts.set(c.act.number.value, (counts.get(c.act.number.value) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 2 || (ranked[1] && ranked[1][1] === ranked[0][1])) return undefined;
  return ranked[0][0];
}

function checkDelegation(context: FileContext, citations: Citation[]): void {
  const delegations = citations.filter((c) => isDelegationVisa(c.visa));
  const inForce = delegationInForce(context, delegations);
  if (!inForce) return;
  const model = typicalCitation(delegations.filter((c) => c.act.number?.value === inForce));
  const source = context.options.visas.delegation
    ? message('delibera.visas.delegation', 'delibera.visas.delegation')
    : message('celle que citent les autres délibérations du fichier', 'the one the other deliberations of the file cite');
  for (const c of delegations) {
    const number = c.act.number;
    if (!number || number.value === inForce) continue;
    context.report({
      range: number.range,
      message: message(
        `Délégation d’attributions n°${number.value}${c.act.date ? ` du ${c.act.date.text}` : ''} : la délégation en vigueur est la n°${inForce}${model?.act.date ? ` du ${model.act.date.text}` : ''} (${source.fr}).`,
        `Délégation d’attributions n°${number.value}${c.act.date ? ` of ${c.act.date.text}` : ''}: the délégation in force is n°${inForce}${model?.act.date ? ` of ${model.act.date.text}` : ''} (${source.en}).`,
      ),
      related: model ? [{ range: model.visa.range, message: message('Délégation en vigueur', 'Délégation in force') }] : undefined,
      data: model ? { expected: model.visa.text, replace: c.visa.range, number: inForce } : { expected: inForce, actual: number.value },
      fixes: model ? [{ title: message(`Citer la délégation n°${inForce}`, `Cite délégation n°${inForce}`), range: c.visa.range, text: model.visa.text }] : undefined,
    });
  }
}

/** The citation written the most common way (by date), to copy from. */
function typicalCitation(citations: Citation[]): Citation | undefined {
  const counts = new Map<string, number>();
  const keyOf = (c: Citation) => (c.act.date ? isoDate(c.act.date.date) : '');
  for (const c of citations) counts.set(keyOf(c), (counts.get(keyOf(c)) ?? 0) + 1);
  let best: Citation | undefined;
  for (const c of citations) if (!best || counts.get(keyOf(c))! > counts.get(keyOf(best))!) best = c;
  return best;
}

// ── The report's prose ↔ the visas ───────────────────────────────────────────────────────────

interface VisaAct {
  visa: Visa;
  act: ActCitation;
}

type Link = { target: VisaAct; by: 'number' | 'title' | 'sole' };

const REPORT_NOUNS: Record<ReportActKind, { fr: string; en: string; onlyFr: string }> = {
  deliberation: { fr: 'la délibération', en: 'deliberation', onlyFr: 'la seule délibération' },
  arrete: { fr: 'l’arrêté', en: 'arrêté', onlyFr: 'le seul arrêté' },
  convention: { fr: 'la convention', en: 'agreement', onlyFr: 'la seule convention' },
};

/** The dated acts of the visas, by the kind a report names them with. */
const visaActsOf = memoized((dossier: Dossier): Map<ReportActKind, VisaAct[]> => {
  const out = new Map<ReportActKind, VisaAct[]>();
  for (const visa of dossier.deliberation.visas) {
    if ((visa.kind !== 'deliberation' && visa.kind !== 'arrete' && visa.kind !== 'convention') || !visa.act?.date) continue;
    const list = out.get(visa.kind) ?? [];
    list.push({ visa, act: visa.act });
    out.set(visa.kind, list);
  }
  return out;
});

function checkReportCitations(context: FileContext): void {
  for (const dossier of context.dossiers) {
    const acts = visaActsOf(dossier);
    if (acts.size === 0) continue;
    const seen = new Set<string>();
    const cited = dossierReports(dossier).flatMap((r) => r.citations ?? []);
    for (const c of cited) {
      const link = linkedVisa(c, acts.get(c.kind) ?? [], cited);
      if (!link) continue;
      const key = `${c.range.start.line}:${c.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reportCitationMismatch(context, c, link);
    }
  }
}

function reportCitationMismatch(context: FileContext, c: ReportCitation, { target, by }: Link): void {
  const noun = REPORT_NOUNS[c.kind];
  const name = actName(target.act);
  const visaDate = target.act.date!;
  const related: RelatedLocation[] = [{ range: target.visa.range, message: message('Visa citant le même acte', 'Visa citing the same act') }];
  if (c.number && target.act.number && c.number.value !== target.act.number.value) {
    // Linked by its title and date: the number is what differs.
    context.report({
      range: c.number.range,
      message: message(
        `Le rapport numérote ${noun.fr} du ${c.date!.text} ${numberName(c.number.value)}, mais son visa ${numberName(target.act.number.value)} (même titre, même date).`,
        `The report numbers ${noun.en} of ${c.date!.text} ${numberName(c.number.value)}, but its visa ${numberName(target.act.number.value)} (same title, same date).`,
      ),
      related,
      data: { expected: target.act.number.value, actual: c.number.value },
      fixes: eitherSide(
        { range: c.number.range, text: target.act.number.value },
        target.act.number.range ? { range: target.act.number.range, text: c.number.value } : undefined,
      ),
    });
    return;
  }
  const why =
    by === 'sole'
      ? { fr: ` (${noun.onlyFr} des visas)`, en: ` (the only ${noun.en} of the visas)` }
      : { fr: '', en: '' };
  context.report({
    range: c.date!.range,
    message: message(
      `Le rapport date ${noun.fr}${name ? ` ${name}` : ''} du ${c.date!.text}, mais son visa du ${visaDate.text}${why.fr}.`,
      `The report dates ${noun.en}${name ? ` ${name}` : ''} ${c.date!.text}, but its visa dates it ${visaDate.text}${why.en}.`,
    ),
    related,
    data: { expected: formatDateLike(visaDate.date, c.date!.text), actual: c.date!.text },
    fixes: eitherSide(
      { range: c.date!.range, text: formatDateLike(visaDate.date, c.date!.text) },
      visaDate.range ? { range: visaDate.range, text: formatDateLike(c.date!.date, visaDate.text) } : undefined,
    ),
  });
}

/**
 * The visa a report citation designates, when it disagrees with it: the visa of the same number
 * (a `YYYY-N` or NOR number names one act); else the one whose title is the same or contains the
 * other's words (`Pour un numérique inclusif dans le Pas-de-Calais` ⊂ `Une action immédiate pour
 * un numérique inclusif …`), disagreeing on the date or, dated alike, on the number; else, for an
 * arrêté or a convention, the only one of its kind on both sides whose date differs by one part
 * (`19 janvier 2019` / `19 juillet 2019`: a slip, not another act). Ambiguous or unknown: none.
 */
function linkedVisa(cited: ReportCitation, acts: VisaAct[], all: ReportCitation[]): Link | undefined {
  if (!cited.date || acts.length === 0) return undefined;
  const number = cited.number?.value;
  if (number && isUniqueNumber(number)) {
    const same = acts.filter((a) => a.act.number?.value === number);
    if (same.length === 1) return sameDate(same[0].act.date!.date, cited.date.date) ? undefined : { target: same[0], by: 'number' };
    if (same.length > 1) return undefined;
  }
  const byTitle = titled(cited, acts);
  if (byTitle) {
    const other = byTitle.act.number?.value;
    const dated = sameDate(byTitle.act.date!.date, cited.date.date);
    if (number && other && number !== other) return dated ? { target: byTitle, by: 'title' } : undefined;
    return dated ? undefined : { target: byTitle, by: 'title' };
  }
  // The report's copies (2022-82 has two) cite it once each: one act of the kind is one date.
  const ofKind = new Set(all.filter((c) => c.kind === cited.kind && c.date).map((c) => isoDate(c.date!.date)));
  if (cited.kind === 'deliberation' || acts.length !== 1 || ofKind.size !== 1) return undefined;
  const [only] = acts;
  if (number && only.act.number && number !== only.act.number.value) return undefined;
  if (cited.title && only.act.title && titleKey(only.act) !== titleKey(cited)) return undefined;
  return differsByOnePart(only.act.date!.date, cited.date.date) ? { target: only, by: 'sole' } : undefined;
}

/** `2021-257`, `NOR : SSAA1921317A`: one act. An old per-session ordinal (`n°5`) names several (§8.4). */
function isUniqueNumber(number: string): boolean {
  return numberYear(number) !== undefined || /[A-Z]/.test(number);
}

function differsByOnePart(a: CalendarDate, b: CalendarDate): boolean {
  return Number(a.year !== b.year) + Number(a.month !== b.month) + Number(a.day !== b.day) === 1;
}

/** The one visa whose title is the citation's, or contains most of its words. */
function titled(cited: ActCitation, acts: VisaAct[]): VisaAct | undefined {
  const key = titleKey(cited);
  if (key === undefined) return undefined;
  const exact = acts.filter((a) => titleKey(a.act) === key);
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
  const words = significantWords(key);
  if (words.size < 3) return undefined;
  const close = acts.filter((a) => {
    const other = titleKey(a.act);
    return other !== undefined && contains(significantWords(other), words);
  });
  return close.length === 1 ? close[0] : undefined;
}

const titleKey = memoized((act: ActCitation): string | undefined => (act.title ? titleComparisonKey(act.title.value) : undefined));

function significantWords(key: string): Set<string> {
  return new Set(key.split(' ').filter((w) => w.length >= 3 || /\d/.test(w)));
}

/** Whether most (80 %) of the smaller set's words are in the larger. */
function contains(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 3) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= Math.ceil(small.size * 0.8);
}

