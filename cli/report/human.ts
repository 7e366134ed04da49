/**
 * The report for people: `file:line:col  severity  message  [rule]`, one line per problem, then a
 * summary. Severity words stay English in both languages: they are codes that editors' and CI's
 * problem matchers look for, like the rule ids.
 */
import { documentWhere } from '../input-files';
import { plural, type Locale } from '../messages';
import type { Counts, RunResult } from './run';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'] as const;

const NO_DELIBERATION: Record<Locale, string> = {
  fr: 'aucune délibération reconnue',
  en: 'no deliberation recognised',
};

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: number, text: string): string;
}

const ANSI = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const SEVERITY_COLOURS = [ANSI(0, 0), ANSI(31, 39), ANSI(33, 39), ANSI(36, 39), ANSI(90, 39)];

export const COLOURS: Style = {
  bold: ANSI(1, 22),
  dim: ANSI(2, 22),
  severity: (severity, text) => (SEVERITY_COLOURS[severity] ?? SEVERITY_COLOURS[0])(text),
};

export const PLAIN: Style = { bold: (text) => text, dim: (text) => text, severity: (_, text) => text };

export function humanReport(result: RunResult, style: Style): string {
  const out: string[] = [];
  for (const outcome of result.outcomes) {
    if (outcome.diff) out.push(outcome.diff.endsWith('\n') ? outcome.diff.slice(0, -1) : outcome.diff);
  }
  for (const outcome of result.outcomes) {
    // A file read but holding no deliberation is said so: its silence is no clean bill.
    if (outcome.status === 'checked' && outcome.dossiers === 0) {
      out.push(`${style.bold(outcome.display)}  ${style.severity(3, SEVERITY[3])}  ${NO_DELIBERATION[result.locale]}`);
    }
    for (const d of outcome.diagnostics) {
      const where = documentWhere(outcome, d.range) ?? `${outcome.display}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`${style.bold(where)}  ${style.severity(d.severity, SEVERITY[d.severity] ?? 'hint')}  ${oneLine(d.message)}  ${style.dim(`[${d.code}]`)}`);
    }
  }
  out.push(summaryLine(result.counts, result.locale, result.fix));
  return `${out.join('\n')}\n`;
}

export function summaryLine(counts: Counts, locale: Locale, fix: RunResult['fix']): string {
  const parts = [
    plural(counts.errors, locale, ['erreur', 'erreurs'], ['error', 'errors']),
    plural(counts.warnings, locale, ['avertissement', 'avertissements'], ['warning', 'warnings']),
  ];
  if (counts.information > 0) parts.push(plural(counts.information, locale, ['information', 'informations'], ['info', 'infos']));
  if (counts.hints > 0) parts.push(plural(counts.hints, locale, ['suggestion', 'suggestions'], ['hint', 'hints']));
  const files = plural(counts.files, locale, ['fichier', 'fichiers'], ['file', 'files']);
  const dossiers = plural(counts.dossiers, locale, ['délibération', 'délibérations'], ['deliberation', 'deliberations']);
  let line = locale === 'fr' ? `${files}, ${dossiers} : ${parts.join(', ')}` : `${files}, ${dossiers}: ${parts.join(', ')}`;
  if (counts.skipped > 0) line += locale === 'fr' ? ` ; ${plural(counts.skipped, locale, ['fichier non vérifié', 'fichiers non vérifiés'], ['', ''])}` : `; ${plural(counts.skipped, locale, ['', ''], ['file not checked', 'files not checked'])}`;
  if (counts.failed > 0) line += locale === 'fr' ? ` ; ${plural(counts.failed, locale, ['fichier en échec', 'fichiers en échec'], ['', ''])}` : `; ${plural(counts.failed, locale, ['', ''], ['file failed', 'files failed'])}`;
  if (fix === 'write' && counts.fixed > 0) {
    line += locale === 'fr'
      ? ` ; ${plural(counts.fixed, locale, ['correction appliquée', 'corrections appliquées'], ['', ''])}`
      : `; ${plural(counts.fixed, locale, ['', ''], ['fix applied', 'fixes applied'])}`;
  } else if (fix === 'dry-run') {
    line += locale === 'fr'
      ? ` ; ${plural(counts.fixed, locale, ['correction possible', 'corrections possibles'], ['', ''])} (rien n'est écrit)`
      : `; ${plural(counts.fixed, locale, ['', ''], ['fix available', 'fixes available'])} (nothing written)`;
  }
  return line;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
