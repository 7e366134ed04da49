/**
 * Issue 8: no line can make a block parser stall. Each parser gets its own block (as in the corpus)
 * with one line lengthened by a pathological filler — long runs of spaces, tabs, digits, `M. `
 * repeated, `« ` never closed, `Vu ` repeated, label-then-blanks strings of the kind recheck builds
 * as attacks — at 2 000 and 20 000 characters, and at 200 000 for the fillers the issue names,
 * each timed against the same line lengthened by as much ordinary prose (the linear baseline). A
 * quadratic parser fails at 20 000 characters, before the next size could make it hang.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
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
import { corpus } from '../fuzz/support';

/** Every filler runs at 2 000 then 20 000 characters, where a quadratic already shows (×100). */
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

/** Ordinary prose of the corpus (003 L4535), repeated: the linear baseline. */
const prose = (n: number) => 'D’attribuer les subventions, pour un montant total de 14 570 €, aux bénéficiaires '.repeat(n / 84 + 1).slice(0, n);

type Parse = (lines: string[]) => unknown;

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
  'analyze (every rule)': (l) => createAnalyzer().analyze(l.join('\n')),
};
const DOCUMENT_FILLERS = ['spaces', 'M. repeated', '« unclosed', 'blanks then U+2028'];
/** The whole engine is slower per call: 200 000 characters for two fillers, 20 000 for the others. */
const DOCUMENT_SIZES: Record<string, number[]> = { spaces: ALL_SIZES, 'M. repeated': ALL_SIZES };

/**
 * A size ×10 may cost ×GROWTH in time, and the filler may cost ×RATIO the prose of the same length;
 * a timing is super-linear only when it breaks both (a single one is often GC or JIT noise at these
 * scales; a quadratic breaks both by far). Beyond ×HARD the prose, it fails whatever the growth.
 * Below FLOOR_MS, timings are noise.
 */
const GROWTH = 20;
const RATIO = 30;
const HARD = 200;
const FLOOR_MS = 5;

/** Parser runs and characters fed, for the record (docs/reliability.md). */
const tally = { runs: 0, characters: 0, lines: 0 };

function time(fn: () => void, bound = 0): number {
  let best = Infinity;
  // Up to three tries, stopping once under the bound: the least disturbed run counts.
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    fn();
    tally.runs++;
    best = Math.min(best, performance.now() - start);
    if (best <= bound) break;
  }
  return best;
}

const baselines = new Map<Parse, Map<string, number>>();

/** The parser's time on the line lengthened by `n` characters of prose; measured once per line. */
function baseline(parse: Parse, lines: string[], at: number, n: number): number {
  let own = baselines.get(parse);
  if (!own) baselines.set(parse, (own = new Map()));
  const key = `${lines.length}:${at}:${lines[at]}:${n}`;
  let ms = own.get(key);
  if (ms === undefined) {
    const long = lengthened(lines, at, prose(n));
    parse(long);
    ms = time(() => parse(long));
    own.set(key, ms);
  }
  return ms;
}

function lengthened(lines: string[], at: number, tail: string): string[] {
  const out = lines.slice();
  out[at] = out[at] + tail;
  return out;
}

/**
 * `parse` on `at`'s line lengthened by `filler` at growing sizes, each against the same line
 * lengthened by prose (the linear baseline). A problem string when the time is not linear; the
 * next size is never tried after a failure, so a quadratic parser fails in seconds instead of hanging.
 */
function linearity(parse: Parse, lines: string[], at: number, filler: (n: number) => string, sizes = ALL_SIZES): string | undefined {
  parse(lengthened(lines, at, filler(sizes[0]))); // warm-up: the first call pays the JIT
  let previous: number | undefined;
  const times: string[] = [];
  for (const n of sizes) {
    const base = baseline(parse, lines, at, n);
    const damaged = lengthened(lines, at, filler(n));
    const bound = Math.min(
      HARD * Math.max(base, FLOOR_MS),
      Math.max(RATIO * Math.max(base, FLOOR_MS), previous === undefined ? Infinity : GROWTH * Math.max(previous, FLOOR_MS)),
    );
    const ms = time(() => parse(damaged), bound);
    tally.lines++;
    tally.characters += damaged[at].length;
    times.push(`${n}: ${ms.toFixed(1)} ms (prose ${base.toFixed(1)} ms)`);
    if (ms > bound) return `super-linear: ${times.join(', ')}`;
    previous = ms;
  }
  return undefined;
}

describe('pathological lines in every block parser (linear time)', () => {
  afterAll(() => {
    console.info(`pathological lines: ${tally.lines} lines tried (${(tally.characters / 1e6).toFixed(1)} M characters), ${tally.runs} timed parser runs`);
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
          const problem = linearity(block.parse, lines, at, filler, sizesOf(fillerName));
          if (problem) problems.push(`line ${at} «${lines[at].slice(0, 30)}» + ${fillerName}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    }, 120_000);
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
          const problem = linearity(parse, DOCUMENT, at, FILLERS[fillerName], DOCUMENT_SIZES[fillerName] ?? SIZES);
          if (problem) problems.push(`line ${at} «${DOCUMENT[at].slice(0, 30)}» + ${fillerName}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }

  it('the attack recheck built against the former meeting pattern now costs linear time', () => {
    // `^\s*R[EÉ]UNION DU\s+(.*?)\s*$` (patterns.ts) was cubic: in a report's meeting line (000 L115),
    // `REUNION DU\t` + 1 600 spaces + `R` + 1 600 tabs + U+2028 cost 7.8 s.
    const lines = corpus('000').split('\n');
    expect(lines[114]).toBe('REUNION DU 27 SEPTEMBRE 2022');
    lines[114] = 'REUNION DU\t';
    const parse: Parse = (l) => buildDossier(l, 0);
    expect(linearity(parse, lines, 114, FILLERS['blanks then U+2028'], ALL_SIZES)).toBeUndefined();
  });
});
