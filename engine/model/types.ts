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
   * The figure is malformed but its value is certain (`150 000,,00`, `15 0000,00`, `1.500,000`,
   * `150 000.00`): `cents` is the intended value, and `formatAmount(cents, style)` writes it well
   * formed. `1 20 000 €` is not one of them: only its column tells it from a count (`Misgrouped`).
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
  | 'convention'
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
  /** kind 'code': where each lettered article (`L.2121-17`) is written, for the links to the law. */
  articleSpans?: { article: string; range: Range }[];
  /** kind 'loi' | 'ordonnance' | 'decret' | 'arrete' | 'deliberation' | 'convention': the act. */
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
  /** A number between the ends of `1 à 3`: its range is the whole span, no figure of its own. */
  implied?: boolean;
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
  /** Where the libellé starts (a wrapped one: its first part). */
  libelleRange?: Range;
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
  /**
   * A count printed with the total (`10 dossiers sous total …`, `TOTAL 12 562 692 €` = 12 items);
   * `noun` when the label writes what it counts (`dossiers`), as a count of its rows.
   */
  count?: Located<number> & { noun?: string };
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
   * A sub-programme block's footer: the lines under its beneficiaries that total them (`85 500 €`,
   * L4329), each tied to the block rows whose PROPOSITION it restates (`programme-footers.ts`).
   * Blocks that share one list of beneficiaries carry them on the last block.
   */
  footers?: ProgrammeFooter[];
  /**
   * Rows whose last figure totals the others (`… 2 595 € 4 697 € 2 000 € 3 000 € 12 292 €`, 2022-101
   * `Total par collège`), kept when most rows of the annex hold it: the relation is then the table's.
   * Rows that do not add up are kept only when their total is the sum with one digit slipped.
   */
  rowTotals?: RowTotal[];
  /** Rows shared out by the rows under them (`SplitRow`), where the table holds the relation. */
  splitRows?: SplitRow[];
}

export interface ProgrammeFooter {
  amount: Amount;
  /** The sub-programme code printed before the figure (`311B03  390 000 €`, L19467). */
  code?: Located<string>;
  /** The block rows it totals: one row (its PROPOSITION), or every row of the blocks sharing the list. */
  rows: TableRow[];
}

/**
 * A row whose figures the rows under it share out, column by column: an action, then its State and
 * Département parts (2022-105, L20982–20986). `amounts` are its last figures, one per part figure.
 */
export interface SplitRow {
  amounts: Amount[];
  parts: { label: string; amounts: Amount[] }[];
}

export interface RowTotal {
  parts: Amount[];
  total: Amount;
  range: Range;
  /**
   * The row under the others whose figures are their column sums (`309 970 € 533 778 € 250 000 €
   * 375 000 € 1 468 748 €`, 2022-101 L13606): every figure but one at most is its column's sum.
   */
  columnSums?: true;
  /** The total is the row's first figure, the others after it (`43 091,22 25 854,74 … 17 236,48 0,00`, 2022-90). */
  leading?: true;
  /** A share printed after one of the terms, that term over the total (`25 854,74 60,00%`: FSE / cost). */
  share?: { part: number; rate: PlanRate };
}

export interface Annex {
  range: Range;
  /** Annex title (`ANNEXE 1 …`) when present. */
  title?: Located<string>;
  tables: AnnexTable[];
  /** The malformed figures of the annex's lines, prose and rows alike (`annex-figures.ts`). */
  amounts?: Amount[];
  /** Digit groups no French number writes (`1 20 000 €`, `12 3456 €`) ending a row, read through their column. */
  misgrouped?: Misgrouped[];
  /** Rows that apply a rate to a base (`Théâtre 6 600,00 € 30% 1 980 €`), with the rounding and cap the dossier states. */
  rates?: RateTable;
}

/**
 * An annex's rows ending `base € rate % amount €`, kept when most of them give their amount by the
 * rate (rate-rows.ts): the relation is then the table's.
 */
export interface RateTable {
  rows: RateRow[];
  /** `arrondi à la dizaine d’euros la plus proche` (2022-87 report, L5037), when the dossier says so once. */
  rounding?: Rounding;
  /** `2 500 € montant maximal par spectacle` (L4960): no amount exceeds it. */
  cap?: Amount;
}

export interface RateRow {
  range: Range;
  base: Amount;
  /** In hundredths of a percent (`30%` → 3000), as written at `range`. */
  rate: Located<number> & { text: string };
  amount: Amount;
}

