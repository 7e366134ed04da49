/** `delibera check` on a folder of every collectivité's exports: what it takes, what it says of the rest. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'delibera-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXTRAIT = [
  'Envoyé en préfecture le 03/02/2023 Reçu en préfecture le 03/02/2023 ID : 065-216502260-20230130-2023_004-DE',
  'VILLE DE SAINT-MARS-DU-DÉSERT EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL Séance du lundi 30 janvier 2023',
  "L'an deux mille vingt-trois, le trente janvier à dix-neuf heures, le Conseil municipal, légalement convoqué le 30 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.",
  'Nombre de conseillers en exercice : 19 Présents : 15 Votants : 17',
  'Délibération n° 2023-004 Objet : Tarifs de la salle des fêtes. Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.',
].join(' ');

writeFileSync(join(dir, 'extrait.txt'), `${EXTRAIT}\n`);
writeFileSync(join(dir, 'notes.txt'), 'Notes de séance\nÀ relire avant lundi.\n');
writeFileSync(join(dir, 'lettre.delib'), 'Madame, Monsieur, veuillez trouver ci-joint le document demandé.\n');

describe('delibera check on every collectivité', () => {
  it('takes a commune’s flattened extrait from a folder, leaves a plain note, and says a .delib holds no deliberation', async () => {
    const run = await runCli(['check', '--no-progress', dir]);
    expect(run.stdout).toContain('extrait.txt:1:');
    expect(run.stdout).toContain('[date-convocation]');
    expect(run.stdout).not.toContain('notes.txt');
    expect(run.stdout).toMatch(/lettre\.delib {2}info {2}aucune délibération reconnue/);
    expect(run.stdout).toMatch(/2 fichiers, 1 délibération/);
    expect(run.code).toBe(1);
  });

  it('says it in English too', async () => {
    const run = await runCli(['check', '--no-progress', '--locale', 'en', join(dir, 'lettre.delib')]);
    expect(run.stdout).toContain('no deliberation recognised');
    expect(run.code).toBe(0);
  });
});
