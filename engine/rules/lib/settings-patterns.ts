/** Patterns from the settings, kept only when running them on model text stays bounded. */

/**
 * A settings pattern is run on every visa, and JavaScript's regex engine backtracks: only patterns
 * whose cost stays bounded are kept — no quantified group (`(a+)+`, `(a|aa)*`), no back-reference,
 * at most two unbounded quantifiers (`\s*`, `+`, `{n,}`), run on at most the visa's first 400
 * characters (two unbounded quantifiers cost at most a cube of that).
 */
export function isLinearPattern(source: string): boolean {
  if (source.length > 500 || /\\[1-9]|\\k</.test(source)) return false;
  let unbounded = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ')' && /^[*+?{]/.test(source.slice(i + 1, i + 2))) return false;
    else if (ch === '*' || ch === '+') unbounded++;
    else if (ch === '{' && /^\{\d*,\}/.test(source.slice(i, i + 8))) unbounded++;
  }
  return unbounded <= 2;
}

/** How much of a visa a settings pattern reads (see `isLinearPattern`). */
export const PATTERN_TEXT_LIMIT = 400;
