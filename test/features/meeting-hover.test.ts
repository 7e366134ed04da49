/** Hovers on the meeting of every assembly: counts with the quorum, persons and proxies, dates, votes. */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { hover } from '../../engine/features/hover';
import { resolveOptions } from '../../engine/options';

const TEXT = [
  'VILLE DE SAINT-MARS-DU-DÉSERT',
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  'Séance du lundi 30 janvier 2023',
  "L'an deux mille vingt-trois, le trente janvier à dix-neuf heures, le Conseil municipal, légalement convoqué le 24 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.",
  'Nombre de conseillers en exercice : 19 Présents : 15 Représentés : 2 Votants : 17',
  'Présents : M. Bernard DUPONT, Mme Anne LEROUX, M. Paul GARNIER.',
  'Représentés : Mme Lise MARTIN (pouvoir à M. Paul GARNIER)',
  'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes',
  'Le Conseil municipal, après en avoir délibéré, par 15 voix pour et 2 abstentions, APPROUVE les tarifs.',
].join('\n');

function hoverAt(text: string, find: string, locale: 'fr' | 'en' = 'fr', offset = 0): string | undefined {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(find));
  const character = lines[line].indexOf(find) + offset;
  const result = createAnalyzer().analyze(text);
  const h = hover({ dossiers: result.dossiers, diagnostics: result.diagnostics }, { line, character }, resolveOptions({ locale }));
  return (h?.contents as { value: string } | undefined)?.value;
}

describe('hovers on every assembly’s meeting', () => {
  it('explains the présents with the quorum of the day (L2121-17)', () => {
    const value = hoverAt(TEXT, 'Présents : 15', 'fr', 11);
    expect(value).toContain('**Présents** · 15');
    expect(value).toContain('Quorum : 10 présents sur 19 en exercice (art. L2121-17) ✓');
  });

  it('checks the votants against présents + pouvoirs, in English too', () => {
    expect(hoverAt(TEXT, 'Votants : 17', 'en', 10)).toContain('Present 15 + proxies 2 = 17 ✓');
  });

  it('tells the convocation’s clear days', () => {
    expect(hoverAt(TEXT, '24 janvier 2023', 'fr', 2)).toContain('5 jours francs avant la séance du lundi 30 janvier 2023 ✓ (3 requis, art. L2121-11)');
  });

  it('gives a member’s status, his proxy and the proxies he holds', () => {
    expect(hoverAt(TEXT, 'Lise MARTIN', 'fr', 2)).toContain('Pouvoir donné à M. Paul GARNIER');
    expect(hoverAt(TEXT, 'M. Paul GARNIER.', 'fr', 4)).toContain('Détient 1 pouvoir : Mme Lise MARTIN (au plus 1 ce jour-là');
  });

  it('sums a vote’s figures', () => {
    expect(hoverAt(TEXT, 'par 15 voix', 'fr', 4)).toContain('Pour 15 + Abstention 2 = 17');
  });

  it('works the same on the flattened text', () => {
    const flat = TEXT.replace(/\n/g, ' ');
    expect(hoverAt(flat, 'Présents : 15', 'fr', 11)).toContain('Quorum : 10 présents');
  });
});
