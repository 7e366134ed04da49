/**
 * The extension, the server, the engine and the CLI run nothing from the workspace: no eval, no
 * code built from strings, no shell or child process, no network. (The bundled vscode-languageserver
 * library carries module-resolution helpers that can spawn npm; our code never calls them.) One
 * exception, checked below: the client forks its own bundled `dist/extract.js` to read a PDF, DOCX or
 * ODT file away from the editor's thread, with no shell and no command built from the workspace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const FORBIDDEN: [RegExp, string][] = [
  [/\beval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/from\s+['"](?:node:)?(?:child_process|http|https|net|dgram|tls|vm)['"]/, 'process or network module'],
  [/require\(\s*['"](?:node:)?(?:child_process|http|https|net|dgram|tls|vm)['"]\s*\)/, 'process or network module'],
  [/\bfetch\s*\(/, 'fetch'],
];

/** The only file allowed a child process, and the only form it may take. */
const EXTRACT_CLIENT = join('client', 'documents', 'extract-client.ts');
const FORK_ONLY = /^import \{ fork \} from 'node:child_process';$/m;

describe('what the shipped code may do', () => {
  it.each(['engine', 'server', 'client', 'cli'])('%s/ uses no eval, child process or network', (dir) => {
    const found: string[] = [];
    for (const file of sources(dir)) {
      let text = readFileSync(join(ROOT, file), 'utf8');
      if (file === EXTRACT_CLIENT) text = text.replace(FORK_ONLY, '');
      for (const [re, what] of FORBIDDEN) if (re.test(text)) found.push(`${file}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('forks only the bundled extractor, without a shell', () => {
    const text = readFileSync(join(ROOT, EXTRACT_CLIENT), 'utf8');
    expect(text).toMatch(FORK_ONLY);
    expect(text.match(/\bfork\(([^,]+),/g)).toEqual(['fork(script,']);
    expect(text).not.toMatch(/\b(?:exec|execFile|spawn|execSync|spawnSync)\b|shell\s*:/);
    const caller = readFileSync(join(ROOT, 'client', 'extension.ts'), 'utf8');
    expect(caller).toContain("asAbsolutePath('dist/extract.js')");
  });

  it('declares that it runs in untrusted workspaces (it only reads text)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
  });
});
