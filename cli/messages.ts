/** The CLI's own words, French first like the engine's messages. */
import type { Locale, Message } from '../engine/rules/types';

export type { Locale, Message };

export function msg(fr: string, en: string): Message {
  return { fr, en };
}

/** `1 234,5` in French, `1,234.5` in English. */
export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return value.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function plural(count: number, locale: Locale, fr: [string, string], en: [string, string]): string {
  const [one, many] = locale === 'fr' ? fr : en;
  // French counts 0 and 1 as singular.
  const singular = locale === 'fr' ? count <= 1 : count === 1;
  return `${formatNumber(count, locale)} ${singular ? one : many}`;
}

/** `12,3 Mo` / `12.3 MB` (decimal units). */
export function formatSize(bytes: number, locale: Locale): string {
  const units = locale === 'fr' ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatNumber(value, locale, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export const USAGE: Message = {
  fr: `Usage : delibera check [options] [fichiers | dossiers | globs …]

Vérifie les délibérations (.delib, .deliberation, .txt dont la première ligne est un en-tête,
et le texte des PDF, DOCX et ODT : delibera extract FICHIER l'affiche).
Sans chemin, vérifie le dossier courant ; - lit l'entrée standard.

Options :
  -f, --format <human|json|sarif>  format du rapport (human par défaut)
  -o, --output <fichier>           écrit le rapport dans ce fichier plutôt que sur la sortie standard
      --locale, --lang <fr|en>     langue des messages (sinon : .delibera.json, puis LANG, puis fr)
      --stdin-filename <fichier>   nom de l'entrée standard (-) : configuration et messages
  -c, --config <fichier>           utilise ce fichier de configuration (pas de recherche de .delibera.json)
      --ignore <glob>              n'examine pas ces fichiers ou dossiers (répétable)
      --rule <règle>=<gravité>     change la gravité d'une règle : error, warning, information, hint, off
      --fix                        applique les corrections sûres dans les fichiers
      --fix-dry-run                affiche les corrections sûres sous forme de diff, sans rien écrire
      --max-warnings <n>           code de sortie 1 au-delà de n avertissements
      --exit-zero                  code de sortie 0 même s'il y a des erreurs
      --max-file-size <taille>     ignore les fichiers plus gros (défaut 20MB ; ex. 512KB, 50MB)
      --follow-symlinks            suit les liens symboliques qui sortent des dossiers donnés
  -j, --jobs <n|auto>              fils de vérification en parallèle (auto par défaut ; 1 : aucun)
      --color, --no-color          force ou désactive les couleurs
      --no-progress                pas de barre de progression
  -q, --quiet                      n'affiche ni avis ni statistiques sur la sortie d'erreur
  -h, --help                       cette aide
  -v, --version                    la version

Codes de sortie : 0 aucune erreur, 1 erreurs trouvées (ou trop d'avertissements),
2 usage incorrect, configuration invalide ou fichier illisible.`,
  en: `Usage: delibera check [options] [files | directories | globs …]

Checks deliberations (.delib, .deliberation, .txt files whose first line is a header, and the
text of PDF, DOCX and ODT files: delibera extract FILE prints it).
Without a path, checks the current directory; - reads standard input.

Options:
  -f, --format <human|json|sarif>  report format (human by default)
  -o, --output <file>              write the report to this file instead of standard output
      --locale, --lang <fr|en>     message language (otherwise: .delibera.json, then LANG, then fr)
      --stdin-filename <file>      the name of standard input (-): configuration and messages
  -c, --config <file>              use this configuration file (no .delibera.json lookup)
      --ignore <glob>              skip these files or folders (repeatable)
      --rule <rule>=<severity>     change a rule's severity: error, warning, information, hint, off
      --fix                        apply the safe fixes to the files
      --fix-dry-run                print the safe fixes as a diff, write nothing
      --max-warnings <n>           exit code 1 above n warnings
      --exit-zero                  exit code 0 even when errors are found
      --max-file-size <size>       skip larger files (default 20MB; e.g. 512KB, 50MB)
      --follow-symlinks            follow symbolic links that lead out of the given folders
  -j, --jobs <n|auto>              parallel checking threads (auto by default; 1: none)
      --color, --no-color          force or disable colours
      --no-progress                no progress bar
  -q, --quiet                      no notices nor statistics on standard error
  -h, --help                       this help
  -v, --version                    the version

Exit codes: 0 no error, 1 errors found (or too many warnings),
2 usage error, invalid configuration or unreadable file.`,
};

/** `delibera export`, printed after USAGE by `delibera --help`. */
export const EXPORT_USAGE: Message = {
  fr: `Usage : delibera export [options] [fichiers | dossiers | globs …]

Exporte les délibérations en données ouvertes : une ligne par délibération au format SCDL
« Délibérations » 2.1.5 (CSV UTF-8, séparateur virgule), sur la sortie standard.
Les fichiers sont choisis et lus comme par check ; la collectivité vient de .delibera.json.
--format liste écrit la liste des délibérations de chaque séance (CGCT L2121-25) : numéro,
objet, résultat et vote, en Markdown, HTML ou CSV selon l'extension de --output (.md par défaut).

Options :
  -f, --format <scdl|json>         CSV SCDL (par défaut) ou les mêmes données en JSON
  -f, --format <liste|liste-md|liste-html|liste-csv>
                                   la liste des délibérations de la séance
  -o, --output <fichier>           écrit dans ce fichier plutôt que sur la sortie standard
      --locale <fr|en>             langue des avis et des libellés de la liste
  -c, --config <fichier>           utilise ce fichier de configuration (pas de recherche de .delibera.json)
      --ignore <glob>              n'examine pas ces fichiers ou dossiers (répétable)
      --max-file-size <taille>     ignore les fichiers plus gros (défaut 20MB)
      --follow-symlinks            suit les liens symboliques qui sortent des dossiers donnés
  -q, --quiet                      n'affiche pas sur la sortie d'erreur les champs laissés vides

Codes de sortie : 0 export écrit (des champs peuvent être vides : voir les avis),
2 usage incorrect, configuration invalide, fichier illisible ou sortie impossible à écrire.`,
  en: `Usage: delibera export [options] [files | directories | globs …]

Exports the deliberations as open data: one row per deliberation in the SCDL « Délibérations »
2.1.5 format (UTF-8 CSV, comma-separated), on standard output.
Files are chosen and read as check does; the collectivité comes from .delibera.json.
--format liste writes the list of the deliberations of each meeting (CGCT L2121-25): number,
object, outcome and vote, as Markdown, HTML or CSV after --output's extension (.md by default).

Options:
  -f, --format <scdl|json>         SCDL CSV (by default) or the same facts as JSON
  -f, --format <liste|liste-md|liste-html|liste-csv>
                                   the list of the deliberations of the meeting
  -o, --output <file>              write to this file instead of standard output
      --locale <fr|en>             language of the notices and of the list's labels
  -c, --config <file>              use this configuration file (no .delibera.json lookup)
      --ignore <glob>              skip these files or folders (repeatable)
      --max-file-size <size>       skip larger files (default 20MB)
      --follow-symlinks            follow symbolic links that lead out of the given folders
  -q, --quiet                      do not list the fields left empty on standard error

Exit codes: 0 export written (some fields may be empty: see the notices),
2 usage error, invalid configuration, unreadable file or output that cannot be written.`,
};
