/** The CLI's pure parts: arguments, globs and ignores, edits, diffs, encodings. */
import { describe, expect, it } from 'vitest';
import { parseArgs, parseSize } from '../../cli/args';
import { unifiedDiff } from '../../cli/diff';
import { decode, encode, looksBinary } from '../../cli/encoding';
import { applyEdits, dominantLineEnding, safeFixes } from '../../cli/fix';
import { compileGlob, expandBraces } from '../../cli/glob';
import { compileIgnores, ignoredBy } from '../../cli/ignore';
import { splitGlob } from '../../cli/files';
import { workerCount } from '../../cli/pool';
import { progressBar } from '../../cli/progress';
import type { Diagnostic } from '../../engine/diagnostics';

describe('parseArgs', () => {
  it('reads every option', () => {
    const parsed = parseArgs([
      'check', '--format', 'sarif', '-o', 'out.sarif', '--locale=en', '-c', 'conf.json', '--ignore', 'a/**', '--ignore=b/',
      '--rule', 'vote-total=off', '--fix-dry-run', '--max-warnings', '0', '--max-file-size', '5MB', '--follow-symlinks', '-j', '3',
      '--no-color', '--no-progress', '-q', 'x.txt', '--', '--odd-name.txt',
    ]);
    expect(parsed).toEqual({
      ok: true,
      options: expect.objectContaining({
        command: 'check', format: 'sarif', output: 'out.sarif', locale: 'en', config: 'conf.json', ignore: ['a/**', 'b/'],
        rules: { 'vote-total': 'off' }, fix: 'dry-run', maxWarnings: 0, maxFileSize: 5_000_000, followSymlinks: true, jobs: 3,
        color: false, progress: false, quiet: true, paths: ['x.txt', '--odd-name.txt'],
      }),
    });
  });

  it('refuses what it does not know, naming it', () => {
    const cases: [string[], RegExp][] = [
      [['lint'], /unknown command 'lint'/],
      [['check', '--format', 'xml'], /--format must be human, json or sarif, not 'xml'/],
      [['check', '--frobnicate'], /unknown option '--frobnicate'/],
      [['check', '--rule', 'vote-total'], /--rule must be/],
      [['check', '--max-warnings', '-1'], /--max-warnings must be/],
      [['check', '--jobs', '0'], /--jobs must be/],
      [['check', '--config'], /option --config needs a value/],
      [['check', '--fix=yes'], /option --fix takes no value/],
    ];
    for (const [argv, expected] of cases) {
      const parsed = parseArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.error.en).toMatch(expected);
    }
  });

  it('reads sizes in decimal and binary units', () => {
    expect(parseSize('20MB')).toBe(20_000_000);
    expect(parseSize('512 kb')).toBe(512_000);
    expect(parseSize('1,5M')).toBe(1_500_000);
    expect(parseSize('2MiB')).toBe(2 * 1024 * 1024);
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('lots')).toBeUndefined();
  });
});

