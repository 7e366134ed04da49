import { describe, expect, it } from 'vitest';
import { parseItems } from '../../../engine/model/assembly/items';
import { sourceOfLines, type Source, type Span } from '../../../engine/model/assembly/source';
import type { MeetingItem, Range } from '../../../engine/model/types';
import type { TemplateProfile, Vocabulary } from '../../../engine/templates/types';
import { VOTES } from '../../../engine/templates/vocabulary/votes';

/** The item readers read only `vocabulary.votes`; the other parts are left out so these tests stand alone. */
function profile(layout: TemplateProfile['layout']): TemplateProfile {
  return {
    id: 'generic',
    name: { fr: 'test', en: 'test' },
    detect: () => 1,
    excusedHoldsProxy: false,
    layout,
    vocabulary: { votes: VOTES } as unknown as Vocabulary,
  };
}

interface Form {
  name: string;
  lines: string[];
  items: MeetingItem[];
}

/** The same document line-structured (as typed) and flattened to one line (as the open data gives it). */
function forms(lines: string[], layout: TemplateProfile['layout']): Form[] {
  const flat = [lines.join(' ')];
  return [
    { name: 'lines', lines, items: parseItems(sourceOfLines(lines, profile(layout))) },
    { name: 'flat', lines: flat, items: parseItems(sourceOfLines(flat, profile(layout))) },
  ];
}

function textAt(lines: string[], r: Range): string {
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l]);
  parts.push(lines[r.end.line].slice(0, r.end.character));
  return parts.join(' ');
}

/** Each item as number | object | formula and figures, read the same in both forms. */
function summary(f: Form): string[] {
  return f.items.map((item) => {
    const v = item.vote;
    const figures = Object.entries(v?.figures ?? {})
      .map(([k, x]) => `${k}=${x?.value}`)
      .join(' ');
    const vote = v ? [v.formula?.value, figures, v.outcome?.value].filter(Boolean).join(' ') : '';
    return `${item.number?.value ?? '-'} | ${item.object?.value ?? '-'} | ${vote}`;
  });
}

/** Every range points at what it holds. */
function expectRanges(f: Form): void {
  for (const item of f.items) {
    if (item.number) expect(textAt(f.lines, item.number.range), f.name).toBe(item.number.value);
    if (item.object) expect(textAt(f.lines, item.object.range).replace(/ {2,}/g, ' '), f.name).toBe(item.object.value);
    for (const fig of Object.values(item.vote?.figures ?? {})) {
      if (fig) expect(textAt(f.lines, fig.range), f.name).toMatch(/^(?:\d+|O|\p{L}+)$/u);
    }
  }
}

