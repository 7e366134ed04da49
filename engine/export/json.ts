/**
 * `delibera export --format json`: the facts of the SCDL rows, one object per deliberation with the
 * schema's field names (integers as numbers, empty fields as null), where it was read, and the
 * notices of what was left empty — for tools that would rather not parse CSV.
 */
import type { Locale } from '../rules/types';
import { SCDL_FIELDS, SCDL_VERSION, type ScdlResult } from './scdl';

export interface ExportedDocument {
  /** The file as the user named it (relative to the working directory when inside it). */
  file: string;
  result: ScdlResult;
}

export function toJson(documents: readonly ExportedDocument[], locale: Locale): string {
  const deliberations: Record<string, unknown>[] = [];
  const notices: Record<string, unknown>[] = [];
  for (const { file, result } of documents) {
    const first = deliberations.length;
    result.rows.forEach((row, index) => {
      const entry: Record<string, unknown> = { file, line: (result.ranges[index]?.start.line ?? 0) + 1 };
      for (const field of SCDL_FIELDS) {
        const value = row[field];
        entry[field] = value === '' || value === undefined ? null : value;
      }
      deliberations.push(entry);
    });
    for (const notice of result.notices) {
      notices.push({
        file,
        rows: notice.rows.map((row) => first + row),
        DELIB_ID: notice.rows.map((row) => result.rows[row]?.DELIB_ID || null),
        fields: notice.fields,
        message: notice.message[locale],
      });
    }
  }
  return `${JSON.stringify({ schema: `scdl/deliberations ${SCDL_VERSION}`, deliberations, notices }, null, 2)}\n`;
}
