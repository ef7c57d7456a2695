// A target named by its figure inside a report of the result: "完成全年增长6.5%的预期目标", "高于增长7%的目标",
// "完成工业投资36亿元,占任务数40亿元的90%".
import { candidateFrom, clauseOf, indicatorBefore, measureName, normalisedUnit, topicStart } from "./helpers";
import { readAs, type Rule, type RuleResult } from "./rule";
import { growthRule } from "./growth";
import { measureRule } from "./measure";
import { changeOf, measureOfGrowth } from "../types";
import { FALL_VERBS, GOAL_WORD, PREDICATE_AT_END, RISE_VERBS, TASK_NAMED } from "../../lexicon/predicates";
import { lastBefore, within } from "../atoms/search";
import { SUFFIX_COMPARATORS } from "../../lexicon/comparators";
import type { QuantityAtom, SentenceAtoms } from "../types";

// (with 的: "增长6.5%的预期目标"; without it the figure is the goal's own, read by the other rules)
const GOAL_AFTER = new RegExp(`^的${GOAL_WORD}`);
const CHANGE_BEFORE = new RegExp(`(?:${RISE_VERBS}|(${FALL_VERBS}))$`);
// the economy's growth goal named after its figure: "完成全年11%左右的经济预期增长目标", "7%的GDP增长目标"
const ECONOMY_GOAL_AFTER = /^的(?:经济|GDP|地区生产总值)(?:预期|年度)?增长(?:预期)?目标/;

export const goalRule: Rule = {
  id: "goal",
  attributive: true, // the figure stands before 的目标
  description:
    "(指标)…(增长)Q的(预期)目标, 占任务数Q的N%: the target of the measure the sentence reports, named by its figure",
  examples: [
    {
      text: "2023年,绍兴市地区生产总值增长7.8%,超额完成全年增长6.5%的预期目标。",
      date: "2024年1月10日",
      gives: { indicator: "地区生产总值增速", value: 6.5, direction: "rise", kind: "target", year: 2023 },
    },
    {
      text: "2023年上半年,绍兴市经济运行平稳,确保完成全年7%左右的经济预期增长目标。",
      date: "2023年7月20日",
      gives: { indicator: "地区生产总值增速", value: 7, comparator: "approx", kind: "target", year: 2023 },
    },
    {
      text: "1-9月份,绍兴市完成工业投资36亿元,占任务数40亿元的90%。",
      date: "2025年10月20日",
      gives: { indicator: "工业投资", value: 40, unit: "亿元", kind: "target", year: 2025 },
    },
  ],
  produce({ text, atoms, q }) {
    if (q.unit?.kind !== "percent") return taskOfTheYear(text, atoms, q);
    if (ECONOMY_GOAL_AFTER.test(text.slice(q.span[1], q.span[1] + 14)))
      return {
        candidates: [
          candidateFrom("goal", atoms, q, normalisedUnit(q, false), {
            indicator: "地区生产总值",
            change: changeOf(false),
            direction: "rise",
            kind: "target",
          }),
        ],
        consumed: [q],
      };
    if (!GOAL_AFTER.test(text.slice(q.span[1], q.span[1] + 8))) return null;
    const [cStart] = clauseOf(text, atoms, q.span[0]);
    const verb = CHANGE_BEFORE.exec(text.slice(cStart, q.span[0]));
    // "城镇调查失业率为5.2%,低于5.5%左右的预期目标": the goal of the level the clause before reported, a clause of
    // its own that compares the two
    if (
      !verb &&
      q.span[0] === cStart &&
      /^(?:低于|高于|好于|优于)$/.test(text.slice(q.span[0], q.numberStart))
    ) {
      const name = levelBefore(text, atoms, cStart, q);
      if (!name) return null;
      const said = text.slice(q.numberStart, q.span[1]);
      return {
        candidates: [
          candidateFrom("goal", atoms, q, normalisedUnit(q, false), {
            indicator: name,
            // the goal's own words say how it is bounded (5.5%左右), not the comparison with the result
            comparator: SUFFIX_COMPARATORS.find((c) => said.endsWith(c.word))?.comparator ?? "eq",
            kind: "target",
          }),
        ],
        consumed: [q],
      };
    }
    if (!verb) return null;
    // the measure named in the clause, else the one the sentence reported before it
    const named =
      indicatorBefore(text, atoms, cStart, q.span[0] - verb[0].length) ??
      lastBefore(atoms.indicators, cStart);
    // …or the one whose change the clause before reported, named by no lexicon: "单位地区生产总值能耗下降4%,完成下降
    // 3%的年度目标"
    const earlier = named ? undefined : within(atoms.quantities, atoms.sentence.start, cStart).pop();
    const changed =
      earlier?.unit?.kind === "percent" ? readAs([growthRule], { text, atoms, q: earlier }) : undefined;
    if (!named && !changed?.change) return null;
    const name = named ? measureOfGrowth(named.name) || null : changed!.indicator;
    const falling = verb[1] !== undefined;
    return {
      candidates: [
        candidateFrom("goal", atoms, q, normalisedUnit(q, false), {
          indicator: name,
          change: changeOf(falling),
          direction: falling ? "fall" : "rise",
          kind: "target",
        }),
      ],
      consumed: [q],
    };
  },
};

