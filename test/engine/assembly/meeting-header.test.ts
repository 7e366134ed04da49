import { describe, expect, it } from 'vitest';
import { parseMeetingHeader, type MeetingHeader } from '../../../engine/model/assembly/meeting-header';
import { parseActesStamps } from '../../../engine/model/assembly/stamps';
import { sourceOfLines, type Source } from '../../../engine/model/assembly/source';
import type { Range } from '../../../engine/model/types';
import type { TemplateProfile, Vocabulary } from '../../../engine/templates/types';
import { MEETING } from '../../../engine/templates/vocabulary/meeting';
import { STAMPS } from '../../../engine/templates/vocabulary/stamps';

/** A profile holding only the vocabulary these readers read. */
const PROFILE: TemplateProfile = {
  id: 'generic',
  name: { fr: 'test', en: 'test' },
  detect: () => 1,
  excusedHoldsProxy: false,
  layout: 'one-act',
  vocabulary: { stamps: STAMPS, meeting: MEETING } as unknown as Vocabulary,
};

/** The document as the engine receives it: stamps read first, then masked for the header's reader. */
function header(lines: string[], mask = true): { h: MeetingHeader; src: Source } {
  const src = sourceOfLines(lines, PROFILE);
  const masked = mask ? { ...src, masked: parseActesStamps(src).spans } : src;
  return { h: parseMeetingHeader(masked), src: masked };
}

/** The same document flattened the way open-data texts are: one line, blanks collapsed. */
const flatten = (lines: string[]): string[] => [lines.join(' ').replace(/\s+/g, ' ')];

/** The text a range covers, lines joined by one space (as the reader sees them). */
function at(lines: readonly string[], r: Range): string {
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l].trim());
  parts.push(lines[r.end.line].slice(0, r.end.character).trimStart());
  return parts.join(' ');
}

const iso = (d: { year: number; month: number; day: number } | undefined) =>
  d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

const EXTRAIT = [
  'Envoyé en préfecture le 20/03/2023',
  'Reçu en préfecture le 20/03/2023',
  'Publié le 21/03/2023',
  'ID : 044-214400012-20230314-DEL2023_014-DE',
  'RÉPUBLIQUE FRANÇAISE',
  'Département de la Loire-Exemple',
  'Arrondissement de Nantes',
  'COMMUNE DE SAINT-EXEMPLE',
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  'Séance du mardi 14 mars 2023',
  "L'an deux mille vingt-trois, le quatorze mars, à dix-neuf heures trente, le Conseil",
  'municipal de la commune de Saint-Exemple, légalement convoqué le huit mars, s’est réuni à',
  'la salle du conseil municipal, sous la présidence de Madame Claire DUVAL, Maire.',
  'Date de convocation : 8 mars 2023',
  'Présents : Mme Claire DUVAL, M. Paul MARTIN, Mme Lucie BRUN',
  'Secrétaire de séance : M. Paul MARTIN',
  'Objet : Tarifs de la restauration scolaire',
  'Vu la délibération du conseil municipal du 12 décembre 2022 fixant les tarifs ;',
  'Vu la délibération n° 2022-045 du 5 juillet 2022 ;',
  'Le conseil municipal, après en avoir délibéré, APPROUVE les tarifs.',
  'Fait et délibéré en séance, le 14 mars 2023.',
];

