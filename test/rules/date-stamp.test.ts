import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { dateStamp } from '../../engine/rules/date-stamp';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp, cpFile } from './inline/cp';

describe('date-stamp', () => {
  it('finds nothing on the real corpus (003 stamps 4 avril and 25 mars 2022, after the 21 mars meeting)', () => {
    // 003 L1–2 `Envoi au contrôle de légalité le : 4 avril 2022` / `Affichage le : 4 avril 2022`;
    // 2022-105 is stamped 25 mars 2022 (L20878–20879). 000–004 have no stamp.
    expect(onCorpus(dateStamp)).toEqual([]);
  });

  it('reports a transmission dated before the meeting, on the date', () => {
    const text = cp({ date: '21 MARS 2022', signature: '21 mars 2022', report: { date: '21 MARS 2022' }, stamp: stamp('4 mars 2022', '4 avril 2022') });
    const [d, ...rest] = check(dateStamp, text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe(2);
    expect(d.message).toBe(
      'Envoi au contrôle de légalité le 4 mars 2022, 17 jours avant la réunion du 21 MARS 2022 : un acte ne peut être transmis ni affiché avant d’avoir été adopté.',
    );
    expect(d.range).toEqual(rangeOf(text, '4 mars 2022'));
    expect(d.data).toMatchObject({ expected: '21 mars 2022', actual: '4 mars 2022' });
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(rangeOf(text, 'REUNION DU 21 MARS 2022\n\nPRESIDENCE').start.line);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'Envoi au contrôle de légalité le :', 'Affichage le : 99/99/9999\nDEPARTEMENT DU PAS-DE-CALAIS', corpusText('003').slice(0, 2000)]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => dateStamp.scope === 'dossier' && dateStamp.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const stamp = (sent: string, posted: string) => [` Envoi au contrôle de légalité le : ${sent}`, `Affichage le : ${posted}`, ''];

ruleTester(dateStamp, {
  valid: [
    valid('sent and posted a week after the meeting', cp({ stamp: stamp('4 octobre 2022', '4 octobre 2022') })),
    valid('sent and posted the meeting day, in figures', cp({ stamp: stamp('27/09/2022', '27/09/2022') })),
    valid('no stamp at all', cp()),
    valid('a commune’s extrait sent before the date of its meeting: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT.replace(/03\/02\/2023/g, '27/01/2023')),
  ],
  invalid: [
    invalid('sent before the meeting', cp({ stamp: stamp('4 septembre 2022', '4 octobre 2022') }), [
      {
        at: '4 septembre 2022',
        message: 'Envoi au contrôle de légalité le 4 septembre 2022, 23 jours avant la réunion du 27 SEPTEMBRE 2022 : un acte ne peut être transmis ni affiché avant d’avoir été adopté.',
        data: { expected: '27 septembre 2022', actual: '4 septembre 2022' },
      },
    ]),
    invalid('posted the day before, in figures, in English', cp({ stamp: stamp('27/09/2022', '26/09/2022') }), [
      { at: '26/09/2022', message: 'Posted on 26/09/2022, 1 day before the meeting of 27 SEPTEMBRE 2022', data: { expected: '27/09/2022' } },
    ], { locale: 'en' }),
    invalid('both dates of the stamp copied from the previous meeting', cp({ stamp: stamp('1er juillet 2022', '1er juillet 2022') }), [
      { at: 'légalité le : |1er juillet', message: 'Envoi au contrôle de légalité le 1er juillet 2022, 88 jours' },
      { at: 'Affichage le : |1er juillet', message: 'Affichage le 1er juillet 2022, 88 jours' },
    ]),
    invalid('the stamp of a file’s second deliberation', cpFile({ report: null }, { stamp: stamp('20 septembre 2022', '20 septembre 2022'), number: 'N°2022-373', report: null }), [
      { at: 'Envoi au contrôle de légalité le : |20', message: '7 jours avant' },
      { at: 'Affichage le : |20', message: '7 jours avant' },
    ]),
  ],
});
