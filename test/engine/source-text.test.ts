import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { forgetSource, rememberSource, sourceOf } from '../../engine/text/source-text';
import { corpusText } from '../helpers';

const annexFigures = (text: string) =>
  createAnalyzer()
    .analyze(text)
    .dossiers.flatMap((d) => d.annexes.map((a) => ({ amounts: a.amounts, misgrouped: a.misgrouped })));

describe('the text the lines were split from', () => {
  it('gives each line’s offset, until the lines are edited in place', () => {
    const lines = ['Présents : 12', '', 'Votants : 13'];
    rememberSource(lines, lines.join('\n'));
    expect(sourceOf(lines)?.starts).toEqual([0, 14, 15]);
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
});
