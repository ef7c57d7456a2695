// 均: "甲、乙产业集群产值均超千亿元", "越城、柯桥两区地区生产总值均增长8%以上" → the one figure, for each listed item.
import { clauseOf } from "./helpers";
import { itemCandidate, listedItems } from "./distribution";
import type { Rule } from "./rule";
import type { Candidate } from "../types";
import { FALL_VERBS, RISE_VERBS, YEAR_ON_YEAR } from "../../lexicon/predicates";
import { within } from "../atoms/search";

// 均 right before the figure, with a change's verb between: 均增长8%, 均同比下降3% (and 分别 before a single figure:
// "甲与乙产业产值分别接近1万亿元", each near it)
const EACH = new RegExp(`(?:均|分别)(?:(?:${YEAR_ON_YEAR})?(${RISE_VERBS})|(${FALL_VERBS}))?$`);

export const eachRule: Rule = {
  id: "each",
  description: "A、B(指标)均(超过|达到|增长)Q: the same figure for each listed item",
  examples: [
    {
      text: "2023年,绍兴市纺织、化工产业集群产值均超千亿元。",
      date: "2024年1月1日",
      gives: {
        subject: "化工",
        indicator: "产值",
        value: 1000,
        unit: "亿元",
        comparator: "gt",
        kind: "actual",
      },
    },
    {
      text: "2023年,越城、柯桥两区地区生产总值均增长8%以上。",
      date: "2024年1月1日",
      gives: { region: "柯桥区", indicator: "地区生产总值增速", value: 8, direction: "rise", kind: "actual" },
    },
  ],
  produce({ text, atoms, q }) {
    const [cStart, cEnd] = clauseOf(text, atoms, q.span[0]);
    const m = EACH.exec(text.slice(cStart, q.span[0]));
    if (!m) return null;
    // one figure only: "均增长8%和10%" is no such clause
    if (within(atoms.quantities, cStart, cEnd + 1).filter((x) => x.span[0] > m.index + cStart).length !== 1)
      return null;
    const jun = cStart + m.index; // where 均 (or 分别) stands
    const listed = listedItems(text, atoms, cStart, jun, q.span[0]);
    if (!listed) return null;
    if ("skip" in listed) return { ...listed, consumed: [q] };
    if (listed.items.length < 2) return null;
    const falling = m[2] !== undefined;
    const growth = m[1] !== undefined || falling ? { falling } : null;
    const candidates = listed.items.map((_, i) => itemCandidate("each", atoms, q, listed, i, growth));
    if (candidates.some((c) => !c)) return null;
    return { candidates: candidates as Candidate[], consumed: [q] };
  },
};
