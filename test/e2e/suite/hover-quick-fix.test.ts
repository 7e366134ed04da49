/// <reference types="mocha" />
/**
 * Hover and quick fix on the wrong Pour figure of `quick-fix.delib` (000 with `Pour : 42` at L83;
 * 32 présents + 11 excusés vote, so the figure should be 43).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, deliberaDiagnostics, hoverText, openEditor, waitFor, waitForDiagnostic } from './support';

describe('hover and quick fix', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('a hover on the Pour figure explains the count with the présents', async () => {
    const editor = await openEditor('hover.delib');
    const uri = editor.document.uri;
    await waitForDiagnostic(uri, 'vote-total');
    const text = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(82, 10));
      const found = hoverText(hovers ?? []);
      return /présents/.test(found) ? found : undefined;
    }, 'a hover mentioning « présents » on the Pour figure', 10_000);
    assert.match(text, /présents/);
  });

  it('the preferred quick fix turns 42 back into 43', async () => {
    const editor = await openEditor('quick-fix.delib');
    const uri = editor.document.uri;
    const [diagnostic] = await waitForDiagnostic(uri, 'vote-total');
    const actions = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      return found && found.length > 0 ? found : undefined;
    }, 'quick fixes on the Pour figure', 10_000);
    const preferred = actions.find((action): action is vscode.CodeAction => 'isPreferred' in action && action.isPreferred === true);
    assert.ok(preferred, `a preferred quick fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(preferred.edit, 'the quick fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.equal(editor.document.lineAt(82).text.slice(0, 16), 'Pour  :  43 voix');
    await waitFor(() => deliberaDiagnostics(uri, 'vote-total').length === 0, 'the vote-total diagnostic to go once fixed');
  });
});
