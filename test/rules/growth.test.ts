import { expectAll, expectNone, expectOne, run } from "../helpers/extract-case";

const D2021 = "2021年3月1日";

describe("growth: (指标)(同比)增长X%", () => {
  test.each([
    ["2020年,沈阳高新区地区生产总值增长4%。", "增长4%"],
    ["2020年,沈阳高新区地区生产总值同比增长4%。", "同比增长4%"],
    ["2020年沈阳高新区地区生产总值比上年增长4%。", "比上年增长4%"],
  ])("%s", (text, mention) =>
    expectOne(
      text,
      {
        kind: "actual",
        region: "沈阳高新区",
        indicator: "地区生产总值增速",
        value: 4,
        unit: "%",
        year: 2020,
        mention,
      },
      D2021,
    ),
  );

  test("growth after a figure takes that figure's measure", () =>
    expectAll(
      "2020年,佛山高新区营业收入4569.44亿元,增长2.65%。",
      [
        { indicator: "营业收入", value: 4569.44, unit: "亿元" },
        { indicator: "营业收入增速", value: 2.65, unit: "%", mention: "增长2.65%" },
      ],
      D2021,
    ));

  test.each([
    ["2023年1-6月,嘉兴市规模以上工业增加值实现同比增长7.1%。", "规模以上工业增加值增速(1-6月)", 7.1],
    [
      "2023年1-6月,嘉兴市固定资产投资实现增长4.6%,增速比一季度回落1.2个百分点。",
      "固定资产投资增速(1-6月)",
      4.6,
    ],
    ["2023年1-6月,嘉兴市社会消费品零售总额保持增长3.3%。", "社会消费品零售总额增速(1-6月)", 3.3],
  ])("实现/保持 between a measure and its growth: %s", (text, indicator, value) =>
    expectAll(
      text,
      [{ kind: "actual", region: "嘉兴市", year: 2023, indicator, value, unit: "%" }],
      "2023年7月20日",
    ),
  );

  test("a subject's growth target", () =>
    expectOne(
      "今年,重庆市力争数字经济增长15%以上。",
      { kind: "target", subject: "数字经济", indicator: "增速", comparator: "gte", value: 15, year: 2020 },
      "2020年5月6日",
    ));

  test.each([["2020年全市某项指标下降3%。"], ["增长率较高,占比约35%。"]])("no record: %s", (t) =>
    expectNone(t, D2021),
  );
});

describe("growth after “其中”", () => {
  test("a sub-item's growth is the sub-item's, never the total's", () =>
    expectAll(
      "2019年,温州市外贸进出口总额2924.5亿元,增长12.3%,其中出口2380.7亿元,增长11.6%。",
      [
        { indicator: "进出口总额", value: 2924.5, unit: "亿元", kind: "actual" },
        { indicator: "进出口总额增速", value: 12.3 },
        { indicator: "出口额", value: 2380.7 },
        { indicator: "出口额增速", value: 11.6 },
      ],
      "2020年5月6日",
    ));

  test("growth after a figure of something unnamed is not given to the measure before it", () => {
    const r = run("2019年,温州市地区生产总值8000亿元,增长7%,其中某某1200亿元,增长9%。", "2020年5月6日");
    expect(r.records.map((x) => `${x.indicator}:${x.value}`)).toEqual([
      "地区生产总值:8000",
      "地区生产总值增速:7",
    ]);
  });
});

describe("the local part of a revenue", () => {
  test("地方级 / 地方 before a known measure name another measure, not the whole's", () =>
    expectAll(
      "2023年,漳州市财政总收入增长13%,其中地方级财政收入增长16%;地方财政收入180亿元。",
      [
        { indicator: "财政总收入增速", value: 13 },
        { indicator: "地方级财政收入增速", value: 16 },
        { indicator: "地方财政收入", value: 180 },
      ],
      "2024年2月1日",
    ));
});

describe("classes of goods after “其中”", () => {
  test("are parts of the measure named before (prices, sales), no measure of their own: diagnostics", () => {
    const r = run(
      "2023年,温州市居民消费价格比上年上涨0.4%。其中,教育文化类上涨1.1%、居住类下降0.3%、烟酒及用品类上涨0.2%。",
      "2024年2月1日",
    );
    expect(r.records.map((x) => `${x.indicator}:${x.value}`)).toEqual(["居民消费价格涨幅:0.4"]);
    expect(r.diagnostics.filter((d) => /a class of goods/.test(d.message))).toHaveLength(3);
  });
  test("a class's sales too, listed with 分别 or not", () => {
    expectNone("2023年,温州市家用电器类同比增长12%,通讯器材类增长8%。", "2024年2月1日");
    expectNone("2023年,温州市饮料类、烟酒类商品零售分别增长8.6%和6.3%。", "2024年2月1日");
  });
});

