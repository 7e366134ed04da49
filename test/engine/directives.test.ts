import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { foldingRanges } from '../../engine/features/folding';
import { readSuppressions, regionMarkers } from '../../engine/text/directives';
import { corpusText } from '../helpers';

describe('%% comments and directives (docs/comments.md)', () => {
  it('reads directives with their rules and reason', () => {
    const s = readSuppressions(['%% delibera-disable-next-line vote-total, vote-absent -- élu parti avant le vote', 'Pour : 43 voix']);
    expect(s.directives[0]).toMatchObject({ kind: 'disable-next-line', rules: ['vote-total', 'vote-absent'], reason: 'élu parti avant le vote' });
    expect(s.suppresses('vote-total', 1)).toBe(true);
    expect(s.suppresses('vote-outcome', 1)).toBe(false);
    expect(s.suppresses('vote-total', 0)).toBe(false);
  });

  it('disables a rule until it is enabled again', () => {
    const s = readSuppressions(['a', '%% delibera-disable vote-quorum -- reconvoquée', 'b', '%% delibera-enable vote-quorum', 'c']);
    expect([0, 2, 4].map((line) => s.suppresses('vote-quorum', line))).toEqual([false, true, false]);
  });

  it('silences a diagnostic on the real text, and a comment inside a name list is not a name', () => {
    // 000 L83: Pour 43 → 42 gives vote-total on L83; a directive above it silences it.
    const lines = corpusText('000').split('\n');
    lines[82] = lines[82].replace('43 voix', '42 voix');
    expect(createAnalyzer().analyze(lines.join('\n')).diagnostics.map((d) => d.code)).toEqual(['vote-total']);
    lines.splice(82, 0, '%% delibera-disable-next-line vote-total -- un élu a quitté la séance');
    lines.splice(13, 0, '%% M. Untel, Mme Unetelle : à vérifier');
    const result = createAnalyzer().analyze(lines.join('\n'));
    expect(result.diagnostics).toEqual([]);
    expect(result.dossiers[0].deliberation.attendance[0].persons).toHaveLength(32);
  });

  it('folds %% region … %% endregion', () => {
    const lines = ['%% region Annexe', 'x', 'y', '%% endregion'];
    expect(regionMarkers(lines)).toEqual([{ startLine: 0, endLine: 3 }]);
    expect(foldingRanges([], lines)).toEqual([{ startLine: 0, endLine: 3, kind: 'region' }]);
  });
});
