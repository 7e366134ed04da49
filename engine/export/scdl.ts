/**
 * SCDL « Délibérations » 2.1.5 (schema.data.gouv.fr/scdl/deliberations/2.1.5), the open-data
 * standard for published deliberations: one row per deliberation, i.e. per item of each dossier's
 * meeting. Every value is one the text (or the configuration) states; a field the export cannot
 * fill for certain stays empty, and a notice says which and why. The schema's rules a row must
 * keep (field formats, VOTE_REEL = POUR + CONTRE + ABSTENTION, PREF_DATE ≥ DELIB_DATE,
 * BUDGET_ANNEE and BUDGET_NOM together) are kept by leaving fields empty, never by adjusting them.
 */
import type { ActesStamp, CalendarDate, DateRef, Dossier, Meeting, MeetingItem, Range } from '../model/types';
import type { ResolvedOptions } from '../options';
import type { Message } from '../rules/types';
import { daysBetween, isoDate } from '../text/dates';
import { collapseSpaces } from '../text/normalize';
import { budgetOf } from './budget';
import { matiereByCode, plainMatiere } from './matieres';
import { voteFields, type VoteFields } from './vote';

/** The schema's fields, in its order (the CSV's columns). */
export const SCDL_FIELDS = [
  'COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET',
  'BUDGET_ANNEE', 'BUDGET_NOM', 'PREF_ID', 'PREF_DATE',
  'VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION', 'DELIB_URL',
] as const;

export type ScdlField = (typeof SCDL_FIELDS)[number];

/** Required by the schema (« Valeur obligatoire »). */
export const SCDL_REQUIRED: readonly ScdlField[] = ['COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET'];

export const SCDL_VERSION = '2.1.5';

/** Text fields are '' when empty; the schema's integers are null when empty. */
export type ScdlRow = { [K in Exclude<ScdlField, keyof VoteFields>]: string } & VoteFields;

/** What was left empty (or written otherwise than one might expect), for which rows, and why. */
export interface ExportNotice {
  /** Indices into `rows` (the same reason for many rows is one notice); empty for the document as a whole. */
  rows: number[];
  fields: ScdlField[];
  message: Message;
}

export interface ScdlContext {
  /** The document's URI (`file:///…`): DELIB_URL when no `export.baseUrl` applies. */
  uri?: string;
  /** The file's path relative to the folder `export.baseUrl` stands for, with `/` separators. */
  path?: string;
  options: ResolvedOptions;
}

export interface ScdlResult {
  rows: ScdlRow[];
  notices: ExportNotice[];
  /** Where each row's deliberation is in the document. */
  ranges: Range[];
}

/** The rows of a document's dossiers, in order. Never throws. */
export function scdlRows(dossiers: readonly Dossier[], context: ScdlContext): ScdlResult {
  const rows: ScdlRow[] = [];
  const ranges: Range[] = [];
  const notices = new NoticeList();
  for (const dossier of dossiers) {
    const meeting = dossier?.meeting;
    if (!meeting || !Array.isArray(meeting.items) || meeting.items.length === 0) {
      // Said once per document: the reader found a document but no deliberation in it to export.
      notices.add(-1, [], msg('aucune délibération lue dans ce document : rien n\'est exporté', 'no deliberation read in this document: nothing exported'));
      continue;
    }
    for (const item of meeting.items) {
      try {
        const index = rows.length;
        rows.push(row(meeting, item, context, (fields, message) => notices.add(index, fields, message)));
        ranges.push(item.range ?? dossier.range);
      } catch {
        // A reading this code did not foresee costs its row, never the export.
      }
    }
  }
  return { rows, notices: notices.list(), ranges };
}

export type Note = (fields: ScdlField[], message: Message) => void;

