/**
 * Issue 8: no line can make a block parser stall, or make it read the block differently. Each
 * parser gets its own block (as in the corpus) with one line lengthened by a pathological filler —
 * long runs of spaces, tabs, digits, `M. ` repeated, `« ` never closed, `Vu ` repeated,
 * label-then-blanks strings of the kind recheck builds as attacks — at 2 000 and 20 000 characters,
 * and at 200 000 for the fillers the issue names. Each run must return without a throw, keep every
 * range inside the block, give the same result twice, and read the same block at every size: the
 * result's structure (its keys, lists and flags; texts and numbers aside) does not change when the
 * filler grows tenfold — or, for a filler made of the list's own items (`a, ` in a name list), the
 * list grows by exactly one item per unit added.
 *
 * These tests assert results, not durations. The time of each run against the same line lengthened
 * by ordinary prose (the linear baseline) is measured by `npm run bench` (bench/linearity.mjs),
 * which reports the ratios against the bounds this file used to apply. A parser that really hangs
 * is still caught here, by vitest's test timeout (30 s, vitest.config.ts; 60 s for the whole
 * analyses).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { layoutDeliberation } from '../../engine/blocks/deliberation-layout';
import { layoutDossier } from '../../engine/blocks/dossier-layout';
import { layoutReport } from '../../engine/blocks/report-layout';
import { segmentDossiers } from '../../engine/dossiers/segment';
import { parseAnnexTables } from '../../engine/model/annex-tables';
import { parseArticles } from '../../engine/model/articles';
import { parseAttendance } from '../../engine/model/attendance';
import { parseDeclarations } from '../../engine/model/declarations';
import { buildDossier } from '../../engine/model/dossier';
import { parseImputationTables } from '../../engine/model/imputation-tables';
import { parseOpinions } from '../../engine/model/opinions';
import { parseSignature } from '../../engine/model/signature';
import { parseVisas } from '../../engine/model/visas';
import { parseVote } from '../../engine/model/vote';
import { findDates } from '../../engine/text/dates';
import { readSuppressions } from '../../engine/text/directives';
import { noiseMask } from '../../engine/text/noise';
import { regionOf } from '../../engine/text/region';
import { analyzeAll, corpus, invariantViolations, rangeProblem, rangesIn, type Analysis } from '../fuzz/support';

/** Every filler runs at 2 000 then 20 000 characters (where a quadratic time already shows in the bench, ×100). */
const SIZES = [2_000, 20_000];
const ALL_SIZES = [2_000, 20_000, 200_000];
const LONGEST = new Set(['spaces', 'digits', 'digit groups', 'M. repeated', '« unclosed', 'Vu repeated']);
const sizesOf = (filler: string) => (LONGEST.has(filler) ? ALL_SIZES : SIZES);

/** Fillers of `n` characters (about). */
const FILLERS: Record<string, (n: number) => string> = {
  spaces: (n) => ' '.repeat(n) + 'x',
  'tabs and NBSP': (n) => '\t\u00a0'.repeat(n / 2) + 'x',
  digits: (n) => '1'.repeat(n),
  'digit groups': (n) => '1 '.repeat(n / 2),
  'M. repeated': (n) => 'M. '.repeat(n / 3),
  '« unclosed': (n) => '« '.repeat(n / 2),
  'Vu repeated': (n) => 'Vu '.repeat(n / 3),
  'commas': (n) => 'a, '.repeat(n / 3),
  'open parens': (n) => '('.repeat(n),
  // What recheck builds against `\s+(.*?)\s*$`: blanks, a letter, blanks, a character `.` refuses.
  'blanks then U+2028': (n) => ' '.repeat(n / 2) + 'R' + '\t'.repeat(n / 2) + '\u2028x',
};

type Parse = (lines: string[]) => unknown;

/** Fillers made of a block's own items, by parser: each `a, ` is one more name of an attendance list. */
const ITEMS: Record<string, Record<string, Items>> = {
  parseAttendance: {
    commas: { unit: 3, count: (result) => (result as ReturnType<typeof parseAttendance>).lists.reduce((n, list) => n + list.persons.length, 0) },
  },
};

const region = (lines: string[]) => regionOf(lines, 0, lines.length - 1);

interface Block {
  parse: Parse;
  lines: string[];
}

