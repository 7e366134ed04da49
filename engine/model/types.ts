/**
 * The model of a deliberation file: what every rule and editor feature reads. Every element carries
 * the exact source range it was read from (0-based, LSP-shaped). Amounts are integer cents.
 */
import type { CalendarDate } from '../text/dates';
import type { Range } from '../text/lines';

export type { CalendarDate, Range };

export interface Located<T> {
  value: T;
  range: Range;
}

export interface DateRef {
  date: CalendarDate;
  text: string;
  range: Range;
}

// ── Amounts ──────────────────────────────────────────────────────────────────────────────────

export interface Amount {
  /** Exact value in cents (a safe integer). */
  cents: number;
  /** The text as written, e.g. `18 998,50 €`, `2.500 €`, `4 000 euros`. */
  text: string;
  range: Range;
  /** How it was written, so a fix can write a new figure the same way. */
  style: AmountStyle;
}

export interface AmountStyle {
  /** Thousands separator as written: ' ', '\u00a0', '\u202f', '.', or '' when none. */
  thousands: string;
  /** Decimal digits written (0 when none). */
  decimals: number;
  /** Currency as written: '' (none), '€' glued, ' €' spaced, ' euros'. */
  currency: string;
  /**
   * The figure is malformed but its value is certain (`150 000,,00`, `15 0000,00`, `1 20 000 €`,
   * `1.500,000`, `150 000.00`): `cents` is the intended value, and `formatAmount(cents, style)` writes
   * it well formed.
   */
  malformed?: boolean;
}

// ── Persons and attendance ───────────────────────────────────────────────────────────────────

export type Civility = 'M.' | 'Mme';

export interface Person {
  civility?: Civility;
  firstName: string;
  lastName: string;
  /** Identity key: civility removed, spaces collapsed, NFC, case-folded, accents kept. */
  key: string;
  /** The item as written, spaces collapsed (`Mme Fatima AIT-CHIKHEBBIH`). */
  text: string;
  range: Range;
}

export type AttendanceKind = 'present' | 'excused' | 'absent' | 'nonVoting' | 'excusedNonVoting';

export interface AttendanceList {
  kind: AttendanceKind;
  /** The label, e.g. `Étaient présents :`. */
  labelRange: Range;
  persons: Person[];
  range: Range;
}

// ── Visas ────────────────────────────────────────────────────────────────────────────────────

export type VisaKind =
  | 'code'
  | 'loi'
  | 'ordonnance'
  | 'decret'
  | 'arrete'
  | 'deliberation'
  | 'rapport'
  | 'avis'
  | 'informe'
  | 'reglement'
  | 'other';

export interface ActCitation {
  /** `Conseil départemental`, `Commission Permanente`, `Conseil Général`, `Conseil Régional…`. */
  body?: string;
  /** As written, spaces removed: `2021-257`, `5`. */
  number?: Located<string>;
  date?: DateRef;
  /** Text between « », if any. */
  title?: Located<string>;
}

export interface CommissionRef {
  /** 1 for `1ère`, 2 for `2ème`… */
  ordinal: number;
  name?: string;
  date?: DateRef;
  ordinalRange: Range;
}

export interface Visa {
  kind: VisaKind;
  /** The whole visa, lines joined and spaces collapsed. */
  text: string;
  range: Range;
  /** kind 'code': the code's name and the articles cited. */
  code?: { name: string; articles: string[] };
  /** kind 'loi' | 'ordonnance' | 'decret' | 'arrete' | 'deliberation': the act. */
  act?: ActCitation;
  /** kind 'avis' | 'informe' with a numbered commission. */
  commission?: CommissionRef;
}

export interface InterestDeclaration {
  /** Persons named, with the civility words of declarations (`Madame`, `Monsieur`, `M.`). */
  persons: Person[];
  /** `intéressé … et excusé, n'a pas donné de délégation de vote`. */
  excusedWithoutProxy: boolean;
  text: string;
  range: Range;
}

// ── Articles ─────────────────────────────────────────────────────────────────────────────────

export interface ArticleReference {
  /** Article number pointed at. */
  target: number;
  range: Range;
}

export interface CountMention {
  /** `15 projets` → 15, noun `projets`. */
  count: number;
  noun: string;
  /** The whole mention, `15 projets` (possibly over two lines). */
  range: Range;
  /** The digits alone, `15`, for a fix that rewrites the count. */
  countRange?: Range;
}

export interface Article {
  /** A number, or 'unique' for `Article unique`. */
  number: number | 'unique';
  heading: Range;
  /** The number (or `unique`) inside the heading. */
  numberRange: Range;
  /** Body text, lines joined, spaces collapsed (tables excluded). */
  body: string;
  range: Range;
  amounts: Amount[];
  counts: CountMention[];
  references: ArticleReference[];
}

// ── Imputation tables ────────────────────────────────────────────────────────────────────────

/** Amount columns, in printed order. */
export type ColumnKind =
  | 'AP'
  | 'AE'
  | 'CP'
  | 'Depense'
  | 'Recette'
  | 'Disponible'
  | 'Proposition'
  | 'Solde'
  | 'Inscrit'
  | 'PropositionInscription';

export type TableShape = 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'R1' | 'R2' | 'R3' | 'R4' | 'unknown';

export interface TableCell {
  column: ColumnKind;
  amount: Amount;
}

