/// <reference types="mocha" />
/**
 * Typing in the real editor: the guillemets close once (VS Code's auto-closing pair `«`/`»` is
 * overtyped by the `»` the drafter types), and name completion offers the members of the meeting not
 * yet placed in this deliberation, never the name being typed nor one already listed.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, workspaceFile } from './support';

const opened: vscode.TextDocument[] = [];

async function untitledDeliberation(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'deliberation', content });
  opened.push(document);
  return vscode.window.showTextDocument(document);
}

/** Types `text` one character at a time through the editor's `type` command, as a keyboard does. */
async function type(text: string): Promise<void> {
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}

describe('typing', () => {
  after(async () => {
    for (const document of opened) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
  });

  it('closes a guillemet once: « Les Amis du Livre » stays as typed', async () => {
    const editor = await untitledDeliberation('D’attribuer à l’association \n');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await type('« Les Amis du Livre »');
    assert.equal(editor.document.lineAt(0).text, 'D’attribuer à l’association « Les Amis du Livre »');
  });

  it('completes the excusés with the meeting’s members not placed yet, never the name being typed', async () => {
    const published = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(workspaceFile('published.delib')));
    const lines = published.split('\n');
    // A second deliberation of the meeting whose excusés are being typed: one written, one half-typed.
    const second = [...lines];
    second.splice(22, 4, 'Excusé(s) : M. Daniel MACIEJASZ, M. Jean-Marc');
    const editor = await untitledDeliberation([...lines, '', ...second].join('\n'));
    const line = lines.length + 1 + 22;
    const position = editor.document.lineAt(line).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('M. Pierre GEORGET'), labels.join(', '));
    assert.ok(labels.includes('M. Jean-Marc TELLIER'), 'the half-typed name completes');
    assert.ok(!labels.includes('M. Daniel MACIEJASZ'), 'already typed in this list');
    assert.ok(!labels.includes('M. Jean-Claude LEROY'), 'already among the présents');
    assert.ok(!labels.some((label) => /TITRE|Prénom NOM/.test(label)), 'no text that is not a person');
  });
});