describe("rates of change and shares", () => {
  test("a measure that is a rate already takes the figure as it is", () =>
    expectOne(
      "2024年,宁波市居民消费价格上涨0.5%。",
      { indicator: "居民消费价格涨幅", value: 0.5 },
      "2025年1月15日",
    ));

  test("a share's change names its owner and base", () =>
    expectOne(
      "2024年,宁波市研发经费支出占地区生产总值比重提高0.2个百分点。",
      { subject: "研发经费支出", indicator: "占地区生产总值比重提高百分点", value: 0.2, unit: "百分点" },
      "2025年1月15日",
    ));

  test("a share's change with no owner in the clause is not recorded", () =>
    expectNone("2024年,宁波市占地区生产总值比重提高0.2个百分点。", "2025年1月15日"));
});

describe("falls: 下降X% is recorded with direction fall and the size of the fall", () => {
  test.each([
    ["到2027年,嘉兴市单位地区生产总值能耗比2022年下降12%。", "单位地区生产总值能耗降幅", "eq"],
    ["到2027年,嘉兴市单位地区生产总值能耗累计下降12%以上。", "单位地区生产总值能耗降幅", "gte"],
    ["到2027年,嘉兴市万元工业增加值用水量较2022年下降12%。", "万元工业增加值用水量降幅", "eq"],
    // the output a measure is per is named as the lexicon names it, whatever the text calls it
    ["到2027年,嘉兴市单位GDP能耗下降12%。", "单位地区生产总值能耗降幅", "eq"],
    ["到2027年,嘉兴市单位生产总值能耗降幅目标为12%。", "单位地区生产总值能耗降幅", "eq"],
    ["到2027年,嘉兴市万元GDP用水量下降幅度为12%。", "万元地区生产总值用水量降幅", "eq"],
  ])("%s", (text, indicator, comparator) =>
    expectOne(
      text,
      {
        kind: "target",
        region: "嘉兴市",
        indicator,
        direction: "fall",
        value: 12,
        unit: "%",
        year: 2027,
        comparator: comparator as "eq",
      },
      "2024年3月1日",
    ),
  );
  test("同口径 is the base of the change, no part of the measure's name", () =>
    expectAll(
      "前三季度,嘉兴市实现一般公共预算收入70.1亿元,同口径下降19.4%。",
      [
        { indicator: "一般公共预算收入(前三季度)", value: 70.1 },
        { indicator: "一般公共预算收入降幅(前三季度)", direction: "fall", value: 19.4 },
      ],
      "2025年11月3日",
    ));
  test("a growth is a rise", () =>
    expectOne(
      "2023年,嘉兴市地区生产总值增长6.3%。",
      { indicator: "地区生产总值增速", direction: "rise", kind: "actual", value: 6.3 },
      "2024年3月1日",
    ));
  test("two measures sharing one change", () =>
    expectAll(
      "2024年,嘉兴市力争城镇居民人均可支配收入和农村居民人均可支配收入均增长6%左右。",
      [
        { indicator: "城镇居民人均可支配收入增速", direction: "rise", value: 6, kind: "target" },
        { indicator: "农村居民人均可支配收入增速", direction: "rise", value: 6, kind: "target" },
      ],
      "2024年3月1日",
    ));
});

describe("periods and subjects around a change", () => {
  test("累计 in a plan does not make a deadline's figure a result", () =>
    expectOne(
      "到2020年,嘉兴市单位工业增加值能耗累计下降18%。",
      { kind: "target", year: 2020, direction: "fall", value: 18 },
      "2021年3月1日",
    ));
  test("通过3年攻坚 ends in the third year counting this one", () =>
    expectOne(
      "嘉兴市人民政府\n方案提出,通过3年攻坚,全市规上工业亩均税收达到40万元。",
      { kind: "target", year: 2023, indicator: "亩均税收", value: 0.004 },
      "2021年11月5日",
    ));
  test("the thing before a verb is the subject of the measure after it", () =>
    expectOne(
      "2023年,嘉兴市第一产业完成增加值120亿元。",
      { subject: "第一产业", indicator: "增加值", value: 120, kind: "actual" },
      "2024年1月1日",
    ));
});

describe("from one value to another: 由A提高到B", () => {
  test("years after 由 and 到 date each value; a target end is a target", () =>
    expectAll(
      "到2025年,嘉兴市制造业增加值占地区生产总值比重由2020年的40.2%提高至42%左右。",
      [
        { subject: "制造业增加值", indicator: "占地区生产总值比重", value: 40.2, year: 2020, kind: "actual" },
        { subject: "制造业增加值", value: 42, year: 2025, kind: "target", comparator: "approx" },
      ],
      "2021年3月1日",
    ));
  test("a change without years takes those of the change before it", () =>
    expectAll(
      "五年来,嘉兴市地区生产总值由2016年的3800亿元提高到2021年的6355亿元,一般公共预算收入由330亿元提高到598亿元。",
      [
        { indicator: "地区生产总值", value: 3800, year: 2016 },
        { indicator: "地区生产总值", value: 6355, year: 2021 },
        { indicator: "一般公共预算收入", value: 330, year: 2016 },
        { indicator: "一般公共预算收入", value: 598, year: 2021 },
      ],
      "2022年1月10日",
    ));
  test.each(["过去五年,", "这五年,"])(
    "a start in a passage looking back over five years (%s) is of the year before them",
    (opening) =>
      expectAll(
        `${opening}嘉兴市国家高新技术企业由900家增至2500家。`,
        [
          { value: 900, unit: "家", kind: "actual", year: 2016 },
          { value: 2500, unit: "家", kind: "actual", year: 2021 },
        ],
        "2022年1月10日",
      ),
  );
  test("a start of no known year is left out and shown as such, the end is kept", () => {
    const r = run("2021年,嘉兴市国家高新技术企业由900家增至2500家。", "2022年1月10日");
    expect(r.records.map((x) => [x.value, x.year])).toEqual([[2500, 2021]]);
    expect(r.diagnostics.map((d) => d.message)).toContain("the value a change started from, of no year said");
  });
});

