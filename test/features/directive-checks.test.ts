import { describe, expect, it } from 'vitest';
import { applyFileWideDirectives, directiveReasonDiagnostics, fileWideDirectives, isMissingReason } from '../../engine/suppressions';
import { resolveOptions } from '../../engine/options';
import { corpusText } from '../helpers';
import { analyse, edit } from './support';

describe('directive-reason', () => {
  const options = resolveOptions({});

  it('asks for a reason when a directive has none or only the placeholder', () => {
    const lines = [
      '%% delibera-disable-next-line vote-total',
      '%% delibera-disable vote-quorum -- <raison>',
      '%% delibera-disable-next-line vote-absent -- élu parti avant le vote',
      '%% delibera-enable vote-quorum',
      '  %% delibera-disable --  ',
    ];
    const found = directiveReasonDiagnostics(lines, options);
    expect(found.map((d) => [d.range.start.line, d.severity, d.code])).toEqual([[0, 3, 'directive-reason'], [1, 3, 'directive-reason'], [4, 3, 'directive-reason']]);
    expect(found[0].message).toBe('Indiquez pourquoi la vérification est désactivée, après « -- » : %% delibera-disable-next-line vote-total -- un élu a quitté la séance avant ce vote');
    expect(found[2].range).toEqual({ start: { line: 4, character: 2 }, end: { line: 4, character: 24 } });
  });

  it('follows the severity settings, off included', () => {
    expect(directiveReasonDiagnostics(['%% delibera-disable'], resolveOptions({ rules: { 'directive-reason': 'warning' } }))[0].severity).toBe(2);
    expect(directiveReasonDiagnostics(['%% delibera-disable'], resolveOptions({ rules: { 'directive-reason': 'off' } }))).toEqual([]);
  });

  it('tells a placeholder from a reason', () => {
    expect([undefined, '', '  ', '<raison>', '<reason>', '<à compléter>'].every(isMissingReason)).toBe(true);
    expect(['relu', 'voir PV <p. 3>', 'a < b'].some(isMissingReason)).toBe(false);
  });
});

describe('file-wide directives', () => {
  it('apply to every dossier when written above the first header (003, Pour mistyped in 2022-80 L75 and 2022-108 L43980)', () => {
    let text = edit(corpusText('003'), 75, '44', '40');
    text = edit(text, 43980, '43', '41');
    expect(analyse(text).diagnostics.filter((d) => d.code === 'vote-total')).toHaveLength(2);
    const silenced = analyse(`%% delibera-disable vote-total -- relecture\n${text}`);
    expect(silenced.diagnostics.filter((d) => d.code === 'vote-total')).toEqual([]);
  });

  it('are lifted by an enable before the header, and only hold above the first header', () => {
    expect(fileWideDirectives(['%% delibera-disable a -- x', '%% delibera-enable a', ' DEPARTEMENT DU PAS-DE-CALAIS', '', 'DELIBERATION DE LA COMMISSION PERMANENTE']).map((d) => d.kind)).toEqual(['disable', 'enable']);
    const diagnostic = { range: { start: { line: 9, character: 0 }, end: { line: 9, character: 1 } }, severity: 1 as const, code: 'a', source: 'delibera' as const, message: '' };
    const head = ['%% delibera-disable a -- x', ' DEPARTEMENT DU PAS-DE-CALAIS', '', 'DELIBERATION DE LA COMMISSION PERMANENTE'];
    expect(applyFileWideDirectives(head, [diagnostic])).toEqual([]);
    expect(applyFileWideDirectives([...head.slice(0, 1), '%% delibera-enable a', ...head.slice(1)], [diagnostic])).toEqual([diagnostic]);
    // Without any header the analyzer's own reading already covers the whole text.
    expect(fileWideDirectives(['%% delibera-disable a -- x', 'Pour : 3 voix'])).toEqual([]);
  });
});
