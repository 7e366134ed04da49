/** `.delibera.json`: the schema as the single source of truth, validation, merging, discovery. */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applySettings, configToOptions, createConfigResolver, CONFIG_SCHEMA, formatConfigProblem, mergeConfigs, optionsForFolder, parentDir, parseConfig,
  SUPPORTED_KEYWORDS, validateConfig, type ConfigHost, type JsonSchema,
} from '../../engine/config/index';
import { createAnalyzer } from '../../engine/analyzer';

const schemaFile = JSON.parse(readFileSync(new URL('../../schemas/delibera.schema.json', import.meta.url), 'utf8')) as JsonSchema;
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

function keywordsOf(schema: unknown, out = new Set<string>(), inProperties = false): Set<string> {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return out;
  for (const [key, value] of Object.entries(schema)) {
    if (!inProperties) out.add(key);
    if (key === 'properties' || key === 'definitions') {
      for (const child of Object.values(value as object)) keywordsOf(child, out);
    } else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames') keywordsOf(value, out);
  }
  return out;
}

describe('the schema file', () => {
  it('is the one the engine validates with', () => {
    expect(CONFIG_SCHEMA).toEqual(schemaFile);
  });

  it('uses only keywords the engine checks', () => {
    const unsupported = [...keywordsOf(schemaFile)].filter((keyword) => !SUPPORTED_KEYWORDS.has(keyword));
    expect(unsupported).toEqual([]);
  });

  it('is registered for .delibera.json in the manifest', () => {
    expect(manifest.contributes.jsonValidation).toContainEqual({ fileMatch: '.delibera.json', url: './schemas/delibera.schema.json' });
  });

  it('has a key for every analyzer setting of the extension (delibera.<key> ↔ schema path)', () => {
    const analyzerSettings = ['language', 'rules', 'assembly.size', 'assembly.members', 'visas.required', 'visas.delegation'];
    const settings = Object.keys(manifest.contributes.configuration.properties).map((key: string) => key.replace(/^delibera\./, ''));
    for (const key of analyzerSettings) {
      expect(settings).toContain(key);
      const [head, tail] = key.split('.');
      const property = CONFIG_SCHEMA.properties![head];
      expect(property, key).toBeDefined();
      if (tail) expect(property.properties?.[tail], key).toBeDefined();
      // Same allowed values as the setting.
      const setting = manifest.contributes.configuration.properties[`delibera.${key}`];
      const own = tail ? property.properties![tail] : property;
      if (setting.enum) expect(own.enum).toEqual(setting.enum);
    }
  });

  it('agrees with a reference validator (ajv, draft-07) on valid and invalid configs', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const reference = ajv.compile(schemaFile);
    const cases: unknown[] = [
      {},
      { $schema: './node_modules/delibera/schemas/delibera.schema.json', root: true },
      { language: 'en', rules: { 'vote-total': 'warning', 'vote-quorum': 'off' } },
      { assembly: { size: 78, members: ['M. Jean-Claude LEROY', 'Mme Blandine DRAIN'] } },
      { assembly: { size: null } },
      { visas: { required: ['Code Général des Collectivités Territoriales'], delegation: '2021-257' } },
      { visas: { required: null, delegation: null } },
      { ignore: ['archives/', '**/*.brouillon.txt'] },
      { language: 'de' },
      { rules: { 'vote-total': 'warn' } },
      { rules: { VoteTotal: 'error' } },
      { assembly: { size: 0 } },
      { assembly: { size: 42.5 } },
      { assembly: { size: '78' } },
      { assembly: { members: ['A', 'A'] } },
      { assembly: { members: [''] } },
      { assembly: { chair: 'x' } },
      { visas: { required: ['('] } },
      { visas: { delegation: '257' } },
      { ignore: 'archives/**' },
      { root: 'yes' },
      { langage: 'fr' },
      [],
      'fr',
      null,
    ];
    for (const value of cases) {
      const ours = validateConfig(value, 'x').problems.filter((p) => p.severity === 'error');
      expect(ours.length === 0, JSON.stringify(value)).toBe(reference(value));
    }
  });
});

