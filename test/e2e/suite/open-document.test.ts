/// <reference types="mocha" />
/**
 * « Ouvrir comme délibération » on a PDF and a DOCX of the workspace (corpus 000 with `Pour : 42
 * voix` at L83, written by test/e2e/run.mjs with the input tests' writers): each opens as a
 * read-only deliberation document whose diagnostics, outline and hovers work and say where the
 * figure is in the original, and where no code action edits the text.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, hoverText, waitFor, waitForDiagnostic, workspaceFile } from './support';

interface Case {
  file: string;
  /** Where L83 of the text is in the original, as the extraction says it. */
  where: string;
  hoverWhere: string;
}

const CASES: Case[] = [
  // 60 lines a page, blank lines not counted: L83 is the 12th printed line of page 2.
  { file: 'acte-vote-total.pdf', where: '(page 2, ligne 12 du PDF)', hoverWhere: "Dans l'original : page 2, ligne 12 du PDF" },
  // Every line of the text is a paragraph of the DOCX: L83 is its 83rd.
  { file: 'projet-vote-total.docx', where: '(paragraphe 83 du DOCX)', hoverWhere: "Dans l'original : paragraphe 83 du DOCX" },
];

describe('open a PDF or DOCX as a deliberation', () => {
  after(closeAllEditors);

  it('offers the command in the palette and in the explorer menu of .pdf, .docx and .odt files', async () => {
    await vscode.extensions.getExtension('delibera.delibera')!.activate();
    const commands = new Set(await vscode.commands.getCommands(true));
    assert.ok(commands.has('delibera.openAsDeliberation'));
    const manifest = vscode.extensions.getExtension('delibera.delibera')!.packageJSON;
    const entry = manifest.contributes.menus['explorer/context'].find((m: { command: string }) => m.command === 'delibera.openAsDeliberation');
    assert.ok(entry, 'an explorer/context entry');
    const when = /resourceExtname =~ \/(.+)\/(\w*)/.exec(entry.when);
    assert.ok(when, entry.when);
    const pattern = new RegExp(when[1].replace(/\\\\/g, '\\'), when[2]);
    assert.deepEqual(['.pdf', '.docx', '.odt', '.PDF', '.txt', '.delib'].map((ext) => pattern.test(ext)), [true, true, true, true, false, false]);
  });

  for (const { file, where, hoverWhere } of CASES) {
    describe(file, () => {
      let uri: vscode.Uri;

      it('opens as a read-only deliberation document', async () => {
        const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('delibera.openAsDeliberation', workspaceFile(file));
        assert.ok(opened, 'the command returns the opened document');
        uri = opened;
        assert.equal(uri.scheme, 'delibera-document');
        const editor = await waitFor(() => {
          const active = vscode.window.activeTextEditor;
          return active?.document.uri.toString() === uri.toString() ? active : undefined;
        }, `an editor on ${file}`);
        assert.equal(editor.document.languageId, 'deliberation');
        assert.ok(editor.document.lineCount > 200, `${editor.document.lineCount} lines`);
        assert.match(editor.document.lineAt(82).text, /^Pour\s+:\s+42 voix/);
      });

      it('shows the wrong vote total in Problems, saying where it is in the original', async () => {
        const [diagnostic] = await waitForDiagnostic(uri, 'vote-total');
        assert.equal(diagnostic.range.start.line, 82);
        assert.ok(diagnostic.message.endsWith(where), diagnostic.message);
        assert.match(diagnostic.message, /présents \+ excusés = 43/);
      });

      it('has its dossier in the outline', async () => {
        const symbols = await waitFor(async () => {
          const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
          return found && found.length > 0 ? found : undefined;
        }, `the outline of ${file}`);
        assert.match(symbols.map((s) => s.name).join('\n'), /2022/);
      });

      it('hovers the figure with the explanation and its place in the original', async () => {
        const [diagnostic] = await waitForDiagnostic(uri, 'vote-total');
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diagnostic.range.start);
        const text = hoverText(hovers);
        assert.match(text, /présents/);
        assert.ok(text.includes(hoverWhere), text);
      });

      it('offers no code action that edits it, and its editor refuses typing', async () => {
        const [diagnostic] = await waitForDiagnostic(uri, 'vote-total');
        // Quick fixes only: VS Code adds its own snippet actions (« Région repliable »), which a read-only document refuses.
        const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, 'quickfix')) ?? [];
        assert.deepEqual(actions.map((a) => a.title), []);
        const fixAll = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll')) ?? [];
        assert.deepEqual(fixAll.filter((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind)).map((a) => a.title), []);
        // What a person does: the cursor on the figure, typing, deleting the line. The editor refuses.
        const editor = await vscode.window.showTextDocument(uri, { preview: false });
        const document = editor.document;
        const before = document.getText();
        editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.end);
        await vscode.commands.executeCommand('type', { text: '43' });
        await vscode.commands.executeCommand('deleteLeft');
        await vscode.commands.executeCommand('editor.action.deleteLines');
        assert.equal(document.isDirty, false);
        assert.equal(document.getText(), before);
      });
    });
  }

  it('says why a file that is not a document cannot be opened, and opens nothing', async () => {
    await closeAllEditors();
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('delibera.openAsDeliberation', workspaceFile('notes.txt'));
    assert.equal(opened, undefined);
    assert.equal(vscode.window.activeTextEditor, undefined);
  });
});
