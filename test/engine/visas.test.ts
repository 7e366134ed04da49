import { describe, expect, it } from 'vitest';
import { actKey, findQuoted, joinWrapped, readActCitation, titleKey } from '../../engine/model/acts';
import { commissionByName, commissionKey, parseOrdinal, sameCommissionName } from '../../engine/model/commissions';
import type { Range, Visa } from '../../engine/model/types';
import { MAX_VISAS, parseVisas } from '../../engine/model/visas';
import { regionOf } from '../../engine/text/region';
import { corpusLines } from '../helpers';

const [F000, F001, F002, F003, F004] = (['000', '001', '002', '003', '004'] as const).map(corpusLines);

const PREAMBLE = /^\s*La Commission Permanente du Conseil départemental du Pas-de-Calais\s*[,;]\s*$/;
const FORMULA = /^\s*Après en avoir délibéré/;

/** Visa regions of a file, found by scanning: preamble line → line before the formula. Keys: 1-based preamble line. */
function visaRegions(lines: string[]): Map<number, { from: number; to: number }> {
  const out = new Map<number, { from: number; to: number }>();
  for (let i = 0; i < lines.length; i++) {
    if (!PREAMBLE.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !FORMULA.test(lines[j])) j++;
    out.set(i + 1, { from: i + 1, to: j - 1 });
  }
  return out;
}

function visasAt(lines: string[], preambleLine: number): Visa[] {
  const span = visaRegions(lines).get(preambleLine);
  if (!span) throw new Error(`no preamble at L${preambleLine}`);
  return parseVisas(regionOf(lines, span.from, span.to));
}

/** Range of the first occurrence of `needle` on 1-based line `line` (read from the text itself). */
function at(lines: string[], line: number, needle: string, from = 0): Range {
  const character = lines[line - 1].indexOf(needle, from);
  if (character < 0) throw new Error(`"${needle}" not on L${line}`);
  return { start: { line: line - 1, character }, end: { line: line - 1, character: character + needle.length } };
}

const lineSpan = (v: Visa) => [v.range.start.line + 1, v.range.end.line + 1];

