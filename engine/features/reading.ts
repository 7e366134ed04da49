/**
 * How a document was read, for the editor's status item: the template of its deliberations and
 * their number, or that it holds none. Sent by the server as the `delibera/reading` notification.
 */
import type { Dossier, TemplateId } from '../model/types';

export const READING_NOTIFICATION = 'delibera/reading';

export interface DocumentReading {
  uri: string;
  /** Deliberations read: a procès-verbal's items, an extrait's act, each Commission Permanente dossier. */
  deliberations: number;
  /** The templates read, in order of appearance (one, mostly). */
  templates: TemplateId[];
}

export function documentReading(uri: string, dossiers: readonly Dossier[]): DocumentReading {
  const templates: TemplateId[] = [];
  let deliberations = 0;
  for (const dossier of dossiers) {
    if (!templates.includes(dossier.template)) templates.push(dossier.template);
    deliberations += Math.max(1, dossier.meeting.items.length);
  }
  return { uri, deliberations, templates };
}