describe("more ways of naming the measure", () => {
  test("主要预期目标是经济增长4.5%至5%: the economy's growth, a range", () =>
    expectOne(
      "绍兴市人民政府工作报告\n今年发展主要预期目标是经济增长5%至5.5%。",
      { indicator: "地区生产总值增速", value: 5, valueMax: 5.5, comparator: "range", kind: "target" },
      "2024年1月20日",
    ));
  test("a figure right after GDP is GDP's", () =>
    expectOne(
      "2023年,绍兴市完成GDP7791亿元。",
      { indicator: "地区生产总值", value: 7791, kind: "actual" },
      "2024年1月20日",
    ));
  test("per mille, and 升幅", () =>
    expectAll(
      "2024年,绍兴市主要预期目标:人口自然增长率控制在3‰以内,居民消费价格升幅3%左右。",
      [
        { indicator: "人口自然增长率", value: 3, unit: "‰", comparator: "lte", kind: "target" },
        { indicator: "居民消费价格涨幅", value: 3, unit: "%", comparator: "approx", kind: "target" },
      ],
      "2024年1月20日",
    ));
  test("a sentence citing a study ends a passage the future opened", () =>
    expectAll(
      "报告提出,未来五年,绍兴市数字经济增加值达到3000亿元。\n根据研究院发布的白皮书,绍兴市数字经济规模超千亿元。",
      [
        { value: 3000, kind: "target", year: 2029 },
        { value: 1000, kind: "actual" },
      ],
      "2024年9月1日",
    ));
});

describe("the economy's average growth over a plan's years", () => {
  test("after a clause about the economy as a whole (经济发展迈上新台阶)", () =>
    expectOne(
      "“十四五”时期,绍兴市经济发展迈上新台阶,年均增长6%左右。",
      { indicator: "地区生产总值年均增速", value: 6, comparator: "approx", kind: "target", year: 2025 },
      "2021年6月1日",
    ));
  test("dated by the deadline the sentence names next, not by the passage's first year", () =>
    expectAll(
      "《纲要》提出“十四五”时期(2021年至2025年)的目标。绍兴市经济发展进入全新阶段,年均增长6%左右,到2025年,地区生产总值达到9000亿元。",
      [
        { indicator: "地区生产总值年均增速", value: 6, year: 2025 },
        { indicator: "地区生产总值", value: 9000, year: 2025 },
      ],
      "2021年6月1日",
    ));
});

describe("two measures joined before one change", () => {
  test("each known measure gets the change, with or without 均", () =>
    expectAll(
      "今年温州市地区生产总值和财政一般公共预算收入增长7%以上,城镇居民人均可支配收入和农民人均纯收入增长8%。",
      [
        { indicator: "地区生产总值增速", value: 7, comparator: "gte" },
        { indicator: "财政一般公共预算收入增速", value: 7, comparator: "gte" },
        { indicator: "城镇居民人均可支配收入增速", value: 8 },
        { indicator: "农民人均纯收入增速", value: 8 },
      ],
      "2008年1月20日",
    ));
  test("a sector named with 和 is one sector, not its last word (科学研究和技术服务业)", () =>
    expectAll(
      "2024年,温州市科学研究和技术服务业增长9%,租赁和商务服务业增加值增长6%。",
      [
        { subject: "科学研究和技术服务业", value: 9 },
        { subject: "租赁和商务服务业", value: 6 },
      ],
      "2025年1月20日",
    ));
});

test("a sector's official name of a list and 和 is kept whole (计算机、通信和其他电子设备制造业)", () =>
  expectOne(
    "上半年,温州市计算机、通信和其他电子设备制造业增长3.7%。",
    { subject: "计算机、通信和其他电子设备制造业", value: 3.7 },
    "2024年7月20日",
  ));

test("a rate estimated (GDP增速预计为4.5%) is the measure's growth", () =>
  expectOne(
    "其中,山西经济增速排名靠后,2023年GDP增速预计为4.5%。",
    { region: "山西省", indicator: "地区生产总值增速", value: 4.5, year: 2023, kind: "actual" },
    "2024年1月20日",
  ));