describe('an extrait of a commune', () => {
  for (const [form, lines] of [['line-structured', EXTRAIT], ['flattened', flatten(EXTRAIT)]] as const) {
    it(`reads its header field by field (${form})`, () => {
      const { h } = header(lines);
      expect(h.collectivite.kind).toBe('commune');
      expect(h.collectivite.name?.value).toBe('COMMUNE DE SAINT-EXEMPLE');
      expect(h.body?.value).toBe('conseil-municipal');
      expect(h.date).toMatchObject({ place: 'title', text: '14 mars 2023', date: { year: 2023, month: 3, day: 14 } });
      expect(h.date?.weekday?.value).toBe(2);
      expect(h.dateMentions.map((m) => `${m.place} ${iso(m.date)}${m.inWords ? ' words' : ''}`)).toEqual([
        'title 2023-03-14',
        'opening 2023-03-14 words',
        'signature 2023-03-14',
      ]);
      expect(h.time?.value).toBe('dix-neuf heures trente');
      // The opening's convocation has no year: the meeting's.
      expect(h.convocation).toMatchObject({ text: 'huit mars', date: { year: 2023, month: 3, day: 8 } });
      expect(h.convocation?.urgency).toBeUndefined();
      expect(h.secondConvocation).toBeUndefined();
      expect(h.place?.value).toBe('la salle du conseil municipal');
      expect(h.president?.value).toBe('Madame Claire DUVAL');
      expect(h.secretary?.value).toBe('M. Paul MARTIN');
    });
  }

  it('points each reading at its words', () => {
    const { h } = header(EXTRAIT);
    expect(at(EXTRAIT, h.date!.range)).toBe('14 mars 2023');
    expect(h.date!.range.start.line).toBe(9);
    expect(at(EXTRAIT, h.date!.weekday!.range)).toBe('mardi');
    expect(at(EXTRAIT, h.dateMentions[1].range)).toBe("L'an deux mille vingt-trois, le quatorze mars");
    expect(at(EXTRAIT, h.dateMentions[2].range)).toBe('14 mars 2023');
    expect(h.dateMentions[2].range.start.line).toBe(20);
    expect(at(EXTRAIT, h.convocation!.range)).toBe('huit mars');
    expect(at(EXTRAIT, h.collectivite.name!.range)).toBe('COMMUNE DE SAINT-EXEMPLE');
    expect(at(EXTRAIT, h.body!.range)).toBe('CONSEIL MUNICIPAL');
    expect(at(EXTRAIT, h.president!.range)).toBe('Madame Claire DUVAL');
    expect(at(EXTRAIT, h.secretary!.range)).toBe('M. Paul MARTIN');
    expect(at(EXTRAIT, h.place!.range)).toBe('la salle du conseil municipal');
    expect(at(EXTRAIT, h.time!.range)).toBe('dix-neuf heures trente');
  });

  it('never takes the stamp’s date, masked or not, nor a visa’s', () => {
    for (const mask of [true, false]) {
      const { h } = header(EXTRAIT, mask);
      expect(iso(h.date?.date)).toBe('2023-03-14');
      const dates = h.dateMentions.map((m) => iso(m.date));
      expect(dates).not.toContain('2023-03-20');
      expect(dates).not.toContain('2022-12-12');
      expect(dates).not.toContain('2022-07-05');
    }
  });

  it('keeps an opening whose year differs from the title’s: the rules report it', () => {
    const lines = EXTRAIT.map((l) => l.replace("L'an deux mille vingt-trois", "L'an deux mille vingt-deux"));
    const { h } = header(lines);
    expect(iso(h.date?.date)).toBe('2023-03-14');
    expect(h.dateMentions.map((m) => `${m.place} ${iso(m.date)}`)).toEqual(['title 2023-03-14', 'opening 2022-03-14', 'signature 2023-03-14']);
  });
});

const BUREAU = [
  'COMMUNAUTÉ DE COMMUNES DES TROIS VALLÉES',
  'BUREAU COMMUNAUTAIRE du lundi 16 janvier 2023',
  'PROCÈS-VERBAL',
  'Sous la présidence de Monsieur Jean-Pierre ROUX, Président.',
  'Présents : Jean-Pierre ROUX, Anne LEROY, Marc BLANC',
  'Secrétaire de séance : Anne LEROY',
  'Par convocation en date du 9 janvier 2023, l’ordre du jour est le suivant :',
  '1 - Approbation du procès-verbal de la séance du 12 décembre 2022',
  '2 - Attribution d’un marché de travaux',
  'Le procès-verbal du Bureau du 12 décembre 2022 est approuvé à l’unanimité.',
];

describe('the minutes of an intercommunalité’s bureau', () => {
  for (const [form, lines] of [['line-structured', BUREAU], ['flattened', flatten(BUREAU)]] as const) {
    it(`reads the bureau, its date and convocation, not the approved minutes’ date (${form})`, () => {
      const { h } = header(lines);
      expect(h.collectivite).toMatchObject({ kind: 'epci' });
      expect(h.collectivite.name?.value).toBe('COMMUNAUTÉ DE COMMUNES DES TROIS VALLÉES');
      expect(h.body?.value).toBe('bureau');
      expect(iso(h.date?.date)).toBe('2023-01-16');
      expect(h.date?.place).toBe('title');
      expect(h.date?.weekday?.value).toBe(1);
      expect(h.dateMentions.map((m) => iso(m.date))).toEqual(['2023-01-16']);
      expect(iso(h.convocation?.date)).toBe('2023-01-09');
      expect(h.president?.value).toBe('Monsieur Jean-Pierre ROUX');
      expect(h.secretary?.value).toBe('Anne LEROY');
      expect(h.time).toBeUndefined();
      expect(h.place).toBeUndefined();
    });
  }
});

