/**
 * `delibera export [--format scdl|json|liste] [-o FILE] [files | directories | globs]`: the
 * deliberations as open data (SCDL « Délibérations » 2.1.5), or the list of the deliberations of
 * each meeting (CGCT L2121-25) in Markdown, HTML or CSV. Files are found, configured and read as `check` does
 * (the same collection, `.delibera.json` lookup per folder, ignore patterns, encodings, size limit);
 * each is analysed by the engine and its meeting's items become rows. What could not be filled is
 * listed on standard error, unless `--quiet`. Exit codes: 0 written, 2 usage error, invalid
 * configuration, unreadable input or output that cannot be written.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnalyzer } from '../engine/analyzer';
import { createConfigResolver, formatConfigProblem } from '../engine/config/index';
import { toJson, type ExportedDocument } from '../engine/export/json';
import { meetingLists, noticeSource, type MeetingListInput } from '../engine/export/meeting-list';
import { renderMeetingLists, type MeetingListFormat } from '../engine/export/meeting-list-render';
import { scdlRows, toCsv, type ExportNotice, type ScdlRow } from '../engine/export/scdl';
import { extractText } from '../engine/input/index';
import type { CliOptions, ExportFormat } from './args';
import { setupConfig } from './config';
import { decode, isUtf8, looksBinary } from './encoding';
import { collectFiles, displayPath } from './files';
import { documentSizeLimit, isDocumentPath } from './input-files';
import { formatSize, msg, plural, type Locale, type Message } from './messages';

interface FileNotice {
  path: string;
  message: Message;
  fatal: boolean;
}

export async function runExport(options: CliOptions, locale: Locale): Promise<number> {
  const cwd = process.cwd();
  const nocase = process.platform === 'win32' || process.platform === 'darwin';
  const say = (message: Message) => message[locale];
  const config = setupConfig({
    cwd,
    configFile: options.config,
    ignore: options.ignore,
    rules: {},
    locale: options.locale,
    fallbackLocale: locale,
    nocase,
  });
  if ('error' in config) {
    process.stderr.write(`delibera: ${say(config.error)}\n`);
    return 2;
  }

  const inputs = options.paths.length > 0 ? options.paths : ['.'];
  const collected = collectFiles(inputs, { cwd, followSymlinks: options.followSymlinks, ignoresFor: config.ignoresFor, nocase });
  const optionsByFile = collected.files.map((file) => config.optionsFor(dirname(file.path)));

  const problems = config.problems();
  const configErrors = problems.filter((problem) => problem.severity === 'error');
  if (configErrors.length > 0) {
    for (const problem of configErrors) process.stderr.write(`delibera: ${formatConfigProblem(problem, locale)}\n`);
    process.stderr.write(`delibera: ${say(msg('configuration invalide : rien n\'est exporté', 'invalid configuration: nothing exported'))}\n`);
    return 2;
  }
  const notices: FileNotice[] = [
    ...collected.notices,
    ...problems.map((problem) => ({ path: '', message: { fr: formatConfigProblem(problem, 'fr'), en: formatConfigProblem(problem, 'en') }, fatal: false })),
  ];

  const baseDirFor = publicationBase(cwd, options.config);
  const listFormat = meetingListFormat(options.exportFormat, options.output);
  const documents: ExportedDocument[] = [];
  const listed: MeetingListInput[] = [];
  for (const [index, file] of collected.files.entries()) {
    const display = displayPath(file.path, cwd);
    const read = isDocumentPath(file.path) ? await readDocument(file.path, options.maxFileSize) : readText(file.path, options.maxFileSize);
    if ('notice' in read) {
      notices.push({ path: display, message: read.notice, fatal: read.fatal });
      continue;
    }
    if (read.encodingNotice) notices.push({ path: display, message: read.encodingNotice, fatal: false });
    try {
      const analyzer = createAnalyzer(optionsByFile[index]);
      const uri = pathToFileURL(file.path).href;
      const { dossiers } = analyzer.analyze(read.text, { uri: display });
      if (listFormat) {
        listed.push({ dossiers, source: display, options: analyzer.options });
        continue;
      }
      const base = analyzer.options.export.baseUrl !== null ? baseDirFor(dirname(file.path)) : undefined;
      const path = base !== undefined ? insidePath(base, file.path) : undefined;
      documents.push({ file: display, result: scdlRows(dossiers, { uri, path, options: analyzer.options }) });
    } catch (error) {
      notices.push({ path: display, message: msg(`erreur interne de l'analyse : ${(error as Error)?.message}`, `internal analysis error: ${(error as Error)?.message}`), fatal: true });
    }
  }

  if (listFormat) return writeMeetingLists(listed, listFormat, notices, options, locale);

  const rows: ScdlRow[] = documents.flatMap((document) => document.result.rows);
  const output = options.exportFormat === 'json' ? toJson(documents, locale) : toCsv(rows);
  if (!writeOutput(output, options.output, locale)) return 2;

  writeFileNotices(notices, options.quiet, locale);
  if (!options.quiet) {
    for (const document of documents) {
      for (const notice of document.result.notices) process.stderr.write(`delibera: ${document.file}: ${noticeLine(notice, document.result.rows, locale)}\n`);
    }
    if (rows.length === 0 && !notices.some((notice) => notice.fatal)) {
      process.stderr.write(`delibera: ${say(msg('aucune délibération trouvée', 'no deliberation found'))}\n`);
    }
    const files = plural(documents.length, locale, ['fichier', 'fichiers'], ['file', 'files']);
    process.stderr.write(`delibera: ${locale === 'fr'
      ? `${plural(rows.length, 'fr', ['délibération exportée', 'délibérations exportées'], ['', ''])} (${files})`
      : `${plural(rows.length, 'en', ['', ''], ['deliberation exported', 'deliberations exported'])} (${files})`}\n`);
  }
  return notices.some((notice) => notice.fatal) ? 2 : 0;
}

/** The export's text to `--output`, else to standard output; false (said on standard error) when it cannot be written. */
function writeOutput(output: string, path: string | undefined, locale: Locale): boolean {
  if (path === undefined) {
    process.stdout.write(output);
    return true;
  }
  try {
    writeFileSync(path, output);
    return true;
  } catch (error) {
    process.stderr.write(`delibera: ${path}: ${msg('écriture de l\'export impossible', 'cannot write the export')[locale]} (${(error as Error).message})\n`);
    return false;
  }
}

