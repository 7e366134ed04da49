/**
 * Detection of realistic drafting errors in visas, dates, numbers and articles: every applicable site
 * of the five corpus files is mutated, and the rule must fire at the mutated line with nothing new
 * anywhere else. The corpus itself is the workspace: each file is analysed with the other four's
 * summaries, as the language server does, so a délégation mistyped in a one-dossier file is caught.
 */
import { describe, expect, it } from 'vitest';
import type { Dossier, Range } from '../../engine/model/types';
import { isDelegationVisa, isPresidentReportVisa } from '../../engine/rules/lib/visas';
import { summarizeFile, type WorkspaceFacts } from '../../engine/workspace/facts';
import type { CorpusId } from '../helpers';
import { corpusModels, deleteLines, replaceOnLine, runMutations, warmAnalyze, type Mutation } from './harness';


const models = corpusModels();
const uriOf = (file: CorpusId) => `corpus/${file}`;
const summaries = models.map((m) => summarizeFile(uriOf(m.file), m.dossiers));
const workspace: WorkspaceFacts = { files: summaries };

// Each file is analysed with the corpus as its workspace, on one warm analyzer per file.
const analyze = warmAnalyze((file) => ({ uri: uriOf(file), workspace }));

// ── Sites ────────────────────────────────────────────────────────────────────────────────────

interface Site {
  file: CorpusId;
  text: string;
  lines: string[];
  dossier: Dossier;
  label: string;
}

function sites(): Site[] {
  return models.flatMap((m) => {
    const lines = m.text.split('\n');
    return m.dossiers.map((dossier) => ({
      file: m.file,
      text: m.text,
      lines,
      dossier,
      label: `${m.file} ${dossier.deliberation.number?.text ?? `#${dossier.index}`}`,
    }));
  });
}