describe('parseVisas on the corpus', () => {
  it('finds one visa per Vu / Après en avoir informé in all 33 deliberations', () => {
    // Counted by hand in each region (preamble → `Après en avoir délibéré`).
    const expected: [string[], [number, number][]][] = [
      [F000, [[39, 6]]],
      [F001, [[37, 7]]],
      [F002, [[41, 13]]],
      [F004, [[39, 9]]],
      [
        F003,
        [
          [39, 11], [857, 8], [1297, 6], [1577, 6], [1901, 7], [3057, 7], [4061, 6], [4508, 7], [5142, 8], [5747, 8],
          [6487, 8], [6729, 6], [7018, 9], [7835, 9], [8113, 14], [8434, 10], [9758, 8], [10518, 7], [10829, 11],
          [12119, 11], [12572, 11], [13207, 8], [14317, 7], [16032, 6], [18421, 7], [20920, 10], [34135, 7], [34624, 8],
          [43942, 5],
        ],
      ],
    ];
    let deliberations = 0;
    for (const [lines, regions] of expected) {
      expect([...visaRegions(lines).keys()]).toEqual(regions.map(([l]) => l));
      for (const [line, count] of regions) {
        expect(visasAt(lines, line).length, `L${line}`).toBe(count);
        deliberations++;
      }
    }
    expect(deliberations).toBe(33);
  });

  it('types the visas of 000 (L41–49)', () => {
    const visas = visasAt(F000, 39);
    expect(visas.map((v) => v.kind)).toEqual(['code', 'code', 'code', 'deliberation', 'rapport', 'avis']);
    expect(visas.map(lineSpan)).toEqual([[41, 42], [43, 43], [44, 44], [45, 46], [47, 47], [48, 49]]);
    expect(visas[0].code).toEqual({
      name: 'Code Général des Collectivités Territoriales',
      articles: ['L.3121-14', 'L.3121-14-1', 'L.3211-1', 'L.3211-2'],
    });
    expect(visas[2].code).toEqual({ name: 'Code de l’Education', articles: ['L.213-2'] });
    expect(visas[0].text).toBe(
      'Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;',
    );
    expect(visas[0].range).toEqual({ start: { line: 40, character: 0 }, end: { line: 41, character: F000[41].length } });
    const avis = visas[5].commission!;
    expect(avis.ordinal).toBe(3);
    expect(avis.ordinalRange).toEqual(at(F000, 48, '3ème'));
    expect(avis.name).toBe('Education, Culture, Sport et Citoyenneté');
    expect(avis.date?.date).toEqual({ year: 2022, month: 9, day: 5 });
    expect(avis.date?.range).toEqual(at(F000, 49, '05/09/2022'));
  });

  it('types the visas of 001, with a page marker before the avis (L39–55)', () => {
    const visas = visasAt(F001, 37);
    expect(visas.map((v) => v.kind)).toEqual(['code', 'code', 'deliberation', 'deliberation', 'deliberation', 'rapport', 'avis']);
    expect(visas[0].code?.articles).toEqual(['L.3121-14', 'L.3121-14-1', 'L.3211-1', 'L.3211-2']);
    expect(visas[1].code).toEqual({ name: 'Code de l’Éducation', articles: ['L.121-2'] });
    // Old-style number of the Commission Permanente (001 L46).
    const act = visas[4].act!;
    expect(act.body).toBe('Commission Permanente');
    expect(act.number?.value).toBe('5');
    expect(act.number?.range).toEqual(at(F001, 46, '5'));
    expect(act.date?.text).toBe('11/07/2016');
    expect(act.title?.value).toBe('Convention de mise à disposition de locaux à titre gratuit – Atelier Canopé d’Arras');
    expect(visas[6].commission).toMatchObject({ ordinal: 3, name: 'Éducation, culture, sport et citoyenneté' });
    expect(visas[6].commission?.date?.range).toEqual(at(F001, 55, '25/11/2024'));
    expect(lineSpan(visas[6])).toEqual([54, 55]);
  });

  it('types the visas of 002 (L43–68): law, six deliberations, two opinions', () => {
    const visas = visasAt(F002, 41);
    expect(visas.map((v) => v.kind)).toEqual([
      'code', 'code', 'code', 'loi', 'deliberation', 'deliberation', 'deliberation', 'deliberation', 'deliberation',
      'deliberation', 'rapport', 'avis', 'avis',
    ]);
    // `L.233- 1` as printed (002 L47).
    expect(visas[2].code?.articles).toEqual(['L.221-1', 'L.233-1']);
    const loi = visas[3].act!;
    expect(loi.number?.value).toBe('2020-1379');
    expect(loi.number?.range).toEqual(at(F002, 48, '2020-1379'));
    expect(loi.date?.text).toBe('14 novembre 2020');
    expect(loi.date?.range).toEqual(at(F002, 48, '14 novembre 2020'));
    expect(loi.body).toBeUndefined();
    // Same number, two bodies (002 L52 and L61).
    expect(visas[5].act).toMatchObject({ body: 'Conseil départemental', number: { value: '2020-480' } });
    expect(visas[9].act).toMatchObject({ body: 'Commission Permanente', number: { value: '2020-480' } });
    expect(visas[9].act?.title?.value).toBe(
      'Déclinaison annuelle de la Stratégie Territoriale des Usages et Services Numériques - Rapport modificatif',
    );
    expect(visas[11].commission).toMatchObject({ ordinal: 1, name: 'Attractivité départementale et emploi' });
    expect(visas[12].commission).toMatchObject({ ordinal: 6, name: 'Finances et Service Public départemental' });
    expect(visas[12].commission?.date?.text).toBe('21/06/2022');
  });

  it('types the visas of 004 (L41–57): three opinions', () => {
    const visas = visasAt(F004, 39);
    expect(visas.map((v) => v.kind)).toEqual([
      'code', 'code', 'deliberation', 'deliberation', 'deliberation', 'rapport', 'avis', 'avis', 'avis',
    ]);
    expect(visas[4].act).toMatchObject({ body: 'Commission Permanente', number: { value: '2021-10' } });
    expect(visas[4].act?.date?.range).toEqual(at(F004, 48, '08/02/2021'));
    expect(visas[4].act?.title?.range).toEqual({
      start: { line: 48, character: F004[48].indexOf('Dispositif') },
      end: { line: 49, character: F004[49].indexOf(' »') },
    });
    expect(visas.slice(6).map((v) => [v.commission?.ordinal, v.commission?.date?.text])).toEqual([
      [2, '04/05/2023'],
      [1, '02/05/2023'],
      [6, '02/05/2023'],
    ]);
  });

  it('types the visas of 2022-80 (L41–60)', () => {
    const visas = visasAt(F003, 39);
    expect(visas.map((v) => v.kind)).toEqual([
      'code', 'code', 'code', 'loi', 'loi', 'deliberation', 'deliberation', 'deliberation', 'deliberation', 'rapport', 'avis',
    ]);
    expect(visas[1].code?.articles).toEqual(['L.2224-12-3-1']);
    expect(visas[2].code).toEqual({ name: 'Code de l’Action Sociale et des Familles', articles: ['L.115-3'] });
    expect(visas[4].act).toMatchObject({ number: { value: '90-449' }, date: { text: '31 mai 1990' } });
    const delegation = visas[5].act!;
    expect(delegation.body).toBe('Conseil départemental');
    expect(delegation.number).toEqual({ value: '2021-257', range: at(F003, 49, '2021-257') });
    expect(delegation.date).toEqual({ date: { year: 2021, month: 7, day: 1 }, text: '01/07/2021', range: at(F003, 49, '01/07/2021') });
    expect(delegation.title?.value).toBe('Délégation d’attributions à la Commission Permanente');
    expect(delegation.title?.range).toEqual({
      start: { line: 48, character: F003[48].indexOf('Délégation') },
      end: { line: 49, character: F003[49].indexOf(' »') },
    });
    // Leading space (L53) and old-style number (L55).
    expect(visas[7].act).toMatchObject({ number: { value: '2017-230' }, title: { value: 'Pacte des solidarités et du développement social' } });
    const nine = F003[54].indexOf('n°9') + 2;
    expect(visas[8].act?.number).toEqual({ value: '9', range: { start: { line: 54, character: nine }, end: { line: 54, character: nine + 1 } } });
    expect(visas[8].act?.date?.text).toBe('28/09/2015');
    expect(visas[10].commission).toMatchObject({ ordinal: 2, name: 'Solidarités Humaines' });
    expect(visas[10].commission?.date?.range).toEqual(at(F003, 60, '07/03/2022'));
  });

  it('types 2022-81: Conseil Général acts and a page marker with stamp (L859–879)', () => {
    const visas = visasAt(F003, 857);
    expect(visas.map((v) => v.kind)).toEqual(['code', 'code', 'loi', 'deliberation', 'deliberation', 'deliberation', 'rapport', 'avis']);
    expect(visas[1].code?.articles).toEqual(['R.216-4', 'R.216-19']);
    expect(visas[4].act).toMatchObject({ body: 'Conseil Général', number: { value: '8' }, date: { text: '19/09/2011' } });
    expect(visas[5].act).toMatchObject({ body: 'Conseil Général', number: { value: '5' }, date: { text: '29/06/2009' } });
    // The avis visa dates its commission 07/03/2021 (L879), as printed.
    expect(visas[7].commission?.date?.date).toEqual({ year: 2021, month: 3, day: 7 });
  });

  it('skips the interest declaration of 2022-87 (L4517–4523)', () => {
    const visas = visasAt(F003, 4508);
    expect(visas.map((v) => v.kind)).toEqual(['code', 'code', 'loi', 'deliberation', 'reglement', 'rapport', 'avis']);
    expect(lineSpan(visas[4])).toEqual([4517, 4518]);
    expect(lineSpan(visas[6])).toEqual([4520, 4521]);
    expect(visas.some((v) => /GAUTHIER/.test(v.text))).toBe(false);
  });

  it('types 2022-88: an arrêté NOR with a long date (L5150–5152)', () => {
    const visas = visasAt(F003, 5142);
    expect(visas.map((v) => v.kind)).toEqual(['code', 'code', 'code', 'loi', 'arrete', 'deliberation', 'rapport', 'avis']);
    expect(visas[1].code?.name).toBe('Code de l’Action Sociale et de la Famille');
    expect(visas[2].code).toEqual({ name: 'Code de la Santé Publique', articles: ['L.2111-1', 'L.2112-2'] });
    expect(visas[4].act?.number).toEqual({ value: 'SSAA1921317A', range: at(F003, 5150, 'SSAA1921317A') });
    expect(visas[4].act?.date?.date).toEqual({ year: 2019, month: 1, day: 19 });
    expect(lineSpan(visas[4])).toEqual([5150, 5152]);
  });

  it('types 2022-89: page marker between visas, two persons declared (L5749–5768)', () => {
    const visas = visasAt(F003, 5747);
    expect(visas.map((v) => v.kind)).toEqual(['code', 'code', 'loi', 'deliberation', 'deliberation', 'reglement', 'rapport', 'avis']);
    expect(visas[1].code?.articles).toEqual(['L.112-1', 'L.115-1', 'L.121-1', 'L.221-1']);
    expect(visas[4].act).toMatchObject({ body: 'Commission Permanente', number: { value: '38' }, date: { text: '11/07/2016' } });
    expect(lineSpan(visas[7])).toEqual([5764, 5765]);
    expect(visas[7].range.start.character).toBe(1);
  });

  it('types 2022-93: a regional act cut by a page marker (L7848–7852)', () => {
    const visas = visasAt(F003, 7835);
    expect(visas.map((v) => v.kind)).toEqual([
      'code', 'loi', 'loi', 'deliberation', 'deliberation', 'deliberation', 'deliberation', 'rapport', 'avis',
    ]);
    const regional = visas[6];
    expect(lineSpan(regional)).toEqual([7848, 7852]);
    expect(regional.text).not.toContain('1 / 2');
    expect(regional.act?.body).toBe('Conseil Régional des Hauts-de-France');
    expect(regional.act?.number).toBeUndefined();
    expect(regional.act?.date?.range).toEqual(at(F003, 7848, '30/03/2017'));
    expect(regional.act?.title?.value).toBe(
      'Schéma Régional de Développement Economique, d’Innovation et d’Internationalisation des Hauts-de-France (SRDEII)',
    );
    expect(regional.act?.title?.range.start).toEqual({ line: 7850, character: F003[7850].indexOf('Schéma') });
  });

  it('types 2022-94: two commissions informed after the avis (L8137–8142)', () => {
    const visas = visasAt(F003, 8113);
    expect(visas.map((v) => v.kind)).toEqual([
      'code', 'code', 'code', 'loi', 'deliberation', 'deliberation', 'deliberation', 'deliberation', 'deliberation',
      'deliberation', 'rapport', 'avis', 'informe', 'informe',
    ]);
    // Unclosed quote (L8124) and nested quotes (L8128–8129).
    expect(visas[5].act?.title?.value).toBe('Elaboration du Plan Départemental des Espaces Sites et Itinéraires (PDESI)');
    expect(visas[7].act?.title?.value).toMatch(/dans le cadre du projet européen « Expérience »$/);
    expect(visas[11].commission).toMatchObject({ ordinal: 5, name: 'Solidarité territoriale et partenariats' });
    const [first, fourth] = [visas[12], visas[13]];
    expect(first.commission).toMatchObject({ ordinal: 1, name: 'Attractivité départementale et Emploi' });
    expect(first.commission?.ordinalRange).toEqual(at(F003, 8139, '1ère'));
    expect(first.commission?.date?.range).toEqual(at(F003, 8140, '07/03/2022'));
    expect(fourth.commission).toMatchObject({ ordinal: 4, name: 'Equipement et développement des territoires' });
    expect(fourth.commission?.date?.range).toEqual(at(F003, 8142, '07/03/2022'));
  });

  it('types 2022-98: `n° 24`, a non-numbered commission and `réunion du` (L10831–10851)', () => {
    const visas = visasAt(F003, 10829);
    expect(visas.map((v) => v.kind)).toEqual([
      'code', 'code', 'code', 'loi', 'deliberation', 'deliberation', 'deliberation', 'deliberation', 'rapport', 'avis', 'avis',
    ]);
    expect(visas[0].code?.articles).toEqual(['L.3121-14', 'L.3211-1']);
    expect(visas[2].code).toEqual({ name: 'Code du Sport', articles: ['L.311-1', 'R.311-1'] });
    expect(visas[7].act?.number).toEqual({ value: '24', range: at(F003, 10843, '24') });
    expect(visas[9].commission).toBeUndefined();
    expect(visas[9].text).toMatch(/^Vu l’avis et les propositions de la Commission Départementale/);
    expect(visas[10].commission?.date?.range).toEqual(at(F003, 10851, '07/03/2022'));
  });

  it('types 2022-100: a regional scheme adopted by deliberation (L12591–12593)', () => {
    const visas = visasAt(F003, 12572);
    expect(visas.map((v) => v.kind)).toEqual([
      'code', 'code', 'loi', 'loi', 'loi', 'deliberation', 'deliberation', 'deliberation', 'deliberation', 'rapport', 'avis',
    ]);
    expect(visas[6].act?.number?.range).toEqual(at(F003, 12587, '2019-538'));
    expect(visas[8].act?.body).toBe('Conseil Régional des Hauts-de-France');
    expect(visas[8].act?.date?.range).toEqual(at(F003, 12593, '30 mars 2017'));
    expect(visas[10].commission).toMatchObject({ ordinal: 4, name: 'Equipement et développement des territoires' });
  });

  it('types 2022-104 and skips its two declarations (L18423–18439)', () => {
    const visas = visasAt(F003, 18421);
    expect(visas.map((v) => v.kind)).toEqual(['code', 'code', 'loi', 'deliberation', 'reglement', 'rapport', 'avis']);
    expect(lineSpan(visas[6])).toEqual([18433, 18434]);
  });

  it('reads the spaced number `n°  2020-459` and a wrapped article `L.14-10-`⏎`7-2` (2022-107)', () => {
    const visas = visasAt(F003, 34624);
    expect(visas[1].code?.articles).toEqual(['L.14-10-1', 'L.14-10-7-2', 'L.121-1']);
    expect(visas[4].act).toMatchObject({ body: 'Commission Permanente', number: { value: '2020-459', range: at(F003, 34634, '2020-459') } });
    expect(visas[4].act?.title?.range.start).toEqual({ line: 34634, character: F003[34634].indexOf('Renouvellement') });
  });

  it('has no avis in 2022-108 (L43944–43951)', () => {
    expect(visasAt(F003, 43942).map((v) => v.kind)).toEqual(['code', 'code', 'loi', 'deliberation', 'rapport']);
  });
});

