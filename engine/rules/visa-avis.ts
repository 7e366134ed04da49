/**
 * visa-avis (domain.md §8.3, §9): the commissions' opinions appear twice — as visas (`Vu l’avis de la
 * 3ème commission « … » rendu lors de sa réunion en date du 07/03/2022 ;`) and as sentences closing
 * the report (`La 3ème Commission - … a émis un avis favorable sur ce rapport lors de sa réunion du
 * 07/03/2022.`). They pair up by (ordinal, date), names agreeing without case or accents; likewise
 * `Après en avoir informé …` ↔ `Ce rapport a été présenté pour information …`. The commissions meet
 * shortly before the Commission Permanente: an opinion dated after the meeting, or more than 45 days
 * before it, is a typo (the year, most often).
 */
import { formatOrdinal, sameCommissionName } from '../model/commissions';
import type { CommissionOpinion, Deliberation, Range, Report, Visa } from '../model/types';
import { daysBetween, formatNumericDate, sameDate } from '../text/dates';
import type { Rule, RuleReport } from './types';
import { message } from './helpers';
import { formatDateLike } from './lib/dates';
import { dossierReports } from './lib/reports';
import { count as counted } from '../text/plural';

/** The commissions met 11–22 days before the meeting in the corpus; past this, the date is suspect. */
const MAX_DAYS_BEFORE_MEETING = 45;

type Kind = 'avis' | 'informe';

interface Pair {
  visa: Visa;
  opinion: CommissionOpinion;
}

interface Pairing {
  pairs: Pair[];
  visas: Visa[];
  opinions: CommissionOpinion[];
}

function ordinalOf(visa: Visa): number {
  return visa.commission!.ordinal;
}

function sameName(visa: Visa, opinion: CommissionOpinion): boolean {
  const name = visa.commission!.name;
  return !name || !opinion.name || sameCommissionName(name, opinion.name);
}

function sameDay(visa: Visa, opinion: CommissionOpinion): boolean {
  return sameDate(visa.commission!.date?.date, opinion.date?.date);
}

/** Pairs visas and opinions of one kind: by (ordinal, date), then (ordinal, name), then (name, date), then a lone ordinal. */
function pairUp(visas: Visa[], opinions: CommissionOpinion[]): Pairing {
  const freeVisas = [...visas];
  const freeOpinions = [...opinions];
  const pairs: Pair[] = [];
  const pass = (match: (v: Visa, o: CommissionOpinion) => boolean, unique: boolean) => {
    for (const visa of [...freeVisas]) {
      const candidates = freeOpinions.filter((o) => match(visa, o));
      if (candidates.length === 0) continue;
      if (unique && (candidates.length > 1 || freeVisas.filter((v) => match(v, candidates[0])).length > 1)) continue;
      pairs.push({ visa, opinion: candidates[0] });
      freeVisas.splice(freeVisas.indexOf(visa), 1);
      freeOpinions.splice(freeOpinions.indexOf(candidates[0]), 1);
    }
  };
  pass((v, o) => ordinalOf(v) === o.ordinal && sameDay(v, o), false);
  pass((v, o) => ordinalOf(v) === o.ordinal && !!v.commission!.name && !!o.name && sameName(v, o), true);
  pass((v, o) => !!v.commission!.name && !!o.name && sameName(v, o) && sameDay(v, o), true);
  pass((v, o) => ordinalOf(v) === o.ordinal, true);
  return { pairs, visas: freeVisas, opinions: freeOpinions };
}

function reportLabel(report: Report): string {
  return report.number ? `RAPPORT N°${report.number.value}` : 'rapport';
}

function visaWording(kind: Kind, opinion: CommissionOpinion): string {
  const date = opinion.date ? formatNumericDate(opinion.date.date) : 'JJ/MM/AAAA';
  const name = opinion.name || '…';
  return kind === 'avis'
    ? `Vu l’avis de la ${formatOrdinal(opinion.ordinal)} commission « ${name} » rendu lors de sa réunion en date du ${date} ;`
    : `Après en avoir informé la ${formatOrdinal(opinion.ordinal)} commission « ${name} » lors de sa réunion en date du ${date} ;`;
}

