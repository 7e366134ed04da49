/**
 * The list of deliberations (`meeting-list.ts`) written out: Markdown (a table per meeting), a
 * self-contained HTML page (to post online as it is), or CSV (RFC 4180: a header row, commas, CRLF
 * line ends, a field quoted when it holds a comma, a quote or a line break; UTF-8 without a
 * byte-order mark, like the SCDL export). French labels by default, English with `en`. What was not
 * read is written « non lu » / "not read", never left blank.
 */
import { BODY } from '../features/symbols';
import { spelledDate } from '../facts/calendar';
import type { Locale } from '../rules/types';
import { isoDate } from '../text/dates';
import type { MeetingList, MeetingListItem } from './meeting-list';

export type MeetingListFormat = 'md' | 'html' | 'csv';

export const MEETING_LIST_FORMATS: readonly MeetingListFormat[] = ['md', 'html', 'csv'];

const LABELS = {
  fr: {
    title: 'Liste des délibérations examinées en séance',
    collectivite: 'Collectivité',
    body: 'Organe',
    date: 'Séance',
    dateColumn: 'Date de la séance',
    number: 'N°',
    object: 'Objet',
    outcome: 'Résultat',
    pour: 'Pour',
    contre: 'Contre',
    abstention: 'Abstentions',
    nppv: 'Ne prenant pas part au vote',
    adopte: 'adoptée',
    rejete: 'rejetée',
    unanimite: 'à l\'unanimité',
    'unanimite-presents': 'à l\'unanimité des présents',
    'unanimite-exprimes': 'à l\'unanimité des suffrages exprimés',
    notRead: 'non lu',
    notReadFem: 'non lue',
    none: 'aucune délibération lue',
    count: (n: number) => (n <= 1 ? `${n} délibération` : `${n} délibérations`),
  },
  en: {
    title: 'List of the deliberations examined at the meeting',
    collectivite: 'Collectivité',
    body: 'Body',
    date: 'Meeting',
    dateColumn: 'Meeting date',
    number: 'No.',
    object: 'Object',
    outcome: 'Outcome',
    pour: 'For',
    contre: 'Against',
    abstention: 'Abstentions',
    nppv: 'Taking no part in the vote',
    adopte: 'adopted',
    rejete: 'rejected',
    unanimite: 'unanimously',
    'unanimite-presents': 'unanimously of those present',
    'unanimite-exprimes': 'unanimously of the votes cast',
    notRead: 'not read',
    notReadFem: 'not read',
    none: 'no deliberation read',
    count: (n: number) => (n === 1 ? '1 deliberation' : `${n} deliberations`),
  },
};

type Labels = (typeof LABELS)['fr'];

export function renderMeetingLists(lists: readonly MeetingList[], format: MeetingListFormat, locale: Locale = 'fr'): string {
  const labels = LABELS[locale] ?? LABELS.fr;
  if (format === 'csv') return csv(lists, labels, locale);
  if (format === 'html') return html(lists, labels, locale);
  return markdown(lists, labels, locale);
}

// ── What each cell says ───────────────────────────────────────────────────────────────────────

function collectiviteText(list: MeetingList, labels: Labels): string {
  return list.collectivite !== '' ? list.collectivite : labels.notReadFem;
}

function bodyText(list: MeetingList, labels: Labels, locale: Locale): string {
  return list.body ? BODY[list.body][locale] : labels.notRead;
}

function dateText(list: MeetingList, labels: Labels, locale: Locale): string {
  return list.date ? spelledDate(list.date, locale) : labels.notReadFem;
}

/** `adoptée à l'unanimité`, `rejetée`, `non lu`. */
function outcomeText(item: MeetingListItem, labels: Labels): string {
  if (!item.outcome) return labels.notRead;
  const outcome = labels[item.outcome];
  return item.unanimity && item.outcome === 'adopte' ? `${outcome} ${labels[item.unanimity]}` : outcome;
}

