/// <reference types="mocha" />
/**
 * The getting-started walkthrough: its links run commands that exist, and its first step opens an
 * untitled copy of the sample shipped in the extension (`samples/2022-372-equipement-numerique-
 * colleges.txt`, `Pour : 42 voix` at L83), where the wrong vote total shows: the file itself sits
 * in the install folder, which a quick fix or a save must never change.
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

  it('opens an untitled copy of the sample deliberation, where the wrong vote total shows', async () => {
    const installed = join(extension().extensionPath, 'samples', '2022-372-equipement-numerique-colleges.txt');
    const shipped = readFileSync(installed, 'utf8');
    await vscode.commands.executeCommand('delibera.openSample');
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.lineCount > 82 && active.document.lineAt(82).text.startsWith('Pour  :  42 voix') ? active : undefined;
    }, 'an editor on the sample');
    assert.ok(editor.document.isUntitled, editor.document.uri.toString());
    assert.equal(editor.document.getText(), shipped);
    assert.equal(editor.document.languageId, 'deliberation');
    const [diagnostic] = await waitForDiagnostic(editor.document.uri, 'vote-total');
    assert.equal(diagnostic.range.start.line, 82);
    // The preferred quick fix edits the copy; the file in the install folder stays as shipped.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range);
    const preferred = actions.find((action) => action.isPreferred && action.edit);
    assert.ok(preferred, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    assert.match(editor.document.lineAt(82).text, /^Pour\s+:\s+43 voix/);
    assert.equal(readFileSync(installed, 'utf8'), shipped);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