function opinionWording(kind: Kind, visa: Visa): string {
  const c = visa.commission!;
  const date = c.date ? formatNumericDate(c.date.date) : 'JJ/MM/AAAA';
  const name = c.name ?? '…';
  return kind === 'avis'
    ? `La ${formatOrdinal(c.ordinal)} Commission - ${name} a émis un avis favorable sur ce rapport lors de sa réunion du ${date}.`
    : `Ce rapport a été présenté pour information à la ${formatOrdinal(c.ordinal)} Commission - ${name} du ${date}.`;
}

/** Line after which a missing visa of this kind goes (§8.2: … rapport → avis → informé). */
function insertionLine(d: Deliberation, kind: Kind): number | undefined {
  const order: Visa['kind'][] = kind === 'avis' ? ['avis', 'rapport'] : ['informe', 'avis', 'rapport'];
  for (const k of order) {
    const last = [...d.visas].reverse().find((v) => v.kind === k);
    if (last) return last.range.end.line;
  }
  const last = d.visas[d.visas.length - 1];
  return last ? last.range.end.line : d.preamble?.end.line;
}

export const visaAvis: Rule = {
  id: 'visa-avis',
  severity: 'warning',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Les visas d’avis des commissions et les avis cités à la fin du rapport se correspondent (commission, date).',
    "The commissions' opinion visas and the opinions stated at the end of the report match (commission, date).",
  ),
  check({ dossier, report }) {
    const d = dossier.deliberation;
    const reports = dossierReports(dossier);
    const seen = new Set<string>();
    const once = (r: RuleReport) => {
      const key = `${r.range.start.line}:${r.range.start.character}:${r.message.en}`;
      if (seen.has(key)) return;
      seen.add(key);
      report(r);
    };
    const dateFlagged = new Set<Visa>();
    for (const kind of ['avis', 'informe'] as const) {
      const visas = d.visas.filter((v) => v.kind === kind && v.commission);
      for (const r of reports) {
        const opinions = r.opinions.filter((o) => o.kind === kind);
        if (visas.length === 0 && opinions.length === 0) continue;
        const { pairs, visas: lonelyVisas, opinions: lonelyOpinions } = pairUp(visas, opinions);
        for (const pair of pairs) checkPair(pair, r, kind, once, dateFlagged, d);
        for (const visa of lonelyVisas) {
          const c = visa.commission!;
          once({
            range: visa.range,
            message: message(
              kind === 'avis'
                ? `Visa de l’avis de la ${formatOrdinal(c.ordinal)} commission${c.date ? ` du ${c.date.text}` : ''}, mais le ${reportLabel(r)} ne mentionne pas cet avis.`
                : `Visa « Après en avoir informé » la ${formatOrdinal(c.ordinal)} commission${c.date ? ` du ${c.date.text}` : ''}, mais le ${reportLabel(r)} ne mentionne pas cette information.`,
              kind === 'avis'
                ? `Visa of the ${englishOrdinal(c.ordinal)} commission's opinion${c.date ? ` of ${c.date.text}` : ''}, but ${reportLabel(r)} does not state this opinion.`
                : `Visa "Après en avoir informé" the ${englishOrdinal(c.ordinal)} commission${c.date ? ` of ${c.date.text}` : ''}, but ${reportLabel(r)} does not state it was informed.`,
            ),
            related: [{ range: r.range, message: message(reportLabel(r), reportLabel(r)) }],
            data: { missing: 'opinion', expected: opinionWording(kind, visa) },
          });
        }
        for (const opinion of lonelyOpinions) {
          const date = opinion.date ? ` du ${opinion.date.text}` : '';
          const dateEn = opinion.date ? ` of ${opinion.date.text}` : '';
          const insertAfterLine = insertionLine(d, kind);
          once({
            range: opinion.range,
            message: message(
              kind === 'avis'
                ? `Le ${reportLabel(r)} mentionne l’avis de la ${formatOrdinal(opinion.ordinal)} commission${date}, mais aucun visa « Vu l’avis de la ${formatOrdinal(opinion.ordinal)} commission … » ne le cite.`
                : `Le ${reportLabel(r)} a été présenté pour information à la ${formatOrdinal(opinion.ordinal)} commission${date}, mais aucun visa « Après en avoir informé … » ne le cite.`,
              kind === 'avis'
                ? `${reportLabel(r)} states the opinion of the ${englishOrdinal(opinion.ordinal)} commission${dateEn}, but no visa "Vu l’avis de la ${formatOrdinal(opinion.ordinal)} commission …" cites it.`
                : `${reportLabel(r)} was presented for information to the ${englishOrdinal(opinion.ordinal)} commission${dateEn}, but no visa "Après en avoir informé …" cites it.`,
            ),
            related: d.visasRange ? [{ range: d.visasRange, message: message('Visas de la délibération', "The deliberation's visas") }] : undefined,
            data: insertAfterLine !== undefined ? { missing: 'visa', expected: visaWording(kind, opinion), insertAfterLine } : { missing: 'visa', expected: visaWording(kind, opinion) },
            fixes:
              insertAfterLine !== undefined
                ? [
                    {
                      title: message('Ajouter le visa', 'Add the visa'),
                      range: { start: { line: insertAfterLine + 1, character: 0 }, end: { line: insertAfterLine + 1, character: 0 } },
                      text: `${visaWording(kind, opinion)}\n`,
                    },
                  ]
                : undefined,
          });
        }
      }
      for (const visa of visas) if (!dateFlagged.has(visa)) checkWindow(visa, d, once);
    }
  },
};

