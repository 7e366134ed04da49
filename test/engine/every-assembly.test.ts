/**
 * The model of every assembly through the whole pipeline (detection, readers, model): one small
 * document per family, written to look like the real ones, line-structured and flattened, asserted
 * field by field. The readers' own tests are in test/engine/assembly/.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import type { Dossier } from '../../engine/model/types';
import { corpusText } from '../helpers';

const flat = (text: string) => text.replace(/\n/g, ' ');
const read = (text: string): Dossier[] => createAnalyzer().analyze(text).dossiers;
const both = (text: string): [string, string][] => [
  ['line-structured', text],
  ['flattened', flat(text)],
];

const COMMUNE = [
  'Envoyé en préfecture le 03/02/2023 Reçu en préfecture le 03/02/2023 ID : 065-216502260-20230130-2023_004-DE',
  'RÉPUBLIQUE FRANÇAISE',
  'VILLE DE SAINT-MARS-DU-DÉSERT',
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  'Séance du lundi 30 janvier 2023',
  "L'an deux mille vingt-trois, le trente janvier à dix-neuf heures, le Conseil municipal, légalement convoqué le 24 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.",
  'Nombre de conseillers en exercice : 45 Présents : 40 Votants : 43',
  'Présents : M. Bernard DUPONT, Mme Anne LEROUX, M. Paul GARNIER.',
  'Secrétaire de séance : Mme Anne LEROUX',
  'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes',
  'Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.',
].join('\n');

const EPCI = [
  'COMMUNAUTÉ DE COMMUNES DU PAYS DES HERBIERS',
  'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 12 FÉVRIER 2020',
  "L'an deux mille vingt, le douze février à dix-huit heures trente, le Conseil de communauté s'est réuni sous la présidence de Mme Véronique BESSE, Présidente.",
  'LES HERBIERS : Véronique BESSE – Roger BRIAND – Rita BOSSARD',
  'MESNARD-LA-BAROTIÈRE : Jean-Paul GUILLOTEAU',
  'Absents excusés : Mme Anne MARTIN (pouvoir à Roger BRIAND)',
  '1 - Budget primitif 2020',
  'Le Conseil, après en avoir délibéré, à l’unanimité, APPROUVE le budget primitif 2020.',
  '2 - Tarifs de la piscine intercommunale',
  'Le Conseil, après en avoir délibéré, par 30 voix pour et 2 abstentions, FIXE les tarifs.',
].join('\n');

describe('every assembly, through the pipeline', () => {
  for (const [form, text] of both(COMMUNE)) {
    it(`a commune's extrait (${form}): collectivité, body, date, convocation, counts, the vote « Votants : 43 … à l'unanimité »`, () => {
      const [d, ...rest] = read(text);
      expect(rest).toEqual([]);
      expect(d.template).toBe('extrait');
      const m = d.meeting;
      expect(m.collectivite.kind).toBe('commune');
      expect(m.body?.value).toBe('conseil-municipal');
      expect(m.date?.date).toEqual({ year: 2023, month: 1, day: 30 });
      expect(m.convocation?.date).toEqual({ year: 2023, month: 1, day: 24 });
      expect(Object.fromEntries(m.attendance.counts.map((c) => [c.kind, c.value]))).toMatchObject({ inOffice: 45, present: 40, voters: 43 });
      expect(m.attendance.attendees.filter((a) => a.status === 'present').map((a) => a.person.lastName)).toEqual(['DUPONT', 'LEROUX', 'GARNIER']);
      expect(m.items).toHaveLength(1);
      expect(m.items[0].number?.value).toContain('2023-004');
      expect(m.items[0].object?.value).toBe('Tarifs de la salle des fêtes');
      expect(m.items[0].vote?.formula?.value).toMatch(/^unanimite/);
      expect(m.items[0].vote?.figures.votants?.value).toBe(43);
      expect(m.stamps[0]?.id?.siren).toBe('216502260');
      expect(d.notes).toEqual([]);
    });
  }

  for (const [form, text] of both(EPCI)) {
    it(`an EPCI's procès-verbal with its members by commune (${form}): persons, the proxy, the item`, () => {
      const [d] = read(text);
      expect(d.template).toBe('proces-verbal');
      const m = d.meeting;
      expect(m.collectivite.kind).toBe('epci');
      expect(m.date?.date).toEqual({ year: 2020, month: 2, day: 12 });
      const present = m.attendance.attendees.filter((a) => a.status === 'present').map((a) => a.person.lastName);
      expect(present).toEqual(expect.arrayContaining(['BESSE', 'BRIAND', 'BOSSARD', 'GUILLOTEAU']));
      const martin = m.attendance.attendees.find((a) => a.person.lastName === 'MARTIN');
      expect(martin?.status).toBe('represented');
      expect(martin?.proxyTo?.lastName).toBe('BRIAND');
      expect(m.items.map((item) => item.object?.value)).toEqual(['Budget primitif 2020', 'Tarifs de la piscine intercommunale']);
      expect(m.items[1].vote?.figures.pour?.value).toBe(30);
      expect(m.items[1].vote?.figures.abstention?.value).toBe(2);
    });
  }

  it('reads the département template under any article of its header, not silently as one dossier', () => {
    const text = corpusText('003');
    const count = (t: string) => read(t).length;
    expect(count(text)).toBe(29);
    for (const variant of ['DEPARTEMENT DE LA SOMME', "DÉPARTEMENT D'ILLE-ET-VILAINE", 'DEPARTEMENT DES YVELINES']) {
      expect(count(text.replaceAll('DEPARTEMENT DU PAS-DE-CALAIS', variant)), variant).toBe(29);
    }
  });

  it('gives the Commission Permanente the same meeting shape: body, date, persons, the item and its vote', () => {
    const [d] = read(corpusText('000'));
    expect(d.template).toBe('departement-cp');
    expect(d.meeting.body?.value).toBe('commission-permanente');
    expect(d.meeting.date?.date.year).toBe(2022);
    expect(d.meeting.attendance.attendees.length).toBeGreaterThan(10);
    expect(d.meeting.items[0].vote?.figures.pour?.value).toBeGreaterThan(0);
  });

  it('finds no deliberation in a text that holds none, and never throws on garbage', () => {
    expect(read('Madame, Monsieur, veuillez trouver ci-joint le document demandé.')).toEqual([]);
    for (const junk of ['', '\u0000'.repeat(1000), 'Présents : '.repeat(5000), "L'an deux mille ".repeat(3000), 'Votants : 9'.repeat(2000)]) {
      expect(() => read(junk)).not.toThrow();
    }
  });
});
