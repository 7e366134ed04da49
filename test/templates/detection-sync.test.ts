/**
 * Editor and engine never disagree on what opens a deliberation. Four readers of the CP's header:
 * the engine (`CP_LANDMARKS.header`, `isDepartmentHeader`), the client's re-labelling of `.txt`
 * exports (`looksLikeDeliberation`), VS Code's `firstLine` (package.json) and the grammar's header
 * rule. The last two are generated from the profile (scripts/generate-detection.ts): this test
 * checks that they are up to date, then gives all four the same lines.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IGrammar } from 'vscode-textmate';
import { DELIBERATION_FIRST_LINE, looksLikeDeliberation } from '../../client/detect';
import { isDepartmentHeader, isStampLine } from '../../engine/dossiers/segment';
import { CP_FIRST_LINE, CP_LANDMARKS } from '../../engine/templates/departement-cp';
import { FIRST_LINES, MAX_LEADING_LINES, firstContentLine, firstLineSource } from '../../engine/templates/first-lines';
import { caseless, findHeaderRule, grammarHeaderMatch, manifestFirstLine } from '../../scripts/generate-detection';
import { loadGrammar, tokenize } from '../grammar/textmate';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const grammarJson = JSON.parse(readFileSync(new URL('syntaxes/deliberation.tmLanguage.json', root), 'utf8'));
const manifest = new RegExp(pkg.contributes.languages[0].firstLine);
const REGENERATE = 'run `npx tsx scripts/generate-detection.ts`';

let grammar: IGrammar;
beforeAll(async () => {
  grammar = await loadGrammar();
}, 60_000);

function grammarSaysHeader(line: string): boolean {
  const [tokens] = tokenize(grammar, [line]);
  return tokens.tokens.some((token) => token.scopes.includes('markup.heading.department.deliberation'));
}

/** Header lines and near misses: the corpus's, the other articles, spacing, case, prose. */
const HEADER_LINES: [string, boolean][] = [
  [' DEPARTEMENT DU PAS-DE-CALAIS', true],
  ['DEPARTEMENT DU PAS-DE-CALAIS ', true],
  ['DÉPARTEMENT DU NORD', true],
  ['DEPARTEMENT DE LA SOMME', true],
  ['  DÉPARTEMENT DE LA SOMME', true],
  ["DEPARTEMENT DE L'AISNE", true],
  ['DÉPARTEMENT DE L’ESSONNE', true],
  ["DEPARTEMENT DE L' AISNE", true],
  ["DEPARTEMENT D'ILLE-ET-VILAINE", true],
  ['DEPARTEMENT D’ILLE-ET-VILAINE', true],
  ['DÉPARTEMENT D’EURE-ET-LOIR', true],
  ['DEPARTEMENT DES YVELINES', true],
  ['DÉPARTEMENT DES CÔTES-D’ARMOR', true],
  ['DEPARTEMENT DE MAYOTTE', true],
  ['Département de la Somme', true],
  ['département du nord', true],
  ['\tDEPARTEMENT  DU   NORD', true],
  ['DEPARTEMENT DU\u00A0NORD', true],
  ['', false],
  ['DEPARTEMENT', false],
  ['DEPARTEMENTAL', false],
  ['DEPARTEMENT DU', false],
  ['DEPARTEMENT DU   ', false],
  ['DEPARTEMENT D’', false],
  ["DEPARTEMENT D'  ", false],
  ['DEPARTEMENT DUNKERQUE', false],
  ['DEPARTEMENT DESSUS', false],
  ['DEPARTEMENTS DU NORD', false],
  ['DEPARTEMENTDU NORD', false],
  ['LE DEPARTEMENT DU NORD', false],
  ['Le département du Nord a voté', false],
  ['DELIBERATION DE LA COMMISSION PERMANENTE', false],
  ['Vu le rapport du Président', false],
  ['RAPPORT N°22', false],
];

describe('generated from the profile', () => {
  it('package.json firstLine is every template’s first line, case spelt out for VS Code’s flagless RegExp', () => {
    expect(pkg.contributes.languages[0].firstLine, REGENERATE).toBe(manifestFirstLine());
  });

  it('the grammar’s header rule is the profile’s header words and separator', () => {
    expect(findHeaderRule(grammarJson).match, REGENERATE).toBe(grammarHeaderMatch());
  });

  it('the client tests the same list of first lines', () => {
    expect(DELIBERATION_FIRST_LINE.source).toBe(new RegExp(firstLineSource(FIRST_LINES), 'iu').source);
    expect(DELIBERATION_FIRST_LINE.flags).toBe('iu');
    expect(FIRST_LINES).toContainEqual({ template: 'departement-cp', source: CP_FIRST_LINE });
  });

  it('spells case out without changing the pattern', () => {
    expect(caseless('D[EÉ]PARTEMENT\\s+D[\'’]')).toBe('[Dd][EeÉé][Pp][Aa][Rr][Tt][Ee][Mm][Ee][Nn][Tt]\\s+[Dd][\'’]');
    expect(caseless('(?:(?<=[\'’])\\s*|\\s+)\\S\\u00A0\\p{L}x{0,40}')).toBe('(?:(?<=[\'’])\\s*|\\s+)\\S\\u00A0\\p{L}[Xx]{0,40}');
    expect(() => caseless('[A-Z]')).toThrow();
    expect(() => caseless('(?<name>x)')).toThrow();
  });
});

