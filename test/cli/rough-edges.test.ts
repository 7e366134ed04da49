/**
 * What a first user of `delibera check` runs into (issue 14): the report's order, a stray byte in
 * a UTF-8 act, a misspelt rule id, standard input, the language of every line, and the language
 * server started by hand.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../engine/rules/index';
import { RULES_INDEX_PATH, rulesIndex, SCHEMA_PATH, withRuleProperties } from '../../scripts/generate-schema-rules';
import { CLI, corpus, put, ROOT, runCli, scratch, type CliRun, type JsonEntry } from './run';

const ACT = '000_8d5666818704f46d.txt';
const wrongTotal = () => corpus(ACT).replace('Pour  :  43 voix', 'Pour  :  41 voix');

/** The CLI with `input` on its standard input. */
function runWithInput(args: readonly string[], input: string | Buffer, cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8', NO_COLOR: '1', FORCE_COLOR: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input);
  });
}

describe('delibera check, rough edges', () => {
  const work = scratch('rough');
  afterAll(() => work.cleanup());

  it('lists files by path and each file’s problems by line, whatever the order they were named in', async () => {
    const dir = join(work.dir, 'order');
    put(join(dir, 'z.txt'), wrongTotal());
    put(join(dir, 'a', 'b.txt'), wrongTotal().replace('Contre  :  0', 'Contre  :  2'));
    put(join(dir, 'a-b.txt'), wrongTotal());
    const run = await runCli(['check', '--format', 'json', 'z.txt', 'a-b.txt', 'a'], { cwd: dir });
    const entries = JSON.parse(run.stdout) as JsonEntry[];
    expect(entries.map((e) => e.file)).toEqual([join('a', 'b.txt'), 'a-b.txt', 'z.txt']);
    for (const entry of entries) {
      const lines = entry.diagnostics.map((d) => d.range.start.line * 1000 + d.range.start.character);
      expect(lines).toEqual([...lines].sort((x, y) => x - y));
    }
    const human = await runCli(['check', 'z.txt', 'a-b.txt', 'a'], { cwd: dir });
    const files = human.stdout.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line)).map((line) => line.slice(0, line.indexOf(':')));
    expect([...new Set(files)]).toEqual([join('a', 'b.txt'), 'a-b.txt', 'z.txt']);
  });

  it('reads a stray Latin-1 byte of a UTF-8 act as U+FFFD and reports it on its line, nothing else', async () => {
    const dir = join(work.dir, 'stray');
    const text = corpus(ACT);
    const at = text.indexOf('Secrétaire');
    expect(at).toBeGreaterThan(0);
    // `Secr\xE9taire`: one Windows-1252 é pasted into an otherwise UTF-8 file.
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at + 4), 'utf8'), Buffer.from([0xe9]), Buffer.from(text.slice(at + 5), 'utf8')]);
    put(join(dir, 'clean.txt'), text);
    put(join(dir, 'stray.txt'), bytes);
    const run = await runCli(['check', '--format', 'json', 'clean.txt', 'stray.txt'], { cwd: dir });
    const [clean, stray] = JSON.parse(run.stdout) as JsonEntry[];
    const line = text.slice(0, at).split('\n').length - 1;
    expect(stray.diagnostics.filter((d) => d.code === 'read-notice' && d.range.start.line === line)).toEqual([
      expect.objectContaining({ severity: 3, range: { start: { line, character: 4 }, end: { line, character: 5 } }, message: expect.stringMatching(/^Octet invalide en UTF-8/) }),
    ]);
    const others = (entry: JsonEntry) => entry.diagnostics.filter((d) => !(d.code === 'read-notice' && d.range.start.line === line)).map((d) => [d.code, d.range]);
    expect(others(stray)).toEqual(others(clean));
    expect(run.stderr).not.toContain('windows-1252');
    // Fixing would write U+FFFD for good: checked, not fixed.
    const fix = await runCli(['check', '--fix-dry-run', 'stray.txt'], { cwd: dir });
    expect(fix.stderr).toContain('stray.txt: un octet invalide en UTF-8 : vérifié, mais non corrigé');
    expect(fix.stdout).not.toContain('+++');
  });

  it('stops on an unknown rule id, on the command line or in .delibera.json, with the nearest id', async () => {
    const dir = join(work.dir, 'rules');
    put(join(dir, 'acte.txt'), wrongTotal());
    const cli = await runCli(['check', '--rule', 'vote-totl=off', 'acte.txt'], { cwd: dir });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('--rule : règle inconnue "vote-totl" (voulez-vous dire "vote-total" ?)');
    put(join(dir, '.delibera.json'), '{"rules": {"atendance-count": "off", "zzzzzz": "off"}}');
    const config = await runCli(['check', '--locale', 'en', 'acte.txt'], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stdout).toBe('');
    expect(config.stderr).toContain('.delibera.json: key "rules.atendance-count": unknown rule "atendance-count" (did you mean "attendance-count"?)');
    expect(config.stderr).toContain('.delibera.json: key "rules.zzzzzz": unknown rule "zzzzzz" (the list: docs/rules/README.md)');
  });

  it('lists every rule id of the catalogue in the .delibera.json schema, for completion', () => {
    const text = readFileSync(SCHEMA_PATH, 'utf8');
    // Run `npx tsx scripts/generate-schema-rules.ts` when this fails after adding a rule.
    expect(withRuleProperties(text)).toBe(text);
    const schema = JSON.parse(text);
    expect(Object.keys(schema.properties.rules.properties)).toEqual(rules.map((rule) => rule.id));
    expect(schema.properties.rules.additionalProperties).toEqual({ $ref: '#/definitions/severity' });
  });

  it('lists every rule in docs/rules/README.md, the page an unknown rule id is sent to', () => {
    // Run `npx tsx scripts/generate-schema-rules.ts` when this fails after adding a rule or changing a description.
    const text = readFileSync(RULES_INDEX_PATH, 'utf8');
    expect(text).toBe(rulesIndex());
    for (const rule of rules) expect(text).toContain(`| [${rule.id}](${rule.id}.md) |`);
  });

  it('reads standard input with -, named by --stdin-filename for the configuration and the messages', async () => {
    const dir = join(work.dir, 'stdin');
    put(join(dir, 'cp', '.delibera.json'), '{"rules": {"vote-total": "warning"}}');
    const named = await runWithInput(['check', '--format', 'json', '-', '--stdin-filename', 'cp/acte.txt'], wrongTotal(), dir);
    const [entry] = JSON.parse(named.stdout) as JsonEntry[];
    expect(entry).toMatchObject({ file: join('cp', 'acte.txt'), status: 'checked', dossiers: 1 });
    expect(entry.diagnostics.find((d) => d.code === 'vote-total')?.severity).toBe(2);
    const bare = await runWithInput(['check', '-'], wrongTotal(), dir);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toMatch(/^<stdin>:\d+:\d+ {2}error .*\[vote-total\]$/m);
    const refused = await runWithInput(['check', '--fix', '-'], wrongTotal(), dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--fix n'écrit pas dans l'entrée standard (-)");
  });

  it('prints every line in the language asked for: --lang, or the configuration’s language', async () => {
    const dir = join(work.dir, 'language');
    put(join(dir, 'acte.txt'), wrongTotal());
    const lang = await runCli(['check', '--lang', 'en', 'acte.txt'], { cwd: dir });
    expect(lang.stdout).toMatch(/1 file, 1 deliberation: 1 error/);
    expect(lang.stderr).toMatch(/^delibera: 1 file \(/m);
    const usage = await runCli(['check', '--lang', 'en', '--frobnicate'], { cwd: dir });
    expect(usage.stderr).toBe("delibera: unknown option '--frobnicate' (see delibera --help)\n");
    put(join(dir, '.delibera.json'), '{"language": "en"}');
    const configured = await runCli(['check', 'acte.txt'], { cwd: dir });
    expect(configured.stdout).toMatch(/1 file, 1 deliberation: 1 error/);
    expect(configured.stderr).toMatch(/^delibera: 1 file \(.* in [\d.]+ s: /m);
    expect(configured.stdout + configured.stderr).not.toMatch(/fichier|délibération :|erreur/);
  });

  it('has the language server print its usage when started by hand, not a stack trace', async () => {
    const run = await new Promise<CliRun>((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
      const err: Buffer[] = [];
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('close', (code) => resolve({ code, stdout: '', stderr: Buffer.concat(err).toString('utf8') }));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: node dist\/server\.js --stdio/);
    expect(run.stderr).not.toMatch(/Error|at /);
  });
});
