import { describe, expect, it } from 'vitest';
import { hover } from '../../engine/features/hover';
import { summarizeFile } from '../../engine/workspace/facts';
import { budgetBalance } from '../../engine/rules/budget-balance';
import { corpusText } from '../helpers';
import { analyse, edit, type Analysed } from './support';

/** Hover text at the first `find` of 1-based line `line`. */
function at(a: Analysed, line: number, find: string, offset = 0): string | undefined {
  const character = a.lines[line - 1].indexOf(find);
  if (character < 0) throw new Error(`'${find}' not on line ${line}`);
  return hover(a, { line: line - 1, character: character + offset }, a.options)?.contents.value;
}

describe('hovers on 000 (N°2022-372)', () => {
  const a = analyse(corpusText('000'));

  it('on the Pour figure: the vote equation with présents and excusés, and who does not vote', () => {
    // 000 L83 `Pour  :  43 voix`; 32 présents (L12–21), 11 excusés (L23–26), LEVEUGLE L28, COTTIGNY and DAGBERT L30.
    const text = at(a, 83, '43')!;
    expect(text.split('\n')[0]).toBe('**Vote** · Pour 43 + Contre 0 + Abstention 0 = 43 = présents 32 + excusés 11 ✓');
    expect(text).toContain('- **Présents (32)** : M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA,');
    expect(text).toContain('- **Excusés (11)**, votent par délégation : M. Daniel MACIEJASZ,');
    expect(text).toContain('- **Sans voix délibérative**, jamais comptés : Mme Emmanuelle LEVEUGLE, M. Jean-Louis COTTIGNY, M. Michel DAGBERT');
  });

  it('on (Adopté): the majority and the quorum with their CGCT articles (000 L89)', () => {
    const text = at(a, 89, 'Adopté')!;
    expect(text).toContain('**(Adopté)** ✓ · Pour 43 > Contre 0 : adoptée à la majorité des suffrages exprimés');
    expect(text).toContain('art. L.3121-14 al. 3 du CGCT');
    expect(text).toContain('**Quorum** ✓ · présents + excusés = 43 ≥ 22, majorité absolue de 43 membres');
    expect(text).toContain('art. L3121-14-1 du CGCT');
  });

  it('on the solde: Solde = Disponible − Proposition with the terms as written (000 L209)', () => {
    const text = at(a, 209, '0,00', 0)!;
    expect(text).toContain('- Solde 0,00 = Disponible 150 000,00 − Proposition 150 000,00 ✓');
    expect(text).toContain('- Proposition 150 000,00 = Dépense 150 000,00 de la délibération (ligne 79) ✓');
  });

  it('on a mistyped solde: ✗ with the computed value', () => {
    const b = analyse(edit(corpusText('000'), 209, '150 000,00 0,00', '150 000,00 5 000,00'), {}, [budgetBalance]);
    const text = at(b, 209, '5 000,00')!;
    expect(text).toContain('- Solde 5 000,00 ≠ Disponible 150 000,00 − Proposition 150 000,00 = 0,00 ✗');
  });

  it('on the deliberation’s Dépense: within the CP, equal to the report’s Proposition (000 L79 ↔ L209)', () => {
    const text = at(a, 79, '150 000,00', 12)!;
    expect(text.split('\n')[0]).toBe('**Dépense** 150 000,00 · délibération · tableau D1');
    expect(text).toContain('`C03-221J02` · `204311/91221` · Informatique subventions aux collèges');
    expect(text).toContain('- Dépense 150 000,00 ≤ CP 150 000,00 ✓');
    expect(text).toContain('- Dépense 150 000,00 = Proposition 150 000,00 du rapport N°53 (ligne 209) ✓');
  });

  it('on an article amount: the Σ Dépense it restates (000 L59 `150 000 €`)', () => {
    expect(at(a, 59, '150 000 €')).toBe('**Article 1** · 150 000 €\n\nΣ Dépense du tableau d’imputation (1 ligne) = 150 000 ✓');
  });

  it('on a visa: what it cites (000 L45 délégation n°2021-257 du 01/07/2021)', () => {
    const text = at(a, 45, 'délibération')!;
    expect(text).toBe(
      '**Visa** · délibération\n\n- Organe : Conseil départemental\n- Numéro : 2021-257\n- Date : 01/07/2021 (1er juillet 2021)\n- Titre : « Délégation d’attributions à la Commission Permanente »',
    );
  });

  it('on a visa: the other files of the workspace citing the same act (003 cites n°2021-257 28 times, first at L49)', () => {
    const other = analyse(corpusText('003'));
    const withWorkspace = { ...a, workspace: { files: [summarizeFile('file:///corpus/003_b2bb4981e98d102e.txt', other.dossiers)] } };
    const text = hover(withWorkspace, { line: 44, character: 10 }, a.options)!.contents.value;
    expect(text).toContain('Cité aussi dans l’espace de travail : 003\\_b2bb4981e98d102e.txt (ligne 49, N°2022-80, 28 citations)');
  });

  it('on a visa: an unsaved file of the workspace by its name, not its untitled: URI', () => {
    const other = analyse(corpusText('003'));
    const withWorkspace = { ...a, workspace: { files: [summarizeFile('untitled:Untitled-2', other.dossiers)] } };
    const text = hover(withWorkspace, { line: 44, character: 10 }, a.options)!.contents.value;
    expect(text).toContain('Cité aussi dans l’espace de travail : Untitled-2 (ligne 49, N°2022-80, 28 citations)');
    expect(text).not.toContain('untitled:');
  });

  it('on the avis visa: paired with the report’s opinion (000 L48–49 ↔ L211–212)', () => {
    const text = at(a, 48, 'avis')!;
    expect(text).toContain('- Commission : 3ème « Education, Culture, Sport et Citoyenneté »');
    expect(text).toContain('- Rapport : avis de la commission du 05/09/2022 (ligne 211) ✓');
  });

  it('on an article reference: the target article’s first line (000 L64 `l’article  1`)', () => {
    const text = at(a, 64, '1  de')!;
    expect(text.startsWith('**Article 1** (ligne 54)\n\nD’attribuer aux collèges participant à l’appel à projet numérique,')).toBe(true);
  });

  it('on a person: their status here (000 L12 LEROY, present and president)', () => {
    expect(at(a, 12, 'LEROY')).toBe('**M. Jean-Claude LEROY**\n\nDans cette délibération (N°2022-372) : présent · président de séance');
  });

  it('nothing on plain prose', () => {
    expect(at(a, 125, 'collège')).toBeUndefined();
  });

  it('in English', () => {
    const en = analyse(corpusText('000'), { locale: 'en' });
    expect(at(en, 83, '43')!.split('\n')[0]).toBe('**Vote** · Pour 43 + Contre 0 + Abstention 0 = 43 = present 32 + excused 11 ✓');
  });
});