function checkPair(
  { visa, opinion }: Pair,
  r: Report,
  kind: Kind,
  report: (r: RuleReport) => void,
  dateFlagged: Set<Visa>,
  d: Deliberation,
): void {
  const c = visa.commission!;
  const where = reportLabel(r);
  const opinionRelated = [{ range: opinion.range, message: message(`Avis cité dans le ${where}`, `Opinion stated in ${where}`) }];
  if (c.ordinal !== opinion.ordinal) {
    report({
      range: c.ordinalRange,
      message: message(
        `Le visa cite la ${formatOrdinal(c.ordinal)} commission, le ${where} la ${formatOrdinal(opinion.ordinal)} (« ${opinion.name} »${opinion.date ? `, ${opinion.date.text}` : ''}).`,
        `The visa names the ${englishOrdinal(c.ordinal)} commission, ${where} the ${englishOrdinal(opinion.ordinal)} ("${opinion.name}"${opinion.date ? `, ${opinion.date.text}` : ''}).`,
      ),
      related: opinionRelated,
      data: { expected: formatOrdinal(opinion.ordinal), actual: formatOrdinal(c.ordinal) },
      fixes: [{ title: message(`Corriger le rang de la commission : ${formatOrdinal(opinion.ordinal)}`, `Correct the commission’s rank: ${formatOrdinal(opinion.ordinal)}`), range: c.ordinalRange, text: formatOrdinal(opinion.ordinal) }],
    });
  }
  if (c.name && opinion.name && !sameCommissionName(c.name, opinion.name)) {
    report({
      range: visa.range,
      message: message(
        `La ${formatOrdinal(c.ordinal)} commission s’appelle « ${c.name} » dans le visa, mais « ${opinion.name} » dans le ${where}.`,
        `The ${englishOrdinal(c.ordinal)} commission is called "${c.name}" in the visa, but "${opinion.name}" in ${where}.`,
      ),
      related: opinionRelated,
      data: { expected: opinion.name, actual: c.name },
    });
  }
  if (c.date && opinion.date && !sameDate(c.date.date, opinion.date.date)) {
    dateFlagged.add(visa);
    const meeting = d.meetingDate;
    const extra = meeting ? windowNote(c.date.date, meeting.date) : undefined;
    report({
      range: c.date.range,
      message: message(
        `${kind === 'avis' ? 'Avis' : 'Information'} de la ${formatOrdinal(c.ordinal)} commission daté du ${c.date.text} dans le visa, mais du ${opinion.date.text} dans le ${where}${extra ? ` ; ${extra.fr}` : ''}.`,
        `${kind === 'avis' ? 'Opinion' : 'Information'} of the ${englishOrdinal(c.ordinal)} commission dated ${c.date.text} in the visa, but ${opinion.date.text} in ${where}${extra ? `; ${extra.en}` : ''}.`,
      ),
      related: opinionRelated,
      data: {
        expected: formatDateLike(opinion.date.date, c.date.text),
        actual: c.date.text,
        // The report may be the wrong side: its date, rewritten from the visa's.
        otherSide: { range: opinion.date.range, expected: formatDateLike(c.date.date, opinion.date.text) },
      },
      fixes: [
        {
          title: message(`Dater le visa du ${formatDateLike(opinion.date.date, c.date.text)}`, `Date the visa ${formatDateLike(opinion.date.date, c.date.text)}`),
          range: c.date.range,
          text: formatDateLike(opinion.date.date, c.date.text),
        },
        {
          title: message(`Dater l’avis du rapport du ${formatDateLike(c.date.date, opinion.date.text)}`, `Date the report's opinion ${formatDateLike(c.date.date, opinion.date.text)}`),
          range: opinion.date.range,
          text: formatDateLike(c.date.date, opinion.date.text),
        },
      ],
    });
  }
}

