/**
 * The grammar on the whole corpus: every block the domain reference describes gets its scope on
 * exactly the lines where it occurs, and hostile lines are tokenized whole, their tokens in step with
 * their length (their time is `npm run bench`'s).
 * Expected counts were read from the corpus with the domain's own line patterns (grep), not from
 * the grammar: 33 deliberations, hence 33 numbers, DECIDE, Pour lines, (Adopté) (domain §0, §1.2).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IGrammar } from 'vscode-textmate';
import { linesWithScope, loadGrammar, tokenize, type LineTokens } from './textmate';

const FILES = ['000_8d5666818704f46d.txt', '001_31979806140e0f38.txt', '002_1db52241779bf69e.txt', '003_b2bb4981e98d102e.txt', '004_1dc4fcee360ef1bf.txt'];
const S = '.deliberation';

let grammar: IGrammar;
let corpus: LineTokens[][];

beforeAll(async () => {
  grammar = await loadGrammar();
  corpus = FILES.map((file) => tokenize(grammar, readFileSync(new URL(`../fixtures/corpus/${file}`, import.meta.url), 'utf8').split('\n')));
}, 60_000);

/** Lines, over all files, carrying `scope`, as `file:line` (1-based like the domain reference). */
function where(scope: string): string[] {
  return corpus.flatMap((file, f) => linesWithScope(file, scope + S).map((line) => `${FILES[f]!.slice(0, 3)}:${line + 1}`));
}

/** Lines, over all files, matching a plain regular expression. */
function matching(pattern: RegExp): string[] {
  return corpus.flatMap((file, f) => file.flatMap((line, index) => (pattern.test(line.line) ? [`${FILES[f]!.slice(0, 3)}:${index + 1}`] : [])));
}

describe('deliberation blocks over the corpus', () => {
  it('finds the 33 deliberation numbers and nothing else', () => {
    expect(where('constant.numeric.deliberation-number')).toEqual(matching(/^\(N°\d{4}-\d{1,4}\)\s*$/));
    expect(where('constant.numeric.deliberation-number')).toHaveLength(33);
    // 003 L37 `(N°2022-80)`, 001 L35 `(N°2024-577)`.
    expect(where('constant.numeric.deliberation-number')).toContain('003:37');
    expect(where('constant.numeric.deliberation-number')).toContain('001:35');
  });

  it('finds DECIDE, the formula and the vote intro once per deliberation', () => {
    expect(where('keyword.control.decide')).toHaveLength(33);
    expect(where('keyword.other.formula')).toHaveLength(33);
    expect(where('keyword.other.vote.intro')).toHaveLength(33);
    // `La Commission Permanente du Conseil départemental du Pas-de-Calais,` (` ;` at L12119), not prose.
    expect(where('keyword.other.preamble')).toEqual(matching(/^\s*La Commission Permanente du Conseil départemental du Pas-de-Calais\s*[,;]\s*$/));
    expect(where('keyword.other.preamble')).toHaveLength(33);
    // ` DECIDE :` with a page-initial space (L1311) and ` Après en avoir délibéré,` (L4524).
    expect(where('keyword.control.decide')).toContain('003:1311');
    expect(where('keyword.other.formula')).toContain('003:4524');
  });

  it('finds every vote line with its figure', () => {
    expect(where('meta.vote.for')).toHaveLength(33);
    expect(where('meta.vote.against')).toHaveLength(33);
    // Abstention 29× with 0, plus L4570, L18532, L34231 (1 voix) and L5830 (Abstentions : 2 voix).
    expect(where('meta.vote.abstention')).toHaveLength(33);
    expect(where('meta.vote.absent')).toEqual(['003:12186', '003:14373', '003:18533', '003:43985']);
    const abstentions = corpus[3]![5829]!.tokens.filter((token) => token.scopes.includes('constant.numeric.vote-count' + S));
    expect(abstentions.map((token) => token.text)).toEqual(['2']);
  });

  it('finds the outcome of every deliberation', () => {
    expect(where('keyword.other.outcome.adopted')).toHaveLength(33);
    expect(where('keyword.other.outcome.rejected')).toEqual([]);
  });

  it('finds every article heading of the domain pattern', () => {
    const headings = matching(/^\s*Article\s+(\d+|unique)\s*:\s*$/);
    expect(headings).toHaveLength(77);
    const found = new Set(where('markup.heading.article'));
    expect(headings.filter((line) => !found.has(line))).toEqual([]);
  });

  it('finds page markers and report footers, and only those lines', () => {
    expect(where('comment.line.page-marker')).toEqual(matching(/^\s*\d+ \/ \d+\s*$/));
    expect(where('comment.line.footer')).toEqual(matching(/^\s*CP\d{8}-\d+\s*$/));
    expect(where('comment.line.footer')).toContain('003:10670'); // `CP20220321-12`
  });

  it('opens the présents list of every deliberation', () => {
    const present = matching(/^\s*[ÉE]taient\s+présents\s*:/);
    expect(present).toHaveLength(33);
    const found = new Set(where('keyword.other.attendance'));
    expect(present.filter((line) => !found.has(line))).toEqual([]);
  });

  it('reads names cut across lines inside the lists', () => {
    // 003 L15–16: `M. Daniel` ⏎ `MACIEJASZ`; 002 L28–29: `M. Jean-` ⏎ `Louis COTTIGNY`.
    const persons = (file: number, line: number) =>
      corpus[file]![line - 1]!.tokens.filter((token) => token.scopes.includes('variable.other.person' + S)).map((token) => token.text);
    expect(persons(3, 16)[0]).toBe('MACIEJASZ');
    expect(persons(2, 28).at(-1)).toBe('Jean-');
    expect(persons(2, 29)).toEqual(['Louis COTTIGNY']);
    // 003 L17: doubled spaces of justified text.
    expect(persons(3, 17)).toContain('Bénédicte  MESSEANNE-GROBELNY');
  });

  it('starts a visa on every `Vu` line and never leaks a quotation past a blank line', () => {
    expect(where('keyword.other.visa')).toEqual(matching(/^\s*Vu\s/));
    for (const file of corpus) {
      file.forEach((line) => {
        if (line.line.trim() === '') expect(line.tokens.every((token) => token.scopes.length === 1)).toBe(true);
      });
    }
  });
});