describe('hovers on 003 (29 deliberations)', () => {
  const a = analyse(corpusText('003'));

  it('on a person: their status in the other deliberations (DUPORGE, absent in 2022-99 L12110 and 2022-108 L43930)', () => {
    const text = at(a, 18, 'DUPORGE')!;
    expect(text).toContain('Dans cette délibération (N°2022-80) : présent');
    expect(text).toContain('Dans les 29 délibérations du fichier :\n- présent : 27\n- absent sans délégation de vote : 2 (N°2022-99, N°2022-108)');
  });

  it('on a member who declared an interest (COUSEIN, 2022-104 L18438, moved to Absent(s) L18407)', () => {
    const text = at(a, 18438, 'COUSEIN')!;
    expect(text).toContain('Dans cette délibération (N°2022-104) : absent sans délégation de vote · intéressé à l’affaire');
    expect(text).toContain('> Monsieur Bruno COUSEIN, intéressé à l’affaire et excusé, n’a pas donné de délégation de vote pour ce rapport.');
    expect(text).toContain('- excusé (vote par délégation) : 28\n- absent sans délégation de vote : 1 (N°2022-104)');
  });

  it('on a vote with an abstention for interest (2022-87: L4523 GAUTHIER, L4566 Pour 43, L4570 Abstention 1)', () => {
    const text = at(a, 4570, '1')!;
    expect(text.split('\n')[0]).toBe('**Vote** · Pour 43 + Contre 0 + Abstention 1 = 44 = présents 36 + excusés 8 ✓');
    expect(text).toContain('- **Intéressés à l’affaire**, ne prennent part ni au débat ni au vote (comptés en abstention ou NPPV) : Mme Karine GAUTHIER');
  });

  it('on the absent line (2022-104 L18533 `Absent sans délégation de vote : 1`)', () => {
    const text = at(a, 18533, '1')!;
    expect(text.split('\n')[0]).toBe('**Vote** · Pour 42 + Contre 0 + Abstention 1 = 43 = présents 36 + excusés 7 ✓');
    expect(text).toContain('- **Absents (1)**, sans délégation de vote, ne votent pas : M. Bruno COUSEIN — « Absent sans délégation de vote : 1 » ✓');
  });

  it('on an annex total: the rows it sums (2022-97 L10622 `TOTAL 562 692 €`)', () => {
    const text = at(a, 10622, '562')!;
    expect(text).toContain('**TOTAL** 562 692 €');
    expect(text).toContain('= somme des 12 lignes au-dessus (ligne 10598 à 10620) ✓');
  });

  it('on a wrong annex total: the explanation comes first, with where the summed lines run (2022-97 L10622)', () => {
    const b = analyse(edit(corpusText('003'), 10622, '562 692 €', '562 602 €'));
    const text = at(b, 10622, '562')!;
    const parts = text.split('\n\n');
    expect(parts[0]).toBe('**TOTAL** 562 602 €');
    expect(parts[1]).toBe('562 602 € ≠ somme des 12 lignes (lignes 10598 à 10620) = 562 692 € ✗');
    const en = hover(b, { line: 10621, character: b.lines[10621].indexOf('562') }, { ...b.options, locale: 'en' })!.contents.value;
    expect(en.split('\n\n')[1]).toBe('562 602 € ≠ sum of the 12 lines (lines 10598 to 10620) = 562 692 € ✗');
    // The diagnostic relates the first and the last of the 12 lines only.
    const d = b.diagnostics.find((x) => x.code === 'budget-total')!;
    expect(d.relatedInformation).toHaveLength(2);
  });

  it('on a report solde that is the next report’s Disponible (2022-86 L4459 `122 500,00`)', () => {
    expect(at(a, 4459, '122 500,00')).toContain('- Solde 122 500,00 = Disponible 208 000,00 − Proposition 85 500,00 ✓');
  });

  it('on the délégation visa: the other deliberations citing the same act (2022-86 L4068)', () => {
    const text = at(a, 4068, 'délibération')!;
    expect(text).toContain('- Numéro : 2021-257');
    // 2022-85 cites another délégation (n°2017-520, L3065): 27 others cite n°2021-257.
    expect(text).toContain('Même acte cité dans ce fichier par 27 autres délibérations : N°2022-80 (ligne 49),');
  });

  it('answers fast on the 44 000-line file once analysed', () => {
    for (let line = 0; line < a.lines.length; line += 97) hover(a, { line, character: 3 }, a.options);
  });
});

