/**
 * `delibera check [files | directories | globs]`: the engine on the command line, for batches and CI;
 * `delibera export` writes the deliberations as open data (cli/export.ts).
 * Exit codes: 0 no error-level problem, 1 errors found (or warnings over `--max-warnings`),
 * 2 usage error, invalid configuration, or input that could not be read or written.
 * The bundle is also its own worker script: a worker thread started from it only serves checks.
 */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatConfigProblem } from '../engine/config/index';
import { version } from '../package.json';
import { localeFromArgs, parseArgs, type CliOptions } from './args';
import { checkFile, type FileOutcome, type FileTask } from './check-file';
import { setupConfig } from './config';
import { runExport } from './export';
import { runExtract } from './extract';
import { collectFiles, displayPath } from './files';
import { checkDocument, splitDocumentTasks } from './input-files';
import { EXPORT_USAGE, formatNumber, formatSize, msg, plural, USAGE, type Locale, type Message } from './messages';
import { buildRunIndex, checkInWorkers, isCheckWorker, serveChecks, workerCount } from './pool';
import { NO_PROGRESS, progressBar } from './progress';
import { COLOURS, humanReport, PLAIN } from './report/human';
import { jsonReport } from './report/json';
import { allNotices, countOutcomes, sortOutcomes, type RunNotice, type RunResult } from './report/run';
import { sarifReport } from './report/sarif';
import { readStdin, stdinTask } from './stdin';
import { workspaceUri } from './workspace';