/** The text of a one-line range, or undefined when it spans lines. */
function textAt(lines: string[], range: Range): string | undefined {
  if (range.start.line !== range.end.line) return undefined;
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

/** `07/03/2022` → `08/03/2022`, `21 mars 2022` → `22 mars 2022` (the 28th goes back a day: always a valid date). */
function otherDay(date: string): string | undefined {
  const m = /^(\d{1,2})(.*)$/s.exec(date);
  if (!m) return undefined;
  const day = Number(m[1]);
  const next = day >= 28 ? day - 1 : day + 1;
  return String(next).padStart(m[1].length, '0') + m[2];
}

function withRange(site: Site, range: Range, replace: (old: string) => string | undefined): string | undefined {
  const old = textAt(site.lines, range);
  if (old === undefined) return undefined;
  const replacement = replace(old);
  if (replacement === undefined || replacement === old) return undefined;
  return replaceOnLine(site.text, range.start.line, range.start.character, range.end.character, replacement);
}

function deletion(site: Site, name: string, rule: string, from: number, to: number, line: (shifted: (l: number) => number) => number, alsoAt: number[] = []): Mutation {
  const by = -(to - from + 1);
  const shifted = (l: number) => (l > to ? l + by : l);
  return { name, file: site.file, rule, line: line(shifted), alsoAt: alsoAt.map(shifted), text: deleteLines(site.text, from, to), shift: { after: to, by } };
}

// ── Generators ───────────────────────────────────────────────────────────────────────────────

/** A required visa forgotten: its lines deleted; reported on the preamble. */
function forgottenRequiredVisas(): Mutation[] {
  return sites().flatMap((site) => {
    const d = site.dossier.deliberation;
    if (!d.preamble) return [];
    const required = d.visas.filter((v) => isDelegationVisa(v) || isPresidentReportVisa(v) || (v.kind === 'code' && v.code!.articles.includes('L.3121-14')));
    return required.map((visa) =>
      deletion(site, `${site.label} forget L${visa.range.start.line + 1} ${visa.text.slice(0, 30)}`, 'visa-required', visa.range.start.line, visa.range.end.line, () => d.preamble!.start.line),
    );
  });
}

/** `L.3121-14-1, ` dropped from the CGCT visa: reported on the visa. */
function incompleteCgct(): Mutation[] {
  return sites().flatMap((site) => {
    const visa = site.dossier.deliberation.visas.find((v) => v.kind === 'code' && v.code!.articles.includes('L.3121-14-1'));
    if (!visa) return [];
    for (let i = visa.range.start.line; i <= visa.range.end.line; i++) {
      const at = site.lines[i].indexOf('L.3121-14-1,');
      if (at < 0) continue;
      const end = at + 'L.3121-14-1,'.length + (site.lines[i][at + 12] === ' ' ? 1 : 0);
      return [{ name: `${site.label} CGCT without L.3121-14-1`, file: site.file, rule: 'visa-required', line: visa.range.start.line, text: replaceOnLine(site.text, i, at, end, '') }];
    }
    return [];
  });
}

/** An avis visa forgotten: reported on the report's opinion sentence (each copy). */
function forgottenAvisVisas(): Mutation[] {
  return sites().flatMap((site) => {
    const d = site.dossier.deliberation;
    return d.visas
      .filter((v) => (v.kind === 'avis' || v.kind === 'informe') && v.commission?.date)
      .flatMap((visa) => {
        const c = visa.commission!;
        const opinions = site.dossier.reports.flatMap((r) => r.opinions).filter((o) => o.kind === visa.kind && o.ordinal === c.ordinal);
        if (opinions.length === 0) return [];
        const lines = opinions.map((o) => o.range.start.line);
        return [deletion(site, `${site.label} forget ${visa.kind} ${c.ordinal}`, 'visa-avis', visa.range.start.line, visa.range.end.line, (s) => s(lines[0]), lines.slice(1))];
      });
  });
}

/** The avis visa's date mistyped by a day. */
function wrongAvisDates(): Mutation[] {
  return sites().flatMap((site) =>
    site.dossier.deliberation.visas
      .filter((v) => (v.kind === 'avis' || v.kind === 'informe') && v.commission?.date)
      .flatMap((visa) => {
        const range = visa.commission!.date!.range;
        const text = withRange(site, range, otherDay);
        return text ? [{ name: `${site.label} avis ${visa.commission!.ordinal} date`, file: site.file, rule: 'visa-avis', line: range.start.line, text }] : [];
      }),
  );
}

function wrongSignatureDates(): Mutation[] {
  return sites().flatMap((site) => {
    const date = site.dossier.deliberation.signature?.date;
    if (!date) return [];
    const text = withRange(site, date.range, otherDay);
    return text ? [{ name: `${site.label} signed ${date.text}`, file: site.file, rule: 'date-signature', line: date.range.start.line, text }] : [];
  });
}

function wrongNumberYears(): Mutation[] {
  return sites().flatMap((site) => {
    const n = site.dossier.deliberation.number;
    if (!n) return [];
    const text = withRange(site, n.range, (old) => old.replace(String(n.year), String(n.year - 1)));
    return text ? [{ name: `${site.label} year ${n.year - 1}`, file: site.file, rule: 'numero-year', line: n.range.start.line, text }] : [];
  });
}

/** The previous dossier's number pasted (003's 29 dossiers). */
function duplicatedNumbers(): Mutation[] {
  const all = sites();
  return all.flatMap((site, k) => {
    const previous = all[k - 1];
    const n = site.dossier.deliberation.number;
    const p = previous?.file === site.file ? previous.dossier.deliberation.number : undefined;
    if (!n || !p) return [];
    const text = withRange(site, n.range, () => textAt(site.lines, p.range));
    return text ? [{ name: `${site.label} number of ${p.text}`, file: site.file, rule: 'numero-year', line: n.range.start.line, text }] : [];
  });
}

/** An article renumbered: `Article k` → `Article k+1` (`Article unique` → `Article 2`). */
function renumberedArticles(): Mutation[] {
  return sites().flatMap((site) => {
    const articles = site.dossier.deliberation.articles;
    return articles.flatMap((article, k) => {
      const from = article.number === 'unique' ? 'unique' : String(article.number);
      const to = article.number === 'unique' ? '2' : String(article.number + 1);
      const text = withRange(site, article.numberRange, (old) => (old.startsWith(from === 'unique' ? '' : from) ? to : undefined));
      if (!text) return [];
      // References to the old or new number now point elsewhere: legitimate diagnostics there.
      const touched = new Set([k + 1, Number(to)]);
      const alsoAt = articles.flatMap((a) => a.references.filter((r) => touched.has(r.target)).map((r) => r.range.start.line));
      return [{ name: `${site.label} Article ${from}→${to}`, file: site.file, rule: 'article-sequence', line: article.numberRange.start.line, alsoAt, text }];
    });
  });
}

/** `en application de l’article 1` → `… l’article 9`. */
function danglingReferences(): Mutation[] {
  return sites().flatMap((site) =>
    site.dossier.deliberation.articles.flatMap((article) =>
      article.references.flatMap((ref) => {
        const text = withRange(site, ref.range, (old) => (old === String(ref.target) ? '9' : undefined));
        return text ? [{ name: `${site.label} ref ${ref.target}→9 L${ref.range.start.line + 1}`, file: site.file, rule: 'article-reference', line: ref.range.start.line, text }] : [];
      }),
    ),
  );
}

/** The report's `REUNION DU` mistyped (each copy of 2022-82's report). */
function wrongReportDates(): Mutation[] {
  return sites().flatMap((site) =>
    site.dossier.reports
      .filter((r) => r.own && r.meetingDate)
      .flatMap((r) => {
        const range = r.meetingDate!.range;
        const text = withRange(site, range, otherDay);
        return text ? [{ name: `${site.label} RAPPORT N°${r.number?.value} dated ${otherDay(r.meetingDate!.text)}`, file: site.file, rule: 'date-report', line: range.start.line, text }] : [];
      }),
  );
}

/** The délégation visa's date mistyped by a day. */
function wrongDelegationDates(): Mutation[] {
  return sites().flatMap((site) =>
    site.dossier.deliberation.visas.filter(isDelegationVisa).flatMap((visa) => {
      const date = visa.act?.date;
      if (!date) return [];
      const text = withRange(site, date.range, otherDay);
      return text ? [{ name: `${site.label} délégation ${otherDay(date.text)}`, file: site.file, rule: 'visa-citation', line: date.range.start.line, text }] : [];
    }),
  );
}

/** The legality stamp dated a month before the meeting. */
function earlyStamps(): Mutation[] {
  return sites().flatMap((site) => {
    const stamp = site.dossier.stamp;
    const meeting = site.dossier.deliberation.meetingDate;
    if (!stamp || !meeting) return [];
    return [stamp.sent, stamp.posted].flatMap((date) => {
      if (!date) return [];
      const text = withRange(site, date.range, () => `${meeting.date.day} février ${meeting.date.year}`);
      return text ? [{ name: `${site.label} stamp ${date.text}→février`, file: site.file, rule: 'date-stamp', line: date.range.start.line, text }] : [];
    });
  });
}

// ── Tests ────────────────────────────────────────────────────────────────────────────────────

const GENERATORS: [string, () => Mutation[], number][] = [
  ['visa-required: forgotten CGCT, délégation, rapport visas', forgottenRequiredVisas, 99],
  ['visa-required: CGCT visa without L.3121-14-1', incompleteCgct, 32],
  ['visa-avis: forgotten avis visa', forgottenAvisVisas, 35],
  ['visa-avis: avis date off by a day', wrongAvisDates, 35],
  ['date-signature: signature date off by a day', wrongSignatureDates, 33],
  ['numero-year: wrong year in the N°', wrongNumberYears, 33],
  ['numero-year: number of the previous dossier', duplicatedNumbers, 28],
  ['article-sequence: renumbered article', renumberedArticles, 60],
  ['article-reference: dangling reference', danglingReferences, 30],
  ['date-report: report dated another day', wrongReportDates, 34],
  ['visa-citation: délégation dated another day', wrongDelegationDates, 33],
  ['date-stamp: stamp before the meeting', earlyStamps, 58],
];

describe('detection: visas, dates, numbers, articles', () => {
  it('the unmutated corpus gives the baseline only (sanity)', () => {
    // Each file unmutated: nothing new against its own baseline, anywhere.
    const unchanged = models.map((m) => ({ name: `${m.file} unmutated`, file: m.file, rule: 'none', line: -1, text: m.text }));
    expect(runMutations(unchanged, analyze).extras).toEqual([]);
  });

  for (const [name, generate, atLeast] of GENERATORS) {
    it(name, () => {
      const mutations = generate();
      expect(mutations.length).toBeGreaterThanOrEqual(atLeast);
      const result = runMutations(mutations, analyze);
      if (process.env.DETECTION_REPORT) console.log(`${name}: ${result.detected}/${result.total}`);
      expect(result.extras).toEqual([]);
      expect(result.misses).toEqual([]);
      expect(result.detected / result.total).toBeGreaterThanOrEqual(0.95);
    });
  }
});
