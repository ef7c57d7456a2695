// Scale labels: "建设成为千亿级的互联网产业集聚区", "打造万亿级产业集群": a target of at least that size.
import type { Rule } from "./rule";
import { candidateFrom, impliedComparator, nounPhrase } from "./helpers";

const AFTER = /^级(?:的)?([\u4e00-\u9fff]{2,12}?)(?=[和与及,，。;；、]|$)/;

export const scaleLabelRule: Rule = {
  id: "scale-label",
  attributive: true,
  description: "(建设成为|打造)X亿级(的)NP: NP is to reach at least X 亿元",
  examples: [
    {
      text: "到2027年,绍兴市打造千亿级的集成电路产业集群。",
      date: "2023年1月1日",
      gives: { subject: "集成电路产业集群", indicator: "规模", value: 1000, unit: "亿元", kind: "target" },
    },
    {
      text: "到2027年,绍兴市培育打造千亿级现代纺织、五百亿级生物医药等产业集群。",
      date: "2023年1月1日",
      gives: { subject: "现代纺织", indicator: "规模", value: 1000, unit: "亿元", kind: "target" },
    },
  ],
  produce({ text, atoms, q }) {
    // 千亿级, 五千亿级, 万亿元级: a bare 亿 or an amount in 亿元 right before 级
    if (q.unit ? q.unit.kind !== "money" || q.unit.to !== "亿元" : !q.bareYi) return null;
    // "3—4个万亿元级…集群": the size of each thing counted, not a figure of its own (the count rule has it)
    if (
      /[\d一二两三四五六七八九十]个$/.test(
        text.slice(Math.max(atoms.sentence.start, q.span[0] - 3), q.span[0]),
      )
    )
      return { skip: "non_fact", message: "the size class of counted things", consumed: [q] };
    const after = text.slice(q.span[1], Math.min(atoms.sentence.end, q.span[1] + 16));
    const m = AFTER.exec(after);
    if (!m) return null;
    const item = m[1].replace(/等(?:产业集群|集群|产业|行业|领域)$/, "");
    const np = nounPhrase(item, 0, item.length);
    if (!np) return null;
    // a list of classes, each naming a sector: "万亿级电子信息、五千亿级汽车…等产业集群"
    const inList =
      item !== m[1] ||
      (/^、/.test(after.slice(m[0].length)) &&
        /等(?:产业集群|集群|产业)|产业集群/.test(text.slice(q.span[1], atoms.sentence.end)));
    // "培育千亿级链主企业": a class of firm by size says which firms, not a size the place sets for a thing
    if (!inList && /企业$/.test(np))
      return { skip: "non_fact", message: "the size class of firms", consumed: [q] };
    if (!inList && !/(?:产业|集群|基地|园区|集聚区|城)$/.test(np)) return null;
    if (/^(?:产业集群|集群|产业|基地|园区|集聚区|企业)$/.test(np)) return null; // a size with no named thing
    const cmp = impliedComparator(q, "gte");
    return {
      candidates: [
        candidateFrom(
          "scale-label",
          atoms,
          q,
          q.unit ? { unit: "亿元", scale: q.unit.scale } : { unit: "亿元", scale: 1 / 1e8 },
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
