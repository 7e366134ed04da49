import { describe, expect, it } from 'vitest';
import { budgetTotal } from '../../engine/rules/budget-total';
import { corpusText } from '../helpers';
import { check, onCorpus, replaceOnce } from './support';
import { diagnosticsOf, ruleTester } from './rule-tester';
import { bothForms, invalid, rangeOf, valid } from './inline/cases';
import { COMMUNE_EXTRAIT } from './inline/commune';
import { cp } from './inline/cp';
import { deprogrammed, FIRST_OPERATION } from './inline/deprogrammed';

/** 003 without its genuine L20994 and L21058 inconsistencies, which every mutated copy still holds. */
const others = <T extends { range: { start: { line: number } } }>(found: T[]): T[] => found.filter((d) => d.range.start.line !== 21057 && d.range.start.line !== 20993);

describe('budget-total', () => {
  it('finds one genuine inconsistency in the corpus, and only it', () => {
    expect(onCorpus(budgetTotal)).toEqual([
      // 2022-105 L20994–20998: the action « Lever les freins périphériques … » and, under it, its State and
      // Département rows; every other action of the annex's three tables is the sum of its two rows.
      '003:L20994 1 050 712 € ≠ 532 945 € + 517 766 € = 1 050 711 €, somme des 2 lignes qui répartissent cette ligne (« Plan Pauvreté », « Contrepartie Plan Pauvreté ») : corriger ce montant ou l’une de ces lignes.',
      '003:L20994 863 723 € ≠ 426 356 € + 437 366 € = 863 722 €, somme des 2 lignes qui répartissent cette ligne (« Plan Pauvreté », « Contrepartie Plan Pauvreté ») : corriger ce montant ou l’une de ces lignes.',
      // 2022-105 L21054–21058: Sous total Part Etat 5 066 338 € + Sous total part Département 6 365 837 €
      // = 11 432 175 €, but TOTAL GENERAL prints 11 432 176 € (the other three columns add up:
      // 4 777 657 + 4 638 492 = 9 416 149; 4 071 230 + 3 823 061 = 7 894 291; 995 108 + 2 542 776 =
      // 3 537 884). The action rows add up to 11 432 176 because L20994 prints 1 050 712 for
      // 532 945 + 517 766 = 1 050 711: the total and its sub-totals disagree.
      '003:L21058 « TOTAL GENERAL » (2e colonne) 11 432 176 € ≠ 11 432 175 €, somme des 2 lignes qu’il totalise (écart 1 €) : corriger le total ou l’une de ces lignes.',
    ]);
  });

  it('points at the figure, the two sub-totals, and carries the fix (L21058)', () => {
    const d = check(budgetTotal, corpusText('003')).find((x) => x.range.start.line === 21057)!;
    expect(d.range).toEqual({ start: { line: 21057, character: 26 }, end: { line: 21057, character: 38 } });
    expect(d.code).toBe('budget-total');
    expect(d.severity).toBe(1);
    expect(d.data).toMatchObject({ expected: '11 432 175 €', actual: '11 432 176 €', column: 1, terms: 2 });
    // The total or one of its lines may be wrong: a suggestion, never applied unseen.
    expect(d.data?.fixes).toEqual([{ title: 'Corriger le total : 11 432 175 €', range: d.range, text: '11 432 175 €' }]);
    expect(d.relatedInformation?.map((r) => [r.location.range.start.line + 1, r.message])).toEqual([
      [21054, 'première des 2 lignes additionnées'],
      [21056, 'dernière des 2 lignes additionnées'],
    ]);
  });

  it('checks the table an article writes with its total (2022-96 art. 1, L9828), as an annex’s', () => {
    // The report restates the table (L10436): the article's is the first.
    const text = corpusText('003').replace(' TOTAL 1 343 173 €', ' TOTAL 1 343 137 €');
    const found = others(check(budgetTotal, text));
    expect(found.map((d) => [d.range.start.line + 1, d.data?.expected, d.data?.terms])).toEqual([[9828, '1 343 173 €', 6]]);
  });

  it('ties a sub-total to the rows of one label: the State parts of 2022-105 (L21054), the genre of 2022-87 (L4946)', () => {
    const text = replaceOnce(
      replaceOnce(corpusText('003'), 'Sous total Part Etat 4 777 657 €', 'Sous total Part Etat 4 777 757 €'),
      '10 dossiers sous total Musique 10 290 €',
      '10 dossiers sous total Musique 10 390 €',
    );
    const found = others(check(budgetTotal, text));
    expect(found.map((d) => [d.range.start.line + 1, d.data?.expected, d.data?.terms])).toEqual([
      [4946, '10 290 €', 10],
      [21054, '4 777 657 €', 12],
    ]);
  });

  it('checks an action against its State and Département rows under it (2022-105 L20982), with the fix', () => {
    const text = replaceOnce(corpusText('003'), 'Accueil et accompagnement BRSA primo-arrivants 3 399 200 €', 'Accueil et accompagnement BRSA primo-arrivants 3 399 300 €');
    const found = others(check(budgetTotal, text));
    expect(found.map((d) => [d.range.start.line + 1, d.data?.expected, d.data?.column])).toEqual([[20982, '3 399 200 €', 0]]);
    // Its two rows are confirmed by the sub-totals of the State and Département parts (L21054, L21056): one keystroke.
    expect(found[0].data?.fixes).toEqual([{ title: 'Corriger le montant : 3 399 200 €', range: found[0].range, text: '3 399 200 €', preferred: true }]);
    expect(found[0].relatedInformation?.map((r) => r.location.range.start.line + 1)).toEqual([20984, 20986]);
  });

  it('reports a slipped sub-total once: the general total above it counts what its rows add up to (L16235, L16253)', () => {
    const text = replaceOnce(corpusText('003'), "Total TERRITOIRE D'HENIN-CARVIN 21 996,46 €", "Total TERRITOIRE D'HENIN-CARVIN 21 906,46 €");
    const found = others(check(budgetTotal, text));
    expect(found.map((d) => [d.range.start.line + 1, d.data?.expected])).toEqual([[16235, '21 996,46 €']]);
  });
});