describe('parseConfig', () => {
  it('accepts a complete config and turns it into analyzer options', () => {
    const text = JSON.stringify({
      $schema: '../schemas/delibera.schema.json',
      language: 'en',
      rules: { 'vote-quorum': 'warning' },
      assembly: { size: 78, members: ['M. Jean-Claude LEROY'] },
      visas: { required: ['rapport du Président'], delegation: '2021-257' },
      ignore: ['archives/'],
    });
    const { config, problems } = parseConfig(text, '.delibera.json');
    expect(problems).toEqual([]);
    expect(configToOptions(config)).toEqual({
      locale: 'en',
      rules: { 'vote-quorum': 'warning' },
      assembly: { size: 78, members: ['M. Jean-Claude LEROY'] },
      visas: { required: ['rapport du Président'], delegation: '2021-257' },
    });
  });

  it('names the key, drops the bad value and keeps the rest', () => {
    const { config, problems } = parseConfig(
      '{ "rules": { "vote-total": "warn", "vote-quorum": "off" }, "assembly": { "size": "quarante", "members": ["A", 3] }, "langage": "fr" }',
      'conf/.delibera.json',
    );
    expect(problems.map((p) => p.key)).toEqual(['rules.vote-total', 'assembly.size', 'assembly.members[1]', 'langage']);
    expect(problems.every((p) => p.severity === 'error' && p.source === 'conf/.delibera.json')).toBe(true);
    expect(config).toEqual({ rules: { 'vote-quorum': 'off' }, assembly: { members: ['A'] } });
    expect(formatConfigProblem(problems[0], 'en')).toBe(
      'conf/.delibera.json: key "rules.vote-total": must be one of "error", "warning", "information", "hint", "off" (found "warn")',
    );
    expect(formatConfigProblem(problems[3], 'fr')).toBe('conf/.delibera.json: clé "langage" : clé inconnue ; vouliez-vous dire "language" ?');
  });

  it('reports a bad regular expression in visas.required with its index', () => {
    const { problems } = parseConfig('{"visas": {"required": ["ok", "(unclosed"]}}', 'c.json');
    expect(problems).toHaveLength(1);
    expect(problems[0].key).toBe('visas.required[1]');
    expect(problems[0].message.en).toMatch(/^invalid regular expression "\(unclosed"/);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const { config, problems } = parseConfig('{\n  "language": "fr",\n  "rules": {\n}', 'c.json');
    expect(config).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: '', severity: 'error', line: 4 });
    expect(formatConfigProblem(problems[0], 'en')).toMatch(/^c\.json:4:\d+: invalid JSON: /);
  });

  it('warns about an unknown rule id without failing', () => {
    const { config, problems } = parseConfig('{"rules": {"vote-totale": "off"}}', 'c.json');
    expect(problems).toEqual([expect.objectContaining({ key: 'rules.vote-totale', severity: 'warning' })]);
    expect(config.rules).toEqual({ 'vote-totale': 'off' });
  });

  it('never throws on odd input', () => {
    for (const text of ['', '   ', '\uFEFF{}', 'null', '[1,2]', '"x"', '{"rules": null}', '{"assembly": []}', '{'.repeat(10_000), 'x'.repeat(20_000)]) {
      expect(() => parseConfig(text, 'c.json')).not.toThrow();
    }
    expect(parseConfig('\uFEFF{"language": "fr"}', 'c.json').problems).toEqual([]);
    const polluted = parseConfig('{"__proto__": {"language": "en"}, "rules": {"__proto__": "off"}}', 'c.json');
    expect(polluted.problems.map((p) => p.key)).toEqual(['__proto__', 'rules.__proto__']);
    expect(polluted.config.language).toBeUndefined();
    expect(Object.getPrototypeOf(polluted.config)).toBe(Object.prototype);
  });
});

describe('mergeConfigs and applySettings', () => {
  it('lets the nearer config win, per rule and per sub-key', () => {
    const far = { language: 'en' as const, rules: { 'vote-total': 'warning' as const, 'vote-quorum': 'off' as const }, assembly: { size: 78, members: ['A'] } };
    const near = { rules: { 'vote-total': 'error' as const }, assembly: { size: 80 }, visas: { required: null } };
    expect(mergeConfigs([far, near])).toEqual({
      language: 'en',
      rules: { 'vote-total': 'error', 'vote-quorum': 'off' },
      assembly: { size: 80, members: ['A'] },
      visas: { required: null },
    });
  });

  it('lets explicit settings override the config, and ignores settings left at their defaults', () => {
    const config = { language: 'en' as const, rules: { 'vote-total': 'warning' as const }, assembly: { size: 78 }, visas: { delegation: '2021-257' } };
    const defaults = { enable: true, language: 'auto', rules: {}, assembly: { size: null, members: [] }, visas: { required: null, delegation: null } };
    expect(applySettings(config, defaults)).toEqual(config);
    expect(applySettings(config, { language: 'fr', rules: { 'vote-total': 'off' }, assembly: { size: 60 } })).toEqual({
      language: 'fr',
      rules: { 'vote-total': 'off' },
      assembly: { size: 60 },
      visas: { delegation: '2021-257' },
    });
    expect(applySettings(config, 'nonsense')).toEqual(config);
  });

  it('gives options the analyzer accepts (severity off disables the rule)', () => {
    const options = configToOptions(mergeConfigs([{ rules: { 'vote-total': 'off' } }]), 'fr');
    const analyzer = createAnalyzer(options);
    expect(analyzer.options.rules['vote-total']).toBe('off');
    expect(analyzer.options.locale).toBe('fr');
  });
});