describe('hovers on a rate table (003, 2022-87 annex 2)', () => {
  const a = analyse(corpusText('003'));

  it('on an amount: base × rate, the rounding the report states, the amount it gives (L4710)', () => {
    expect(at(a, 4710, '1 980')).toBe(
      '**Montant au taux**\n\n30% × 6 600,00 € = 1 980,00 €\n\narrondi à la dizaine d’euros la plus proche : 1 980 €\n\nplafond : 2 500 €\n\n1 980 € ✓',
    );
  });

  it('on a capped row’s rate, in English: the cap (L4759)', () => {
    const text = hover(a, { line: 4758, character: a.lines[4758].indexOf('30%') }, { ...a.options, locale: 'en' })?.contents.value;
    expect(text).toBe('**Amount by rate**\n\n30% × 8 400,00 € = 2 520,00 €\n\nabove the cap of 2 500 €: 2 500 €\n\n2 500 € ✓');
  });

  it('on a wrong amount: the figure it should be', () => {
    const edited = analyse(corpusText('003').replace('6 600,00 € 30%                            1 980 €', '6 600,00 € 30%                            1 890 €'));
    expect(at(edited, 4710, '1 890')?.endsWith('1 890 € ≠ 1 980 €')).toBe(true);
  });
});

describe('hovers on rows that hold their own relation (003)', () => {
  const a = analyse(corpusText('003'));

  it('on a row total: its terms and their sum (2022-101 L13354 `Total par collège`)', () => {
    expect(at(a, 13354, '12 292')).toBe('**Total de la ligne**\n\n2 595 € + 4 697 € + 2 000 € + 3 000 € = 12 292 € = 12 292 € ✓');
    // 2022-90 L6562, the FSE deprogramming: the cost is the row's first figure.
    expect(at(a, 6562, '43 091,22')).toBe('**Total de la ligne**\n\n25 854,74 + 17 236,48 + 0,00 = 43 091,22 = 43 091,22 ✓');
  });

  it('on the row of column sums under them: each column over the 125 rows above (L13604)', () => {
    expect(at(a, 13604, '309 970')).toBe(
      '**Total de la ligne**\n\n309 970 € + 533 778 € + 250 000 € + 375 000 € = 1 468 748 € = 1 468 748 € ✓\n\n' +
        'Ligne des totaux de colonne, sur les 125 lignes au-dessus : 309 970 € ✓ · 533 778 € ✓ · 250 000 € ✓ · 375 000 € ✓ · 1 468 748 € ✓',
    );
  });

  it('on a row its parts share out: the State and Département rows under it (2022-105 L20982)', () => {
    expect(at(a, 20982, '3 399 200')).toBe(
      '**Ligne répartie**\n\n1 699 600 € (« Plan Pauvreté ») + 1 699 600 € (« Contrepartie Plan Pauvreté ») = 3 399 200 € = 3 399 200 € ✓\n\nréparti sur les 2 lignes qui suivent',
    );
  });

  it('on a sub-total with its count: the rows it adds up (2022-87 L4946 `10 dossiers sous total Musique`)', () => {
    expect(at(a, 4946, '10 290')).toContain('10 éléments comptés avec le total ✓');
    const b = analyse(corpusText('003').replace('10 dossiers sous total Musique', '11 dossiers sous total Musique'));
    expect(at(b, 4946, '10 290')).toContain('11 éléments comptés avec le total ≠ 10 lignes additionnées ✗');
  });

  it('on the genuine 1 € gap of L20994, in English: ✗', () => {
    const text = hover(a, { line: 20993, character: a.lines[20993].indexOf('1 050 712') }, { ...a.options, locale: 'en' })?.contents.value;
    expect(text).toBe('**Shared-out row**\n\n532 945 € ("Plan Pauvreté") + 517 766 € ("Contrepartie Plan Pauvreté") = 1 050 711 € ≠ 1 050 712 € ✗\n\nshared out over the 2 rows that follow');
  });
});

