import { describe, expect, it } from 'vitest';
import { voteAbsent } from '../../engine/rules/vote-absent';
import { onCorpus } from './support';
import { ruleTester } from './rule-tester';
import { invalid, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp, PRESENT, VOTE } from './inline/cp';

describe('vote-absent', () => {
  it('finds nothing on the real corpus (V2: L12186, L14373, L18533, L43985 match their Absent(s) lines)', () => {
    expect(onCorpus(voteAbsent)).toEqual([]);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

const absentLine = (n: number) => `Absent sans délégation de vote : ${n} (Groupe Union pour le Pas-de-Calais)`;
const pour = (n: number) => `Pour : ${n} voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Union pour le Pas-de-Calais)`;
const withAbsents = (absent: string[], vote: string[]) => cp({ present: PRESENT.slice(0, 8 - absent.length), absent, vote });

ruleTester(voteAbsent, {
  valid: [
    valid('no absent, no line', cp()),
    valid('one absent, one counted', withAbsents(['M. Philippe FAIT'], [pour(9), ...VOTE.slice(1), absentLine(1)])),
    valid('two absents counted', withAbsents(['Mme Evelyne NACHEL', 'M. Philippe FAIT'], [pour(8), ...VOTE.slice(1), absentLine(2)])),
    valid('a commune’s extrait with absents and no such line: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('a wrong count, on the figure', withAbsents(['M. Philippe FAIT'], [pour(9), ...VOTE.slice(1), absentLine(2)]), [
      { at: 'vote : |2', message: '« Absent sans délégation de vote : 2 », mais 1 absent est listé.', data: { expected: '1', actual: '2' } },
    ]),
    invalid('the line missing, reported after the last vote line', withAbsents(['Mme Evelyne NACHEL', 'M. Philippe FAIT'], [pour(8), ...VOTE.slice(1)]), [
      { at: 'Abstention : 0 voix', message: 'Il manque la ligne « Absent sans délégation de vote : 2 » : 2 absents sont listés.', data: { expected: '2', missingLine: true } },
    ]),
    invalid('a line with no absent listed, in English', cp({ vote: [...VOTE, absentLine(1)] }), [
      { at: 'vote : |1', message: '"Absent sans délégation de vote : 1", but no absent member is listed.' },
    ], { locale: 'en' }),
  ],
});