const COMMISSION = [
  'CONSEIL RÉGIONAL DES HAUTS-EXEMPLE',
  'DÉLIBÉRATION N°CP 2023-031 DU 8 FÉVRIER 2023',
  'AIDES AUX COMMUNES RURALES',
  'La commission permanente du conseil régional des Hauts-Exemple,',
  'VU le code général des collectivités territoriales ;',
  'VU la délibération n° CR 2021-05 du 2 juillet 2021 portant délégation ;',
  'Après en avoir délibéré,',
  'Article 1 : Décide d’attribuer les aides.',
];

describe('a deliberation of a région’s commission permanente', () => {
  for (const [form, lines] of [['line-structured', COMMISSION], ['flattened', flatten(COMMISSION)]] as const) {
    it(`reads the région, the commission and the act’s date (${form})`, () => {
      const { h } = header(lines);
      expect(h.collectivite.kind).toBe('region');
      expect(h.collectivite.name?.value).toBe('CONSEIL RÉGIONAL DES HAUTS-EXEMPLE');
      expect(h.body?.value).toBe('commission-permanente');
      expect(h.date).toMatchObject({ place: 'title', text: '8 FÉVRIER 2023' });
      expect(h.dateMentions.map((m) => iso(m.date))).toEqual(['2023-02-08']);
      expect(h.convocation).toBeUndefined();
    });
  }
});

const SYNDICAT = [
  'SYNDICAT MIXTE DES EAUX DU BASSIN',
  'COMITÉ SYNDICAL',
  'Séance du 5 avril 2023',
  'L’an deux mille vingt-trois, le cinq avril à 18 h 00, le Comité syndical, dûment convoqué en urgence',
  'le 3 avril 2023, s’est réuni au siège du syndicat, sous la présidence de M. Luc BERNARD.',
  'Le quorum n’ayant pas été atteint lors de la séance du 29 mars 2023, le comité délibère sans condition de quorum.',
  'Mme Sophie PETIT a été désignée secrétaire de séance.',
];

describe('a syndicat on second convocation, convoked in urgency', () => {
  for (const [form, lines] of [['line-structured', SYNDICAT], ['flattened', flatten(SYNDICAT)]] as const) {
    it(`reads the comité, the urgency and the second convocation (${form})`, () => {
      const { h } = header(lines);
      expect(h.collectivite.kind).toBe('syndicat');
      expect(h.collectivite.name?.value).toBe('SYNDICAT MIXTE DES EAUX DU BASSIN');
      expect(h.body?.value).toBe('comite-syndical');
      expect(iso(h.date?.date)).toBe('2023-04-05');
      expect(h.dateMentions.map((m) => `${m.place} ${iso(m.date)}`)).toEqual(['title 2023-04-05', 'opening 2023-04-05']);
      expect(h.time?.value).toBe('18 h 00');
      expect(h.convocation).toMatchObject({ text: '3 avril 2023', urgency: true });
      expect(h.secondConvocation).toBeDefined();
      expect(h.president?.value).toBe('M. Luc BERNARD');
      expect(h.secretary?.value).toBe('Mme Sophie PETIT');
      expect(h.place?.value).toBe('au siège du syndicat');
    });
  }
});

describe('headers without a title', () => {
  const OPENING = [
    'Ville de Bourg-Exemple',
    'Le vendredi 31 mars 2023, à 19h30, le Conseil Municipal régulièrement convoqué en séance le 23 mars 2023,',
    's’est réuni sous la présidence de M. Jean DUPONT.',
    'Il nomme Romain Dupré, secrétaire de séance.',
  ];

  it('takes the opening sentence’s date, and `convoqué en séance le` for the convocation', () => {
    for (const lines of [OPENING, flatten(OPENING)]) {
      const { h } = header(lines);
      expect(h.date).toMatchObject({ place: 'opening', text: '31 mars 2023' });
      expect(h.date?.weekday?.value).toBe(5);
      expect(h.time?.value).toBe('19h30');
      expect(iso(h.convocation?.date)).toBe('2023-03-23');
      expect(h.collectivite).toMatchObject({ kind: 'commune' });
      expect(h.collectivite.name?.value).toBe('Ville de Bourg-Exemple');
      expect(h.president?.value).toBe('M. Jean DUPONT');
      expect(h.secretary?.value).toBe('Romain Dupré');
    }
  });

  it('reads the year before for a convocation in a later month (`le trente décembre` for a January meeting)', () => {
    const { h } = header(['L’an deux mille vingt-quatre, le huit janvier, le Conseil municipal, dûment convoqué le trente décembre, s’est réuni en mairie.']);
    expect(iso(h.date?.date)).toBe('2024-01-08');
    expect(iso(h.convocation?.date)).toBe('2023-12-30');
  });

  it('reads `s’est réuni le …` in the body’s own sentence, not a commission’s', () => {
    const { h } = header(['Le Conseil Municipal s’est réuni le 17 mars 2023 à 20 h 30 en session ordinaire.']);
    expect(h.date).toMatchObject({ place: 'opening', text: '17 mars 2023' });
    expect(h.time?.value).toBe('20 h 30');
    const other = header(['Après avis de la commission « Travaux » réunie en séance le 7 février 2023, le Président a signé.']);
    expect(other.h.date).toBeUndefined();
  });
});

