/**
 * The French and the English messages say the same things: on a set of documents — the corpus, and
 * variants of a Commission Permanente deliberation and of a municipal act with one figure changed
 * at a time, so that most rules report — every diagnostic, its related information and its fix
 * titles carry the same figures in the same order in both languages. And the counts agree with
 * their nouns (`text/plural`).
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import type { Diagnostic } from '../engine/diagnostics';
import { count, counts, isPlural, plural } from '../engine/text/plural';
import { cantineExtrait } from './rules/inline/commune';
import { corpusText, type CorpusId } from './helpers';

const MUNICIPAL = cantineExtrait('par 10 voix pour, 2 voix contre et 1 abstention, suffrages exprimés : 12,');

/**
 * Texts with one figure changed: per line holding figures, its first digit and its last digit each
 * moved by one, and the line dropped. Most relations then break somewhere.
 */
function variants(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  const bump = (k: number, at: number) => {
    const changed = [...lines];
    const line = lines[k];
    changed[k] = `${line.slice(0, at)}${(Number(line[at]) + 1) % 10}${line.slice(at + 1)}`;
    out.push(changed.join('\n'));
  };
  lines.forEach((line, k) => {
    const first = line.search(/\d/);
    if (first < 0) return;
    bump(k, first);
    const last = line.length - 1 - [...line].reverse().join('').search(/\d/);
    if (last !== first) bump(k, last);
    out.push([...lines.slice(0, k), ...lines.slice(k + 1)].join('\n'));
  });
  return out;
}

/** Edits of 000 that the figure variants do not make: an outcome, an absent line, an interest, a stamp. */
function edits(text: string): string[] {
  const replace = (find: string, by: string) => {
    if (!text.includes(find)) throw new Error(`'${find}' not in the text`);
    return text.replace(find, by);
  };
  return [
    replace('(Adopté)', '(Rejeté)'),
    replace('(Adopté)', ''),
    replace('Abstention : 0 voix', 'Abstention : 0 voix\nAbsent sans délégation de vote : 2'),
    replace('Abstention : 0 voix', 'Abstention : 1 voix'),
    replace('Contre : 0 voix', 'Contre : 50 voix'),
    replace(' DEPARTEMENT DU PAS-DE-CALAIS', ' Envoi au contrôle de légalité le : 4 septembre 2022\nAffichage le : 26 septembre 2022\n DEPARTEMENT DU PAS-DE-CALAIS'),
    replace('Dans les conditions de vote ci-dessous :', 'Mme Karine GAUTHIER, intéressée à l’affaire, ne prend part ni au débat ni au vote.\n\nDans les conditions de vote ci-dessous :'),
    replace('M.  Daniel  MACIEJASZ,', 'M.  Daniel  MACIEJASZ, M. Jean-Claude LEROY,'),
  ];
}

const fr = createAnalyzer({ locale: 'fr' });
const en = createAnalyzer({ locale: 'en' });

/** The figures of a message, in order: every run of digits. */
const figures = (text: string) => text.match(/\d+/g) ?? [];

interface Pair {
  where: string;
  fr: string;
  en: string;
}

function pairs(name: string, text: string): Pair[] {
  const a = fr.analyze(text, { uri: 'file:///parity.txt' }).diagnostics;
  const b = en.analyze(text, { uri: 'file:///parity.txt' }).diagnostics;
  expect(b.map(key), name).toEqual(a.map(key));
  return a.flatMap((d, i) => {
    const e = b[i];
    const where = `${name} ${d.code} L${d.range.start.line + 1}`;
    const out: Pair[] = [{ where, fr: d.message, en: e.message }];
    (d.relatedInformation ?? []).forEach((r, j) => out.push({ where: `${where} related ${j}`, fr: r.message, en: e.relatedInformation![j].message }));
    fixTitles(d).forEach((title, j) => out.push({ where: `${where} fix ${j}`, fr: title, en: fixTitles(e)[j] }));
    return out;
  });
}

function key(d: Diagnostic): string {
  return `${d.code}@${d.range.start.line}:${d.range.start.character}`;
}

function fixTitles(d: Diagnostic): string[] {
  const fixes = d.data?.fixes as { title: string }[] | undefined;
  return (fixes ?? []).map((f) => f.title);
}

