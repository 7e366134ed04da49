import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { dateStamp } from '../../engine/rules/date-stamp';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

describe('date-stamp', () => {
  it('finds nothing on the real corpus (003 stamps 4 avril and 25 mars 2022, after the 21 mars meeting)', () => {
    // 003 L1–2 `Envoi au contrôle de légalité le : 4 avril 2022` / `Affichage le : 4 avril 2022`;
    // 2022-105 is stamped 25 mars 2022 (L20878–20879). 000–004 have no stamp.
    expect(onCorpus(dateStamp)).toEqual([]);
  });

  it('reports a transmission dated before the meeting, on the date', () => {
    const text = edit(corpusText('003'), 1, '4 avril 2022', '4 mars 2022');
    const [d, ...rest] = check(dateStamp, text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe(
      'Envoi au contrôle de légalité le 4 mars 2022, 17 jour(s) avant la réunion du 21 MARS 2022 : un acte ne peut être transmis ni affiché avant d’avoir été adopté.',
    );
    const at = corpusText('003').split('\n')[0].indexOf('4 avril 2022');
    expect(d.range).toEqual({ start: { line: 0, character: at }, end: { line: 0, character: at + '4 mars 2022'.length } });
    expect(d.data).toMatchObject({ expected: '21 mars 2022', actual: '4 mars 2022' });
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(8);
  });

  it('reports the posting date too, in English when asked; the meeting day itself is fine', () => {
    const [d] = check(dateStamp, edit(corpusText('003'), 2, '4 avril 2022', '20/03/2022'), { locale: 'en' });
    expect(d.message).toBe(
      'Posted on 20/03/2022, 1 day(s) before the meeting of 21 MARS 2022: an act cannot be sent or posted before it is adopted.',
    );
    expect(d.range.start.line).toBe(1);
    expect(d.data).toMatchObject({ expected: '21/03/2022' });
    expect(check(dateStamp, edit(corpusText('003'), 2, '4 avril 2022', '21 mars 2022'))).toEqual([]);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'Envoi au contrôle de légalité le :', 'Affichage le : 99/99/9999\nDEPARTEMENT DU PAS-DE-CALAIS', corpusText('003').slice(0, 2000)]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => dateStamp.scope === 'dossier' && dateStamp.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});
