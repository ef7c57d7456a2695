import { changeOf, indicatorName } from "../../src/extract/types";
import { expectOne, run } from "../helpers/extract-case";

// A candidate's indicator is structured — the measure, what of it (a change) and when (a period) — and named
// once when it becomes a record.
describe("the indicator's parts", () => {
  test("changes by direction, points and yearly average", () => {
    expect(changeOf(false)).toBe("增速");
    expect(changeOf(true)).toBe("降幅");
    expect(changeOf(false, false, true)).toBe("年均增速");
    expect(changeOf(true, false, true)).toBe("年均降幅");
    expect(changeOf(false, true)).toBe("提高百分点");
    expect(changeOf(true, true, true)).toBe("下降百分点");
  });

  test("named measure, change, period — any part may be missing", () => {
    expect(indicatorName({ indicator: "工业增加值", change: "增速", period: "上半年" })).toBe(
      "工业增加值增速(上半年)",
    );
    expect(indicatorName({ indicator: "地区生产总值", change: null, period: null })).toBe("地区生产总值");
    expect(indicatorName({ indicator: null, change: "降幅", period: null })).toBe("降幅");
    expect(indicatorName({ indicator: null, change: null, period: "1-5月" })).toBe("(1-5月)");
    expect(indicatorName({ indicator: null })).toBeNull();
    expect(indicatorName({ indicator: "投资", period: "2021—2025" })).toBe("投资(2021-2025)");
    expect(indicatorName({ indicator: "产值", period: "1至5月" })).toBe("产值(1-5月)");
  });

  test("a period and a change of one figure end up in one indicator, the period last", () =>
    expectOne("2021年上半年,东莞市规模以上工业增加值同比下降2.5%。", {
      region: "东莞市",
      indicator: "规模以上工业增加值降幅(上半年)",
      direction: "fall",
      value: 2.5,
      kind: "actual",
    }));
});

describe("verbs of change come from one list", () => {
  test.each<[string, string, "rise" | "fall", number]>([
    ["2023年,东莞市进出口总额同比上升3.2%。", "进出口总额增速", "rise", 3.2],
    ["2023年,东莞市城乡居民收入差距缩小1.5%。", "城乡居民收入差距降幅", "fall", 1.5],
  ])("%s", (text, indicator, direction, value) =>
    expectOne(text, { region: "东莞市", indicator, direction, value, kind: "actual" }, "2024年3月1日"),
  );
});

describe("a growth clause after one about the economy", () => {
  test("经济保持平稳增长,年均增长X%: the economy's growth", () =>
    expectOne(
      "到2025年,东莞市经济保持平稳增长,年均增长6%左右。",
      {
        region: "东莞市",
        indicator: "地区生产总值年均增速",
        value: 6,
        comparator: "approx",
        kind: "target",
        year: 2025,
      },
      "2021年3月1日",
    ));
  test("only the clause right after: one with a figure of its own in between breaks it", () => {
    const r = run("到2025年,东莞市经济保持平稳增长,新增企业500家,年均增长6%左右。", "2021年3月1日");
    expect(r.records.map((x) => x.indicator)).not.toContain("地区生产总值年均增速");
  });
});

describe("a part of the year gives way to a whole year or a deadline said before the figure", () => {
  test("上半年 opens the sentence; 到2025年 dates the second figure as a whole year's", () => {
    const r = run("今年上半年,东莞市工业投资增长8%;到2025年,工业投资突破2000亿元。", "2021年7月20日");
    const indicators = r.records.map((x) => [x.value, x.indicator]);
    expect(indicators).toContainEqual([8, "工业投资增速(上半年)"]);
    expect(indicators).toContainEqual([2000, "工业投资"]);
  });
});

describe("a clause that opens with the whole year ends the part of the year its passage spoke of", () => {
  const text =
    "2024年1-10月,东莞市工业投资完成300亿元,全年预计完成工业投资360亿元。\n全市新开工项目40个,同比增加5个。";
  const read = (t: string) => run(t, "2024年11月25日").records.map((x) => [x.value, x.subject, x.indicator]);
  test("the figures after it, in its paragraph and the next, are no part's", () =>
    expect(read(text)).toEqual([
      [300, null, "工业投资(1-10月)"],
      [360, null, "工业投资"],
      [40, "新开工项目", null],
    ]));
  test("a part that opens the next paragraph speaks for it again", () =>
    expect(read(text.replace("全市新开工", "1-10月,全市新开工"))).toContainEqual([
      40,
      "新开工项目",
      "(1-10月)",
    ]));
});

describe("GDP by its other names", () => {
  test.each([["GDP规模接近8000亿元"], ["GDP总量突破7000亿元"]])("%s is 地区生产总值", (phrase) =>
    expectOne(
      `2023年,嘉兴市${phrase}。`,
      { indicator: "地区生产总值", kind: "actual", year: 2023 },
      "2024年2月1日",
    ),
  );
});
