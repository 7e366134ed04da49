/** A minimal LSP client over stdio for tests: spawns `node dist/server.js --stdio`. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

export interface TestClient {
  connection: MessageConnection;
  child: ChildProcess;
  diagnostics: Map<string, { version?: number; diagnostics: unknown[] }>;
  stderr: string[];
  close(): Promise<void>;
}

export async function startClient(initializationOptions: Record<string, unknown> = {}, capabilities: Record<string, unknown> = {}, rootUri: string | null = null): Promise<TestClient> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk) => stderr.push(String(chunk)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, { version?: number; diagnostics: unknown[] }>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
    diagnostics.set(params.uri, params);
  });
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    capabilities,
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    connection,
    child,
    diagnostics,
    stderr,
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

export function open(client: TestClient, uri: string, text: string, version = 1): Promise<void> {
  return client.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'deliberation', version, text },
  });
}
