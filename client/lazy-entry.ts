/**
 * VS Code loads an extension from `package.json` `main`. If `main` stays the engine bundle
 * (`dist/engine.js`, the library entry), the engine can re-export these two functions:
 *
 *     export { activate, deactivate } from '../client/lazy-entry';
 *
 * They load `dist/extension.js` only when VS Code calls them, so library users never load
 * `vscode` or the language client. With `main` set to `./dist/extension.js` this file is unused.
 */
import type { ExtensionContext } from 'vscode';
import { join } from 'node:path';

interface ExtensionModule {
  activate(context: ExtensionContext): unknown;
  deactivate(): unknown;
}

let extension: ExtensionModule | undefined;

function load(): ExtensionModule {
  // A path computed at run time, so that esbuild leaves the extension out of the engine bundle.
  extension ??= require(join(__dirname, 'extension.js')) as ExtensionModule;
  return extension;
}

export function activate(context: ExtensionContext): unknown {
  return load().activate(context);
}

export function deactivate(): unknown {
  // Never loaded means never activated: nothing to stop.
  return extension?.deactivate();
}
