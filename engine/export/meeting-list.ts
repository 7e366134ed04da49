/**
 * The list of the deliberations of a meeting (CGCT L2121-25: posted and put online within a week of
 * the meeting): the collectivité, the body, the meeting's date and, for each item in the order of the
 * meeting, its number, its object and its outcome with the vote's figures. Read from the model only
 * (`Dossier.meeting`, which the Commission Permanente fills too); the number, the object, the dates
 * and the figures are derived as the SCDL export derives them. What cannot be read is said, in the
 * list (« non lu ») and in the notices, never left out. Renderers: `meeting-list-render.ts`.
 */
import { BODY } from '../features/symbols';
import type { BodyKind, CalendarDate, CollectiviteKind, Dossier, Meeting, MeetingItem, Range, VoteFormula } from '../model/types';
import type { ResolvedOptions } from '../options';
import type { Message } from '../rules/types';
import { foldBare } from '../text/normalize';
import { isoDate } from '../text/dates';
import { actNumber, clean, realDate, stampOf } from './scdl';
import { voteFields } from './vote';

export type MeetingOutcome = 'adopte' | 'rejete';

/**
 * Where an outcome comes from: printed (`ADOPTÉ`, `est rejetée`), a unanimity formula, or the
 * figures (CGCT L2121-20: a deliberation passes with more votes for than against, abstentions not
 * being votes cast; a tie is settled by the president's casting vote, which the figures do not show).
 */
export type OutcomeSource = 'text' | 'formula' | 'figures';

export interface MeetingListItem {
  /** The act's number without its label (`N°2022-80` → `2022-80`); '' when not read. */
  number: string;
  /** Set when the text of the act gives no number and the préfecture's ACTES stamp does (`2023_004`). */
  numberFrom?: 'stamp';
  /** Spaces collapsed; '' when not read. */
  object: string;
  outcome?: MeetingOutcome;
  outcomeFrom?: OutcomeSource;
  /** `à l'unanimité`, of the members present, of the votes cast. */
  unanimity?: Exclude<VoteFormula, 'majorite'>;
  pour?: number;
  contre?: number;
  abstention?: number;
  /** Members who took no part in the vote (`ne prend pas part au vote`). */
  nppv?: number;
  /** The document it was read from, as the caller named it. */
  source?: string;
  range: Range;
}

export interface MeetingList {
  /** As printed (or configured: `collectivite.name`); '' when neither. */
  collectivite: string;
  collectiviteKind?: CollectiviteKind;
  body?: BodyKind;
  date?: CalendarDate;
  items: MeetingListItem[];
  /** The documents the items come from, in order. */
  sources: string[];
}

export interface MeetingListNotice {
  /** Index into the lists; -1 for a document from which no list came. */
  list: number;
  /** Index into the list's items; absent for the list (or the document) as a whole. */
  item?: number;
  source?: string;
  message: Message;
}

/** The file a notice concerns: its own source, else the files of the list it is about. */
export function noticeSource(notice: MeetingListNotice, lists: readonly MeetingList[]): string | undefined {
  return notice.source ?? (notice.list >= 0 ? lists[notice.list]?.sources.join(', ') : undefined);
}

export interface MeetingListInput {
  dossiers: readonly Dossier[];
  /** A name for the document (a path, a URI): said in the notices, kept in `sources`. */
  source?: string;
  /** The document's resolved options: `collectivite.name` is used when the text prints none. */
  options?: ResolvedOptions;
}

export interface MeetingListResult {
  lists: MeetingList[];
  notices: MeetingListNotice[];
}

/**
 * One list per meeting (collectivité, body and date alike), in the order the meetings first appear;
 * the items of one document keep its order (the order of the meeting). Items of one meeting read
 * from several documents (the extraits of a session, one per file) are put in the order of their
 * numbers, and an item found in two of them (a procès-verbal and its extrait) is listed once. Never
 * throws.
 */
