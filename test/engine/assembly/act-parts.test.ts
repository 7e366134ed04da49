/**
 * The parts of an act, item by item: visas, considérants, decision, signature and executory
 * mention. Small documents written to look like the real ones, each read line-structured (as
 * typed) and flattened (as the open data gives it), asserted field by field; then the texts that
 * look like parts and are none, garbage, and the pipeline's attribution of parts to the items of a
 * procès-verbal.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../engine/analyzer';
import { parseActParts, type ActParts } from '../../../engine/model/assembly/act-parts';
import { sourceOfLines, type Source } from '../../../engine/model/assembly/source';
import { parseActesStamps } from '../../../engine/model/assembly/stamps';
import type { MeetingItem, Range } from '../../../engine/model/types';
import { linesRange } from '../../../engine/text/lines';
import { GENERIC } from '../../../engine/templates/generic';

/** The source as the reader of every assembly builds it: the ACTES stamps masked. */
function sourceOf(lines: string[]): Source {
  const base = sourceOfLines(lines, GENERIC);
  return { ...base, masked: parseActesStamps(base).spans };
}

interface Form {
  name: string;
  lines: string[];
  parts: ActParts;
}

/** The act read whole (one item spanning the document), line-structured and flattened. */
function forms(lines: string[]): Form[] {
  return [lines, [lines.join(' ')]].map((ls, i) => {
    const item: MeetingItem = { range: linesRange(ls, 0, ls.length - 1) };
    return { name: i === 0 ? 'lines' : 'flat', lines: ls, parts: parseActParts(sourceOf(ls), item) };
  });
}

/** The text a range covers, line breaks read as spaces. */
function at(lines: readonly string[], r: Range): string {
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l]);
  parts.push(lines[r.end.line].slice(0, r.end.character));
  return parts.join(' ');
}

const EXTRAIT = [
  'Envoyé en préfecture le 03/02/2023',
  'Reçu en préfecture le 03/02/2023',
  'ID : 044-214400012-20230130-2023_012-DE',
  'COMMUNE DE SAINT-AUBIN-DES-PRÉS',
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  'Séance du lundi 30 janvier 2023',
  'Secrétaire de séance : Mme Anne LEROUX',
  'Délibération n° 2023-012 Objet : Tarifs de la salle polyvalente',
  'Le Conseil municipal,',
  'Vu le Code général des collectivités territoriales, notamment ses articles L. 2121-29 et L. 2122-21 ;',
  'Vu la loi n° 2019-1461 du 27 décembre 2019 relative à l’engagement dans la vie locale ;',
  'Vu la délibération n° 2022-045 du 12 décembre 2022 fixant les tarifs communaux ;',
  'Vu l’avis favorable de la commission des finances du 18 janvier 2023 ;',
  'Considérant que les tarifs n’ont pas été revus depuis 2019 ;',
  'Considérant la hausse du coût de l’énergie,',
  'Après en avoir délibéré, à l’unanimité,',
  'DÉCIDE :',
  '– d’approuver les tarifs annexés à la présente délibération ;',
  '– de les appliquer à compter du 1er mars 2023.',
  'AUTORISE Monsieur le Maire à signer tout document s’y rapportant.',
  'DIT que les recettes seront inscrites au budget communal.',
  'Fait et délibéré à Saint-Aubin-des-Prés, le 30 janvier 2023.',
  'Pour extrait conforme,',
  'Le Maire, Bernard DUPONT',
  'Certifié exécutoire compte tenu de la transmission en préfecture le 03/02/2023 et de la publication le 06/02/2023.',
];