if (isCheckWorker()) serveChecks();
else {
  void run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`delibera: internal error: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}

async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'extract') return runExtract(argv.slice(1), localeFromEnvironment());
  const parsed = parseArgs(argv);
  const envLocale = localeFromArgs(argv) ?? localeFromEnvironment();
  if (!parsed.ok) {
    const hint = envLocale === 'fr' ? 'voir delibera --help' : 'see delibera --help';
    process.stderr.write(`delibera: ${parsed.error[envLocale]} (${hint})\n`);
    return 2;
  }
  const options = parsed.options;
  const locale = options.locale ?? envLocale;
  if (options.command === 'help') {
    process.stdout.write(`${USAGE[locale]}\n\n${EXPORT_USAGE[locale]}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  if (options.command === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (options.command === 'export') return runExport(options, locale);
  return check(options, locale);
}

async function check(options: CliOptions, locale: Locale): Promise<number> {
  const started = performance.now();
  const cwd = process.cwd();
  const nocase = process.platform === 'win32' || process.platform === 'darwin';
  const say = (message: Message) => message[locale];
  const config = setupConfig({
    cwd,
    configFile: options.config,
    ignore: options.ignore,
    rules: options.rules,
    locale: options.locale,
    fallbackLocale: locale,
    nocase,
  });
  if ('error' in config) {
    process.stderr.write(`delibera: ${say(config.error)}\n`);
    return 2;
  }
  // `language` of the working directory's .delibera.json speaks for every line the CLI prints.
  const configured = config.optionsFor(cwd).locale;
  locale = options.locale ?? (configured === 'fr' || configured === 'en' ? configured : locale);

  const inputs = options.paths.length > 0 ? options.paths : ['.'];
  const collected = collectFiles(inputs.filter((input) => input !== '-'), { cwd, followSymlinks: options.followSymlinks, ignoresFor: config.ignoresFor, nocase });
  const tasks: FileTask[] = collected.files.map((file, index) => ({
    index,
    path: file.path,
    display: displayPath(file.path, cwd),
    size: file.size,
    options: config.optionsFor(dirname(file.path)),
    fix: options.fix,
    maxFileSize: options.maxFileSize,
  }));
  if (options.paths.includes('-')) {
    const { stdinFilename, fix, maxFileSize } = options;
    tasks.push(stdinTask(await readStdin(), tasks.length, config, { cwd, stdinFilename, fix, maxFileSize }));
  }

  // Every config governing a file has been read by now: a broken one stops the run before any check.
  const problems = config.problems();
  const configErrors = problems.filter((problem) => problem.severity === 'error');
  if (configErrors.length > 0) {
    for (const problem of configErrors) process.stderr.write(`delibera: ${formatConfigProblem(problem, locale)}\n`);
    process.stderr.write(`delibera: ${say(msg('configuration invalide : aucun fichier vérifié', 'invalid configuration: no file checked'))}\n`);
    return 2;
  }
  const notices: RunNotice[] = [
    ...collected.notices,
    ...problems.map((problem) => ({ path: '', message: { fr: formatConfigProblem(problem, 'fr'), en: formatConfigProblem(problem, 'en') }, fatal: false })),
  ];
  if (tasks.length === 0 && !collected.notices.some((notice) => notice.fatal)) {
    notices.push({ path: '', message: msg('aucune délibération trouvée', 'no deliberation found'), fatal: false });
  }

  const totalBytes = tasks.reduce((sum, task) => sum + task.size, 0);
  const progress = options.progress && !options.quiet && process.stderr.isTTY && tasks.length > 1
    ? progressBar(process.stderr, tasks.length, totalBytes, locale)
    : NO_PROGRESS;
  const outcomes: FileOutcome[] = new Array(tasks.length);
  const record = (outcome: FileOutcome) => {
    outcomes[outcome.index] = outcome;
    progress.advance(outcome.bytes);
  };
  // PDF, DOCX and ODT files are extracted asynchronously, on this thread (cli/input-files.ts).
  const { documents, texts } = splitDocumentTasks(tasks);
  for (const task of documents) record(await checkDocument(task));
  let workers = workerCount(texts, options.jobs);
  // The cross-file checks see every file of the run, as the editor's workspace index does.
  const index = await buildRunIndex(texts, workers);
  if (workers > 0) workers = await checkInWorkers(texts, workers, record, index);
  else for (const task of texts) record(checkFile(task, index?.factsFor(workspaceUri(task))));
  progress.clear();

  const result: RunResult = {
    cwd,
    locale,
    version,
    fix: options.fix,
    outcomes: sortOutcomes(outcomes),
    notices,
    counts: countOutcomes(outcomes),
    successful: !notices.some((notice) => notice.fatal) && !outcomes.some((outcome) => outcome.status === 'failed'),
  };

  const report = options.format === 'json' ? jsonReport(result)
    : options.format === 'sarif' ? sarifReport(result)
    : humanReport(result, useColour(options) ? COLOURS : PLAIN);
  if (options.output !== undefined) {
    try {
      writeFileSync(options.output, report);
    } catch (error) {
      process.stderr.write(`delibera: ${options.output}: ${say(msg('écriture du rapport impossible', 'cannot write the report'))} (${(error as Error).message})\n`);
      return 2;
    }
  } else process.stdout.write(report);

  for (const notice of allNotices(result)) {
    if (options.quiet && !notice.fatal) continue;
    process.stderr.write(`delibera: ${notice.path ? `${notice.path}: ` : ''}${say(notice.message)}\n`);
  }
  const { counts } = result;
  const overWarnings = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
  if (overWarnings && !options.exitZero) {
    process.stderr.write(`delibera: ${say(msg(
      `${plural(counts.warnings, 'fr', ['avertissement', 'avertissements'], ['', ''])}, au-delà du maximum de ${options.maxWarnings} (--max-warnings)`,
      `${plural(counts.warnings, 'en', ['', ''], ['warning', 'warnings'])}, over the maximum of ${options.maxWarnings} (--max-warnings)`,
    ))}\n`);
  }
  if (!options.quiet) process.stderr.write(`${throughputLine(counts.files + counts.skipped + counts.failed, counts.bytes, performance.now() - started, workers, locale)}\n`);

  if (!result.successful) return 2;
  if (options.exitZero) return 0;
  return counts.errors > 0 || overWarnings ? 1 : 0;
}

function throughputLine(files: number, bytes: number, elapsedMs: number, workers: number, locale: Locale): string {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const filesPerSecond = formatNumber(files / seconds, locale, 1);
  const megabytesPerSecond = formatNumber(bytes / 1e6 / seconds, locale, 2);
  const threads = workers > 0 ? plural(workers, locale, ['fil', 'fils'], ['thread', 'threads']) : '';
  return locale === 'fr'
    ? `delibera: ${plural(files, 'fr', ['fichier', 'fichiers'], ['', ''])} (${formatSize(bytes, 'fr')}) en ${formatNumber(seconds, 'fr', 2)} s : ${filesPerSecond} fichiers/s, ${megabytesPerSecond} Mo/s${threads ? `, ${threads}` : ''}`
    : `delibera: ${plural(files, 'en', ['', ''], ['file', 'files'])} (${formatSize(bytes, 'en')}) in ${formatNumber(seconds, 'en', 2)} s: ${filesPerSecond} files/s, ${megabytesPerSecond} MB/s${threads ? `, ${threads}` : ''}`;
}

function useColour(options: CliOptions): boolean {
  if (options.color !== undefined) return options.color;
  if (options.output !== undefined) return false;
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return process.stdout.isTTY === true;
}

/** The terminal's language: English when LC_ALL, LC_MESSAGES or LANG says so, French otherwise. */
function localeFromEnvironment(): Locale {
  const value = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^en\b|^en_/i.test(value) ? 'en' : 'fr';
}