describe('parseItems — an extrait (one act)', () => {
  const extrait = [
    'Nombre de Conseillers Communautaires : - en exercice : 45',
    '- présents : 38 - procurations : 4',
    '- votants : 42 - suffrages exprimés : 41',
    '- abstentions : 1 - pour : 39 - contre : 2',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE',
    'DELIBERATION n° 2023/057',
    'L’an deux mille vingt-trois, le 14 mars, le Conseil Communautaire, légalement convoqué, s’est réuni.',
    'Objet : Piscine intercommunale : choix du mode de chauffage',
    'Vu le Code général des collectivités territoriales,',
    'Par délibération n° 2022-10/59B du 5 octobre 2022, le conseil a lancé l’étude.',
    'Le Conseil Communautaire, après en avoir délibéré, à la majorité, APPROUVE le choix.',
  ];

  it('reads the number, the object and the vote, the header box counted as the act’s', () => {
    for (const f of forms(extrait, 'one-act')) {
      expect(summary(f), f.name).toEqual([
        '2023/057 | Piscine intercommunale : choix du mode de chauffage | majorite votants=42 exprimes=41 abstention=1 pour=39 contre=2',
      ]);
      expectRanges(f);
      // The item spans the whole file: its header box is its own.
      expect(f.items[0].range.start, f.name).toEqual({ line: 0, character: 0 });
    }
  });

  it('reads the number in its own form: `Délibération N° DEL — 2023 — 007 :`, `n°d’ordre : DEL2023_001`, a code alone', () => {
    const cases: [string[], string, string][] = [
      [['Délibération N° DEL — 2023 — 007 : Avis sur le dossier de suppression de la ZAC', 'Le Conseil Municipal, Vu le Code,'], 'DEL — 2023 — 007', 'Avis sur le dossier de suppression de la ZAC'],
      [['Secrétaire de séance : Sylvie VIEU', 'n°d’ordre : DEL2023_001', 'Objet : Rapport annuel du Médiateur - année 2022 - présentation', 'Madame PAVONE présente le rapport suivant :'], 'DEL2023_001', 'Rapport annuel du Médiateur - année 2022 - présentation'],
      [['Présents : 7', 'D2023-01-003 URBANISME – ELABORATION DU PLAN LOCAL D’URBANISME', 'Mairie de Bazoges – 4 rue du Maréchal'], 'D2023-01-003', 'URBANISME – ELABORATION DU PLAN LOCAL D’URBANISME'],
    ];
    for (const [lines, number, object] of cases) {
      for (const f of forms(lines, 'one-act')) {
        expect(f.items.map((i) => i.number?.value), f.name).toEqual([number]);
        expect(f.items[0].object?.value, f.name).toBe(object);
        expectRanges(f);
      }
    }
  });

  it('reads one act when a page header repeats its number', () => {
    const lines = [
      'DÉLIBÉRATION N°CP 2023-017 DU 25 JANVIER 2023 CONTRAT D’AMÉNAGEMENT RÉGIONAL : 1ERE AFFECTATION 2023',
      'La commission permanente du conseil régional, VU le code général des collectivités territoriales ;',
      'DÉLIBÉRATION N°CP 2023-017',
      'Article 2 : Décide de participer au financement des opérations.',
    ];
    for (const f of forms(lines, 'one-act')) {
      expect(summary(f), f.name).toEqual(['CP 2023-017 | CONTRAT D’AMÉNAGEMENT RÉGIONAL : 1ERE AFFECTATION 2023 | ']);
    }
  });

  it('reads as many acts as the file repeats the whole header, each from its title', () => {
    const one = (n: string, object: string, vote: string) => [
      'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
      'Séance du 23 janvier 2023 - Votants : 19',
      `Délibération n° ${n}`,
      `Objet : ${object}`,
      `Le Conseil municipal, après en avoir délibéré, ${vote}`,
    ];
    const lines = [...one('2023-004', 'Tarifs de la cantine', 'à l’unanimité, FIXE les tarifs.'), ...one('2023-005', 'Vente d’un terrain', 'par 15 voix pour et 4 voix contre, AUTORISE la vente.')];
    for (const f of forms(lines, 'one-act')) {
      expect(summary(f), f.name).toEqual([
        '2023-004 | Tarifs de la cantine | unanimite votants=19',
        '2023-005 | Vente d’un terrain | votants=19 pour=15 contre=4',
      ]);
      expect(textAt(f.lines, f.items[1].range), f.name).toMatch(/^EXTRAIT DU REGISTRE/);
      expectRanges(f);
    }
  });

  it('reads one act per act code when a file of projects repeats its header with codes only', () => {
    const lines = [
      'PROJET DE DELIBERATION SEANCE DU CONSEIL DU 27 FEVRIER 2023',
      'C 2023/02/1- INSTITUTIONS - DESIGNATION DES REPRESENTANTS DANS DIFFERENTS ORGANISMES',
      'Monsieur le Président donne lecture du rapport suivant : il convient de désigner un élu.',
      'PROJET DE DELIBERATION SEANCE DU CONSEIL DU 27 FEVRIER 2023',
      'C 2023/02/2- INSTITUTIONS - MODIFICATIONS DES COMMISSIONS THEMATIQUES',
      'Monsieur le Président donne lecture du rapport suivant : il convient de désigner un élu.',
    ];
    for (const f of forms(lines, 'one-act')) {
      expect(summary(f), f.name).toEqual([
        'C 2023/02/1 | INSTITUTIONS - DESIGNATION DES REPRESENTANTS DANS DIFFERENTS ORGANISMES | ',
        'C 2023/02/2 | INSTITUTIONS - MODIFICATIONS DES COMMISSIONS THEMATIQUES | ',
      ]);
      expectRanges(f);
    }
  });

  it('yields nothing for an annex with neither number, object nor vote', () => {
    for (const f of forms(['RAPPORT DÉVELOPPEMENT DURABLE 2022', 'Sommaire 1. La transition 06 2. Le Sud ingénieux 08'], 'one-act')) {
      expect(f.items, f.name).toEqual([]);
    }
  });
});