export interface TableRow {
  section?: 'Fonctionnement' | 'Investissement';
  /** Normalised without spaces: `C03-221J02`. */
  operationCode?: Located<string>;
  /** Normalised `nature/fonction` (`//` → `/`). */
  imputations: Located<string>[];
  libelle: string;
  direction: 'depense' | 'recette';
  cells: TableCell[];
  /** How short rows were aligned to the columns. */
  alignment: 'full' | 'right' | 'left' | 'none';
  range: Range;
  /** The amounts ending the row, in printed order, before column mapping (for re-alignment). */
  amounts?: Amount[];
  /**
   * True when a short row's alignment is a default no relation settled (no T1, no column position):
   * check nothing on it unless a sibling table settles it (`alignToSibling`).
   */
  guessed?: boolean;
}

export interface ImputationTable {
  shape: TableShape;
  columns: ColumnKind[];
  headerRange: Range;
  rows: TableRow[];
  range: Range;
}

// ── Annex tables ─────────────────────────────────────────────────────────────────────────────

export type TotalKind = 'total' | 'sous-total' | 'total-general';

export interface TotalLine {
  kind: TotalKind;
  label: string;
  amounts: Amount[];
  range: Range;
  /** A count printed with the total (`10 dossiers sous total …`, `TOTAL 12 562 692 €` = 12 items). */
  count?: Located<number>;
  /** The amounts (and count) equal the column sums of the rows above: the reading is settled. */
  confirmed?: boolean;
  /** What a confirmed total adds up: the rows summed, or the sub-totals (and rows after them). */
  terms?: Range[];
  /**
   * A total that does not add up although its terms are known (its other columns add up over the
   * same lines, or the only sum is the written figure with one digit slipped): `amounts[index]`
   * should be `sum` (cents), the sum of the lines `terms`.
   */
  mismatch?: { index: number; sum: number; terms: Range[] };
}

export interface AnnexTable {
  /** Heading line(s) of the table, as read. */
  title: string;
  range: Range;
  totals: TotalLine[];
  /**
   * A `SOUS PROGRAMME <code>` / `BP 2022 DISPONIBLE PROPOSITION SOLDE` block (domain.md §7.1), read as
   * an imputation table: columns CP (the BP credit), Disponible, Proposition, Solde; rows carry the
   * sub-programme code (without its `C0d-` prefix) and the imputation.
   */
  programme?: ImputationTable;
  /**
   * Rows whose last figure totals the others (`… 2 595 € 4 697 € 2 000 € 3 000 € 12 292 €`, 2022-101
   * `Total par collège`), kept when most rows of the annex hold it: the relation is then the table's.
   * Rows that do not add up are kept only when their total is the sum with one digit slipped.
   */
  rowTotals?: RowTotal[];
}

export interface RowTotal {
  parts: Amount[];
  total: Amount;
  range: Range;
}

export interface Annex {
  range: Range;
  /** Annex title (`ANNEXE 1 …`) when present. */
  title?: Located<string>;
  tables: AnnexTable[];
}

// ── Vote, signature ──────────────────────────────────────────────────────────────────────────

export type VoteKind = 'pour' | 'contre' | 'abstention' | 'nppv' | 'absent';

export interface VoteLine {
  kind: VoteKind;
  /** The label as written (`Abstentions`, `Ne prend pas part au vote`). */
  label: string;
  count: number;
  countRange: Range;
  groups: string[];
  range: Range;
}

export interface VoteBlock {
  introRange: Range;
  lines: VoteLine[];
  outcome?: Located<'adopte' | 'rejete'>;
  range: Range;
}

export interface Signature {
  place?: Located<string>;
  date?: DateRef;
  /** The president's name under `LE PRESIDENT DU CONSEIL DEPARTEMENTAL,`. */
  signatory?: Located<string>;
  range: Range;
}

// ── Deliberation, report, dossier ────────────────────────────────────────────────────────────

export interface DeliberationNumber {
  year: number;
  sequence: number;
  text: string;
  range: Range;
}

export interface Deliberation {
  range: Range;
  header: Range;
  meetingDate?: DateRef;
  presidency?: { name: string; person?: Person; range: Range };
  secretary?: Person;
  secretaryRange?: Range;
  attendance: AttendanceList[];
  title?: Located<string>;
  number?: DeliberationNumber;
  preamble?: Range;
  visas: Visa[];
  /** Range of the visa block, from the first visa to the last. */
  visasRange?: Range;
  declarations: InterestDeclaration[];
  formula?: Range;
  decide?: Range;
  articles: Article[];
  tables: ImputationTable[];
  vote?: VoteBlock;
  signature?: Signature;
}

export interface CommissionOpinion {
  ordinal: number;
  name: string;
  date?: DateRef;
  /** 'avis' for `a émis un avis favorable`, 'informe' for `présenté pour information`. */
  kind: 'avis' | 'informe';
  favourable: boolean;
  text: string;
  range: Range;
}

export interface Report {
  number?: Located<number>;
  meetingDate?: DateRef;
  title?: Located<string>;
  tables: ImputationTable[];
  opinions: CommissionOpinion[];
  range: Range;
  /** True when this report's meeting date is the deliberation's (the dossier's own report). */
  own: boolean;
  /** Deliberations the report's prose cites with a number or a title (`parseReportCitations`). */
  citations?: ActCitation[];
}

export interface LegalityStamp {
  sent?: DateRef;
  posted?: DateRef;
  range: Range;
}

export interface Dossier {
  /** 0-based order in the file. */
  index: number;
  range: Range;
  stamp?: LegalityStamp;
  deliberation: Deliberation;
  annexes: Annex[];
  reports: Report[];
}

/** A problem with the file's structure, not a rule: what the reader could not make sense of. */
export interface ParseNote {
  message: string;
  range: Range;
}