describe('parseActParts — a commune’s extrait', () => {
  for (const { name, lines, parts } of forms(EXTRAIT)) {
    it(`visas (${name}): kind, text without its « ; », range, code and act cited`, () => {
      const visas = parts.visas ?? [];
      expect(visas.map((v) => v.kind)).toEqual(['code', 'loi', 'deliberation', 'avis']);
      expect(visas.map((v) => v.text)).toEqual([
        'Vu le Code général des collectivités territoriales, notamment ses articles L. 2121-29 et L. 2122-21',
        'Vu la loi n° 2019-1461 du 27 décembre 2019 relative à l’engagement dans la vie locale',
        'Vu la délibération n° 2022-045 du 12 décembre 2022 fixant les tarifs communaux',
        'Vu l’avis favorable de la commission des finances du 18 janvier 2023',
      ]);
      expect(visas.map((v) => at(lines, v.range))).toEqual(visas.map((v) => v.text));
      expect(visas[0].code).toEqual({ name: 'Code général des collectivités territoriales', articles: ['L.2121-29', 'L.2122-21'] });
      expect(visas[1].act?.number?.value).toBe('2019-1461');
      expect(visas[1].act?.date?.date).toEqual({ year: 2019, month: 12, day: 27 });
      expect(visas[2].act?.number?.value).toBe('2022-045');
      expect(at(lines, visas[2].act!.number!.range)).toBe('2022-045');
      expect(visas[2].act?.date?.date).toEqual({ year: 2022, month: 12, day: 12 });
    });

    it(`considérants (${name}): each to its « ; » or « , » before the decision's intro`, () => {
      expect(parts.considerants?.map((c) => c.value)).toEqual([
        'Considérant que les tarifs n’ont pas été revus depuis 2019',
        'Considérant la hausse du coût de l’énergie',
      ]);
      for (const c of parts.considerants ?? []) expect(at(lines, c.range)).toBe(c.value);
    });

    it(`decision (${name}): from DÉCIDE to the end of DIT’s sentence, its verbs located`, () => {
      const d = parts.decision!;
      expect(d.verbs.map((v) => v.value)).toEqual(['DÉCIDE', 'AUTORISE', 'DIT']);
      for (const v of d.verbs) expect(at(lines, v.range)).toBe(v.value);
      const text = at(lines, d.range);
      expect(text.startsWith('DÉCIDE :')).toBe(true);
      expect(text.endsWith('inscrites au budget communal.')).toBe(true);
    });

    it(`signature (${name}): place, date, the maire named, the executory mention with its dates`, () => {
      const s = parts.signature!;
      expect(s.place?.value).toBe('Saint-Aubin-des-Prés');
      expect(at(lines, s.place!.range)).toBe('Saint-Aubin-des-Prés');
      expect(s.date?.date).toEqual({ year: 2023, month: 1, day: 30 });
      expect(at(lines, s.date!.range)).toBe('30 janvier 2023');
      expect(s.signatories.map((x) => [x.role, x.name?.value])).toEqual([['president', 'Bernard DUPONT']]);
      expect(at(lines, s.signatories[0].range)).toBe('Le Maire, Bernard DUPONT');
      expect(at(lines, s.signatories[0].name!.range)).toBe('Bernard DUPONT');
      expect(at(lines, s.executory!)).toBe('Certifié exécutoire compte tenu de la transmission en préfecture le 03/02/2023 et de la publication le 06/02/2023');
      expect(at(lines, s.range).startsWith('Fait et délibéré à Saint-Aubin-des-Prés')).toBe(true);
      // The header naming the secretary is no signature.
      expect(s.signatories.some((x) => x.role === 'secretary')).toBe(false);
    });
  }
});

const REGION = [
  'DÉLIBÉRATION N°CP 2023-031 DU 25 JANVIER 2023',
  'AIDE AUX COMMUNES RURALES : PREMIÈRE AFFECTATION 2023',
  'La commission permanente du conseil régional,',
  'VU le code général des collectivités territoriales ;',
  'VU la délibération n° CR 57-01 du 13 décembre 2001 relative aux contrats ruraux ;',
  'VU le budget de la région pour 2023 ;',
  'VU l’avis de la commission des finances ;',
  'Après en avoir délibéré,',
  'Article 1 : Décide de participer au financement des opérations figurant en annexe 1 à la présente délibération.',
  'Article 2 : Approuve l’avenant n° 1 au contrat de la commune de Bréval. Autorise la présidente à le signer.',
  'La présidente du conseil régional a présenté ce rapport en séance.',
];

describe('parseActParts — numbered articles', () => {
  for (const { name, lines, parts } of forms(REGION)) {
    it(`VU in capitals, a cited act with a lettered number, articles in sequence (${name})`, () => {
      expect(parts.visas?.map((v) => v.kind)).toEqual(['code', 'deliberation', 'other', 'avis']);
      expect(parts.visas?.[1].text).toBe('VU la délibération n° CR 57-01 du 13 décembre 2001 relative aux contrats ruraux');
      expect(parts.visas?.[1].act?.date?.date).toEqual({ year: 2001, month: 12, day: 13 });
      expect(parts.considerants).toBeUndefined();
      const d = parts.decision!;
      // Mixed-case verbs are no capitalised verbs: the decision is its articles.
      expect(d.verbs).toEqual([]);
      const text = at(lines, d.range);
      expect(text.startsWith('Article 1 : Décide')).toBe(true);
      // The last article's next sentence opens with a verb: it is the article's; the prose after is not.
      expect(text.endsWith('Autorise la présidente à le signer.')).toBe(true);
      expect(parts.signature).toBeUndefined();
    });
  }

  it('`Article 1er –` and `Article 1° :` open a decision; an `Article 3 :` alone quotes another text', () => {
    const [a] = forms(['Vu le budget ;', 'DECIDE', 'Article 1er – d’accepter la proposition du centre de gestion.']);
    expect(a.parts.decision?.verbs.map((v) => v.value)).toEqual(['DECIDE']);
    expect(at(a.lines, a.parts.decision!.range)).toBe('DECIDE Article 1er – d’accepter la proposition du centre de gestion.');
    const [b] = forms(['La convention prévoit en son Article 3 : La durée est de trois ans.']);
    expect(b.parts.decision).toBeUndefined();
  });
});

