// Distributor: a tier declared once in a heading and enumerated below it —
// "(一)培育2个超万亿元产业集群。 1.装备制造。… 2.泛家居。…" gives each listed cluster the tier's target.
import { candidateFrom, impliedComparator, normalisedUnit } from "../rules/helpers";
import type { Candidate, SentenceAtoms } from "../types";

const TIER = /(?:(\d+|[一二两三四五六七八九十]+)个)?[^。]{0,4}?(?:产业集群|集群)/;
const ITEM = /^\d{1,2}[.、．]\s*([^。.,，;；]{2,16})[。.]?$/;

export function distributeTiers(text: string, all: SentenceAtoms[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < all.length; i++) {
    const head = all[i];
    const s = head.sentence;
    if (!s.heading || (s.listMarker && /^\d/.test(s.listMarker))) continue;
    const q = head.quantities.find(
      (x) => (x.unit?.kind === "money" || x.bareYi) && TIER.test(text.slice(x.span[1], s.end)),
    );
    if (!q) continue;
    const unit = normalisedUnit(q, true);
    if (!unit) continue;
    const items: { name: string; atoms: SentenceAtoms }[] = [];
    for (let j = i + 1; j < all.length; j++) {
      const t = all[j].sentence;
      if (t.listMarker && !/^\d/.test(t.listMarker)) break; // the next (二) or 三、 ends the list
      if (t.listMarker && t.start === lineStart(text, t.start)) {
        const m = ITEM.exec(t.text.trim());
        if (!m || (items.length > 0 && /^1\D/.test(t.listMarker))) break; // numbering restarts: another list
        items.push({ name: m[1].trim(), atoms: all[j] });
      }
    }
    const count = /(\d+)个/.exec(s.text);
    if (items.length === 0 || items.length > 12 || (count && Number(count[1]) !== items.length)) continue;
    const cmp = impliedComparator(q, "gte");
    for (const item of items) {
      out.push(
        candidateFrom("tier-heading", head, q, unit, {
          subject: { name: item.name, stated: false },
          indicator: "规模",
          comparator: cmp.comparator,
          comparatorImplied: cmp.implied,
        }),
      );
    }
  }
  return out;
}

function lineStart(text: string, pos: number): number {
  const nl = text.lastIndexOf("\n", pos - 1);
  return nl + 1;
}
