/**
 * Document links: every article a code visa cites (`Vu le Code général des collectivités
 * territoriales, notamment ses articles L.3121-14 et L.3211-2 ;`) opens on Légifrance, in the
 * version in force (engine/law/legifrance.ts says why by number, not by a version id). A visa of a
 * code Delibera does not know gets no link.
 */
import { articleLink } from '../law/legifrance';
import type { Dossier, Visa } from '../model/types';
import type { Locale } from '../rules/types';
import type { DocumentLink } from './lsp';
import { pick } from './text-utils';

export function documentLinks(dossiers: readonly Dossier[], locale: Locale): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const visa of visasOf(dossiers)) {
    if (!visa.code || !visa.articleSpans) continue;
    for (const span of visa.articleSpans) {
      const link = articleLink(visa.code.name, span.article);
      if (!link) continue;
      out.push({
        range: span.range,
        target: link.url,
        tooltip: pick(
          locale,
          `Légifrance : ${link.code.name}, article ${link.article} (version en vigueur)`,
          `Légifrance: ${link.code.name}, article ${link.article} (version in force)`,
        ),
      });
    }
  }
  return out;
}

/** The visas of every template: the Commission Permanente's deliberation, the other assemblies' items. */
function visasOf(dossiers: readonly Dossier[]): Visa[] {
  const seen = new Set<Visa>();
  for (const dossier of dossiers) {
    for (const visa of dossier.deliberation.visas) seen.add(visa);
    for (const item of dossier.meeting.items) for (const visa of item.visas ?? []) seen.add(visa);
  }
  return [...seen];
}
