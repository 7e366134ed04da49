// Linear time on extreme input, for `npm run bench` (called from bench/run.mjs). The tests run the
// same inputs and assert their results (test/fuzz/extremes.test.ts, test/regex/pathological.test.ts,
// test/grammar/tokenize.test.ts); the times live here, as figures and ratios against the bounds
// those tests used to apply. A bound not met is printed « not met » and recorded in
// bench/results.json under `linearity`; it never fails the run.
//
// The whole analysis comes from dist/engine.js, as in run.mjs. The block parsers are not exported
// by it: they are bundled from engine/ with esbuild (the bundler of dist/) into a temporary file.
// The grammar is loaded with vscode-textmate and vscode-oniguruma, as VS Code and the tests do.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, ms } from './stats.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);
const { createAnalyzer, documentSymbols, foldingRanges } = require('../dist/engine.js');

/** The bounds the tests applied (their names and values), now measured here. */
export const BOUNDS = {
  // extremes.test.ts: a 2 MB input's time per KB ≤ 20× the corpus's.
  extremeVsCorpus: 20,
  // pathological.test.ts: a size ×10 may cost ×GROWTH and the filler ×RATIO the prose of the same
  // length (super-linear only when both break); beyond ×HARD the prose whatever the growth; below
  // FLOOR_MS timings are noise.
  growth: 20,
  ratio: 30,
  hard: 200,
  floorMs: 5,
  // tokenize.test.ts: a 20 000-character hostile line ≤ 12× the 5 000-character one (floor 10 ms).
  grammarGrowth: 12,
  grammarFloorMs: 10,
};

const corpusDir = new URL('test/fixtures/corpus/', root);
const CORPUS = ['000_8d5666818704f46d.txt', '001_31979806140e0f38.txt', '002_1db52241779bf69e.txt', '003_b2bb4981e98d102e.txt', '004_1dc4fcee360ef1bf.txt'];
const corpus = (k) => readFileSync(new URL(CORPUS[k], corpusDir), 'utf8');

/** Everything the editor computes on open, as test/fuzz/support.ts's analyzeAll. */
function analyzeAll(text) {
  const result = createAnalyzer().analyze(text, { uri: 'file:///fuzz.txt' });
  return { result, symbols: documentSymbols(result.dossiers, 'fr'), folding: foldingRanges(result.dossiers, result.lines) };
}

// ── 2 MB extreme inputs (test/fuzz/extremes.test.ts) ─────────────────────────────────────────

