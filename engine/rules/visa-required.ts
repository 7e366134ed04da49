/**
 * visa-required (domain.md §3, §8.1–8.3): a Commission Permanente deliberation cites what gives the
 * commission its powers — the CGCT articles on its functioning and competence (L.3121-14,
 * L.3121-14-1, L.3211-1, L.3211-2), the council's délégation d’attributions, and the president's
 * report. A missing visa is reported on the preamble with its canonical text and the line after which
 * it goes (order of §8.2); an incomplete CGCT visa is reported on itself. `delibera.visas.required`
 * replaces the default set by patterns (presence only).
 */
import type { Deliberation, Dossier, Range, Visa } from '../model/types';
import { codeArticles } from '../model/visas';
import type { Fix, FileContext, Rule } from './types';
import { memoized, message } from './helpers';
import {
  CANONICAL_CGCT,
  CANONICAL_RAPPORT,
  CGCT_ARTICLES,
  delegationText,
  isCgctVisa,
  isDelegationVisa,
  isPresidentReportVisa,
  PLACEHOLDER_DATE,
  PLACEHOLDER_NUMBER,
} from './lib/visas';
import { isLinearPattern, PATTERN_TEXT_LIMIT } from './lib/settings-patterns';

// ── Recognising the required visas ───────────────────────────────────────────────────────────

function cgctArticles(visa: Visa): string[] {
  return visa.code?.articles ?? codeArticles(visa.text);
}

/** The CGCT visa on the Commission Permanente: the one citing any of the four articles. */
function cgctVisa(d: Deliberation): { visa: Visa; missing: string[] } | undefined {
  let best: { visa: Visa; missing: string[] } | undefined;
  for (const visa of d.visas) {
    if (!isCgctVisa(visa)) continue;
    const cited = new Set(cgctArticles(visa));
    const missing = CGCT_ARTICLES.filter((a) => !cited.has(a));
    if (missing.length === CGCT_ARTICLES.length) continue;
    if (!best || missing.length < best.missing.length) best = { visa, missing };
  }
  return best;
}

// ── Where a visa goes (§8.2) ─────────────────────────────────────────────────────────────────

/** Rank of a visa in the conventional order. */
function rank(visa: Visa): number {
  if (isCgctVisa(visa) && cgctArticles(visa).some((a) => (CGCT_ARTICLES as readonly string[]).includes(a))) return 0;
  switch (visa.kind) {
    case 'code':
      return 1;
    case 'loi':
    case 'ordonnance':
    case 'decret':
    case 'arrete':
      return 2;
    case 'deliberation':
      return isDelegationVisa(visa) ? 3 : 4;
    case 'convention':
    case 'other':
      return 5;
    case 'reglement':
      return 6;
    case 'rapport':
      return 7;
    case 'avis':
      return 8;
    case 'informe':
      return 9;
  }
}

/** 0-based line after which a visa of `wanted` rank is inserted, given the visas' ranks. */
function insertAfter(d: Deliberation, ranks: readonly number[], wanted: number): number | undefined {
  let after: Visa | undefined;
  d.visas.forEach((visa, i) => {
    if (ranks[i] <= wanted) after = visa;
  });
  if (after) return after.range.end.line;
  const first = d.visas[0];
  if (first) return Math.max(first.range.start.line - 1, d.preamble ? d.preamble.end.line : 0);
  return d.preamble?.end.line;
}

// ── The rule ─────────────────────────────────────────────────────────────────────────────────

/** Inserting `text` as a new line after 0-based line `after`. */
function insertion(text: string, after: number | undefined, preferred: boolean): Fix[] | undefined {
  if (after === undefined) return undefined;
  const at = { line: after + 1, character: 0 };
  return [{ title: message(`Insérer « ${text} »`, `Insert "${text}"`), range: { start: at, end: at }, text: `${text}\n`, preferred }];
}

/** Where a missing visa is reported: the preamble, else the first visa, else the number or header. */
function anchor(d: Deliberation): Range {
  return d.preamble ?? d.visas[0]?.range ?? d.number?.range ?? d.header;
}

/** What the default checks read of a deliberation's visas, derived once per model. */
const visaFacts = memoized((d: Deliberation) => {
  let ranks: number[] | undefined;
  return {
    cgct: cgctVisa(d),
    delegation: d.visas.some(isDelegationVisa),
    presidentReport: d.visas.some(isPresidentReportVisa),
    ranks: () => (ranks ??= d.visas.map(rank)),
  };
});

