/** The server tells the client how each document was read (`delibera/reading`), for the status item. */
import { afterEach, describe, expect, it } from 'vitest';
import { READING_NOTIFICATION, type DocumentReading } from '../../engine/features/reading';
import { corpusText } from '../helpers';
import { open, startClient, type TestClient } from './client';

async function until(test: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting for the server');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('delibera/reading', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('says the template and the number of deliberations, or that there is none', async () => {
    client = await startClient({ locale: 'fr' });
    const readings = new Map<string, DocumentReading>();
    client.connection.onNotification(READING_NOTIFICATION, (r: DocumentReading) => readings.set(r.uri, r));
    const session = 'file:///tmp/session.txt';
    const minutes = 'file:///tmp/pv.txt';
    const letter = 'file:///tmp/lettre.txt';
    await open(client, session, corpusText('003'));
    await open(client, minutes, 'COMMUNE DE SAINT-AY PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 6 FÉVRIER 2023 1 - Budget primitif 2023 : adopté à l’unanimité. 2 - Tarifs : adopté à l’unanimité.');
    await open(client, letter, 'Madame, Monsieur, veuillez trouver ci-joint le document demandé.');
    await until(() => readings.size === 3);
    expect(readings.get(session)).toEqual({ uri: session, deliberations: 29, templates: ['departement-cp'] });
    expect(readings.get(minutes)?.templates).toEqual(['proces-verbal']);
    expect(readings.get(letter)).toEqual({ uri: letter, deliberations: 0, templates: [] });
  });
});
