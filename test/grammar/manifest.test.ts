/**
 * The extension manifest and its companions agree with each other: language contribution,
 * grammar, localized strings (package.nls*.json, l10n bundle), settings and the .delibera.json
 * schema, and the `.txt` first-line detection against the corpus's real first lines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DELIBERATION_FIRST_LINE, isTextExport, looksLikeDeliberation } from '../../client/detect';

const root = new URL('../../', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const pkg = json('package.json');
const contributes = pkg.contributes;

const CORPUS = ['000_8d5666818704f46d.txt', '001_31979806140e0f38.txt', '002_1db52241779bf69e.txt', '003_b2bb4981e98d102e.txt', '004_1dc4fcee360ef1bf.txt'];
const firstLineOf = (file: string) => readFileSync(new URL(`../fixtures/corpus/${file}`, import.meta.url), 'utf8').split('\n', 1)[0]!;

describe('language contribution', () => {
  const language = contributes.languages.find((entry: { id: string }) => entry.id === 'deliberation');

  it('declares the deliberation language and its grammar', () => {
    expect(language.extensions).toEqual(['.delib', '.deliberation']);
    expect(language.aliases).toEqual(['Délibération', 'Deliberation']);
    const grammar = contributes.grammars.find((entry: { language: string }) => entry.language === 'deliberation');
    expect(grammar.scopeName).toBe('text.deliberation');
    expect(json(grammar.path).scopeName).toBe('text.deliberation');
    expect(existsSync(new URL(language.configuration, root))).toBe(true);
  });

  it('recognises the first line of every corpus file, in the manifest and in the client', () => {
    // 000, 001, 002, 004 L1 ` DEPARTEMENT DU PAS-DE-CALAIS`; 003 L1 ` Envoi au contrôle de légalité le : 4 avril 2022`.
    const manifest = new RegExp(language.firstLine);
    for (const file of CORPUS) {
      expect(manifest.test(firstLineOf(file)), file).toBe(true);
      expect(looksLikeDeliberation(firstLineOf(file)), file).toBe(true);
    }
  });

  it('accepts other départements and spacing, and rejects ordinary text', () => {
    const manifest = new RegExp(language.firstLine);
    const yes = ['DEPARTEMENT DU NORD', '  DÉPARTEMENT DE LA SOMME', 'DEPARTEMENT DES YVELINES', 'DEPARTEMENT D’ILLE-ET-VILAINE', 'Envoi au contrôle de légalité le : 12 mai 2023'];
    const no = ['', 'Le département du Nord a voté', 'DEPARTEMENTAL', 'Vu le rapport du Président', 'RAPPORT N°22', 'x'.repeat(100_000)];
    for (const line of yes) {
      expect(manifest.test(line), line).toBe(true);
      expect(looksLikeDeliberation(line), line).toBe(true);
    }
    for (const line of no) {
      expect(manifest.test(line), line.slice(0, 40)).toBe(false);
      expect(looksLikeDeliberation(line), line.slice(0, 40)).toBe(false);
    }
    expect(looksLikeDeliberation('\uFEFF DEPARTEMENT DU PAS-DE-CALAIS')).toBe(true);
    expect(DELIBERATION_FIRST_LINE.flags).toContain('u');
  });

  it('re-labels .txt exports only', () => {
    expect(isTextExport('/srv/cp/2022-03-21.txt')).toBe(true);
    expect(isTextExport('C:\\CP\\SEANCE.TXT')).toBe(true);
    expect(isTextExport('/srv/cp/notes.md')).toBe(false);
    expect(isTextExport('/srv/cp/acte.delib')).toBe(false);
  });
});

describe('language configuration', () => {
  const configuration = json('language-configuration.json');

  it('uses %% line comments with region markers', () => {
    expect(configuration.comments.lineComment).toBe('%%');
    const start = new RegExp(configuration.folding.markers.start);
    const end = new RegExp(configuration.folding.markers.end);
    expect(start.test('%% region Annexe 2')).toBe(true);
    expect(start.test('  %% endregion')).toBe(false);
    expect(end.test('  %% endregion')).toBe(true);
  });

  it('has a word pattern that keeps hyphenated and accented names whole', () => {
    const word = new RegExp(configuration.wordPattern.pattern, `g${configuration.wordPattern.flags}`);
    // 003 L15 and 003 L23.
    expect('M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA'.match(word)).toEqual(['M', 'Jean-Claude', 'LEROY', 'Mme', 'Mireille', 'HINGREZ-CÉRÉDA']);
    expect('Mme Maïté MULOT-FRISCOURT'.match(word)).toEqual(['Mme', 'Maïté', 'MULOT-FRISCOURT']);
    expect('n°2021-257 du 01/07/2021'.match(word)).toEqual(['n', '2021-257', 'du', '01/07/2021']);
  });

  it('auto-closes French quotation marks as single characters, so that typing » overtypes the closer', () => {
    // A spaced pair (`« ` / ` »`) is never overtyped: typing `« Les Amis du Livre »` gave `… » »`.
    expect(configuration.autoClosingPairs).toContainEqual({ open: '«', close: '»' });
    expect(configuration.autoClosingPairs.some((pair: { open: string }) => pair.open.includes(' '))).toBe(false);
    expect(configuration.brackets).toContainEqual(['«', '»']);
  });
});

describe('localized strings', () => {
  const english = json('package.nls.json');
  const french = json('package.nls.fr.json');
  const referenced = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);

  it('defines every %key% of package.json in English and French', () => {
    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((key) => !(key in english))).toEqual([]);
    expect(referenced.filter((key) => !(key in french))).toEqual([]);
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    expect(Object.keys(english).filter((key) => !referenced.includes(key))).toEqual([]);
  });

  it('translates every vscode.l10n.t string of the client', () => {
    // Every client file: the extension and its modules (client/documents/…).
    const source = clientSources(fileURLToPath(new URL('client/', root))).map((file) => readFileSync(file, 'utf8')).join('\n');
    const messages = [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]!);
    const bundle = json('l10n/bundle.l10n.fr.json');
    expect(messages.length).toBeGreaterThan(5);
    expect(messages.filter((message) => !(message in bundle))).toEqual([]);
    expect(Object.keys(bundle).filter((key) => !messages.includes(key))).toEqual([]);
  });
});

describe('settings and .delibera.json schema', () => {
  const properties = contributes.configuration.properties;
  const schema = json('schemas/delibera.schema.json');

  it('contributes the documented settings', () => {
    expect(Object.keys(properties).sort()).toEqual(
      [
        'delibera.enable', 'delibera.language', 'delibera.rules', 'delibera.assembly.size', 'delibera.assembly.members', 'delibera.collectivite',
        'delibera.visas.required', 'delibera.visas.delegation', 'delibera.inlayHints.enable', 'delibera.debounce',
        'delibera.detectTextFiles', 'delibera.trace.server', 'delibera.commissions',
      ].sort(),
    );
    expect(properties['delibera.debounce'].default).toBe(200);
    expect(properties['delibera.inlayHints.enable'].default).toBe(true);
    // null, not []: an empty list would mean "no visa required" to the engine.
    expect(properties['delibera.visas.required'].default).toBeNull();
    expect(properties['delibera.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
  });

  it('mirrors the project settings in the schema, without the prefix', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.properties).filter((key) => key !== '$schema').sort()).toEqual(['assembly', 'collectivite', 'export', 'ignore', 'language', 'root', 'rules', 'template', 'visas']);
    expect(Object.keys(schema.properties.assembly.properties).sort()).toEqual(['members', 'size']);
    expect(Object.keys(schema.properties.visas.properties).sort()).toEqual(['delegation', 'required']);
    expect(schema.definitions.severity.enum).toEqual(properties['delibera.rules'].additionalProperties.enum);
    expect(schema.properties.language.enum).toEqual(properties['delibera.language'].enum);
    expect(new RegExp(schema.properties.visas.properties.delegation.pattern).test('2021-257')).toBe(true);
    expect(new RegExp(schema.properties.rules.propertyNames.pattern).test('vote-total')).toBe(true);
    expect(contributes.jsonValidation).toContainEqual({ fileMatch: '.delibera.json', url: './schemas/delibera.schema.json' });
  });

  it('contributes the commands the client registers', () => {
    const source = readFileSync(new URL('client/extension.ts', root), 'utf8');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((match) => match[1]);
    expect(contributes.commands.map((command: { command: string }) => command.command).sort()).toEqual(registered.sort());
  });
});

function clientSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return clientSources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
