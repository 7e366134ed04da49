/**
 * `delibera check [files | directories]`: the engine on the command line, for batches and CI.
 * Exit codes: 0 no error-level problem, 1 errors found, 2 usage error or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createAnalyzer } from '../engine/analyzer';
import type { Diagnostic } from '../engine/diagnostics';
import { collectFiles } from './files';

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'] as const;

const USAGE = `Usage: delibera check [--format human|json] [--locale fr|en] [--exit-zero] <files or directories…>`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'check') {
    process.stderr.write(`delibera: unknown command '${command}'\n${USAGE}\n`);
    return 2;
  }
  let format = 'human';
  let exitZero = false;
  let locale = 'fr';
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format') format = rest[++i] ?? '';
    else if (arg === '--locale') locale = rest[++i] ?? '';
    else if (arg === '--exit-zero') exitZero = true;
    else if (arg.startsWith('-')) {
      process.stderr.write(`delibera: unknown option '${arg}'\n${USAGE}\n`);
      return 2;
    } else paths.push(arg);
  }
  if (format !== 'human' && format !== 'json') {
    process.stderr.write(`delibera: --format must be human or json, not '${format}'\n`);
    return 2;
  }
  if (paths.length === 0) paths.push('.');
  const { files, missing } = collectFiles(paths);
  for (const path of missing) process.stderr.write(`delibera: cannot read '${path}': no such file or directory\n`);
  let errors = 0;
  let warnings = 0;
  let unreadable = missing.length;
  const report: { file: string; dossiers: number; diagnostics: Diagnostic[] }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`delibera: cannot read '${file}': ${(error as Error).message}\n`);
      unreadable++;
      continue;
    }
    const result = createAnalyzer({ locale }).analyze(text, { uri: file });
    const name = relative(process.cwd(), file) || file;
    report.push({ file: name, dossiers: result.dossiers.length, diagnostics: result.diagnostics });
    for (const d of result.diagnostics) {
      if (d.severity === 1) errors++;
      else if (d.severity === 2) warnings++;
    }
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const entry of report) {
      for (const d of entry.diagnostics) {
        const where = `${entry.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
        process.stdout.write(`${where}  ${SEVERITY_NAMES[d.severity]}  ${d.message}  [${d.code}]\n`);
      }
    }
    const dossiers = report.reduce((n, e) => n + e.dossiers, 0);
    process.stdout.write(
      locale === 'en'
        ? `${report.length} file(s), ${dossiers} deliberation(s): ${errors} error(s), ${warnings} warning(s)\n`
        : `${report.length} fichier(s), ${dossiers} délibération(s) : ${errors} erreur(s), ${warnings} avertissement(s)\n`,
    );
  }
  if (unreadable > 0) return 2;
  return errors > 0 && !exitZero ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
