import { describe, expect, it } from 'vitest';
import { attendanceDuplicate } from '../../engine/rules/attendance-duplicate';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('attendance-duplicate', () => {
  it('finds nothing on the real corpus (V6)', () => {
    expect(onCorpus(attendanceDuplicate)).toEqual([]);
  });

  it('reports a name moved to the excusés without leaving the présents', () => {
    // 000: M. Philippe FAIT is present (L20); add him to the excusés (L23).
    const text = edit(corpusText('000'), 23, 'M.  Daniel  MACIEJASZ,', 'M. Philippe FAIT, M.  Daniel  MACIEJASZ,');
    const [d] = check(attendanceDuplicate, text);
    expect(d.message).toBe('M. Philippe FAIT figure à la fois parmi les présents et les excusés.');
    expect(d.range.start.line).toBe(22);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(18);
  });

  it('reports a name typed twice in one list, ignoring spacing and case', () => {
    const text = 'Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M.  jean  dupont.';
    const [d] = check(attendanceDuplicate, text, { locale: 'en' });
    expect(d.message).toBe('M. jean dupont is listed twice as present.');
  });
});