describe('parseItems — a procès-verbal (many items)', () => {
  it('reads the items, not the agenda that lists them first', () => {
    const lines = [
      'Secrétaire de Séance : Guillaume FAUVET Quorum : 22 présents sur 26 Votants : 24',
      'Par convocation en date du 09 janvier 2023, l’ordre du jour est le suivant :',
      '1 - Candidature à l’appel à projet Fonds Social Européen',
      '2 - Accord cadre relatif à la fourniture de chaux vive',
      '3 - Observatoire de l’activité touristique',
      'Emmanuelle MERLE présente le rapport.',
      '1 - Candidature à l’appel à projet Fonds Social Européen',
      'VU l’appel à projet du programme national ; le Bureau, à l’unanimité, APPROUVE la candidature.',
      '2 - Accord cadre relatif à la fourniture de chaux vive',
      'Le Bureau, par 20 voix pour et 4 abstentions, AUTORISE la signature.',
      '3 - Observatoire de l’activité touristique',
      'VU la convention ; le Bureau, à l’unanimité des présents, APPROUVE le renouvellement.',
    ];
    for (const f of forms(lines, 'many-items')) {
      expect(summary(f), f.name).toEqual([
        '1 | Candidature à l’appel à projet Fonds Social Européen | unanimite',
        '2 | Accord cadre relatif à la fourniture de chaux vive | pour=20 abstention=4',
        '3 | Observatoire de l’activité touristique | unanimite-presents',
      ]);
      // The meeting's `Votants : 24` is the attendance's, not the items'.
      expect(f.items.every((i) => !i.vote?.figures.votants), f.name).toBe(true);
      expectRanges(f);
    }
  });

  it('finds the items an agenda numbers and the body only titles, by their titles', () => {
    const lines = [
      'CONSEIL MUNICIPAL DU 13 MARS 2023 Ordre du Jour',
      'RESSOURCES HUMAINES 1. MODIFICATION DU TABLEAU DES EFFECTIFS',
      '2. RECRUTEMENTS D’AGENTS NON TITULAIRES POUR ACCROISSEMENT SAISONNIER D’ACTIVITÉ',
      'FINANCES 3. VOTE DES TAUX DE FISCALITÉ LOCALE POUR L’ANNÉE 2023',
      'Le treize mars, le Conseil Municipal s’est réuni. Le procès-verbal de la séance du 13 février 2023 est adopté à l’UNANIMITÉ.',
      'MODIFICATION DU TABLEAU DES EFFECTIFS Rédigé par : Service des Ressources Humaines',
      'Il vous est proposé la création d’un poste d’attaché. Voté à l’UNANIMITÉ des présents et représentés.',
      'RECRUTEMENTS D’AGENTS NON TITULAIRES POUR ACCROISSEMENT SAISONNIER D’ACTIVITÉ Rédigé par : Service des Ressources Humaines',
      'APPROUVE la création des emplois temporaires. Voté à la majorité.',
    ];
    for (const f of forms(lines, 'many-items')) {
      expect(summary(f), f.name).toEqual([
        '1 | MODIFICATION DU TABLEAU DES EFFECTIFS | unanimite-presents',
        '2 | RECRUTEMENTS D’AGENTS NON TITULAIRES POUR ACCROISSEMENT SAISONNIER D’ACTIVITÉ | majorite',
      ]);
      // The number is the agenda's; the item starts at its title in the body.
      expect(textAt(f.lines, f.items[0].number!.range), f.name).toBe('1');
      expect(textAt(f.lines, f.items[0].range), f.name).toMatch(/^MODIFICATION DU TABLEAU DES EFFECTIFS Rédigé par/);
    }
  });

  it('drops an agenda whose items are numbered another way (`1 - …` then `Délibération DB-2023-001 - …`)', () => {
    const lines = [
      'l’ordre du jour est le suivant : DECISIONS DE GESTION : Finances',
      '1 - Candidature à l’appel à projet FSE+',
      '2 - Accord cadre relatif à la fourniture de chaux vive ventilée',
      'Finances, Administration Générale',
      'Délibération DB-2023-001 - Candidature à l’appel à projet FSE+',
      'VU l’appel à projet ; le Bureau, à l’unanimité, APPROUVE.',
      'Délibération DB-2023-002 - Accord cadre relatif à la fourniture de chaux vive ventilée',
      'VU le code de la commande publique ; ADOPTÉ À L’UNANIMITÉ',
    ];
    for (const f of forms(lines, 'many-items')) {
      expect(summary(f), f.name).toEqual([
        'DB-2023-001 | Candidature à l’appel à projet FSE+ | unanimite',
        'DB-2023-002 | Accord cadre relatif à la fourniture de chaux vive ventilée | unanimite adopte',
      ]);
    }
  });

  it('reads a list of deliberations with the vote after each object (`n°2023-001 Signature … à l’unanimité`)', () => {
    const lines = [
      'Le Conseil municipal, lors de sa séance du mercredi 25 janvier 2023, D’UNE PART a adopté les délibérations :',
      'n°2023-001 Signature de la convention de subvention pour le projet « Gestion des Relations Usagers ».',
      'à l’unanimité, APPROUVE les termes de la convention.',
      'n°2023-002 Acquisition d’actions de la Société Publique Locale',
      'à la majorité 41 votes pour, dont 4 procurations (M. LUCAS, M. BRUN, Mme VIDAL, M. SOLER)',
      '2 votes contre, M. MAILLE, M. SIDI 6 abstentions, Mme CAPRON, M. FAURE, Mme MASSON, M. TITO, Mme KEITA, M. SUDRE',
      'AUTORISE l’acquisition d’actions.',
    ];
    for (const f of forms(lines, 'many-items')) {
      expect(summary(f), f.name).toEqual([
        '2023-001 | Signature de la convention de subvention pour le projet « Gestion des Relations Usagers » | unanimite adopte',
        '2023-002 | Acquisition d’actions de la Société Publique Locale | majorite pour=41 contre=2 abstention=6 adopte',
      ]);
      const names = f.items[1].vote!.names;
      expect(names.contre?.map((p) => p.lastName), f.name).toEqual(['MAILLE', 'SIDI']);
      expect(names.abstention?.length, f.name).toBe(6);
      expect(names.pour, f.name).toBeUndefined();
      // The list's outcome points at the list's `adopté`.
      expect(textAt(f.lines, f.items[1].vote!.outcome!.range), f.name).toBe('adopté');
      expectRanges(f);
    }
  });

  it('reads `POINT N°3`, `Délibération n° 2023-12 :` and an outline with sub-items, without its section titles', () => {
    const lines = [
      'Etude de l’ordre du jour',
      '1. Procès-verbal du conseil municipal du 21 novembre 2022',
      'Aucune remarque, il est signé.',
      '2. Affaires financières',
      '2.1 Délibération relative aux dépenses de fêtes et cérémonies',
      'Madame le Maire explique la liste. VOTE : 13 POUR 0 CONTRE – 0 ABSTENTION',
      '2.2 Délibération autorisant le maire à engager des dépenses d’investissement',
      'Madame le Maire rappelle l’article L 1612-1. VOTE : 12 POUR - 1 CONTRE – 0 ABSTENTION',
      'POINT N°3 : Désignation du secrétaire de séance',
      'Le Conseil, à l’unanimité, désigne M. Paul DURAND.',
      'Délibération n° 2023-12 : Tarifs de la médiathèque',
      'Le Conseil, à la majorité, FIXE les tarifs.',
    ];
    for (const f of forms(lines, 'many-items')) {
      expect(summary(f), f.name).toEqual([
        '1 | Procès-verbal du conseil municipal du 21 novembre 2022 | ',
        '2.1 | Délibération relative aux dépenses de fêtes et cérémonies | pour=13 contre=0 abstention=0',
        '2.2 | Délibération autorisant le maire à engager des dépenses d’investissement | pour=12 contre=1 abstention=0',
        '3 | Désignation du secrétaire de séance | unanimite',
        '2023-12 | Tarifs de la médiathèque | majorite',
      ]);
      expectRanges(f);
    }
  });

  it('reads a table of contents as no items, then the items it announces', () => {
    const lines = [
      'SOMMAIRE',
      '01 - BUDGET PRIMITIF 2020 ........................ 3',
      '02 - REMISES GRACIEUSES ........................ 21',
      '03 - SUBVENTIONS AUX ASSOCIATIONS ........................ 22',
      'M. le Maire ouvre la séance à 19 heures et procède à l’appel nominal des conseillers municipaux présents ce soir, le quorum étant atteint, la séance peut valablement commencer.',
      '01 - BUDGET PRIMITIF 2020',
      'Le Conseil municipal, à la majorité, ADOPTE le budget primitif.',
      '02 - REMISES GRACIEUSES',
      'Le Conseil municipal, à l’unanimité, ACCORDE les remises.',
    ];
    for (const f of forms(lines, 'many-items')) {
      expect(summary(f), f.name).toEqual(['01 | BUDGET PRIMITIF 2020 | majorite', '02 | REMISES GRACIEUSES | unanimite']);
    }
  });

  it('leaves out the decisions of the maire and numbers cited in running text', () => {
    const lines = [
      'Compte rendu des décisions prises par le Maire :',
      'N°2022-061 : L’indemnité de sinistre proposée par MMA est acceptée.',
      'N°2022-062 : La commune accepte le devis de la société Engie.',
      'N° 2023-009 FINANCES – Débat d’Orientation Budgétaire 2023',
      'Vu la délibération n° 2021-043 en date du 11 mars 2021, vu la décision n°86-207 DC du 26/06/1986,',
      'vu la décision CE du 03/11/1997 n°169473 Commune de Fougerolles, M. le Maire propose D’ACTER le débat.',
      'ADOPTÉ À L’UNANIMITE',
      'N° 2023-010 JEUNESSE – Convention de mise à disposition du minibus',
      'Vu le Code Général des Collectivités Territoriales. ADOPTÉ À L’UNANIMITE',
    ];
    for (const f of forms(lines, 'many-items')) {
      expect(summary(f), f.name).toEqual([
        '2023-009 | FINANCES – Débat d’Orientation Budgétaire 2023 | unanimite adopte',
        '2023-010 | JEUNESSE – Convention de mise à disposition du minibus | unanimite adopte',
      ]);
    }
  });

  it('reads a list of deliberations without votes (the list of L. 2121-25) and its rows’ outcomes', () => {
    const lines = [
      'LISTE DES DELIBERATIONS EXAMINEES PAR LE CONSEIL MUNICIPAL LE 3 OCTOBRE 2022',
      'Délibération n°2022-061 - Zone d’activités de Gandière : vente du lot G APPROUVEE',
      'Délibération n°2022-062 - Eau potable – Plan d’actions - APPROUVEE',
      'Délibération n°2022-063 - Service périscolaire : modification d’un poste',
    ];
    for (const f of forms(lines, 'many-items')) {
      expect(summary(f), f.name).toEqual([
        '2022-061 | Zone d’activités de Gandière : vente du lot G | adopte',
        '2022-062 | Eau potable – Plan d’actions | adopte',
        '2022-063 | Service périscolaire : modification d’un poste | ',
      ]);
      expectRanges(f);
    }
  });

  it('reads an act code as the number of the heading it follows (`Dossier n°1-1 : … DB2024_001`)', () => {
    const lines = [
      'Dossier n°1-1 : Approbation du procès-verbal du bureau du 4 octobre 2023 DB2024_001',
      'La Présidente demande aux membres s’ils ont des remarques. Pour : 15 Contre : 0 Abstention : 0',
      'Dossier n°2 : Attribution d’une aide à l’immobilier d’entreprise DB2024_002',
      'Par courrier du 3 janvier 2024, la société a sollicité une aide. Pour : 18 Contre : 0 Abstention : 0',
    ];
    for (const f of forms(lines, 'many-items')) {
      expect(summary(f), f.name).toEqual([
        'DB2024_001 | Approbation du procès-verbal du bureau du 4 octobre 2023 | pour=15 contre=0 abstention=0',
        'DB2024_002 | Attribution d’une aide à l’immobilier d’entreprise | pour=18 contre=0 abstention=0',
      ]);
      expectRanges(f);
    }
  });

  it('reads nothing from a numbering that is no outline (a lone `1/`, counts `15 - Présents`)', () => {
    const lines = [
      'Nombre de conseillers : - En exercice : 15 - Présents : 12 - Excusés : 3 - Votants : 13',
      'Le programme comporte un comité. 1/ ROLE DU COPIL AGENDA 2030 Il suit la mise en œuvre.',
    ];
    for (const f of forms(lines, 'many-items')) expect(f.items, f.name).toEqual([]);
  });
});

