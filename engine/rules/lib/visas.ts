/**
 * The visas a Commission Permanente deliberation must cite (domain.md §3, §8.1–8.3): their canonical
 * texts, how each is recognised in the model, and the délégation d’attributions in force — shared by
 * visa-required, visa-citation and the completion of visas.
 */
import type { FileContext } from '../types';
import type { Visa } from '../../model/types';
import { isoDate } from '../../text/dates';
import { collapseSpaces, foldBare } from '../../text/normalize';
import { memoized } from '../helpers';

export const CGCT_ARTICLES = ['L.3121-14', 'L.3121-14-1', 'L.3211-1', 'L.3211-2'] as const;

export const CANONICAL_CGCT =
  'Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;';
export const CANONICAL_RAPPORT = 'Vu le rapport du Président du Conseil départemental, ci-annexé ;';
const DELEGATION_TITLE = 'Délégation d’attributions à la Commission Permanente';
export const PLACEHOLDER_NUMBER = 'AAAA-NNN';
export const PLACEHOLDER_DATE = 'JJ/MM/AAAA';

/** `Vu le Code Général des Collectivités Territoriales …`, or the abbreviation `Vu le CGCT …`. */
export const isCgctVisa = memoized((visa: Visa): boolean => {
  if (visa.kind === 'code' && visa.code) return /\bcollectivites\s+territoriales\b/.test(foldBare(visa.code.name));
  return (visa.kind === 'code' || visa.kind === 'other') && /^vu\s*(?::\s*)?(?:le\s+)?c\.?\s?g\.?\s?c\.?\s?t\b/.test(foldBare(visa.text.slice(0, 40)));
});

// Memoised per visa: the file rules ask again on every keystroke, for every visa of the file.
export const isDelegationVisa = memoized((visa: Visa): boolean => {
  if (visa.kind !== 'deliberation') return false;
  const text = foldBare(visa.act?.title?.value ?? visa.text);
  return /\bdelegations?\s+(?:d'\s?|de\s+)attributions?\b/.test(text) && /\bcommission\s+permanente\b/.test(text);
});

export const isPresidentReportVisa = memoized((visa: Visa): boolean => visa.kind === 'rapport' && /\bpresident/.test(foldBare(visa.text)));

// ── The délégation in force ──────────────────────────────────────────────────────────────────

interface DelegationCitation {
  number?: string;
  text: string;
  date?: string;
}

/**
 * The délégation to cite: the configured number (with the date found in the file or the workspace),
 * else the one most deliberations of the file cite, else the workspace's; a placeholder otherwise.
 */
export function delegationText(context: Pick<FileContext, 'dossiers' | 'options' | 'workspace'>): string {
  const cited: DelegationCitation[] = [];
  for (const dossier of context.dossiers) {
    for (const visa of dossier.deliberation.visas) {
      if (!isDelegationVisa(visa)) continue;
      cited.push({ number: visa.act?.number?.value, text: collapseSpaces(visa.text), date: visa.act?.date ? isoDate(visa.act.date.date) : undefined });
    }
  }
  const configured = context.options.visas.delegation;
  if (configured) {
    const match = cited.find((c) => c.number === configured);
    if (match) return match.text;
    for (const file of context.workspace?.files ?? []) {
      const act = file.acts.find((a) => a.kind === 'deliberation' && a.number === configured && a.dateText && isDelegationTitle(a.title));
      if (act) return canonicalDelegation(configured, act.dateText!);
    }
    return canonicalDelegation(configured, PLACEHOLDER_DATE);
  }
  const best = mostCited(cited.map((c) => ({ key: `${c.number}@${c.date}`, value: c.text })));
  if (best) return best;
  const elsewhere: { key: string; value: string }[] = [];
  for (const file of context.workspace?.files ?? []) {
    for (const act of file.acts) {
      if (act.kind !== 'deliberation' || !act.number || !act.dateText || !isDelegationTitle(act.title)) continue;
      elsewhere.push({ key: `${act.number}@${act.date}`, value: canonicalDelegation(act.number, act.dateText) });
    }
  }
  return mostCited(elsewhere) ?? canonicalDelegation(PLACEHOLDER_NUMBER, PLACEHOLDER_DATE);
}

function isDelegationTitle(title: string | undefined): boolean {
  if (!title) return false;
  const bare = foldBare(title);
  return /\bdelegations?\s+(?:d'\s?|de\s+)attributions?\b/.test(bare) && /\bcommission\s+permanente\b/.test(bare);
}

function canonicalDelegation(number: string, date: string): string {
  return `Vu la délibération n°${number} du Conseil départemental en date du ${date} « ${DELEGATION_TITLE} » ;`;
}

function mostCited(items: { key: string; value: string }[]): string | undefined {
  const counts = new Map<string, { n: number; value: string }>();
  for (const item of items) {
    const entry = counts.get(item.key);
    if (entry) entry.n++;
    else counts.set(item.key, { n: 1, value: item.value });
  }
  let best: { n: number; value: string } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.value;
}