/** Why a commission date is implausible for this meeting, if it is. */
function windowNote(date: { year: number; month: number; day: number }, meeting: { year: number; month: number; day: number }) {
  const before = daysBetween(date, meeting);
  if (before < 0) return message(`${counted(-before, 'fr', 'jour')} après la réunion`, `${counted(-before, 'en', 'day')} after the meeting`);
  if (before > MAX_DAYS_BEFORE_MEETING) return message(`${before} jours avant la réunion`, `${before} days before the meeting`);
  return undefined;
}

function checkWindow(visa: Visa, d: Deliberation, report: (r: RuleReport) => void): void {
  const c = visa.commission!;
  const meeting = d.meetingDate;
  if (!c.date || !meeting) return;
  const before = daysBetween(c.date.date, meeting.date);
  if (before >= 0 && before <= MAX_DAYS_BEFORE_MEETING) return;
  const related: { range: Range; message: { fr: string; en: string } }[] = [
    { range: meeting.range, message: message('Date de la réunion', 'Meeting date') },
  ];
  report({
    range: c.date.range,
    message:
      before < 0
        ? message(
            `La ${formatOrdinal(c.ordinal)} commission se serait réunie le ${c.date.text}, ${counted(-before, 'fr', 'jour')} après la réunion du ${meeting.text.trim()} : un avis précède la délibération.`,
            `The ${englishOrdinal(c.ordinal)} commission would have met on ${c.date.text}, ${counted(-before, 'en', 'day')} after the meeting of ${meeting.text.trim()}: an opinion precedes the deliberation.`,
          )
        : message(
            `La ${formatOrdinal(c.ordinal)} commission se serait réunie le ${c.date.text}, ${before} jours avant la réunion du ${meeting.text.trim()} (plus de ${MAX_DAYS_BEFORE_MEETING} jours) : l’année ou le mois est-il exact ?`,
            `The ${englishOrdinal(c.ordinal)} commission would have met on ${c.date.text}, ${before} days before the meeting of ${meeting.text.trim()} (more than ${MAX_DAYS_BEFORE_MEETING} days): is the year or month right?`,
          ),
    related,
    data: { actual: c.date.text, daysBeforeMeeting: before },
  });
}

function englishOrdinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
