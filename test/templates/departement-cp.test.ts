/**
 * The Commission Permanente's profile: what it is, how it recognises its documents, its header
 * landmark with every article a département's name takes, and the parsers reading through it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { isDepartmentHeader, segmentDossiers } from '../../engine/dossiers/segment';
import { COMMON_VOCABULARY } from '../../engine/templates/common';
import {
  CP_ARTICLES,
  CP_ATTENDANCE_LABELS,
  CP_DECLARATIONS,
  CP_LANDMARKS,
  CP_REPORT,
  CP_SIGNATURE,
  CP_VISAS,
  CP_VOTE,
  DEPARTEMENT_CP,
} from '../../engine/templates/departement-cp';
import { foldBare } from '../../engine/text/normalize';
import { CORPUS, corpusLines, corpusText, type CorpusId } from '../helpers';

/** The head as detection reads it: the first lines joined by spaces, folded (templates/index.ts). */
function foldedHead(lines: readonly string[]): string {
  return foldBare(lines.filter((line) => !/^\s*%%/.test(line)).join(' ').slice(0, 4000));
}

/** A CP deliberation's head, written like the corpus's (not copied from it). */
const HEAD = [
  ' DEPARTEMENT DU NORD',
  '',
  'DELIBERATION DE LA COMMISSION PERMANENTE',
  'DU CONSEIL DEPARTEMENTAL',
  '',
  'REUNION DU 14 FÉVRIER 2023',
  '',
  'PRESIDENCE DE MADAME CLAIRE MARTIN',
  '',
  'Secrétaire : M. Paul DURAND',
];

describe('the departement-cp profile', () => {
  it('reads the CP: excused members hold a proxy, one act per document, the shared vocabulary', () => {
    expect(DEPARTEMENT_CP.id).toBe('departement-cp');
    expect(DEPARTEMENT_CP.excusedHoldsProxy).toBe(true);
    expect(DEPARTEMENT_CP.layout).toBe('one-act');
    expect(DEPARTEMENT_CP.vocabulary).toBe(COMMON_VOCABULARY);
    expect(DEPARTEMENT_CP.name.fr).toContain('commission permanente');
  });

  it('is what the block layouts and the model builder read: one copy of each landmark', () => {
    expect(CP_VOTE.intro).toBe(CP_LANDMARKS.voteIntro);
    expect(CP_SIGNATURE.heading).toBe(CP_LANDMARKS.signature);
    expect(CP_REPORT.number).toBe(CP_LANDMARKS.report);
  });

  it('leaves no landmark in the parsers that read through it', () => {
    // Words of the template written as patterns: they belong to the profile only.
    const landmarkWords = [/D\[EÉ\]PARTEMENT/, /D\[EÉ\]LIB\[EÉ\]RATION/, /Dans\\s\+les|Dans les conditions/, /PR\[[EÉ]{2}\]SIDEN/, /Excus\[ée\]/, /Envoi au contr/, /int\[ée\]ress/, /\(Article\)/];
    const parsers = [
      'engine/dossiers/segment.ts', 'engine/blocks/patterns.ts', 'engine/blocks/deliberation-layout.ts', 'engine/blocks/dossier-layout.ts',
      'engine/blocks/report-layout.ts', 'engine/model/vote.ts', 'engine/model/attendance.ts', 'engine/model/signature.ts', 'engine/model/visas.ts',
      'engine/model/declarations.ts', 'engine/model/articles.ts', 'engine/model/opinions.ts', 'engine/model/report-citations.ts',
    ];
    for (const file of parsers) {
      const code = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').replace(/\/\*[^]*?\*\/|\/\/.*$/gm, '');
      for (const word of landmarkWords) expect(word.test(code), `${file}: ${word}`).toBe(false);
    }
  });
});