export interface Rounding {
  /** The step, in cents: 100 to the euro, 1 000 to ten euros. */
  unit: number;
  mode: 'nearest' | 'down' | 'up';
  text: string;
  range: Range;
}

/**
 * `1 20 000 €` ending a row: one figure with a space misplaced, or a count then an amount (linearised
 * tables print `5 11 856 €` for 5 items of 11 856 €). The other rows of the column settle it.
 */
export interface Misgrouped {
  /** As written; `range` covers it. */
  text: string;
  range: Range;
  /** `one`: the column's other rows are single amounts; `count-amount`: they are counts then amounts. */
  reading: 'one' | 'count-amount';
  /** The digits read as one figure, regrouped (`120 000 €`). */
  amount: Amount;
  /** The column's total adds up with `amount`: the figure meant is certain. */
  confirmed?: boolean;
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
  /** Vote lines written without their figure (`Pour : voix`, `Pour : N voix`): a draft being filled in. */
  missingFigures?: { kind: VoteKind; label: string; range: Range }[];
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
  /**
   * Tables with totals written in the articles, read like the annexes' (2022-96 art. 1: six rows
   * then ` TOTAL 1 343 173 €`, L9788–9828); the imputation tables are not among them.
   */
  bodyTables?: AnnexTable[];
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
  /** Acts the report's prose cites with a date (`parseReportCitations`). */
  citations?: ReportCitation[];
}

/** What a report's prose cites: `Par délibération du 6 juillet 2020 « … »`, `un arrêté ministériel du 19 juillet 2019`. */
export type ReportActKind = 'deliberation' | 'arrete' | 'convention';

export interface ReportCitation extends ActCitation {
  kind: ReportActKind;
  /** From the word (`délibération`, `arrêté`, `convention`) to the last part read. */
  range: Range;
}

export interface LegalityStamp {
  sent?: DateRef;
  posted?: DateRef;
  range: Range;
}

export interface Dossier {
  /** The template the dossier is written in. */
  template: TemplateId;
  /** What every assembly has: collectivité, body, date, attendance, items, stamps. */
  meeting: Meeting;
  /** What the reader could not make sense of (a missing date, an unreadable attendance). */
  notes: ParseNote[];
  /** 0-based order in the file. */
  index: number;
  range: Range;
  stamp?: LegalityStamp;
  deliberation: Deliberation;
  annexes: Annex[];
  reports: Report[];
  /** Placeholders of a skeleton or a snippet still in the act's text (`JJ/MM/AAAA`, `Groupe …`). */
  placeholders?: Located<string>[];
  /** The financing plans the text writes out (`Plan de financement prévisionnel :`). */
  financingPlans?: FinancingPlan[];
  /** The investment credits opened before the budget, within the quarter of last year's (L1612-1). */
  quarterCredits?: QuarterCredits[];
  /** Totals written in a sentence, after the amounts they sum (`…, soit un total de 10 000 €`). */
  proseTotals?: ProseTotal[];
}

/** A total a sentence writes: of the amounts before it in the sentence, or of a unit price times a count. */
export interface ProseTotal {
  /** The phrase that announces it: `soit un total de`, `pour un montant total de`. */
  range: Range;
  total: Amount;
  /** The amounts of the list it sums, in the order written (empty for a product). */
  terms: Amount[];
  /** `16 € par action, soit un achat de 250 actions`: the total is the price times the count. */
  product?: { price: Amount; count: { value: number; range: Range } };
}

/**
 * An authorisation to commit investment expenses before the budget is voted, « dans la limite du
 * quart des crédits ouverts au budget de l'exercice précédent, non compris les crédits afférents au
 * remboursement de la dette » (CGCT L1612-1), with the amount and the chapter or nature of each
 * opening, as the text writes them (010: `2317 Immobilisations reçues … 33 000 € 482915 €`).
 */
export interface QuarterCredits {
  /** The mention of the quarter that opens the table. */
  range: Range;
  /** Last year's credits the quarter is taken of, written before the rows (`… hors chapitre 16 2 254 405,69 €`). */
  base?: Amount;
  /** The quarter, as the text states it (`soit un quart : 563 601,42 €`). */
  quarter?: Amount;
  /** What each of the rows' columns holds, in order: one column is always the authorised amount. */
  columns: QuarterColumn[];
  rows: QuarterRow[];
  /** The row of column totals, or the bare figure a table ends with, its columns the last ones. */
  total?: QuarterRow;
}