function row(meeting: Meeting, item: MeetingItem, context: ScdlContext, note: Note): ScdlRow {
  const { options } = context;
  const stamp = stampOf(meeting, item, note);

  const COLL_NOM = options.collectivite.name ?? clean(meeting.collectivite?.name?.value);
  if (COLL_NOM === '') note(['COLL_NOM'], msg('nom de la collectivité ni imprimé ni configuré (collectivite.name)', 'name of the collectivité neither printed nor configured (collectivite.name)'));

  const COLL_SIRET = options.collectivite.siret !== null && /^\d{14}$/.test(options.collectivite.siret) ? options.collectivite.siret : '';
  if (COLL_SIRET === '') {
    const siren = stamp?.id?.siren;
    note(['COLL_SIRET'], siren
      ? msg(`SIRET non configuré (collectivite.siret) ; le tampon ACTES donne le SIREN ${siren}, il y manque le NIC`, `SIRET not configured (collectivite.siret); the ACTES stamp gives the SIREN ${siren}, without the NIC`)
      : msg('SIRET non configuré (collectivite.siret)', 'SIRET not configured (collectivite.siret)'));
  } else if (stamp?.id?.siren && /^\d{9}$/.test(stamp.id.siren) && !COLL_SIRET.startsWith(stamp.id.siren)) {
    note(['COLL_SIRET'], msg(
      `le SIRET configuré ${COLL_SIRET} n'est pas celui du SIREN ${stamp.id.siren} du tampon ACTES : vérifiez la configuration du dossier`,
      `the configured SIRET ${COLL_SIRET} does not belong to the SIREN ${stamp.id.siren} of the ACTES stamp: check the folder's configuration`,
    ));
  }

  let DELIB_ID = actNumber(item.number?.value);
  if (DELIB_ID === '' && stamp?.id?.number) DELIB_ID = clean(stamp.id.number);
  if (DELIB_ID === '') note(['DELIB_ID'], msg('numéro de la délibération non lu', 'number of the deliberation not read'));

  let delibDate = realDate(meeting.date?.date);
  if (!delibDate && stamp?.id?.date) delibDate = realDate(stamp.id.date);
  const DELIB_DATE = delibDate ? isoDate(delibDate) : '';
  if (DELIB_DATE === '') note(['DELIB_DATE'], msg('date de la séance non lue', 'date of the meeting not read'));

  const DELIB_OBJET = clean(item.object?.value);
  if (DELIB_OBJET === '') note(['DELIB_OBJET'], msg('objet de la délibération non lu', 'object of the deliberation not read'));

  const matiere = options.export.matiere !== null ? matiereByCode(options.export.matiere) : plainMatiere(DELIB_OBJET);
  if (!matiere) {
    note(['DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM'], msg(
      'matière ACTES ni configurée (export.matiere) ni évidente d\'après l\'objet',
      'ACTES matter neither configured (export.matiere) nor plain from the object',
    ));
  }

  const budget = budgetOf(DELIB_OBJET, delibDate?.year);
  if (budget.kind === 'no-year') {
    note(['BUDGET_ANNEE', 'BUDGET_NOM'], msg(
      `${budget.act} dont l'objet ne donne pas l'exercice (ou un exercice éloigné de la séance) : budget non écrit`,
      `${budget.act} whose object gives no year (or one far from the meeting's): budget not written`,
    ));
  }

  const pref = prefFields(stamp, delibDate, note);
  const votes = voteFields(meeting, item, options.collectivite.members);
  for (const problem of votes.problems) note(problem.fields, problem.message);

  return {
    COLL_NOM,
    COLL_SIRET,
    DELIB_ID,
    DELIB_DATE,
    DELIB_MATIERE_CODE: matiere?.code ?? '',
    DELIB_MATIERE_NOM: matiere?.name ?? '',
    DELIB_OBJET,
    BUDGET_ANNEE: budget.kind === 'read' ? budget.budget.year : '',
    BUDGET_NOM: budget.kind === 'read' ? budget.budget.name : '',
    PREF_ID: pref.id,
    PREF_DATE: pref.date,
    ...votes.fields,
    DELIB_URL: delibUrl(context, note),
  };
}

/**
 * The stamp of this deliberation: the one whose ACTES number is the item's, else the only one of a
 * one-item document. Stamps of another nature than a délibération (`DE`) are the minutes' or an
 * annex's. Copies of one stamp (it is printed on every page) count once.
 */
export function stampOf(meeting: Meeting, item: MeetingItem, note: Note): ActesStamp | undefined {
  const stamps = distinctStamps((meeting.stamps ?? []).filter((stamp) => !stamp.id || /^DE$/i.test(stamp.id.nature)));
  if (stamps.length === 0) {
    if ((meeting.stamps ?? []).length === 0) note(['PREF_ID', 'PREF_DATE'], msg('pas de tampon de la préfecture dans le texte', 'no préfecture stamp in the text'));
    else note(['PREF_ID', 'PREF_DATE'], msg('le tampon de la préfecture est celui d\'un autre acte que la délibération', 'the préfecture stamp is of another act than the deliberation'));
    return undefined;
  }
  const number = item.number ? numberKey(item.number.value) : '';
  if (number !== '') {
    const same = stamps.filter((stamp) => stamp.id && numberKey(stamp.id.number) === number);
    if (same.length === 1) return same[0];
  }
  if (meeting.items.length === 1 && stamps.length === 1) return stamps[0];
  note(['PREF_ID', 'PREF_DATE'], msg('aucun tampon de la préfecture ne se rapporte à cette délibération avec certitude', 'no préfecture stamp is certainly this deliberation\'s'));
  return undefined;
}

function distinctStamps(stamps: readonly ActesStamp[]): ActesStamp[] {
  const seen = new Map<string, ActesStamp>();
  for (const stamp of stamps) {
    const key = [stamp.id?.text ?? '', dateKey(stamp.sent), dateKey(stamp.received)].join('|');
    if (!seen.has(key)) seen.set(key, stamp);
  }
  // A copy that lost its ID to a page break is the same stamp as the one that kept it.
  const all = [...seen.values()];
  return all.filter((stamp) => stamp.id || !all.some((other) => other !== stamp && other.id && dateKey(other.sent) === dateKey(stamp.sent) && dateKey(other.received) === dateKey(stamp.received)));
}

function dateKey(date: DateRef | undefined): string {
  return date ? isoDate(date.date) : '';
}