// ── Inline Commission Permanente deliberations (test/rules/inline/cp.ts) ─────────────────────────

/** A deliberation followed by its annex of subsidies per collège, `total` closing it. */
const repartition = (total: string, rows = ['Collège Jean Macé BRUAY 12 000 € 2 000 €', 'Collège Paul Eluard LENS 8 500 € 1 500 €', 'Collège Jean Jaurès ARRAS 4 250 € 500 €']) =>
  cp({ annexes: ['', 'ANNEXE 1 - Répartition des subventions', '', 'Bénéficiaire Fonctionnement Investissement', ...rows, total], report: null });
/** Two sub-totals, then the general total over them. */
const parts = (general: string) =>
  cp({
    annexes: ['', 'ANNEXE 1 - Plan pauvreté', '', 'Action A 100 000 € 80 000 €', 'Action B 50 000 € 40 000 €', '', 'Sous total Part Etat 150 000 € 120 000 €', '', 'Action C 30 000 € 20 000 €', 'Action D 20 000 € 10 000 €', '', 'Sous total part Département 50 000 € 30 000 €', '', general],
    report: null,
  });
/** A table whose rows end with their own total (`Total par collège`, 2022-101). */
const perCollege = (last: string) =>
  cp({
    annexes: [
      '', 'ANNEXE 2 - Dotations par collège', '', 'Collège Forfait élève Forfait projet Forfait 2000 € Forfait 3000 € Total par collège',
      'Collège Adam de La Halle ACHICOURT 2 595 € 4 697 € 2 000 € 3 000 € 12 292 €',
      'Collège Jean Jaurès AIRE-SUR-LA-LYS 3 325 € 5 383 € 2 000 € 3 000 € 13 708 €',
      'Collège Jean Macé BRUAY 1 200 € 3 100 € 2 000 € 3 000 € 9 300 €',
      'Collège Paul Eluard LENS 2 000 € 1 000 € 2 000 € 3 000 € 8 000 €',
      'Collège Pasteur ARRAS 1 500 € 2 500 € 2 000 € 3 000 € 9 000 €',
      last,
    ],
    report: null,
  });

