// Bundles the engine, the language server, the client and the CLI into dist/ with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  minifySyntax: true,
};

const entries = [
  { in: 'engine/index.ts', out: 'dist/engine.js' },
  { in: 'server/main.ts', out: 'dist/server.js' },
  { in: 'client/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  // pdf.js and the DOCX/ODT readers, in the child process the client forks to extract a document.
  { in: 'client/documents/extract-process.ts', out: 'dist/extract.js' },
  { in: 'cli/main.ts', out: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
].filter((entry) => existsSync(entry.in));

await Promise.all(
  entries.map((entry) =>
    build({ ...common, entryPoints: [entry.in], outfile: entry.out, external: entry.external ?? [], banner: entry.banner }),
  ),
);

// The engine's type declarations, for library users of `dist/engine.js`.
const { execFileSync } = await import('node:child_process');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
