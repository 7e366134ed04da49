/**
 * Finds every regular expression written in the engine's TypeScript sources, without running them:
 * regex literals, `new RegExp(…)` / `RegExp(…)` calls, and strings passed to `.match`/`.matchAll`/
 * `.search` (which compile them). A small tokenizer tells a regex literal from a division and skips
 * strings, templates and comments. A `RegExp(…)` argument built from string constants (`ORDINAL_SOURCE`,
 * a template with `${MONTHS}`) is evaluated by resolving those constants in the sources; one that
 * depends on run-time data (a pattern from the settings) is returned with `dynamic` set.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface FoundRegex {
  /** Path relative to the scanned root's parent (`engine/model/vote.ts`). */
  file: string;
  /** 1-based line of the literal or the `RegExp` call. */
  line: number;
  kind: 'literal' | 'constructor' | 'string-pattern';
  source: string;
  flags: string;
  /** Why the source could not be known statically (the expression text). */
  dynamic?: string;
}

type Token =
  | { type: 'ident'; value: string; pos: number }
  | { type: 'number'; value: string; pos: number }
  | { type: 'punct'; value: string; pos: number }
  | { type: 'string'; value: string; pos: number }
  | { type: 'template'; quasis: string[]; exprs: Token[][]; pos: number }
  | { type: 'regex'; source: string; flags: string; pos: number };

/** After these keywords a `/` starts a regex, not a division. */
const REGEX_AFTER_KEYWORD = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await',
]);

function isIdentStart(ch: string): boolean {
  return /[\p{L}_$]/u.test(ch);
}

function isIdentPart(ch: string): boolean {
  return /[\p{L}\p{N}_$]/u.test(ch);
}

/** Decodes a string literal's or template's escapes, as the JavaScript engine does. */
function decodeEscapes(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = raw[++i];
    switch (next) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case '0': out += '\0'; break;
      case 'x':
        out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 3), 16));
        i += 2;
        break;
      case 'u':
        if (raw[i + 1] === '{') {
          const close = raw.indexOf('}', i);
          out += String.fromCodePoint(parseInt(raw.slice(i + 2, close), 16));
          i = close;
        } else {
          out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
          i += 4;
        }
        break;
      case '\r':
        if (raw[i + 1] === '\n') i++;
        break;
      case '\n':
        break;
      default:
        out += next ?? '';
    }
  }
  return out;
}

class Tokenizer {
  private i = 0;
  readonly tokens: Token[] = [];

  constructor(private readonly src: string) {}

  run(): Token[] {
    this.readUntil(undefined, this.tokens);
    return this.tokens;
  }

  /** Reads tokens into `out` until the `}` that closes a template expression (depth 0). */
  private readUntil(closer: '}' | undefined, out: Token[]): void {
    const src = this.src;
    let depth = 0;
    while (this.i < src.length) {
      const ch = src[this.i];
      if (/\s/.test(ch)) {
        this.i++;
        continue;
      }
      if (ch === '/' && src[this.i + 1] === '/') {
        const nl = src.indexOf('\n', this.i);
        this.i = nl < 0 ? src.length : nl;
        continue;
      }
      if (ch === '/' && src[this.i + 1] === '*') {
        const end = src.indexOf('*/', this.i + 2);
        this.i = end < 0 ? src.length : end + 2;
        continue;
      }
      const pos = this.i;
      if (ch === "'" || ch === '"') {
        out.push({ type: 'string', value: this.readString(ch), pos });
        continue;
      }
      if (ch === '`') {
        out.push(this.readTemplate(pos));
        continue;
      }
      if (ch === '/' && this.regexAllowed(out)) {
        out.push(this.readRegex(pos));
        continue;
      }
      if (isIdentStart(ch)) {
        let j = this.i + 1;
        while (j < src.length && isIdentPart(src[j])) j++;
        out.push({ type: 'ident', value: src.slice(this.i, j), pos });
        this.i = j;
        continue;
      }
      if (/\d/.test(ch)) {
        let j = this.i + 1;
        while (j < src.length && /[\w.]/.test(src[j])) j++;
        out.push({ type: 'number', value: src.slice(this.i, j), pos });
        this.i = j;
        continue;
      }
      if (ch === '{') depth++;
      if (ch === '}') {
        if (closer === '}' && depth === 0) {
          this.i++;
          return;
        }
        depth--;
      }
      out.push({ type: 'punct', value: ch, pos });
      this.i++;
    }
  }

