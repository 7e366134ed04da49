/**
 * The packaged extension: `npm run package` makes `delibera-<version>.vsix`, which must hold what
 * VS Code loads and nothing else (no node_modules, tests, sources or source maps), under 5 MB (pdf.js
 * and the DOCX/ODT readers in `dist/extract.js` take most of it), with
 * every file the manifest points to. The .vsix is a zip: its central directory is read here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { runSteps, type E2EContext, type Outcome } from './context';

const MAX_BYTES = 5 * 1024 * 1024;

interface ZipEntry {
  name: string;
  size: number;
  read(): Buffer;
}

/** The entries of a zip file, from its central directory (no zip64: a .vsix is small). */
export function readZip(zip: Buffer): ZipEntry[] {
  const END_SIGNATURE = 0x06054b50;
  let end = -1;
  // The end record is in the last 22 bytes + up to 64 KiB of comment.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    entries.push({
      name,
      size,
      read() {
        const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
        const data = zip.subarray(dataStart, dataStart + compressedSize);
        return method === 0 ? Buffer.from(data) : inflateRawSync(data);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What may be in the .vsix, under `extension/`. */
const ALLOWED = [
  /^package\.json$/,
  /^package\.nls(\.[a-z-]+)?\.json$/,
  /^readme\.md$/,
  /^LICENSE\.txt$/,
  /^images\/icon\.png$/,
  /^dist\/(engine|extension|server|extract)\.js$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^language-configuration\.json$/,
  /^schemas\/[\w.-]+\.json$/,
  /^l10n\/bundle\.l10n\.[a-z-]+\.json$/,
  /^docs\/rules\/[a-z0-9-]+\.md$/,
  // The index of the rules (written from the catalogue by scripts/generate-schema-rules.ts).
  /^docs\/rules\/README\.md$/,
  /^walkthroughs\/[\w./-]+\.(md|png|svg)$/,
  /^samples\/[\w.-]+\.txt$/,
  /^snippets\/[\w.-]+\.code-snippets$/,
];

type Manifest = Record<string, any>;

/** Every file path the manifest points to, relative to the extension folder. */
function referencedFiles(manifest: Manifest): string[] {
  const contributes = manifest.contributes ?? {};
  const paths: (string | undefined)[] = [manifest.main, manifest.icon];
  for (const language of contributes.languages ?? []) paths.push(language.configuration);
  for (const grammar of contributes.grammars ?? []) paths.push(grammar.path);
  for (const snippet of contributes.snippets ?? []) paths.push(snippet.path);
  for (const validation of contributes.jsonValidation ?? []) {
    if (!/^https?:/.test(validation.url)) paths.push(validation.url);
  }
  for (const walkthrough of contributes.walkthroughs ?? []) {
    for (const step of walkthrough.steps ?? []) {
      const media = step.media ?? {};
      for (const key of ['image', 'markdown', 'svg']) {
        const value = media[key];
        if (typeof value === 'string') paths.push(value);
        else if (value && typeof value === 'object') paths.push(...Object.values(value as Record<string, string>));
      }
    }
  }
  if (manifest.l10n) paths.push(`${manifest.l10n}/bundle.l10n.fr.json`);
  return paths.filter((p): p is string => typeof p === 'string').map((p) => p.replace(/^\.\//, ''));
}

export async function run(context: E2EContext): Promise<Outcome[]> {
  const manifest = JSON.parse(readFileSync(join(context.project, 'package.json'), 'utf8')) as Manifest;
  const vsixPath = join(context.project, `delibera-${manifest.version}.vsix`);
  let entries: ZipEntry[] = [];
  let files = new Map<string, ZipEntry>();
  const packaged = (path: string) => files.get(`extension/${path}`);

  return runSteps([
    [
      `npm run package makes delibera-${manifest.version}.vsix`,
      async () => {
        const started = Date.now();
        const result = spawnSync('npm', ['run', 'package'], { cwd: context.project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        if (result.status !== 0) throw new Error(`npm run package exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
        if (!existsSync(vsixPath)) throw new Error(`${vsixPath} was not written`);
        const stat = statSync(vsixPath);
        if (stat.mtimeMs < started - 1000) throw new Error(`${vsixPath} is older than this run`);
        entries = readZip(readFileSync(vsixPath));
        files = new Map(entries.map((entry) => [entry.name, entry]));
        process.stdout.write(`  ${vsixPath}: ${(stat.size / 1024).toFixed(1)} KiB, ${entries.length} files, packaged in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      },
    ],
    [
      'it is under 5 MB',
      async () => {
        const size = statSync(vsixPath).size;
        if (size >= MAX_BYTES) throw new Error(`${size} bytes ≥ 5 MB`);
      },
    ],
    [
      'it holds only the bundles, grammar, configuration, schemas, l10n, docs, walkthrough, sample and icon',
      async () => {
        const unexpected = entries
          .map((entry) => entry.name)
          .filter((name) => name !== 'extension.vsixmanifest' && name !== '[Content_Types].xml')
          .filter((name) => !name.startsWith('extension/') || !ALLOWED.some((pattern) => pattern.test(name.slice('extension/'.length))));
        if (unexpected.length) throw new Error(`unexpected files in the .vsix:\n${unexpected.join('\n')}`);
        const forbidden = entries.filter((entry) => /node_modules\/|(^|\/)test\/|\.map$|\.ts$|\.mjs$/.test(entry.name));
        if (forbidden.length) throw new Error(`forbidden files: ${forbidden.map((e) => e.name).join(', ')}`);
      },
    ],
    [
      'every file the manifest points to is in it, with the French translations and a page per rule',
      async () => {
        const wanted = [
          ...referencedFiles(manifest),
          'package.nls.json',
          'package.nls.fr.json',
          'readme.md',
          'LICENSE.txt',
          'dist/server.js',
          'dist/extension.js',
          'dist/extract.js',
        ];
        // The rules the engine ships, each with its documentation page (diagnostics link to it).
        const engine = require(join(context.project, 'dist/engine.js')) as { rules: { id: string }[] };
        wanted.push(...engine.rules.map((rule) => `docs/rules/${rule.id}.md`), 'docs/rules/README.md');
        const missing = [...new Set(wanted)].filter((path) => !packaged(path));
        if (missing.length) throw new Error(`missing from the .vsix: ${missing.join(', ')}`);
      },
    ],
    [
      'its bundles need no module outside the .vsix (packaged with --no-dependencies)',
      async () => {
        const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
        const problems: string[] = [];
        for (const bundle of ['dist/engine.js', 'dist/extension.js', 'dist/server.js', 'dist/extract.js']) {
          const source = packaged(bundle)!.read().toString('utf8');
          for (const match of source.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
            const name = match[1];
            if (builtins.has(name) || (name === 'vscode' && bundle === 'dist/extension.js')) continue;
            problems.push(`${bundle} requires ${name}`);
          }
        }
        if (problems.length) throw new Error([...new Set(problems)].join('\n'));
      },
    ],
    [
      'its manifest: VS Code ≤ 1.100, Linters and Programming Languages, French keywords, untrusted workspaces, icon',
      async () => {
        const packagedManifest = JSON.parse(packaged('package.json')!.read().toString('utf8')) as Manifest;
        const engine = /^\^?(\d+)\.(\d+)\./.exec(packagedManifest.engines?.vscode ?? '');
        if (!engine || Number(engine[1]) > 1 || Number(engine[2]) > 100) throw new Error(`engines.vscode ${packagedManifest.engines?.vscode}: code-server 4.100 (VS Code 1.100) must accept it`);
        for (const category of ['Linters', 'Programming Languages']) {
          if (!packagedManifest.categories?.includes(category)) throw new Error(`category ${category} missing`);
        }
        if (!packagedManifest.keywords?.some((k: string) => /délibération/.test(k))) throw new Error('no French keyword');
        if (packagedManifest.capabilities?.untrustedWorkspaces?.supported !== true) throw new Error('capabilities.untrustedWorkspaces.supported is not true');
        if (!packagedManifest.icon) throw new Error('no icon');
        const icon = packaged(packagedManifest.icon.replace(/^\.\//, ''))!.read();
        if (icon.readUInt32BE(16) !== 128 || icon.readUInt32BE(20) !== 128) throw new Error('the icon is not 128×128');
      },
    ],
  ]);
}