test("a rise by a negative rate (增长-8.7%) is a fall of that size", () =>
  expectAll(
    "二季度,柳林县地区生产总值比上年同期增长-8.7%,第一产业增加值增长12.1%。",
    [
      { indicator: "地区生产总值降幅(二季度)", value: 8.7, direction: "fall" },
      { subject: "第一产业", value: 12.1, direction: "rise" },
    ],
    "2024年9月9日",
  ));

test("a repost spun with synonyms writes 生长 for 增长", () =>
  expectOne(
    "到2025年,武汉市地区生产总值年均生长6%左右。",
    { indicator: "地区生产总值年均增速", value: 6, kind: "target", year: 2025 },
    "2022年3月1日",
  ));

describe("a month's figures whose month is not named (当月, 单月)", () => {
  test("are diagnostics, with their breakdown; the period's figures before them stay", () => {
    const r = run(
      "前三季度,湖南省出口额1.2万亿元,同比增长8.1%。单月出口创新高,全省出口0.15万亿元,同比增长9.3%。其中,机电产品出口0.07万亿元,增长5.5%;农产品出口0.01万亿元,增长2.2%。",
      "2023年10月20日",
    );
    expect(r.records.map((x) => [x.indicator, x.value])).toEqual([
      ["出口额(前三季度)", 12000],
      ["出口额增速(前三季度)", 8.1],
    ]);
    const unnamed = r.diagnostics.filter((d) => /the month not named/.test(d.message));
    expect(unnamed.map((d) => r.text.slice(d.span[0], d.span[1]))).toEqual([
      "0.15万亿元",
      "同比增长9.3%",
      "0.07万亿元",
      "增长5.5%",
      "0.01万亿元",
      "增长2.2%",
    ]);
  });
  test("a month named before (6月份,…当月) is that month; a new group of clauses (;) is of the period again", () => {
    expectAll(
      "今年6月份,湖南省出口额同比增长7.1%,当月出口额创新高。",
      [{ indicator: "出口额增速(6月份)", value: 7.1 }],
      "2023年7月20日",
    );
    expectAll(
      "上半年,湖南省规模以上工业增加值增长6%,其中当月增长5%;工业投资360亿元。",
      [
        { indicator: "规模以上工业增加值增速(上半年)", value: 6 },
        { indicator: "工业投资(上半年)", value: 360 },
      ],
      "2023年7月20日",
    );
  });
});

test("a month named right before 当月 (5月当月) is that month alone, out of the measure's name", () =>
  expectAll(
    "1-5月,宝鸡市规模以上工业综合能源消费量86万吨标准煤。5月当月规模以上工业综合能源消费量17万吨标准煤。",
    [
      { indicator: "规模以上工业综合能源消费量(1-5月)", value: 860000 },
      { indicator: "规模以上工业综合能源消费量(5月份)", value: 170000 },
    ],
    "2023年6月20日",
  ));

test("a bare 总产值 opening its clause is the output of the owner the clause before measured", () =>
  expectAll(
    "2023年,嘉兴市规上工业增加值增长6.1%,总产值增长4.2%;工业增加值130亿元,总产值520亿元。",
    [
      { indicator: "规上工业增加值增速", value: 6.1 },
      { indicator: "规上工业总产值增速", value: 4.2 },
      { indicator: "工业增加值", value: 130 },
      { indicator: "工业总产值", value: 520 },
    ],
    "2024年1月20日",
  ));

test("what of a known industry is measured stands in its name (制造业用电增速), not the industry alone", () =>
  expectAll(
    "1-7月,安徽省装备制造业用电增速达18.5%,新能源汽车年产量突破90万辆,新能源车年产量突破90万辆。",
    [
      { subject: "装备制造业用电", indicator: "增速(1-7月)", value: 18.5 },
      { subject: "新能源汽车", indicator: "产量(1-7月)", value: 900000 },
      { subject: "新能源车", indicator: "产量(1-7月)", value: 900000 },
    ],
    "2021年8月10日",
  ));

test("the effort put into a measure (加大投资力度) is no measure a later growth is of", () =>
  expectNone(
    "上年基数低,加之安徽加大基建投资力度,大批项目集中开工,使得今年前三季度安徽增速高达12.7%。",
    "2021年10月30日",
  ));

test("a part of a year written after its year is that year's, in a text dated later (2021年前三季度 in 2022)", () =>
  expectAll(
    "2021年前三季度,宁波市地区生产总值10470亿元,同比增长11.3%。2021年上半年,宁波市出口额3100亿元。",
    [
      { indicator: "地区生产总值(前三季度)", value: 10470, year: 2021 },
      { indicator: "地区生产总值增速(前三季度)", value: 11.3, year: 2021 },
      { indicator: "出口额(上半年)", value: 3100, year: 2021 },
    ],
    "2022年1月15日",
  ));

test("a conjunction before a kind of investment is no part of its name (而非房地产投资)", () =>
  expectAll(
    "2021年,东莞市房地产投资增速为-8.9%,而非房地产投资增速为12.5%。",
    [
      { indicator: "房地产投资降幅", value: 8.9 },
      { indicator: "非房地产投资增速", value: 12.5 },
    ],
    "2022年1月15日",
  ));