/** Last year's credits of the chapter, their quarter, the amount opened before the budget. */
export type QuarterColumn = 'credits' | 'quarter' | 'authorised';

export interface QuarterRow {
  label: string;
  /** The chapter or the nature (`20`, `2158`, `215731`), when the row writes one. */
  code?: string;
  amounts: Amount[];
}

/**
 * An operation's expenses and resources, each row in the order written. A side may hold several
 * totals (`Total HT`, `TVA`, `Total TTC`): each sums the rows above it that are not totals.
 */
export interface FinancingPlan {
  /** The heading's line. */
  range: Range;
  expenses: PlanRow[];
  resources: PlanRow[];
}

export interface PlanRow {
  label: string;
  amount: Amount;
  /** Its share, as written beside it (`40 %`). */
  rate?: PlanRate;
  /** A `Total …` row. */
  total: boolean;
}

export interface PlanRate {
  /** Hundredths of a percent: `40 %` is 4000, `12,5 %` is 1250. */
  value: number;
  /** Decimals written (`12,5 %`: 1), the precision a computed share is rounded to. */
  decimals: number;
  text: string;
  /** The figure, without its `%`. */
  range: Range;
}

/** What a reader could not find in a document that looks like a deliberation. */
export type UnreadPart = 'date' | 'attendance' | 'vote' | 'body' | 'financing-plan' | 'quarter-credits';

/**
 * A problem with the file's structure, not a rule: what the reader could not make sense of. The
 * `read-notice` rule turns it into an information diagnostic, in the user's language.
 */
export interface ParseNote {
  missing: UnreadPart[];
  range: Range;
}

// ── Every assembly: the meeting, its attendance, its items ───────────────────────────────────
// What every template yields, whatever the collectivité (docs/domain.md §§ 21–24). The Commission
// Permanente's dossiers fill it from the fields above; the other templates read it from the text.

/** The template family a document is written in (`engine/templates/`). */
export type TemplateId = 'departement-cp' | 'assemblee' | 'extrait' | 'proces-verbal' | 'generic';

export type CollectiviteKind = 'commune' | 'epci' | 'syndicat' | 'departement' | 'region';

export type BodyKind =
  | 'conseil-municipal'
  | 'conseil-communautaire'
  | 'bureau'
  | 'comite-syndical'
  | 'commission-permanente'
  | 'conseil-departemental'
  | 'conseil-regional';

export interface Collectivite {
  kind?: CollectiviteKind;
  /** As written: `VILLE DE SEVRAN`, `Communauté de Communes du Plateau de Lannemezan`. */
  name?: Located<string>;
}

/** Where the meeting's date is written: the title, the opening sentence, the signature. */
export type DateMentionPlace = 'title' | 'opening' | 'signature' | 'label';

export interface MeetingDateMention extends DateRef {
  place: DateMentionPlace;
  /** Day of the week as printed (0 Sunday … 6 Saturday), and where. */
  weekday?: Located<number>;
  /** Written in words (`le seize janvier deux mille vingt-trois`). */
  inWords?: boolean;
}

export type CountKind =
  | 'inOffice'
  | 'present'
  | 'substitutes'
  | 'represented'
  | 'voters'
  | 'absent'
  | 'excused'
  | 'quorum'
  | 'expressed';

export interface AttendanceCount {
  kind: CountKind;
  value: number;
  /** The figure. */
  range: Range;
  /** Its label (`Présents`, `Nombre de conseillers en exercice`). */
  labelRange: Range;
  /** The items it holds for, when the text says so (`de la délibération 01 à 03`). */
  items?: Located<string>;
}

export type AttendeeStatus = 'present' | 'represented' | 'absent' | 'excused';

export interface Attendee {
  person: Person;
  status: AttendeeStatus;
  /** The member who holds this one's proxy (`X (pouvoir à Y)`, `X représenté par Y`). */
  proxyTo?: Person;
  /** A suppléant sitting for this titulaire (`Y (suppléant de X)`): X is then `replacedBy` Y. */
  replacedBy?: Person;
  /** Present as the suppléant of (`suppléante de Jean-Marc DUPOUY`). */
  substituteFor?: Person;
  /** When the status holds: `jusqu'à la DB-2023-018`, `à partir de 19h24`, `(arrivée à 19h07)`. */
  qualifier?: Located<string>;
  /** The list's label as written (`Excusés ayant donné procuration`). */
  label?: string;
  range: Range;
}

