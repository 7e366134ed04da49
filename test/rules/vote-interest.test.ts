import { describe, expect, it } from 'vitest';
import { voteInterest } from '../../engine/rules/vote-interest';
import { onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp, EXCUSED, PRESENT } from './inline/cp';

describe('vote-interest', () => {
  it('finds nothing on the real corpus (L4523→L4570, L5767→L5830, L18436→L18532, L34150→L34231; COUSEIN absent L18407)', () => {
    expect(onCorpus(voteInterest)).toEqual([]);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const NACHEL = 'Madame Evelyne NACHEL, intéressée à l’affaire, n’a pris part ni au débat, ni au vote.';
const vote = (pour: number, abstention: number) => [
  `Pour : ${pour} voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Union pour le Pas-de-Calais)`,
  'Contre : 0 voix',
  `Abstention : ${abstention} voix${abstention ? ' (Groupe Socialiste, Républicain et Citoyen)' : ''}`,
];

ruleTester(voteInterest, {
  valid: [
    valid('an interested member counted as abstention', cp({ declarations: [NACHEL], vote: vote(9, 1) })),
    valid('more abstentions than declarations: political abstentions', cp({ declarations: [NACHEL], vote: vote(7, 3) })),
    valid(
      'an interested member excused without proxy, listed among the absents',
      cp({
        excused: EXCUSED.slice(1),
        absent: ['M. Daniel MACIEJASZ'],
        declarations: ['Monsieur Daniel MACIEJASZ, intéressé à l’affaire et excusé, n’a pas donné de délégation de', 'vote pour ce rapport.'],
        vote: [...vote(9, 0), 'Absent sans délégation de vote : 1 (Groupe Union pour le Pas-de-Calais)'],
      }),
    ),
    valid('a commune’s extrait where a member steps out: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT.replace('Le Conseil municipal, après', 'Mme Lise MARTIN, intéressée à l’affaire, ne prend pas part au vote. Le Conseil municipal, après')),
  ],
  invalid: [
    invalid('an interested member counted as voting', cp({ declarations: [NACHEL], vote: vote(10, 0) }), [
      { at: 'Abstention : |0', message: 'à l’affaire, mais Abstention + NPPV = 0', data: { expected: '1', actual: '0' } },
    ]),
    invalid('an interested member who is not among the présents', cp({ present: PRESENT.filter((p) => p !== 'Mme Evelyne NACHEL'), excused: [...EXCUSED, 'Mme Evelyne NACHEL'], declarations: [NACHEL], vote: vote(9, 1) }), [
      { at: 'Madame Evelyne NACHEL', message: 'se déclare intéressé(e) à l’affaire mais ne figure pas parmi les présents.' },
    ]),
    invalid(
      'an excused-without-proxy member left among the excusés, in English',
      cp({
        declarations: ['Monsieur Daniel MACIEJASZ, intéressé à l’affaire et excusé, n’a pas donné de délégation de', 'vote pour ce rapport.'],
        vote: [...vote(9, 0)],
      }),
      [{ at: 'Monsieur Daniel MACIEJASZ', message: 'gave no proxy: they must be listed as absent, not excused.' }],
      { locale: 'en' },
    ),
  ],
});
