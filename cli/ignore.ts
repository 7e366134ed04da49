/**
 * Ignore patterns, each relative to a base folder (the config file's, or the working directory for
 * `--ignore`), read the way `.gitignore` reads them: a pattern without `/` matches a name at any
 * depth, a leading `/` anchors it to the base, a trailing `/` matches folders only, and a folder
 * that matches hides everything inside it.
 */
import { relative, sep } from 'node:path';
import { compileGlob, normalizeSlashes, type Glob } from './glob';

export interface IgnoreRule {
  glob: Glob;
  foldersOnly: boolean;
  /** Where the pattern comes from, for the notice (`--ignore`, or the config file). */
  origin: string;
  pattern: string;
}

export interface IgnoreSet {
  base: string;
  rules: IgnoreRule[];
}

export function compileIgnores(base: string, patterns: readonly string[], origin: string, nocase: boolean): IgnoreSet {
  const rules: IgnoreRule[] = [];
  for (const raw of patterns) {
    let pattern = normalizeSlashes(raw.trim());
    if (pattern === '' || pattern.startsWith('#')) continue;
    const foldersOnly = pattern.endsWith('/');
    pattern = pattern.replace(/\/+$/, '');
    if (pattern.startsWith('./')) pattern = pattern.slice(2);
    const anchored = pattern.includes('/');
    pattern = pattern.replace(/^\/+/, '');
    if (pattern === '') continue;
    rules.push({ glob: compileGlob(anchored ? pattern : `**/${pattern}`, { nocase }), foldersOnly, origin, pattern: raw });
  }
  return { base, rules };
}

/** The rule that ignores `path` (absolute), through the path itself or one of its folders. */
export function ignoredBy(sets: readonly IgnoreSet[], path: string, isFolder: boolean): IgnoreRule | undefined {
  for (const set of sets) {
    if (set.rules.length === 0) continue;
    const rel = relative(set.base, path);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || /^[A-Za-z]:/.test(rel)) continue;
    const parts = normalizeSlashes(rel).split('/');
    for (let count = 1; count <= parts.length; count++) {
      const folder = count < parts.length || isFolder;
      const prefix = parts.slice(0, count).join('/');
      for (const rule of set.rules) {
        if (rule.foldersOnly && !folder) continue;
        if (rule.glob.matches(prefix)) return rule;
      }
    }
  }
  return undefined;
}