describe('globs and ignore patterns', () => {
  it('matches names, folders and alternatives', () => {
    const glob = (pattern: string, path: string) => compileGlob(pattern).matches(path);
    expect(glob('*.txt', 'a.txt')).toBe(true);
    expect(glob('*.txt', 'dir/a.txt')).toBe(false);
    expect(glob('**/*.txt', 'a.txt')).toBe(true);
    expect(glob('**/*.txt', 'x/y/z/a.txt')).toBe(true);
    expect(glob('archives/**', 'archives/2021/a.txt')).toBe(true);
    expect(glob('a/**/b/*.delib', 'a/b/c.delib')).toBe(true);
    expect(glob('a/**/b/*.delib', 'a/x/y/b/c.delib')).toBe(true);
    expect(glob('a/**/b/*.delib', 'a/x/y/c.delib')).toBe(false);
    expect(glob('CP2022-0?.txt', 'CP2022-03.txt')).toBe(true);
    expect(glob('[!a]*.txt', 'b.txt')).toBe(true);
    expect(glob('[!a]*.txt', 'a.txt')).toBe(false);
    expect(glob('[0-9][0-9]*', '12-deliberation')).toBe(true);
    expect(glob('*.{txt,delib}', 'x.delib')).toBe(true);
    expect(glob('*.{txt,delib}', 'x.pdf')).toBe(false);
    expect(glob('délibérations/*', 'délibérations/été.txt')).toBe(true);
    expect(compileGlob('*.TXT', { nocase: true }).matches('a.txt')).toBe(true);
    expect(expandBraces('{a,b}/{c,d}')).toEqual(['a/c', 'a/d', 'b/c', 'b/d']);
    expect(expandBraces('lone{brace')).toEqual(['lone{brace']);
  });

  it('runs in time linear-ish in its input on adversarial patterns', () => {
    const glob = compileGlob(`${'*a'.repeat(30)}b`);
    expect(glob.matches('a'.repeat(5000))).toBe(false);
    const deep = compileGlob(`${'**/a/'.repeat(20)}b`);
    expect(deep.matches(`${'a/'.repeat(2000)}c`)).toBe(false);
  });

  it('reads patterns the way .gitignore does', () => {
    const sets = [compileIgnores('/w', ['archives/', '*.brouillon.txt', '/racine.txt', 'cp/2021/**'], 'test', false)];
    const ignored = (path: string, folder = false) => ignoredBy(sets, path, folder)?.pattern;
    expect(ignored('/w/archives', true)).toBe('archives/');
    expect(ignored('/w/x/archives/a.txt')).toBe('archives/');
    expect(ignored('/w/archives')).toBeUndefined();
    expect(ignored('/w/deep/er/acte.brouillon.txt')).toBe('*.brouillon.txt');
    expect(ignored('/w/racine.txt')).toBe('/racine.txt');
    expect(ignored('/w/sub/racine.txt')).toBeUndefined();
    expect(ignored('/w/cp/2021/a.txt')).toBe('cp/2021/**');
    expect(ignored('/w/cp/2022/a.txt')).toBeUndefined();
    expect(ignored('/elsewhere/archives/a.txt')).toBeUndefined();
  });

  it('splits a glob argument into its fixed folder and its pattern', () => {
    expect(splitGlob('samples/**/*.txt')).toEqual({ base: 'samples', pattern: '**/*.txt' });
    expect(splitGlob('*.txt')).toEqual({ base: '.', pattern: '*.txt' });
    expect(splitGlob('/abs/d/*.delib')).toEqual({ base: '/abs/d', pattern: '*.delib' });
  });
});

describe('applying edits', () => {
  const range = (line: number, start: number, end: number, endLine = line) => ({ start: { line, character: start }, end: { line: endLine, character: end } });

  it('replaces ranges and keeps every other byte, line endings included', () => {
    const text = 'Pour : 42 voix\r\nContre : 0 voix\r\n(Rejeté)\r\n';
    const { text: fixed, applied } = applyEdits(text, [{ range: range(0, 7, 9), text: '43' }, { range: range(2, 1, 7), text: 'Adopté' }], '\r\n');
    expect(applied).toBe(2);
    expect(fixed).toBe('Pour : 43 voix\r\nContre : 0 voix\r\n(Adopté)\r\n');
  });

  it('writes inserted line breaks in the file\'s own style', () => {
    const text = 'Abstention : 0 voix\r\n\r\nARRAS\r\n';
    const { text: fixed } = applyEdits(text, [{ range: range(0, 19, 19), text: '\n\n(Adopté)' }], dominantLineEnding(text));
    expect(fixed).toBe('Abstention : 0 voix\r\n\r\n(Adopté)\r\n\r\nARRAS\r\n');
  });

  it('drops edits outside the text and overlapping ones, never guessing', () => {
    const text = 'abc\ndef';
    expect(applyEdits(text, [{ range: range(5, 0, 1), text: 'x' }], '\n')).toEqual({ text, applied: 0 });
    expect(applyEdits(text, [{ range: range(0, 2, 9), text: 'x' }], '\n')).toEqual({ text, applied: 0 });
    expect(applyEdits(text, [{ range: range(0, 0, 2), text: 'X' }, { range: range(0, 1, 3), text: 'Y' }], '\n')).toEqual({ text: 'Xc\ndef', applied: 1 });
    expect(applyEdits(text, [{ range: range(1, 0, 0), text: '>' }, { range: range(1, 0, 0), text: '>' }], '\n')).toEqual({ text: 'abc\n>def', applied: 1 });
  });

  it('takes only the preferred fix of each diagnostic, and only when it keeps the lines', () => {
    const diagnostic = (fixes: unknown): Diagnostic => ({ range: range(0, 0, 1), severity: 1, code: 'x', source: 'delibera', message: 'm', data: { fixes } });
    const lines = ['abc', 'def'];
    expect(safeFixes({ lines, dossiers: [], diagnostics: [
      diagnostic([{ title: 't', range: range(0, 0, 1), text: 'a' }, { title: 't', range: range(0, 0, 1), text: 'b', preferred: true }]),
      diagnostic([{ title: 't', range: range(1, 0, 1), text: 'c' }]),
      diagnostic('garbage'),
      diagnostic([{ title: 't', range: 'nope', text: 'd', preferred: true }]),
      diagnostic([{ title: 't', range: range(1, 0, 1), text: 'two\nlines', preferred: true }]),
    ] }, 'fr')).toEqual([{ range: range(0, 0, 1), text: 'b' }]);
  });

  it('finds the dominant line ending', () => {
    expect(dominantLineEnding('a\r\nb\r\nc\n')).toBe('\r\n');
    expect(dominantLineEnding('a\nb')).toBe('\n');
    expect(dominantLineEnding('a\rb\r')).toBe('\r');
    expect(dominantLineEnding('')).toBe('\n');
  });
});

