/**
 * Moves every position of a cached dossier model by a number of lines, in place. A dossier whose
 * text did not change but moved (lines added above it) keeps its parse: only its line numbers move.
 */
export function shiftLines(value: unknown, delta: number): void {
  if (delta === 0) return;
  walk(value, delta, new Set());
}

function walk(value: unknown, delta: number, seen: Set<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) walk(item, delta, seen);
    return;
  }
  if (ArrayBuffer.isView(value)) return;
  const record = value as Record<string, unknown>;
  if (typeof record.line === 'number' && typeof record.character === 'number') {
    record.line += delta;
    return;
  }
  for (const key in record) walk(record[key], delta, seen);
}