describe('amounts', () => {
  const amounts = (file: number, line: number) =>
    corpus[file]![line - 1]!.tokens.filter((token) => token.scopes.includes('constant.numeric.amount' + S)).map((token) => token.text.trim());

  it('reads the printed formats of the corpus', () => {
    expect(amounts(3, 3079).join('')).toBe('18 998,50€'); // `18 998,50 €`, tokens: figure, currency
    expect(amounts(3, 3138).join('')).toBe('13 398€'); // glued `€`
    expect(amounts(1, 87).join('|')).toBe('53 500,00|16 500,00'); // 001 L87, two cells
    expect(amounts(3, 12464).join('')).toBe('2.670.150,00€'); // dot thousands
    expect(amounts(2, 234).join('')).toBe('2 101 975euros'); // 002 L234, written out
  });
});

describe('hostile input', () => {
  const hostile = ['1 ', '1 234', '«', '.', 'Jean ', '- ', 'A', '; ', 'Jean-', '12/', 'C03-', 'n°', 'L.', '1,', '€1 ', '9', ' ', '0,', '1.000', '9999/', 'M. ', '(Groupe ', '"a', 'Abc DEF '];
  const prefixes = ['', 'Vu ', 'Étaient présents : ', 'Pour : ', '%% delibera-disable ', 'DEPARTEMENT DU '];
  /** Lengths 15 000 apart, a multiple of every unit's length: each step adds the same whole units. */
  const LENGTHS = [5_000, 20_000, 35_000];

  it('tokenizes long lines whole, the tokens growing in step with the line', () => {
    // VS Code stops tokenizing at 20 000 characters (editor.maxTokenizationLineLength); 35 000 goes
    // past it. Each line's tokens cover it end to end, and each 15 000 characters of filler add
    // exactly as many tokens as the previous 15 000: the count is linear in the length. The time
    // (5 000 → 20 000 characters, bound 12×) is measured by `npm run bench` (bench/linearity.mjs);
    // a regex that really hangs is still caught by vitest's test timeout (30 s, vitest.config.ts).
    const problems: string[] = [];
    for (const prefix of prefixes) {
      for (const unit of hostile) {
        const line = (length: number) => prefix + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + 'x';
        const counts = LENGTHS.map((length) => {
          const text = line(length);
          const { tokens } = grammar.tokenizeLine(text, null);
          const gap = tokens.findIndex((token, k) => token.startIndex !== (k === 0 ? 0 : tokens[k - 1]!.endIndex));
          if (gap >= 0 || tokens.at(-1)!.endIndex < text.length) problems.push(`${JSON.stringify(prefix + unit)} at ${length}: tokens do not cover the line`);
          return tokens.length;
        });
        const [small, middle, large] = counts as [number, number, number];
        if (large - middle !== middle - small) problems.push(`${JSON.stringify(prefix + unit)}: ${counts.join(' → ')} tokens`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('tokenizes the 44 000-line session file, every line whole', () => {
    const lines = readFileSync(new URL(`../fixtures/corpus/${FILES[3]}`, import.meta.url), 'utf8').split('\n');
    const tokenized = tokenize(grammar, lines);
    expect(tokenized).toHaveLength(lines.length);
    expect(tokenized.filter((line) => line.tokens.map((token) => token.text).join('') !== line.line).length).toBe(0);
  });
});
