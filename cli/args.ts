/** Command-line arguments → the CLI's options, or a usage error naming the argument. */
import type { Locale, SeveritySetting } from '../engine/rules/types';
import { msg, type Message } from './messages';
import { isKnownRule, unknownRuleMessage } from './rule-ids';

export type Format = 'human' | 'json' | 'sarif';

/**
 * `delibera export --format`: SCDL « Délibérations » CSV, or the same facts as JSON, or the list of
 * the deliberations of the meeting (`liste`: Markdown, HTML or CSV after `--output`'s extension;
 * `liste-md`, `liste-html`, `liste-csv` say which).
 */
export type ExportFormat = 'scdl' | 'json' | 'liste' | 'liste-md' | 'liste-html' | 'liste-csv';

const EXPORT_FORMATS: readonly string[] = ['scdl', 'json', 'liste', 'liste-md', 'liste-html', 'liste-csv'];

export interface CliOptions {
  command: 'check' | 'export' | 'help' | 'version';
  paths: string[];
  format: Format;
  exportFormat: ExportFormat;
  output?: string;
  /** `--stdin-filename`: the name standard input (`-`) is checked under (configuration, messages). */
  stdinFilename?: string;
  locale?: Locale;
  config?: string;
  ignore: string[];
  rules: Record<string, SeveritySetting>;
  fix: 'off' | 'write' | 'dry-run';
  maxWarnings?: number;
  exitZero: boolean;
  maxFileSize: number;
  followSymlinks: boolean;
  /** Worker threads; undefined: decided from the batch. */
  jobs?: number;
  color?: boolean;
  progress: boolean;
  quiet: boolean;
}

export const DEFAULT_MAX_FILE_SIZE = 20_000_000;

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: Message };

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Options that take a value, by every name they answer to. */
const VALUE_OPTIONS = new Set([
  '--format', '-f', '--output', '-o', '--locale', '--lang', '--config', '-c', '--ignore', '--rule', '--max-warnings',
  '--max-file-size', '--jobs', '-j', '--stdin-filename',
]);

