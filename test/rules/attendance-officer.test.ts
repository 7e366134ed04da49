import { describe, expect, it } from 'vitest';
import { attendanceOfficer } from '../../engine/rules/attendance-officer';
import { onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp, PRESENT } from './inline/cp';

describe('attendance-officer', () => {
  it('finds nothing on the real corpus (V4, V5)', () => {
    expect(onCorpus(attendanceOfficer)).toEqual([]);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

ruleTester(attendanceOfficer, {
  valid: [
    valid('a secretary and a president among the présents', cp()),
    valid('a vice-president presiding, present too', cp({ president: 'MADAME MIREILLE HINGREZ-CÉRÉDA', secretary: 'Mme Evelyne NACHEL' })),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT.replace('Secrétaire de séance : Mme Anne LEROUX', 'Secrétaire de séance : Mme Inès CARON')),
  ],
  invalid: [
    invalid('an excused member named secretary', cp({ secretary: 'M. Ludovic LOQUET' }), [
      { at: 'M. Ludovic LOQUET\n', message: 'Le ou la secrétaire, M. Ludovic LOQUET, ne figure pas parmi les présents.' },
    ]),
    invalid('a president left out of the présents, in English', cp({ present: PRESENT.slice(1) }), [
      { at: 'MONSIEUR JEAN-CLAUDE LEROY', message: 'The president of the meeting, M. JEAN-CLAUDE LEROY, is not listed as present.' },
    ], { locale: 'en' }),
    invalid('both officers absent from the list', cp({ present: PRESENT.filter((p) => p !== 'M. Philippe FAIT' && p !== 'M. Jean-Claude LEROY') }), [
      { at: 'M. Philippe FAIT', message: 'Le ou la secrétaire, M. Philippe FAIT' },
      { at: 'MONSIEUR JEAN-CLAUDE LEROY', message: 'Le président de séance, M. JEAN-CLAUDE LEROY' },
    ]),
  ],
});