/** Visas with no separator, considérants ended by the maire's proposal, infinitives in capitals. */
const PROPOSAL = [
  'N° 2023-015 JEUNESSE – Convention avec l’association des familles',
  'Vu la loi n°92-125 relative à l’administration territoriale de la République',
  'Vu le Code Général des Collectivités Territoriales',
  'Considérant que la convention précédente arrive à son terme.',
  'Considérant que le partenariat favorise l’autonomie des jeunes',
  'M. le Maire propose aux membres du Conseil Municipal D’AUTORISER M. le Maire à signer la convention.',
  'ADOPTÉ À L’UNANIMITÉ',
  'M. GIRARD signale que le club a changé de président.',
];

describe('parseActParts — a compte rendu’s item', () => {
  for (const { name, lines, parts } of forms(PROPOSAL)) {
    it(`visas end at the next Vu, considérants at their full stop or the proposal, D’AUTORISER is the decision (${name})`, () => {
      expect(parts.visas?.map((v) => v.text)).toEqual([
        'Vu la loi n°92-125 relative à l’administration territoriale de la République',
        'Vu le Code Général des Collectivités Territoriales',
      ]);
      expect(parts.considerants?.map((c) => c.value)).toEqual([
        'Considérant que la convention précédente arrive à son terme',
        'Considérant que le partenariat favorise l’autonomie des jeunes',
      ]);
      const d = parts.decision!;
      expect(d.verbs.map((v) => v.value)).toEqual(['AUTORISER']);
      expect(at(lines, d.verbs[0].range)).toBe('AUTORISER');
      expect(at(lines, d.range)).toBe('D’AUTORISER M. le Maire à signer la convention.');
    });
  }
});

describe('parseActParts — signatures', () => {
  const row = [
    'DIT que la présente délibération sera affichée.',
    'Fait et délibéré les jour, mois et an susdits.',
    'Le secrétaire de séance, Le Maire,',
    'Claire MOREAU Paul GIRARD',
  ];
  for (const { name, lines, parts } of forms(row)) {
    it(`roles printed side by side take their names in order (${name}); « les jour, mois et an susdits » dates nothing`, () => {
      const s = parts.signature!;
      expect(s.signatories.map((x) => [x.role, x.name?.value])).toEqual([
        ['secretary', 'Claire MOREAU'],
        ['president', 'Paul GIRARD'],
      ]);
      expect(at(lines, s.signatories[1].name!.range)).toBe('Paul GIRARD');
      expect(s.date).toBeUndefined();
      expect(s.place).toBeUndefined();
      expect(s.executory).toBeUndefined();
      // The decision stops where the signature starts.
      expect(at(lines, parts.decision!.range)).toBe('DIT que la présente délibération sera affichée.');
    });
  }

  it('a row with fewer names than roles names no one (which name is whose is not certain)', () => {
    for (const { parts } of forms(['Fait et délibéré les jour, mois et an susdits.', 'Le secrétaire de séance, Le Maire,', 'Paul GIRARD'])) {
      expect(parts.signature?.signatories.map((x) => [x.role, x.name?.value])).toEqual([
        ['secretary', undefined],
        ['president', undefined],
      ]);
    }
  });

  for (const { name, lines, parts } of forms([
    'APPROUVE le compte rendu.',
    'Signé électroniquement par : Marie LAMBERT',
    'Date de signature : 06/02/2023',
    'Qualité : Présidente',
  ])) {
    it(`an electronic signature: the signer, her quality, the date of signature (${name})`, () => {
      const s = parts.signature!;
      expect(s.signatories.map((x) => [x.role, x.name?.value])).toEqual([['president', 'Marie LAMBERT']]);
      expect(s.date?.date).toEqual({ year: 2023, month: 2, day: 6 });
      expect(at(lines, s.date!.range)).toBe('06/02/2023');
    });
  }

  it('a list of deliberations signed at its end: a role with a name right before the end stands alone', () => {
    for (const { parts } of forms(['Vote du budget primitif 2023 Approuvée à l’unanimité', 'Le Maire, Jean-Philippe MARTIN'])) {
      expect(parts.signature?.signatories.map((x) => [x.role, x.name?.value])).toEqual([['president', 'Jean-Philippe MARTIN']]);
    }
  });

  it('`Extrait certifié conforme et exécutoire :` is both a sealing and the executory mention', () => {
    for (const { lines, parts } of forms(['AUTORISE le Maire à signer.', 'Extrait certifié conforme et exécutoire :', 'Le Maire, Denis FAURE'])) {
      expect(parts.signature?.signatories[0].name?.value).toBe('Denis FAURE');
      expect(at(lines, parts.signature!.executory!)).toBe('certifié conforme et exécutoire');
    }
  });
});