/** Actions, each followed by its State and Département rows (2022-105); `first` is the first action's row. */
const shared = (first: string) =>
  cp({
    annexes: [
      '', 'ANNEXE 1 - Plan pauvreté', '', 'Action Montant délibéré Montant engagé Mt réalisé Solde',
      first, 'Plan Pauvreté 50 000 € 40 000 € 30 000 € 10 000 €', 'Contrepartie Plan Pauvreté 50 000 € 40 000 € 30 000 € 10 000 €',
      'Coaching Emploi 60 000 € 50 000 € 40 000 € 10 000 €', 'Plan Pauvreté 30 000 € 25 000 € 20 000 € 5 000 €', 'Contrepartie Plan Pauvreté - part Département 30 000 € 25 000 € 20 000 € 5 000 €',
      'Formation des travailleurs sociaux 20 000 € 20 000 € 10 000 € 10 000 €', 'Plan Pauvreté 10 000 € 10 000 € 5 000 € 5 000 €', 'Contrepartie Plan Pauvreté 10 000 € 10 000 € 5 000 € 5 000 €',
      'Coup de pouce compétence 40 000 € 40 000 € 40 000 € 0 €', 'Plan Pauvreté 20 000 € 20 000 € 20 000 € 0 €', 'Contrepartie Plan Pauvreté 20 000 € 20 000 € 20 000 € 0 €',
      'ASTRE 84 000 € 84 000 € 75 600 € 8 400 €', 'Plan Pauvreté 42 000 € 42 000 € 33 600 € 8 400 €', 'Contrepartie Plan Pauvreté 42 000 € 42 000 € 42 000 € 0 €',
      '', 'Sous total Part Etat 152 000 € 137 000 € 108 600 € 28 400 €', '', 'Sous total part Département 152 000 € 137 000 € 117 000 € 20 000 €', '',
      'TOTAL GENERAL 304 000 € 274 000 € 225 600 € 48 400 €',
    ],
    report: null,
  });
/** Rows of three genres, then a sub-total per genre that names it (2022-87). */
const genres = (musique: string) =>
  cp({
    annexes: [
      '', 'ANNEXE 2 - Diffusion de proximité', '', 'Genre Dépense prise en compte Taux Subvention proposée',
      'Musique 2 000,00 € 30% 600 €', 'Théâtre 6 600,00 € 30% 1 980 €', 'Musique 1 900,00 € 30% 570 €', 'Danse 800,00 € 30% 240 €', 'Théâtre 1 320,00 € 30% 400 €',
      '', 'TOTAL GENERAL 3 790 €', '', musique, '', '2 dossiers sous total Théâtre 2 380 €',
    ],
    report: null,
  });

