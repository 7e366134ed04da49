import { describe, expect, it } from 'vitest';
import { voteOutcome } from '../../engine/rules/vote-outcome';
import { corpusText } from '../helpers';
import { check, onCorpus, replaceOnce } from './support';
import { ruleTester, type InvalidCase, type ValidCase } from './rule-tester';

describe('vote-outcome', () => {
  it('finds nothing on the real corpus (every vote is adopted with Contre 0)', () => {
    expect(onCorpus(voteOutcome)).toEqual([]);
  });

  it('reports (Rejeté) when Pour > Contre, on the word', () => {
    const text = replaceOnce(corpusText('000'), '(Adopté)', '(Rejeté)');
    const [d] = check(voteOutcome, text);
    expect(d.message).toBe('Pour 43, Contre 0 : la délibération est adoptée, pas rejetée.');
    expect(d.range).toEqual({ start: { line: 88, character: 1 }, end: { line: 88, character: 7 } });
    expect(d.data).toMatchObject({ expected: 'Adopté' });
  });

  it('reports (Adopté) when Contre wins', () => {
    let text = replaceOnce(corpusText('000'), '43 voix', '20 voix');
    text = replaceOnce(text, 'Contre : 0 voix', 'Contre : 23 voix');
    const [d] = check(voteOutcome, text, { locale: 'en' });
    expect(d.message).toBe('For 20, Against 23: the deliberation is rejected, not adopted.');
  });

  it('leaves a tie alone: the president’s casting vote decides (CGCT L.3121-15)', () => {
    let text = replaceOnce(corpusText('000'), '43 voix', '20 voix');
    text = replaceOnce(text, 'Contre : 0 voix', 'Contre : 20 voix');
    expect(check(voteOutcome, text)).toEqual([]);
  });

  it('reports a missing outcome', () => {
    const text = replaceOnce(corpusText('000'), '(Adopté)', '');
    const [d] = check(voteOutcome, text);
    expect(d.message).toContain('Le résultat du vote manque');
  });
});

// ── Every other assembly: inline documents, each line-structured and flattened to one line. ────

const flat = (code: string) => code.replace(/\n/g, ' ');