describe('parseVisas on drafts', () => {
  const parse = (text: string) => {
    const lines = text.split('\n');
    return parseVisas(regionOf(lines, 0, lines.length - 1));
  };

  it('does not let a missing ` ;` swallow the next visa', () => {
    const visas = parse('Vu le rapport du Président du Conseil départemental, ci-annexé\nVu l’avis de la 2e commission « Solidarités Humaines » rendu lors de sa réunion du 7/3/2022 ;');
    expect(visas.map((v) => v.kind)).toEqual(['rapport', 'avis']);
    expect(visas[1].commission).toMatchObject({ ordinal: 2, name: 'Solidarités Humaines', date: { date: { year: 2022, month: 3, day: 7 } } });
  });

  it('splits two visas typed on one line', () => {
    const line = 'Vu la loi n°2020-1379 du 14 novembre 2020 ; Vu le rapport du Président du Conseil départemental, ci-annexé ;';
    const visas = parse(line);
    expect(visas.map((v) => v.kind)).toEqual(['loi', 'rapport']);
    expect(visas[0].range.end).toEqual({ line: 0, character: line.indexOf(';') + 1 });
    expect(visas[1].range.start).toEqual({ line: 0, character: line.indexOf('Vu le') });
  });

  it('reads a commission without quotes and with a spelled ordinal', () => {
    const [v] = parse('Vu l’avis de la deuxième commission Solidarités Humaines rendu le 07/03/2022 ;');
    expect(v.commission).toMatchObject({ ordinal: 2, name: 'Solidarités Humaines', date: { text: '07/03/2022' } });
    expect(v.commission?.ordinalRange).toEqual({ start: { line: 0, character: 16 }, end: { line: 0, character: 24 } });
  });

  it('reads body-first citations, long dates and other act kinds', () => {
    const visas = parse(
      [
        'Vu la délibération du Conseil départemental n°2021-257 du 1er juillet 2021 « Délégation d’attributions à la Commission Permanente » ;',
        'Vu le décret n°2020-1262 du 16 octobre 2020 ;',
        'Vu l’ordonnance n°2020-391 du 1er avril 2020 ;',
        'Vu les articles L.3211-1 et L.3211-2 du Code général des collectivités territoriales ;',
        'Vu la circulaire du 12 mai 2021 ;',
      ].join('\n'),
    );
    expect(visas.map((v) => v.kind)).toEqual(['deliberation', 'decret', 'ordonnance', 'code', 'other']);
    expect(visas[0].act).toMatchObject({ body: 'Conseil départemental', number: { value: '2021-257' }, date: { text: '1er juillet 2021' } });
    expect(visas[1].act).toMatchObject({ number: { value: '2020-1262' }, date: { date: { year: 2020, month: 10, day: 16 } } });
    expect(visas[2].act?.date?.date).toEqual({ year: 2020, month: 4, day: 1 });
    expect(visas[3].code).toEqual({ name: 'Code général des collectivités territoriales', articles: ['L.3211-1', 'L.3211-2'] });
  });

  it('keeps a number wrapped after its hyphen', () => {
    const first = 'Vu la délibération n°2021-';
    const [v] = parse(`${first}\n257 du Conseil départemental en date du 01/07/2021 « Délégation » ;`);
    const start = first.indexOf('2021');
    expect(v.act?.number).toEqual({ value: '2021-257', range: { start: { line: 0, character: start }, end: { line: 1, character: 3 } } });
  });

  it('ignores the preamble, the formula and a declaration without a preceding ` ;`', () => {
    const visas = parse(
      [
        'La Commission Permanente du Conseil départemental du Pas-de-Calais,',
        'Vu le rapport du Président du Conseil départemental, ci-annexé',
        'Madame Karine GAUTHIER, intéressée à l’affaire, n’a pris part ni au débat, ni au vote.',
        'Après en avoir délibéré,',
      ].join('\n'),
    );
    expect(visas.map((v) => [v.kind, v.text])).toEqual([['rapport', 'Vu le rapport du Président du Conseil départemental, ci-annexé']]);
  });

  it('never throws and stays linear on garbage', () => {
    const long = 'Vu « « « n° 1-1-1-1 L.1-1-1 du du de la 3ème commission '.repeat(400);
    const inputs = [
      '', ' ', '\n\n', 'Vu', 'Vu ;', '«', '»»»', 'Vu la délibération n°', 'Vu l’avis de la 99ème commission «',
      'Après en avoir informé', 'x'.repeat(20_000), long, `Vu ${'1 '.repeat(10_000)}`, `Vu ${'L.1-'.repeat(5_000)}`,
    ];
    for (const input of inputs) expect(() => parse(input)).not.toThrow();
  });
});