test("what there is now (目前已经有…) takes no part of the year from the title or the passage", () =>
  expect(
    run("2024年1-11月全省高新区主要指标\n江西省目前已经有9家国家高新区。", "2024年12月20日").records.map(
      (r) => [r.subject, r.indicator, r.value],
    ),
  ).toEqual([["国家高新区", null, 9]]));

test("a measure after 占 is a share's base: a growth clauses later is not its (…占GDP的26.7%,同比增长16.7%) but the measure's before the share", () =>
  expectAll(
    "上半年,宁波市数字经济核心产业增加值1200亿元,占GDP的16.5%,同比增长12.3%。",
    [
      { subject: "数字经济核心产业", indicator: "增加值(上半年)", value: 1200 },
      { subject: "数字经济核心产业", indicator: "增加值增速(上半年)", value: 12.3 },
    ],
    "2021年8月8日",
  ));

test("a kind of investment listed after another with its figure, or after a word of intent, keeps its name", () =>
  expectAll(
    "惠州市政府工作报告\n今年,惠州市要完成交通投资600亿元、水利投资150亿元,力争片区开发投资超过900亿元。",
    [
      { indicator: "交通投资", value: 600, kind: "target", year: 2024 },
      { indicator: "水利投资", value: 150, kind: "target", year: 2024 },
      { indicator: "片区开发投资", value: 900, comparator: "gt", kind: "target", year: 2024 },
    ],
    "2024年2月1日",
  ));

test("a bare 增加值 after a clause saying an industry grows is that industry's; after the economy's, no one's", () => {
  expectAll(
    "2023年,惠州市电子信息产业较快增长,增加值同比增长9.6%。",
    [{ subject: "电子信息产业", indicator: "增加值增速", value: 9.6 }],
    "2024年2月1日",
  );
  expectNone("2023年,惠州市经济稳步增长,增加值同比增长5.1%。", "2024年2月1日");
});

test("同增/同降 are 同比增长/同比下降 said short, results; 协同增效 is no such word", () => {
  expectAll(
    "据杭州海关通报,1-6月,浙江省外贸进出口值21000亿元,同增12.5%;出口额15000亿元,同降2.1%。",
    [
      { indicator: "进出口总额(1-6月)", value: 21000, kind: "actual" },
      { indicator: "进出口总额增速(1-6月)", value: 12.5, direction: "rise", kind: "actual" },
      { indicator: "出口额(1-6月)", value: 15000, kind: "actual" },
      { indicator: "出口额降幅(1-6月)", value: 2.1, direction: "fall", kind: "actual" },
    ],
    "2023年7月20日",
  );
  expectOne(
    "推动减污降碳协同增效,到2027年,台州市单位地区生产总值能耗比2022年下降12%。",
    { indicator: "单位地区生产总值能耗降幅", value: 12, kind: "target" },
    "2023年3月1日",
  );
});

test("rates listed for one change (同比增长1.9%和38.4%) belong to owners no list rule paired: no record", () => {
  const r = run(
    "1-6月,浙江省加工贸易和保税物流进出口3100亿元和1200亿元,同比增长1.9%和38.4%。",
    "2023年7月20日",
  );
  expect(r.records.filter((x) => x.unit === "%")).toEqual([]);
});

test("a fall said short after its base (比降2.1%) is a fall", () =>
  expectAll(
    "1-6月,浙江省出口额15000亿元,比降2.1%。",
    [
      { indicator: "出口额(1-6月)", value: 15000 },
      { indicator: "出口额降幅(1-6月)", value: 2.1, direction: "fall" },
    ],
    "2023年7月20日",
  ));

test("a gap in points to another figure (高出全省…增速11个百分点) is no change of its own; a target in brackets after 高于 stays", () => {
  const r = run(
    "1-6月,浙江省民营企业进出口1.2万亿元,同比增长28.1%,高出全省外贸整体增速11个百分点。",
    "2023年7月20日",
  );
  expect(r.records.map((x) => x.value)).toEqual([12000, 28.1]);
  expect(r.diagnostics.some((d) => /a gap to another figure/.test(d.message))).toBe(true);
  const review = run(
    "关于惠州市2022年国民经济和社会发展计划执行情况的报告\n——预计规上工业增加值增长9%,高于预期目标(增长6%左右);",
    "2023年2月1日",
  );
  expect(review.records.map((x) => [x.value, x.kind])).toEqual([
    [9, "actual"],
    [6, "target"],
  ]);
});

test("a change kept over a run of years (连续三年增幅超…) is no one year's figure, and is shown as left out", () => {
  const r = run(
    "2023年,宝鸡市税收收入增长9.2%,连续四年增幅超8个百分点;工业投资已连续5年保持增长10%以上。",
    "2024年2月1日",
  );
  expect(r.records.map((x) => [x.indicator, x.value])).toEqual([["税收增速", 9.2]]);
  expect(r.diagnostics.filter((d) => d.message.includes("a run of years")).length).toBe(2);
});