describe('parseActParts — what looks like a part and is none', () => {
  const cases: [string, string[]][] = [
    ['prose opened by Vu', ['Vu l’heure tardive, la séance est levée.', 'Il est vingt-deux heures.']],
    ['Au vu de', ['Au Vu de ces éléments, le conseil est invité à se prononcer.']],
    ['a first name Vu', ['Présents : M. Vu NGUYEN, Mme Anne LEROUX.']],
    ['VU ET APPROUVÉ', ['VU ET APPROUVÉ PAR LE CONSEIL']],
    ['a title in capitals', ['AUTORISATION DE SIGNER LA CONVENTION AVEC LE DÉPARTEMENT', 'LE MAIRE AUTORISE LA SIGNATURE']],
    ['an attendance label', ['ABSENTS AYANT DONNE PROCURATION : M. Paul MARTIN à Mme Anne LEROUX']],
    ['a lieu-dit', ['Parcelle sise au LIEU-DIT Les Granges']],
    ['the maire in prose', ['Le Maire, après avoir rappelé le contexte, propose de reporter le point.']],
    ['the header naming the secretary', ['Le secrétaire de séance : Anne LEROUX', 'Présents : M. Paul MARTIN']],
    ['a decision executory on a date (not a mention)', ['Décision n° 2022-1 du 18 novembre 2022 exécutoire le 22 novembre 2022']],
  ];
  for (const [what, lines] of cases) {
    it(what, () => {
      for (const { parts } of forms(lines)) expect(parts).toEqual({});
    });
  }

  it('a considérant needs what a considérant says after its word', () => {
    for (const { parts } of forms(['Considérant délibération, d’actions Collectivités'])) expect(parts.considerants).toBeUndefined();
  });
});

