import { expectAll, run } from "../helpers/extract-case";

const D = "2024年1月1日";

describe("each: A、B(指标)均Q — one figure for every listed item", () => {
  test("subjects", () =>
    expectAll(
      "2023年,绍兴市纺织、化工产业集群产值均超千亿元。",
      [
        { subject: "纺织", value: 1000, comparator: "gt" },
        { subject: "化工", value: 1000, comparator: "gt" },
      ],
      D,
    ));
  test("places, with a change", () =>
    expectAll(
      "2023年,越城、柯桥两区地区生产总值均增长8%以上。",
      [
        { region: "越城区", indicator: "地区生产总值增速", value: 8, direction: "rise" },
        { region: "柯桥区", indicator: "地区生产总值增速", value: 8, direction: "rise" },
      ],
      D,
    ));
  test("a fall", () =>
    expectAll(
      "2023年,越城、柯桥两区工业投资均下降3%。",
      [
        { region: "越城区", value: 3, direction: "fall" },
        { region: "柯桥区", value: 3, direction: "fall" },
      ],
      D,
    ));
  test("a rate written once after the last item is each item's", () =>
    expectAll(
      "到2026年,丽水市地膜、农药包装废弃物回收率均达到85%以上。",
      [
        { subject: "地膜", indicator: "回收率", value: 85, comparator: "gte", kind: "target" },
        { subject: "农药包装废弃物", indicator: "回收率", value: 85, comparator: "gte", kind: "target" },
      ],
      D,
    ));
  test("places joined by 和 with the period after them (甲和乙上半年GDP均…) give a record each", () =>
    expectAll(
      "2023年城市半年报观察。长沙和郑州上半年GDP均超过6500亿元。",
      [
        { region: "长沙市", indicator: "地区生产总值(上半年)", value: 6500, comparator: "gt" },
        { region: "郑州市", indicator: "地区生产总值(上半年)", value: 6500, comparator: "gt" },
      ],
      "2023年7月30日",
    ));
  test("two figures after 均 are no such clause", () => {
    const r = run("2023年,越城、柯桥两区地区生产总值均增长8%和9%。", D);
    expect(r.records.filter((x) => x.value === 8 && x.region === "柯桥区")).toEqual([]);
  });
});

describe("分别 before a single figure gives it to each listed item, as 均 does", () => {
  test("two items joined by 与 (甲与乙产业产值分别接近Q)", () =>
    expectAll(
      "到2027年,宝鸡市装备制造与新材料产业产值分别接近800亿元。",
      [
        { subject: "装备制造", indicator: "产值", value: 800, comparator: "approx", kind: "target" },
        { subject: "新材料", indicator: "产值", value: 800, comparator: "approx", kind: "target" },
      ],
      "2024年1月1日",
    ));
  test("a growth said once after 分别", () =>
    expectAll(
      "2023年,宝鸡市汽车、电子产业增加值分别增长9%。",
      [
        { subject: "汽车", indicator: "增加值增速", value: 9, direction: "rise" },
        { subject: "电子", indicator: "增加值增速", value: 9, direction: "rise" },
      ],
      "2024年1月1日",
    ));
});

test("主要 and 重要 in a listed item are no verbs (主要农产品、重要工业品合格率均达到…)", () =>
  expectAll(
    "到2026年,宝鸡市主要农产品、重要工业品合格率均达到98%以上。",
    [
      { subject: "主要农产品", indicator: "合格率", value: 98, comparator: "gte", kind: "target" },
      { subject: "重要工业品", indicator: "合格率", value: 98, comparator: "gte", kind: "target" },
    ],
    "2023年1月1日",
  ));