  private regexAllowed(out: Token[]): boolean {
    const prev = out[out.length - 1];
    if (!prev) return true;
    if (prev.type === 'number' || prev.type === 'string' || prev.type === 'template' || prev.type === 'regex') return false;
    if (prev.type === 'ident') return REGEX_AFTER_KEYWORD.has(prev.value);
    return prev.value !== ')' && prev.value !== ']' && prev.value !== '}';
  }

  private readString(quote: string): string {
    const src = this.src;
    let j = this.i + 1;
    while (j < src.length && src[j] !== quote) j += src[j] === '\\' ? 2 : 1;
    const raw = src.slice(this.i + 1, j);
    this.i = j + 1;
    return decodeEscapes(raw);
  }

  private readTemplate(pos: number): Token {
    const src = this.src;
    const quasis: string[] = [];
    const exprs: Token[][] = [];
    let j = this.i + 1;
    let start = j;
    while (j < src.length) {
      const ch = src[j];
      if (ch === '\\') {
        j += 2;
        continue;
      }
      if (ch === '`') break;
      if (ch === '$' && src[j + 1] === '{') {
        quasis.push(decodeEscapes(src.slice(start, j)));
        this.i = j + 2;
        const expr: Token[] = [];
        this.readUntil('}', expr);
        exprs.push(expr);
        j = this.i;
        start = j;
        continue;
      }
      j++;
    }
    quasis.push(decodeEscapes(src.slice(start, j)));
    this.i = j + 1;
    return { type: 'template', quasis, exprs, pos };
  }

  private readRegex(pos: number): Token {
    const src = this.src;
    let j = this.i + 1;
    let inClass = false;
    while (j < src.length) {
      const ch = src[j];
      if (ch === '\\') {
        j += 2;
        continue;
      }
      if (ch === '\n') break;
      if (inClass) {
        if (ch === ']') inClass = false;
      } else if (ch === '[') inClass = true;
      else if (ch === '/') break;
      j++;
    }
    const source = src.slice(this.i + 1, j);
    let k = j + 1;
    while (k < src.length && /[a-z]/.test(src[k])) k++;
    const flags = src.slice(j + 1, k);
    this.i = k;
    return { type: 'regex', source, flags, pos };
  }
}

export function tokenize(src: string): Token[] {
  return new Tokenizer(src).run();
}

/** Top-level-ish `const NAME = <expression>;` definitions, as token runs, per file. */
function constantDefinitions(tokens: Token[]): Map<string, Token[]> {
  const out = new Map<string, Token[]>();
  for (let t = 0; t + 2 < tokens.length; t++) {
    const a = tokens[t];
    const name = tokens[t + 1];
    const eq = tokens[t + 2];
    if (a.type !== 'ident' || (a.value !== 'const' && a.value !== 'let')) continue;
    if (name.type !== 'ident' || eq.type !== 'punct' || eq.value !== '=') continue;
    const expr = expressionUntil(tokens, t + 3, [';']);
    out.set(name.value, expr.tokens);
  }
  return out;
}

/** Tokens from `start` to the first closing token at depth 0 (one of `stops`, or an unmatched closer). */
function expressionUntil(tokens: Token[], start: number, stops: string[]): { tokens: Token[]; end: number } {
  let depth = 0;
  let t = start;
  for (; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.type !== 'punct') continue;
    if ('([{'.includes(tok.value)) depth++;
    else if (')]}'.includes(tok.value)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && stops.includes(tok.value)) break;
  }
  return { tokens: tokens.slice(start, t), end: t };
}

type Resolver = (name: string) => Token[] | undefined;

