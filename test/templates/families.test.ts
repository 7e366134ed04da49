/**
 * Detection: which template reads a document, from its head, written like the real ones (a
 * commune's extrait, an EPCI's procès-verbal, a région's act), line-structured or flattened.
 */
import { describe, expect, it } from 'vitest';
import { detectTemplate, looksLikeDeliberationText } from '../../engine/templates/index';

const detect = (text: string) => detectTemplate(text.split('\n'))?.id;
const flat = (text: string) => text.replace(/\n/g, ' ');

const EXTRAIT = [
  'RÉPUBLIQUE FRANÇAISE',
  'DÉPARTEMENT DE LA LOIRE-ATLANTIQUE',
  'COMMUNE DE SAINT-MARS-DU-DÉSERT',
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  'Séance du lundi 30 janvier 2023',
].join('\n');

const PV = [
  'COMMUNAUTÉ DE COMMUNES DU VAL DE SÈVRE',
  'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 13 FÉVRIER 2023',
  'Présents : M. Paul GARNIER, Mme Lise MARTIN',
  "L'ordre du jour est le suivant : 1 - Budget primitif 2023",
].join('\n');

const REGION = [
  'CONSEIL RÉGIONAL DE BRETAGNE',
  'DÉLIBÉRATION N°CP 2023-024 DU 25 JANVIER 2023',
  'La commission permanente du conseil régional,',
  'VU le code général des collectivités territoriales ;',
].join('\n');

const CP = ['DEPARTEMENT DU PAS-DE-CALAIS', '', 'DELIBERATION DE LA COMMISSION PERMANENTE', 'DU CONSEIL DEPARTEMENTAL', '', 'REUNION DU 3 OCTOBRE 2022'].join('\n');

describe('template detection', () => {
  it('reads a commune’s extrait du registre as an extrait, flattened or not', () => {
    expect(detect(EXTRAIT)).toBe('extrait');
    expect(detect(flat(EXTRAIT))).toBe('extrait');
  });

  it('reads an EPCI’s procès-verbal as minutes, flattened or not', () => {
    expect(detect(PV)).toBe('proces-verbal');
    expect(detect(flat(PV))).toBe('proces-verbal');
  });

  it('reads « extrait du procès-verbal » as one act, not as minutes', () => {
    expect(detect('VILLE DE LANGON\nEXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 6 février 2023')).toBe('extrait');
  });

  it('reads a région’s commission permanente act as an assembly’s', () => {
    expect(detect(REGION)).toBe('assemblee');
    expect(detect(flat(REGION))).toBe('assemblee');
  });

  it('keeps the département’s Commission Permanente, with any article of the header', () => {
    expect(detect(CP)).toBe('departement-cp');
    expect(detect(CP.replace('DU PAS-DE-CALAIS', 'DE LA SOMME'))).toBe('departement-cp');
    expect(detect(CP.replace('DU PAS-DE-CALAIS', "D'ILLE-ET-VILAINE"))).toBe('departement-cp');
  });

  it('falls back to the generic reader for a text with deliberation words and no known shape', () => {
    expect(detect('Le conseil municipal, après en avoir délibéré, approuve le compte administratif.')).toBe('generic');
  });

  it('finds no deliberation in a letter, a README or an empty file', () => {
    expect(detect('')).toBeUndefined();
    expect(detect('# Notes\nÀ faire : relire le budget.')).toBeUndefined();
    expect(detect('Madame, Monsieur, veuillez trouver ci-joint le document demandé.')).toBeUndefined();
  });

  it('skips the %% comment lines above the head', () => {
    expect(detect(`%% delibera-disable vote-total -- le vote est repris du PV\n${EXTRAIT}`)).toBe('extrait');
  });

  it('honours a forced template', () => {
    expect(detectTemplate(EXTRAIT.split('\n'), 0, 4, 'proces-verbal')?.id).toBe('proces-verbal');
  });
});

describe('plain-text files that hold deliberations (the CLI’s folder walk, the editor’s .txt detection)', () => {
  it('takes every template’s head, line-structured or flattened', () => {
    for (const text of [EXTRAIT, PV, REGION, CP]) {
      expect(looksLikeDeliberationText(text)).toBe(true);
      expect(looksLikeDeliberationText(flat(text))).toBe(true);
    }
  });

  it('takes a council’s minutes without a title, and an annex stamped by the préfecture', () => {
    expect(looksLikeDeliberationText('Commune de BOISMORAND Séance du 17 mars 2023 Le Conseil Municipal s’est réuni le 17 mars 2023 à 20 h 30.')).toBe(true);
    expect(looksLikeDeliberationText('Envoyé en préfecture le 07/03/2023 Reçu en préfecture le 07/03/2023 ID : 077-217703370-20230127-ROB_2023-BF Rapport d’orientation budgétaire')).toBe(true);
  });

  it('leaves a letter or a report that only names a collectivité', () => {
    expect(looksLikeDeliberationText('Ville de Lyon — Madame, Monsieur, veuillez trouver ci-joint le programme des festivités.')).toBe(false);
    expect(looksLikeDeliberationText('Programme d’actions du PCAET Communauté d’Agglomération Seine-Eure, octobre 2021')).toBe(false);
    expect(looksLikeDeliberationText('')).toBe(false);
  });
});
