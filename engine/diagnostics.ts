/** Rule reports → LSP-shaped diagnostics (0-based ranges, numeric severity, rule id as `code`). */
import type { Range } from './model/types';
import type { ResolvedOptions } from './options';
import type { Rule, RuleReport, Severity } from './rules/types';

export interface Diagnostic {
  range: Range;
  /** 1 error, 2 warning, 3 information, 4 hint (LSP's DiagnosticSeverity). */
  severity: 1 | 2 | 3 | 4;
  code: string;
  codeDescription?: { href: string };
  source: 'delibera';
  message: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
  data?: Record<string, unknown>;
}

export const DOCS_BASE_URL = 'https://github.com/delibera-fr/delibera/blob/main/docs/rules/';

const SEVERITY_CODE: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

export function effectiveSeverity(rule: Rule, options: ResolvedOptions): Severity | 'off' {
  return options.rules[rule.id] ?? rule.severity;
}

export function toDiagnostic(
  rule: Rule,
  severity: Severity,
  report: RuleReport,
  options: ResolvedOptions,
  uri: string,
  docsBaseUrl: string,
): Diagnostic {
  const diagnostic: Diagnostic = {
    range: report.range,
    // The larger code is the milder severity: a report may lower its rule's, never raise it.
    severity: Math.max(SEVERITY_CODE[severity], report.severity ? SEVERITY_CODE[report.severity] : 0) as Diagnostic['severity'],
    code: rule.id,
    codeDescription: { href: `${docsBaseUrl}${rule.id}.md` },
    source: 'delibera',
    message: report.message[options.locale],
  };
  if (report.related?.length) {
    diagnostic.relatedInformation = report.related.map((related) => ({
      location: { uri, range: related.range },
      message: related.message[options.locale],
    }));
  }
  if (report.data || report.fixes) {
    diagnostic.data = { rule: rule.id, ...report.data };
    if (report.fixes?.length) {
      diagnostic.data.fixes = report.fixes.map((fix) => ({
        title: fix.title[options.locale],
        range: fix.range,
        text: fix.text,
        ...(fix.preferred ? { preferred: true } : {}),
        ...(fix.also?.length ? { also: fix.also } : {}),
      }));
    }
  }
  return diagnostic;
}
