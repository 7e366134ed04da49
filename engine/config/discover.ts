/**
 * Finding the `.delibera.json` files that govern a folder: the folder's own, then each parent's,
 * up to the file system's root or a config with `"root": true`. The caller reads the files (the
 * CLI with `fs`, the language server through its workspace), so this stays pure; paths are plain
 * strings with `/` or `\` separators and are never normalised beyond that.
 */
import type { AnalyzerOptions } from '../options';
import { applySettings, CONFIG_FILE_NAME, configToOptions, mergeConfigs, parseConfig, type ConfigProblem, type DeliberaConfig } from './config';

export interface ConfigHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** Cheaper existence test, when the host has one; otherwise `readFile` decides. */
  exists?(path: string): boolean;
}

/** One config file on the way up, with its folder (the base of its `ignore` patterns). */
export interface ConfigLayer {
  path: string;
  dir: string;
  config: DeliberaConfig;
  problems: ConfigProblem[];
}

export interface ConfigResolver {
  /** The configs governing `dir`, nearest first. */
  layers(dir: string): readonly ConfigLayer[];
  /** The configs governing `dir` merged (nearest wins). */
  merged(dir: string): DeliberaConfig;
  /** Every config file read so far (to report their problems once). */
  loaded(): readonly ConfigLayer[];
}

/** A resolver that reads each folder's config once. */
export function createConfigResolver(host: ConfigHost): ConfigResolver {
  const chains = new Map<string, readonly ConfigLayer[]>();
  const files = new Map<string, ConfigLayer | null>();

  function own(dir: string): ConfigLayer | null {
    const path = joinPath(dir, CONFIG_FILE_NAME);
    let layer = files.get(path);
    if (layer !== undefined) return layer;
    layer = null;
    try {
      if (!host.exists || host.exists(path)) {
        const text = host.readFile(path);
        if (text !== undefined) {
          const parsed = parseConfig(text, path);
          layer = { path, dir, config: parsed.config, problems: parsed.problems };
        }
      }
    } catch {
      layer = null;
    }
    files.set(path, layer);
    return layer;
  }

  function layers(dir: string): readonly ConfigLayer[] {
    const known = chains.get(dir);
    if (known) return known;
    // Walk up to the first folder already resolved, then fill the cache on the way back down.
    const pending: string[] = [];
    let base: readonly ConfigLayer[] = [];
    for (let current: string | undefined = dir; current !== undefined; current = parentDir(current)) {
      const cached = chains.get(current);
      if (cached) {
        base = cached;
        break;
      }
      pending.push(current);
      if (pending.length > 4096) break;
    }
    for (let i = pending.length - 1; i >= 0; i--) {
      const layer = own(pending[i]);
      const chain = layer ? (layer.config.root === true ? [layer] : [layer, ...base]) : base;
      chains.set(pending[i], chain);
      base = chain;
    }
    return base;
  }

  return {
    layers,
    merged: (dir) => mergeConfigs([...layers(dir)].reverse().map((layer) => layer.config)),
    loaded: () => [...files.values()].filter((layer): layer is ConfigLayer => layer !== null),
  };
}

/**
 * The analyzer options for a document in `dir`, as the editor and the CLI both compute them: the
 * folders' configs merged (nearest wins), then the editor's settings (`delibera.*` without the
 * prefix) where they differ from their defaults; `fallbackLocale` for `language: auto`.
 */
export function optionsForFolder(resolver: ConfigResolver, dir: string, settings?: unknown, fallbackLocale?: string): AnalyzerOptions {
  return configToOptions(applySettings(resolver.merged(dir), settings), fallbackLocale);
}

/** The folder holding `path`, or undefined at a root (`/`, `C:\`, `\\server\share`) or for a bare name. */
export function parentDir(path: string): string | undefined {
  const trimmed = trimSeparators(path);
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (cut < 0) return undefined;
  const parent = trimmed.slice(0, cut);
  if (parent === '') return trimmed === '/' || trimmed === '\\' ? undefined : trimmed[0];
  if (/^[A-Za-z]:$/.test(parent)) return trimmed.length > cut + 1 ? `${parent}${trimmed[cut]}` : undefined;
  if (/^[\\/]{2}[^\\/]+$/.test(parent)) return undefined;
  return parent;
}

export function joinPath(dir: string, name: string): string {
  const separator = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return /[\\/]$/.test(dir) ? `${dir}${name}` : `${dir}${separator}${name}`;
}

function trimSeparators(path: string): string {
  let end = path.length;
  while (end > 1 && (path[end - 1] === '/' || path[end - 1] === '\\') && !/^[A-Za-z]:$/.test(path.slice(0, end - 1))) end--;
  return path.slice(0, end);
}