/** What only `check` does: fixing, severities and their exit codes, worker threads, terminal colours. */
const CHECK_ONLY = new Set([
  '--rule', '--fix', '--fix-dry-run', '--max-warnings', '--exit-zero', '--jobs', '-j', '--color', '--no-color', '--no-progress',
]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = {
    command: 'check',
    paths: [],
    format: 'human',
    exportFormat: 'scdl',
    ignore: [],
    rules: {},
    fix: 'off',
    exitZero: false,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    followSymlinks: false,
    progress: true,
    quiet: false,
  };
  const fail = (fr: string, en: string): ParsedArgs => ({ ok: false, error: msg(fr, en) });
  const args = [...argv];
  const first = args[0];
  if (first === undefined) return { ok: true, options: { ...options, command: 'help' } };
  if (first === '--help' || first === '-h' || first === 'help') return { ok: true, options: { ...options, command: 'help' } };
  if (first === '--version' || first === '-v' || first === 'version') return { ok: true, options: { ...options, command: 'version' } };
  if (first !== 'check' && first !== 'export') {
    return fail(`commande inconnue '${first}' (attendu : check ou export)`, `unknown command '${first}' (expected: check or export)`);
  }
  options.command = first;
  args.shift();
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    let value: string | undefined;
    const equals = arg.indexOf('=');
    if (arg.startsWith('--') && equals > 0) {
      value = arg.slice(equals + 1);
      arg = arg.slice(0, equals);
    }
    if (VALUE_OPTIONS.has(arg) && value === undefined) {
      value = args[++i];
      if (value === undefined) return fail(`l'option ${arg} attend une valeur`, `option ${arg} needs a value`);
    } else if (!VALUE_OPTIONS.has(arg) && value !== undefined) {
      return fail(`l'option ${arg} ne prend pas de valeur`, `option ${arg} takes no value`);
    }
    const v = value ?? '';
    if (first === 'export' && CHECK_ONLY.has(arg)) {
      return fail(`l'option ${arg} ne s'applique pas à export`, `option ${arg} does not apply to export`);
    }
    switch (arg) {
      case '--help':
      case '-h':
        options.command = 'help';
        break;
      case '--version':
      case '-v':
        options.command = 'version';
        break;
      case '--format':
      case '-f':
        if (first === 'export') {
          if (!EXPORT_FORMATS.includes(v)) return fail(`--format attend scdl, json ou liste (liste-md, liste-html, liste-csv), pas '${v}'`, `--format must be scdl, json or liste (liste-md, liste-html, liste-csv), not '${v}'`);
          options.exportFormat = v as ExportFormat;
          break;
        }
        if (v !== 'human' && v !== 'json' && v !== 'sarif') return fail(`--format attend human, json ou sarif, pas '${v}'`, `--format must be human, json or sarif, not '${v}'`);
        options.format = v;
        break;
      case '--output':
      case '-o':
        options.output = v;
        break;
      case '--locale':
      case '--lang':
        if (!/^(fr|en)(?:[-_][A-Za-z]+)?$/i.test(v)) return fail(`${arg} attend fr ou en, pas '${v}'`, `${arg} must be fr or en, not '${v}'`);
        options.locale = v.slice(0, 2).toLowerCase() as Locale;
        break;
      case '--stdin-filename':
        if (v === '') return fail('--stdin-filename attend un nom de fichier', '--stdin-filename needs a file name');
        options.stdinFilename = v;
        break;
      case '--config':
      case '-c':
        options.config = v;
        break;
      case '--ignore':
        options.ignore.push(v);
        break;
      case '--rule': {
        const match = /^([a-z][a-z0-9-]*)\s*[=:]\s*([a-z]+)$/.exec(v.trim());
        if (!match || !SEVERITIES.has(match[2])) {
          return fail(`--rule attend <règle>=<error|warning|information|hint|off>, pas '${v}'`, `--rule must be <rule>=<error|warning|information|hint|off>, not '${v}'`);
        }
        if (!isKnownRule(match[1])) {
          const unknown = unknownRuleMessage(match[1]);
          return fail(`--rule : ${unknown.fr}`, `--rule: ${unknown.en}`);
        }
        options.rules[match[1]] = match[2] as SeveritySetting;
        break;
      }
      case '--fix':
        options.fix = options.fix === 'dry-run' ? 'dry-run' : 'write';
        break;
      case '--fix-dry-run':
        options.fix = 'dry-run';
        break;
      case '--max-warnings': {
        if (!/^\d{1,9}$/.test(v)) return fail(`--max-warnings attend un entier positif ou nul, pas '${v}'`, `--max-warnings must be a non-negative integer, not '${v}'`);
        options.maxWarnings = Number(v);
        break;
      }
      case '--exit-zero':
        options.exitZero = true;
        break;
      case '--max-file-size': {
        const size = parseSize(v);
        if (size === undefined) return fail(`--max-file-size attend une taille (ex. 20MB, 512KB, 1000000), pas '${v}'`, `--max-file-size must be a size (e.g. 20MB, 512KB, 1000000), not '${v}'`);
        options.maxFileSize = size;
        break;
      }
      case '--follow-symlinks':
        options.followSymlinks = true;
        break;
      case '--jobs':
      case '-j':
        if (v === 'auto') options.jobs = undefined;
        else if (/^\d{1,3}$/.test(v) && Number(v) >= 1) options.jobs = Number(v);
        else return fail(`--jobs attend un entier ≥ 1 ou auto, pas '${v}'`, `--jobs must be an integer ≥ 1 or auto, not '${v}'`);
        break;
      case '--color':
        options.color = true;
        break;
      case '--no-color':
        options.color = false;
        break;
      case '--no-progress':
        options.progress = false;
        break;
      case '--quiet':
      case '-q':
        options.quiet = true;
        break;
      default:
        return fail(`option inconnue '${arg}'`, `unknown option '${arg}'`);
    }
  }
  if (options.paths.filter((path) => path === '-').length > 1) {
    return fail("l'entrée standard (-) ne peut être lue qu'une fois", 'standard input (-) can be read only once');
  }
  if (options.paths.includes('-') && options.fix === 'write') {
    return fail("--fix n'écrit pas dans l'entrée standard (-) : --fix-dry-run montre les corrections", '--fix cannot write to standard input (-): --fix-dry-run shows the fixes');
  }
  if (options.stdinFilename !== undefined && !options.paths.includes('-')) {
    return fail("--stdin-filename ne sert qu'avec - (l'entrée standard)", '--stdin-filename only goes with - (standard input)');
  }
  return { ok: true, options };
}

/**
 * The language the command line asks for (`--locale`/`--lang`), read before the arguments are
 * parsed, so that a usage error is already in that language.
 */
export function localeFromArgs(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const inline = /^--(?:locale|lang)=(fr|en)/i.exec(arg);
    if (inline) return inline[1].toLowerCase() as Locale;
    if ((arg === '--locale' || arg === '--lang') && /^(fr|en)/i.test(argv[i + 1] ?? '')) return argv[i + 1].slice(0, 2).toLowerCase() as Locale;
  }
  return undefined;
}

/** `20MB`, `512 KB`, `1.5M`, `1000000`: bytes (decimal units; KiB/MiB binary). */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d{1,12}(?:[.,]\d{1,6})?)\s*([kmg]i?)?b?\s*$/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[1].replace(',', '.'));
  const unit = (match[2] ?? '').toLowerCase();
  const factor = { '': 1, k: 1e3, m: 1e6, g: 1e9, ki: 1024, mi: 1024 ** 2, gi: 1024 ** 3 }[unit];
  if (factor === undefined || !Number.isFinite(value)) return undefined;
  return Math.round(value * factor);
}