export interface MeetingAttendance {
  counts: AttendanceCount[];
  attendees: Attendee[];
  /** The part of the text the attendance was read from. */
  range?: Range;
  /** The headers of lists read only in part (a flattened column, names cut): not to be compared with a count. */
  partial?: Located<string>[];
}

export type VoteFigureKind = 'pour' | 'contre' | 'abstention' | 'nppv' | 'votants' | 'exprimes';

export type VoteFormula = 'unanimite' | 'unanimite-presents' | 'unanimite-exprimes' | 'majorite';

export interface ItemVote {
  figures: Partial<Record<VoteFigureKind, Located<number>>>;
  formula?: Located<VoteFormula>;
  /** Members named for a side (`Contre : M. A, M. B`). */
  names: Partial<Record<'pour' | 'contre' | 'abstention' | 'nppv', Person[]>>;
  outcome?: Located<'adopte' | 'rejete'>;
  /** Secret ballot (`au scrutin secret`): no casting vote on a tie. */
  secret?: boolean;
  /** Sides labelled without their figure (`Pour :  Contre : 0`): a draft being filled in. */
  missingFigures?: Located<'pour' | 'contre' | 'abstention'>[];
  range: Range;
}

/** The decision of an act: from its first capitalised verb or `Article 1` to its end, with the verbs (`APPROUVE`, `PREND ACTE`, `AUTORISER`). */
export interface ItemDecision {
  range: Range;
  verbs: Located<string>[];
}

/** One who signs an act: `Le Maire, Jean DUPONT`, `Le secrétaire de séance`; the vice-president or an adjoint is 'other'. */
export interface ItemSignatory {
  role: 'president' | 'secretary' | 'other';
  name?: Located<string>;
  range: Range;
}

/** An act's signature block: `Fait et délibéré à …, le …`, `Pour extrait conforme`, its signatories, `Certifié exécutoire …`. */
export interface ItemSignature {
  place?: Located<string>;
  date?: DateRef;
  signatories: ItemSignatory[];
  /** The executory mention with its dates (`Certifié exécutoire … transmis en préfecture le … publié le …`). */
  executory?: Range;
  /** `Pour extrait conforme`, `Extrait certifié conforme`: the block certifies a copy of the register's act. */
  certifiedCopy?: Range;
  range: Range;
}

/** One deliberation of a meeting: the act of an extrait, an item of a procès-verbal. */
export interface MeetingItem {
  /** The act's number in its own style (`2023-001`, `DEL2023-01`, `C2023_01_01`, `5`). */
  number?: Located<string>;
  object?: Located<string>;
  vote?: ItemVote;
  range: Range;
  /** `Vu le Code général des collectivités territoriales ;`, `VU la délibération n° CR 57-01 du …`: text without its final `;`. */
  visas?: Visa[];
  /** `Considérant que …`, each without its final `;` or `.`. */
  considerants?: Located<string>[];
  decision?: ItemDecision;
  signature?: ItemSignature;
}

export interface ActesId {
  /** The whole ID as written. */
  text: string;
  departement: string;
  siren: string;
  date?: CalendarDate;
  /** The act's number as the ID spells it (`C2023_01_01`). */
  number: string;
  /** `DE` for a délibération, `AI`, `AR`, `CC`, `BF`, `AU`. */
  nature: string;
  range: Range;
}

/** The préfecture's ACTES stamp (`Envoyé en préfecture le … Reçu … Publié … ID : …`). */
export interface ActesStamp {
  sent?: DateRef;
  received?: DateRef;
  published?: DateRef;
  id?: ActesId;
  range: Range;
}

export interface Meeting {
  template: TemplateId;
  /** What « excusé » means in this template: with a proxy (the Commission Permanente) or without. */
  excusedHoldsProxy: boolean;
  collectivite: Collectivite;
  body?: Located<BodyKind>;
  /** The meeting's date as the text settles it (the title's, else the opening sentence's). */
  date?: MeetingDateMention;
  /** Every place the meeting's date is written, for the rules that compare them. */
  dateMentions: MeetingDateMention[];
  /** `à dix-huit heures trente`, `19h30`. */
  time?: Located<string>;
  convocation?: DateRef & { urgency?: boolean };
  /** A meeting held after a first one lacked its quorum (needs none). */
  secondConvocation?: Range;
  place?: Located<string>;
  president?: Located<string>;
  secretary?: Located<string>;
  attendance: MeetingAttendance;
  items: MeetingItem[];
  stamps: ActesStamp[];
}
