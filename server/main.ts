/**
 * The Delibera language server. Run by the VS Code client over IPC, or on its own for other editors:
 * `node dist/server.js --stdio`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { cancelledResponse, startServer } from './server';

// A request the client cancels while it waits in the queue (the editor moved on: newer text, another
// position) is answered at once as cancelled, never computed.
const TRANSPORT = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+)$/;
const USAGE = `Usage: node dist/server.js --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The Delibera language server (LSP): an editor starts it and talks to it over one of these
transports. VS Code starts it itself (--node-ipc); for Neovim, Emacs and others see docs/editor.md.
To check files from a terminal, use the CLI: node dist/cli.js check <files>.
`;

if (!process.argv.some((arg) => TRANSPORT.test(arg))) {
  // Started by hand: say how it is meant to be started, not a stack trace about a missing stream.
  process.stderr.write(USAGE);
  process.exitCode = process.argv.includes('--help') || process.argv.includes('-h') ? 0 : 2;
} else {
  startServer(createConnection(ProposedFeatures.all, { cancelUndispatched: cancelledResponse }));
}
