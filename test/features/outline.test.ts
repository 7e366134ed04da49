import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { documentSymbols, type DocumentSymbol } from '../../engine/features/symbols';
import { corpusText } from '../helpers';

function outline(text: string, locale: 'fr' | 'en' = 'fr'): DocumentSymbol[] {
  return documentSymbols(createAnalyzer({ ruleModules: [] }).analyze(text).dossiers, locale);
}

function rows(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...rows(s.children ?? [])]);
}

function depth(s: DocumentSymbol): number {
  return 1 + Math.max(0, ...(s.children ?? []).map(depth));
}

const INTERNAL = /\b(code|loi|deliberation|other|Depense|unknown|adopte|rejete)\b/;

describe('outline of the Commission Permanente (003, 29 deliberations)', () => {
  const fr = outline(corpusText('003'));

  it('names each dossier by its N° and title, once', () => {
    expect(fr).toHaveLength(29);
    expect(fr[0].name).toBe("N°2022-80 · PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ LOGEMENT");
    expect(fr[28].name.startsWith('N°2022-108 · ')).toBe(true);
    // No row beneath repeats the N° or the title.
    for (const dossier of fr) {
      const title = dossier.name.split(' · ')[1].replace(/…$/, '');
      for (const child of dossier.children ?? []) {
        expect(child.name, dossier.name).not.toMatch(/N°2022-\d+ · /);
        expect(child.detail ?? '', `${dossier.name} › ${child.name}`).not.toContain(title);
      }
    }
  });

  it('stays two levels deep, with the main parts only', () => {
    expect(Math.max(...fr.map(depth))).toBe(2);
    expect(fr[0].children!.map((c) => c.name)).toEqual(['Visas', 'Article unique', 'Vote', 'Rapport N°22', 'Annexe 1']);
    const total = rows(fr).length;
    // 29 dossiers, a handful of rows each (it was about 20 each).
    expect(total / fr.length).toBeLessThan(9);
  });

  it('names what visas cite in words, never the model’s identifiers', () => {
    const visas = fr[0].children!.find((c) => c.name === 'Visas')!;
    expect(visas.detail).toBe('11 visas · Code ×3, Loi ×2, Délibération ×4, Rapport, Avis de commission');
    for (const row of rows(fr)) expect(`${row.name} ${row.detail ?? ''}`, row.name).not.toMatch(INTERNAL);
  });

  it('says the vote in French', () => {
    expect(fr[0].children!.find((c) => c.name === 'Vote')!.detail).toBe('44 pour · adopté');
  });
});

describe('outline of 000 (N°2022-372), French and English', () => {
  const fr = outline(corpusText('000'));
  const en = outline(corpusText('000'), 'en');

  it('accents the column names and agrees the row count', () => {
    const table = fr[0].children!.find((c) => c.name.startsWith('Tableau'))!;
    expect(table.name).toBe('Tableau CP | Dépense');
    expect(table.detail).toBe('D1 · 1 ligne · 150 000 €');
    const tableEn = en[0].children!.find((c) => c.name.startsWith('Table'))!;
    expect(tableEn.detail).toBe('D1 · 1 row · 150 000 €');
  });

  it('localises every label and the vote summary in English', () => {
    expect(en[0].children!.map((c) => c.name)).toEqual(['Visas', 'Article 1', 'Article 2', 'Table CP | Dépense', 'Vote', 'Report N°53']);
    expect(en[0].children!.find((c) => c.name === 'Vote')!.detail).toBe('43 for · adopted');
    expect(en[0].children!.find((c) => c.name === 'Visas')!.detail).toBe('6 visas · Code ×3, Deliberation, Report, Commission opinion');
    for (const row of rows(en)) expect(`${row.name} ${row.detail ?? ''}`).not.toMatch(/\b(pour|adopté|rejeté|ligne|lignes|Délibération|Rapport|Annexe)\b/);
  });

  it('keeps each selection range inside its range (LSP)', () => {
    const inside = (s: DocumentSymbol) =>
      (s.range.start.line < s.selectionRange.start.line || (s.range.start.line === s.selectionRange.start.line && s.range.start.character <= s.selectionRange.start.character)) &&
      (s.selectionRange.end.line < s.range.end.line || (s.selectionRange.end.line === s.range.end.line && s.selectionRange.end.character <= s.range.end.character));
    for (const s of rows([...fr, ...outline(corpusText('003'))])) expect(inside(s), s.name).toBe(true);
  });
});

const MUNICIPAL = `COMMUNE DE SAINT-MARTIN-DES-PRÉS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du lundi 16 janvier 2023
L'an deux mille vingt-trois, le seize janvier à dix-neuf heures, le Conseil municipal, légalement convoqué le 10 janvier 2023, s'est réuni à la mairie sous la présidence de M. Jean DUPONT, Maire.
Nombre de conseillers en exercice : 15
Présents : 12
Pouvoirs : 1
Votants : 13
Excusés : 1
Secrétaire de séance : Mme Anne MARTIN.
Délibération n° 2023-001 : Tarifs de la cantine scolaire
Le Conseil municipal, après en avoir délibéré, par 13 voix pour,
APPROUVE les tarifs de la cantine scolaire.
Fait et délibéré les jour, mois et an susdits.`;

describe('outline of a municipal council', () => {
  it('agrees the counts in French and localises the vote in English', () => {
    const [fr] = outline(MUNICIPAL);
    const [en] = outline(MUNICIPAL, 'en');
    expect(fr.name).toBe('Conseil municipal du 16 janvier 2023');
    const attendance = fr.children!.find((c) => c.name === 'Présences')!;
    expect(attendance.detail).toContain('1 excusé');
    expect(attendance.detail).not.toContain('1 excusés');
    expect(attendance.detail).toContain('12 présents');
    const item = fr.children!.find((c) => c.name === 'Délibération 2023-001')!;
    expect(item.children![0].detail).toContain('13 pour');
    const itemEn = en.children!.find((c) => c.name === 'Deliberation 2023-001')!;
    expect(itemEn.children![0].detail).toContain('13 for');
    expect(itemEn.children![0].detail).not.toMatch(/pour|adopté/);
  });
});