test("a harvest's change said as 增产/减产 is its output's rise or fall", () =>
  expectAll(
    "2023年,宝鸡市小麦产量52.3万吨,减产1.2%;玉米产量88.6万吨,比上年增产3.5%。",
    [
      { subject: "小麦", indicator: "产量", value: 523000, unit: "吨" },
      { subject: "小麦", indicator: "产量降幅", value: 1.2, direction: "fall" },
      { subject: "玉米", indicator: "产量", value: 886000, unit: "吨" },
      { subject: "玉米", indicator: "产量增速", value: 3.5, direction: "rise" },
    ],
    "2024年2月1日",
  ));

test("a part of the year opening a clause of the place's own figures dates the clauses after it in its sentence", () =>
  expectAll(
    "今年以来,宝鸡市投资较快增长,1至8月全市工业投资增长9.6%,民间投资增长7.1%,基础设施投资增长15.2%。",
    [
      { indicator: "工业投资增速(1-8月)", value: 9.6 },
      { indicator: "民间投资增速(1-8月)", value: 7.1 },
      { indicator: "基础设施投资增速(1-8月)", value: 15.2 },
    ],
    "2018年9月20日",
  ));

test("a part of the year opening a plan's deed dates that deed alone", () => {
  const r = run("2024年,宝鸡市上半年全市建成算力中心1个,打造应用场景30个。", "2024年2月1日");
  const scenes = r.records.find((x) => x.value === 30);
  expect(scenes).toMatchObject({ kind: "target", year: 2024 });
  expect(scenes?.indicator ?? "").not.toMatch(/上半年/);
});

test("a yearly rate after a measure's share clause is the measure's, not the share's (…达到A亿元,占GDP的比重达到B%,年平均增长C%)", () =>
  expectAll(
    "到2026年,宝鸡市数字经济增加值达到1800亿元,占GDP的比重达到35%,年平均增长12%以上。",
    [
      { subject: "数字经济", indicator: "增加值", value: 1800, kind: "target" },
      { subject: "数字经济", indicator: "占地区生产总值比重", value: 35, kind: "target" },
      { subject: "数字经济", indicator: "增加值年均增速", value: 12, comparator: "gte", kind: "target" },
    ],
    "2023年1月1日",
  ));

describe("a review of the half year against the year before", () => {
  const text =
    "上半年,宝鸡市地区生产总值同比增长5.4%,比上年全年增长5.6%回落了0.2个百分点,其中二季度地区生产总值同比增长5.1%,一季度增长5.7%。";
  test("each part named in its own clause is that part's; the base's whole year (比上年全年) is no whole year of the figures", () =>
    expectAll(
      text,
      [
        { indicator: "地区生产总值增速(上半年)", value: 5.4 },
        { indicator: "地区生产总值增速(二季度)", value: 5.1 },
        { indicator: "地区生产总值增速(一季度)", value: 5.7 },
      ],
      "2024年7月20日",
    ));
  test("the year's goal a part of the year is measured against (完成全年预期目标的) is no whole year of the figures after it", () =>
    expectAll(
      "宝鸡市经济运行平稳,据测算,1-6月全市实现生产总值1200亿元,同比增长6%,完成全年预期目标的48%,其中第一产业增加值90亿元,比上年增长3%。",
      [
        { indicator: "地区生产总值(1-6月)", value: 1200 },
        { indicator: "地区生产总值增速(1-6月)", value: 6 },
        { subject: "第一产业", indicator: "增加值(1-6月)", value: 90 },
        { subject: "第一产业", indicator: "增加值增速(1-6月)", value: 3 },
      ],
      "2024年7月20日",
    ));
});

test("another country's figures compared with are no figures of the text's place (二季度美国GDP同比增长2.9%,欧元区增长0.5%)", () => {
  const r = run(
    "二季度,全国国内生产总值同比增长4.7%。据预测,二季度美国GDP同比增长2.9%,欧元区增长0.5%,日本下降0.6%。",
    "2024年7月20日",
  );
  expect(r.records.map((x) => [x.region, x.value])).toEqual([["全国", 4.7]]);
  expect(r.diagnostics.filter((d) => d.code === "region_unclear").length).toBeGreaterThanOrEqual(2);
});

test("a span of years gone by (2019~2020年, 2019年至2020年) dates a result by its end; it is no deadline, and the place after it leads the sentence", () => {
  expectOne(
    "2019~2020年咸阳市地区生产总值年均增长6.1%。",
    { region: "咸阳市", indicator: "地区生产总值年均增速", value: 6.1, kind: "actual", year: 2020 },
    "2023年2月1日",
  );
  expectOne(
    "2019年至2020年,咸阳市地区生产总值年均增长6.1%。",
    { region: "咸阳市", indicator: "地区生产总值年均增速", value: 6.1, kind: "actual", year: 2020 },
    "2023年2月1日",
  );
  // (a span ahead of the document is its plan's)
  expectOne(
    "2023年至2025年,咸阳市地区生产总值年均增长6%。",
    { region: "咸阳市", value: 6, kind: "target", year: 2025 },
    "2023年2月1日",
  );
});

