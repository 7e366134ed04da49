/**
 * On the real acts of ../shared/external the engine reports only genuine inconsistencies, each
 * pinned in pins.ts with its justification; what it could not read is said by one read-notice per
 * document, pinned in notices.ts. Prints the count per rule.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { externalDocs } from './corpus';
import { NOTICES } from './notices';
import { PINS } from './pins';

const docs = externalDocs();
const results = docs.map((doc) => ({ doc, diagnostics: createAnalyzer().analyze(doc.text).diagnostics }));

describe('diagnostics on the real acts of ../shared/external', () => {
  it('are exactly the pinned, verified inconsistencies', () => {
    const found = results.flatMap(({ doc, diagnostics }) =>
      diagnostics.filter((d) => d.code !== 'read-notice').map((d) => `${doc.file} ${d.code} @${d.range.start.character}: ${d.message}`),
    );
    const key = (s: string) => s.slice(0, s.indexOf(':'));
    const pinned = PINS.map((p) => `${p.file} ${p.rule} @${p.at}`);
    expect(found.filter((f) => !pinned.includes(key(f))), 'diagnostics not pinned').toEqual([]);
    expect(pinned.filter((p) => !found.some((f) => key(f) === p)), 'pins not found').toEqual([]);
    const perRule: Record<string, number> = {};
    for (const p of PINS) perRule[p.rule] = (perRule[p.rule] ?? 0) + 1;
    console.log(`pinned inconsistencies: ${PINS.length} in ${new Set(PINS.map((p) => p.file)).size} files`, perRule);
  });

  it('say what could not be read, as pinned: a document’s parts in one notice, an unread financing plan in its own', () => {
    const notices = Object.fromEntries(
      results.flatMap(({ doc, diagnostics }) => {
        const notice = diagnostics.filter((d) => d.code === 'read-notice');
        return notice.length ? [[doc.file, notice.map((d) => (d.data as { missing: string[] }).missing.join(' ')).join(' ')]] : [];
      }),
    );
    expect(notices).toEqual(NOTICES);
    const counts: Record<string, number> = {};
    for (const missing of Object.values(NOTICES)) for (const part of missing.split(' ')) counts[part] = (counts[part] ?? 0) + 1;
    console.log(`read-notice: ${Object.keys(NOTICES).length} documents`, counts);
  });
});