/** Applies a unified diff the way patch(1) does, strictly: every context and removed line must match. */
function applyPatch(before: string, diff: string): string {
  // Lines with their newline; a last line without one stays without.
  const lines = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const patch = diff.split('\n');
  const out: string[] = [];
  let cursor = 0;
  for (let i = 2; i < patch.length; i++) {
    const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(patch[i]);
    if (!header) continue;
    const oldStart = Number(header[2]) === 0 ? Number(header[1]) : Number(header[1]) - 1;
    while (cursor < oldStart) out.push(lines[cursor++]);
    for (i++; i < patch.length && /^[ +-]/.test(patch[i]); i++) {
      const kind = patch[i][0];
      const text = patch[i].slice(1) + (patch[i + 1]?.startsWith('\\') ? '' : '\n');
      if (patch[i + 1]?.startsWith('\\')) i++;
      if (kind !== '+') expect(lines[cursor++]).toBe(text);
      if (kind !== '-') out.push(text);
    }
    i--;
  }
  while (cursor < lines.length) out.push(lines[cursor++]);
  return out.join('');
}

describe('unifiedDiff', () => {
  it('produces hunks that apply back to the new text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const before = Array.from({ length: Math.floor(random() * 40) }, () => `ligne ${Math.floor(random() * 8)}`);
      const after = before.filter(() => random() > 0.15).map((line) => (random() > 0.85 ? `${line} modifiée` : line));
      if (random() > 0.5) after.splice(Math.floor(random() * after.length), 0, 'nouvelle ligne');
      const a = before.join('\n') + (before.length > 0 && random() > 0.3 ? '\n' : '');
      const b = after.join('\n') + (after.length > 0 && random() > 0.3 ? '\n' : '');
      const diff = unifiedDiff(a, b, 'a/f.txt', 'b/f.txt');
      if (a === b) expect(diff).toBe('');
      else expect(applyPatch(a, diff), `round ${round}\n${diff}`).toBe(b);
    }
  });

  it('shows a one-line fix with three lines of context', () => {
    const before = ['a', 'b', 'c', 'Pour : 42 voix', 'd', 'e', 'f', 'g'].join('\n') + '\n';
    const after = before.replace('42', '43');
    expect(unifiedDiff(before, after, 'a/x', 'b/x')).toBe(
      '--- a/x\n+++ b/x\n@@ -1,7 +1,7 @@\n a\n b\n c\n-Pour : 42 voix\n+Pour : 43 voix\n d\n e\n f\n',
    );
  });

  it('stays fast on a 44 000-line file with scattered changes', () => {
    const lines = Array.from({ length: 44_000 }, (_, i) => `ligne ${i}`);
    const before = lines.join('\n');
    const after = lines.map((line, i) => (i % 10_000 === 5 ? `${line}!` : line)).join('\n');
    const diff = unifiedDiff(before, after, 'a', 'b');
    expect(diff.match(/^@@/gm)).toHaveLength(5);
  });
});

