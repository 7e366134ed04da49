/**
 * Detection of vote and attendance errors: realistic drafting slips applied at every applicable site
 * of the five real files; each rule must find ≥ 95 % of its own at the right line, and nothing new
 * may appear elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { corpusModels, deleteLines, replaceOnLine, runMutations, type Mutation } from './harness';

const models = corpusModels();

function generate(): Record<string, Mutation[]> {
  const out: Record<string, Mutation[]> = {};
  const add = (m: Mutation) => (out[m.rule] ??= []).push(m);
  for (const { file, text, dossiers } of models) {
    const lines = text.split('\n');
    for (const dossier of dossiers) {
      const d = dossier.deliberation;
      const n = d.number?.text ?? `#${dossier.index}`;
      const vote = d.vote;
      const pour = vote?.lines.find((l) => l.kind === 'pour');
      if (!vote || !pour) continue;
      const at = (r: typeof pour.countRange, value: string) => replaceOnLine(text, r.start.line, r.start.character, r.end.character, value);
      // A Pour figure not updated (one too many, one too few).
      for (const delta of [1, -1]) {
        add({ name: `${file} ${n} Pour ${pour.count}→${pour.count + delta}`, file, rule: 'vote-total', line: pour.countRange.start.line, text: at(pour.countRange, String(pour.count + delta)) });
      }
      // An abstention added without lowering Pour.
      const abstention = vote.lines.find((l) => l.kind === 'abstention');
      if (abstention) {
        add({ name: `${file} ${n} Abstention +1`, file, rule: 'vote-total', line: pour.countRange.start.line, alsoAt: [abstention.range.start.line], text: at(abstention.countRange, String(abstention.count + 1)) });
      }
      // The outcome contradicting the figures.
      if (vote.outcome) {
        add({ name: `${file} ${n} (Rejeté)`, file, rule: 'vote-outcome', line: vote.outcome.range.start.line, text: at(vote.outcome.range, 'Rejeté') });
      }
      // The absent line's figure, or the whole line, forgotten.
      const absent = vote.lines.find((l) => l.kind === 'absent');
      if (absent && abstention) {
        add({ name: `${file} ${n} Absent s.d.v. +1`, file, rule: 'vote-absent', line: absent.countRange.start.line, text: at(absent.countRange, String(absent.count + 1)) });
        add({ name: `${file} ${n} Absent s.d.v. line deleted`, file, rule: 'vote-absent', line: abstention.range.start.line, text: deleteLines(text, absent.range.start.line, absent.range.end.line), shift: { after: absent.range.end.line, by: -(absent.range.end.line - absent.range.start.line + 1) } });
      }
      const present = d.attendance.find((l) => l.kind === 'present');
      const excused = d.attendance.find((l) => l.kind === 'excused');
      // A secretary who is not present (an excused member named instead).
      if (d.secretary && excused?.persons[0]) {
        const s = d.secretary.range;
        const name = excused.persons[0].text.replace(/\.$/, '');
        add({ name: `${file} ${n} secretary ${name}`, file, rule: 'attendance-officer', line: s.start.line, text: replaceOnLine(text, s.start.line, s.start.character, s.end.character, name) });
      }
      // A name moved to the excusés without leaving the présents: also one vote too few.
      if (present?.persons[1] && excused) {
        const label = excused.labelRange;
        const moved = present.persons[1].text.replace(/\.$/, '');
        add({
          name: `${file} ${n} ${moved} also excused`,
          file,
          rule: 'attendance-duplicate',
          line: label.start.line,
          alsoAt: [pour.countRange.start.line],
          text: replaceOnLine(text, label.end.line, label.end.character, label.end.character, ` ${moved},`),
        });
      }
      // An interested member counted as voting: the abstention moved back to Pour.
      if (d.declarations.some((decl) => !decl.excusedWithoutProxy) && abstention && abstention.count > 0) {
        const lowered = replaceOnLine(text, abstention.countRange.start.line, abstention.countRange.start.character, abstention.countRange.end.character, String(abstention.count - 1));
        const same = pour.countRange.start.line === abstention.countRange.start.line;
        const moved = same ? lowered : replaceOnLine(lowered, pour.countRange.start.line, pour.countRange.start.character, pour.countRange.end.character, String(pour.count + 1));
        add({ name: `${file} ${n} interest counted as Pour`, file, rule: 'vote-interest', line: abstention.countRange.start.line, text: moved });
      }
    }
    void lines;
  }
  return out;
}

describe('detection of vote and attendance errors on the real corpus', () => {
  const byRule = generate();

  it.each(Object.keys(byRule).sort())('%s finds ≥ 95 % of its errors at the right line, with nothing new elsewhere', (rule) => {
    const mutations = byRule[rule];
    const result = runMutations(mutations);
    expect(result.total).toBeGreaterThan(0);
    expect(result.extras).toEqual([]);
    expect(result.misses).toEqual([]);
    expect(result.detected / result.total).toBeGreaterThanOrEqual(0.95);
  }, 300_000);

  it('generates every kind of error at many sites', () => {
    const counts = Object.fromEntries(Object.entries(byRule).map(([rule, list]) => [rule, list.length]));
    // 33 deliberations: two Pour slips and an abstention each; 4 absent lines; 4 declarations.
    expect(counts).toEqual({
      'vote-total': 99,
      'vote-outcome': 33,
      'vote-absent': 8,
      'attendance-officer': 33,
      'attendance-duplicate': 33,
      'vote-interest': 4,
    });
  });
});
