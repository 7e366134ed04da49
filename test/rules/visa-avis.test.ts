import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { visaAvis } from '../../engine/rules/visa-avis';
import { corpusText } from '../helpers';
import { check, onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { AVIS_VISA, cp, REPORT, VISAS } from './inline/cp';

describe('visa-avis', () => {
  it('finds, on the real corpus, the two avis visas dated 2021 instead of 2022', () => {
    // 2022-81: visa L878–879 `… rendu lors de sa réunion en date du 07/03/2021 ;`, report L1249–1250
    // `… lors de sa réunion du 07/03/2022.` — a genuine inconsistency (the CP met on 21/03/2022).
    // 2022-82: visa L1307–1308 says 07/03/2021 too; both copies of its report say 07/03/2022 (L1434, L1529).
    // Every other pair agrees, names compared without case or accents (001 L54 `Éducation, culture,
    // sport et citoyenneté` ↔ 001 L458; 004 L52–57 ↔ L319–326; the 2022-94 informations L8139–8142 ↔ L8384–8388).
    expect(onCorpus(visaAvis)).toEqual([
      '003:L879 Avis de la 3ème commission daté du 07/03/2021 dans le visa, mais du 07/03/2022 dans le RAPPORT N°23 ; 379 jours avant la réunion.',
      '003:L1308 Avis de la 3ème commission daté du 07/03/2021 dans le visa, mais du 07/03/2022 dans le RAPPORT N°24 ; 379 jours avant la réunion.',
    ]);
  });

  it('gives both sides of a date mismatch: the visa’s date to fix, or the report’s', () => {
    const d = check(visaAvis, corpusText('003')).find((x) => x.range.start.line === 878)!;
    const at = corpusText('003').split('\n')[878].indexOf('07/03/2021');
    expect(d.range).toEqual({ start: { line: 878, character: at }, end: { line: 878, character: at + 10 } });
    expect(d.severity).toBe(2);
    expect(d.data).toMatchObject({ expected: '07/03/2022', actual: '07/03/2021', otherSide: { expected: '07/03/2021' } });
    expect((d.data?.otherSide as { range: { start: { line: number } } }).range.start.line).toBe(1249);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(1248);
    // Either side may be wrong: two fixes, neither preferred.
    expect(d.data?.fixes).toEqual([
      { title: 'Dater le visa du 07/03/2022', range: d.range, text: '07/03/2022' },
      { title: 'Dater l’avis du rapport du 07/03/2021', range: (d.data?.otherSide as { range: unknown }).range, text: '07/03/2021' },
    ]);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'Vu l’avis de la 3ème commission', 'Vu l’avis de la 99ème commission « » du 31/02/2022 ;\nRAPPORT N°1\nLa 2ème Commission a émis un avis', corpusText('000').slice(0, 3000)]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => visaAvis.scope === 'dossier' && visaAvis.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const BEFORE_AVIS = VISAS.slice(0, -AVIS_VISA.length);
/** The avis visa dated `date`, of the `rank` commission named `name`. */
const visa = (date: string, rank = '3ème', name = 'Education, Culture, Sport et Citoyenneté') => [
  `Vu l’avis de la ${rank} commission « ${name} » rendu lors de`,
  `sa réunion en date du ${date} ;`,
];
const opinion = (date: string) => [`La 3ème Commission - Education, Culture, Sport et Citoyenneté a émis un avis`, `favorable sur ce rapport lors de sa réunion du ${date}.`];
const INFORMED_VISA = ['Après en avoir informé la 4ème commission « Equipement et développement des territoires »', 'lors de sa réunion en date du 05/09/2022 ;'];
const INFORMED_REPORT = ['Ce rapport a été présenté pour information à la 4ème Commission -', 'Equipement et développement des territoires du 05/09/2022.'];

ruleTester(visaAvis, {
  valid: [
    valid('the visa and the report’s sentence agree', cp()),
    valid('names compared without case or accents', cp({ visas: [...BEFORE_AVIS, ...visa('05/09/2022', '3ème', 'Éducation, culture, sport et citoyenneté')] })),
    valid('« Après en avoir informé » paired with « présenté pour information »', cp({ visas: [...VISAS, ...INFORMED_VISA], report: { opinions: [...REPORT.opinions, '', ...INFORMED_REPORT] } })),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a visa dated a year before the report says', cp({ visas: [...BEFORE_AVIS, ...visa('05/09/2021')] }), [
      {
        at: '05/09/2021',
        message: 'Avis de la 3ème commission daté du 05/09/2021 dans le visa, mais du 05/09/2022 dans le RAPPORT N°53 ; 387 jours avant la réunion.',
        data: { expected: '05/09/2022', actual: '05/09/2021', otherSide: { expected: '05/09/2021' } },
      },
    ]),
    invalid('a visa date mistyped by a day, in English', cp({ visas: [...BEFORE_AVIS, ...visa('06/09/2022')] }), [
      { at: '06/09/2022', message: 'Opinion of the 3rd commission dated 06/09/2022 in the visa, but 05/09/2022 in RAPPORT N°53.' },
    ], { locale: 'en' }),
    invalid('an opinion without visa, on the report’s sentence', cp({ visas: BEFORE_AVIS }), [
      {
        at: 'La 3ème Commission',
        message: 'Le RAPPORT N°53 mentionne l’avis de la 3ème commission du 05/09/2022, mais aucun visa « Vu l’avis de la 3ème commission … » ne le cite.',
        data: { missing: 'visa', expected: 'Vu l’avis de la 3ème commission « Education, Culture, Sport et Citoyenneté » rendu lors de sa réunion en date du 05/09/2022 ;' },
      },
    ]),
    invalid('a visa whose opinion the report does not state', cp({ report: { opinions: [] } }), [
      { at: 'Vu l’avis', message: 'Visa de l’avis de la 3ème commission du 05/09/2022, mais le RAPPORT N°53 ne mentionne pas cet avis.', data: { missing: 'opinion' } },
    ]),
    invalid('another commission’s name', cp({ visas: [...BEFORE_AVIS, ...visa('05/09/2022', '3ème', 'Solidarités Humaines')] }), [
      { at: 'Vu l’avis', message: 'La 3ème commission s’appelle « Solidarités Humaines » dans le visa, mais « Education, Culture, Sport et Citoyenneté » dans le RAPPORT N°53.' },
    ]),
    invalid('another ordinal', cp({ visas: [...BEFORE_AVIS, ...visa('05/09/2022', '2ème')] }), [
      { at: 'la |2ème', message: 'Le visa cite la 2ème commission, le RAPPORT N°53 la 3ème', data: { expected: '3ème', actual: '2ème' } },
    ]),
    invalid('a commission date after the meeting, both sides agreeing', cp({ visas: [...BEFORE_AVIS, ...visa('28/09/2022')], report: { opinions: opinion('28/09/2022') } }), [
      { at: 'en date du |28/09/2022', message: 'La 3ème commission se serait réunie le 28/09/2022, 1 jour après la réunion du 27 SEPTEMBRE 2022 : un avis précède la délibération.' },
    ]),
    invalid('a commission date too long before the meeting, both sides agreeing', cp({ visas: [...BEFORE_AVIS, ...visa('05/06/2022')], report: { opinions: opinion('05/06/2022') } }), [
      { at: 'en date du |05/06/2022', data: { daysBeforeMeeting: 114 } },
    ]),
    invalid('an informed commission the report does not mention', cp({ visas: [...VISAS, ...INFORMED_VISA] }), [{ at: 'Après en avoir informé' }]),
  ],
});