describe('encodings', () => {
  it('reads UTF-8 with and without BOM, UTF-16 and Windows-1252, and writes back only UTF-8', () => {
    const text = 'Délibération n°2022-80 – « Adopté »';
    expect(decode(Buffer.from(text))).toEqual({ text, encoding: 'utf8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decode(bom)).toEqual({ text, encoding: 'utf8-bom' });
    expect(encode(text, 'utf8-bom')!.equals(bom)).toBe(true);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decode(utf16)).toEqual({ text, encoding: 'utf16le' });
    expect(looksBinary(utf16)).toBe(false);
    const cp1252 = Buffer.from([0x44, 0xe9, 0x6c, 0x69, 0x62, 0xe9, 0x72, 0x61, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0x96, 0x20, 0x80]);
    expect(decode(cp1252)).toEqual({ text: 'Délibération – €', encoding: 'windows-1252' });
    expect(encode('x', 'windows-1252')).toBeUndefined();
  });

  it('calls a file with NUL bytes binary', () => {
    expect(looksBinary(Buffer.from('%PDF-1.7\n\u0000\u0001'))).toBe(true);
    expect(looksBinary(Buffer.from('DEPARTEMENT DU PAS-DE-CALAIS\n'))).toBe(false);
  });
});

describe('progressBar', () => {
  it('draws on one line, at most ten times a second, and erases itself', () => {
    const writes: string[] = [];
    const stream = { columns: 100, write: (chunk: string) => writes.push(chunk) } as unknown as NodeJS.WriteStream;
    const bar = progressBar(stream, 3, 3_000_000, 'fr');
    bar.advance(1_000_000);
    bar.advance(1_000_000);
    bar.advance(1_000_000);
    bar.clear();
    expect(writes[0]).toMatch(/^\r█{8}░{16} 1\/3 fichiers {2}1,0 Mo\/3,0 Mo\u001b\[K$/);
    // The second file came within 100 ms: not drawn; the last one always is.
    expect(writes[1]).toMatch(/^\r█{24} 3\/3 fichiers {2}3,0 Mo\/3,0 Mo\u001b\[K$/);
    expect(writes[2]).toBe('\r\u001b[K');
  });
});

describe('unifiedDiff on CRLF files', () => {
  it('keeps the CR of each line, so that the diff applies to the file as it is', () => {
    const before = 'a\r\nPour : 42 voix\r\nb\r\n';
    const after = before.replace('42', '43');
    const diff = unifiedDiff(before, after, 'a/x', 'b/x');
    expect(diff).toBe('--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\r\n-Pour : 42 voix\r\n+Pour : 43 voix\r\n b\r\n');
    expect(applyPatch(before, diff)).toBe(after);
  });
});

describe('workerCount', () => {
  const batch = (files: number, bytes: number) => Array.from({ length: files }, () => ({ size: bytes / files }));

  it('leaves one core to the main thread and V8: none on 2 cores, three on 4', () => {
    expect(workerCount(batch(150, 40_000_000), undefined, 2)).toBe(0);
    expect(workerCount(batch(150, 40_000_000), undefined, 4)).toBe(3);
    expect(workerCount(batch(150, 40_000_000), undefined, 64)).toBe(8);
  });

  it('keeps small batches on the main thread, and obeys --jobs', () => {
    expect(workerCount(batch(150, 500_000), undefined, 8)).toBe(0);
    expect(workerCount(batch(5, 40_000_000), undefined, 8)).toBe(2);
    expect(workerCount(batch(150, 1_000), 2, 2)).toBe(2);
    expect(workerCount(batch(150, 40_000_000), 1, 8)).toBe(0);
    expect(workerCount(batch(1, 40_000_000), 4, 8)).toBe(0);
  });
});
