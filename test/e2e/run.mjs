// `npm run test:e2e`: the extension in a real VS Code (code-server 1.100), in three parts:
//   1. the extension-host suite (test/e2e/suite/, mocha) through @vscode/test-electron's runTests,
//      hosted in code-server by test/e2e/shim.mjs — one VS Code session for all of it;
//   2. the UI test (test/e2e/ui.ts, playwright-core): Problems panel, hover, Outline, screenshots;
//   3. the package: `npm run package`, then the .vsix's contents and size (test/e2e/package.ts).
// Needs `bash scripts/e2e/install.sh` once, and a build (`npm run test:e2e` builds first).
// Options (environment): DELIBERA_E2E_ONLY=host,ui,package  DELIBERA_E2E_GREP=<mocha grep>
// DELIBERA_E2E_VERBOSE=1 (code-server and page logs), DELIBERA_E2E_EXTENSION=<folder> (the
// extension-host suite against another copy of the extension, e.g. an unpacked .vsix).
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { assertInstalled, E2E_DIR, launchBrowser, PROJECT, startCodeServer, workbenchUrl } from './code-server.mjs';

const require = createRequire(import.meta.url);
const OUT = join(E2E_DIR, 'out');
const WORKSPACE = join(E2E_DIR, 'workspace');
const CORPUS = join(PROJECT, 'test/fixtures/corpus');
/** The extension under test: the working tree, or another folder (e.g. an unpacked .vsix). */
const EXTENSION = process.env.DELIBERA_E2E_EXTENSION ?? PROJECT;
const parts = new Set((process.env.DELIBERA_E2E_ONLY ?? 'host,ui,package').split(',').map((s) => s.trim()));

/** Corpus 000 with the Pour figure of L83 changed from 43 to 42: a wrong vote total. */
function wrongVoteTotal() {
  const lines = readFileSync(join(CORPUS, '000_8d5666818704f46d.txt'), 'utf8').split('\n');
  if (!lines[82].startsWith('Pour  :  43 voix')) throw new Error('000 L83 is no longer `Pour  :  43 voix`');
  lines[82] = lines[82].replace('43', '42');
  return lines.join('\n');
}

/** A fresh workspace folder of corpus copies, the same for every run. */
function prepareWorkspace() {
  rmSync(WORKSPACE, { recursive: true, force: true });
  mkdirSync(join(WORKSPACE, '.vscode'), { recursive: true });
  // Our users are French: the tests read French messages unless they switch the language.
  writeFileSync(join(WORKSPACE, '.vscode/settings.json'), JSON.stringify({ 'delibera.language': 'fr' }, null, 2));
  const wrong = wrongVoteTotal();
  for (const name of ['vote-total.delib', 'typing.delib', 'settings.delib', 'hover.delib', 'quick-fix.delib', 'ui.delib']) {
    writeFileSync(join(WORKSPACE, name), wrong);
  }
  cpSync(join(CORPUS, '000_8d5666818704f46d.txt'), join(WORKSPACE, 'published.delib'));
  cpSync(join(CORPUS, '003_b2bb4981e98d102e.txt'), join(WORKSPACE, 'session-2022.delib'));
  cpSync(join(CORPUS, '001_31979806140e0f38.txt'), join(WORKSPACE, 'commission-permanente-2024-12-09.txt'));
  cpSync(join(PROJECT, 'samples/2022-372-equipement-numerique-colleges.txt'), join(WORKSPACE, '2022-372-equipement-numerique-colleges.txt'));
  writeFileSync(join(WORKSPACE, 'notes.txt'), 'Notes de séance\nÀ relire avant lundi.\n');
  // « Désactiver la règle dans ce fichier » writes its directive above the header.
  const published = readFileSync(join(CORPUS, '001_31979806140e0f38.txt'), 'utf8');
  writeFileSync(join(WORKSPACE, 'directive-above-header.txt'), `%% delibera-disable amount-format -- montants repris du rapport\n${published}`);
  // A commune's extrait, flattened as open data publishes it: its weekday is not the date's.
  writeFileSync(join(WORKSPACE, 'extrait-commune.txt'), [
    'Envoyé en préfecture le 03/02/2023 Reçu en préfecture le 03/02/2023 ID : 065-216502260-20230130-2023_004-DE',
    'VILLE DE SAINT-MARS-DU-DÉSERT EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL Séance du mardi 30 janvier 2023',
    "L'an deux mille vingt-trois, le trente janvier à dix-neuf heures, le Conseil municipal, légalement convoqué le 24 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.",
    'Nombre de conseillers en exercice : 19 Présents : 15 Votants : 17',
    'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes. Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.',
  ].join(' ') + '\n');
}