function checkDefaults(dossier: Dossier, context: FileContext, delegation: () => string): void {
  const d = dossier.deliberation;
  const at = anchor(d);
  const facts = visaFacts(d);
  const cgct = facts.cgct;
  const after = (wanted: number) => insertAfter(d, facts.ranks(), wanted);
  if (!cgct) {
    context.report({
      range: at,
      message: message(
        `Visa manquant : le Code Général des Collectivités Territoriales, articles ${CGCT_ARTICLES.join(', ')} (fonctionnement et compétences de la Commission Permanente).`,
        `Missing visa: the Code Général des Collectivités Territoriales, articles ${CGCT_ARTICLES.join(', ')} (functioning and powers of the Commission Permanente).`,
      ),
      data: { visa: 'cgct', expected: CANONICAL_CGCT, insertAfterLine: after(0) },
      fixes: insertion(CANONICAL_CGCT, after(0), true),
    });
  } else if (cgct.missing.length > 0) {
    context.report({
      range: cgct.visa.range,
      message: message(
        `Visa du CGCT incomplet : ${cgct.missing.length === 1 ? 'l’article' : 'les articles'} ${cgct.missing.join(', ')} ${cgct.missing.length === 1 ? 'manque' : 'manquent'} (attendus : ${CGCT_ARTICLES.join(', ')}).`,
        `Incomplete CGCT visa: article${cgct.missing.length === 1 ? '' : 's'} ${cgct.missing.join(', ')} ${cgct.missing.length === 1 ? 'is' : 'are'} missing (expected: ${CGCT_ARTICLES.join(', ')}).`,
      ),
      data: { visa: 'cgct', missing: cgct.missing, expected: CANONICAL_CGCT, replace: cgct.visa.range },
      fixes: [{ title: message('Citer les quatre articles', 'Cite the four articles'), range: cgct.visa.range, text: CANONICAL_CGCT, preferred: true }],
    });
  }
  if (!facts.delegation) {
    const text = delegation();
    context.report({
      range: at,
      message: message(
        'Visa manquant : la délibération du Conseil départemental portant « Délégation d’attributions à la Commission Permanente », qui fonde sa compétence (art. L.3211-2 du CGCT).',
        'Missing visa: the Conseil départemental deliberation "Délégation d’attributions à la Commission Permanente" on which its powers rest (art. L.3211-2 CGCT).',
      ),
      data: { visa: 'delegation', expected: text, insertAfterLine: after(3) },
      // A placeholder to complete is offered, never applied on its own.
      fixes: insertion(text, after(3), !text.includes(PLACEHOLDER_DATE) && !text.includes(PLACEHOLDER_NUMBER)),
    });
  }
  if (!facts.presidentReport) {
    context.report({
      range: at,
      message: message(
        'Visa manquant : « Vu le rapport du Président du Conseil départemental, ci-annexé ».',
        'Missing visa: "Vu le rapport du Président du Conseil départemental, ci-annexé".',
      ),
      data: { visa: 'rapport', expected: CANONICAL_RAPPORT, insertAfterLine: after(7) },
      fixes: insertion(CANONICAL_RAPPORT, after(7), true),
    });
  }
}

function compile(patterns: readonly string[]): { source: string; re: RegExp }[] {
  const out: { source: string; re: RegExp }[] = [];
  for (const source of patterns) {
    if (!isLinearPattern(source)) continue;
    try {
      out.push({ source, re: new RegExp(source, 'iu') });
    } catch {
      // An invalid pattern in the settings checks nothing (the settings schema reports it).
    }
  }
  return out;
}

export const visaRequired: Rule = {
  id: 'visa-required',
  severity: 'warning',
  scope: 'file',
  templates: ['departement-cp'],
  description: message(
    'Les visas obligatoires sont présents et complets : CGCT (L.3121-14, L.3121-14-1, L.3211-1, L.3211-2), délégation d’attributions, rapport du Président.',
    'The required visas are present and complete: CGCT (L.3121-14, L.3121-14-1, L.3211-1, L.3211-2), délégation d’attributions, president’s report.',
  ),
  check(context) {
    const configured = context.options.visas.required;
    const patterns = configured ? compile(configured) : undefined;
    let delegation: string | undefined;
    const lazyDelegation = () => (delegation ??= delegationText(context));
    for (const dossier of context.dossiers) {
      const d = dossier.deliberation;
      // Only a deliberation whose visa block was found (or begun) can miss a visa.
      if (!d.preamble && d.visas.length === 0) continue;
      if (!patterns) {
        checkDefaults(dossier, context, lazyDelegation);
        continue;
      }
      for (const { source, re } of patterns) {
        if (d.visas.some((v) => re.test(v.text.length > PATTERN_TEXT_LIMIT ? v.text.slice(0, PATTERN_TEXT_LIMIT) : v.text))) continue;
        context.report({
          range: anchor(d),
          message: message(
            `Visa manquant : aucun visa ne correspond au motif requis « ${source} » (delibera.visas.required).`,
            `Missing visa: no visa matches the required pattern "${source}" (delibera.visas.required).`,
          ),
          data: { pattern: source },
        });
      }
    }
  },
};

