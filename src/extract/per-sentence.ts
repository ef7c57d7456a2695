// What is read once per sentence and asked for once per figure: a sentence may hold thousands of figures, so a
// rule or a refiner that looks at the whole sentence reads it once and keeps the answer with the sentence.
import type { SentenceAtoms } from "./types";

/** `read`, computed the first time a sentence asks and kept with it (dropped with the sentence's atoms). */
export function perSentence<T>(read: (atoms: SentenceAtoms) => T): (atoms: SentenceAtoms) => T {
  const kept = new WeakMap<SentenceAtoms, T>();
  return (atoms) => {
    if (kept.has(atoms)) return kept.get(atoms) as T;
    const value = read(atoms);
    kept.set(atoms, value);
    return value;
  };
}
