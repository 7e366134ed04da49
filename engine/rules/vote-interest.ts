/**
 * vote-interest (domain.md §2.2 V8–V9, §2.3): members declared « intéressé(e) à l’affaire » take no
 * part in the vote. In this assembly they are recorded as Abstention (or NPPV), so Abstention + NPPV
 * is at least their number; they sit among the présents; one « excusé, n’a pas donné de délégation
 * de vote » is listed under Absent(s), not Excusé(s). More abstentions than declarations are
 * ordinary political abstentions, not an error.
 */
import type { Rule } from './types';
import { attendance, message, personName, voteFigure, voteLines } from './helpers';
import { count as counted } from '../text/plural';

export const voteInterest: Rule = {
  id: 'vote-interest',
  severity: 'error',
  scope: 'dossier',
  templates: ['departement-cp'],
  description: message(
    'Les élus intéressés à l’affaire ne votent pas : ils sont comptés en abstention ou « ne prend pas part au vote ».',
    'Members with an interest do not vote: they are counted as abstention or "not taking part in the vote".',
  ),
  check({ dossier, report }) {
    const d = dossier.deliberation;
    if (d.declarations.length === 0 || !d.vote) return;
    const stepping = d.declarations.filter((decl) => !decl.excusedWithoutProxy);
    const interested = stepping.reduce((n, decl) => n + decl.persons.length, 0);
    const notVoting = voteFigure(d, 'abstention') + voteFigure(d, 'nppv');
    if (interested > notVoting) {
      const line = voteLines(d, 'abstention')[0] ?? voteLines(d, 'nppv')[0] ?? voteLines(d, 'pour')[0];
      if (line) {
        report({
          range: line.countRange,
          message: message(
            `${counted(interested, 'fr', 'élu intéressé', 'élus intéressés')} à l’affaire, mais Abstention + NPPV = ${notVoting} : ${interested > 1 ? 'ils sont comptés comme votants' : 'il est compté comme votant'}.`,
            `${counted(interested, 'en', 'member', 'members')} declared an interest, but Abstention + not voting = ${notVoting}: ${interested > 1 ? 'they are' : 'this member is'} counted as voting.`,
          ),
          related: stepping.map((decl) => ({ range: decl.range, message: message('déclaration d’intérêt', 'interest declaration') })),
          data: line.kind === 'pour' ? { actual: String(line.count) } : { expected: String(interested - notVoting + line.count), actual: String(line.count) },
        });
      }
    }
    const present = attendance(d, 'present');
    const excused = attendance(d, 'excused');
    const absent = attendance(d, 'absent');
    const keys = (list: typeof present) => new Set(list?.persons.map((p) => p.key) ?? []);
    const presentKeys = keys(present);
    const excusedKeys = keys(excused);
    const absentKeys = keys(absent);
    for (const decl of d.declarations) {
      for (const person of decl.persons) {
        if (decl.excusedWithoutProxy) {
          if (absentKeys.has(person.key)) continue;
          report({
            range: person.range,
            message: excusedKeys.has(person.key)
              ? message(
                  `${personName(person)} n’a pas donné de délégation de vote : il/elle doit figurer parmi les absents, pas les excusés.`,
                  `${personName(person)} gave no proxy: they must be listed as absent, not excused.`,
                )
              : message(
                  `${personName(person)} n’a pas donné de délégation de vote mais ne figure pas parmi les absents.`,
                  `${personName(person)} gave no proxy but is not listed as absent.`,
                ),
          });
        } else if (present && !presentKeys.has(person.key)) {
          report({
            range: person.range,
            message: message(
              `${personName(person)} se déclare intéressé(e) à l’affaire mais ne figure pas parmi les présents.`,
              `${personName(person)} declares an interest but is not listed as present.`,
            ),
          });
        }
      }
    }
  },
};
