/// <reference types="mocha" />
/** The outline of a whole session export: corpus 003, 29 dossiers (`(N°2022-80)` at L37 … `(N°2022-108)` at L43940). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openEditor, waitFor } from './support';

describe('outline', () => {
  after(closeAllEditors);

  it('lists the 29 dossiers of the session, each around its (N°…) line', async () => {
    const editor = await openEditor('session-2022.delib');
    const uri = editor.document.uri;
    const symbols = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return found && found.length > 0 ? found : undefined;
    }, 'the outline of session-2022.delib');
    assert.equal(symbols.length, 29);

    // The number lines, read from the text itself: `(N°2022-80)` alone on its line.
    const numberLines: { line: number; numero: string }[] = [];
    for (let line = 0; line < editor.document.lineCount; line++) {
      const match = /^\(N°(\d{4}-\d+)\)\s*$/.exec(editor.document.lineAt(line).text);
      if (match) numberLines.push({ line, numero: match[1] });
    }
    assert.equal(numberLines.length, 29);
    assert.deepEqual(numberLines[0], { line: 36, numero: '2022-80' });
    assert.deepEqual(numberLines[28], { line: 43939, numero: '2022-108' });
    symbols.forEach((symbol, index) => {
      const { line, numero } = numberLines[index];
      assert.ok(symbol.range.start.line <= line && line <= symbol.range.end.line, `${symbol.name} holds line ${line + 1}`);
      assert.ok(symbol.name.includes(numero), `${symbol.name} names ${numero}`);
    });

    // Under a dossier, named « N°2022-80 · title » once: its main parts, one level only.
    assert.equal(symbols[0].name, "N°2022-80 · PARTICIPATION DE L'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ LOGEMENT");
    assert.deepEqual(symbols[0].children.map((child) => child.name), ['Visas', 'Article unique', 'Vote', 'Rapport N°22', 'Annexe 1']);
    for (const child of symbols[0].children) {
      assert.equal(child.children.length, 0, `${child.name} has no children`);
      assert.ok(!child.name.includes('2022-80'), `${child.name} does not repeat the N°`);
    }
  });
});