describe('parseActParts — masked stamps, bounds, garbage', () => {
  it('a stamp repeated inside a visa is read as blanks: not in its text, and its dates are not the cited act’s', () => {
    const lines = [
      'Vu la délibération n° 2022-045',
      'Envoyé en préfecture le 09/02/2023',
      'Reçu en préfecture le 09/02/2023',
      'ID : 091-219102860-20230130-DEL_2023_007-DE',
      'du 12 décembre 2022 fixant les tarifs ;',
      'Vu le Code de l’urbanisme ;',
    ];
    for (const { parts } of forms(lines)) {
      const [v, w] = parts.visas ?? [];
      expect(v.text).toBe('Vu la délibération n° 2022-045 du 12 décembre 2022 fixant les tarifs');
      expect(v.act?.number?.value).toBe('2022-045');
      expect(v.act?.date).toBeUndefined();
      expect(w.text).toBe('Vu le Code de l’urbanisme');
    }
  });

  it('a number the citation reader cut (`n° 052.2011`) is left out rather than read short', () => {
    for (const { parts } of forms(['Vu le Plan Local d’Urbanisme approuvé par délibération n° 052.2011 du 5 juillet 2011 ;'])) {
      expect(parts.visas?.[0].kind).toBe('deliberation');
      expect(parts.visas?.[0].act?.number).toBeUndefined();
      expect(parts.visas?.[0].act?.date?.date).toEqual({ year: 2011, month: 7, day: 5 });
    }
  });

  it('a `;` inside « » does not end a visa', () => {
    for (const { parts } of forms(['Vu l’article L.151-5 du Code de l’urbanisme précisant que « le projet définit : 1° les orientations ; 2° les objectifs » ;', 'Vu la loi ;'])) {
      expect(parts.visas?.map((v) => v.kind)).toEqual(['code', 'loi']);
      expect(parts.visas?.[0].text.endsWith('2° les objectifs »')).toBe(true);
      expect(parts.visas?.[0].code?.articles).toEqual(['L.151-5']);
    }
  });

  it('reads only within the item’s range', () => {
    const lines = ['Vu le budget ;', 'APPROUVE le compte.', 'Vu la loi ;', 'DÉCIDE de reporter.'];
    const source = sourceOf(lines);
    const parts = parseActParts(source, { range: linesRange(lines, 2, 3) });
    expect(parts.visas?.map((v) => v.text)).toEqual(['Vu la loi']);
    expect(parts.decision?.verbs.map((v) => v.value)).toEqual(['DÉCIDE']);
  });

  it('a visa that never ends (no `;`, no landmark, past the longest visa) is dropped', () => {
    for (const { parts } of forms([`Vu le projet ${'très long '.repeat(400)}`])) expect(parts.visas).toBeUndefined();
  });

  it('at most 500 visas per item', () => {
    const lines = Array.from({ length: 600 }, (_, i) => `Vu la délibération n° ${i + 1} ;`);
    for (const { parts } of forms(lines)) expect(parts.visas).toHaveLength(500);
  });

  it('never throws, on garbage and on pathological input', () => {
    const inputs = [
      '',
      ' '.repeat(1_000_000),
      '9'.repeat(1_000_000),
      'Vu '.repeat(100_000),
      '«'.repeat(100_000),
      'Considérant que '.repeat(50_000),
      'Article 1 : '.repeat(50_000),
      'Le Maire, '.repeat(50_000),
      'DÉCIDE D’APPROUVER '.repeat(50_000),
      'Fait à A, le '.repeat(50_000),
      'AA '.repeat(200_000),
      '\u0000\uFFFF\uD800',
    ];
    for (const text of inputs) {
      const lines = [text];
      expect(() => parseActParts(sourceOf(lines), { range: linesRange(lines, 0, 0) })).not.toThrow();
    }
    const lines = ['Vu le budget ;'];
    // A range past the text, or reversed.
    expect(parseActParts(sourceOf(lines), { range: { start: { line: 5, character: 0 }, end: { line: 9, character: 0 } } })).toEqual({});
    expect(parseActParts(sourceOf(lines), { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 2 } } })).toEqual({});
  });
});

describe('through the pipeline: each part goes to the item whose span holds it', () => {
  const PV = [
    'COMMUNAUTÉ DE COMMUNES DU PAYS DES HERBIERS',
    'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 12 FÉVRIER 2020',
    "L'an deux mille vingt, le douze février à dix-huit heures trente, le Conseil de communauté s'est réuni sous la présidence de Mme Véronique BESSE, Présidente.",
    '1 - Budget primitif 2020',
    'Vu le Code général des collectivités territoriales ;',
    'Le Conseil, après en avoir délibéré, à l’unanimité, APPROUVE le budget primitif 2020.',
    '2 - Tarifs de la piscine intercommunale',
    'Vu la délibération n° 2019-088 du 10 décembre 2019 ;',
    'Considérant la hausse des charges ;',
    'Le Conseil, après en avoir délibéré, par 30 voix pour et 2 abstentions, FIXE les tarifs.',
    'Fait et délibéré aux Herbiers, les jour, mois et an susdits.',
    'La Présidente, Véronique BESSE',
  ];
  for (const [name, text] of [
    ['lines', PV.join('\n')],
    ['flat', PV.join(' ')],
  ]) {
    it(`a procès-verbal’s two items (${name})`, () => {
      const [d] = createAnalyzer().analyze(text).dossiers;
      const [a, b] = d.meeting.items;
      expect(d.meeting.items).toHaveLength(2);
      expect(a.visas?.map((v) => v.kind)).toEqual(['code']);
      expect(a.considerants).toBeUndefined();
      expect(a.decision?.verbs.map((v) => v.value)).toEqual(['APPROUVE']);
      expect(a.signature).toBeUndefined();
      expect(b.visas?.map((v) => v.act?.number?.value)).toEqual(['2019-088']);
      expect(b.considerants?.map((c) => c.value)).toEqual(['Considérant la hausse des charges']);
      expect(b.decision?.verbs.map((v) => v.value)).toEqual(['FIXE']);
      expect(b.signature?.signatories.map((x) => [x.role, x.name?.value])).toEqual([['president', 'Véronique BESSE']]);
    });
  }
});