describe('the same verdict from the engine, the client, the manifest and the grammar', () => {
  it('on header lines and near misses', () => {
    for (const [line, expected] of HEADER_LINES) {
      const verdicts = {
        landmark: CP_LANDMARKS.header.test(line),
        engine: isDepartmentHeader(line),
        client: looksLikeDeliberation(line),
        manifest: manifest.test(line),
        grammar: grammarSaysHeader(line),
      };
      const all = { landmark: expected, engine: expected, client: expected, manifest: expected, grammar: expected };
      expect(verdicts, JSON.stringify(line)).toEqual(all);
    }
  });

  it('on the legality stamp, the other first line of an export', () => {
    const lines: [string, boolean][] = [
      [' Envoi au contrôle de légalité le : 4 avril 2022', true],
      ['Envoi au controle de legalite le : 12 mai 2023', true],
      ['ENVOI AU CONTRÔLE DE LÉGALITÉ LE : 12 MAI 2023', true],
      ['Envoi  au  contrôle  de  légalité', true],
      ['Envoyé en préfecture le 12 mai 2023', false],
      ['Affichage le : 4 avril 2022', false],
      ['lettre d’observation du contrôle de légalité', false],
    ];
    for (const [line, expected] of lines) {
      const verdicts = { landmark: CP_LANDMARKS.stampSent.test(line), client: looksLikeDeliberation(line), manifest: manifest.test(line) };
      expect(verdicts, line).toEqual({ landmark: expected, client: expected, manifest: expected });
    }
    // Segmentation also takes `Affichage le` for a stamp line above a header: not a first line.
    expect(isStampLine('Affichage le : 4 avril 2022')).toBe(true);
  });

  it('on the first line of every corpus file', () => {
    for (const file of ['000_8d5666818704f46d', '001_31979806140e0f38', '002_1db52241779bf69e', '003_b2bb4981e98d102e', '004_1dc4fcee360ef1bf']) {
      const first = readFileSync(new URL(`../fixtures/corpus/${file}.txt`, import.meta.url), 'utf8').split('\n', 1)[0]!;
      expect(looksLikeDeliberation(first), file).toBe(true);
      expect(manifest.test(first), file).toBe(true);
      expect(CP_LANDMARKS.header.test(first) || CP_LANDMARKS.stampSent.test(first), file).toBe(true);
    }
  });
});

describe('first lines of other templates', () => {
  it('extend the list: a profile adds its source, the client and the manifest follow', () => {
    const extended = [...FIRST_LINES, { template: 'extrait' as const, source: 'EXTRAIT\\s+DU\\s+REGISTRE' }];
    const client = new RegExp(firstLineSource(extended), 'iu');
    const flagless = new RegExp(caseless(firstLineSource(extended)));
    for (const line of ['EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS', ' Extrait du registre', 'DEPARTEMENT DE LA SOMME']) {
      expect(client.test(line), line).toBe(true);
      expect(flagless.test(line), line).toBe(true);
    }
    expect(client.test('Registre')).toBe(false);
    expect(flagless.test('Registre')).toBe(false);
  });
});

describe('leading `%%` comments', () => {
  const DISABLE = '%% delibera-disable vote-total -- dossier en cours de correction';

  it('are skipped to reach the header, in a string, a line array or a document', () => {
    const lines = [DISABLE, '%% delibera-disable visa-required -- idem', '', ' DEPARTEMENT DE LA SOMME', '', 'DELIBERATION DE LA COMMISSION PERMANENTE'];
    const document = { lineCount: lines.length, lineAt: (line: number) => ({ text: lines[line]! }) };
    expect(looksLikeDeliberation(lines.join('\n'))).toBe(true);
    expect(looksLikeDeliberation(lines.join('\r\n'))).toBe(true);
    expect(looksLikeDeliberation(lines)).toBe(true);
    expect(looksLikeDeliberation(document)).toBe(true);
    expect(looksLikeDeliberation(['\uFEFF' + DISABLE, ' Envoi au contrôle de légalité le : 4 avril 2022'])).toBe(true);
    expect(firstContentLine((i) => lines[i])).toBe(' DEPARTEMENT DE LA SOMME');
  });

  it('do not make plain text a deliberation, and stop being skipped after a while', () => {
    expect(looksLikeDeliberation([DISABLE, 'Notes de la réunion', 'DEPARTEMENT DU NORD'])).toBe(false);
    expect(looksLikeDeliberation([DISABLE])).toBe(false);
    expect(looksLikeDeliberation('')).toBe(false);
    expect(looksLikeDeliberation([])).toBe(false);
    expect(looksLikeDeliberation({ lineCount: 0, lineAt: () => ({ text: '' }) })).toBe(false);
    const many = [...Array.from({ length: MAX_LEADING_LINES }, () => DISABLE), 'DEPARTEMENT DU NORD'];
    expect(looksLikeDeliberation(many)).toBe(false);
    expect(looksLikeDeliberation(many.slice(1))).toBe(true);
  });

  it('cost nothing on a huge first line', () => {
    expect(looksLikeDeliberation('x'.repeat(1_000_000))).toBe(false);
    expect(looksLikeDeliberation(' '.repeat(1_000_000) + 'DEPARTEMENT DU NORD')).toBe(false);
    expect(looksLikeDeliberation('%%'.repeat(500_000) + '\nDEPARTEMENT DU NORD')).toBe(true);
  });
});

describe('the client bundle', () => {
  it('reaches the templates’ data and text helpers only, never the engine’s readers or rules', async () => {
    const result = await build({
      entryPoints: [new URL('client/detect.ts', root).pathname],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile!.inputs);
    const heavy = inputs.filter((path) => /engine\/(?:analyzer|rules|features|blocks|dossiers|workspace|config|diagnostics)\b|engine\/model\/(?!commissions\.ts$|types\.ts$)/.test(path));
    expect(heavy).toEqual([]);
    expect(inputs.some((path) => path.endsWith('engine/templates/first-lines.ts'))).toBe(true);
  });
});
