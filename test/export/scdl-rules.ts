/**
 * The rules of the SCDL « Délibérations » 2.1.5 schema, as Validata applies them, for the tests to
 * validate produced CSV. Source: schema.data.gouv.fr, scdl/deliberations 2.1.5
 * (github.com/datagouv/schema.data.gouv.fr, site/scdl/deliberations/2.1.5/documentation.md), and
 * Validata's custom checks (the `custom_checks` of gitlab.com/opendatafrance/scdl/deliberations
 * schema.json, as Validata's documentation quotes them):
 *
 * - COLL_NOM, COLL_SIRET, DELIB_ID, DELIB_DATE, DELIB_MATIERE_CODE, DELIB_MATIERE_NOM, DELIB_OBJET:
 *   « Valeur obligatoire »; the others « Valeur optionnelle ».
 * - COLL_SIRET « Motif : `^\d{14}$` ».
 * - DELIB_DATE, PREF_DATE « Type : date » (AAAA-MM-JJ, ISO 8601).
 * - DELIB_MATIERE_CODE « Motif : `^\d\.\d{1,2}$` », « '1.1' à '1.7', '2.1' à '2.3', '3.1' à '3.6',
 *   '4.1' à '4.5', '5.1' à '5.8', '6.1' à '6.5', '7.1' à '7.10', '8.1' à 8.9', '9.1' à '9.4' ».
 * - DELIB_MATIERE_NOM, `nomenclature-actes-value`: a `/`, the level-1 title before it among the nine
 *   (case and accents aside), no space before or after the slash.
 * - BUDGET_ANNEE « Motif : `^[0-9]{4}(\/[0-9]{4})?$` », `year-interval-value` (second year > first).
 * - `cohesive-columns-value` { column: BUDGET_ANNEE, othercolumns: [BUDGET_NOM] }: both or neither.
 * - VOTE_EFFECTIF … VOTE_ABSTENTION « Type : nombre entier ».
 * - `sum-columns-value` { column: VOTE_REEL, columns: [VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION] },
 *   skipped when a cell is empty.
 * - `compare-columns-value` { column: PREF_DATE, op: ">=", column2: DELIB_DATE }, skipped when a cell is empty.
 * - DELIB_URL « format `uri` ».
 */

export const FIELDS = [
  'COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET',
  'BUDGET_ANNEE', 'BUDGET_NOM', 'PREF_ID', 'PREF_DATE',
  'VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION', 'DELIB_URL',
];

const REQUIRED = FIELDS.slice(0, 7);
const INTEGERS = ['VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'];
const LEVEL_1 = [
  'Commande publique', 'Urbanisme', 'Domaine et patrimoine', 'Fonction publique', 'Institutions et vie politique',
  'Libertés publiques et pouvoirs de police', 'Finances locales', 'Domaines de compétences par thèmes', 'Autres domaines de compétences',
].map(norm);
const LEVEL_2_COUNTS: Record<string, number> = { 1: 7, 2: 3, 3: 6, 4: 5, 5: 8, 6: 5, 7: 10, 8: 9, 9: 4 };

export interface RuleError {
  row: number;
  field: string;
  rule: string;
}

function norm(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isUri(text: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** Every rule a row of strings (as read from the CSV) breaks. `requireAll`: the required fields must be filled too. */
export function ruleErrors(rows: readonly Record<string, string>[], requireAll = true): RuleError[] {
  const errors: RuleError[] = [];
  rows.forEach((row, index) => {
    const fail = (field: string, rule: string) => errors.push({ row: index, field, rule });
    for (const field of FIELDS) if (!(field in row)) fail(field, 'missing-column');
    if (requireAll) for (const field of REQUIRED) if (row[field] === '') fail(field, 'required');
    const v = (field: string) => row[field] ?? '';
    if (v('COLL_SIRET') !== '' && !/^\d{14}$/.test(v('COLL_SIRET'))) fail('COLL_SIRET', 'pattern');
    for (const field of ['DELIB_DATE', 'PREF_DATE']) if (v(field) !== '' && !isIsoDate(v(field))) fail(field, 'date');
    const code = v('DELIB_MATIERE_CODE');
    if (code !== '') {
      const match = /^(\d)\.(\d{1,2})$/.exec(code);
      if (!match || Number(match[2]) < 1 || Number(match[2]) > (LEVEL_2_COUNTS[match[1]] ?? 0)) fail('DELIB_MATIERE_CODE', 'pattern');
    }
    const name = v('DELIB_MATIERE_NOM');
    if (name !== '') {
      const slash = name.indexOf('/');
      if (slash < 0 || !LEVEL_1.includes(norm(name.slice(0, slash))) || /\s\/|\/\s/.test(name)) fail('DELIB_MATIERE_NOM', 'nomenclature-actes-value');
    }
    const year = v('BUDGET_ANNEE');
    if (year !== '') {
      const match = /^([0-9]{4})(?:\/([0-9]{4}))?$/.exec(year);
      if (!match || (match[2] !== undefined && Number(match[2]) <= Number(match[1]))) fail('BUDGET_ANNEE', 'year-interval-value');
    }
    if ((v('BUDGET_ANNEE') === '') !== (v('BUDGET_NOM') === '')) fail('BUDGET_NOM', 'cohesive-columns-value');
    for (const field of INTEGERS) if (v(field) !== '' && !/^-?\d+$/.test(v(field))) fail(field, 'integer');
    const sides = ['VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'];
    if ([v('VOTE_REEL'), ...sides.map(v)].every((cell) => cell !== '') && Number(v('VOTE_REEL')) !== sides.reduce((sum, field) => sum + Number(v(field)), 0)) {
      fail('VOTE_REEL', 'sum-columns-value');
    }
    if (v('PREF_DATE') !== '' && v('DELIB_DATE') !== '' && v('PREF_DATE') < v('DELIB_DATE')) fail('PREF_DATE', 'compare-columns-value');
    if (v('DELIB_URL') !== '' && !isUri(v('DELIB_URL'))) fail('DELIB_URL', 'uri');
  });
  return errors;
}

/** RFC 4180: records of fields, quoted fields with doubled quotes, CRLF (or LF) line ends. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') continue;
    else if (char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** The CSV's rows as objects keyed by the header; throws when the header is not the schema's. */
export function csvRows(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  if (JSON.stringify(header) !== JSON.stringify(FIELDS)) throw new Error(`header ${JSON.stringify(header)}`);
  return records.map((record) => {
    if (record.length !== FIELDS.length) throw new Error(`record of ${record.length} fields: ${JSON.stringify(record)}`);
    return Object.fromEntries(FIELDS.map((field, index) => [field, record[index]]));
  });
}
