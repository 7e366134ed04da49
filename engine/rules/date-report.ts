/**
 * date-report (domain.md §1.1, §9): the dossier's report carries the deliberation's meeting date and
 * title (`REUNION DU 21 MARS 2022`, L770 = L9; title L772–773 = L34–35). Every copy is checked (2022-82
 * has two). A report dated otherwise is still the dossier's when its title is the deliberation's.
 */
import type { Report } from '../model/types';
import { sameDate } from '../text/dates';
import type { Rule } from './types';
import { message, related } from './helpers';
import { formatDateLike } from './lib/dates';
import { dossierReports, reportTitleKey } from './lib/reports';

function reportName(report: Report): string {
  return report.number ? `RAPPORT N°${report.number.value}` : 'le rapport';
}

export const dateReport: Rule = {
  id: 'date-report',
  severity: 'warning',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Le rapport du dossier porte la date de réunion et le titre de la délibération.',
    "The dossier's report carries the deliberation's meeting date and title.",
  ),
  check({ dossier, report }) {
    const d = dossier.deliberation;
    for (const r of dossierReports(dossier)) {
      const name = reportName(r);
      const meeting = d.meetingDate;
      if (meeting && r.meetingDate && !sameDate(meeting.date, r.meetingDate.date)) {
        const actual = r.meetingDate.text.trim();
        report({
          range: r.meetingDate.range,
          message: message(
            `${capitalize(name)} est daté « REUNION DU ${actual} », mais la délibération est du ${meeting.text.trim()}.`,
            `${name === 'le rapport' ? 'The report' : name} is dated "REUNION DU ${actual}", but the deliberation is of ${meeting.text.trim()}.`,
          ),
          related: related(meeting.range, message('Date de réunion de la délibération', "The deliberation's meeting date")),
          data: {
            expected: formatDateLike(meeting.date, r.meetingDate.text),
            actual,
            // Either side may be the wrong one: the deliberation's date, rewritten from the report's.
            otherSide: { range: meeting.range, expected: formatDateLike(r.meetingDate.date, meeting.text) },
          },
          fixes: [
            {
              title: message(`Dater le rapport du ${formatDateLike(meeting.date, r.meetingDate.text)}`, `Date the report ${formatDateLike(meeting.date, r.meetingDate.text)}`),
              range: r.meetingDate.range,
              text: formatDateLike(meeting.date, r.meetingDate.text),
            },
            {
              title: message(`Dater la délibération du ${formatDateLike(r.meetingDate.date, meeting.text)}`, `Date the deliberation ${formatDateLike(r.meetingDate.date, meeting.text)}`),
              range: meeting.range,
              text: formatDateLike(r.meetingDate.date, meeting.text),
            },
          ],
        });
      }
      if (d.title && r.title && reportTitleKey(d.title.value) !== reportTitleKey(r.title.value)) {
        report({
          range: r.title.range,
          message: message(
            `Le titre de ${name === 'le rapport' ? 'ce rapport' : name} diffère de celui de la délibération : « ${r.title.value} » / « ${d.title.value} ».`,
            `The title of ${name === 'le rapport' ? 'this report' : name} differs from the deliberation's: "${r.title.value}" / "${d.title.value}".`,
          ),
          related: related(d.title.range, message('Titre de la délibération', "The deliberation's title")),
          data: { expected: d.title.value, actual: r.title.value, otherSide: { range: d.title.range, expected: r.title.value } },
          fixes: [
            { title: message('Reprendre le titre de la délibération', "Use the deliberation's title"), range: r.title.range, text: d.title.value },
            { title: message('Reprendre le titre du rapport', "Use the report's title"), range: d.title.range, text: r.title.value },
          ],
        });
      }
    }
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
