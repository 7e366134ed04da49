import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { corpusText } from '../helpers';

describe('createAnalyzer().analyze', () => {
  const text = corpusText('003');

  it('returns the 29 dossiers of 003 with their numbers, in order', () => {
    const { dossiers } = createAnalyzer().analyze(text);
    expect(dossiers.map((d) => d.deliberation.number?.text)).toEqual(
      Array.from({ length: 29 }, (_, k) => `N°2022-${80 + k}`),
    );
  });

  it('re-parses only the dossier an edit touched', () => {
    const analyzer = createAnalyzer();
    analyzer.analyze(text);
    expect(analyzer.stats).toEqual({ parsed: 29, reused: 0 });

    // Change one figure of 2022-86's article 1 (L4080), without adding a line.
    const edited = text.replace('pour un montant total de 85 500 €', 'pour un montant total de 85 600 €');
    expect(edited).not.toBe(text);
    const result = analyzer.analyze(edited);
    expect(analyzer.stats).toEqual({ parsed: 1, reused: 28 });
    expect(result.dossiers[6].deliberation.number?.text).toBe('N°2022-86');
  });

  it('shifts the dossiers below an inserted line instead of re-parsing them', () => {
    const analyzer = createAnalyzer();
    const before = analyzer.analyze(text);
    const numberLine = before.dossiers[10].deliberation.number!.range.start.line;
    // Insert a line inside 2022-80's report (after L770, `REUNION DU 21 MARS 2022`).
    const lines = text.split('\n');
    lines.splice(770, 0, '');
    const after = analyzer.analyze(lines.join('\n'));
    expect(analyzer.stats).toEqual({ parsed: 1, reused: 28 });
    expect(after.dossiers[10].deliberation.number!.range.start.line).toBe(numberLine + 1);
    // The shifted model is the one a fresh analysis gives.
    const fresh = createAnalyzer().analyze(lines.join('\n'));
    expect(after.dossiers[10]).toEqual(fresh.dossiers[10]);
    expect(after.dossiers[28]).toEqual(fresh.dossiers[28]);
  });

  it('reads two identical dossiers in one file as two dossiers with their own lines', () => {
    const single = corpusText('000');
    const doubled = `${single}\n${single}`;
    const analyzer = createAnalyzer();
    analyzer.analyze(doubled);
    const { dossiers } = analyzer.analyze(doubled);
    expect(dossiers).toHaveLength(2);
    expect(dossiers[1].deliberation.number!.range.start.line).toBe(dossiers[0].deliberation.number!.range.start.line + 221);
  });

  it('never throws on empty or odd text', () => {
    const analyzer = createAnalyzer();
    for (const odd of ['', ' ', '\n\n', 'Vu ', 'TOTAL', 'DECIDE :', '\u0000\ufeff', 'Article 1 :\nArticle 1 :']) {
      expect(() => analyzer.analyze(odd)).not.toThrow();
    }
  });
});
