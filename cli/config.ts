/**
 * The CLI's side of `.delibera.json`: reads the files for the engine's pure resolver (or the one
 * file named by `--config`), and gives each folder its analyzer options and ignore patterns, with
 * the command line's `--locale`, `--rule` and `--ignore` on top.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  configToOptions, createConfigResolver, mergeConfigs, parseConfig, type ConfigLayer, type ConfigProblem,
} from '../engine/config/index';
import type { AnalyzerOptions } from '../engine/options';
import type { Locale, SeveritySetting } from '../engine/rules/types';
import { compileIgnores, type IgnoreSet } from './ignore';
import { displayPath } from './files';
import { msg, type Message } from './messages';
import { isKnownRule, unknownRuleMessage } from './rule-ids';

export interface ConfigSetup {
  ignoresFor(dir: string): readonly IgnoreSet[];
  optionsFor(dir: string): AnalyzerOptions;
  /** Problems of every config file read so far. */
  problems(): ConfigProblem[];
}

export interface ConfigSetupOptions {
  cwd: string;
  /** `--config`: this file only, no lookup. */
  configFile?: string;
  ignore: readonly string[];
  rules: Readonly<Record<string, SeveritySetting>>;
  /** `--locale`, which beats the config files' `language`. */
  locale?: Locale;
  /** For `language: auto` or none. */
  fallbackLocale: Locale;
  nocase: boolean;
}

export function setupConfig(options: ConfigSetupOptions): ConfigSetup | { error: Message } {
  const layersFor = chainSource(options);
  if ('error' in layersFor) return layersFor;
  const cliIgnores = compileIgnores(options.cwd, options.ignore, '--ignore', options.nocase);
  const layerIgnores = new Map<string, IgnoreSet>();
  const optionsCache = new Map<string, AnalyzerOptions>();
  const origin = (layer: ConfigLayer) => displayPath(layer.path, options.cwd);

  return {
    ignoresFor(dir) {
      const sets = [cliIgnores];
      for (const layer of layersFor.layers(dir)) {
        let set = layerIgnores.get(layer.path);
        if (!set) {
          set = compileIgnores(layer.dir, layer.config.ignore ?? [], origin(layer), options.nocase);
          layerIgnores.set(layer.path, set);
        }
        sets.push(set);
      }
      return sets;
    },
    optionsFor(dir) {
      let analyzerOptions = optionsCache.get(dir);
      if (!analyzerOptions) {
        const merged = mergeConfigs([...layersFor.layers(dir)].reverse().map((layer) => layer.config));
        analyzerOptions = configToOptions(merged, options.fallbackLocale);
        if (options.locale) analyzerOptions.locale = options.locale;
        analyzerOptions.rules = { ...analyzerOptions.rules, ...options.rules };
        optionsCache.set(dir, analyzerOptions);
      }
      return analyzerOptions;
    },
    problems: () => layersFor.loaded().flatMap((layer) => withUnknownRulesAsErrors(layer).map((problem) => ({ ...problem, source: origin(layer) }))),
  };
}

/**
 * The engine only warns about an unknown rule id (the editor keeps working); the CLI stops on it,
 * with the nearest id: a misspelt `"vote-totl": "off"` would leave the rule on in CI unnoticed.
 */
function withUnknownRulesAsErrors(layer: ConfigLayer): ConfigProblem[] {
  const unknown = Object.keys(layer.config.rules ?? {}).filter((id) => !isKnownRule(id));
  if (unknown.length === 0) return layer.problems;
  const keys = new Set(unknown.map((id) => `rules.${id}`));
  return [
    ...layer.problems.filter((problem) => !(problem.severity === 'warning' && keys.has(problem.key))),
    ...unknown.map((id): ConfigProblem => ({ source: layer.path, key: `rules.${id}`, severity: 'error', message: unknownRuleMessage(id) })),
  ];
}

interface ChainSource {
  layers(dir: string): readonly ConfigLayer[];
  loaded(): readonly ConfigLayer[];
}

function chainSource(options: ConfigSetupOptions): ChainSource | { error: Message } {
  if (options.configFile === undefined) {
    return createConfigResolver({
      readFile(path) {
        try {
          return readFileSync(path, 'utf8');
        } catch {
          return undefined;
        }
      },
      exists(path) {
        try {
          return statSync(path).isFile();
        } catch {
          return false;
        }
      },
    });
  }
  const path = resolve(options.cwd, options.configFile);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code ?? String(error);
    return { error: msg(`${options.configFile} : fichier de configuration illisible (${code})`, `${options.configFile}: cannot read the configuration file (${code})`) };
  }
  const parsed = parseConfig(text, path);
  const layer: ConfigLayer = { path, dir: dirname(path), config: parsed.config, problems: parsed.problems };
  return { layers: () => [layer], loaded: () => [layer] };
}
