/**
 * Rule ids typed by hand (`--rule`, `.delibera.json`): an unknown one is an error in the CLI, with
 * the nearest id of the catalogue suggested, since a misspelt `vote-totl=off` would otherwise
 * silently leave the rule on.
 */
import { findRule, rules } from '../engine/rules/index';
import { msg, type Message } from './messages';

export function isKnownRule(id: string): boolean {
  return findRule(id) !== undefined;
}

/** The catalogue's id closest to `id` (edit distance), when it is close enough to be a typo. */
export function nearestRuleId(id: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const rule of rules) {
    const distance = editDistance(id, rule.id);
    if (distance < bestDistance) {
      best = rule.id;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

/** `règle inconnue "vote-totl" (voulez-vous dire "vote-total" ?)`. */
export function unknownRuleMessage(id: string): Message {
  const near = nearestRuleId(id);
  return near
    ? msg(`règle inconnue "${id}" (voulez-vous dire "${near}" ?)`, `unknown rule "${id}" (did you mean "${near}"?)`)
    : msg(`règle inconnue "${id}" (la liste : docs/rules/README.md)`, `unknown rule "${id}" (the list: docs/rules/README.md)`);
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
