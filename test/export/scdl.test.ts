/** SCDL « Délibérations » rows from meetings: each field, the schema's rules, the notices, CSV and JSON. */
import { describe, expect, it } from 'vitest';
import { budgetOf } from '../../engine/export/budget';
import { toJson } from '../../engine/export/json';
import { ACTES_MATIERES, matiereByCode, plainMatiere } from '../../engine/export/matieres';
import { SCDL_FIELDS, scdlRows, toCsv, type ScdlContext } from '../../engine/export/scdl';
import type { ActesStamp, AttendanceCount, Dossier, ItemVote, Meeting, MeetingItem, Range } from '../../engine/model/types';
import { resolveOptions, type AnalyzerOptions } from '../../engine/options';
import { csvRows, FIELDS, ruleErrors } from './scdl-rules';

const R: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const at = (line: number): Range => ({ start: { line, character: 0 }, end: { line, character: 10 } });
const loc = <T>(value: T) => ({ value, range: R });
const day = (year: number, month: number, d: number) => ({ date: { year, month, day: d }, text: `${d}/${month}/${year}`, range: R });

function count(kind: AttendanceCount['kind'], value: number, items?: string): AttendanceCount {
  return { kind, value, range: R, labelRange: R, ...(items ? { items: loc(items) } : {}) };
}

function vote(figures: Partial<Record<'pour' | 'contre' | 'abstention' | 'nppv' | 'votants' | 'exprimes', number>>, formula?: ItemVote['formula'] extends infer F ? F extends { value: infer V } ? V : never : never): ItemVote {
  return {
    figures: Object.fromEntries(Object.entries(figures).map(([kind, value]) => [kind, loc(value)])),
    ...(formula ? { formula: loc(formula) } : {}),
    names: {},
    range: R,
  };
}

function item(number: string | undefined, object: string | undefined, itemVote?: ItemVote, line = 10): MeetingItem {
  return { ...(number ? { number: loc(number) } : {}), ...(object ? { object: loc(object) } : {}), ...(itemVote ? { vote: itemVote } : {}), range: at(line) };
}

function stamp(id: string | undefined, received?: [number, number, number], sent?: [number, number, number]): ActesStamp {
  const parts = id?.split('-');
  return {
    ...(sent ? { sent: day(...sent) } : {}),
    ...(received ? { received: day(...received) } : {}),
    ...(id && parts
      ? { id: { text: id, departement: parts[0], siren: parts[1], date: { year: Number(parts[2].slice(0, 4)), month: Number(parts[2].slice(4, 6)), day: Number(parts[2].slice(6, 8)) }, number: parts[3], nature: parts[4], range: R } }
      : {}),
    range: R,
  };
}

function meeting(parts: Partial<Meeting>): Meeting {
  return {
    template: 'extrait',
    excusedHoldsProxy: false,
    collectivite: { kind: 'commune', name: loc('COMMUNE DE SAINT-JULIEN-LES-ROSIERS') },
    date: { ...day(2023, 2, 16), place: 'title' },
    dateMentions: [],
    attendance: { counts: [], attendees: [] },
    items: [],
    stamps: [],
    ...parts,
  } as Meeting;
}

/** The export reads `meeting` only: a Dossier-shaped object with it is enough here. */
function dossier(m: Meeting, index = 0): Dossier {
  return { meeting: m, index, range: at(0), template: m.template, notes: [] } as unknown as Dossier;
}

const CONFIGURED: AnalyzerOptions = {
  collectivite: { kind: 'commune', name: 'Commune de Saint-Julien-les-Rosiers', siret: '21300259500011', members: 27 },
  export: { baseUrl: 'https://www.saint-julien.fr/deliberations' },
};

function context(options: AnalyzerOptions = CONFIGURED, extra: Partial<ScdlContext> = {}): ScdlContext {
  return { uri: 'file:///actes/2023/DE_2023_01.txt', path: '2023/DE 2023_01.txt', options: resolveOptions(options), ...extra };
}