describe('createConfigResolver', () => {
  function host(files: Record<string, string>): ConfigHost & { reads: string[] } {
    const reads: string[] = [];
    return {
      reads,
      readFile(path) {
        reads.push(path);
        return files[path];
      },
      exists: (path) => path in files,
    };
  }

  it('looks up from the folder to the root, nearest first, and merges', () => {
    const fs = host({
      '/work/.delibera.json': '{"language": "en", "rules": {"vote-total": "warning"}}',
      '/work/cp/2022/.delibera.json': '{"rules": {"vote-total": "error", "vote-quorum": "off"}}',
    });
    const resolver = createConfigResolver(fs);
    expect(resolver.layers('/work/cp/2022/mars').map((layer) => layer.path)).toEqual(['/work/cp/2022/.delibera.json', '/work/.delibera.json']);
    expect(resolver.merged('/work/cp/2022/mars')).toEqual({ language: 'en', rules: { 'vote-total': 'error', 'vote-quorum': 'off' } });
    expect(resolver.merged('/work/cp')).toEqual({ language: 'en', rules: { 'vote-total': 'warning' } });
    expect(resolver.merged('/elsewhere')).toEqual({});
  });

  it('reads each config file once', () => {
    const fs = host({ '/a/.delibera.json': '{}' });
    const resolver = createConfigResolver(fs);
    resolver.layers('/a/b/c');
    resolver.layers('/a/b/d');
    resolver.layers('/a/b');
    expect(fs.reads).toEqual(['/a/.delibera.json']);
  });

  it('stops at a config with "root": true', () => {
    const fs = host({ '/a/.delibera.json': '{"language": "en"}', '/a/b/.delibera.json': '{"root": true, "rules": {"vote-total": "off"}}' });
    expect(createConfigResolver(fs).merged('/a/b/c')).toEqual({ rules: { 'vote-total': 'off' } });
  });

  it('keeps the problems of each file, with its path', () => {
    const fs = host({ '/a/.delibera.json': '{"assembly": {"size": -1}}' });
    const resolver = createConfigResolver(fs);
    resolver.layers('/a/b');
    expect(resolver.loaded().flatMap((layer) => layer.problems.map((p) => `${p.source} ${p.key}`))).toEqual(['/a/.delibera.json assembly.size']);
  });

  it('walks Windows paths too', () => {
    const fs = host({ 'C:\\Actes\\.delibera.json': '{"language": "en"}' });
    expect(createConfigResolver(fs).merged('C:\\Actes\\2022\\mars')).toEqual({ language: 'en' });
    expect(parentDir('C:\\Actes')).toBe('C:\\');
    expect(parentDir('C:\\')).toBeUndefined();
    expect(parentDir('/a')).toBe('/');
    expect(parentDir('/')).toBeUndefined();
    expect(parentDir('\\\\serveur\\partage\\actes')).toBe('\\\\serveur\\partage');
    expect(parentDir('\\\\serveur\\partage')).toBeUndefined();
  });
});

describe('optionsForFolder', () => {
  it('gives the editor the CLI\'s options, its own settings on top', () => {
    const files: Record<string, string> = { '/w/.delibera.json': '{"language": "en", "rules": {"vote-total": "warning"}, "assembly": {"size": 78}}' };
    const resolver = createConfigResolver({ readFile: (path) => files[path] });
    expect(optionsForFolder(resolver, '/w/cp', undefined, 'fr')).toEqual({ locale: 'en', rules: { 'vote-total': 'warning' }, assembly: { size: 78 } });
    const settings = { language: 'auto', rules: { 'vote-quorum': 'off' }, assembly: { size: null, members: [] }, visas: { required: null, delegation: null } };
    expect(optionsForFolder(resolver, '/w/cp', settings, 'fr')).toEqual({
      locale: 'en',
      rules: { 'vote-total': 'warning', 'vote-quorum': 'off' },
      assembly: { size: 78 },
    });
  });
});
