// Scale labels: "建设成为千亿级的互联网产业集聚区", "打造万亿级产业集群": a target of at least that size.
import type { Rule } from "./rule";
import { candidateFrom, impliedComparator, nounPhrase } from "./helpers";

const AFTER = /^级(?:的)?([\u4e00-\u9fff]{2,12}?)(?=[和与及,，。;；、]|$)/;

export const scaleLabelRule: Rule = {
  id: "scale-label",
  attributive: true,
  description: "(建设成为|打造)X亿级(的)NP: NP is to reach at least X 亿元",
  produce({ text, atoms, q }) {
    if (!q.bareYi || q.unit) return null;
    const m = AFTER.exec(text.slice(q.span[1], Math.min(atoms.sentence.end, q.span[1] + 16)));
    if (!m) return null;
    const np = nounPhrase(m[1], 0, m[1].length);
    if (!np || !/(?:产业|集群|基地|园区|集聚区|企业|城)$/.test(np)) return null;
    if (/^(?:产业集群|集群|产业|基地|园区|集聚区|企业)$/.test(np)) return null; // a size with no named thing
    const cmp = impliedComparator(q, "gte");
    return {
      candidates: [
        candidateFrom(
          "scale-label",
          atoms,
          q,
          { unit: "亿元", scale: 1 / 1e8 },
          {
            subject: { name: np, stated: true },
            indicator: "规模",
            comparator: cmp.comparator,
            comparatorImplied: cmp.implied,
            span: [q.span[0], q.span[1] + 1],
          },
        ),
      ],
      consumed: [q],
    };
  },
};
