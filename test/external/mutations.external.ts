/**
 * Mutations of the real acts of ../shared/external (test/external/mutate.ts): in memory, each real
 * document is changed at one element the model read — a printed count, a proxy's holder, a weekday,
 * the convocation date, a printed quorum or the présents against it, a vote's Pour, a row or the base
 * of a table of credits opened within the quarter (010.txt), a figure of a unit price times a count
 * (022.txt) — so that it
 * becomes inconsistent for certain, and analysed again. The rule must report at the mutated place
 * (its range or a related location there), and no diagnostic the original did not have may appear
 * elsewhere (diagnostics compared by rule and start, shifted for the length change). A mutation is
 * made only where the original reports nothing of that rule at that place.
 *
 * Per rule with at least five mutations: ≥ 95 % found at the right place, none new elsewhere. Every
 * rule has five or more on the corpus today; `FEWER` lists the rules that may have fewer, and why.
 * vote-quorum's printed `Quorum : q` is in one document only (036.txt: two mutations), which is why
 * the présents of a box are also set one short of the quorum. A mutation the reader does not read
 * back as meant (the mutated document's model does not hold the change) is a misreading, printed
 * with the misses: it still counts as missed.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { externalDocs } from './corpus';
import { GENERATORS, reportedAt, runMutation, type MutatedRule, type Outcome, type Source } from './mutate';

/** Rules whose mutations may number fewer than five on the corpus, and why. */
const FEWER: Partial<Record<MutatedRule, string>> = {
  'signature-required':
    'It judges extraits of communes, EPCI and syndicats met from 1 July 2022 whose signature block was read with the president: two documents of the corpus (089.txt, a certified copy naming its secretary; 149.txt, signed by both); the other extraits are cut before their signature or older.',
};

const sources: Source[] = externalDocs().map((doc) => ({ file: doc.file, text: doc.text, result: createAnalyzer().analyze(doc.text) }));

const outcomes = new Map<MutatedRule, Outcome[]>();
for (const [rule, generate] of Object.entries(GENERATORS) as [MutatedRule, (typeof GENERATORS)[MutatedRule]][]) {
  const list: Outcome[] = [];
  for (const source of sources) {
    for (const mutation of generate(source)) {
      if (reportedAt(source, mutation)) continue;
      list.push(runMutation(source, mutation, (text) => createAnalyzer().analyze(text)));
    }
  }
  outcomes.set(rule, list);
}

function row(list: readonly Outcome[]) {
  const found = list.filter((o) => o.found).length;
  return {
    made: list.length,
    found,
    missed: list.length - found,
    misread: list.filter((o) => !o.read).length,
    'new elsewhere': list.filter((o) => o.elsewhere.length > 0).length,
    'found %': list.length ? Number(((100 * found) / list.length).toFixed(1)) : 0,
  };
}

function describeOutcome(o: Outcome): string {
  const m = o.mutation;
  const lines = [`${m.file} [${m.kind}] ${m.what}${o.read ? '' : ' — not read back as meant (misreading)'}`];
  if (!o.found) lines.push(`    ${m.rule} gives: ${o.ruleDiagnostics.join(' | ') || 'nothing'}`);
  for (const e of o.elsewhere) lines.push(`    new elsewhere: ${e}`);
  return lines.join('\n');
}

describe('mutations of the real acts of ../shared/external', () => {
  it('are reported at the mutated place by their rule, with nothing new elsewhere', () => {
    const table: Record<string, ReturnType<typeof row>> = {};
    for (const [rule, list] of outcomes) {
      table[rule] = row(list);
      const kinds = [...new Set(list.map((o) => o.mutation.kind))];
      for (const kind of kinds) table[`  ${kind}`] = row(list.filter((o) => o.mutation.kind === kind));
    }
    console.table(table);
    const remarks = [...outcomes.values()].flat().filter((o) => !o.found || !o.read || o.elsewhere.length > 0);
    if (remarks.length) console.log(`misses, misreadings and new diagnostics:\n${remarks.map(describeOutcome).join('\n')}`);

    for (const [rule, list] of outcomes) {
      if (list.length < 5) {
        expect(FEWER[rule], `${rule}: ${list.length} mutations; say why in FEWER`).toBeDefined();
        continue;
      }
      const found = list.filter((o) => o.found).length;
      expect(found / list.length, `${rule}: found ${found}/${list.length}\n${list.filter((o) => !o.found).map(describeOutcome).join('\n')}`).toBeGreaterThanOrEqual(0.95);
      expect(list.filter((o) => o.elsewhere.length > 0).map(describeOutcome), `${rule}: new diagnostics elsewhere`).toEqual([]);
    }
  });

  it('leave the real documents as they are (mutations are made in memory only)', () => {
    for (const doc of externalDocs()) expect(doc.text).toBe(sources.find((s) => s.file === doc.file)?.text);
  });
});
