// What is read once per sentence and asked for once per figure: a sentence may hold thousands of figures, so a
// rule or a refiner that looks at the whole sentence reads it once and keeps the answer with the sentence.
import type { SentenceAtoms } from "./types";

// each reader has a slot of its own in every sentence's `kept` (kept with the atoms, dropped with them: a slot
// of an array is read faster than a weak map, which every figure of every sentence would ask)
let slots = 0;

/** `read`, computed the first time a sentence asks and kept with it (dropped with the sentence's atoms). */
export function perSentence<T extends NonNullable<unknown> | null>(
  read: (atoms: SentenceAtoms) => T,
): (atoms: SentenceAtoms) => T {
  const slot = slots++;
  return (atoms) => {
    const kept = atoms.kept;
    const value = kept[slot];
    if (value !== undefined) return value as T;
    const fresh = read(atoms);
    while (kept.length < slot) kept.push(undefined);
    kept[slot] = fresh;
    return fresh;
  };
}