/** Each block parser with a block as the corpus writes it (references in docs/domain.md). */
const BLOCKS: Record<string, Block> = {
  parseVote: {
    parse: (l) => parseVote(region(l)),
    lines: [
      'Dans les conditions de vote ci-dessous : ',
      'Pour  :  44  voix  (Groupe  Socialiste,  Républicain  et  Citoyen ;  Groupe  Communiste  et',
      'Républicain ; Groupe Union pour le Pas-de-Calais  ; Non-inscrit)',
      'Contre : 0 voix ',
      'Abstentions : 2 voix (Groupe Union pour le Pas-de-Calais)',
      'Absent sans délégation de vote : 1 (Groupe Socialiste, Républicain et Citoyen )',
      '(Adopté)',
    ],
  },
  parseAttendance: {
    parse: (l) => parseAttendance(region(l)),
    lines: [
      'PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY',
      'Secrétaire : Mme Maryse DELASSUS',
      'Étaient présents : M. Jean-Claude LEROY, Mme Blandine DRAIN, M. Michel',
      'DAGBERT, Mme Fatima AIT-',
      'CHIKHEBBIH, M. Ludovic PAJOT.',
      'Excusé(s) : Mme Karine GAUTHIER, M. Jean-Louis COTTIGNY',
      'Absent(s) : M. Laurent DUPORGE. ',
      'Assistant également sans voix délibérative :  Mme Emmanuelle LEVEUGLE, M. Michel',
      'PARTICIPATION DE L\'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ',
    ],
  },
  parseVisas: {
    parse: (l) => parseVisas(region(l)),
    lines: [
      'Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14, L.3211-1 ;',
      'Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 « Délégation',
      'd’attributions à la Commission Permanente » ;',
      'Vu l’avis de la 3ème commission « Education, Culture, Sport et Citoyenneté » rendu lors de sa réunion en date du 05/09/2022 ;',
      'Vu l’arrêté NOR : SSAA1921317A du 19 janvier 2019 ;',
      'Après en avoir informé la 1ère commission « Attractivité départementale et Emploi »',
    ],
  },
  parseDeclarations: {
    parse: (l) => parseDeclarations(region(l)),
    lines: [
      'Vu le rapport du Président du Conseil départemental, ci-annexé ;',
      'Madame Florence WOZNY et M. Jean-Claude DISSAUX, intéressés à l’affaire, n’ont pris part ni',
      'au débat, ni au vote.',
      'Monsieur Bruno COUSEIN, intéressé à l’affaire et excusé, n’a pas donné de délégation de',
      'vote pour ce rapport.',
    ],
  },
  parseArticles: {
    parse: (l) => parseArticles(region(l), []),
    lines: [
      'Article 1 : D’attribuer 15 subventions pour un montant de 18 998,50 € en application de l’article 2',
      ' Article 2     :',
      'La  dépense  versée  en  application  de  l’article  1  de  la  présente  délibération  est',
      '- 1 994 493,58 au titre des participations, des articles 1 à 3 du Code',
    ],
  },
  parseImputationTables: {
    parse: (l) => parseImputationTables(region(l)),
    // 000 L64–79.
    lines: [
      'imputée sur le budget départemental comme suit :',
      'Code',
      'Opération',
      'Imputation',
      'Budgétaire',
      'Libellé Opération CP € Dépense €',
      'C03-221J02 204311/91221',
      'Informatique subventions',
      'La 1',
      '150 000,00 150 000,00',
    ],
  },
  parseAnnexTables: {
    parse: (l) => parseAnnexTables(region(l)),
    // 003 L4903–4950.
    lines: [
      'Musique 2 900,00 € 30%                               870 € ',
      'Musique 1 600,00 € 30%                               480 € ',
      'TOTAL GENERAL DIFFUSION DE ',
      '14 570 €                        ',
      '   10 dossiers sous total Musique 10 290 €                        ',
      '    2 dossiers sous total Danse 1 260 €                          ',
      'Total 3.9.1.1 185 139 110,24 82 248,53 59,12% 54 832,34 2 029,37',
    ],
  },
  parseSignature: {
    parse: (l) => parseSignature(region(l)),
    lines: ['LE PRESIDENT DU CONSEIL DEPARTEMENTAL,', 'Jean-Claude LEROY', 'ARRAS, le 21 mars 2022 ', 'Pour le Président du Conseil départemental,', 'Signé '],
  },
  parseOpinions: {
    parse: (l) => parseOpinions(region(l)),
    lines: [
      'La 2ème Commission - Solidarités Humaines a émis un avis favorable sur ce rapport lors de sa',
      'réunion du 07/03/2022.',
      'Ce rapport a été présenté pour information à la 1ère Commission - Attractivité départementale et',
      'emploi du 07/03/2022.',
    ],
  },
  'findDates (dates in prose)': {
    parse: (l) => l.map((t) => findDates(t)),
    lines: ['ARRAS, le 1er avril 2022', 'en date du 07 / 03 / 2022', 'le 21'],
  },
  'noiseMask, readSuppressions': {
    parse: (l) => [noiseMask(l), readSuppressions(l).suppresses('vote-total', 3)],
    lines: ['3 / 12', ' 736', 'CP20220321-12', '%% delibera-disable-next-line vote-total -- raison', '%% region'],
  },
};

