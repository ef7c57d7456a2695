import { expectAll, run } from "../helpers/extract-case";

const D = "佛山市人民政府\n2020年12月21日";

describe("cluster-list: A、B N个产业集群(指标)(比较)Q", () => {
  test.each([
    ["到2026年,汽车及新能源、军民融合及电子信息2个产业集群产值规模突破5000亿。", "gt", "产值规模"],
    ["到2026年,佛山市汽车及新能源、军民融合及电子信息2个产业集群产值规模超过5000亿元。", "gt", "产值规模"],
    ["到2026年,汽车及新能源、军民融合及电子信息两个产业集群产值规模达到5000亿元以上。", "gte", "产值规模"],
  ])("%s", (text, comparator, indicator) =>
    expectAll(
      text,
      [
        {
          subject: "汽车及新能源",
          region: "佛山市",
          value: 5000,
          unit: "亿元",
          year: 2026,
          kind: "target",
          comparator: comparator as "gt",
          indicator,
        },
        {
          subject: "军民融合及电子信息",
          region: "佛山市",
          value: 5000,
          unit: "亿元",
          year: 2026,
          kind: "target",
          comparator: comparator as "gt",
          indicator,
        },
      ],
      D,
    ),
  );

  test("a scale label inside the tier: 2个万亿产业集群", () =>
    expectAll(
      "到2020年,装备制造、泛家居2个万亿产业集群的产业基础进一步巩固。",
      [
        {
          subject: "装备制造",
          indicator: "规模",
          value: 10000,
          unit: "亿元",
          comparator: "gte",
          year: 2020,
          mention: "万亿",
        },
        { subject: "泛家居", value: 10000, unit: "亿元", comparator: "gte", year: 2020, mention: "万亿" },
      ],
      D,
    ));

  test("count and list must agree", () => {
    expect(
      run("到2026年,汽车及新能源、军民融合及电子信息3个产业集群产值规模突破5000亿。", D).records,
    ).toHaveLength(0);
  });
});

describe("tier headings: (一)培育2个超万亿元产业集群。1.装备制造 2.泛家居", () => {
  const doc = [
    "二、发展重点",
    "(一)培育2个超万亿元产业集群。",
    "1.装备制造。重点发展数控机床。",
    "2.泛家居。以智能家电为重点。",
    "(二)培育1个超5000亿元产业集群。",
    "1.汽车及新能源。发展氢能。",
    "三、重点任务",
  ].join("\n");
  test("each listed cluster gets the tier", () =>
    expectAll(
      doc,
      [
        {
          subject: "装备制造",
          value: 10000,
          comparator: "gt",
          unit: "亿元",
          kind: "target",
          region: "佛山市",
        },
        { subject: "泛家居", value: 10000, comparator: "gt", unit: "亿元", kind: "target" },
        { subject: "汽车及新能源", value: 5000, comparator: "gt", unit: "亿元", kind: "target" },
      ],
      "佛山市人民政府\n2020年12月21日",
    ));
  test("a stated mention elsewhere sets the year and wins", () => {
    const r = run(
      doc + "\n到2020年,装备制造、泛家居2个万亿产业集群的产业基础进一步巩固。",
      "佛山市人民政府\n2020年12月21日",
    );
    const eq = r.records.filter((x) => x.subject === "装备制造");
    expect(eq).toHaveLength(1);
    expect(eq[0]).toMatchObject({ comparator: "gt", year: 2020, stated: { year: true } });
  });
});

test.each(["培育形成", "推动形成", "加快培育壮大"])(
  "verbs in a row before the list (%s A、B等2个万亿级产业集群) are no part of its first name",
  (verbs) =>
    expectAll(
      `到2028年,嘉兴市${verbs}智能光伏、绿色化工等2个万亿级产业集群。`,
      [
        {
          subject: "智能光伏",
          indicator: "规模",
          value: 10000,
          comparator: "gte",
          kind: "target",
          year: 2028,
        },
        {
          subject: "绿色化工",
          indicator: "规模",
          value: 10000,
          comparator: "gte",
          kind: "target",
          year: 2028,
        },
      ],
      "2024年5月1日",
    ),
);