/** Evaluates a string expression of literals, templates, constants, `+` and parentheses. */
function evaluate(tokens: Token[], resolve: Resolver, seen = new Set<string>()): string | undefined {
  let out = '';
  let expectOperand = true;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!expectOperand) {
      if (tok.type === 'punct' && tok.value === '+') {
        expectOperand = true;
        continue;
      }
      return undefined;
    }
    let value: string | undefined;
    if (tok.type === 'string') value = tok.value;
    else if (tok.type === 'template') {
      value = tok.quasis[0];
      for (let k = 0; k < tok.exprs.length; k++) {
        const part = evaluate(tok.exprs[k], resolve, seen);
        if (part === undefined) return undefined;
        value += part + tok.quasis[k + 1];
      }
    } else if (tok.type === 'ident') {
      const def = resolve(tok.value);
      if (!def || seen.has(tok.value)) return undefined;
      value = evaluate(def, resolve, new Set([...seen, tok.value]));
    } else if (tok.type === 'punct' && tok.value === '(') {
      const inner = expressionUntil(tokens, t + 1, []);
      value = evaluate(inner.tokens, resolve, seen);
      t = inner.end;
    }
    if (value === undefined) return undefined;
    out += value;
    expectOperand = false;
  }
  return expectOperand ? undefined : out;
}

function lineOf(src: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos; i++) if (src.charCodeAt(i) === 10) line++;
  return line;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every regex of the `.ts` files under `root` (recursively). */
export function collectRegexes(root: string): FoundRegex[] {
  const files = sourceFiles(root).map((path) => {
    const src = readFileSync(path, 'utf8');
    const tokens = tokenize(src);
    return { path, src, tokens, constants: constantDefinitions(tokens) };
  });
  const global = new Map<string, Token[][]>();
  for (const f of files) for (const [name, def] of f.constants) global.set(name, [...(global.get(name) ?? []), def]);
  const base = join(root, '..');
  const out: FoundRegex[] = [];
  for (const f of files) {
    // The file's own constant first; an imported one when the name is defined once in the tree.
    const resolve: Resolver = (name) => f.constants.get(name) ?? (global.get(name)?.length === 1 ? global.get(name)![0] : undefined);
    const file = relative(base, f.path);
    const walk = (tokens: Token[]) => {
      for (let t = 0; t < tokens.length; t++) {
        const tok = tokens[t];
        if (tok.type === 'template') tok.exprs.forEach(walk);
        if (tok.type === 'regex') {
          out.push({ file, line: lineOf(f.src, tok.pos), kind: 'literal', source: tok.source, flags: tok.flags });
          continue;
        }
        const open = tokens[t + 1];
        if (tok.type !== 'ident' || open?.type !== 'punct' || open.value !== '(') continue;
        const isCall = tok.value === 'RegExp';
        const prev = tokens[t - 1];
        const isStringMethod = ['match', 'matchAll', 'search'].includes(tok.value) && prev?.type === 'punct' && prev.value === '.';
        if (!isCall && !isStringMethod) continue;
        const first = expressionUntil(tokens, t + 2, [',']);
        if (isStringMethod) {
          // `.match(re)` with a variable or a literal regex is found elsewhere; only strings compile here.
          const only = first.tokens.length === 1 ? first.tokens[0] : undefined;
          if (only?.type === 'string' || only?.type === 'template') {
            const source = evaluate(first.tokens, resolve);
            out.push({ file, line: lineOf(f.src, tok.pos), kind: 'string-pattern', source: source ?? '', flags: '', ...(source === undefined ? { dynamic: exprText(f.src, first.tokens) } : {}) });
          }
          continue;
        }
        const sep = tokens[first.end];
        let flags: string | undefined = '';
        if (sep?.type === 'punct' && sep.value === ',') {
          const second = expressionUntil(tokens, first.end + 1, [',']);
          flags = evaluate(second.tokens, resolve);
        }
        const source = evaluate(first.tokens, resolve);
        const entry: FoundRegex = { file, line: lineOf(f.src, tok.pos), kind: 'constructor', source: source ?? '', flags: flags ?? '' };
        if (source === undefined || flags === undefined) entry.dynamic = exprText(f.src, first.tokens);
        out.push(entry);
      }
    };
    walk(f.tokens);
  }
  return out;
}

function exprText(src: string, tokens: Token[]): string {
  if (tokens.length === 0) return '';
  const last = tokens[tokens.length - 1];
  return src.slice(tokens[0].pos, last.pos + 40).split(/[,)]/)[0];
}
