/// <reference types="mocha" />
/** Settings changed while the server runs take effect without a restart. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, deliberaDiagnostics, openEditor, setSetting, waitFor, waitForDiagnostic } from './support';

describe('settings', () => {
  afterEach(async () => {
    await setSetting('rules', undefined);
    await setSetting('language', 'fr');
  });
  after(closeAllEditors);

  it('"delibera.rules": {"vote-total": "off"} removes the diagnostic, and removing it brings it back', async () => {
    const editor = await openEditor('settings.delib');
    const uri = editor.document.uri;
    await waitForDiagnostic(uri, 'vote-total');
    await setSetting('rules', { 'vote-total': 'off' });
    await waitFor(() => deliberaDiagnostics(uri, 'vote-total').length === 0, 'the vote-total diagnostic to disappear');
    await setSetting('rules', undefined);
    await waitForDiagnostic(uri, 'vote-total');
  });

  it('a rule turned off and on again takes effect while the editor keeps asking for inlay hints', async () => {
    // The editor asks for inlay hints as it scrolls; a settings change must not leave stale
    // diagnostics behind because a hint request re-analysed the document first.
    const editor = await openEditor('settings.delib');
    const uri = editor.document.uri;
    await waitForDiagnostic(uri, 'vote-total');
    let asking = true;
    const hints = (async () => {
      while (asking) await vscode.commands.executeCommand('vscode.executeInlayHintProvider', uri, new vscode.Range(0, 0, 200, 0));
    })();
    try {
      for (let round = 1; round <= 3; round++) {
        await setSetting('rules', { 'vote-total': 'off' });
        await waitFor(() => deliberaDiagnostics(uri, 'vote-total').length === 0, `round ${round}: the diagnostic to disappear`, 8_000);
        await setSetting('rules', undefined);
        await waitForDiagnostic(uri, 'vote-total', 8_000);
      }
    } finally {
      asking = false;
      await hints;
    }
  });

  it('"delibera.rules": {"vote-total": "warning"} changes its severity', async () => {
    const editor = await openEditor('settings.delib');
    const uri = editor.document.uri;
    await setSetting('rules', { 'vote-total': 'warning' });
    const [diagnostic] = await waitFor(() => {
      const found = deliberaDiagnostics(uri, 'vote-total');
      return found.length > 0 && found[0].severity === vscode.DiagnosticSeverity.Warning ? found : undefined;
    }, 'a vote-total warning');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('"delibera.language": "auto" follows the editor\'s language (English in this code-server)', async () => {
    assert.match(vscode.env.language, /^en\b/);
    const editor = await openEditor('settings.delib');
    const uri = editor.document.uri;
    await setSetting('language', 'auto');
    await waitFor(() => {
      const found = deliberaDiagnostics(uri, 'vote-total');
      return found.length > 0 && /but present/.test(found[0].message) ? found : undefined;
    }, 'an English vote-total message');
    await setSetting('language', 'fr');
    await waitFor(() => {
      const found = deliberaDiagnostics(uri, 'vote-total');
      return found.length > 0 && /mais présents/.test(found[0].message) ? found : undefined;
    }, 'the French vote-total message back');
  });

  it('"delibera.language": "en" turns the messages to English', async () => {
    const editor = await openEditor('settings.delib');
    const uri = editor.document.uri;
    await setSetting('language', 'en');
    const [diagnostic] = await waitFor(() => {
      const found = deliberaDiagnostics(uri, 'vote-total');
      return found.length > 0 && /but present/.test(found[0].message) ? found : undefined;
    }, 'an English vote-total message');
    assert.match(diagnostic.message, /= 42, but present \+ excused = 43 \(32 \+ 11\)/);
  });
});