describe('French and English messages carry the same figures', () => {
  const documents: [string, string][] = [
    ...(['000', '001', '002', '004'] as CorpusId[]).map((id) => [id, corpusText(id)] as [string, string]),
    ...variants(corpusText('000')).map((text, k) => [`000 variant ${k}`, text] as [string, string]),
    ...edits(corpusText('000')).map((text, k) => [`000 edit ${k}`, text] as [string, string]),
    ['municipal', MUNICIPAL],
    ...variants(MUNICIPAL).map((text, k) => [`municipal variant ${k}`, text] as [string, string]),
  ];
  const all = documents.flatMap(([name, text]) => pairs(name, text));

  it('on enough messages to mean something', () => {
    expect(all.length).toBeGreaterThan(150);
    const rules = new Set(all.map((p) => p.where.split(' ').find((w) => /^[a-z]+-[a-z-]+$/.test(w))));
    expect(rules.size).toBeGreaterThanOrEqual(20);
  });

  it('in the same order, for every message, related location and fix title', () => {
    const different = all.filter((p) => figures(p.fr).join(' ') !== figures(p.en).join(' '));
    expect(different).toEqual([]);
  });

  it('never leaves a « (s) » plural in either language', () => {
    expect(all.filter((p) => /\(s\)/.test(p.fr) || /\(s\)/.test(p.en))).toEqual([]);
  });

  it('agrees a count of one with its noun in French (no « 1 excusés », « 1 lignes »)', () => {
    const wrong = all.filter((p) => /(?<![\d,.])\b[01] (?:excusés|présents|lignes|jours|votants|absents|autres)\b/.test(p.fr));
    expect(wrong).toEqual([]);
  });
});

describe('wording', () => {
  it('says the outcome a missing result should be, then what to write (000 without « (Adopté) »)', () => {
    const text = corpusText('000').replace('(Adopté)', '');
    const [d] = fr.analyze(text).diagnostics.filter((x) => x.code === 'vote-outcome');
    expect(d.message).toBe('Le résultat du vote manque : avec Pour 43 et Contre 0, la délibération est adoptée ; écrire « (Adopté) ».');
    expect(fixTitles(d)).toEqual(['Ajouter le résultat : (Adopté)']);
    const [e] = en.analyze(text).diagnostics.filter((x) => x.code === 'vote-outcome');
    expect(e.message).toBe('The outcome is missing: with For 43 and Against 0, the deliberation is adopted; write "(Adopté)".');
  });

  it('names the figure a fix corrects, not « Remplacer Pour par » (000 with Pour 44)', () => {
    const text = corpusText('000').replace('Pour  :  43 voix', 'Pour  :  44 voix');
    const [d] = fr.analyze(text).diagnostics.filter((x) => x.code === 'vote-total');
    expect(fixTitles(d)).toEqual(['Corriger le nombre de voix pour : 43']);
    expect(d.relatedInformation!.map((r) => r.message)).toEqual(['32 présents', '11 excusés']);
    const [e] = en.analyze(text).diagnostics.filter((x) => x.code === 'vote-total');
    expect(fixTitles(e)).toEqual(['Correct the number of votes for: 43']);
  });
});

describe('text/plural', () => {
  it('takes the singular for 0 and 1 in French, for 1 only in English', () => {
    expect([0, 1, 2].map((n) => isPlural(n, 'fr'))).toEqual([false, false, true]);
    expect([0, 1, 2].map((n) => isPlural(n, 'en'))).toEqual([true, false, true]);
    expect(count(1, 'fr', 'excusé')).toBe('1 excusé');
    expect(count(11, 'fr', 'excusé')).toBe('11 excusés');
    expect(count(27, 'fr', 'autre délibération', 'autres délibérations')).toBe('27 autres délibérations');
    expect(count(1, 'fr', 'autre délibération', 'autres délibérations')).toBe('1 autre délibération');
    expect(count(0, 'en', 'row')).toBe('0 rows');
    expect(plural(1, 'en', 'proxy', 'proxies')).toBe('proxy');
    expect(counts(1, ['jour franc', 'jours francs'], ['clear day'])).toEqual({ fr: '1 jour franc', en: '1 clear day' });
  });
});