test("a yearly average written 平均年增速, 平均每年增长 or 年平均增长 is the 年均 growth", () => {
  for (const said of ["经济平均年增速达", "地区生产总值平均每年增长", "地区生产总值年平均增长"])
    expectOne(
      `2019年至2020年,咸阳市${said}6.1%。`,
      { region: "咸阳市", indicator: "地区生产总值年均增速", value: 6.1, kind: "actual", year: 2020 },
      "2023年2月1日",
    );
});

test("a growth after an amount is named as the amount's measure, modifier and all (地方财政收入…,同比增长…)", () =>
  expectAll(
    "2023年,宝鸡市地方财政收入63.1亿元,同比增长9.8%。",
    [
      { indicator: "地方财政收入", value: 63.1 },
      { indicator: "地方财政收入增速", value: 9.8 },
    ],
    "2024年1月20日",
  ));

test("a growth after an amount whose name goes on past a known measure is that whole name's (直接利用外资合同额…,增长…)", () =>
  expectAll(
    "一季度,宝鸡市直接利用外资合同额6.89亿美元,增长30.8%。",
    [
      { indicator: "直接利用外资合同额(一季度)", value: 6.89 },
      { indicator: "直接利用外资合同额增速(一季度)", value: 30.8 },
    ],
    "2024年4月20日",
  ));

test("one of the three industries named alone grows by its value added (第一产业同比增长4.7%), as when its value is named", () =>
  expect(
    run(
      "前三季度,宝鸡市第一产业增加值实现217.3亿元,同比增长4.7%。第一产业平稳发展。前三季度全市第一产业同比增长4.7%,高于全市。",
      "2024年10月20日",
    ).records.map((r) => [r.subject, r.indicator, r.value]),
  ).toEqual([
    ["第一产业", "增加值(前三季度)", 217.3],
    ["第一产业", "增加值增速(前三季度)", 4.7],
  ]));

/** Each record a text gives as one line: subject (when it has one), indicator, value and direction. */
const changes = (text: string, date: string) =>
  run(text, date).records.map((r) =>
    [r.subject, r.indicator, r.value, r.direction].filter((x) => x !== null).join(" "),
  );

describe("Taiwan's and Hong Kong's words of change", () => {
  test("年增, 年减, 成长, 衰退: each a rise or a fall of the measure before it, never part of its name", () =>
    expect(
      changes(
        "2024年深圳市GDP成長5.8%,外貿出口年減2.1%,社會消費品零售總額年增3%,固定資產投資衰退4.5%。",
        "2025年1月20日",
      ),
    ).toEqual([
      "地区生产总值增速 5.8 rise",
      "外贸 出口额降幅 2.1 fall",
      "社会消费品零售总额增速 3 rise",
      "固定资产投资降幅 4.5 fall",
    ]));
  test("按年增长, 下跌, GDP总值: a fall said 下跌 is a fall; the economy's total is its product", () =>
    expect(
      changes("廣東省2024年GDP按年增長3.5%,出口按年下跌2.1%,全年GDP總值14.16萬億元人民幣。", "2025年1月20日"),
    ).toEqual(["地区生产总值增速 3.5 rise", "出口额降幅 2.1 fall", "地区生产总值 141600"]));
});

test("a measure made by its modifier (净利润, 亩均税收) keeps what is measured before the modifier as what grew", () =>
  expect(changes("2024年,佛山市规上工业企业净利润增长5%,规上工业亩均税收增长3%。", "2025年2月1日")).toEqual([
    "规上工业企业 净利润增速 5 rise",
    "规上工业 亩均税收增速 3 rise",
  ]));

describe("a clause of progress against the plan, goal or task between a measure and its growth", () => {
  test.each([
    ["完成全年计划的88%", "计划"],
    ["完成年度目标的85%", "目标"],
    ["占任务数26亿元的77%", "任务 and its amount"],
  ])("%s (%s) does not part the growth from its measure", (progress) =>
    expectAll(
      `1-10月份,湖州市完成技改投资20亿元,${progress},同比增长8%。`,
      [
        { indicator: "技改投资(1-10月份)", value: 20, kind: "actual" },
        // (the task's amount is the year's target of the measure: see the goal rule)
        ...(progress.includes("亿元") ? [{ indicator: "技改投资", value: 26, kind: "target" as const }] : []),
        { indicator: "技改投资增速(1-10月份)", value: 8, direction: "rise", kind: "actual" },
      ],
      "2025年11月20日",
    ),
  );
});

test("something of a thing named after it grows, not the thing: 农业生产资料价格上涨 is no growth of 农业", () =>
  expectAll(
    "2024年,湖州市农业生产资料价格比上年上涨3.8%,工业增长6%。",
    [
      { subject: null, indicator: "农业生产资料价格增速", value: 3.8 },
      { subject: "工业", indicator: "增速", value: 6 },
    ],
    "2025年3月1日",
  ));

