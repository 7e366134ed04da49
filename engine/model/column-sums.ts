/**
 * Column sums over ambiguous rows. A row of an annex table may be read several ways (its figures
 * grouped differently); a total holds when one reading per row adds up to it, column by column.
 * The searches are exhaustive within step budgets, so that a pathological annex costs bounded work.
 *
 * A total is tried under each of its own readings, and many share their number of figures: the
 * rows' options for k figures are therefore prepared once (`Columns`) and shared by all of them.
 */

export interface Budget {
  steps: number;
}

/** The rows' options cut to k figures: the rows that take part, their fixed part summed, and bounds. */
export interface Columns {
  readonly k: number;
  /** Sum of the rows with a single option. */
  readonly base: readonly number[];
  /** Rows with several distinct options, each option k figures. */
  readonly open: readonly (readonly number[][])[];
  /** Indices (in the list given) of the rows with at least one option. */
  readonly participants: readonly number[];
  /**
   * What the open rows from i on add at least, and at most, in column c: at i·k + c, i up to
   * open.length (zeros). One array each: a long table prepares many of them, most never searched.
   */
  readonly restMin: Float64Array;
  readonly restMax: Float64Array;
  /** The column sums with every row read greedily (its first option). */
  readonly greedy: readonly number[];
  /**
   * Per column, the sum's remainder modulo RESIDUE_MODULUS when every row's options agree on it
   * (undefined otherwise). The readings of a row differ in how its leading digit groups are cut;
   * its last figure always ends with the same group and cents, so this usually holds there.
   */
  readonly residues: readonly (number | undefined)[];
  /** Every reachable column-sum vector, computed once: null when past the cap. */
  reachable?: Reachable | null;
}

export interface Reachable {
  /** Can the rows sum, column by column, to exactly this vector? */
  has(sums: readonly number[]): boolean;
  participants: readonly number[];
}

/** Per search of one total: past this, the rows are too ambiguous to say anything (on the corpus, a search that succeeds takes at most 24 steps). */
const MAX_STEPS = 2_000;
/** Distinct column sums kept while relating a total: past this the rows say too little. */
const MAX_REACHABLE = 4_096;
/** Distinct sums the free column may take before `sumsWithFree` gives up. */
const MAX_FREE_SUMS = 8;

/** Three digits and the cents: the part of a figure that every reading of its row shares. */
const RESIDUE_MODULUS = 100_000;

function residueOf(value: number): number {
  return ((value % RESIDUE_MODULUS) + RESIDUE_MODULUS) % RESIDUE_MODULUS;
}

/**
 * Whether `value` can be column c's sum as far as remainders tell: a cheap, exact refusal of most
 * totals that do not add up, before any search.
 */
export function residueFits(columns: Columns, c: number, value: number): boolean {
  const fixed = columns.residues[c];
  return fixed === undefined || residueOf(value) === fixed;
}

/** Prepares each row's options (already cut to k figures; others are ignored) for the searches. */
export function prepareColumns(k: number, options: readonly (readonly number[][])[]): Columns {
  const base = new Array<number>(k).fill(0);
  const greedy = new Array<number>(k).fill(0);
  const open: number[][][] = [];
  const participants: number[] = [];
  options.forEach((rowOptions, index) => {
    // A row has at most a few dozen options: comparing them is cheaper than keying them.
    const usable: number[][] = [];
    for (const option of rowOptions) {
      if (option.length === k && !usable.some((kept) => sameFigures(kept, option))) usable.push(option);
    }
    if (!usable.length) return;
    participants.push(index);
    for (let c = 0; c < k; c++) greedy[c] += usable[0][c];
    if (usable.length === 1) for (let c = 0; c < k; c++) base[c] += usable[0][c];
    else open.push(usable);
  });
  const restMin = new Float64Array((open.length + 1) * k);
  const restMax = new Float64Array((open.length + 1) * k);
  for (let i = open.length - 1; i >= 0; i--) {
    for (let c = 0; c < k; c++) {
      let min = Infinity;
      let max = -Infinity;
      for (const option of open[i]) {
        if (option[c] < min) min = option[c];
        if (option[c] > max) max = option[c];
      }
      restMin[i * k + c] = restMin[(i + 1) * k + c] + min;
      restMax[i * k + c] = restMax[(i + 1) * k + c] + max;
    }
  }
  const residues = greedy.map((_, c) => {
    let sum = residueOf(base[c]);
    for (const row of open) {
      const first = residueOf(row[0][c]);
      if (row.some((option) => residueOf(option[c]) !== first)) return undefined;
      sum = (sum + first) % RESIDUE_MODULUS;
    }
    return sum;
  });
  return { k, base, open, participants, restMin, restMax, greedy, residues };
}

