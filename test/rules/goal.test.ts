import { diagnosticReason } from "../../src/lexicon/diagnostics";
import { expectAll, run } from "../helpers/extract-case";

const D = "2024年1月10日";

describe("goal: a target named by its figure inside a report (增长Q的预期目标)", () => {
  test.each([
    "2023年,绍兴市地区生产总值增长7.8%,超额完成全年增长6.5%的预期目标。",
    "2023年,绍兴市地区生产总值增长百分之七点八,完成全年增长百分之六点五的预期目标。",
    "2023年,绍兴市地区生产总值增长7.8%,高于增长6.5%的年度目标。",
  ])("%s", (text) =>
    expectAll(
      text,
      [
        { indicator: "地区生产总值增速", value: 7.8, kind: "actual", year: 2023 },
        { indicator: "地区生产总值增速", value: 6.5, kind: "target", year: 2023 },
      ],
      D,
    ),
  );
  test("a fall", () =>
    expectAll(
      "2023年,绍兴市单位地区生产总值能耗下降4%,完成下降3%的年度目标。",
      [
        { value: 4, direction: "fall", kind: "actual" },
        { value: 3, direction: "fall", kind: "target" },
      ],
      D,
    ));
  test("a figure before 的目标 with no change of a named measure is no target", () =>
    expect(run("2023年,绍兴市完成了6.5%的目标任务。", D).records).toEqual([]));
});

describe("goal-bracket: a result, then its goal's value in brackets", () => {
  test("an amount against its goal", () =>
    expectAll(
      "2023年,嘉兴市一般公共预算收入完成650亿元,超过年度目标(为620亿元)。",
      [
        { indicator: "一般公共预算收入", value: 650, kind: "actual", year: 2023 },
        { indicator: "一般公共预算收入", value: 620, kind: "target", year: 2023 },
      ],
      "2024年1月10日",
    ));
  test("a bracket after a result of another unit is nobody's goal", () => {
    const r = run("2023年,嘉兴市一般公共预算收入完成650亿元,高于预期目标(达到5%)。", "2024年1月10日");
    expect(r.records.filter((x) => x.unit === "%")).toEqual([]);
  });
});

describe("a level compared with its goal, named by its figure (…为5.1%,低于5.5%左右的预期目标)", () => {
  const text =
    "前三季度,宝鸡市城镇调查失业率平均为5.1%,低于5.5%左右的预期目标;居民消费价格同比上涨0.8%,涨幅保持温和。";
  test("the goal is a target of the level's measure, of the whole year, bounded as its own words say", () =>
    expectAll(
      text,
      [
        { indicator: "城镇调查失业率(前三季度)", value: 5.1, kind: "actual" },
        { indicator: "城镇调查失业率", value: 5.5, comparator: "approx", kind: "target", year: 2023 },
        { indicator: "居民消费价格涨幅(前三季度)", value: 0.8, kind: "actual" },
      ],
      "2023年10月20日",
    ));
});

describe("a result measured against the year's task, named with its amount (占任务数Y的Z%)", () => {
  test("the task is the year's target of the measure the clause before reported, in its unit", () =>
    expectAll(
      "1-9月份,湖州市完成规上工业增加值8600万元,占任务数12000万元的71.7%。1-9月份完成工业投资36亿元,占年度计划40亿元的90%。",
      [
        { indicator: "规上工业增加值(1-9月份)", value: 0.86, unit: "亿元", kind: "actual", year: 2025 },
        { indicator: "规上工业增加值", value: 1.2, unit: "亿元", kind: "target", year: 2025 },
        { indicator: "工业投资(1-9月份)", value: 36, kind: "actual", year: 2025 },
        { indicator: "工业投资", value: 40, kind: "target", year: 2025 },
      ],
      "2025年10月20日",
    ));
  test("a task of another unit than the result is nobody's", () => {
    const r = run("1-9月份,湖州市新开工项目32个,占任务数40亿元的80%。", "2025年10月20日");
    expect(r.records.filter((x) => x.kind === "target")).toEqual([]);
  });
});

test("a goal after a measure no lexicon names (单位地区生产总值能耗下降4%,完成下降3%的年度目标) is that measure's", () =>
  expect(
    run("2023年,湖州市单位地区生产总值能耗下降4.2%,完成下降3%的年度目标。", "2024年1月10日").records.map(
      (r) => `${r.indicator} ${r.value} ${r.kind}`,
    ),
  ).toEqual(["单位地区生产总值能耗降幅 4.2 actual", "单位地区生产总值能耗降幅 3 target"]));

test("a stretch goal after a goal (增长8%,力争10%) is a diagnostic that says so, the goal a record", () => {
  const r = run(
    "今年德清县的主要预期目标是:地区生产总值增长6%、力争7%;规上工业增加值增长8%,力争10%。",
    "2026年1月20日",
  );
  expect(r.records.map((x) => `${x.indicator} ${x.value}`)).toEqual([
    "地区生产总值增速 6",
    "规上工业增加值增速 8",
  ]);
  const stretch = r.diagnostics.filter((d) => d.quote?.includes("力争") && /stretch goal/.test(d.message));
  expect(stretch).toHaveLength(2);
  expect(diagnosticReason(stretch[0], "zh")).toMatch(/力争/);
});
