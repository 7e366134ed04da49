/**
 * Glob patterns for `--ignore`, the config's `ignore` and file arguments: `*` and `?` within a
 * name, `**` across folders, `[abc]`/`[!a-z]`, `{a,b}`. Matched by hand, segment by segment, with
 * the classic last-star backtracking: time is at most pattern × path, whatever the input.
 */

type Token =
  | { kind: 'star' }
  | { kind: 'any' }
  | { kind: 'char'; char: string }
  | { kind: 'class'; negated: boolean; singles: string; ranges: [string, string][] };

type Segment = { kind: 'globstar' } | { kind: 'name'; tokens: Token[] };

export interface Glob {
  source: string;
  /** Whether `path` (relative, `/`-separated, no leading `./`) matches. */
  matches(path: string): boolean;
}

const MAX_BRACE_EXPANSIONS = 256;

export function hasMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

export function compileGlob(pattern: string, options: { nocase?: boolean } = {}): Glob {
  const nocase = options.nocase ?? false;
  const alternatives = expandBraces(normalizeSlashes(pattern)).map((one) => parsePattern(nocase ? one.toLowerCase() : one));
  return {
    source: pattern,
    matches(path: string) {
      const parts = splitPath(nocase ? path.toLowerCase() : path);
      return alternatives.some((segments) => matchSegments(segments, parts));
    },
  };
}

export function normalizeSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function splitPath(path: string): string[] {
  return normalizeSlashes(path).split('/').filter((part) => part !== '' && part !== '.');
}

function parsePattern(pattern: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '**') {
      if (segments[segments.length - 1]?.kind !== 'globstar') segments.push({ kind: 'globstar' });
    } else segments.push({ kind: 'name', tokens: tokenize(part) });
  }
  return segments;
}

function tokenize(part: string): Token[] {
  const tokens: Token[] = [];
  const chars = [...part];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'any' });
    else if (char === '[') {
      const close = chars.indexOf(']', i + 2);
      if (close < 0) {
        tokens.push({ kind: 'char', char });
        continue;
      }
      let body = chars.slice(i + 1, close);
      const negated = body[0] === '!' || body[0] === '^';
      if (negated) body = body.slice(1);
      let singles = '';
      const ranges: [string, string][] = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) {
          ranges.push([body[j], body[j + 2]]);
          j += 2;
        } else singles += body[j];
      }
      tokens.push({ kind: 'class', negated, singles, ranges });
      i = close;
    } else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

function matchToken(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'any': return true;
    case 'char': return token.char === char;
    case 'class': {
      const inside = token.singles.includes(char) || token.ranges.some(([from, to]) => char >= from && char <= to);
      return inside !== token.negated;
    }
    default: return false;
  }
}

/** One name against one segment's tokens: `*` with backtracking to the last star only. */
function matchName(tokens: readonly Token[], name: string): boolean {
  const chars = [...name];
  let t = 0;
  let c = 0;
  let starToken = -1;
  let starChar = 0;
  while (c < chars.length) {
    const token = tokens[t];
    if (token && token.kind === 'star') {
      starToken = t++;
      starChar = c;
    } else if (token && matchToken(token, chars[c])) {
      t++;
      c++;
    } else if (starToken >= 0) {
      t = starToken + 1;
      c = ++starChar;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

/** Path segments against pattern segments: `**` is a star over whole segments. */
function matchSegments(segments: readonly Segment[], parts: readonly string[]): boolean {
  let s = 0;
  let p = 0;
  let starSegment = -1;
  let starPart = 0;
  while (p < parts.length) {
    const segment = segments[s];
    if (segment && segment.kind === 'globstar') {
      starSegment = s++;
      starPart = p;
    } else if (segment && segment.kind === 'name' && matchName(segment.tokens, parts[p])) {
      s++;
      p++;
    } else if (starSegment >= 0) {
      s = starSegment + 1;
      p = ++starPart;
    } else return false;
  }
  while (segments[s]?.kind === 'globstar') s++;
  return s === segments.length;
}

/** `a/{b,c}/*.{txt,delib}` → four patterns; nested braces work; a lone `{` is literal. */
export function expandBraces(pattern: string): string[] {
  const out: string[] = [];
  const queue = [pattern];
  while (queue.length > 0 && out.length + queue.length <= MAX_BRACE_EXPANSIONS) {
    const current = queue.shift()!;
    const group = firstBraceGroup(current);
    if (!group) {
      out.push(current);
      continue;
    }
    const head = current.slice(0, group.open);
    const tail = current.slice(group.close + 1);
    for (const option of group.options) queue.push(`${head}${option}${tail}`);
  }
  return out.length > 0 ? [...out, ...queue] : [pattern];
}

function firstBraceGroup(pattern: string): { open: number; close: number; options: string[] } | undefined {
  for (let open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', open + 1)) {
    let depth = 0;
    let start = open + 1;
    const options: string[] = [];
    for (let i = open; i < pattern.length; i++) {
      const char = pattern[i];
      if (char === '{') depth++;
      else if (char === '}') {
        depth--;
        if (depth === 0) {
          options.push(pattern.slice(start, i));
          if (options.length > 1) return { open, close: i, options };
          break;
        }
      } else if (char === ',' && depth === 1) {
        options.push(pattern.slice(start, i));
        start = i + 1;
      }
    }
  }
  return undefined;
}
