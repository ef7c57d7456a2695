import { expectAll, run } from "../helpers/extract-case";

const D = "2024年1月20日";
const facts = (text: string) =>
  run(text, D).records.map((r) => [r.region, r.indicator, r.value, r.comparator, r.kind].join(" "));

describe("round-ups: a figure shared by a list of places", () => {
  test("甲、乙(等地)的(预期)目标是“增长X%”, the measure from the passage", () =>
    expect(
      facts(
        "从地区生产总值增长目标看,湖州、衢州、丽水的预期目标是“增长6.5%以上”;金华市的目标为“增长6%左右”。",
      ),
    ).toEqual([
      "湖州市 地区生产总值增速 6.5 gte target",
      "衢州市 地区生产总值增速 6.5 gte target",
      "丽水市 地区生产总值增速 6.5 gte target",
      "金华市 地区生产总值增速 6 approx target",
    ]));

  test("the list may stand in the clause before, and the measure in the sentence before", () =>
    expect(
      facts("固定资产投资方面,目标最高的是温州。\n其次是湖州、嘉兴等地,预期目标均为“增长10%”。"),
    ).toEqual(["湖州市 固定资产投资增速 10 eq target", "嘉兴市 固定资产投资增速 10 eq target"]));

  test("a region opening an earlier clause owns the figures after it", () =>
    expectAll(
      "聚焦上述目标,湖州市提出的目标是:GDP增速7%,固定资产投资增速9%。",
      [
        { region: "湖州市", indicator: "地区生产总值增速", value: 7, kind: "target" },
        { region: "湖州市", indicator: "固定资产投资增速", value: 9, kind: "target" },
      ],
      D,
    ));

  test("one measure, two deadlines: both targets survive", () =>
    expectAll(
      "到2025年,湖州市数字经济核心产业增加值突破1000亿元;到2030年,湖州市数字经济核心产业增加值突破1000亿元。",
      [{ year: 2025 }, { year: 2030 }],
      D,
    ));

  test("a local paper's byline names the home region", () =>
    expectAll(
      "本报讯(湖州日报记者 张三)今年,全市主要预期目标是:经济增长6%以上。",
      [{ region: "湖州市", indicator: "地区生产总值增速", value: 6, kind: "target", direction: "rise" }],
      D,
    ));

  test("slogans in quotes are still no figures", () =>
    expect(facts("湖州市实施“1+1+9”工程,推进“361015工程”。")).toEqual([]));
});

describe("more round-up shapes", () => {
  test("甲、乙则定在6%以上; 丙的目标在4.5%左右 (a percentage of 地区生产总值 is its growth)", () =>
    expect(facts("从地区生产总值增长目标来看,除了湖州市的目标在4.5%左右,衢州、丽水则定在6%以上。")).toEqual([
      "湖州市 地区生产总值增速 4.5 approx target",
      "衢州市 地区生产总值增速 6 gte target",
      "丽水市 地区生产总值增速 6 gte target",
    ]));
  test("a headline's figure is left to the body", () =>
    expect(
      facts(
        "湖州今年力争地区生产总值增长6%\n湖州市人民政府工作报告提出,今年全市地区生产总值力争增长6%左右,固定资产投资增长8%。",
      ),
    ).toEqual(["湖州市 地区生产总值增速 6 approx target", "湖州市 固定资产投资增速 8 eq target"]));
});

describe("places that name things, and examples", () => {
  test("a place naming a 都市圈 opens no clause for the figures after it", () =>
    expect(
      facts(
        "长江中游城市群“十四五”实施方案\n到2025年,武汉、长株潭等都市圈辐射带动作用进一步发挥,常住人口城镇化率达到67%。",
      ),
    ).toEqual(["长江中游城市群 常住人口城镇化率 67 eq target"]));
  test("比如 leads a sentence like a time word", () =>
    expect(facts("湖州市人民政府\n比如,2023年衢州地区生产总值增长4.2%左右,今年预期目标增长5%左右。")).toEqual(
      ["衢州市 地区生产总值增速 4.2 approx actual", "衢州市 地区生产总值增速 5 approx target"],
    ));
});

test("a round-up keeps its kind from one sentence to the next", () =>
  expect(
    facts("从固定资产投资增长目标看,湖州、丽水的目标是“增长10%”。\n“增长8%以上”的地市有衢州、金华。"),
  ).toEqual([
    "湖州市 固定资产投资增速 10 eq target",
    "丽水市 固定资产投资增速 10 eq target",
    "衢州市 固定资产投资增速 8 gte target",
    "金华市 固定资产投资增速 8 gte target",
  ]));

test("in a sentence about goals, a place with 为/是 and a quoted value", () =>
  expect(
    facts(
      "从固定资产投资增长目标看,湖州的目标依然不低,为“增长12%左右”,其次是丽水市,为“增长10%以上”,衢州市是“增长9%”。",
    ),
  ).toEqual([
    "湖州市 固定资产投资增速 12 approx target",
    "丽水市 固定资产投资增速 10 gte target",
    "衢州市 固定资产投资增速 9 eq target",
  ]));

describe("the measure of a round-up's places is one the passage names, not a kind of figure", () => {
  test("the measure a bare rate word (…某个经济增长率) stands after is the one the places' goals are of", () =>
    expect(
      facts(
        "据统计,20个省份的GDP增长目标带有“左右”二字,另有3地表示将达到某个经济增长率以上。\n具体来看,山西、吉林、宁夏的目标均在5%左右,天津定为4.5%。",
      ),
    ).toEqual([
      "山西省 地区生产总值增速 5 approx target",
      "吉林省 地区生产总值增速 5 approx target",
      "宁夏回族自治区 地区生产总值增速 5 approx target",
      "天津市 地区生产总值增速 4.5 eq target",
    ]));

  test("a share or a count named alone before the figure is not taken as its measure", () =>
    expect(facts("从总数看,目标最高的是某地。\n山西、吉林的目标均为8%。")).toEqual([]));
});

test("a figure whose likelihood is weighed (…的可能性在上升, …的概率不大) is no target", () => {
  const r = run("分析人士认为,全国增长目标设定在4.5-5%的可能性在上升,定在6%的概率不大。", D);
  expect(r.records).toEqual([]);
  expect(r.diagnostics.filter((d) => d.code === "non_fact").map((d) => d.quote)).toHaveLength(2);
});

test("a place's goal set with an adverb before the verb (天津直接定为4.5%) is that place's", () =>
  expect(
    facts("从地区生产总值增长目标看,辽宁、云南的目标均在4.5%左右,天津直接定为4.5%,海南已定为6%。"),
  ).toEqual([
    "辽宁省 地区生产总值增速 4.5 approx target",
    "云南省 地区生产总值增速 4.5 approx target",
    "天津市 地区生产总值增速 4.5 eq target",
    "海南省 地区生产总值增速 6 eq target",
  ]));