describe('what is not the meeting’s date', () => {
  it('leaves the date undefined in a report that states none', () => {
    const REPORT = [
      'Envoyé en préfecture le 22/02/2023',
      'Reçu en préfecture le 22/02/2023',
      'ID : 030-200000001-20230216-C2023_01_01-DE',
      'EXEMPLE AGGLOMÉRATION',
      'RAPPORT DÉVELOPPEMENT DURABLE 2022',
      'Plan approuvé en conseil communautaire le 19 décembre 2019, modifié le 30 mars 2023.',
      'Le présent document a été délibéré par la chambre le 22 septembre 2022.',
      'Approbation du procès-verbal de la séance du 20 octobre 2022.',
      'Vu la délibération du Conseil Municipal du 5 juillet 2011 ;',
    ];
    for (const lines of [REPORT, flatten(REPORT)]) {
      const { h } = header(lines);
      expect(h.date).toBeUndefined();
      expect(h.dateMentions).toEqual([]);
      expect(h.convocation).toBeUndefined();
      expect(h.collectivite.kind).toBe('epci');
      expect(h.collectivite.name?.value).toBe('EXEMPLE AGGLOMÉRATION');
    }
  });

  it('prefers the minutes’ own title over the session that approves them, and leaves the other date out', () => {
    const { h } = header([
      'CONSEIL MUNICIPAL JEUDI 04 JUIN 2020',
      'PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 30 JANVIER 2020',
      'Le procès-verbal du conseil municipal du 12 décembre 2019 est approuvé.',
    ]);
    expect(iso(h.date?.date)).toBe('2020-01-30');
    expect(h.dateMentions.map((m) => iso(m.date))).toEqual(['2020-01-30']);
  });

  it('reads a commune’s header naming its département and its intercommunalité', () => {
    const lines = [
      'Commune de VILLENEUVE-EXEMPLE',
      'Membre de la communauté de communes du Pays Exemple',
      'Arrondissement de Fontenay',
      'Département de la Vendée',
      'SÉANCE DU CONSEIL MUNICIPAL DU 13/01/2023',
    ];
    for (const l of [lines, flatten(lines)]) {
      const { h } = header(l);
      expect(h.collectivite.kind).toBe('commune');
      expect(h.collectivite.name?.value).toBe('Commune de VILLENEUVE-EXEMPLE');
      expect(h.date?.text).toBe('13/01/2023');
    }
  });

  it('reads `X a été élu(e) secrétaire de séance` with the name before the verb', () => {
    const { h } = header(['Absents : Mme Julie ROUX. M. Éric VERDIER a été élu secrétaire de séance.']);
    expect(h.secretary?.value).toBe('M. Éric VERDIER');
  });

  it('leaves a presidency without a name out (`sous la présidence de Monsieur le Maire`)', () => {
    const { h } = header(['Le Conseil municipal s’est réuni sous la présidence de Monsieur le Maire. Présents : Anne DURAND']);
    expect(h.president).toBeUndefined();
  });
});

describe('garbage', () => {
  it('never throws', () => {
    const inputs = [
      [''],
      [' '],
      ['Séance du'],
      ["L'an deux mille vingt-trois, le"],
      ['sous la présidence de'],
      ['Secrétaire de séance :'],
      ['convoqué le 31 février'],
      ['Séance du '.repeat(2000)],
      ['M. '.repeat(3000)],
      ['1 '.repeat(5000)],
      ['\u0000\u0016'.repeat(100)],
      ['Communauté de Communes '.repeat(300)],
    ];
    for (const lines of inputs) expect(() => header(lines)).not.toThrow();
    expect(header(['convoqué le 31 février']).h.convocation).toBeUndefined();
  });
});