function figure(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** The figures' columns: NPPV only when some item of the list has members taking no part. */
function figureColumns(list: MeetingList, labels: Labels): { label: string; value: (item: MeetingListItem) => string }[] {
  const columns = [
    { label: labels.pour, value: (item: MeetingListItem) => figure(item.pour) },
    { label: labels.contre, value: (item: MeetingListItem) => figure(item.contre) },
    { label: labels.abstention, value: (item: MeetingListItem) => figure(item.abstention) },
  ];
  if (list.items.some((item) => item.nppv !== undefined)) columns.push({ label: labels.nppv, value: (item) => figure(item.nppv) });
  return columns;
}

// ── Markdown ─────────────────────────────────────────────────────────────────────────────────

/** CommonMark's backslash escapes for what would format, link or end a table cell. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~&]/g, (c) => `\\${c}`);
}

function markdown(lists: readonly MeetingList[], labels: Labels, locale: Locale): string {
  if (lists.length === 0) return `# ${labels.title}\n\n${labels.none}\n`;
  const parts: string[] = [];
  for (const list of lists) {
    const columns = figureColumns(list, labels);
    const colon = locale === 'fr' ? ' : ' : ': ';
    const lines = [
      `# ${labels.title}`,
      '',
      `- ${labels.collectivite}${colon}${md(collectiviteText(list, labels))}`,
      `- ${labels.body}${colon}${md(bodyText(list, labels, locale))}`,
      `- ${labels.date}${colon}${md(dateText(list, labels, locale))}`,
      '',
      `| ${[labels.number, labels.object, labels.outcome, ...columns.map((c) => c.label)].join(' | ')} |`,
      `|---|---|---|${columns.map(() => '---:|').join('')}`,
    ];
    if (list.items.length === 0) lines.splice(lines.length - 2, 2, labels.none);
    for (const item of list.items) {
      const cells = [
        item.number !== '' ? md(item.number) : labels.notRead,
        item.object !== '' ? md(item.object) : labels.notRead,
        md(outcomeText(item, labels)),
        ...columns.map((c) => c.value(item)),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    if (list.items.length > 0) lines.push('', labels.count(list.items.length));
    parts.push(lines.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────

function h(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' } as const)[c as '&']};`);
}

const STYLE = 'body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}th,td{border:1px solid #888;padding:.3em .5em;vertical-align:top}td.n{text-align:right}td.unread{font-style:italic}';

function html(lists: readonly MeetingList[], labels: Labels, locale: Locale): string {
  const sections: string[] = [];
  for (const list of lists) {
    const columns = figureColumns(list, labels);
    const rows = list.items.map((item) => {
      const cell = (text: string, unread: boolean, numeric = false) => `<td${unread ? ' class="unread"' : numeric ? ' class="n"' : ''}>${h(text)}</td>`;
      return `<tr>${[
        cell(item.number !== '' ? item.number : labels.notRead, item.number === ''),
        cell(item.object !== '' ? item.object : labels.notRead, item.object === ''),
        cell(outcomeText(item, labels), !item.outcome),
        ...columns.map((c) => cell(c.value(item), false, true)),
      ].join('')}</tr>`;
    });
    const table = list.items.length === 0 ? [`<p>${h(labels.none)}</p>`] : [
      '<table>',
      `<thead><tr>${[labels.number, labels.object, labels.outcome, ...columns.map((c) => c.label)].map((label) => `<th scope="col">${h(label)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...rows,
      '</tbody>',
      '</table>',
      `<p>${h(labels.count(list.items.length))}</p>`,
    ];
    sections.push([
      '<section>',
      `<h1>${h(labels.title)}</h1>`,
      '<dl>',
      `<dt>${h(labels.collectivite)}</dt><dd>${h(collectiviteText(list, labels))}</dd>`,
      `<dt>${h(labels.body)}</dt><dd>${h(bodyText(list, labels, locale))}</dd>`,
      `<dt>${h(labels.date)}</dt><dd>${list.date ? `<time datetime="${isoDate(list.date)}">${h(dateText(list, labels, locale))}</time>` : h(labels.notReadFem)}</dd>`,
      '</dl>',
      ...table,
      '</section>',
    ].join('\n'));
  }
  if (lists.length === 0) sections.push(`<p>${h(labels.none)}</p>`);
  const title = lists.length === 1 && lists[0].date ? `${labels.title} — ${dateText(lists[0], labels, locale)}` : labels.title;
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per item of every list, the meeting repeated on each (the date in ISO 8601). */
function csv(lists: readonly MeetingList[], labels: Labels, locale: Locale): string {
  const header = [labels.collectivite, labels.body, labels.dateColumn, labels.number, labels.object, labels.outcome, labels.pour, labels.contre, labels.abstention, labels.nppv];
  const lines = [header.map(csvField).join(',')];
  for (const list of lists) {
    const meeting = [collectiviteText(list, labels), bodyText(list, labels, locale), list.date ? isoDate(list.date) : labels.notReadFem];
    for (const item of list.items) {
      lines.push([
        ...meeting,
        item.number !== '' ? item.number : labels.notRead,
        item.object !== '' ? item.object : labels.notRead,
        outcomeText(item, labels),
        figure(item.pour),
        figure(item.contre),
        figure(item.abstention),
        figure(item.nppv),
      ].map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