describe('detection', () => {
  it('scores every corpus file 12, as their heads are written and folded', () => {
    for (const id of Object.keys(CORPUS) as CorpusId[]) {
      const lines = corpusLines(id).slice(0, 60);
      expect(DEPARTEMENT_CP.detect(foldedHead(lines)), id).toBe(12);
      expect(DEPARTEMENT_CP.detect(lines.join('\n')), id).toBe(12);
      expect(DEPARTEMENT_CP.detect(lines.join(' ')), id).toBe(12);
    }
  });

  it('scores a CP head 12 with any article, line-structured or flattened, after `%%` comments', () => {
    for (const header of ['DEPARTEMENT DE LA SOMME', 'DÉPARTEMENT D’ILLE-ET-VILAINE', "DEPARTEMENT DE L'AISNE", 'DEPARTEMENT DES YVELINES', 'Département du Nord']) {
      const lines = [header, ...HEAD.slice(1)];
      expect(DEPARTEMENT_CP.detect(lines.join('\n')), header).toBe(12);
      expect(DEPARTEMENT_CP.detect(lines.join(' ')), header).toBe(12);
      expect(DEPARTEMENT_CP.detect(foldedHead(lines)), header).toBe(12);
    }
    const commented = ['%% delibera-disable vote-total -- dossier en cours de correction', ...HEAD];
    expect(DEPARTEMENT_CP.detect(commented.join('\n'))).toBe(12);
    expect(DEPARTEMENT_CP.detect(commented.join(' '))).toBe(12);
    expect(DEPARTEMENT_CP.detect(foldedHead(commented))).toBe(12);
  });

  it('scores the plenary’s act of the same layout and the legality stamp alone 10', () => {
    const plenary = [' DEPARTEMENT DU NORD', '', 'DELIBERATION DU CONSEIL DEPARTEMENTAL', '', 'REUNION DU 14 FÉVRIER 2023'];
    expect(DEPARTEMENT_CP.detect(plenary.join('\n'))).toBe(10);
    expect(DEPARTEMENT_CP.detect(foldedHead(plenary))).toBe(10);
    const stamp = [' Envoi au contrôle de légalité le : 20 février 2023', 'Affichage le : 20 février 2023', '', 'DELIBERATION'];
    expect(DEPARTEMENT_CP.detect(stamp.join('\n'))).toBe(10);
    expect(DEPARTEMENT_CP.detect(foldedHead(stamp))).toBe(10);
  });

  it('scores 0 on other documents, prose that names a département, and garbage', () => {
    const others = [
      // A commune's extrait: the département heads it, no CP nature follows.
      'RÉPUBLIQUE FRANÇAISE DÉPARTEMENT DE L’ESSONNE VILLE DE SAINT-MARC EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
      'VILLE DE SAINT-MARC DÉPARTEMENT DU VAL-DE-MARNE – ARRONDISSEMENT DE L’HAY CONSEIL MUNICIPAL SÉANCE DU 12 MAI 2023',
      'Vu la convention signée avec le Département du Nord, vu la délibération du Conseil départemental du 3 mars 2022 ;',
      'Le Président donne lecture de la lettre d’observation du contrôle de légalité de la Préfecture.',
      'DELIBERATION DE LA COMMISSION PERMANENTE DU CONSEIL REGIONAL',
      '',
      '%%',
      ' '.repeat(1_000_000),
      'DEPARTEMENT DU '.repeat(100_000),
      'departement du nord '.repeat(100_000) + 'deliberation de la commission permanente',
      '\u0000\uFFFD'.repeat(50_000),
    ];
    for (const head of others) {
      expect(DEPARTEMENT_CP.detect(head), head.slice(0, 60)).toBe(0);
      expect(DEPARTEMENT_CP.detect(foldBare(head.slice(0, 4000))), head.slice(0, 60)).toBe(0);
    }
  });
});