test("where a change started (由2023年的…) dates none of its figures", () =>
  expectOne(
    "2024年,湖州市三次产业结构由2023年的4.1:47.9:48.0调整为3.9:47.2:48.9,第三产业占比提高了0.9个百分点。",
    { subject: "第三产业", value: 0.9, unit: "百分点", year: 2024 },
    "2025年3月1日",
  ));

test("an item's number is no part of its measure's name (6.单位工业增加值能耗下降3%)", () =>
  expectAll(
    "2026年湖州市主要目标:\n5.新增高新技术企业60家;\n6.单位工业增加值能耗下降3%;\n7.规上工业总产值确保突破1500亿元。",
    [
      { subject: "高新技术企业", indicator: "新增", value: 60, kind: "target" },
      { indicator: "单位工业增加值能耗降幅", value: 3, direction: "fall", kind: "target" },
      { indicator: "规上工业总产值", value: 1500, comparator: "gt", kind: "target" },
    ],
    "2026年2月1日",
  ));

describe("a county's report: its industries said short, its lead over the city", () => {
  test("一产, 二产, 三产 are the three industries; 三产 after another measure's growth is not that measure's", () =>
    expectAll(
      "2025年,德清县生产总值增长5.2%,其中一产增长3.1%,规上工业增加值增长12.4%,三产增长2.7%。",
      [
        { indicator: "地区生产总值增速", value: 5.2 },
        { subject: "第一产业", indicator: "增加值增速", value: 3.1 },
        { subject: null, indicator: "规上工业增加值增速", value: 12.4 },
        { subject: "第三产业", indicator: "增加值增速", value: 2.7 },
      ],
      "2026年1月20日",
    ));

  test("an industry said short is named in full whatever reads it (二产占比, 三产增加值)", () =>
    expectAll(
      "2025年,德清县二产占比达到45.3%,三产增加值120亿元。",
      [
        { subject: "第二产业", indicator: "占比", value: 45.3 },
        { subject: "第三产业", indicator: "增加值", value: 120 },
      ],
      "2026年1月20日",
    ));

  test.each(["超过全市增速0.6个百分点", "领先全省增速0.6个百分点"])(
    "%s is the gap to another place's growth, no figure of the county's",
    (gap) => {
      const r = run(`2025年,德清县生产总值增长5.2%,${gap}。`, "2026年1月20日");
      expect(r.records.map((x) => [x.indicator, x.value])).toEqual([["地区生产总值增速", 5.2]]);
      expect(r.diagnostics.map((d) => [d.code, d.message.includes("a gap to another figure")])).toEqual([
        ["non_fact", true],
      ]);
    },
  );
});

describe("a measure per unit of output is not that output (单位GDP能耗, 万元工业增加值用水量)", () => {
  const read = (text: string, date = "2015年7月5日") =>
    run(text, date).records.map((r) => `${r.indicator} ${r.value} ${r.kind}`);
  test("an abbreviation in brackets inside the name (单位国内生产总值(GDP)能耗) keeps the name whole", () =>
    expect(read("十二五规划提出全国单位国内生产总值(GDP)能耗降低16%左右的目标。")).toEqual([
      "单位地区生产总值能耗降幅 16 target",
    ]));
  test("the first years of a plan gone by (前四年…累计下降) report a result, of the measure after 全国", () =>
    expect(read("十二五规划实施以来,前四年全国单位GDP能耗累计下降12.1%。")).toEqual([
      "单位地区生产总值能耗降幅(2011-2014) 12.1 actual",
    ]));
  test("…over the plan's first years to the last of them, the plan named in the sentence before", () =>
    expect(
      run("十三五规划提出能耗下降15%。前三年全国单位GDP能耗累计下降10.2%。", "2019年3月1日").records.map(
        (r) => `${r.indicator} ${r.year} ${r.kind}`,
      ),
    ).toContain("单位地区生产总值能耗降幅(2016-2018) 2018 actual"));
  test("a fall of a measure per unit of value added is no fall of value added", () => {
    const r = read(
      "据统计,江苏省万元工业增加值用水量在十三五时期下降30%的基础上,2021年进一步下降6%。规模以上工业单位增加值能耗2021年又进一步下降4.2%。",
      "2022年7月5日",
    );
    expect(r.join("\n")).not.toMatch(/^(?:增加值|又|进一步)/m);
  });
});

test("a breakdown of the gross product by the three industries, each with its amount and then its growth, is of their value added", () =>
  expect(
    run(
      "今年前三季度,泰安市实现生产总值2061.7亿元,同比增长6.7%,其中第一产业118.9亿元,增长3.1%;第二产业799.3亿元,增长7.9%。",
      "2014年11月1日",
    ).records.map((r) => `${r.subject ?? ""} ${r.indicator} ${r.value}`),
  ).toEqual([
    " 地区生产总值(前三季度) 2061.7",
    " 地区生产总值增速(前三季度) 6.7",
    "第一产业 增加值(前三季度) 118.9",
    "第一产业 增加值增速(前三季度) 3.1",
    "第二产业 增加值(前三季度) 799.3",
    "第二产业 增加值增速(前三季度) 7.9",
  ]));
