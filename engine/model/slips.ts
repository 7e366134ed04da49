/**
 * Slips of the pen on a written figure: a digit changed, dropped or added, two neighbours swapped.
 * A total one slip away from the sum of its lines is tied to them; anything looser is no relation.
 */

/** The figures one slip of the pen away from `cents`, as written in digits (cents included). */
export function slips(cents: number): number[] {
  const digits = String(Math.abs(cents));
  const out = new Set<string>();
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) out.add(digits.slice(0, i) + d + digits.slice(i + 1));
    out.add(digits.slice(0, i) + digits.slice(i + 1));
    if (i + 1 < digits.length) out.add(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
  }
  for (let i = 0; i <= digits.length; i++) for (let d = 0; d <= 9; d++) out.add(digits.slice(0, i) + d + digits.slice(i));
  out.delete(digits);
  const values: number[] = [];
  for (const v of out) if (v !== '' && (v.length === 1 || v[0] !== '0') && v.length <= 17) values.push(Number(v));
  return values.filter((v) => Number.isSafeInteger(v));
}

/** One digit changed, dropped or added, or two neighbours swapped, between two figures. */
export function isSlip(written: number, computed: number): boolean {
  const a = String(Math.abs(written));
  const b = String(Math.abs(computed));
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}