describe('acts helpers', () => {
  it('keys acts by number and date, old-style numbers with their body (§8.4)', () => {
    const cite = (text: string) => readActCitation(joinWrapped([text], [0]));
    const a = cite('la délibération n°5 du Conseil départemental en date du 14/03/2016');
    const b = cite('la délibération n°5 de la Commission Permanente en date du 11/07/2016');
    const c = cite('la délibération n°5 de la Commission Permanente du 11 juillet 2016');
    expect(actKey(a)).not.toBe(actKey(b));
    expect(actKey(b)).toBe(actKey(c));
    expect(actKey(cite('délibération n°2021-257 du Conseil départemental du 01/07/2021'))).toBe('2021-257@2021-07-01');
    expect(actKey(cite('délibération « sans numéro »'))).toBeUndefined();
  });

  it('compares titles case-insensitively (L53 / L6498)', () => {
    expect(titleKey('Pacte des solidarités et du développement social')).toBe(titleKey('Pacte des Solidarités et du développement social'));
  });

  it('follows nested and stray closing quotes', () => {
    const text = '« le meilleur produit au plus près » pour un Schéma Durable » ;';
    const q = findQuoted(text)!;
    expect(text.slice(q.innerStart, q.innerEnd)).toBe('le meilleur produit au plus près » pour un Schéma Durable');
    const two = '« A » et « B »';
    const q2 = findQuoted(two)!;
    expect(two.slice(q2.innerStart, q2.innerEnd)).toBe('A');
  });
});

