/** `.delibera.json` and settings: `collectivite`, `template` and `export`, from the file to the resolved options. */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applySettings, configToOptions, CONFIG_SCHEMA, createConfigResolver, formatConfigProblem, mergeConfigs, optionsForFolder, parseConfig,
  validateConfig, type DeliberaConfig,
} from '../../engine/config/index';
import { isValidSiret } from '../../engine/config/config';
import { ACTES_MATIERES } from '../../engine/export/matieres';
import { resolveOptions } from '../../engine/options';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const nls = JSON.parse(readFileSync(new URL('../../package.nls.json', import.meta.url), 'utf8'));
const nlsFr = JSON.parse(readFileSync(new URL('../../package.nls.fr.json', import.meta.url), 'utf8'));

const POITIERS = { kind: 'commune', name: 'Ville de Poitiers', siret: '21860194600013', population: 88665, members: 53, groups: ['Poitiers Collectif', 'Agir pour Poitiers'] };

describe('the collectivite, template and export keys', () => {
  it('accepts a complete collectivité and turns it into options', () => {
    const { config, problems } = parseConfig(JSON.stringify({
      collectivite: POITIERS,
      template: 'extrait',
      export: { baseUrl: 'https://www.poitiers.fr/deliberations/', matiere: '7.5' },
    }), '.delibera.json');
    expect(problems).toEqual([]);
    expect(configToOptions(config)).toEqual({
      locale: undefined,
      rules: {},
      collectivite: POITIERS,
      template: 'extrait',
      export: { baseUrl: 'https://www.poitiers.fr/deliberations/', matiere: '7.5' },
    });
    const resolved = resolveOptions(configToOptions(config));
    expect(resolved.collectivite).toEqual({ ...POITIERS });
    expect(resolved.template).toBe('extrait');
    expect(resolved.export).toEqual({ baseUrl: 'https://www.poitiers.fr/deliberations/', matiere: '7.5' });
    expect(resolved.assembly.size).toBe(53);
  });

  it('names each bad value, drops it and keeps the rest', () => {
    const { config, problems } = parseConfig(JSON.stringify({
      collectivite: { kind: 'ville', name: '', siret: '2186019460001', population: 0, members: 12.5, groups: ['A', 'A', ''], maire: 'x' },
      template: 'cp',
      export: { baseUrl: 'www.poitiers.fr', matiere: '7.11' },
    }), 'c.json');
    expect(problems.map((p) => p.key).sort()).toEqual([
      'collectivite.groups[1]', 'collectivite.groups[2]', 'collectivite.kind', 'collectivite.maire', 'collectivite.members', 'collectivite.name',
      'collectivite.population', 'collectivite.siret', 'export.baseUrl', 'export.matiere', 'template',
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(config).toEqual({ collectivite: { groups: ['A'] }, export: {} });
    const kind = problems.find((p) => p.key === 'collectivite.kind')!;
    expect(formatConfigProblem(kind, 'fr')).toBe('c.json: clé "collectivite.kind" : doit valoir "commune", "epci", "syndicat", "departement", "region" (trouvé "ville")');
    expect(formatConfigProblem(kind, 'en')).toBe('c.json: key "collectivite.kind": must be one of "commune", "epci", "syndicat", "departement", "region" (found "ville")');
    const siret = problems.find((p) => p.key === 'collectivite.siret')!;
    expect(siret.message.fr).toMatch(/n'a pas la forme attendue/);
    const typo = problems.find((p) => p.key === 'collectivite.maire')!;
    expect(typo.message.en).toMatch(/^unknown key \(known keys: kind, name, siret, population, members, groups\)/);
  });

  it('suggests the key a typo meant', () => {
    const { problems } = parseConfig('{"collectivité": {"name": "Ville de Poitiers"}, "exports": {}}', 'c.json');
    expect(problems.map((p) => [p.key, p.message.en])).toEqual([
      ['["collectivité"]', 'unknown key; did you mean "collectivite"?'],
      ['exports', 'unknown key; did you mean "export"?'],
    ]);
  });

  it('warns about a SIRET whose check digit is wrong, and keeps it', () => {
    const { config, problems } = parseConfig('{"collectivite": {"siret": "21860194600014"}}', 'c.json');
    expect(config.collectivite?.siret).toBe('21860194600014');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'collectivite.siret', severity: 'warning' });
    expect(problems[0].message.fr).toMatch(/clé de contrôle/);
    expect(problems[0].message.en).toMatch(/check digit/);
  });

  it('checks SIRETs with the Luhn formula, La Poste with its own rule', () => {
    expect(isValidSiret('21860194600013')).toBe(true);
    expect(isValidSiret('21590350100017')).toBe(true);
    expect(isValidSiret('21860194600014')).toBe(false);
    expect(isValidSiret('2186019460001')).toBe(false);
    expect(isValidSiret('2186019460001a')).toBe(false);
    // La Poste: the digits add up to a multiple of 5, whatever Luhn says.
    expect(isValidSiret('35600000000001')).toBe(true);
    expect(isValidSiret('35600000000000')).toBe(false);
    expect(isValidSiret('35600000000048')).toBe(true);
  });

  it('warns when assembly.size and collectivite.members disagree: members wins', () => {
    const { config, problems } = parseConfig('{"assembly": {"size": 43}, "collectivite": {"members": 45}}', 'c.json');
    expect(problems).toEqual([expect.objectContaining({ key: 'assembly.size', severity: 'warning' })]);
    expect(problems[0].message.fr).toMatch(/"collectivite\.members" qui compte/);
    const resolved = resolveOptions(configToOptions(config));
    expect(resolved.assembly.size).toBe(45);
    expect(resolved.collectivite.members).toBe(45);
    // assembly.size alone still means the seats in office, under both names.
    const old = resolveOptions(configToOptions(parseConfig('{"assembly": {"size": 43}}', 'c.json').config));
    expect(old.assembly.size).toBe(43);
    expect(old.collectivite.members).toBe(43);
  });

  it('resolves to empty values when nothing is configured', () => {
    const resolved = resolveOptions({});
    expect(resolved.collectivite).toEqual({ kind: null, name: null, siret: null, population: null, members: null, groups: [] });
    expect(resolved.export).toEqual({ baseUrl: null, matiere: null });
    expect(resolved.template).toBeNull();
    expect(resolved.assembly.size).toBeNull();
  });

  it('never throws on odd values', () => {
    for (const text of ['{"collectivite": null}', '{"collectivite": []}', '{"collectivite": {"groups": {}}}', '{"export": "x"}', '{"template": 3}', '{"collectivite": {"siret": 21860194600013}}']) {
      expect(() => configToOptions(parseConfig(text, 'c.json').config)).not.toThrow();
      expect(parseConfig(text, 'c.json').problems.length).toBeGreaterThan(0);
    }
  });
});

describe('merging', () => {
  it('completes an inherited collectivité key by key', () => {
    const far: DeliberaConfig = { collectivite: { kind: 'commune', name: 'Ville de Poitiers', siret: '21860194600013', members: 53 } };
    const near: DeliberaConfig = { collectivite: { members: 52 }, template: 'proces-verbal', export: { matiere: '5.2' } };
    expect(mergeConfigs([far, near])).toEqual({
      collectivite: { kind: 'commune', name: 'Ville de Poitiers', siret: '21860194600013', members: 52 },
      template: 'proces-verbal',
      export: { matiere: '5.2' },
    });
  });

  it('replaces it when the nearer config names another collectivité', () => {
    const epci: DeliberaConfig = { collectivite: { kind: 'epci', name: 'Grand Poitiers', siret: '20006993500017', members: 91 }, export: { baseUrl: 'https://gp.fr/' } };
    const commune: DeliberaConfig = { collectivite: { kind: 'commune', name: 'Ville de Poitiers' } };
    expect(mergeConfigs([epci, commune])).toEqual({ collectivite: { kind: 'commune', name: 'Ville de Poitiers' }, export: { baseUrl: 'https://gp.fr/' } });
    const sameName: DeliberaConfig = { collectivite: { name: 'Grand Poitiers', population: 194000 } };
    expect(mergeConfigs([epci, sameName]).collectivite).toEqual({ kind: 'epci', name: 'Grand Poitiers', siret: '20006993500017', members: 91, population: 194000 });
  });

  it('reads the folders nearest first', () => {
    const files: Record<string, string> = {
      '/actes/.delibera.json': JSON.stringify({ collectivite: { name: 'Ville de Poitiers', siret: '21860194600013', members: 53 }, export: { baseUrl: 'https://www.poitiers.fr/delib/' } }),
      '/actes/2024/.delibera.json': '{"collectivite": {"members": 52}, "template": "extrait"}',
    };
    const resolver = createConfigResolver({ readFile: (path) => files[path] });
    expect(optionsForFolder(resolver, '/actes/2024/mars', undefined, 'fr')).toEqual({
      locale: 'fr',
      rules: {},
      collectivite: { name: 'Ville de Poitiers', siret: '21860194600013', members: 52 },
      template: 'extrait',
      export: { baseUrl: 'https://www.poitiers.fr/delib/' },
    });
  });

  it('lets the delibera.collectivite setting over the files, its default ({}) changing nothing', () => {
    const config: DeliberaConfig = { collectivite: { name: 'Ville de Poitiers', members: 53 } };
    expect(applySettings(config, { collectivite: {} })).toEqual(config);
    expect(applySettings(config, { collectivite: { groups: [] } })).toEqual(config);
    expect(applySettings(config, { collectivite: { members: 52 } })).toEqual({ collectivite: { name: 'Ville de Poitiers', members: 52 } });
    expect(applySettings(config, { collectivite: { name: 'Grand Poitiers', kind: 'epci' } })).toEqual({ collectivite: { name: 'Grand Poitiers', kind: 'epci' } });
    // Invalid keys of the setting are dropped, valid ones kept.
    expect(applySettings(config, { collectivite: { members: 0, population: 88665, siret: 'x' } })).toEqual({ collectivite: { name: 'Ville de Poitiers', members: 53, population: 88665 } });
    expect(applySettings(config, { collectivite: 'Poitiers' })).toEqual(config);
  });
});

describe('the schema and the manifest', () => {
  const setting = manifest.contributes.configuration.properties['delibera.collectivite'];

  it('contributes delibera.collectivite with the schema\'s own keys and constraints', () => {
    const own = CONFIG_SCHEMA.properties!.collectivite;
    expect(setting.type).toBe('object');
    expect(setting.default).toEqual({});
    expect(Object.keys(setting.properties)).toEqual(Object.keys(own.properties!));
    for (const [key, property] of Object.entries(own.properties!)) {
      for (const keyword of ['type', 'enum', 'pattern', 'minimum', 'minLength', 'uniqueItems', 'items']) {
        expect(setting.properties[key][keyword], `${key}.${keyword}`).toEqual(property[keyword]);
      }
    }
    expect(setting.markdownDescription).toBe('%config.collectivite%');
    expect(nls['config.collectivite']).toMatch(/collectivité/);
    expect(nlsFr['config.collectivite']).toMatch(/collectivité/);
  });

  it('lists the ACTES matters of the export table, and the templates of the model', () => {
    expect(CONFIG_SCHEMA.properties!.export.properties!.matiere.enum).toEqual(ACTES_MATIERES.map((m) => m.code));
    expect(CONFIG_SCHEMA.properties!.template.enum).toEqual(['departement-cp', 'assemblee', 'extrait', 'proces-verbal', 'generic']);
  });

  it('agrees with a reference validator (ajv, draft-07)', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const reference = ajv.compile(CONFIG_SCHEMA);
    const cases: unknown[] = [
      { collectivite: POITIERS },
      { collectivite: {} },
      { template: 'generic' },
      { export: { baseUrl: 'http://x.fr/a b' } },
      { export: { baseUrl: 'https://x.fr/delib' } },
      { export: { matiere: '7.10' } },
      { export: { matiere: '7.1O' } },
      { export: { matiere: '9.5' } },
      { collectivite: { kind: 'metropole' } },
      { collectivite: { siret: '218 601 946 00013' } },
      { collectivite: { population: -3 } },
      { collectivite: { members: '53' } },
      { collectivite: { groups: 'Majorité' } },
      { collectivite: { groups: ['Majorité', 'Majorité'] } },
      { template: 'extrait du registre' },
      { template: null },
    ];
    for (const value of cases) {
      const ours = validateConfig(value, 'x').problems.filter((p) => p.severity === 'error');
      expect(ours.length === 0, JSON.stringify(value)).toBe(reference(value));
    }
  });
});
