/** Document links: each article a code visa cites opens on Légifrance (engine/features/document-links.ts). */
import { describe, expect, it } from 'vitest';
import { documentLinks } from '../../engine/features/document-links';
import { corpusText } from '../helpers';
import { analyse } from './support';

const SEARCH = 'https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=';

function written(lines: string[], range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  expect(range.start.line).toBe(range.end.line);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('document links — corpus 000', () => {
  const { lines, dossiers } = analyse(corpusText('000'));
  const links = documentLinks(dossiers, 'fr');

  it('links the six articles its code visas cite, on the number as printed', () => {
    // L41–44: the CGCT visa over two lines, the L.1111-4 visa, the Code de l’Education visa.
    expect(links.map((l) => [l.range.start.line + 1, written(lines, l.range), l.target])).toEqual([
      [41, 'L.3121-14', `${SEARCH}L3121-14`],
      [42, 'L.3121-14-1', `${SEARCH}L3121-14-1`],
      [42, 'L.3211-1', `${SEARCH}L3211-1`],
      [42, 'L.3211-2', `${SEARCH}L3211-2`],
      [43, 'L.1111-4', `${SEARCH}L1111-4`],
      [44, 'L.213-2', `${SEARCH}L213-2`],
    ]);
  });

  it("names the article's code in the tooltip, in the user's language", () => {
    expect(links[0].tooltip).toBe('Légifrance : Code général des collectivités territoriales, article L3121-14 (version en vigueur)');
    expect(links[5].tooltip).toBe("Légifrance : Code de l'éducation, article L213-2 (version en vigueur)");
    expect(documentLinks(dossiers, 'en')[5].tooltip).toBe("Légifrance: Code de l'éducation, article L213-2 (version in force)");
  });

  it('never links to a version id of an article', () => {
    for (const link of links) expect(link.target).not.toMatch(/LEGIARTI/);
  });
});

describe('document links — other assemblies and unknown codes', () => {
  const EXTRAIT = [
    'RÉPUBLIQUE FRANÇAISE',
    'DÉPARTEMENT DE LA LOIRE-ATLANTIQUE',
    'COMMUNE DE SAINT-MARS-DU-DÉSERT',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du lundi 30 janvier 2023',
    '',
    'Secrétaire de séance : Mme Anne LEROUX',
    'Délibération n° 2023-012 Objet : Tarifs de la salle polyvalente',
    'Le Conseil municipal,',
    'Vu le Code général des collectivités territoriales, notamment ses articles L. 2121-29 et L. 2122-21 ;',
    'Vu le Code des bonnes manières, notamment son article L.12-3 ;',
    'Considérant que les tarifs n’ont pas été revus depuis 2019 ;',
    'Après en avoir délibéré, à l’unanimité,',
    'DÉCIDE :',
    '– d’approuver les tarifs annexés à la présente délibération.',
    'Fait et délibéré à Saint-Mars-du-Désert, le 30 janvier 2023.',
  ];
  const { lines, dossiers } = analyse(EXTRAIT.join('\n'));
  const links = documentLinks(dossiers, 'fr');

  it("links the articles of a commune's extrait, and none of a code Delibera does not know", () => {
    const shown = links.map((l) => [written(lines, l.range), l.target]);
    expect(dossiers[0].template).toBe('extrait');
    // The unknown code's visa is read, its article placed: only the link is left out.
    const unknown = dossiers[0].meeting.items.flatMap((i) => i.visas ?? []).find((v) => v.code?.name.startsWith('Code des bonnes'));
    expect(unknown?.articleSpans?.map((a) => [a.article, written(lines, a.range)])).toEqual([['L.12-3', 'L.12-3']]);
    expect(shown).toEqual([
      ['L. 2121-29', `${SEARCH}L2121-29`],
      ['L. 2122-21', `${SEARCH}L2122-21`],
    ]);
  });
});
