import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { foldingRanges, type FoldingRange } from '../../engine/features/folding';
import { corpusText } from '../helpers';

function fold(text: string) {
  const result = createAnalyzer({ ruleModules: [] }).analyze(text);
  return { result, ranges: foldingRanges(result.dossiers, result.lines) };
}

/** What « Fold All » leaves on screen: the ranges no other range contains. */
function outermost(ranges: readonly FoldingRange[]): FoldingRange[] {
  return ranges.filter((r) => !ranges.some((o) => o !== r && o.startLine <= r.startLine && o.endLine >= r.endLine && o.startLine !== r.startLine));
}

describe('folding on 003 (29 deliberations)', () => {
  const { result, ranges } = fold(corpusText('003'));
  const lines = result.lines;

  it('folds all into one line per dossier, each showing its title, plus the first stamp', () => {
    const top = outermost(ranges);
    expect(top).toHaveLength(30);
    // The first dossier's stamp and meeting header (L1–33), then the 29 titles.
    expect(lines[top[0].startLine]).toBe(' Envoi au contrôle de légalité le : 4 avril 2022');
    const shown = top.slice(1).map((r) => lines[r.startLine]);
    expect(new Set(shown).size).toBe(29);
    expect(shown[0]).toBe("PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ");
    expect(shown.some((l) => l.includes('Envoi au contrôle'))).toBe(false);
  });

  it('gives each dossier fold its N° and title as collapsed text (LSP 3.17)', () => {
    const texts = outermost(ranges)
      .slice(1)
      .map((r) => r.collapsedText);
    expect(texts[0]).toBe("N°2022-80 · PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ LOGEMENT");
    expect(texts[1]!.startsWith('N°2022-81 · CONCESSIONS DE LOGEMENT')).toBe(true);
    expect(texts[28]!.startsWith('N°2022-108 · ')).toBe(true);
    expect(texts.every((t) => t && /^N°2022-\d+ · \S/.test(t))).toBe(true);
  });

  it('folds the next dossier’s stamp and attendance inside, as its preamble', () => {
    // Dossier 2022-81 starts on its stamp (L817); its title is on L850.
    const preamble = ranges.find((r) => r.startLine === 816)!;
    expect(preamble).toMatchObject({ startLine: 816, endLine: 848 });
    const first = ranges.find((r) => r.startLine === 33)!;
    expect(first.endLine).toBe(848);
  });

  it('starts no fold on a blank line; the visa fold starts on the first « Vu »', () => {
    expect(ranges.filter((r) => lines[r.startLine].trim() === '')).toEqual([]);
    const visas = result.dossiers[0].deliberation.visas;
    const visaFold = ranges.find((r) => r.startLine === visas[0].range.start.line)!;
    expect(lines[visaFold.startLine].startsWith('Vu  le  Code  Général')).toBe(true);
    expect(visaFold.endLine).toBe(result.dossiers[0].deliberation.visasRange!.end.line);
  });

  it('keeps one range per start line and every range inside the document', () => {
    const starts = ranges.map((r) => r.startLine);
    expect(new Set(starts).size).toBe(starts.length);
    for (const r of ranges) {
      expect(r.endLine).toBeGreaterThan(r.startLine);
      expect(r.endLine).toBeLessThan(lines.length);
    }
  });
});

describe('folding on a single deliberation (000)', () => {
  it('folds the dossier from its title to its end, the header above on its own', () => {
    const { result, ranges } = fold(corpusText('000'));
    const dossier = result.dossiers[0];
    const title = dossier.deliberation.title!.range.start.line;
    expect(ranges.find((r) => r.startLine === title)).toMatchObject({ endLine: dossier.range.end.line, collapsedText: expect.stringMatching(/^N°2022-372 · FINANCEMENT/) });
    expect(ranges.find((r) => r.startLine === 0)).toMatchObject({ endLine: title - 1 });
  });
});
