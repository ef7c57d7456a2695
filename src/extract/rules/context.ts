import type { SentenceAtoms } from "../types";
import { thingPhrase } from "./helpers";

/**
 * What a measure at [indStart, …) in a clause is about: the noun phrase between the last region, year or
 * verb of the clause and the indicator (其中高新技术企业工业总产值 → 高新技术企业), or a known subject.
 */
export function subjectBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  indStart: number,
): { name: string; stated: boolean } | null {
  let from = clauseStart;
  for (const r of atoms.regions)
    if (r.span[1] <= indStart && r.span[0] >= clauseStart) from = Math.max(from, r.span[1]);
  for (const y of atoms.years)
    if (y.span[1] <= indStart && y.span[0] >= clauseStart) from = Math.max(from, y.span[1]);
  const known = atoms.subjects.filter((s) => s.span[0] >= from && s.span[1] <= indStart).pop();
  const np = thingPhrase(text, from, indStart);
  if (np) return { name: np, stated: true };
  if (known) return { name: known.name, stated: true };
  return null;
}