describe('the header landmark', () => {
  it('accepts DU, DE LA, DE L’, D’, DES and DE, accent or not, any case and spacing', () => {
    const yes = [
      'DEPARTEMENT DU PAS-DE-CALAIS', ' DEPARTEMENT DU PAS-DE-CALAIS ', 'DÉPARTEMENT DU NORD', 'DEPARTEMENT DE LA SOMME', 'DÉPARTEMENT DE LA SOMME',
      "DEPARTEMENT DE L'AISNE", 'DEPARTEMENT DE L’ESSONNE', "DEPARTEMENT DE L' AISNE", "DEPARTEMENT D'ILLE-ET-VILAINE", 'DEPARTEMENT D’ILLE-ET-VILAINE',
      'DEPARTEMENT DES YVELINES', 'DÉPARTEMENT DES CÔTES-D’ARMOR', 'DEPARTEMENT DE MAYOTTE', 'Département de la Somme', '\tDEPARTEMENT  DU   NORD',
      '\uFEFFDEPARTEMENT DU NORD',
    ];
    for (const line of yes) {
      expect(CP_LANDMARKS.header.test(line), line).toBe(true);
      expect(isDepartmentHeader(line), line).toBe(true);
    }
  });

  it('rejects near misses and prose', () => {
    const no = [
      '', 'DEPARTEMENT', 'DEPARTEMENTAL', 'DEPARTEMENT DU', 'DEPARTEMENT DU   ', 'DEPARTEMENT DUNKERQUE', 'DEPARTEMENTS DU NORD', 'DEPARTEMENTDU NORD',
      'DEPARTEMENT D’', 'LE DEPARTEMENT DU NORD', 'Le département du Nord a voté', 'DELIBERATION DE LA COMMISSION PERMANENTE', 'RAPPORT N°22',
    ];
    for (const line of no) {
      expect(CP_LANDMARKS.header.test(line), line).toBe(false);
      expect(isDepartmentHeader(line), line).toBe(false);
    }
  });

  it('reads 003 the same whatever article its 59 header lines take: 29 dossiers, the same diagnostics', () => {
    const text = corpusText('003');
    const analyse = (t: string) => createAnalyzer().analyze(t, { uri: '003' });
    const original = analyse(text);
    expect(original.dossiers).toHaveLength(29);
    const variants = [
      'DÉPARTEMENT DU NORD', 'DEPARTEMENT DE LA SOMME', "DEPARTEMENT DE L'AISNE", 'DÉPARTEMENT DE L’ESSONNE',
      "DEPARTEMENT D'ILLE-ET-VILAINE", 'DEPARTEMENT D’ILLE-ET-VILAINE', 'DEPARTEMENT DES YVELINES', 'Département de la Somme',
    ];
    for (const variant of variants) {
      let replaced = 0;
      const lines = text.split('\n').map((line) => {
        if (line.trim() !== 'DEPARTEMENT DU PAS-DE-CALAIS') return line;
        replaced++;
        return line.replace('DEPARTEMENT DU PAS-DE-CALAIS', variant);
      });
      // 29 deliberations and 30 report copies (2022-82 has two), each under its header.
      expect(replaced, variant).toBe(59);
      expect(segmentDossiers(lines), variant).toHaveLength(29);
      const result = analyse(lines.join('\n'));
      expect(result.dossiers, variant).toHaveLength(29);
      expect(result.diagnostics, variant).toEqual(original.diagnostics);
    }
  }, 120_000);
});

describe('linear patterns', () => {
  it('answers at once on a megabyte of spaces, digits, letters or header words', () => {
    const all: RegExp[] = [
      ...Object.values(CP_LANDMARKS),
      ...CP_ATTENDANCE_LABELS.map(([, re]) => re),
      ...CP_VOTE.kinds.map(([, re]) => re),
      CP_VOTE.outcome,
      CP_SIGNATURE.placeDate,
      CP_SIGNATURE.notAName,
      CP_VISAS.otherStart,
      CP_DECLARATIONS.interest,
      CP_DECLARATIONS.noProxyGiven,
      CP_ARTICLES.heading,
      CP_ARTICLES.bareHeading,
      CP_REPORT.opinionVerb,
      CP_REPORT.informedNameStop,
    ];
    const inputs = [' '.repeat(1 << 20), '1'.repeat(1 << 20), 'a '.repeat(1 << 19), 'DEPARTEMENT DU '.repeat(70_000), `Article${' '.repeat(1 << 20)}1`];
    for (const re of all) for (const input of inputs) expect(() => re.test(input)).not.toThrow();
    for (const input of inputs) expect(DEPARTEMENT_CP.detect(input)).toBe(0);
  });
});
