import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { forEachMatch, forgetSource, rememberSource, sourceOf } from '../../engine/text/source-text';
import { corpusText } from '../helpers';

const annexFigures = (text: string) =>
  createAnalyzer()
    .analyze(text)
    .dossiers.flatMap((d) => d.annexes.map((a) => ({ amounts: a.amounts, misgrouped: a.misgrouped })));

describe('the text the lines were split from', () => {
  it('gives each line’s offset, until the lines are edited in place', () => {
    const lines = ['Présents : 12', '', 'Votants : 13'];
    rememberSource(lines, lines.join('\n'));
    expect(Array.from(sourceOf(lines)?.starts ?? [])).toEqual([0, 14, 15]);
    const notSplitFrom = ['Présents : 12'];
    rememberSource(notSplitFrom, 'Présents : 12\nVotants : 13');
    expect(sourceOf(notSplitFrom)).toBeUndefined();
    forgetSource(lines);
    expect(sourceOf(lines)).toBeUndefined();
    const crlf = ['a', 'b'];
    rememberSource(crlf, 'a\r\nb');
    expect(sourceOf(crlf)).toBeUndefined();
  });

  it('annex figures read over the kept text equal those read over the joined lines (003, LF and CRLF)', () => {
    const text = corpusText('003').replace(/\r/g, '');
    const kept = annexFigures(text);
    expect(kept.flatMap((a) => a.misgrouped ?? []).length).toBeGreaterThan(30);
    expect(annexFigures(text.replace(/\n/g, '\r\n'))).toEqual(kept);
  });

  it('an incremental update reads the edited annexes as a fresh analysis does', () => {
    const text = corpusText('003').replace(/\r/g, '');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('163 342.80'));
    const analyzer = createAnalyzer();
    analyzer.analyze(text);
    const edited = analyzer.update([{ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, text: 'Montant : 1.500,000 €\n' }]);
    const fresh = createAnalyzer().analyze([...lines.slice(0, at), 'Montant : 1.500,000 €', ...lines.slice(at)].join('\n'));
    const figures = (r: typeof fresh) => r.dossiers.flatMap((d) => d.annexes.flatMap((a) => (a.amounts ?? []).map((x) => `${x.range.start.line}:${x.text}`)));
    expect(figures(edited)).toEqual(figures(fresh));
    expect(figures(fresh)).toContain(`${at}:1.500,000 €`);
  });

  describe('forEachMatch', () => {
    const lines = ['Total : 1 20 000 €', 'x'.repeat(30) + ' 2 5', 'Reste 3 45', 'fin 6 7'];
    const found = (kept: boolean, first: number, last: number, maxLine = 25) => {
      const copy = [...lines];
      if (kept) rememberSource(copy, copy.join('\n'));
      const out: string[] = [];
      forEachMatch(copy, first, last, /\d \d/g, maxLine, (line, m, text) => out.push(`${line}:${text.slice(m.index, m.index + 3)}`));
      return out;
    };

    it('finds overlapping matches, on their lines, within the span only, overlong lines left out', () => {
      expect(found(true, 0, 2)).toEqual(['0:1 2', '0:0 0', '2:3 4']);
      expect(found(true, 2, 3)).toEqual(['2:3 4', '3:6 7']);
      expect(found(true, 0, 3, 100)).toEqual(['0:1 2', '0:0 0', '1:2 5', '2:3 4', '3:6 7']);
    });

    it('reads lines with no kept text as it reads the kept text', () => {
      for (const [first, last, max] of [[0, 2, 25], [2, 3, 25], [0, 3, 100], [1, 1, 100], [3, 3, 25]]) {
        expect(found(false, first, last, max)).toEqual(found(true, first, last, max));
      }
    });
  });
});