describe('hovers on a financing plan (a commune’s extrait)', () => {
  const text = [
    'COMMUNE DE SAINT-MARTIN-DES-PRÉS',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du lundi 16 janvier 2023',
    'Délibération n° 2023-002 : Demande de subvention DETR',
    'Le plan de financement prévisionnel est le suivant :',
    'Dépenses HT',
    'Travaux 120 000 €',
    'Maîtrise d’œuvre 30 000 €',
    'Total HT 150 000 €',
    'Recettes',
    'DETR (40 %) 60 000 €',
    'Région (25 %) 30 000 €',
    'Autofinancement (40 %) 60 000 €',
    'Total 150 000 €',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE le plan de financement.',
  ].join('\n');
  const a = analyse(text);
  const on = (line: number, find: string, locale: 'fr' | 'en' = 'fr') => {
    const character = a.lines[line - 1].indexOf(find);
    return hover(a, { line: line - 1, character }, { ...a.options, locale })?.contents.value;
  };

  it('on a total: the rows it sums', () => {
    expect(on(9, '150 000')).toBe('**Plan de financement** · dépenses\n\nTotal HT = 120 000 € + 30 000 € = 150 000 € ✓');
  });

  it('on a share: its amount over the total that explains the plan’s shares, and what is written', () => {
    expect(on(11, '40')).toBe('**Plan de financement** · recettes\n\nDETR : 60 000 € / 150 000 € = 40 % (écrit 40 %)');
    expect(on(12, '25', 'en')).toBe('**Financing plan** · resources\n\nRégion : 30 000 € / 150 000 € = 20 % (written 25 %)');
  });
});

