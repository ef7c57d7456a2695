// Merger: the same figure mentioned twice (a tier heading and a list sentence, a spam copy) becomes one
// candidate; a stated year beats an inherited one, a comparator word beats one implied by a tier label.
import { indicatorName, type Candidate } from "../types";

export function mergeDuplicates(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  for (const c of cands) {
    const key = [c.region?.entry.name, c.subject?.name, indicatorName(c), c.unit, c.value, c.valueMax].join(
      "|",
    );
    const prev = byKey.get(key);
    // (two comparators stated, and different, are two statements: "降低3%左右" set as a goal, "降幅超过3%" reached)
    const otherComparator =
      prev !== undefined &&
      !prev.comparatorImplied &&
      !c.comparatorImplied &&
      prev.comparator !== null &&
      c.comparator !== null &&
      prev.comparator !== c.comparator;
    if (!prev || otherComparator || (prev.kind && c.kind && prev.kind !== c.kind)) {
      byKey.set(key, c);
      out.push(c);
      continue;
    }
    if (prev.year?.stated && c.year?.stated && prev.year.year !== c.year.year) {
      out.push(c); // two years, two targets (and no kind lent from one to the other)
      continue;
    }
    prev.kind ??= c.kind;
    // (a heading's figure the body states again is quoted from the body: the sentence that states it)
    if (prev.sentence.heading && !c.sentence.heading) {
      prev.sentence = c.sentence;
      prev.span = c.span;
    }
    if (!prev.year?.stated && c.year?.stated) {
      prev.year = c.year;
      prev.sentence = c.sentence;
      prev.span = c.span;
      if (c.subject?.stated) prev.subject = c.subject;
    }
    if (prev.comparatorImplied && !c.comparatorImplied && c.comparator) {
      prev.comparator = c.comparator;
      prev.comparatorImplied = false;
    }
  }
  // A mention whose year is only inherited (a tier heading) repeats a stated one with the same value for the
  // same subject, whatever indicator the stated one names: keep the stated one.
  const stated = new Map<string, Candidate[]>();
  const twinKey = (c: Candidate) => [c.subject?.name, c.region?.entry.name, c.unit, c.value].join("|");
  for (const o of out) {
    if (!o.year?.stated || !o.subject) continue;
    const k = twinKey(o);
    stated.set(k, [...(stated.get(k) ?? []), o]);
  }
  return out.filter((c) => {
    if (c.year?.stated || !c.subject) return true;
    // (a result of another year and kind is no repeat: "农村居民收入增长9.0%" of last year beside this year's
    // "城、乡居民收入分别增长8%、9%")
    const twin = stated
      .get(twinKey(c))
      ?.find((t) => !(c.kind && t.kind && c.kind !== t.kind) && (!c.year || c.year.year === t.year?.year));
    if (!twin) return true;
    if (twin.comparatorImplied && !c.comparatorImplied && c.comparator) {
      twin.comparator = c.comparator;
      twin.comparatorImplied = false;
    }
    return false;
  });
}