ruleTester(budgetTotal, {
  valid: [
    valid('actions that their State and Département rows share out, their sub-totals by part', shared('Accueil BRSA primo-arrivants 100 000 € 80 000 € 60 000 € 20 000 €')),
    valid('a sub-total per genre, over the rows of its genre above the general total', genres('2 dossiers sous total Musique 1 170 €')),
    valid('a total that adds up its rows, column by column', repartition('TOTAL 24 750 € 4 000 €')),
    valid('a figure one slip away from nothing is no total of these rows', repartition('TOTAL 30 000 €', ['Collège Jean Macé BRUAY 12 000 €', 'Collège Paul Eluard LENS 8 500 €', 'Collège Jean Jaurès ARRAS 4 250 €'])),
    valid('a general total over two sub-totals', parts('TOTAL GENERAL 200 000 € 150 000 €')),
    valid('rows that hold their own total', perCollege('Collège Voltaire LIÉVIN 1 000 € 1 000 € 2 000 € 3 000 € 7 000 €')),
    valid('rows whose first figure, the cost, is the sum of the others', deprogrammed(FIRST_OPERATION)),
    valid('a commune’s extrait: the rule judges the Commission Permanente only', COMMUNE_EXTRAIT),
  ],
  invalid: [
    invalid('an action that is not the sum of its two rows under it', shared('Accueil BRSA primo-arrivants 100 000 € 80 000 € 60 000 € 20 000 €').replace('Contrepartie Plan Pauvreté 50 000 € 40 000 €', 'Contrepartie Plan Pauvreté 50 000 € 41 000 €').replace('Sous total part Département 152 000 € 137 000 €', 'Sous total part Département 152 000 € 138 000 €').replace('TOTAL GENERAL 304 000 € 274 000 €', 'TOTAL GENERAL 304 000 € 275 000 €'), [
      { at: 'primo-arrivants 100 000 € |80 000 €', message: '80 000 € ≠ 40 000 € + 41 000 € = 81 000 €, somme des 2 lignes qui répartissent cette ligne (« Plan Pauvreté », « Contrepartie Plan Pauvreté ») : les totaux du tableau confirment ces lignes, c’est ce montant qu’il faut corriger.', data: { expected: '81 000 €', column: 1, terms: 2 } },
    ]),
    invalid('a sub-total by part that is not the sum of its part’s rows, in English', shared('Accueil BRSA primo-arrivants 100 000 € 80 000 € 60 000 € 20 000 €').replace('Sous total Part Etat 152 000 € 137 000 € 108 600 €', 'Sous total Part Etat 152 000 € 137 000 € 106 800 €'), [
      { at: '106 800 €', message: '"Sous total Part Etat" (column 3) 106 800 € ≠ 108 600 €, the sum of the 5 lines it totals', data: { expected: '108 600 €', terms: 5 } },
    ], { locale: 'en' }),
    invalid('a sub-total per genre that is not the sum of its genre’s rows', genres('2 dossiers sous total Musique 1 270 €'), [
      { at: '1 270 €', message: '« sous total Musique » 1 270 € ≠ 1 170 €, somme des 2 lignes qu’il totalise', data: { expected: '1 170 €', terms: 2 } },
    ]),
    invalid('a total whose digits slipped', repartition('TOTAL 24 570 €', ['Collège Jean Macé BRUAY 12 000 €', 'Collège Paul Eluard LENS 8 500 €', 'Collège Jean Jaurès ARRAS 4 250 €']), [
      { at: '24 570 €', message: '« TOTAL » 24 570 € ≠ 24 750 €, somme des 3 lignes qu’il totalise (écart -180 €) : corriger le total ou l’une de ces lignes.', data: { expected: '24 750 €', terms: 3 } },
    ]),
    invalid('a row changed without the total’s second column, in English', repartition('TOTAL 24 750 € 4 100 €'), [
      { at: '4 100 €', message: '"TOTAL" (column 2) 4 100 € ≠ 4 000 €, the sum of the 3 lines it totals (difference 100 €)', data: { column: 1 } },
    ], { locale: 'en' }),
    invalid('a general total that is not the sum of its sub-totals', parts('TOTAL GENERAL 200 000 € 160 000 €'), [
      { at: '160 000 €', message: '« TOTAL GENERAL » (2e colonne) 160 000 € ≠ 150 000 €, somme des 2 lignes qu’il totalise', data: { expected: '150 000 €', terms: 2 } },
    ]),
    invalid('a cost off, the table’s total over it off in the cost’s column only: the cost is fixed', deprogrammed(FIRST_OPERATION.replace('22 000,00', '23 000,00')), [
      { at: '96 800,00', message: '« Total 3.9.1.1 » (1re colonne) 96 800,00 ≠ 97 800,00, somme des 4 lignes qu’il totalise', data: { fixes: [{ text: '97 800,00' }] } },
      { at: '23 000,00', message: 'Total de la ligne 23 000,00 ≠ 12 900,00 + 8 600,00 + 500,00 = 22 000,00 : le total du tableau sur cette ligne ne tombe faux que dans la colonne de ce total, c’est lui qu’il faut corriger.', data: { fixes: [{ text: '22 000,00', preferred: true }] } },
    ]),
    invalid('a term off, the table’s total off in that term’s column: the term is fixed', deprogrammed(FIRST_OPERATION.replace('8 600,00', '8 700,00')), [
      { at: '38 200,00', message: '« Total 3.9.1.1 » (3e colonne) 38 200,00 ≠ 38 300,00' },
      { at: '22 000,00', message: 'Total de la ligne 22 000,00 ≠ 12 900,00 + 8 700,00 + 500,00 = 22 100,00 : le total du tableau sur cette ligne ne tombe faux que dans la colonne du terme 8 700,00, c’est lui qu’il faut corriger (8 600,00).', data: { fixes: [{ text: '22 100,00' }, { text: '8 600,00', preferred: true }] } },
    ]),
    invalid('a row total that is not the sum of its row', perCollege('Collège Voltaire LIÉVIN 1 000 € 1 000 € 2 000 € 3 000 € 7 100 €'), [
      { at: '7 100 €', message: 'Total de la ligne 7 100 € ≠ 1 000 € + 1 000 € + 2 000 € + 3 000 € = 7 000 € : corriger le total ou l’un de ses 4 termes.', data: { fixes: [{ text: '7 000 €' }] } },
    ]),
    // The fix is preferred (one keystroke) only where another relation shows the total to be the slipped figure.
    invalid('a sub-total off while the general total holds over its rows: the sub-total is fixed', parts('TOTAL GENERAL 200 000 € 150 000 €').replace('Sous total Part Etat 150 000 € 120 000 €', 'Sous total Part Etat 150 000 € 130 000 €'), [
      { at: '130 000 €', message: '« Sous total Part Etat » (2e colonne) 130 000 € ≠ 120 000 €, somme des 2 lignes qu’il totalise (écart 10 000 €) : les autres totaux du tableau confirment ces lignes, c’est le total qu’il faut corriger.', data: { fixes: [{ text: '120 000 €', preferred: true }] } },
    ]),
    invalid('a row total off under a row of column sums that holds: the row total is fixed', perCollege('10 620 € 16 680 € 10 000 € 15 000 € 52 300 €').replace('1 200 € 3 100 € 2 000 € 3 000 € 9 300 €', '1 200 € 3 100 € 2 000 € 3 000 € 9 400 €'), [
      { at: '9 400 €', message: 'Total de la ligne 9 400 € ≠ 1 200 € + 3 100 € + 2 000 € + 3 000 € = 9 300 € : la ligne des totaux de colonne confirme les termes, c’est le total qu’il faut corriger.', data: { fixes: [{ text: '9 300 €', preferred: true }] } },
    ]),
    invalid('a term off under a row of column sums: the row total may be right, no fix is preferred', perCollege('10 620 € 16 680 € 10 000 € 15 000 € 52 300 €').replace('1 200 € 3 100 € 2 000 € 3 000 € 9 300 €', '1 200 € 3 200 € 2 000 € 3 000 € 9 300 €'), [
      { at: '9 300 €', message: 'Total de la ligne 9 300 € ≠ 1 200 € + 3 200 € + 2 000 € + 3 000 € = 9 400 € : corriger le total ou l’un de ses 4 termes.', data: { fixes: [{ text: '9 400 €' }] } },
    ]),
    invalid('a total whose own line no longer balances (cost = State + Département): the total is fixed', repartition('TOTAL 24 750 € 20 750 € 4 100 €', ['Collège Jean Macé BRUAY 12 000 € 10 000 € 2 000 €', 'Collège Paul Eluard LENS 8 500 € 7 000 € 1 500 €', 'Collège Jean Jaurès ARRAS 4 250 € 3 750 € 500 €']), [
      { at: '4 100 €', message: '« TOTAL » (3e colonne) 4 100 € ≠ 4 000 €, somme des 3 lignes qu’il totalise (écart 100 €) : avec la somme, la ligne du total s’équilibre comme ses autres colonnes : c’est le total qu’il faut corriger.', data: { fixes: [{ text: '4 000 €', preferred: true }] } },
    ]),
    invalid('a total the deliberation contradicts, its rows adding up to the 150 000 € it decides: the total is fixed', repartition('TOTAL 160 000 €', ['Collège Jean Macé BRUAY 80 000 €', 'Collège Paul Eluard LENS 45 000 €', 'Collège Jean Jaurès ARRAS 25 000 €']), [
      { at: '160 000 €', message: '« TOTAL » 160 000 € ≠ 150 000 €, somme des 3 lignes qu’il totalise (écart 10 000 €) : la délibération décide la somme, non ce chiffre : c’est le total qu’il faut corriger.', data: { fixes: [{ text: '150 000 €', preferred: true }] } },
    ]),
    invalid('a sub-total whose count is not the number of its rows: the count is fixed', genres('3 dossiers sous total Musique 1 170 €'), [
      { at: '|3 dossiers', message: '« 3 dossiers sous total Musique », mais ce total additionne 2 lignes : corriger le nombre.', data: { expected: '2', actual: '3', fixes: [{ text: '2', preferred: true }] } },
    ]),
    invalid('a gap of 1 €, the trace of rounding: no fix is preferred', repartition('TOTAL 24 750 € 20 750 € 4 001 €', ['Collège Jean Macé BRUAY 12 000 € 10 000 € 2 000 €', 'Collège Paul Eluard LENS 8 500 € 7 000 € 1 500 €', 'Collège Jean Jaurès ARRAS 4 250 € 3 750 € 500 €']), [
      { at: '4 001 €', message: '« TOTAL » (3e colonne) 4 001 € ≠ 4 000 €, somme des 3 lignes qu’il totalise (écart 1 €) : corriger le total ou l’une de ces lignes.', data: { fixes: [{ text: '4 000 €' }] } },
    ]),
  ],
});

