import { describe, expect, it } from 'vitest';
import { budgetCredit } from '../../engine/rules/budget-credit';
import { check, onCorpus } from './support';
import { diagnosticsOf, ruleTester } from './rule-tester';
import { invalid, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { ARTICLES, cp, imputation, reportTable } from './inline/cp';
import { withRecette } from './inline/budget';

describe('budget-credit', () => {
  it('finds nothing on the real corpus (T2, T3 hold; recette rows such as L8379 are not bounded)', () => {
    expect(onCorpus(budgetCredit)).toEqual([]);
  });

  it('reports an overrun as an error, the credit it exceeds as related', () => {
    const [d, ...rest] = diagnosticsOf(budgetCredit, cp({ articles: spending('100 000,00', '150 000,00') }));
    expect(rest).toEqual([]);
    expect([d.code, d.severity]).toEqual(['budget-credit', 1]);
    expect(d.range.end.character - d.range.start.character).toBe('150 000,00'.length);
    expect(d.relatedInformation?.map((r) => [r.location.range.start.character, r.message])).toEqual([[0, 'CP 100 000,00']]);
  });

  it('leaves a short row whose seating is a guess alone', () => {
    // Two figures under four columns: CP and Disponible, or Proposition and Solde — nothing settles it.
    const text = cp({ report: { table: reportTable('22 000,00', '53 500,00', '', '').map((l) => l.trimEnd()) } });
    expect(check(budgetCredit, text)).toEqual([]);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

/** Article 2 with its imputation table `CP € Dépense €` rewritten. */
const spending = (credit: string, depense: string) => [ARTICLES[0], [...ARTICLES[1].slice(0, 3), ...imputation(credit, depense)]];

ruleTester(budgetCredit, {
  valid: [
    valid('a Dépense within the CP, a Proposition within the Disponible', cp({ articles: spending('200 000,00', '150 000,00'), report: { table: reportTable('200 000,00', '180 000,00', '150 000,00', '30 000,00') } })),
    valid('a Dépense that uses the whole CP', cp()),
    valid('a recette row is not bounded by credits', cp({ report: { table: withRecette('0,00', '0,00', '12 500,00', '12 500,00') } })),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('CP and Dépense swapped in the deliberation', cp({ articles: spending('100 000,00', '150 000,00') }), [
      { at: '100 000,00 |150 000,00', message: 'Dépense 150 000,00 > CP 100 000,00 : la dépense dépasse les crédits de paiement (CP).', data: { actual: '150 000,00', column: 'Depense', limit: '100 000,00', limitColumn: 'CP' } },
    ]),
    invalid('a report proposing more than is available, in English', cp({ report: { table: reportTable('150 000,00', '140 000,00', '150 000,00', '-10 000,00') } }), [
      { at: '140 000,00 |150 000,00', message: 'Proposition 150 000,00 > Disponible 140 000,00: the proposal exceeds the available amount (Disponible).' },
    ], { locale: 'en' }),
    invalid('a Dépense beyond the AP in a programme table', cp({ articles: [ARTICLES[0], [...ARTICLES[1].slice(0, 3), ...imputation('100 000,00', '150 000,00').map((l) => l.replace('CP €', 'AP €'))]], report: null }), [
      { at: '100 000,00 |150 000,00', message: 'Dépense 150 000,00 > AP 100 000,00 : la dépense dépasse l’autorisation de programme (AP).' },
    ]),
    invalid('an available amount beyond the credits', cp({ report: { table: reportTable('150 000,00', '160 000,00', '150 000,00', '10 000,00') } }), [
      { at: '160 000,00', message: 'Disponible 160 000,00 > CP 150 000,00 : le disponible dépasse les crédits de paiement (CP).' },
    ]),
  ],
});
