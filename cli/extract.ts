/**
 * `delibera extract FILE`: the text Delibera reads in a PDF, DOCX or ODT file (what every rule
 * sees), for users who want to open it in the editor. `--output` writes it to a file instead of
 * the standard output, only once the extraction succeeded: a failure writes nothing.
 * Exit codes: 0 extracted, 2 usage error or a file that cannot be read.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { extractText, MAX_INPUT_BYTES } from '../engine/input/index';
import { formatSize, msg, type Locale, type Message } from './messages';

export const EXTRACT_USAGE: Message = {
  fr: `Usage : delibera extract [options] FICHIER

Affiche le texte que Delibera lit dans un PDF, un DOCX ou un ODT (les tableaux Word et LibreOffice
en tableaux | a | b |), celui que les règles vérifient.

Options :
  -o, --output <fichier>  écrit le texte dans ce fichier plutôt que sur la sortie standard
      --pages             fait précéder chaque page d'un PDF d'une ligne « %% page N »
      --locale <fr|en>    langue des messages`,
  en: `Usage: delibera extract [options] FILE

Prints the text Delibera reads in a PDF, DOCX or ODT file (Word and LibreOffice tables as
| a | b | tables), the one the rules check.

Options:
  -o, --output <file>  writes the text to this file instead of the standard output
      --pages          puts a "%% page N" line before each page of a PDF
      --locale <fr|en> language of the messages`,
};

interface ExtractArgs {
  file?: string;
  output?: string;
  pages: boolean;
  locale?: Locale;
  help: boolean;
}

function parseExtractArgs(argv: readonly string[]): { ok: true; args: ExtractArgs } | { ok: false; error: Message } {
  const args: ExtractArgs = { pages: false, help: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i];
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--pages') args.pages = true;
    else if (arg === '-o' || arg === '--output') {
      const output = value();
      if (output === undefined) return { ok: false, error: msg(`${arg} attend un fichier`, `${arg} expects a file`) };
      args.output = output;
    } else if (arg === '--locale') {
      const locale = value();
      if (locale !== 'fr' && locale !== 'en') return { ok: false, error: msg('--locale attend fr ou en', '--locale expects fr or en') };
      args.locale = locale;
    } else if (arg.startsWith('-') && arg !== '-') return { ok: false, error: msg(`option inconnue '${arg}'`, `unknown option '${arg}'`) };
    else files.push(arg);
  }
  if (args.help) return { ok: true, args };
  if (files.length !== 1) return { ok: false, error: msg('un fichier, et un seul, à extraire', 'one file, and one only, to extract') };
  args.file = files[0];
  return { ok: true, args };
}

export async function runExtract(argv: readonly string[], fallbackLocale: Locale): Promise<number> {
  const parsed = parseExtractArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`delibera extract: ${parsed.error[fallbackLocale]} (${fallbackLocale === 'fr' ? 'voir delibera extract --help' : 'see delibera extract --help'})\n`);
    return 2;
  }
  const { args } = parsed;
  const locale = args.locale ?? fallbackLocale;
  if (args.help) {
    process.stdout.write(`${EXTRACT_USAGE[locale]}\n`);
    return 0;
  }
  const file = args.file!;
  const fail = (message: Message) => {
    process.stderr.write(`delibera: ${file}: ${message[locale]}\n`);
    return 2;
  };
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_INPUT_BYTES) {
      return fail(msg(
        `fichier de ${formatSize(size, 'fr')}, au-delà de la limite de ${formatSize(MAX_INPUT_BYTES, 'fr')} pour un PDF, DOCX ou ODT : non lu`,
        `${formatSize(size, 'en')} file, over the ${formatSize(MAX_INPUT_BYTES, 'en')} limit for a PDF, DOCX or ODT: not read`,
      ));
    }
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    return fail(code === 'ENOENT' ? msg('fichier introuvable', 'no such file') : msg(`lecture impossible : ${code ?? (error as Error)?.message}`, `cannot read: ${code ?? (error as Error)?.message}`));
  }
  const extracted = await extractText(bytes, file);
  if (!extracted.ok) return fail(extracted.message);

  let text = extracted.text;
  if (args.pages && extracted.format === 'pdf') {
    const lines = text.split('\n');
    const out: string[] = [];
    lines.forEach((line, index) => {
      const page = extracted.origins[index]?.page;
      // `%%` lines are directives for the engine, which reads them as comments.
      if (page && page !== extracted.origins[index - 1]?.page) out.push(`%% page ${page}`);
      out.push(line);
    });
    text = out.join('\n');
  }
  if (!text.endsWith('\n')) text += '\n';
  for (const notice of extracted.notices) process.stderr.write(`delibera: ${file}: ${notice[locale]}\n`);
  if (args.output !== undefined) {
    try {
      writeFileSync(args.output, text);
    } catch (error) {
      process.stderr.write(`delibera: ${args.output}: ${locale === 'fr' ? 'écriture impossible' : 'cannot write'} (${(error as Error).message})\n`);
      return 2;
    }
  } else process.stdout.write(text);
  return 0;
}