function writeFileNotices(notices: readonly FileNotice[], quiet: boolean, locale: Locale): void {
  for (const notice of notices) {
    if (quiet && !notice.fatal) continue;
    process.stderr.write(`delibera: ${notice.path ? `${notice.path}: ` : ''}${notice.message[locale]}\n`);
  }
}

/**
 * `liste-md`, `liste-html`, `liste-csv` as said; `liste` after the extension of `--output`
 * (`.html`/`.htm`, `.csv`, else Markdown); undefined for the SCDL formats.
 */
export function meetingListFormat(format: ExportFormat, output: string | undefined): MeetingListFormat | undefined {
  if (format === 'liste-md') return 'md';
  if (format === 'liste-html') return 'html';
  if (format === 'liste-csv') return 'csv';
  if (format !== 'liste') return undefined;
  const extension = /\.([^./\\]+)$/.exec(output ?? '')?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'csv') return 'csv';
  return 'md';
}

/** The list of deliberations of each meeting the files hold, with what could not be read on standard error. */
function writeMeetingLists(inputs: readonly MeetingListInput[], format: MeetingListFormat, notices: readonly FileNotice[], options: CliOptions, locale: Locale): number {
  const { lists, notices: listNotices } = meetingLists(inputs);
  if (!writeOutput(renderMeetingLists(lists, format, locale), options.output, locale)) return 2;
  writeFileNotices(notices, options.quiet, locale);
  if (!options.quiet) {
    for (const notice of listNotices) {
      const where = noticeSource(notice, lists);
      process.stderr.write(`delibera: ${where ? `${where}: ` : ''}${notice.message[locale]}\n`);
    }
    const items = lists.reduce((n, list) => n + list.items.length, 0);
    if (items === 0 && !notices.some((notice) => notice.fatal)) {
      process.stderr.write(`delibera: ${msg('aucune délibération trouvée', 'no deliberation found')[locale]}\n`);
    }
    const meetings = plural(lists.length, locale, ['séance', 'séances'], ['meeting', 'meetings']);
    const files = plural(inputs.length, locale, ['fichier', 'fichiers'], ['file', 'files']);
    process.stderr.write(`delibera: ${locale === 'fr'
      ? `${plural(items, 'fr', ['délibération listée', 'délibérations listées'], ['', ''])} (${meetings}, ${files})`
      : `${plural(items, 'en', ['', ''], ['deliberation listed', 'deliberations listed'])} (${meetings}, ${files})`}\n`);
  }
  return notices.some((notice) => notice.fatal) ? 2 : 0;
}