export function meetingLists(inputs: readonly MeetingListInput[]): MeetingListResult {
  const lists: MeetingList[] = [];
  const byKey = new Map<string, number>();
  const notices: MeetingListNotice[] = [];
  const pending: { list: number; item: MeetingListItem; problems: Message[] }[] = [];
  const listFor = (meeting: Meeting, input: MeetingListInput): number => {
    const head = listHead(meeting, input.options);
    const key = [foldBare(head.collectivite), head.body ?? '', head.date ? isoDate(head.date) : ''].join('\u0000');
    let index = byKey.get(key);
    if (index === undefined) {
      index = lists.length;
      byKey.set(key, index);
      lists.push({ ...head, items: [], sources: [] });
    }
    const list = lists[index];
    if (input.source !== undefined && !list.sources.includes(input.source)) list.sources.push(input.source);
    return index;
  };
  for (const input of inputs) {
    let found = 0;
    const dossiers = Array.isArray(input?.dossiers) ? input.dossiers : [];
    for (const dossier of dossiers) {
      const meeting = dossier?.meeting;
      if (!meeting || !Array.isArray(meeting.items) || meeting.items.length === 0) continue;
      let index: number;
      try {
        index = listFor(meeting, input);
      } catch {
        continue;
      }
      for (const item of meeting.items) {
        try {
          const problems: Message[] = [];
          pending.push({ list: index, item: listItem(meeting, item, input.source, problems), problems });
          found++;
        } catch {
          // A reading this code did not foresee costs its row, never the list.
        }
      }
    }
    if (found === 0) {
      // A meeting whose items the reader did not find still has its list, empty, and it is said.
      const meeting = dossiers.find((dossier) => dossier?.meeting && Array.isArray(dossier.meeting.items))?.meeting;
      let list = -1;
      try {
        if (meeting) list = listFor(meeting, input);
      } catch {
        list = -1;
      }
      notices.push({ list, source: input?.source, message: msg('aucune délibération lue dans ce document : rien n\'est listé', 'no deliberation read in this document: nothing listed') });
    }
  }

  // Rows from several documents are ordered by number, then deduplicated; one document keeps its own order.
  const rowsOf = lists.map(() => [] as { item: MeetingListItem; problems: Message[] }[]);
  for (const row of pending) rowsOf[row.list].push(row);
  rowsOf.forEach((rows, index) => {
    const list = lists[index];
    const ordered = list.sources.length > 1 ? [...rows].sort((a, b) => compareNumbers(a.item.number, b.item.number)) : rows;
    const seen = new Map<string, MeetingListItem>();
    for (const row of ordered) {
      const key = numberKey(row.item.number);
      const first = key !== '' ? seen.get(key) : undefined;
      if (first && first.source !== row.item.source) {
        notices.push({
          list: index,
          item: list.items.indexOf(first),
          source: row.item.source,
          message: msg(
            `la délibération n° ${row.item.number} figure aussi dans ${first.source ?? 'un autre document'} : listée une fois`,
            `deliberation No. ${row.item.number} is also in ${first.source ?? 'another document'}: listed once`,
          ),
        });
        continue;
      }
      if (key !== '' && !first) seen.set(key, row.item);
      const item = list.items.length;
      list.items.push(row.item);
      for (const message of row.problems) notices.push({ list: index, item, source: row.item.source, message });
    }
    if (list.collectivite === '') notices.push({ list: index, message: msg('nom de la collectivité ni imprimé ni configuré (collectivite.name)', 'name of the collectivité neither printed nor configured (collectivite.name)') });
    if (!list.body) notices.push({ list: index, message: msg('organe délibérant non lu', 'deliberative body not read') });
    if (!list.date) notices.push({ list: index, message: msg('date de la séance non lue', 'date of the meeting not read') });
  });
  return { lists, notices };
}

/** The list of one document's meeting(s): `meetingLists` on one input. */
export function meetingList(dossiers: readonly Dossier[], source?: string, options?: ResolvedOptions): MeetingListResult {
  return meetingLists([{ dossiers, source, options }]);
}

