// A result measured against its goal, the goal's value in brackets after it: "研发经费支出占地区生产总值比重达
// 2.91%,高于预期目标(达到2.75%)". The bracketed figure is the goal of the measure the result before it was of.
import { readAs, type Rule, type RuleInput } from "./rule";
import { lastBefore } from "../atoms/search";
import { candidateFrom, normalisedUnit } from "./helpers";
import { measureRule } from "./measure";
import { openMeasureRule } from "./open-measure";
import { shareRule } from "./share";

// the words between 目标( and the figure: 达到, 为, 在 (a growth's 增长 is the growth rule's)
const BRACKET =
  /(?:高于|低于|超过|超出|好于|快于|慢于|比|完成|实现|达到)(?:年初|全年|年度)?(?:预期)?目标[(（](?:达到|为|在)?$/;

export const goalBracketRule: Rule = {
  id: "goal-bracket",
  description: "(指标)Q1,高于预期目标(达到Q2): the goal of the measure the result before it was of",
  examples: [
    {
      text: "2023年,绍兴市研发经费支出占地区生产总值比重达3.1%,高于预期目标(达到2.9%)。",
      date: "2024年1月10日",
      gives: {
        subject: "研发经费支出",
        indicator: "占地区生产总值比重",
        value: 2.9,
        kind: "target",
        year: 2023,
      },
    },
  ],
  produce({ text, atoms, q }: RuleInput) {
    if (!q.unit || !BRACKET.test(text.slice(Math.max(atoms.sentence.start, q.span[0] - 16), q.span[0])))
      return null;
    // the result: the last figure of the same kind of unit before the bracket, in this sentence
    const open = text.lastIndexOf("目标", q.span[0]);
    const result = lastBefore(atoms.quantities, open);
    if (!result || result.unit?.kind !== q.unit.kind || open - result.span[1] > 12) return null;
    const of = readAs([shareRule, measureRule, openMeasureRule], { text, atoms, q: result });
    if (!of) return null;
    return {
      candidates: [
        candidateFrom("goal-bracket", atoms, q, normalisedUnit(q, of.unit === "亿元"), {
          subject: of.subject,
          indicator: of.indicator,
          change: of.change,
          direction: of.direction,
          region: of.region,
          kind: "target",
        }),
      ],
      consumed: [q],
    };
  },
};
