/** Loads the deliberation grammar with vscode-textmate and Oniguruma, as VS Code does. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);

export const GRAMMAR_PATH = new URL('../../syntaxes/deliberation.tmLanguage.json', import.meta.url);

export interface LineTokens {
  line: string;
  tokens: { text: string; scopes: string[] }[];
}

export async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  const onigLib = oniguruma.loadWASM(wasm).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
  const registry = new textmate.Registry({
    onigLib,
    loadGrammar: async (scopeName) =>
      scopeName === 'text.deliberation' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH.pathname) : null,
  });
  const grammar = await registry.loadGrammar('text.deliberation');
  if (!grammar) throw new Error('text.deliberation not loaded');
  return grammar;
}

/** Tokenizes a whole text line by line, carrying the rule stack like the editor does. */
export function tokenize(grammar: textmate.IGrammar, lines: readonly string[]): LineTokens[] {
  let stack = textmate.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return { line, tokens: result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes })) };
  });
}

/** Lines (0-based) holding at least one token with `scope`. */
export function linesWithScope(tokenized: readonly LineTokens[], scope: string): number[] {
  const found: number[] = [];
  tokenized.forEach((line, index) => {
    if (line.tokens.some((token) => token.scopes.includes(scope))) found.push(index);
  });
  return found;
}
