/**
 * `--format sarif`: SARIF 2.1.0, as GitHub code scanning and other CI dashboards load it. Rules
 * come from the engine's catalogue (id, short description, `helpUri` to the rule's page), with
 * their documentation page as `fullDescription` and `help` (cli/report/rule-docs.ts); results carry
 * `partialFingerprints` that survive line shifts (cli/report/fingerprint.ts) and point at files
 * relative to the working directory (`%SRCROOT%`) with 1-based regions whose end column is
 * exclusive, like the LSP ranges they come from; columns count UTF-16 code units.
 */
import { pathToFileURL } from 'node:url';
import { isAbsolute, sep } from 'node:path';
import type * as Sarif from 'sarif';
import { DOCS_BASE_URL, type Diagnostic } from '../../engine/diagnostics';
import type { Range } from '../../engine/model/types';
import { rules as catalogue } from '../../engine/rules/index';
import type { Severity } from '../../engine/rules/types';
import { documentRegion } from '../input-files';
import { LINE_HASH_KEY } from './fingerprint';
import { ruleDocs } from './rule-docs';
import { allNotices, type RunResult } from './run';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/delibera-fr/delibera';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<number, Sarif.Result.level> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };
const DEFAULT_LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarifLog(result: RunResult): Sarif.Log {
  const locale = result.locale;
  const rules: Sarif.ReportingDescriptor[] = catalogue.map((rule) => {
    const docs = ruleDocs(rule.id, locale);
    const description = rule.description[locale];
    return {
      id: rule.id,
      shortDescription: { text: description },
      fullDescription: { text: docs?.summary ?? description },
      help: docs ? { text: docs.text, markdown: docs.markdown } : { text: description },
      helpUri: `${DOCS_BASE_URL}${rule.id}.md`,
      defaultConfiguration: { level: DEFAULT_LEVEL[rule.severity] },
    };
  });
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const ruleFor = (diagnostic: Diagnostic): number => {
    let index = ruleIndex.get(diagnostic.code);
    if (index === undefined) {
      index = rules.length;
      rules.push({ id: diagnostic.code, shortDescription: { text: diagnostic.code } });
      ruleIndex.set(diagnostic.code, index);
    }
    // The diagnostic's own link wins: it is the one the editor shows.
    if (diagnostic.codeDescription?.href) rules[index].helpUri = diagnostic.codeDescription.href;
    return index;
  };

  const artifacts: Sarif.Artifact[] = [];
  const results: Sarif.Result[] = [];
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'checked') continue;
    const location = artifactLocation(outcome.path, outcome.display);
    const artifactIndex = artifacts.length;
    artifacts.push({ location, length: outcome.bytes, ...(outcome.encoding ? { encoding: encodingName(outcome.encoding) } : {}) });
    const at = (range: Range): Sarif.PhysicalLocation => ({ artifactLocation: { ...location, index: artifactIndex }, region: documentRegion(outcome, range, region(range)) });
    outcome.diagnostics.forEach((diagnostic, k) => {
      const fingerprint = outcome.fingerprints?.[k];
      const sarif: Sarif.Result = {
        ruleId: diagnostic.code,
        ruleIndex: ruleFor(diagnostic),
        level: LEVEL[diagnostic.severity] ?? 'note',
        message: { text: diagnostic.message },
        locations: [{ physicalLocation: at(diagnostic.range) }],
        ...(fingerprint ? { partialFingerprints: { [LINE_HASH_KEY]: fingerprint } } : {}),
      };
      if (diagnostic.relatedInformation?.length) {
        sarif.relatedLocations = diagnostic.relatedInformation.map((related, id) => ({
          id,
          physicalLocation: at(related.location.range),
          message: { text: related.message },
        }));
      }
      const fixes = fixesOf(diagnostic);
      if (fixes.length > 0) {
        sarif.fixes = fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [{
            artifactLocation: { ...location, index: artifactIndex },
            replacements: [{ deletedRegion: region(fix.range), insertedContent: { text: fix.text } }],
          }],
        }));
      }
      results.push(sarif);
    });
  }

  const notifications: Sarif.Notification[] = allNotices(result).map((notice) => ({
    level: notice.fatal ? 'error' : 'warning',
    message: { text: notice.path ? `${notice.path}: ${notice.message[locale]}` : notice.message[locale] },
  }));

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Delibera',
          version: result.version,
          semanticVersion: result.version,
          informationUri: INFORMATION_URI,
          language: locale,
          rules,
        },
      },
      invocations: [{ executionSuccessful: result.successful, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
      originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(result.cwd) } },
      artifacts,
      results,
      columnKind: 'utf16CodeUnits',
    }],
  };
}

export function sarifReport(result: RunResult): string {
  return `${JSON.stringify(sarifLog(result), null, 2)}\n`;
}

/** 0-based, end-exclusive LSP range → 1-based SARIF region (end column exclusive too). */
export function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** Relative to `%SRCROOT%` (the working directory) when inside it, else an absolute `file:` URI. */
function artifactLocation(path: string, display: string): Sarif.ArtifactLocation {
  if (isAbsolute(display)) return { uri: pathToFileURL(path).href };
  return { uri: display.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function encodingName(encoding: string): string {
  return encoding === 'utf8' || encoding === 'utf8-bom' ? 'utf-8' : encoding;
}

function fixesOf(diagnostic: Diagnostic): { title: string; range: Range; text: string }[] {
  const fixes = diagnostic.data?.fixes;
  if (!Array.isArray(fixes)) return [];
  return fixes.filter(
    (fix): fix is { title: string; range: Range; text: string } =>
      typeof fix === 'object' && fix !== null && typeof fix.title === 'string' && typeof fix.text === 'string' && typeof fix.range === 'object',
  );
}
