// Round-ups that name the measure once and then a place and its growth: "2024年广西地区生产总值增长4.2%,今年
//预期目标增长5%左右。辽宁2024年增长5.1%,今年提出增长5%以上。" — the growth is of the measure the passage named.
import type { Rule } from "./rule";
import { candidateFrom, clauseOf, normalisedUnit, topicStart } from "./helpers";

// between the place (and its year) and the figure: a growth, stated or set as a goal
const GROWTH_ONLY = /^(?:提出|预期|预计|计划|力争|目标(?:为|是)?|预期目标(?:为|是)?)?(?:增长|增速为?)$/;

export const placeGrowthRule: Rule = {
  id: "place-growth",
  description: "甲(Y年)增长X%, (今年)提出增长Y%: a place's growth of the measure its passage named",
  examples: [
    {
      text: "2023年,浙江地区生产总值增长6%,今年预期目标增长5.5%左右。江苏2023年增长5.8%,今年提出增长5%以上。",
      date: "2024年1月28日",
      gives: {
        region: "江苏省",
        indicator: "地区生产总值增速",
        direction: "rise",
        value: 5,
        comparator: "gte",
        kind: "target",
        year: 2024,
      },
    },
  ],
  produce({ text, atoms, q }) {
    if (q.unit?.kind !== "percent") return null;
    const [cStart] = clauseOf(text, atoms, q.span[0]);
    const topic = topicStart(atoms, cStart, q.span[0]);
    if (!GROWTH_ONLY.test(text.slice(topic, q.span[0]))) return null;
    // a place opens the clause, or an earlier clause of the sentence; the measure comes from the passage
    // (the sentence's atoms are in order: its first place and first measure are enough, in constant time)
    const s = atoms.sentence;
    const opener = atoms.regions[0];
    if (!opener?.entry || opener.span[1] > topicStart(atoms, s.start, opener.span[1] + 1)) return null;
    const measure = atoms.indicators[0];
    if (measure && measure.span[0] < q.span[0]) return null;
    // (nor after an amount the sentence names, of a measure no list holds: "嘉兴市茶园面积3.5万亩,增长1.2%" — the
    // growth is that amount's, the growth rule's to read)
    const first = atoms.quantities[0];
    if (first !== q && first.span[0] < q.span[0] && first.unit && first.unit.kind !== "percent") return null;
    return {
      candidates: [
        candidateFrom("place-growth", atoms, q, normalisedUnit(q, false), {
          indicator: null,
          measureFromContext: true,
          direction: "rise",
        }),
      ],
      consumed: [q],
    };
  },
};
