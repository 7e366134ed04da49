/**
 * read-notice (docs/domain.md §23): a document that looks like a deliberation, but whose meeting
 * date, deliberating body, attendance or vote the reader could not find, says so. The checks that
 * need the missing part are then silent on it: the notice keeps that silence from passing for a
 * clean bill.
 */
import type { Dossier, UnreadPart } from '../model/types';
import { message } from './helpers';
import type { Message, Rule } from './types';

const PART: Record<UnreadPart, Message> = {
  date: message('la date de la séance', 'the meeting date'),
  body: message('l’assemblée qui délibère', 'the deliberating body'),
  attendance: message('la liste des présents et des votants', 'who attended and voted'),
  vote: message('le vote', 'the vote'),
  'financing-plan': message('le plan de financement', 'the financing plan'),
  'quarter-credits': message('le tableau des crédits ouverts dans la limite du quart', 'the table of credits opened within the quarter'),
};

const TEMPLATE: Record<Dossier['template'], Message> = {
  'departement-cp': message('délibération de commission permanente', 'commission permanente deliberation'),
  assemblee: message('délibération d’un département ou d’une région', 'deliberation of a département or a région'),
  extrait: message('extrait du registre des délibérations', 'extract from the register of deliberations'),
  'proces-verbal': message('procès-verbal ou compte rendu de séance', 'minutes of the meeting'),
  generic: message('délibération', 'deliberation'),
};

function list(parts: readonly Message[], locale: keyof Message): string {
  const words = parts.map((p) => p[locale]);
  if (words.length <= 1) return words.join('');
  const and = locale === 'fr' ? ' et ' : ' and ';
  return `${words.slice(0, -1).join(', ')}${and}${words[words.length - 1]}`;
}

export const readNotice: Rule = {
  id: 'read-notice',
  severity: 'information',
  scope: 'dossier',
  description: message(
    'Ce que Delibera n’a pas su lire dans un document qui ressemble à une délibération.',
    'What Delibera could not read in a document that looks like a deliberation.',
  ),
  check({ dossier, report }) {
    for (const note of dossier.notes) {
      if (note.missing.length === 0) continue;
      const parts = note.missing.map((part) => PART[part]);
      const template = TEMPLATE[dossier.template];
      report({
        range: note.range,
        message: message(
          `Lu comme ${template.fr}, mais ${list(parts, 'fr')} n’${note.missing.length > 1 ? 'ont' : 'a'} pas pu être lu${note.missing.length > 1 ? 's' : ''} : les vérifications qui en dépendent ne sont pas faites.`,
          `Read as ${template.en}, but ${list(parts, 'en')} could not be read: the checks that need ${note.missing.length > 1 ? 'them' : 'it'} are not made.`,
        ),
        data: { missing: note.missing, template: dossier.template },
      });
    }
  },
};