function listHead(meeting: Meeting, options: ResolvedOptions | undefined): Omit<MeetingList, 'items' | 'sources'> {
  const configured = options?.collectivite?.name;
  return {
    collectivite: typeof configured === 'string' && configured.trim() !== '' ? clean(configured) : clean(meeting.collectivite?.name?.value),
    collectiviteKind: meeting.collectivite?.kind,
    body: meeting.body?.value && meeting.body.value in BODY ? meeting.body.value : undefined,
    date: realDate(meeting.date?.date),
  };
}

function listItem(meeting: Meeting, item: MeetingItem, source: string | undefined, problems: Message[]): MeetingListItem {
  let number = actNumber(item.number?.value);
  // As the SCDL export does: the act's ACTES number, from the préfecture's stamp that is certainly its own.
  const stampNumber = number === '' ? clean(stampOf(meeting, item, () => undefined)?.id?.number) : '';
  if (stampNumber !== '') number = stampNumber;
  const object = clean(item.object?.value);
  const who = number !== '' ? `n° ${number}` : object !== '' ? `« ${shorten(object)} »` : 'sans numéro ni objet';
  const whoEn = number !== '' ? `No. ${number}` : object !== '' ? `« ${shorten(object)} »` : 'without number or object';
  if (number === '') problems.push(msg(`délibération ${who} : numéro non lu`, `deliberation ${whoEn}: number not read`));
  if (object === '') problems.push(msg(`délibération ${who} : objet non lu`, `deliberation ${whoEn}: object not read`));

  const row: MeetingListItem = { number, object, range: item.range, ...(stampNumber !== '' ? { numberFrom: 'stamp' as const } : {}), ...(source !== undefined ? { source } : {}) };
  const vote = item.vote;
  const formula = vote?.formula?.value;
  if (formula && formula !== 'majorite') row.unanimity = formula;

  // The sides as the SCDL export settles them (unanimity, sides left out); else what is printed.
  const sides = voteFields(meeting, item, null).fields;
  const printed = (kind: 'pour' | 'contre' | 'abstention' | 'nppv') => {
    const value = vote?.figures?.[kind]?.value;
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  };
  const pour = sides.VOTE_POUR ?? printed('pour');
  const contre = sides.VOTE_CONTRE ?? printed('contre');
  const abstention = sides.VOTE_ABSTENTION ?? printed('abstention');
  const nppv = printed('nppv');
  if (pour !== undefined) row.pour = pour;
  if (contre !== undefined) row.contre = contre;
  if (abstention !== undefined) row.abstention = abstention;
  if (nppv !== undefined && nppv > 0) row.nppv = nppv;

  const written = vote?.outcome?.value;
  if (written === 'adopte' || written === 'rejete') {
    row.outcome = written;
    row.outcomeFrom = 'text';
  } else if (row.unanimity) {
    row.outcome = 'adopte';
    row.outcomeFrom = 'formula';
  } else if (pour !== undefined && contre !== undefined && pour !== contre) {
    row.outcome = pour > contre ? 'adopte' : 'rejete';
    row.outcomeFrom = 'figures';
  }
  if (!row.outcome) {
    problems.push(!vote
      ? msg(`délibération ${who} : aucun vote lu, résultat non lu`, `deliberation ${whoEn}: no vote read, outcome not read`)
      : pour !== undefined && pour === contre
        ? msg(`délibération ${who} : ${pour} voix pour et autant contre, et le résultat n'est pas imprimé (voix prépondérante du président ?) : résultat non lu`, `deliberation ${whoEn}: ${pour} votes for and as many against, and no outcome printed (the president's casting vote?): outcome not read`)
        : msg(`délibération ${who} : ni le résultat ni les voix pour et contre ne sont lus : résultat non lu`, `deliberation ${whoEn}: neither the outcome nor the votes for and against are read: outcome not read`));
  }
  return row;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** `DEL2023-01`, `del 2023_01`: the number's letters and digits, case-folded. */
function numberKey(text: string): string {
  return text.replace(/[^0-9A-Za-z]/g, '').toLowerCase();
}

/** Natural order: `2022-9` before `2022-10`; rows without a number after the numbered ones. */
function compareNumbers(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return NATURAL.compare(a, b);
}

const NATURAL = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

function msg(fr: string, en: string): Message {
  return { fr, en };
}
