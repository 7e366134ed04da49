/// <reference types="mocha" />
/**
 * Diagnostics through the real API. `vote-total.delib` is corpus 000 with `Pour : 43` changed to
 * `Pour : 42` at L83 (32 présents + 11 excusés, L7–L20 of 000): the vote no longer adds up.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, deliberaDiagnostics, EXTENSION_ID, openEditor, waitFor, waitForDiagnostic, workspaceFile } from './support';

describe('diagnostics', () => {
  after(closeAllEditors);

  it('activates the extension on a .delib file and reports the wrong vote total on the Pour figure', async () => {
    const editor = await openEditor('vote-total.delib');
    assert.equal(editor.document.languageId, 'deliberation');
    const [diagnostic] = await waitForDiagnostic(editor.document.uri, 'vote-total');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'extension active');
    // L83 (1-based) = line 82: `Pour  :  42 voix  (Groupe …`, the figure is columns 9–11.
    assert.equal(editor.document.lineAt(82).text.slice(0, 16), 'Pour  :  42 voix');
    assert.deepEqual(
      [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
      [82, 9, 82, 11],
    );
    assert.equal(editor.document.getText(diagnostic.range), '42');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    // The workspace asks for French messages (.vscode/settings.json).
    assert.match(diagnostic.message, /= 42, mais présents \+ excusés = 43 \(32 \+ 11\)/);
    const href = typeof diagnostic.code === 'object' ? diagnostic.code.target.toString() : '';
    assert.match(href, /vote-total\.md$/);
  });

  it('reports nothing on the act as published (000)', async () => {
    const editor = await openEditor('published.delib');
    // Wait for the server to have answered for this document: its outline is there once it has parsed it.
    await waitFor(async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return symbols && symbols.length > 0;
    }, 'the outline of published.delib');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(deliberaDiagnostics(editor.document.uri).map((d) => `${d.code}: ${d.message}`), []);
  });

  it('updates the diagnostics as the drafter types the right figure', async () => {
    const editor = await openEditor('typing.delib');
    const [diagnostic] = await waitForDiagnostic(editor.document.uri, 'vote-total');
    await editor.edit((edit) => edit.replace(diagnostic.range, '43'));
    await waitFor(() => deliberaDiagnostics(editor.document.uri, 'vote-total').length === 0, 'the vote-total diagnostic to go');
    await editor.edit((edit) => edit.replace(new vscode.Range(82, 9, 82, 11), '44'));
    const [again] = await waitForDiagnostic(editor.document.uri, 'vote-total');
    assert.match(again.message, /= 44/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('is listed with its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('delibera.restartServer'));
    assert.ok(commands.includes('delibera.showOutput'));
    assert.ok(workspaceFile('vote-total.delib'));
  });
});
