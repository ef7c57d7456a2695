// Lookups in a sentence's atom lists (each sorted by position, none overlapping) by binary search, so that a
// sentence with thousands of figures costs a logarithm per figure, not another pass over the sentence.
import type { Span } from "../../model/schema";

interface Spanned {
  span: Span;
}

/** Index of the first atom whose start is at or after `pos`. */
function firstStartingAt<T extends Spanned>(atoms: readonly T[], pos: number): number {
  let lo = 0;
  let hi = atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atoms[mid].span[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first atom whose end is after `pos`. */
function firstEndingAfter<T extends Spanned>(atoms: readonly T[], pos: number): number {
  let lo = 0;
  let hi = atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atoms[mid].span[1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The atoms lying wholly inside [from, to). */
export function within<T extends Spanned>(atoms: readonly T[], from: number, to: number): T[] {
  const a = firstStartingAt(atoms, from);
  const b = firstEndingAfter(atoms, to);
  return a < b ? atoms.slice(a, b) : [];
}

/** The last atom ending at or before `pos`, or undefined. */
export function lastBefore<T extends Spanned>(atoms: readonly T[], pos: number): T | undefined {
  const i = firstEndingAfter(atoms, pos);
  return i > 0 ? atoms[i - 1] : undefined;
}

/** The first atom starting at or after `pos`, or undefined. */
export function firstFrom<T extends Spanned>(atoms: readonly T[], pos: number): T | undefined {
  return atoms[firstStartingAt(atoms, pos)];
}
