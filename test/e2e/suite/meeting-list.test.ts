/// <reference types="mocha" />
/**
 * « Liste des délibérations de la séance » (CGCT L2121-25) in the real VS Code: on a file, the 29
 * deliberations of the session of 003 in a Markdown tab; on the workspace folder, one CSV holding
 * every meeting its deliberations belong to, the commune's and the département's.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, workspaceFile } from './support';

/** The lists opened, closed without a save prompt: an untitled tab with text is dirty. */
const opened: vscode.TextDocument[] = [];

describe('the list of deliberations of a meeting', () => {
  after(async () => {
    for (const list of opened) {
      await vscode.window.showTextDocument(list);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
  });

  it('is in the palette and in the explorer menu of folders and deliberations', async () => {
    await vscode.extensions.getExtension('delibera.delibera')!.activate();
    assert.ok((await vscode.commands.getCommands(true)).includes('delibera.exportMeetingList'));
    const manifest = vscode.extensions.getExtension('delibera.delibera')!.packageJSON;
    const entry = manifest.contributes.menus['explorer/context'].find((m: { command: string }) => m.command === 'delibera.exportMeetingList');
    assert.equal(entry?.when, 'explorerResourceIsFolder || resourceLangId == deliberation');
  });

  it('lists the 29 deliberations of a session file in a Markdown tab', async () => {
    const list = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('delibera.exportMeetingList', workspaceFile('session-2022.delib'), 'md');
    assert.ok(list, 'the command returns the list it opened');
    opened.push(list);
    assert.equal(list.languageId, 'markdown');
    assert.equal(list.isUntitled, true);
    const text = list.getText();
    assert.match(text, /^# Liste des délibérations examinées en séance/);
    assert.match(text, /Séance : lundi 21 mars 2022/);
    assert.equal(text.split('\n').filter((line) => line.startsWith('| 2022-')).length, 29);
    assert.equal(vscode.window.activeTextEditor?.document, list);
  });

  it('lists every meeting of a folder in one CSV', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const list = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('delibera.exportMeetingList', folder, 'csv');
    assert.ok(list, 'the command returns the list it opened');
    opened.push(list);
    const rows = list.getText().split('\r\n').filter((row) => row !== '');
    assert.match(rows[0], /^Collectivité,/);
    assert.ok(rows.some((row) => row.includes('SAINT-MARS-DU-DÉSERT') && row.includes('2023-004')), rows.join('\n'));
    assert.ok(rows.some((row) => row.includes('PAS-DE-CALAIS') && row.includes('2022-80')), 'the session of 003');
    assert.ok(!rows.some((row) => row.includes('Notes de séance')), 'notes.txt is no deliberation');
  });
});
