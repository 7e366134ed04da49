/**
 * The Delibera language server. Run by the VS Code client over IPC, or on its own for other editors:
 * `node dist/server.js --stdio`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { cancelledResponse, startServer } from './server';

// A request the client cancels while it waits in the queue (the editor moved on: newer text, another
// position) is answered at once as cancelled, never computed.
startServer(createConnection(ProposedFeatures.all, { cancelUndispatched: cancelledResponse }));