/** `2022-372, 2022-373 : COLL_SIRET — SIRET non configuré …`; many rows are counted, not all named. */
function noticeLine(notice: ExportNotice, rows: readonly ScdlRow[], locale: Locale): string {
  if (notice.rows.length === 0) return notice.message[locale];
  const ids = notice.rows.map((row) => rows[row]?.DELIB_ID || `#${row + 1}`);
  const named = ids.length > 3
    ? `${ids.slice(0, 3).join(', ')}… (${plural(ids.length, locale, ['délibération', 'délibérations'], ['deliberation', 'deliberations'])})`
    : ids.join(', ');
  return `${named}${locale === 'fr' ? ' : ' : ': '}${notice.fields.join(', ')} — ${notice.message[locale]}`;
}

type ReadResult = { text: string; encodingNotice?: Message } | { notice: Message; fatal: boolean };

/** A PDF, DOCX or ODT file's text as `check` extracts it (engine/input): a scan without a text layer is skipped, a damaged file fails. */
async function readDocument(path: string, maxFileSize: number): Promise<ReadResult> {
  const limit = documentSizeLimit(maxFileSize);
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { notice: msg('pas un fichier ordinaire', 'not a regular file'), fatal: true };
    // Refused on its size before a byte is read.
    if (stat.size > limit) {
      return {
        notice: msg(
          `fichier de ${formatSize(stat.size, 'fr')}, au-delà de la limite de ${formatSize(limit, 'fr')} pour un PDF, DOCX ou ODT (--max-file-size) : non exporté`,
          `${formatSize(stat.size, 'en')} file, over the ${formatSize(limit, 'en')} limit for a PDF, DOCX or ODT (--max-file-size): not exported`,
        ),
        fatal: false,
      };
    }
    bytes = readFileSync(path);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
    return { notice: msg(`lecture impossible : ${detail}`, `cannot read: ${detail}`), fatal: true };
  }
  try {
    const extracted = await extractText(bytes, path, { maxBytes: limit });
    if (!extracted.ok) return { notice: extracted.message, fatal: extracted.reason !== 'no-text' };
    const notice = extracted.notices.length > 0 ? { fr: extracted.notices.map((n) => n.fr).join(' ; '), en: extracted.notices.map((n) => n.en).join('; ') } : undefined;
    return notice ? { text: extracted.text, encodingNotice: notice } : { text: extracted.text };
  } catch (error) {
    return { notice: msg(`lecture du document impossible : ${(error as Error)?.message}`, `cannot read the document: ${(error as Error)?.message}`), fatal: true };
  }
}

/** The file's text as `check` reads it: regular files only, the size limit, binary files skipped, any encoding decoded. */
function readText(path: string, maxFileSize: number): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { notice: msg('pas un fichier ordinaire', 'not a regular file'), fatal: true };
    if (stat.size > maxFileSize) {
      return {
        notice: msg(
          `fichier de ${formatSize(stat.size, 'fr')}, au-delà de la limite de ${formatSize(maxFileSize, 'fr')} (--max-file-size) : non exporté`,
          `${formatSize(stat.size, 'en')} file, over the ${formatSize(maxFileSize, 'en')} limit (--max-file-size): not exported`,
        ),
        fatal: false,
      };
    }
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    const message = code === 'ENOENT' ? msg('fichier introuvable', 'no such file')
      : code === 'EACCES' || code === 'EPERM' ? msg('lecture non autorisée', 'permission denied')
      : msg(`lecture impossible : ${(error as Error)?.message}`, `cannot read: ${(error as Error)?.message}`);
    return { notice: message, fatal: true };
  }
  if (looksBinary(bytes)) return { notice: msg('fichier binaire : non exporté', 'binary file: not exported'), fatal: false };
  const { text, encoding } = decode(bytes);
  return isUtf8(encoding)
    ? { text }
    : { text, encodingNotice: msg(`encodé en ${encoding}, pas en UTF-8 : lu comme tel`, `encoded in ${encoding}, not UTF-8: read as such`) };
}

/**
 * The folder `export.baseUrl` stands for: that of the nearest `.delibera.json` that sets it (the
 * one whose value the merge keeps), or of the `--config` file. Undefined when none does.
 */
function publicationBase(cwd: string, configFile: string | undefined): (dir: string) => string | undefined {
  if (configFile !== undefined) {
    const dir = dirname(resolve(cwd, configFile));
    return () => dir;
  }
  const resolver = createConfigResolver({
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
  return (dir) => resolver.layers(dir).find((layer) => layer.config.export?.baseUrl !== undefined)?.dir;
}

/** `path` relative to `base` with `/` separators, or undefined when it is not inside it. */
function insidePath(base: string, path: string): string | undefined {
  const inside = relative(base, path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return inside.split(sep).join('/');
}