/** `DEL2023-01`, `del 2023_01`: the number's letters and digits, case-folded. */
function numberKey(text: string): string {
  return text.replace(/[^0-9A-Za-z]/g, '').toLowerCase();
}

/**
 * PREF_ID as the schema codes a préfecture, `PREF` + the département on three characters (`PREF030`,
 * `PREF02A`), from the ACTES ID; PREF_DATE the date the préfecture registered the act (`Reçu en
 * préfecture le`), else the date it was sent (the platform registers it on receipt, the same day).
 */
function prefFields(stamp: ActesStamp | undefined, delibDate: CalendarDate | undefined, note: Note): { id: string; date: string } {
  if (!stamp) return { id: '', date: '' };
  let id = '';
  const departement = stamp.id?.departement?.toUpperCase() ?? '';
  if (/^(?:0?\d{2}|0?2[AB]|97\d)$/.test(departement)) id = `PREF${departement.padStart(3, '0')}`;
  else note(['PREF_ID'], msg('le tampon de la préfecture ne porte pas d\'identifiant ACTES lisible', 'the préfecture stamp carries no readable ACTES identifier'));
  const registered = realDate(stamp.received?.date) ?? realDate(stamp.sent?.date);
  if (!registered) {
    note(['PREF_DATE'], msg('date de réception en préfecture non lue', 'date of receipt by the préfecture not read'));
    return { id, date: '' };
  }
  if (delibDate && daysBetween(delibDate, registered) < 0) {
    note(['PREF_ID', 'PREF_DATE'], msg(
      `reçue en préfecture le ${isoDate(registered)}, avant la séance du ${isoDate(delibDate)} : tampon non écrit`,
      `received by the préfecture on ${isoDate(registered)}, before the meeting of ${isoDate(delibDate)}: stamp not written`,
    ));
    return { id: '', date: '' };
  }
  return { id, date: isoDate(registered) };
}

/** The configured base followed by the file's path, else the document's own URI. */
function delibUrl(context: ScdlContext, note: Note): string {
  const base = context.options.export.baseUrl;
  if (base && context.path !== undefined && context.path !== '') {
    const path = context.path.split(/[\\/]+/).filter((part) => part !== '' && part !== '.').map(encodeURIComponent).join('/');
    return `${base.endsWith('/') ? base : `${base}/`}${path}`;
  }
  const uri = context.uri ?? '';
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(uri)) {
    note(['DELIB_URL'], msg('adresse de publication non configurée (export.baseUrl)', 'publication address not configured (export.baseUrl)'));
    return '';
  }
  if (/^file:/i.test(uri)) {
    note(['DELIB_URL'], msg(
      'DELIB_URL est l\'adresse du fichier local : configurez export.baseUrl pour l\'adresse publiée',
      'DELIB_URL is the local file\'s address: configure export.baseUrl for the published one',
    ));
  }
  return uri;
}

/** A date that exists in the calendar, in a plausible range (an OCR `2073` is no year of an act). */
export function realDate(date: CalendarDate | undefined): CalendarDate | undefined {
  if (!date || !Number.isInteger(date.year) || !Number.isInteger(date.month) || !Number.isInteger(date.day)) return undefined;
  if (date.year < 1950 || date.year > 2100 || date.month < 1 || date.month > 12 || date.day < 1) return undefined;
  const last = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day <= last ? date : undefined;
}

/** The number without the label a reader may have kept with it: `N°2022-372` → `2022-372`. */
export function actNumber(text: string | undefined): string {
  return clean(text).replace(/^(?:n\s?[°º]|num[ée]ro)\s*:?\s*/i, '');
}

/** Spaces collapsed (a title over several lines), control characters removed. */
export function clean(text: string | undefined): string {
  if (typeof text !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return collapseSpaces(text.replace(/[\u0000-\u001f\u007f]/g, ' '));
}

function msg(fr: string, en: string): Message {
  return { fr, en };
}

/** Notices grouped by reason: 33 rows without a SIRET make one notice naming 33 rows. */
class NoticeList {
  private readonly byKey = new Map<string, ExportNotice>();

  /** `row` -1: the document's, no row's. */
  add(row: number, fields: ScdlField[], message: Message): void {
    const key = `${fields.join(',')}\u0000${message.fr}`;
    const rows = row < 0 ? [] : [row];
    const known = this.byKey.get(key);
    if (known) {
      if (row >= 0 && known.rows[known.rows.length - 1] !== row) known.rows.push(row);
    } else this.byKey.set(key, { rows, fields: [...fields], message });
  }

  list(): ExportNotice[] {
    return [...this.byKey.values()];
  }
}

/**
 * The rows as CSV (RFC 4180): a header row of the schema's field names, commas, CRLF line ends, a
 * field quoted when it holds a comma, a quote or a line break (quotes doubled). The caller writes
 * the text as UTF-8, without a byte-order mark.
 */
export function toCsv(rows: readonly ScdlRow[]): string {
  const lines = [SCDL_FIELDS.join(',')];
  for (const row of rows) lines.push(SCDL_FIELDS.map((field) => csvField(row[field])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