// ── Financing plans, in every template (rules/lib/financing-plan.ts) ─────────────────────────────

/** A commune's extrait asking for a subsidy, its financing plan given line by line. */
const subsidyExtrait = (plan: string) => `COMMUNE DE SAINT-MARTIN-DES-PRÉS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du lundi 16 janvier 2023
Délibération n° 2023-002 : Demande de subvention au titre de la DETR pour la rénovation de l’école
Considérant que le coût de l’opération est estimé à 150 000 € HT ;
Le plan de financement prévisionnel de l’opération est le suivant :
${plan}
Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE le plan de financement et SOLLICITE la subvention.
Fait et délibéré les jour, mois et an susdits.`;

const BALANCED = `Dépenses HT
Travaux de rénovation 120 000 €
Maîtrise d’œuvre 30 000 €
Total HT 150 000 €
Recettes
DETR (40 %) 60 000 €
Région (20 %) 30 000 €
Autofinancement (40 %) 60 000 €
Total 150 000 €`;

const WITH_TAX = `DÉPENSES | Montant
Travaux | 100 000,00 €
Total HT | 100 000,00 €
TVA 20 % | 20 000,00 €
Total TTC | 120 000,00 €
RECETTES | Montant | Taux
DSIL | 48 000,00 € | 40 %
Département | 24 000,00 € | 20 %
Fonds propres | 48 000,00 € | 40 %
TOTAL | 120 000,00 € | 100 %`;