describe('parseItems — garbage', () => {
  it('never throws', () => {
    const noises = [
      '',
      ' '.repeat(20_000),
      '1'.repeat(20_000),
      '1. A 2. B 3. C '.repeat(500),
      'n°1 A n°2 B '.repeat(500),
      'ordre du jour : SOMMAIRE Délibération n° 2023-01 : '.repeat(200),
      'Délibération n° : : : Objet : Objet :',
      '\u0000\ud800\uffff',
    ];
    for (const layout of ['one-act', 'many-items'] as const) {
      for (const noise of noises) {
        const source: Source = sourceOfLines([noise], profile(layout));
        expect(() => parseItems(source)).not.toThrow();
      }
    }
  });

  it('reads the masked spans as blanks (a stamp repeated mid-text cuts nothing)', () => {
    const stamp = 'Envoyé en préfecture le 22/02/2023 ID : 030-200066918-20230216-C2023_01_01-DE';
    const text = `n°2023-001 Signature de la convention ${stamp} à l’unanimité, APPROUVE.`;
    const at = text.indexOf(stamp);
    const masked: Span[] = [[at, at + stamp.length]];
    const items = parseItems(sourceOfLines([text], profile('many-items'), 0, 0, masked));
    expect(items.map((i) => [i.number?.value, i.object?.value, i.vote?.formula?.value])).toEqual([['2023-001', 'Signature de la convention', 'unanimite']]);
  });
});