// the year's task or plan a result is measured against, named with its amount: "占任务数16900万元的63.7%",
// "占年度计划20亿元的85%"
const TASK_BEFORE = new RegExp(`^占${TASK_NAMED}$`);
const TASK_AFTER = /^的\d+(?:\.\d+)?%/;

/**
 * "1-10月份完成规模工业增加值10764万元,占任务数16900万元的63.7%": the amount of the task is the year's target of
 * the measure the clause before reported, in the same unit.
 */
function taskOfTheYear(text: string, atoms: SentenceAtoms, q: QuantityAtom): RuleResult | null {
  if (!TASK_AFTER.test(text.slice(q.span[1], q.span[1] + 10))) return null;
  const [cStart] = clauseOf(text, atoms, q.span[0]);
  if (!TASK_BEFORE.test(text.slice(cStart, q.span[0]))) return null;
  if (!levelBefore(text, atoms, cStart, q)) return null;
  // the measure as the result before it was read, subject and all ("完成技改投资20亿元" is 技改投资's)
  const result = measureRule.produce({ text, atoms, q: lastBefore(atoms.quantities, cStart)! });
  const read = result && !("skip" in result) && result.candidates.length === 1 ? result.candidates[0] : null;
  const unit = normalisedUnit(q, q.unit?.kind === "money");
  if (!read?.indicator || read.change || !unit) return null;
  return {
    candidates: [
      candidateFrom("goal", atoms, q, unit, {
        indicator: read.indicator,
        subject: read.subject,
        kind: "target",
        period: null,
      }),
    ],
    consumed: [q],
  };
}

/** The measure of the level the clause right before reported, in the unit of `q`: "城镇调查失业率平均为5.2%". */
function levelBefore(text: string, atoms: SentenceAtoms, cStart: number, q: QuantityAtom): string | null {
  if (cStart <= atoms.sentence.start) return null;
  const [pStart] = clauseOf(text, atoms, cStart - 2);
  const prev = within(atoms.quantities, pStart, cStart).pop();
  if (!prev || prev.unit?.to !== q.unit?.to || !/^[,，]$/.test(text.slice(prev.span[1], cStart))) return null;
  const from = topicStart(atoms, pStart, prev.span[0]);
  const end = prev.span[0] - (PREDICATE_AT_END.exec(text.slice(from, prev.span[0]))?.[0].length ?? 0);
  // (a level said as an average over the months: 失业率平均为5.2%)
  const name =
    indicatorBefore(text, atoms, from, end)?.name ?? measureName(text, from, end)?.replace(/平均$/, "");
  return name && !CHANGE_BEFORE.test(text.slice(from, prev.span[0])) ? name : null;
}
