/**
 * The Delibera language server. Run by the VS Code client over IPC, or on its own for other editors:
 * `node dist/server.js --stdio`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
