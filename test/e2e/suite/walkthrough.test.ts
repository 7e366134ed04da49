/// <reference types="mocha" />
/**
 * The getting-started walkthrough: its links run commands that exist, and its first step opens the
 * sample shipped in the extension (`samples/2022-372-equipement-numerique-colleges.txt`, `Pour : 42
 * voix` at L83), or an untitled copy of it, where the wrong vote total shows.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, waitFor, waitForDiagnostic } from './support';

interface WalkthroughStep {
  id: string;
  description: string;
}

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is installed`);
  return found;
}

/** The step descriptions as the user reads them (package.nls.json resolved). */
function stepDescriptions(): string[] {
  const strings = JSON.parse(readFileSync(join(extension().extensionPath, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const walkthroughs = extension().packageJSON.contributes.walkthroughs as { steps: WalkthroughStep[] }[];
  return walkthroughs.flatMap((walkthrough) => walkthrough.steps).map((step) => strings[step.description.replace(/^%|%$/g, '')] ?? step.description);
}

describe('walkthrough', () => {
  after(closeAllEditors);

  it('links only to commands that exist', async () => {
    const descriptions = stepDescriptions();
    assert.equal(descriptions.length, 5);
    const linked = descriptions.flatMap((text) => [...text.matchAll(/\(command:([\w.]+)/g)].map((match) => match[1]));
    assert.ok(linked.includes('delibera.openSample'));
    await extension().activate();
    const commands = new Set(await vscode.commands.getCommands(false));
    assert.deepEqual(linked.filter((command) => !commands.has(command)), []);
  });

  it('opens the sample deliberation, where the wrong vote total shows', async () => {
    await vscode.commands.executeCommand('delibera.openSample');
    // The sample itself or an untitled copy of it: either way, its L83 reads `Pour  :  42 voix`.
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.lineCount > 82 && active.document.lineAt(82).text.startsWith('Pour  :  42 voix') ? active : undefined;
    }, 'an editor on the sample');
    assert.ok(/2022-372-equipement-numerique-colleges\.txt$/.test(editor.document.uri.path) || editor.document.isUntitled, editor.document.uri.toString());
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'deliberation' || undefined, 'the sample in the deliberation language');
    const [diagnostic] = await waitForDiagnostic(editor.document.uri, 'vote-total');
    assert.equal(diagnostic.range.start.line, 82);
  });
});