describe('hovers on credits opened within the quarter (any template)', () => {
  const text = [
    'COMMUNE DE SAINT-MARTIN-DES-PRÉS',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du lundi 16 janvier 2023',
    'Délibération n° 2023-001 : Ouverture anticipée des crédits d’investissement',
    'Le Maire propose d’ouvrir des crédits dans la limite du quart des crédits ouverts au budget de l’exercice 2022, selon la répartition suivante :',
    'Chapitre | Libellé | BP 2022 | 25 % | Montant autorisé',
    '20 Immobilisations incorporelles | 40 000,00 € | 10 000,00 € | 8 000,00 €',
    '21 Immobilisations corporelles | 400 000,00 € | 101 000,00 € | 90 000,00 €',
    'TOTAL | | 440 000,00 € | 111 000,00 € | 98 000,00 €',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, AUTORISE le Maire à engager ces dépenses.',
  ].join('\n');
  const a = analyse(text);
  const on = (line: number, find: string, locale: 'fr' | 'en' = 'fr') => {
    const character = a.lines[line - 1].indexOf(find);
    return hover(a, { line: line - 1, character }, { ...a.options, locale })?.contents.value;
  };
  const limit = 'Ouvert 98 000,00 € ≤ 440 000,00 € / 4 = 110 000,00 €, le quart des crédits de l’exercice précédent hors dette (article L1612-1 du CGCT) ✓';

  it('on a row’s quarter: its credits over four', () => {
    expect(on(8, '101 000')).toBe(`**Crédits ouverts avant le budget**\n\n21 Immobilisations corporelles : 400 000,00 € / 4 = 100 000,00 € ≠ 101 000,00 € ✗\n\n${limit}`);
    expect(on(7, '10 000')).toContain('40 000,00 € / 4 = 10 000,00 € = 10 000,00 € ✓');
  });

  it('on a total: its column’s sum, and the limit of L1612-1, in English too', () => {
    expect(on(9, '98 000')).toBe(`**Crédits ouverts avant le budget**\n\nTotal des 2 lignes : 8 000,00 € + 90 000,00 € = 98 000,00 € ✓\n\n${limit}`);
    expect(on(9, '111 000', 'en')).toBe(
      '**Credits opened before the budget**\n\nTotal of the 2 rows: 10 000,00 € + 101 000,00 € = 111 000,00 € ✓\n\nOpened 98 000,00 € ≤ 440 000,00 € / 4 = 110 000,00 €, a quarter of last year’s credits less the debt (article L1612-1 of the CGCT) ✓',
    );
  });
});

describe('hovers on a total written in a sentence (any template)', () => {
  const text = [
    'COMMUNE DE SAINT-MARTIN-DES-PRÉS',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du lundi 16 janvier 2023',
    'ATTRIBUE les subventions suivantes : 5 000 € au comité des fêtes et 3 000 € au club de football, soit un total de 8 000 €.',
    'AUTORISE l’acquisition d’actions pour une valeur de 20 € par action, soit un achat de 150 actions pour un montant total de 3.100 €.',
  ].join('\n');
  const a = analyse(text);
  const on = (line: number, find: string, locale: 'fr' | 'en' = 'fr') => hover(a, { line: line - 1, character: a.lines[line - 1].indexOf(find) }, { ...a.options, locale })?.contents.value;

  it('shows the sum of the list, or the price times the count', () => {
    expect(on(4, '8 000')).toBe('**Total écrit dans la phrase**\n\n5 000 € + 3 000 € = 8 000 € = 8 000 € ✓');
    expect(on(5, '3.100', 'en')).toBe('**Total written in the sentence**\n\n150 × 20 € = 3.000 € ≠ 3.100 € ✗');
  });
});