describe('commissions', () => {
  it('reads ordinals', () => {
    for (const [text, n] of [['1ère', 1], ['1re', 1], ['1er', 1], ['2ème', 2], ['2e', 2], ['2eme', 2], ['deuxième', 2], ['Sixième', 6], ['3 ème', 3]] as const) {
      expect(parseOrdinal(text), text).toBe(n);
    }
    expect(parseOrdinal('commission')).toBeUndefined();
  });

  it('compares names without case, accents or punctuation (§8.1)', () => {
    expect(sameCommissionName('Éducation, culture, sport et citoyenneté', 'Education, Culture, Sport et Citoyenneté')).toBe(true);
    expect(sameCommissionName('Attractivité départementale et  emploi', 'Attractivité départementale et Emploi')).toBe(true);
    expect(sameCommissionName('Solidarités Humaines', 'Solidarité territoriale et partenariats')).toBe(false);
    expect(commissionByName('Finances et Service Public Départemental')?.ordinal).toBe(6);
    expect(commissionKey('« Solidarités  Humaines »')).toBe('solidarites humaines');
  });
});

describe('a pasted list of visas', () => {
  it('reads the first MAX_VISAS of them and stops: a runaway block costs bounded work', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `Vu la délibération n°2020-${i + 1} du Conseil départemental en date du 06/07/2020 ;`);
    const visas = parseVisas(regionOf(lines, 0, lines.length - 1));
    expect(visas).toHaveLength(MAX_VISAS);
    expect(visas[MAX_VISAS - 1].act?.number?.value).toBe(`2020-${MAX_VISAS}`);
  });
});
