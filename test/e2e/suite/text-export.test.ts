/// <reference types="mocha" />
/**
 * A `.txt` export (corpus 001, first line ` DEPARTEMENT DU PAS-DE-CALAIS`) opens as Plain Text, as
 * `.txt` belongs to VS Code; the extension switches it to the deliberation language. Other `.txt`
 * files are left alone.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openEditor, waitFor, waitForDiagnostic, workspaceFile } from './support';

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

describe('.txt exports', () => {
  after(closeAllEditors);

  it('switches a deliberation exported as .txt to the deliberation language', async () => {
    const editor = await openEditor('commission-permanente-2024-12-09.txt');
    assert.equal(editor.document.lineAt(0).text, ' DEPARTEMENT DU PAS-DE-CALAIS');
    const uri = editor.document.uri;
    await waitFor(() => openDocument(uri)?.languageId === 'deliberation', 'the .txt export to become a deliberation');
    const symbols = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return found && found.length > 0 ? found : undefined;
    }, 'the outline of the .txt export');
    assert.equal(symbols.length, 1);
  });

  it('checks a .txt export too (the sample with Pour : 42)', async () => {
    const editor = await openEditor('2022-372-equipement-numerique-colleges.txt');
    const [diagnostic] = await waitForDiagnostic(editor.document.uri, 'vote-total');
    assert.equal(diagnostic.range.start.line, 82);
  });

  it('switches a .txt whose header has a %% directive above it (« Désactiver la règle dans ce fichier »)', async () => {
    const editor = await openEditor('directive-above-header.txt');
    assert.ok(editor.document.lineAt(0).text.startsWith('%% delibera-disable'));
    await waitFor(() => openDocument(editor.document.uri)?.languageId === 'deliberation', 'the .txt with a directive on top to become a deliberation');
  });

  it('switches and checks a commune’s extrait flattened to one line, whose first words are the préfecture’s stamp', async () => {
    const editor = await openEditor('extrait-commune.txt');
    await waitFor(() => openDocument(editor.document.uri)?.languageId === 'deliberation', 'the commune’s extrait to become a deliberation');
    const [diagnostic] = await waitForDiagnostic(editor.document.uri, 'date-coherence');
    assert.match(diagnostic.message, /est un lundi, pas un mardi/);
    assert.equal(diagnostic.range.start.line, 0);
    const text = editor.document.getText(diagnostic.range);
    assert.equal(text.toLowerCase(), 'mardi');
  });

  it('leaves other .txt files in Plain Text', async () => {
    const editor = await openEditor('notes.txt');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(openDocument(workspaceFile('notes.txt'))?.languageId, 'plaintext');
    assert.equal(editor.document.languageId, 'plaintext');
  });
});