/** TypeScript tests → CommonJS next to each other in .e2e/out (the extension host `require`s them). */
async function compileTests() {
  rmSync(OUT, { recursive: true, force: true });
  const typescript = (folder) => readdirSync(join(PROJECT, folder)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(PROJECT, folder, f));
  await build({
    entryPoints: [...typescript('test/e2e'), ...typescript('test/e2e/suite')],
    outdir: OUT,
    outbase: join(PROJECT, 'test/e2e'),
    bundle: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  // The PDF and DOCX writers of the input tests, for the documents below.
  await build({
    entryPoints: [join(PROJECT, 'test/input/make-documents.ts')],
    outfile: join(OUT, 'make-documents.js'),
    bundle: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
}

/**
 * A PDF and a DOCX of corpus 000 with the wrong vote total, written by the input tests' writers:
 * « Ouvrir comme délibération » opens them (suite/open-document.test.ts, ui.ts).
 */
function writeOfficeDocuments() {
  const { blocksOf, makeDocx, makePdf, paginate } = require(join(OUT, 'make-documents.js'));
  const lines = wrongVoteTotal().split('\n');
  // 60 lines a page: L83 of the text is on page 2 of the PDF.
  writeFileSync(join(WORKSPACE, 'acte-vote-total.pdf'), makePdf(paginate(lines, 60)));
  writeFileSync(join(WORKSPACE, 'projet-vote-total.docx'), makeDocx(blocksOf(lines)));
}

/** The mocha suite in code-server's extension host, against `extension` (a folder). */
async function runExtensionHostSuite({ name, extension, grep }) {
  const { runTests } = require('@vscode/test-electron');
  const started = Date.now();
  const shim = join(PROJECT, 'test/e2e/shim.mjs');
  // runTests spawns the "executable" directly: a checkout may have lost the exec bit.
  chmodSync(shim, 0o755);
  const resultsFile = join(OUT, 'suite/results.json');
  rmSync(resultsFile, { force: true });
  let failed = false;
  try {
    await runTests({
      vscodeExecutablePath: shim,
      extensionDevelopmentPath: extension,
      extensionTestsPath: join(OUT, 'suite/index.js'),
      launchArgs: [WORKSPACE],
      extensionTestsEnv: { DELIBERA_E2E_GREP: grep ?? '' },
      reuseMachineInstall: true,
    });
  } catch (error) {
    failed = true;
    console.error(`extension-host suite: ${error?.message ?? error}`);
  }
  const outcomes = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
  if (failed && !outcomes.some((o) => o.state === 'failed')) {
    outcomes.push({ title: 'extension-host suite ran to its end', state: 'failed', error: 'see the log above' });
  }
  return { name, outcomes, ms: Date.now() - started };
}

/** The .vsix unpacked as VS Code installs it: its `extension/` folder. */
function unpackVsix() {
  const { version } = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8'));
  const { readZip } = require(join(OUT, 'package.js'));
  const target = join(E2E_DIR, 'vsix');
  rmSync(target, { recursive: true, force: true });
  for (const entry of readZip(readFileSync(join(PROJECT, `delibera-${version}.vsix`)))) {
    if (!entry.name.startsWith('extension/') || entry.name.endsWith('/')) continue;
    const file = join(target, entry.name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, entry.read());
  }
  return join(target, 'extension');
}

async function runModule(file, name) {
  const started = Date.now();
  const { run } = require(join(OUT, file));
  const outcomes = await run({ workspace: WORKSPACE, project: PROJECT, startCodeServer, launchBrowser, workbenchUrl });
  return { name, outcomes, ms: Date.now() - started };
}

function report(parts) {
  let passed = 0;
  let failed = 0;
  for (const part of parts) {
    console.log(`\n${part.name} (${(part.ms / 1000).toFixed(1)} s)`);
    for (const outcome of part.outcomes) {
      const mark = outcome.state === 'passed' ? '✓' : outcome.state === 'failed' ? '✗' : '-';
      console.log(`  ${mark} ${outcome.title}${outcome.durationMs ? ` (${outcome.durationMs} ms)` : ''}`);
      if (outcome.error) console.log(`      ${String(outcome.error).split('\n').slice(0, 6).join('\n      ')}`);
      if (outcome.state === 'passed') passed++;
      else if (outcome.state === 'failed') failed++;
    }
  }
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  return failed;
}

async function main() {
  const started = Date.now();
  if (!existsSync(join(PROJECT, 'dist/extension.js')) || !existsSync(join(PROJECT, 'dist/server.js'))) {
    execFileSync(process.execPath, [join(PROJECT, 'scripts/build.mjs')], { cwd: PROJECT, stdio: 'inherit' });
  }
  if (parts.has('host') || parts.has('ui')) assertInstalled();
  prepareWorkspace();
  await compileTests();
  writeOfficeDocuments();
  const results = [];
  if (parts.has('host')) {
    results.push(await runExtensionHostSuite({ name: 'extension host', extension: EXTENSION, grep: process.env.DELIBERA_E2E_GREP }));
  }
  if (parts.has('ui')) results.push(await runModule('ui.js', 'UI (playwright)'));
  if (parts.has('package')) {
    const packaged = await runModule('package.js', 'package (.vsix)');
    results.push(packaged);
    // What a drafter installs: the core tests again, against the unpacked .vsix.
    if (parts.has('host') && packaged.outcomes.every((o) => o.state === 'passed')) {
      results.push(await runExtensionHostSuite({ name: 'installed from the .vsix', extension: unpackVsix(), grep: '^(diagnostics|outline|hover and quick fix|\\.txt exports) ' }));
    }
  }
  const failed = report(results);
  console.log(`e2e: total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(failed > 0 || results.length === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