/** The CSV of `rows` read back, checked against the schema's rules (`requireAll`: required fields filled). */
function valid(result: ReturnType<typeof scdlRows>, requireAll = true): Record<string, string>[] {
  const rows = csvRows(toCsv(result.rows));
  expect(ruleErrors(rows, requireAll)).toEqual([]);
  return rows;
}

const EXTRAIT = meeting({
  attendance: { counts: [count('inOffice', 27), count('present', 20), count('represented', 3), count('voters', 23)], attendees: [] },
  items: [item('2023-001', 'Subvention à l\'association « Les Amis du Livre » pour l\'année 2023', vote({}, 'unanimite'))],
  stamps: [
    stamp('030-213002595-20230216-2023_001-DE', [2023, 2, 20], [2023, 2, 20]),
    // The same stamp, printed again on the next page.
    stamp('030-213002595-20230216-2023_001-DE', [2023, 2, 20], [2023, 2, 20]),
  ],
});

describe('scdlRows: one extrait', () => {
  it('fills every field the text and the configuration give', () => {
    const result = scdlRows([dossier(EXTRAIT)], context());
    expect(result.rows).toEqual([{
      COLL_NOM: 'Commune de Saint-Julien-les-Rosiers',
      COLL_SIRET: '21300259500011',
      DELIB_ID: '2023-001',
      DELIB_DATE: '2023-02-16',
      DELIB_MATIERE_CODE: '7.5',
      DELIB_MATIERE_NOM: 'finances locales/subventions',
      DELIB_OBJET: 'Subvention à l\'association « Les Amis du Livre » pour l\'année 2023',
      BUDGET_ANNEE: '',
      BUDGET_NOM: '',
      PREF_ID: 'PREF030',
      PREF_DATE: '2023-02-20',
      VOTE_EFFECTIF: 27,
      VOTE_REEL: 23,
      VOTE_POUR: 23,
      VOTE_CONTRE: 0,
      VOTE_ABSTENTION: 0,
      DELIB_URL: 'https://www.saint-julien.fr/deliberations/2023/DE%202023_01.txt',
    }]);
    expect(result.notices).toEqual([]);
    expect(result.ranges).toEqual([at(10)]);
    valid(result);
  });

  it('falls back on the text without a configuration, and says what is missing', () => {
    const result = scdlRows([dossier(EXTRAIT)], context({}));
    const [row] = result.rows;
    expect(row.COLL_NOM).toBe('COMMUNE DE SAINT-JULIEN-LES-ROSIERS');
    expect(row.COLL_SIRET).toBe('');
    expect(row.VOTE_EFFECTIF).toBe(27);
    expect(row.DELIB_URL).toBe('file:///actes/2023/DE_2023_01.txt');
    expect(result.notices.map((n) => [n.rows, n.fields])).toEqual([
      [[0], ['COLL_SIRET']],
      [[0], ['DELIB_URL']],
    ]);
    expect(result.notices[0].message.fr).toBe('SIRET non configuré (collectivite.siret) ; le tampon ACTES donne le SIREN 213002595, il y manque le NIC');
    expect(result.notices[0].message.en).toBe('SIRET not configured (collectivite.siret); the ACTES stamp gives the SIREN 213002595, without the NIC');
    expect(result.notices[1].message.en).toMatch(/local file's address: configure export\.baseUrl/);
    // Only the SIRET is missing from the required fields.
    expect(ruleErrors(csvRows(toCsv(result.rows)))).toEqual([{ row: 0, field: 'COLL_SIRET', rule: 'required' }]);
  });

  it('says when the configured SIRET is not the stamp\'s SIREN', () => {
    const result = scdlRows([dossier(EXTRAIT)], context({ collectivite: { siret: '21590350100009' } }));
    expect(result.rows[0].COLL_SIRET).toBe('21590350100009');
    expect(result.notices.find((n) => n.fields[0] === 'COLL_SIRET')?.message.fr).toMatch(/n'est pas celui du SIREN 213002595/);
  });

  it('takes the members in office from the configuration when the text has none, and a configured matter', () => {
    const m = meeting({ ...EXTRAIT, attendance: { counts: [count('voters', 23)], attendees: [] } });
    const result = scdlRows([dossier(m)], context({ ...CONFIGURED, export: { ...CONFIGURED.export, matiere: '7.10' } }));
    expect(result.rows[0]).toMatchObject({ VOTE_EFFECTIF: 27, DELIB_MATIERE_CODE: '7.10', DELIB_MATIERE_NOM: 'finances locales/divers' });
    // assembly.size means the same.
    const old = scdlRows([dossier(m)], context({ assembly: { size: 29 }, collectivite: { name: 'X', siret: '21300259500011' } }));
    expect(old.rows[0].VOTE_EFFECTIF).toBe(29);
  });

  it('writes the number without its label', () => {
    const m = meeting({ ...EXTRAIT, items: [item('N° 2023-001', 'Objet', vote({}, 'unanimite'))] });
    expect(scdlRows([dossier(m)], context()).rows[0].DELIB_ID).toBe('2023-001');
  });

  it('uses the ACTES number and date when the text gives none', () => {
    const m = meeting({ ...EXTRAIT, date: undefined, items: [item(undefined, 'Motion pour le maintien du bureau de poste', vote({ pour: 20, contre: 2, abstention: 1 }))] });
    const [row] = scdlRows([dossier(m)], context()).rows;
    expect(row).toMatchObject({ DELIB_ID: '2023_001', DELIB_DATE: '2023-02-16', DELIB_MATIERE_CODE: '9.4', VOTE_REEL: 23 });
  });

  it('leaves the stamp out when it is dated before the meeting', () => {
    const m = meeting({ ...EXTRAIT, stamps: [stamp('030-213002595-20230216-2023_001-DE', [2023, 2, 10])] });
    const result = scdlRows([dossier(m)], context());
    expect(result.rows[0]).toMatchObject({ PREF_ID: '', PREF_DATE: '' });
    expect(result.notices).toEqual([expect.objectContaining({ fields: ['PREF_ID', 'PREF_DATE'] })]);
    expect(result.notices[0].message.fr).toBe('reçue en préfecture le 2023-02-10, avant la séance du 2023-02-16 : tampon non écrit');
    valid(result);
  });

  it('takes the sending date when the stamp prints no receipt, and no PREF_ID without an ACTES ID', () => {
    const m = meeting({ ...EXTRAIT, stamps: [stamp(undefined, undefined, [2023, 2, 17])] });
    const result = scdlRows([dossier(m)], context());
    expect(result.rows[0]).toMatchObject({ PREF_ID: '', PREF_DATE: '2023-02-17' });
    expect(result.notices.map((n) => n.fields)).toEqual([['PREF_ID']]);
  });

  it('ignores a stamp of another nature (the minutes\' own)', () => {
    const m = meeting({ ...EXTRAIT, stamps: [stamp('030-213002595-20230216-PV_2023_01-AU', [2023, 2, 20])] });
    const result = scdlRows([dossier(m)], context());
    expect(result.rows[0]).toMatchObject({ PREF_ID: '', PREF_DATE: '' });
    expect(result.notices[0].message.en).toBe('the préfecture stamp is of another act than the deliberation');
  });

  it('leaves out dates that are not in the calendar', () => {
    const m = meeting({ ...EXTRAIT, date: { ...day(2073, 2, 30), place: 'title' }, stamps: [] });
    const result = scdlRows([dossier(m)], context());
    expect(result.rows[0].DELIB_DATE).toBe('');
    expect(result.notices.map((n) => n.fields)).toContainEqual(['DELIB_DATE']);
  });
});

describe('scdlRows: votes', () => {
  const one = (v: ItemVote | undefined, counts: AttendanceCount[] = []) =>
    scdlRows([dossier(meeting({ attendance: { counts, attendees: [] }, items: [item('1', 'Objet', v)] }))], context());

  it('writes the printed sides when they make up the voters', () => {
    expect(one(vote({ pour: 38, contre: 0, abstention: 1, votants: 39 })).rows[0]).toMatchObject({ VOTE_REEL: 39, VOTE_POUR: 38, VOTE_CONTRE: 0, VOTE_ABSTENTION: 1 });
  });

  it('leaves members taking no part out of VOTE_REEL', () => {
    const result = one(vote({ pour: 46, abstention: 1, nppv: 5, votants: 52 }));
    expect(result.rows[0]).toMatchObject({ VOTE_REEL: 47, VOTE_POUR: 46, VOTE_CONTRE: 0, VOTE_ABSTENTION: 1 });
    valid(result, false);
  });

  it('never writes figures that do not add up', () => {
    const result = one(vote({ pour: 20, contre: 2, abstention: 1, votants: 25 }));
    expect(result.rows[0]).toMatchObject({ VOTE_REEL: null, VOTE_POUR: null, VOTE_CONTRE: null, VOTE_ABSTENTION: null });
    expect(result.notices.find((n) => n.fields.includes('VOTE_REEL'))?.message.fr).toBe(
      '20 pour, 2 contre, 1 abstention pour 25 votants : vote non écrit (VOTE_REEL doit valoir POUR + CONTRE + ABSTENTION)',
    );
    expect(one(vote({ pour: 20, contre: 2, abstention: 1, exprimes: 21 })).rows[0].VOTE_REEL).toBeNull();
    valid(result, false);
  });

  it('counts « à l\'unanimité » as the voters for, when the voters are known', () => {
    expect(one(vote({}, 'unanimite'), [count('present', 19), count('represented', 4)]).rows[0]).toMatchObject({ VOTE_REEL: 23, VOTE_POUR: 23, VOTE_CONTRE: 0, VOTE_ABSTENTION: 0 });
    expect(one(vote({ votants: 23, abstention: 2 }, 'unanimite')).rows[0]).toMatchObject({ VOTE_REEL: 23, VOTE_POUR: 21, VOTE_ABSTENTION: 2 });
    expect(one(vote({ votants: 23, exprimes: 21 }, 'unanimite-exprimes')).rows[0]).toMatchObject({ VOTE_REEL: 23, VOTE_POUR: 21, VOTE_CONTRE: 0, VOTE_ABSTENTION: 2 });
    const unknown = one(vote({}, 'unanimite'));
    expect(unknown.rows[0].VOTE_POUR).toBeNull();
    expect(unknown.notices.map((n) => n.message.en)).toContain('« à l\'unanimité » without a number of voters for this deliberation: count not written');
    // Minutes' counts say nothing certain of one item, even the only one read.
    const minutes = scdlRows([dossier(meeting({ template: 'proces-verbal', attendance: { counts: [count('voters', 23)], attendees: [] }, items: [item('1', 'Objet', vote({}, 'unanimite'))] }))], context());
    expect(minutes.rows[0].VOTE_POUR).toBeNull();
    // Counts for some items only say nothing of this one.
    expect(one(vote({}, 'unanimite'), [count('voters', 23, 'de la délibération 01 à 03')]).rows[0].VOTE_POUR).toBeNull();
  });

  it('refuses unanimity with votes against', () => {
    const result = one(vote({ votants: 23, contre: 2 }, 'unanimite'));
    expect(result.rows[0].VOTE_POUR).toBeNull();
    expect(result.notices.find((n) => n.fields.includes('VOTE_POUR'))?.message.fr).toBe('« à l\'unanimité » avec des voix contre : vote non écrit');
  });

  it('fills an unprinted side with 0 only when the text vouches for it', () => {
    expect(one(vote({ pour: 20, votants: 20 })).rows[0]).toMatchObject({ VOTE_REEL: 20, VOTE_CONTRE: 0, VOTE_ABSTENTION: 0 });
    expect(one(vote({ pour: 20, contre: 3 })).rows[0]).toMatchObject({ VOTE_REEL: 23, VOTE_ABSTENTION: 0 });
    const alone = one(vote({ pour: 20 }));
    expect(alone.rows[0].VOTE_REEL).toBeNull();
    expect(alone.notices.map((n) => n.message.en)).toContain('neither the votes against nor the abstentions are printed: vote not written');
    expect(one(undefined).notices.map((n) => n.message.en)).toContain('no vote read for this deliberation');
  });

  it('drops a count in office smaller than the votes', () => {
    const result = one(vote({ pour: 30, contre: 0, abstention: 0 }), [count('inOffice', 27)]);
    expect(result.rows[0]).toMatchObject({ VOTE_EFFECTIF: null, VOTE_REEL: 30 });
    expect(result.notices.map((n) => n.fields)).toContainEqual(['VOTE_EFFECTIF']);
  });
});

describe('scdlRows: procès-verbal of many items', () => {
  const pv = meeting({
    template: 'proces-verbal',
    attendance: { counts: [count('inOffice', 29), count('voters', 25)], attendees: [] },
    items: [
      item('DEL2023-01', 'Approbation du procès-verbal de la séance du 12 décembre 2022', vote({}, 'unanimite'), 20),
      item('DEL2023-02', 'Budget primitif 2023', vote({ pour: 21, contre: 4, abstention: 0 }), 40),
      item('DEL2023-03', 'Tarifs de la cantine scolaire', vote({ pour: 25, votants: 25 }), 60),
    ],
    stamps: [stamp('030-213002595-20230216-DEL2023_02-DE', [2023, 2, 21])],
  });

  it('writes one row per item, matching stamps by number', () => {
    const result = scdlRows([dossier(pv)], context());
    expect(result.rows.map((row) => row.DELIB_ID)).toEqual(['DEL2023-01', 'DEL2023-02', 'DEL2023-03']);
    expect(result.rows.map((row) => row.PREF_DATE)).toEqual(['', '2023-02-21', '']);
    expect(result.rows.map((row) => row.VOTE_EFFECTIF)).toEqual([29, 29, 29]);
    // The meeting's voters are not an item's: attendance changes between items.
    expect(result.rows.map((row) => row.VOTE_POUR)).toEqual([null, 21, 25]);
    expect(result.rows[1]).toMatchObject({ BUDGET_ANNEE: '2023', BUDGET_NOM: 'Budget primitif', DELIB_MATIERE_CODE: '7.1' });
    expect(result.ranges).toEqual([at(20), at(40), at(60)]);
    // One reason for two rows is one notice.
    const stampNotice = result.notices.find((n) => n.fields.join() === 'PREF_ID,PREF_DATE');
    expect(stampNotice?.rows).toEqual([0, 2]);
    valid(result, false);
  });
});

describe('budget', () => {
  it('reads plain budget acts only', () => {
    expect(budgetOf('Budget primitif 2023')).toEqual({ kind: 'read', budget: { year: '2023', name: 'Budget primitif' } });
    expect(budgetOf('BUDGET PRIMITIF 2023 – BUDGET PRINCIPAL')).toEqual({ kind: 'read', budget: { year: '2023', name: 'Budget principal' } });
    expect(budgetOf('Approbation du compte administratif 2022 du budget annexe « Eau potable »')).toEqual({ kind: 'read', budget: { year: '2022', name: 'Budget annexe Eau potable' } });
    expect(budgetOf('Décision modificative n°2 - Budget annexe assainissement de l\'exercice 2023')).toEqual({ kind: 'read', budget: { year: '2023', name: 'Budget annexe assainissement' } });
    expect(budgetOf('Vote du budget supplémentaire 2023', 2023)).toEqual({ kind: 'read', budget: { year: '2023', name: 'Budget supplémentaire' } });
    expect(budgetOf('Subvention au CCAS - budget primitif 2023')).toEqual({ kind: 'none' });
    expect(budgetOf('Tarifs municipaux 2023')).toEqual({ kind: 'none' });
    expect(budgetOf('Budgets annexes 2023')).toEqual({ kind: 'none' });
    expect(budgetOf('Vote du budget primitif 2023 - Budget annexe')).toEqual({ kind: 'none' });
    expect(budgetOf('Vote du budget primitif 2023 - Budget annexe Réseau de chaleur . PREUVE')).toEqual({ kind: 'read', budget: { year: '2023', name: 'Budget annexe Réseau de chaleur' } });
    expect(budgetOf('Adoption du compte administratif du budget annexe du service des pompes funèbres au titre de l\'exercice 2021')).toEqual({
      kind: 'read',
      budget: { year: '2021', name: 'Budget annexe service des pompes funèbres' },
    });
    expect(budgetOf('Budget primitif')).toEqual({ kind: 'no-year', act: 'Budget primitif' });
    // An OCR year far from the meeting's is no year.
    expect(budgetOf('Budget primitif 2073', 2023)).toEqual({ kind: 'no-year', act: 'Budget primitif' });
  });
});

describe('ACTES matters', () => {
  it('has the schema\'s codes, with names the validator accepts', () => {
    const expected = Object.entries({ 1: 7, 2: 3, 3: 6, 4: 5, 5: 8, 6: 5, 7: 10, 8: 9, 9: 4 }).flatMap(([level, n]) => Array.from({ length: n }, (_, i) => `${level}.${i + 1}`));
    expect(ACTES_MATIERES.map((m) => m.code)).toEqual(expected);
    for (const m of ACTES_MATIERES) {
      expect(m.name, m.code).toMatch(/^[^/,()]+\/[^/,()]+$/);
      expect(m.name).toBe(m.name.toLowerCase());
    }
    expect(matiereByCode('7.5')?.name).toBe('finances locales/subventions');
    expect(matiereByCode('8.4')?.name).toBe('domaines de compétences par thèmes/aménagement du territoire');
    expect(matiereByCode('7.11')).toBeUndefined();
  });

  it('infers a matter only where the object makes it plain', () => {
    const code = (object: string) => plainMatiere(object)?.code;
    expect(code('Attribution de subventions aux associations sportives')).toBe('7.5');
    expect(code('DEMANDE DE SUBVENTION AU TITRE DE LA DETR 2023')).toBe('7.5');
    expect(code('Budget primitif 2023')).toBe('7.1');
    expect(code('Compte de gestion 2022')).toBe('7.1');
    expect(code('Vote des taux d\'imposition 2023')).toBe('7.2');
    expect(code('Garantie d\'emprunt à Habitat 30')).toBe('7.3');
    expect(code('Fonds de concours à la commune de Vers')).toBe('7.8');
    expect(code('Mise en place du RIFSEEP')).toBe('4.5');
    expect(code('Désignation des délégués au syndicat des eaux')).toBe('5.3');
    expect(code('Indemnités de fonction des élus')).toBe('5.6');
    expect(code('Modification simplifiée n°2 du Plan Local d\'Urbanisme')).toBe('2.1');
    expect(code('Acquisition de la parcelle AB 123')).toBe('3.1');
    expect(code('Cession d\'un terrain rue des Écoles')).toBe('3.2');
    expect(code('Vœu pour le maintien de la maternité')).toBe('9.4');
    // Not plain: left empty.
    expect(code('Acquisition d\'un véhicule électrique')).toBeUndefined();
    expect(code('FINANCEMENT D\'UN ÉQUIPEMENT NUMÉRIQUE DANS LES COLLÈGES')).toBeUndefined();
    expect(code('Tableau des effectifs')).toBeUndefined();
    // Two matters: none.
    expect(code('Budget primitif 2023 : vote des subventions aux associations')).toBeUndefined();
    expect(code('')).toBeUndefined();
  });

  it('never throws on long or odd input', () => {
    for (const text of ['a'.repeat(1_000_000), ' '.repeat(1_000_000), '9'.repeat(1_000_000), 'subvention '.repeat(100_000), '\u0000\uffff\ud800']) {
      expect(() => plainMatiere(text)).not.toThrow();
      expect(() => budgetOf(text)).not.toThrow();
    }
  });
});

describe('toCsv', () => {
  it('writes the header and quotes as RFC 4180 says', () => {
    const m = meeting({ ...EXTRAIT, items: [item('2023-002', 'Convention "Petites villes de demain", avenant n°1', vote({ pour: 23, contre: 0, abstention: 0 }))] });
    const result = scdlRows([dossier(m)], context());
    const csv = toCsv(result.rows);
    expect(csv.split('\r\n')[0]).toBe(SCDL_FIELDS.join(','));
    expect(SCDL_FIELDS).toEqual(FIELDS);
    expect(csv).toContain(',"Convention ""Petites villes de demain"", avenant n°1",');
    expect(csv.endsWith('\r\n')).toBe(true);
    const [row] = valid(result, false);
    expect(row.DELIB_OBJET).toBe('Convention "Petites villes de demain", avenant n°1');
    expect(row.VOTE_POUR).toBe('23');
    expect(toCsv([])).toBe(`${SCDL_FIELDS.join(',')}\r\n`);
  });

  it('collapses the line breaks of an object written over several lines', () => {
    const m = meeting({ ...EXTRAIT, items: [item('3', 'Subvention exceptionnelle\n  au comité\r\ndes fêtes', vote({ pour: 23, contre: 0, abstention: 0 }))] });
    expect(scdlRows([dossier(m)], context()).rows[0].DELIB_OBJET).toBe('Subvention exceptionnelle au comité des fêtes');
  });
});

describe('toJson', () => {
  it('gives the same facts, typed, with where each row was read and the notices', () => {
    const result = scdlRows([dossier(EXTRAIT)], context({}));
    const json = JSON.parse(toJson([{ file: 'actes/DE_2023_01.txt', result }], 'en'));
    expect(json.schema).toBe('scdl/deliberations 2.1.5');
    expect(json.deliberations).toHaveLength(1);
    expect(json.deliberations[0]).toMatchObject({ file: 'actes/DE_2023_01.txt', line: 11, COLL_SIRET: null, DELIB_ID: '2023-001', VOTE_POUR: 23, BUDGET_ANNEE: null });
    expect(Object.keys(json.deliberations[0])).toEqual(['file', 'line', ...SCDL_FIELDS]);
    expect(json.notices[0]).toEqual({ file: 'actes/DE_2023_01.txt', rows: [0], DELIB_ID: ['2023-001'], fields: ['COLL_SIRET'], message: expect.stringMatching(/^SIRET not configured/) });
  });
});

describe('odd input', () => {
  it('never throws, and writes no row for what has no meeting', () => {
    const odd = [
      {} as Dossier,
      { meeting: {} } as unknown as Dossier,
      { meeting: { items: 'x' } } as unknown as Dossier,
      dossier(meeting({ items: [{ range: R } as MeetingItem] })),
      dossier(meeting({ collectivite: {} as Meeting['collectivite'], date: undefined, attendance: undefined as unknown as Meeting['attendance'], items: [item('1', 'x', vote({ pour: -3, contre: Number.NaN, abstention: 1e300 }))] })),
      dossier(meeting({ stamps: [{ range: R, id: { text: '', departement: '', siren: '', number: '', nature: '', range: R } }], items: [item('1', 'x')] })),
    ];
    let result!: ReturnType<typeof scdlRows>;
    expect(() => {
      result = scdlRows(odd, context({}, { uri: undefined, path: undefined }));
    }).not.toThrow();
    expect(result.rows).toHaveLength(3);
    expect(result.notices.filter((n) => n.rows.length === 0)).toEqual([{ rows: [], fields: [], message: { fr: 'aucune délibération lue dans ce document : rien n\'est exporté', en: 'no deliberation read in this document: nothing exported' } }]);
    expect(() => toCsv(result.rows)).not.toThrow();
    expect(ruleErrors(csvRows(toCsv(result.rows)), false)).toEqual([]);
  });
});