function at(code: string, fragment: string): { line: number; column: number } {
  const index = code.indexOf(fragment);
  if (index < 0) throw new Error(`'${fragment}' not in the document`);
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function valid(name: string, code: string): ValidCase[] {
  return [
    { name: `${name} (lines)`, code },
    { name: `${name} (one line)`, code: flat(code) },
  ];
}

function invalid(name: string, code: string, error: { at: string; message: string; data?: Record<string, unknown> }, options?: ValidCase['options']): InvalidCase[] {
  return [code, flat(code)].map((text, k) => ({
    name: `${name} (${k === 0 ? 'lines' : 'one line'})`,
    code: text,
    options,
    errors: [{ ...at(text, error.at), message: error.message, data: error.data }],
  }));
}

const SAINT_AY = (item: string) => `COMMUNE DE SAINT-AY
PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL MUNICIPAL DU LUNDI 6 FÉVRIER 2023
Le Conseil municipal de la Commune de Saint-Ay, légalement convoqué le 31 janvier 2023, s'est réuni en session ordinaire à 20h30, sous la présidence de monsieur Frédéric CUILLERIER, Maire.
En exercice : 21   Présents : 17   Votants : 21
N° 2023-009 FINANCES – Débat d'orientation budgétaire 2023
ADOPTÉ À L'UNANIMITÉ
${item}`;

ruleTester(voteOutcome, {
  valid: [
    ...valid(
      'adopted by 15 for, 4 against and 2 abstentions',
      SAINT_AY(`N° 2023-010 FINANCES – Ouverture de crédits d'investissement
Après avoir entendu l'exposé de son rapporteur, le conseil municipal, à 15 voix pour, 4 voix contre et 2 abstentions, ACCEPTE l'ouverture des crédits.
La délibération est adoptée.`),
    ),
    ...valid(
      'a tie adopted by the maire’s casting vote',
      SAINT_AY(`N° 2023-013 VOIRIE – Programme de travaux 2023
Le Conseil municipal, après en avoir délibéré,
Pour : 10 – Contre : 10 – Abstention : 1
La voix du Maire étant prépondérante, la délibération est adoptée.`),
    ),
    ...valid(
      'a tie rejected: the president may have voted against',
      SAINT_AY(`N° 2023-013 VOIRIE – Programme de travaux 2023
Le Conseil municipal, après en avoir délibéré,
Pour : 10 – Contre : 10 – Abstention : 1
La délibération est rejetée.`),
    ),
    ...valid(
      'rejected by 3 for and 18 against',
      SAINT_AY(`N° 2023-015 FINANCES – Subvention au club
Le Conseil municipal, après en avoir délibéré,
Pour : 3 – Contre : 18 – Abstention : 0
La délibération est rejetée.`),
    ),
    ...valid(
      'rejected unanimously',
      SAINT_AY(`N° 2023-017 FINANCES – Indemnités
Le Conseil municipal, après en avoir délibéré,
Pour : 0 – Contre : 21 – Abstention : 0
La délibération est rejetée à l'unanimité.`),
    ),
    ...valid(
      'attendance that changes during the meeting: the outcome follows the item’s own figures',
      SAINT_AY(`N° 2023-010 URBANISME – Cession de la parcelle AB 12
Le Conseil municipal, après en avoir délibéré,
Pour : 11 – Contre : 8 – Abstention : 0
La délibération est adoptée.`).replace('En exercice : 21   Présents : 17   Votants : 21', 'En exercice : 21   Présents : 17   Votants : 21\nAbsents : M. Joël GIRARD (jusqu’au point 2023-010), Mme Valérie LABOUACHRA (arrivée à 21h05)'),
    ),
    ...valid(
      'figures without an outcome written',
      SAINT_AY(`N° 2023-010 FINANCES – Ouverture de crédits d'investissement
Le conseil municipal, à 8 voix pour, 11 voix contre et 2 abstentions, vu la nécessité d'inscrire des crédits, DIT que la question sera revue.`),
    ),
  ],
  invalid: [
    ...invalid(
      'health crisis, a meeting by videoconference with two proxies per member: rejected with more votes for',
      `COMMUNE DE NIHERNE
PROCÈS-VERBAL DU CONSEIL MUNICIPAL
Séance du 20 novembre 2020
L'an deux mil vingt, le vingt novembre à 18h30, le Conseil Municipal, légalement convoqué, s'est réuni en visioconférence sous la présidence de Monsieur Bruno MARDELLE, Maire.
Nombre de membres en exercice : 15 – Présents : 10 – Pouvoirs : 4 – Votants : 14
Pouvoirs : Mme Céline BARON à M. Bruno MARDELLE, M. Serge LACOT à M. Bruno MARDELLE, M. Gilles RONDEAU à M. Éric VERDIER, M. Alexandre ALBERT à M. Éric VERDIER.
1. Tarifs de la salle des fêtes
Le Conseil municipal, après en avoir délibéré,
Pour : 9 – Contre : 4 – Abstention : 1
La délibération est rejetée.
2. Motion de soutien aux commerces
Adoptée à l'unanimité.`,
      { at: 'rejetée', message: 'Pour 9, Contre 4 : la majorité absolue des suffrages exprimés a voté pour' },
    ),
    ...invalid(
      'adopted with more votes against',
      SAINT_AY(`N° 2023-010 URBANISME – Cession de la parcelle AB 12
La délibération est adoptée par 8 voix pour, 11 voix contre et 2 abstentions.`),
      { at: 'adoptée', message: 'Pour 8, Contre 11 : la majorité des suffrages exprimés a voté contre, la délibération ne peut pas être adoptée (art. L2121-20 du CGCT).', data: { expected: 'rejete', actual: 'adopte' } },
    ),
    ...invalid(
      'rejected with more votes for',
      SAINT_AY(`N° 2023-011 JEUNESSE – Convention avec Familles Rurales
Pour : 14 – Contre : 5 – Abstention : 2. La proposition est rejetée.`),
      { at: 'rejetée', message: 'Pour 14, Contre 5 : la majorité absolue des suffrages exprimés a voté pour', data: { expected: 'adopte', actual: 'rejete' } },
    ),
    ...invalid(
      'a tie adopted in a secret ballot, where the president has no casting vote',
      SAINT_AY(`N° 2023-012 AFFAIRES GÉNÉRALES – Désignation d'un délégué au syndicat
Le Conseil municipal procède au vote au scrutin secret.
Pour : 10 – Contre : 10 – Abstention : 1
La délibération est adoptée.`),
      { at: 'adoptée', message: 'Pour 10, Contre 10 au scrutin secret : sans voix prépondérante du président' },
    ),
    ...invalid(
      'the same, in English',
      SAINT_AY(`N° 2023-012 AFFAIRES GÉNÉRALES – Désignation d'un délégué au syndicat
Le Conseil municipal procède au vote au scrutin secret.
Pour : 10 – Contre : 10 – Abstention : 1
La délibération est adoptée.`),
      { at: 'adoptée', message: 'For 10, Against 10 in a secret ballot: with no casting vote, a tie is no absolute majority' },
      { locale: 'en' },
    ),
  ],
});