const plans = bothForms([
  { name: 'a balanced plan, its shares of the total', code: subsidyExtrait(BALANCED) },
  { name: 'a plan HT, TVA and TTC in a pipe table, shares after their amounts', code: subsidyExtrait(WITH_TAX) },
  {
    name: 'shares of an eligible cost the plan does not write (none fits its totals): not judged',
    code: subsidyExtrait(BALANCED.replace('DETR (40 %)', 'DETR (50 %)').replace('Région (20 %)', 'Région (25 %)').replace('Autofinancement (40 %)', 'Autofinancement (50 %)')),
  },
  {
    name: 'the Région’s amount slipped: its share and the balance both say so',
    code: subsidyExtrait(BALANCED.replace('Région (20 %) 30 000 €', 'Région (20 %) 35 000 €').replace('Total 150 000 €', 'Total 155 000 €')),
    errors: [
      { at: 'Région (|20 %)', message: '« Région » : 20 % ≠ 35 000 € / 150 000 € = 23 % du total', data: { plan: 'rate', expected: '23', actual: '20', amount: '30 000 €' } },
      { at: 'Total |155 000 €', message: 'Plan de financement déséquilibré : recettes 155 000 € ≠ dépenses 150 000 € (écart 5 000 €).', data: { plan: 'balance' } },
    ],
  },
  {
    name: 'a total of the expenses that is not their sum: the total only (the resources match the rows)',
    code: subsidyExtrait(BALANCED.replace('Total HT 150 000 €', 'Total HT 160 000 €')),
    errors: [{ at: 'Total HT |160 000 €', message: '« Total HT » 160 000 € ≠ 150 000 €, somme des 2 lignes du plan de financement qu’il totalise', data: { plan: 'total', expected: '150 000 €' } }],
  },
  {
    name: 'a share mistyped in a pipe table',
    code: subsidyExtrait(WITH_TAX.replace('24 000,00 € | 20 %', '24 000,00 € | 25 %')),
    errors: [{ at: '|25 %', message: '« Département » : 25 % ≠ 24 000,00 € / 120 000,00 € = 20 % du total', data: { expected: '20', actual: '25' } }],
  },
]);

ruleTester(budgetTotal, plans);

describe('budget-total: financing plans', () => {
  it('offers both corrections of a share, neither applied unseen', () => {
    const text = subsidyExtrait(BALANCED.replace('DETR (40 %)', 'DETR (45 %)'));
    const [d, ...rest] = diagnosticsOf(budgetTotal, text, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.message).toBe('"DETR": 45 % ≠ 60 000 € / 150 000 € = 40 % of the total: correct the rate or the amount.');
    expect(d.data?.fixes).toEqual([
      { title: 'Correct the rate: 40 %', range: rangeOf(text, 'DETR (|45'), text: '40' },
      { title: 'Correct the amount instead: 67 500 €', range: rangeOf(text, 'DETR (45 %) |60 000 €'), text: '67 500 €' },
    ]);
  });

  it('says nothing of a plan the text only mentions (003 L9151 « le plan de financement du projet incluant … »)', () => {
    expect(diagnosticsOf(budgetTotal, subsidyExtrait('').replace('Le plan de financement prévisionnel de l’opération est le suivant :', 'Le dossier comprend le plan de financement du projet incluant l’ensemble des financements.'))).toEqual([]);
  });
});