function sameFigures(a: readonly number[], b: readonly number[]): boolean {
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

/** The smallest and largest sum each column can reach over the participating rows. */
export function columnBounds(columns: Columns): { min: number[]; max: number[] } {
  const { base, restMin, restMax } = columns;
  return { min: base.map((v, c) => v + restMin[c]), max: base.map((v, c) => v + restMax[c]) };
}

/**
 * Can one option per participating row sum, column by column, to `target`? At least `minRows` rows
 * must take part. Returns the participating rows' indices when it can.
 */
export function addsUp(target: readonly number[], columns: Columns, minRows: number, budget: Budget): readonly number[] | undefined {
  const { k, base, open, participants, restMin, restMax } = columns;
  if (participants.length < minRows || target.length !== k) return undefined;
  for (let c = 0; c < k; c++) {
    if (base[c] + restMin[c] > target[c] || base[c] + restMax[c] < target[c] || !residueFits(columns, c, target[c])) return undefined;
  }
  let steps = MAX_STEPS;
  const sums = base.slice();
  const walk = (i: number): boolean => {
    if (steps-- <= 0 || budget.steps-- <= 0) return false;
    // Every branch that reaches the end kept each column within what the remaining rows can add.
    if (i === open.length) return true;
    const rest = (i + 1) * k;
    for (const option of open[i]) {
      let fits = true;
      for (let c = 0; c < k && fits; c++) {
        const sum = sums[c] + option[c];
        fits = sum + restMin[rest + c] <= target[c] && sum + restMax[rest + c] >= target[c];
      }
      if (!fits) continue;
      for (let c = 0; c < k; c++) sums[c] += option[c];
      const ok = walk(i + 1);
      for (let c = 0; c < k; c++) sums[c] -= option[c];
      if (ok) return true;
    }
    return false;
  };
  return walk(0) ? participants : undefined;
}

/**
 * The distinct sums the `free` column can take while every other column adds up to `target`;
 * undefined when none, or when the search hits a cap before it has seen every one.
 */
export function sumsWithFree(
  target: readonly number[],
  columns: Columns,
  free: number,
  budget: Budget,
): { sums: Set<number>; participants: readonly number[] } | undefined {
  const { k, base, open, participants, restMin, restMax } = columns;
  if (target.length !== k) return undefined;
  for (let c = 0; c < k; c++) {
    if (c === free) continue;
    if (base[c] + restMin[c] > target[c] || base[c] + restMax[c] < target[c] || !residueFits(columns, c, target[c])) return undefined;
  }
  const found = new Set<number>();
  let steps = MAX_STEPS;
  let complete = true;
  const sums = base.slice();
  const walk = (i: number): void => {
    if (steps-- <= 0 || budget.steps-- <= 0 || found.size > MAX_FREE_SUMS) {
      complete = false;
      return;
    }
    if (i === open.length) {
      found.add(sums[free]);
      return;
    }
    const rest = (i + 1) * k;
    for (const option of open[i]) {
      let fits = true;
      for (let c = 0; c < k && fits; c++) {
        if (c === free) continue;
        const sum = sums[c] + option[c];
        fits = sum + restMin[rest + c] <= target[c] && sum + restMax[rest + c] >= target[c];
      }
      if (!fits) continue;
      for (let c = 0; c < k; c++) sums[c] += option[c];
      walk(i + 1);
      for (let c = 0; c < k; c++) sums[c] -= option[c];
      if (!complete) return;
    }
  };
  walk(0);
  return complete && found.size > 0 ? { sums: found, participants } : undefined;
}

/**
 * Every column-sum vector the rows can reach (one option per row), or undefined past the caps.
 * Totals related this way have one or two figures (more go through `sumsWithFree`).
 */
export function reachableSums(columns: Columns, budget: Budget): Reachable | undefined {
  if (columns.reachable !== undefined) return columns.reachable ?? undefined;
  const has = columns.k === 1 ? reachableSingle(columns, budget) : columns.k === 2 ? reachablePairs(columns, budget) : 'capped';
  if (has === 'capped') {
    columns.reachable = null;
    return undefined;
  }
  // Out of budget is not remembered: it says nothing of the rows.
  if (!has) return undefined;
  columns.reachable = { has, participants: columns.participants };
  return columns.reachable;
}

type Membership = ((sums: readonly number[]) => boolean) | 'capped' | undefined;

function reachableSingle(columns: Columns, budget: Budget): Membership {
  let current = new Set<number>([columns.base[0]]);
  for (const row of columns.open) {
    const next = new Set<number>();
    for (const sum of current) {
      for (const option of row) {
        next.add(sum + option[0]);
        if (next.size > MAX_REACHABLE) return 'capped';
        if (budget.steps-- <= 0) return undefined;
      }
    }
    current = next;
  }
  return (sums) => current.has(sums[0]);
}

/** Two columns: the second column's sums grouped by the first's, numbers all along. */
function reachablePairs(columns: Columns, budget: Budget): Membership {
  let current = new Map<number, Set<number>>([[columns.base[0], new Set([columns.base[1]])]]);
  for (const row of columns.open) {
    const next = new Map<number, Set<number>>();
    let size = 0;
    for (const [first, seconds] of current) {
      for (const second of seconds) {
        for (const option of row) {
          const a = first + option[0];
          let set = next.get(a);
          if (!set) next.set(a, (set = new Set()));
          const before = set.size;
          set.add(second + option[1]);
          size += set.size - before;
          if (size > MAX_REACHABLE) return 'capped';
          if (budget.steps-- <= 0) return undefined;
        }
      }
    }
    current = next;
  }
  return (sums) => current.get(sums[0])?.has(sums[1]) ?? false;
}