const TARGET = 2_000_000;
const DOSSIER = corpus(0).split('\n');
const EXTREME_LANDMARK = /^\s*(?:DEPARTEMENT|DELIBERATION|REUNION|PRESIDENCE|Secrétaire|Étaient|Excusé|Assistant|\(N°|La Commission|Vu |Après|DECIDE|Article|La  dépense|Code|Libellé|C03|Dans les|Pour  :|Contre|Abstention|\(Adopté|LE PRESIDENT|ARRAS|Signé|RAPPORT|REUNION|La \d|Je vous prie|SIGNE|CP20|\d[\d ]*,\d\d)/;
const LANDMARKS = DOSSIER.map((text, i) => (EXTREME_LANDMARK.test(text) ? i : -1)).filter((i) => i >= 0);

const LONG_FILLERS = [
  (n) => ' '.repeat(n) + 'x',
  (n) => '\t'.repeat(n),
  (n) => '1'.repeat(n),
  (n) => '1 000,00 '.repeat(n / 9),
  (n) => 'M. '.repeat(n / 3),
  (n) => '« '.repeat(n / 2),
  (n) => 'Vu '.repeat(n / 3),
  (n) => 'Mme Jeanne DUPONT, '.repeat(n / 19),
  (n) => '(Groupe ; '.repeat(n / 10),
  (n) => 'TOTAL 1 000 € '.repeat(n / 14),
  (n) => ' '.repeat(n / 2) + 'R' + '\t'.repeat(n / 2) + '\u2028x',
];

const repeatTo = (unit, size = TARGET) => unit.repeat(Math.ceil(size / unit.length));

function longLines() {
  const copies = [];
  let size = 0;
  for (let k = 0; size < TARGET; k++) {
    const lines = DOSSIER.slice();
    for (const j of [2 * k, 2 * k + 1]) lines[LANDMARKS[j % LANDMARKS.length]] += LONG_FILLERS[j % LONG_FILLERS.length](20_000);
    const text = lines.join('\n');
    copies.push(text);
    size += text.length;
  }
  return copies.join('\n');
}

function hugeNumbers() {
  const digits = '9'.repeat(50_000);
  const one = corpus(0)
    .replace('Pour  :  43', `Pour  :  ${digits}`)
    .replace('Contre : 0', `Contre : ${digits}`)
    .replace('150 000,00 150 000,00', `${digits},00 ${digits}`)
    .replace('(N°2022-372)', `(N°${digits}-372)`)
    .replace('RAPPORT N°53', `RAPPORT N°${digits}`)
    .replace('REUNION DU 27 SEPTEMBRE 2022', `REUNION DU 27 SEPTEMBRE ${digits}`);
  return repeatTo(one + '\n');
}

function hugeBlocks() {
  const block = (unit) => repeatTo(unit, TARGET / 5).split('\n').slice(0, -1);
  const lines = DOSSIER.slice();
  const insert = (find, extra) => lines.splice(lines.findIndex((l) => find.test(l)) + 1, 0, ...extra);
  insert(/^RAPPORT N°53/, block('TOTAL 1 000 €\n'));
  insert(/^Pour  :/, block('Pour : 44 voix (Groupe ; Groupe)\n'));
  insert(/^Libellé Opération/, block('C03-221J02 6574//93311 Subvention 18 998,50 18 998,50\n'));
  insert(/^Vu /, block('Vu le code général des collectivités territoriales ;\n'));
  insert(/^Étaient/, block('M. Jean DUPONT, Mme Jeanne DURAND,\n'));
  return lines.join('\n');
}

function binary() {
  let seed = 42;
  const chars = [];
  for (let i = 0; i < TARGET / 4; i++) {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    chars.push(String.fromCharCode(seed >>> 24));
  }
  return repeatTo(chars.join(''));
}

const EXTREMES = {
  '20 000-character lines in every block (2 per dossier copy)': longLines,
  '50 000-digit numbers in votes, tables, numbers and dates': hugeNumbers,
  'thousands of lines in one vote block, name list, visa block, table and annex': hugeBlocks,
  'a file of only `Vu ` lines': () => repeatTo('Vu \n'),
  'a file of only `TOTAL` lines': () => repeatTo('TOTAL\n'),
  'binary content': binary,
  'one 2 MB line of prose, no line break': () => repeatTo('D’attribuer les subventions, pour un montant total de 14 570 €, aux bénéficiaires '),
};

/** Each input's median time per KB against the corpus's (all five files), measured in this run. */
function measureExtremes(runs) {
  const all = CORPUS.map((_, k) => corpus(k)).join('\n');
  const kb = (text) => text.length / 1024;
  const corpusStats = measure(() => analyzeAll(all), { warmup: 1, runs });
  const corpusRate = corpusStats.median / kb(all);
  const inputs = {};
  for (const [name, make] of Object.entries(EXTREMES)) {
    const text = make();
    const stats = measure(() => analyzeAll(text), { warmup: 1, runs });
    const rate = stats.median / kb(text);
    inputs[name] = { kb: kb(text), ms: stats.median, msPerKB: rate, vsCorpus: rate / corpusRate, met: rate / corpusRate <= BOUNDS.extremeVsCorpus };
  }
  return { runs, corpus: { kb: kb(all), ms: corpusStats.median, msPerKB: corpusRate }, inputs, met: Object.values(inputs).every((i) => i.met) };
}

// ── Pathological lines (test/regex/pathological.test.ts) ─────────────────────────────────────

const SIZES = [2_000, 20_000];
const ALL_SIZES = [2_000, 20_000, 200_000];
const LONGEST = new Set(['spaces', 'digits', 'digit groups', 'M. repeated', '« unclosed', 'Vu repeated']);
const sizesOf = (filler) => (LONGEST.has(filler) ? ALL_SIZES : SIZES);

const FILLERS = {
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
const prose = (n) => 'D’attribuer les subventions, pour un montant total de 14 570 €, aux bénéficiaires '.repeat(n / 84 + 1).slice(0, n);

/** Each block parser with a block as the corpus writes it (the test's blocks). */
const blocksOf = (P, region) => ({
  parseVote: {
    parse: (l) => P.parseVote(region(l)),
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
    parse: (l) => P.parseAttendance(region(l)),
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
    parse: (l) => P.parseVisas(region(l)),
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
    parse: (l) => P.parseDeclarations(region(l)),
    lines: [
      'Vu le rapport du Président du Conseil départemental, ci-annexé ;',
      'Madame Florence WOZNY et M. Jean-Claude DISSAUX, intéressés à l’affaire, n’ont pris part ni',
      'au débat, ni au vote.',
      'Monsieur Bruno COUSEIN, intéressé à l’affaire et excusé, n’a pas donné de délégation de',
      'vote pour ce rapport.',
    ],
  },
  parseArticles: {
    parse: (l) => P.parseArticles(region(l), []),
    lines: [
      'Article 1 : D’attribuer 15 subventions pour un montant de 18 998,50 € en application de l’article 2',
      ' Article 2     :',
      'La  dépense  versée  en  application  de  l’article  1  de  la  présente  délibération  est',
      '- 1 994 493,58 au titre des participations, des articles 1 à 3 du Code',
    ],
  },
  parseImputationTables: {
    parse: (l) => P.parseImputationTables(region(l)),
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
    parse: (l) => P.parseAnnexTables(region(l)),
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
    parse: (l) => P.parseSignature(region(l)),
    lines: ['LE PRESIDENT DU CONSEIL DEPARTEMENTAL,', 'Jean-Claude LEROY', 'ARRAS, le 21 mars 2022 ', 'Pour le Président du Conseil départemental,', 'Signé '],
  },
  parseOpinions: {
    parse: (l) => P.parseOpinions(region(l)),
    lines: [
      'La 2ème Commission - Solidarités Humaines a émis un avis favorable sur ce rapport lors de sa',
      'réunion du 07/03/2022.',
      'Ce rapport a été présenté pour information à la 1ère Commission - Attractivité départementale et',
      'emploi du 07/03/2022.',
    ],
  },
  'findDates (dates in prose)': {
    parse: (l) => l.map((t) => P.findDates(t)),
    lines: ['ARRAS, le 1er avril 2022', 'en date du 07 / 03 / 2022', 'le 21'],
  },
  'noiseMask, readSuppressions': {
    parse: (l) => [P.noiseMask(l), P.readSuppressions(l).suppresses('vote-total', 3)],
    lines: ['3 / 12', ' 736', 'CP20220321-12', '%% delibera-disable-next-line vote-total -- raison', '%% region'],
  },
});

const DOCUMENT = [' Envoi au contrôle de légalité le : 4 avril 2022', 'Affichage le : 4 avril 2022', '', ...DOSSIER];
const DOCUMENT_LANDMARK = /^\s*(?:Envoi|Affichage|DEPARTEMENT|DELIBERATION|REUNION|PRESIDENCE|Secrétaire|Étaient|Excusé|Assistant|\(N°|La Commission|Vu |Après|DECIDE|Article|La  dépense|C03|Dans les|Pour  :|Contre|Abstention|\(Adopté|LE PRESIDENT|ARRAS|Signé|RAPPORT|La \d|Je vous prie|SIGNE|CP20)/;
const DOCUMENT_FILLERS = ['spaces', 'M. repeated', '« unclosed', 'blanks then U+2028'];
const DOCUMENT_SIZES = { spaces: ALL_SIZES, 'M. repeated': ALL_SIZES };

/** The engine's internal parsers, bundled from its sources (dist/engine.js exports only the analyzer). */
async function loadParsers() {
  const names = {
    'blocks/deliberation-layout': ['layoutDeliberation'],
    'blocks/dossier-layout': ['layoutDossier'],
    'blocks/report-layout': ['layoutReport'],
    'dossiers/segment': ['segmentDossiers'],
    'model/annex-tables': ['parseAnnexTables'],
    'model/articles': ['parseArticles'],
    'model/attendance': ['parseAttendance'],
    'model/declarations': ['parseDeclarations'],
    'model/dossier': ['buildDossier'],
    'model/imputation-tables': ['parseImputationTables'],
    'model/opinions': ['parseOpinions'],
    'model/signature': ['parseSignature'],
    'model/visas': ['parseVisas'],
    'model/vote': ['parseVote'],
    'text/dates': ['findDates'],
    'text/directives': ['readSuppressions'],
    'text/noise': ['noiseMask'],
    'text/region': ['regionOf'],
  };
  const contents = Object.entries(names).map(([path, list]) => `export { ${list.join(', ')} } from './engine/${path}';`).join('\n');
  const bundle = await build({
    stdin: { contents, resolveDir: new URL('.', root).pathname, sourcefile: 'linearity-parsers.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const dir = mkdtempSync(join(tmpdir(), 'delibera-linearity-'));
  try {
    const file = join(dir, 'parsers.cjs');
    writeFileSync(file, bundle.outputFiles[0].contents);
    return require(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function lengthened(lines, at, tail) {
  const out = lines.slice();
  out[at] = out[at] + tail;
  return out;
}

function timeOnce(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Best of three runs: the least disturbed by the rest of the machine (the test stopped at the first under its bound). */
function best(fn) {
  let min = Infinity;
  for (let k = 0; k < 3; k++) min = Math.min(min, timeOnce(fn));
  return min;
}

/**
 * One parser on its lines, each line lengthened in turn by each filler at growing sizes, each
 * timed against the same line lengthened by as much prose. The test's bound per size: within
 * ×RATIO the prose or ×GROWTH the previous size, and never beyond ×HARD the prose.
 */
function measureParser(parse, cases) {
  const { growth, ratio, hard, floorMs } = BOUNDS;
  const floor = (t) => Math.max(t, floorMs);
  const baselines = new Map();
  const baseline = (lines, at, n) => {
    const key = `${lines.length}:${at}:${lines[at]}:${n}`;
    let t = baselines.get(key);
    if (t === undefined) {
      const long = lengthened(lines, at, prose(n));
      parse(long);
      baselines.set(key, (t = best(() => parse(long))));
    }
    return t;
  };
  let tried = 0;
  let slowest;
  let worst;
  const over = [];
  for (const { lines, at, filler, sizes } of cases) {
    parse(lengthened(lines, at, FILLERS[filler](sizes[0]))); // warm-up: the first call pays the JIT
    let previous;
    for (const n of sizes) {
      const base = baseline(lines, at, n);
      const damaged = lengthened(lines, at, FILLERS[filler](n));
      const bound = Math.min(hard * floor(base), Math.max(ratio * floor(base), previous === undefined ? Infinity : growth * floor(previous)));
      const t = best(() => parse(damaged));
      tried++;
      const entry = { line: at, text: lines[at].slice(0, 30), filler, size: n, ms: t, proseMs: base, vsProse: t / floor(base), vsPrevious: previous === undefined ? undefined : t / floor(previous) };
      if (!slowest || t > slowest.ms) slowest = entry;
      if (!worst || entry.vsProse > worst.vsProse) worst = entry;
      if (t > bound) {
        over.push({ ...entry, boundMs: bound });
        break; // as the test: a super-linear line is not tried at the next size
      }
      previous = t;
    }
  }
  return { lines: tried, slowest, worst, over, met: over.length === 0 };
}

async function measurePathological() {
  const P = await loadParsers();
  const region = (l) => P.regionOf(l, 0, l.length - 1);
  const parsers = {};
  for (const [name, block] of Object.entries(blocksOf(P, region))) {
    const variants = block.lines.map((_, at) => ({ lines: block.lines, at }));
    variants.push({ lines: [...block.lines.slice(0, 2), '', ...block.lines.slice(2)], at: 2 });
    const cases = variants.flatMap(({ lines, at }) => Object.keys(FILLERS).map((filler) => ({ lines, at, filler, sizes: sizesOf(filler) })));
    parsers[name] = measureParser(block.parse, cases);
  }
  const kinds = new Map();
  DOCUMENT.forEach((text, i) => {
    const m = DOCUMENT_LANDMARK.exec(text);
    if (m && !kinds.has(m[0].trim())) kinds.set(m[0].trim(), i);
  });
  const documentCases = [...kinds.values()].flatMap((at) => DOCUMENT_FILLERS.map((filler) => ({ lines: DOCUMENT, at, filler, sizes: DOCUMENT_SIZES[filler] ?? SIZES })));
  parsers['segmentDossiers + layouts'] = measureParser((l) => P.segmentDossiers(l).map((s) => {
    const layout = P.layoutDossier(l, s.start, s.end);
    return [P.layoutDeliberation(l, layout.deliberation), layout.reports.map((r) => P.layoutReport(l, r))];
  }), documentCases);
  parsers['analyze (every rule)'] = measureParser((l) => createAnalyzer().analyze(l.join('\n')), documentCases);
  // The attack recheck built against the former meeting pattern (000 L115, once 7.8 s).
  const meeting = DOSSIER.slice();
  meeting[114] = 'REUNION DU\t';
  parsers['buildDossier, the former cubic meeting line'] = measureParser((l) => P.buildDossier(l, 0), [{ lines: meeting, at: 114, filler: 'blanks then U+2028', sizes: ALL_SIZES }]);
  return { parsers, met: Object.values(parsers).every((p) => p.met) };
}

// ── Hostile lines through the grammar (test/grammar/tokenize.test.ts) ────────────────────────

async function measureGrammar() {
  const oniguruma = require('vscode-oniguruma');
  const textmate = require('vscode-textmate');
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const grammarPath = new URL('syntaxes/deliberation.tmLanguage.json', root);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (scope === 'text.deliberation' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath.pathname) : null),
  });
  const grammar = await registry.loadGrammar('text.deliberation');
  const hostile = ['1 ', '1 234', '«', '.', 'Jean ', '- ', 'A', '; ', 'Jean-', '12/', 'C03-', 'n°', 'L.', '1,', '€1 ', '9', ' ', '0,', '1.000', '9999/', 'M. ', '(Groupe ', '"a', 'Abc DEF '];
  const prefixes = ['', 'Vu ', 'Étaient présents : ', 'Pour : ', '%% delibera-disable ', 'DEPARTEMENT DU '];
  const { grammarGrowth, grammarFloorMs } = BOUNDS;
  const tokenizeBest = (line) => {
    let min = Infinity;
    for (let run = 0; run < 3; run++) min = Math.min(min, timeOnce(() => grammar.tokenizeLine(line, null)));
    return min;
  };
  let slowest;
  let worst;
  const over = [];
  for (const prefix of prefixes) {
    for (const unit of hostile) {
      const line = (length) => prefix + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + 'x';
      const small = tokenizeBest(line(5_000));
      const large = tokenizeBest(line(20_000));
      const entry = { line: prefix + unit, ms5000: small, ms20000: large, growth: large / Math.max(small, grammarFloorMs) };
      if (!slowest || large > slowest.ms20000) slowest = entry;
      if (!worst || entry.growth > worst.growth) worst = entry;
      if (entry.growth > grammarGrowth) over.push(entry);
    }
  }
  return { lines: prefixes.length * hostile.length, slowest, worst, over, met: over.length === 0 };
}

// ── Entry points ─────────────────────────────────────────────────────────────────────────────

/** Every measure of this module: recorded under `linearity` in bench/results.json. */
export async function measureLinearity({ runs = 3 } = {}) {
  // A 2 MB input takes up to a few seconds: at most 5 runs each, whatever BENCH_RUNS says.
  const extremes = measureExtremes(Math.max(1, Math.min(runs, 5)));
  const pathological = await measurePathological();
  const grammar = await measureGrammar();
  return { bounds: BOUNDS, extremes, pathological, grammar, met: extremes.met && pathological.met && grammar.met };
}

const verdict = (met) => (met ? 'met' : 'not met');

export function printLinearity(l) {
  const { extremes, pathological, grammar } = l;
  console.log(`\nLinear time on extreme input (bench/linearity.mjs; the bounds the tests used to apply):\n`);
  console.log(`2 MB inputs, median of ${extremes.runs} runs, against the corpus (all five files, ${ms(extremes.corpus.msPerKB)} ms per KB):\n`);
  console.log(`| input | KB | ms | ms per KB | × corpus | ≤ ${BOUNDS.extremeVsCorpus}× |\n|---|---:|---:|---:|---:|---|`);
  for (const [name, i] of Object.entries(extremes.inputs)) console.log(`| ${name} | ${i.kb.toFixed(0)} | ${ms(i.ms)} | ${ms(i.msPerKB)} | ${i.vsCorpus.toFixed(2)} | ${verdict(i.met)} |`);
  console.log(`\nPathological lines, best of 3 runs against the same line lengthened by prose (bound: ×${BOUNDS.ratio} the prose or ×${BOUNDS.growth} the previous size, never ×${BOUNDS.hard} the prose; floor ${BOUNDS.floorMs} ms):\n`);
  console.log('| parser | lines | slowest line | ms | prose ms | × prose | worst × prose | bound |\n|---|---:|---|---:|---:|---:|---|---|');
  for (const [name, p] of Object.entries(pathological.parsers)) {
    const s = p.slowest;
    const w = p.worst;
    console.log(`| ${name} | ${p.lines} | L${s.line} + ${s.filler} × ${s.size} | ${ms(s.ms)} | ${ms(s.proseMs)} | ${s.vsProse.toFixed(2)} | ${w.vsProse.toFixed(2)} (L${w.line} + ${w.filler} × ${w.size}) | ${verdict(p.met)}${p.over.length ? ` (${p.over.length} over)` : ''} |`);
  }
  for (const [name, p] of Object.entries(pathological.parsers)) {
    for (const o of p.over) console.log(`over the bound: ${name}, L${o.line} ${JSON.stringify(o.text)} + ${o.filler} × ${o.size}: ${ms(o.ms)} ms > ${ms(o.boundMs)} ms (×${o.vsProse.toFixed(1)} the prose${o.vsPrevious === undefined ? '' : `, ×${o.vsPrevious.toFixed(1)} the previous size`})`);
  }
  const g = grammar;
  console.log(`\nGrammar, ${g.lines} hostile lines, 5 000 → 20 000 characters (best of 3; bound ×${BOUNDS.grammarGrowth}, floor ${BOUNDS.grammarFloorMs} ms): slowest ${JSON.stringify(g.slowest.line)} ${ms(g.slowest.ms5000)} → ${ms(g.slowest.ms20000)} ms; worst growth ×${g.worst.growth.toFixed(2)} (${JSON.stringify(g.worst.line)}, ${ms(g.worst.ms5000)} → ${ms(g.worst.ms20000)} ms): ${verdict(g.met)}${g.over.length ? ` (${g.over.length} over)` : ''}`);
  console.log(`\n| linearity bound | met |\n|---|---|`);
  console.log(`| 2 MB inputs ≤ ${BOUNDS.extremeVsCorpus}× the corpus time per KB | ${verdict(extremes.met)} |`);
  console.log(`| pathological lines linear in every parser | ${verdict(pathological.met)} |`);
  console.log(`| grammar: 20 000-character line ≤ ${BOUNDS.grammarGrowth}× the 5 000 one | ${verdict(grammar.met)} |`);
}