/** The whole engine (segmentation, layouts, every parser, the rules) on 000 with a stamp on top. */
const DOCUMENT = [' Envoi au contrôle de légalité le : 4 avril 2022', 'Affichage le : 4 avril 2022', '', ...corpus('000').split('\n')];
const LANDMARK = /^\s*(?:Envoi|Affichage|DEPARTEMENT|DELIBERATION|REUNION|PRESIDENCE|Secrétaire|Étaient|Excusé|Assistant|\(N°|La Commission|Vu |Après|DECIDE|Article|La  dépense|C03|Dans les|Pour  :|Contre|Abstention|\(Adopté|LE PRESIDENT|ARRAS|Signé|RAPPORT|La \d|Je vous prie|SIGNE|CP20)/;
const DOCUMENT_PARSERS: Record<string, Parse> = {
  'segmentDossiers + layouts': (l) => {
    const spans = segmentDossiers(l);
    return spans.map((s) => {
      const layout = layoutDossier(l, s.start, s.end);
      return [layoutDeliberation(l, layout.deliberation), layout.reports.map((r) => layoutReport(l, r))];
    });
  },
  'analyze (every rule)': (l) => analyzeAll(l.join('\n')),
};
/** What a whole analysis keeps at every size of the filler: one dossier, the same diagnostics, every range in the document. */
const DOCUMENT_EXPECT: Record<string, Expect> = {
  'analyze (every rule)': {
    same: (a) => ({ dossiers: (a as Analysis).result.dossiers.length, codes: (a as Analysis).result.diagnostics.map((d) => d.code) }),
    check: (a, l) => [
      ...((a as Analysis).result.dossiers.length === 1 ? [] : [`${(a as Analysis).result.dossiers.length} dossiers`]),
      ...invariantViolations(l.join('\n'), a as Analysis),
    ],
  },
};
const DOCUMENT_FILLERS = ['spaces', 'M. repeated', '« unclosed', 'blanks then U+2028'];
/** The whole engine is slower per call: 200 000 characters for two fillers, 20 000 for the others. */
const DOCUMENT_SIZES: Record<string, number[]> = { spaces: ALL_SIZES, 'M. repeated': ALL_SIZES };

/** Parser runs and characters fed, for the record (docs/reliability.md). */
const tally = { runs: 0, characters: 0, lines: 0 };

function lengthened(lines: string[], at: number, tail: string): string[] {
  const out = lines.slice();
  out[at] = out[at] + tail;
  return out;
}

/** The result with its texts and numbers masked: keys, list lengths and flags are what the parser read. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return 's';
  if (typeof value === 'number') return 0;
  if (Array.isArray(value)) return value.map(shape);
  if (value instanceof Set || value instanceof Map) return `${value.constructor.name}(${value.size})`;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, shape((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** A filler made of the items of the block's own list: each unit adds one item. */
interface Items {
  /** Characters per item of the filler. */
  unit: number;
  count: (result: unknown) => number;
}

interface Expect {
  /** The filler is made of the items of the block's own list. */
  items?: Items;
  /** What must also be the same at every size, beyond the shape (say, the diagnostics' codes). */
  same?: (result: unknown) => unknown;
  /** Further problems of one result (say, the range invariants of a whole analysis). */
  check?: (result: unknown, lines: string[]) => string[];
}

/**
 * `parse` on `at`'s line lengthened by `filler` at growing sizes. A problem string when a run
 * throws, puts a range outside the lines, gives two results for one input, or reads a different
 * block at another size (the result's shape changes, or a list of `items` does not grow by
 * exactly one item per unit added).
 */
function sameAtEverySize(parse: Parse, lines: string[], at: number, filler: (n: number) => string, sizes = ALL_SIZES, expected: Expect = {}): string | undefined {
  const { items, same, check } = expected;
  let first: { shape: string; same: string; count: number; units: number; n: number } | undefined;
  for (const n of sizes) {
    const tail = filler(n);
    const damaged = lengthened(lines, at, tail);
    let result: unknown;
    try {
      result = parse(damaged);
    } catch (error) {
      return `${n}: throws ${String(error)}`;
    }
    tally.runs++;
    tally.lines++;
    tally.characters += damaged[at].length;
    for (const { path, range } of rangesIn(result)) {
      const problem = rangeProblem(range, damaged);
      if (problem) return `${n}: ${path}: ${problem}`;
    }
    const more = check?.(result, damaged) ?? [];
    if (more.length > 0) return `${n}: ${more.slice(0, 3).join('; ')}`;
    const own = JSON.stringify(shape(result));
    const alike = JSON.stringify(same?.(result) ?? null);
    if (first === undefined) {
      // The same input twice gives the same result (the smallest size: the cheapest to run again).
      tally.runs++;
      if (JSON.stringify(parse(damaged)) !== JSON.stringify(result)) return `${n}: two results for one input`;
      first = { shape: own, same: alike, count: items?.count(result) ?? 0, units: tail.length / (items?.unit ?? 1), n };
      continue;
    }
    if (alike !== first.same) return `${first.n} → ${n}: ${first.same} → ${alike}`;
    if (own === first.shape) continue;
    if (items) {
      const grown = items.count(result) - first.count;
      const added = tail.length / items.unit - first.units;
      if (grown === added) continue;
      return `${first.n} → ${n}: ${grown} items more for ${added} units more`;
    }
    return `${first.n} → ${n}: the result's shape changes`;
  }
  return undefined;
}

describe('pathological lines in every block parser (the same reading at every size)', () => {
  afterAll(() => {
    console.info(`pathological lines: ${tally.lines} lines tried (${(tally.characters / 1e6).toFixed(1)} M characters), ${tally.runs} parser runs`);
  });

  for (const [name, block] of Object.entries(BLOCKS)) {
    it(name, () => {
      const problems: string[] = [];
      // The filler lengthens each line in turn, and also stands alone as a line of its own.
      const variants: { lines: string[]; at: number }[] = block.lines.map((_, at) => ({ lines: block.lines, at }));
      variants.push({ lines: [...block.lines.slice(0, 2), '', ...block.lines.slice(2)], at: 2 });
      expect(() => block.parse(block.lines)).not.toThrow();
      for (const { lines, at } of variants) {
        for (const [fillerName, filler] of Object.entries(FILLERS)) {
          const problem = sameAtEverySize(block.parse, lines, at, filler, sizesOf(fillerName), { items: ITEMS[name]?.[fillerName] });
          if (problem) problems.push(`line ${at} «${lines[at].slice(0, 30)}» + ${fillerName}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  for (const [name, parse] of Object.entries(DOCUMENT_PARSERS)) {
    it(`${name}, filler after each landmark line of a whole dossier`, () => {
      const problems: string[] = [];
      // The first line of each kind of landmark (a second `Vu` line adds nothing).
      const kinds = new Map<string, number>();
      DOCUMENT.forEach((text, i) => {
        const m = LANDMARK.exec(text);
        if (m && !kinds.has(m[0].trim())) kinds.set(m[0].trim(), i);
      });
      const landmarks = [...kinds.values()];
      expect(landmarks.length).toBeGreaterThan(25);
      for (const at of landmarks) {
        for (const fillerName of DOCUMENT_FILLERS) {
          const problem = sameAtEverySize(parse, DOCUMENT, at, FILLERS[fillerName], DOCUMENT_SIZES[fillerName] ?? SIZES, DOCUMENT_EXPECT[name]);
          if (problem) problems.push(`line ${at} «${DOCUMENT[at].slice(0, 30)}» + ${fillerName}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    }, 60_000); // a few seconds of whole analyses, slower on a loaded machine
  }

  it('the attack recheck built against the former meeting pattern reads the same dossier at every size', () => {
    // `^\s*R[EÉ]UNION DU\s+(.*?)\s*$` (patterns.ts) was cubic: in a report's meeting line (000 L115),
    // `REUNION DU\t` + 1 600 spaces + `R` + 1 600 tabs + U+2028 cost 7.8 s. Its time at 2 000, 20 000
    // and 200 000 characters is measured by `npm run bench`.
    const lines = corpus('000').split('\n');
    expect(lines[114]).toBe('REUNION DU 27 SEPTEMBRE 2022');
    lines[114] = 'REUNION DU\t';
    const parse: Parse = (l) => buildDossier(l, 0);
    expect(sameAtEverySize(parse, lines, 114, FILLERS['blanks then U+2028'], ALL_SIZES)).toBeUndefined();
  });
});
