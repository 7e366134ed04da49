import { describe, expect, it } from 'vitest';
import { readFinancingPlans } from '../../engine/model/financing-plans';

const read = (text: string) => {
  const lines = text.split('\n');
  return readFinancingPlans(lines, 0, lines.length - 1);
};

describe('financing plans (model)', () => {
  it('reads each side’s rows, totals and shares, line by line', () => {
    const { plans, notes } = read(
      ['Plan de financement prévisionnel :', 'Dépenses', 'Travaux 80 000 €', 'Études 20 000 €', 'Total 100 000 €', 'Recettes', 'DETR 40 % 40 000 €', 'Fonds propres 60 000 € (60 %)', 'Total 100 000 €', 'Article 2 : DIT que…'].join('\n'),
    );
    expect(notes).toEqual([]);
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    expect(plan.range.start.line).toBe(0);
    expect(plan.expenses.map((r) => [r.label, r.amount.cents, r.total])).toEqual([
      ['Travaux', 8_000_000, false],
      ['Études', 2_000_000, false],
      ['Total', 10_000_000, true],
    ]);
    expect(plan.resources.map((r) => [r.label, r.amount.cents, r.rate?.value, r.total])).toEqual([
      ['DETR', 4_000_000, 4000, false],
      ['Fonds propres', 6_000_000, 6000, false],
      ['Total', 10_000_000, undefined, true],
    ]);
  });

  it('reads the same plan flattened to one line, and stops at the act’s next part', () => {
    const { plans } = read('Le plan de financement est le suivant : Dépenses : Travaux 80 000 € Études 20 000 € Total 100 000 € Recettes : DETR (40 %) 40 000 € Fonds propres (60 %) 60 000 € Total 100 000 € Le conseil municipal approuve ce plan et sollicite 40 000 € de DETR.');
    expect(plans.map((p) => [p.expenses.length, p.resources.length, p.resources[0].label, p.resources[1].rate?.text])).toEqual([[3, 3, 'DETR', '60']]);
  });

  it('leaves unread, and says so, a plan printed column after column', () => {
    // Written like the PDF text of a financing plan whose table the extraction printed by columns.
    const text =
      'THERMOGRAPHIE PLAN DE FINANCEMENT Le plan de financement de l’opération est le suivant : DEPENSES EN € TTC Nature des dépenses Réalisation de l’étude TOTAL € HORS TAXE MONTANT € TVA TOTAL EN € TOUTES TAXES COMPRISES RECETTES EN € TTC Nature des recettes Montant en € 30 000,00 € 30 000,00 € 6 000,00 € 36 000,00€ Montant en € Taux 80 % 20 % LEADER 28 800,00 Fonds propres 7 200,00 36 000,00 TOTAL € TOUTES TAXES COMPRISES';
    const { plans, notes } = read(text);
    expect(plans).toEqual([]);
    expect(notes).toEqual([{ missing: ['financing-plan'], range: { start: { line: 0, character: text.indexOf('PLAN DE') }, end: { line: 0, character: text.indexOf('DEPENSES') - 1 } } }]);
  });

  it('reads no plan from a mention without figures, and never throws', () => {
    expect(read('- le plan de financement définitif faisant apparaître l’intégralité des sources de financement ;')).toEqual({ plans: [], notes: [] });
    for (const text of ['Plan de financement :', 'Plan de financement : ' + '1 000 € '.repeat(5000), 'PLAN DE FINANCEMENT\n' + 'Total 1 €\n'.repeat(100), '']) expect(() => read(text)).not.toThrow();
  });
});
