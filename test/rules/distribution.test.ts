import { expectAll, expectNone, run } from "../helpers/extract-case";

const D = "2020年5月6日";

describe("distribution: A、B(指标)分别Q1、Q2", () => {
  test("分别达到 gives one record per item, in order", () =>
    expectAll(
      "今年,重庆市市级、区县信息系统整合率分别达到75%、50%。",
      [
        {
          subject: "市级",
          indicator: "信息系统整合率",
          value: 75,
          unit: "%",
          kind: "target",
          year: 2020,
          mention: "达到75%",
        },
        {
          subject: "区县",
          indicator: "信息系统整合率",
          value: 50,
          unit: "%",
          kind: "target",
          year: 2020,
          mention: "50%",
        },
      ],
      D,
    ));

  test("with a lexicon measure", () =>
    expectAll(
      "到2025年,重庆市第一产业、第二产业增加值分别达到1000亿元、2000亿元。",
      [
        { subject: "第一产业", indicator: "增加值", value: 1000, unit: "亿元", year: 2025 },
        { subject: "第二产业", indicator: "增加值", value: 2000, unit: "亿元", year: 2025 },
      ],
      D,
    ));

  test("items and figures that do not pair up give nothing", () =>
    expectNone("今年,重庆市市级、区县、乡镇信息系统整合率分别达到75%、50%。", D));
});

describe("分别 with growth and paired subjects", () => {
  test("分别增长 gives growth rates, not values of the measure", () =>
    expectAll(
      "2023年,温州市第一产业、第二产业增加值分别增长3%、5%。",
      [
        { subject: "第一产业", indicator: "增加值增速", value: 3, unit: "%", kind: "actual" },
        { subject: "第二产业", indicator: "增加值增速", value: 5, unit: "%" },
      ],
      "2024年1月25日",
    ));

  test("城乡居民 stands for 城镇居民 and 农村居民, in that order", () =>
    expectAll(
      "2023年,合肥市城乡居民人均可支配收入分别增长4.8%和7.2%。",
      [
        { subject: "城镇居民", indicator: "人均可支配收入增速", value: 4.8 },
        { subject: "农村居民", indicator: "人均可支配收入增速", value: 7.2 },
      ],
      "2024年1月6日",
    ));

  test("the rest of the pair's word names the measure the lexicon does not (城乡居民收入, 城乡居民人均收入)", () =>
    expectAll(
      "2023年,合肥市城乡居民收入分别增长4.8%和7.2%,城乡居民人均收入分别达到5万元和3万元。",
      [
        { subject: "城镇居民", indicator: "收入增速", value: 4.8, unit: "%" },
        { subject: "农村居民", indicator: "收入增速", value: 7.2, unit: "%" },
        { subject: "城镇居民", indicator: "人均收入", value: 50000, unit: "元" },
        { subject: "农村居民", indicator: "人均收入", value: 30000, unit: "元" },
      ],
      "2024年1月6日",
    ));

  test("amounts of money of the items with no measure named are diagnostics, not amounts of nothing", () => {
    const r = run("2023年,合肥市地区生产总值增长6%,城乡居民分别达到5万元和3万元。", "2024年1月6日");
    expect(r.records.map((x) => x.indicator)).toEqual(["地区生产总值增速"]);
    expect(r.diagnostics.filter((d) => /amount of money .* no measure named/.test(d.message)).length).toBe(2);
  });

  test("measures listed, each the lexicon's whole, are each their own measure, with 同比 before 分别 or not", () => {
    for (const said of ["分别", "同比分别"])
      expectAll(
        `2024年,汉台区规上工业增加值、固定资产投资、社会消费品零售总额${said}增长5.8%、8.1%、4%。`,
        [
          { subject: null, indicator: "规上工业增加值增速", value: 5.8 },
          { subject: null, indicator: "固定资产投资增速", value: 8.1 },
          { subject: null, indicator: "社会消费品零售总额增速", value: 4 },
        ],
        "2025年1月20日",
      );
  });

  test("a measure word written once after things (粮食、蔬菜播种面积) is each thing's; written with each (工业用电量、全社会用电量), each is a measure", () => {
    expectAll(
      "2024年,汉台区粮食、蔬菜播种面积分别增长5.8%、8.1%。",
      [
        { subject: "粮食", indicator: "播种面积增速", value: 5.8 },
        { subject: "蔬菜", indicator: "播种面积增速", value: 8.1 },
      ],
      "2025年1月20日",
    );
    expectAll(
      "2024年,汉台区工业用电量、全社会用电量分别增长5.8%、8.1%。",
      [
        { subject: null, indicator: "工业用电量增速", value: 5.8 },
        { subject: null, indicator: "全社会用电量增速", value: 8.1 },
      ],
      "2025年1月20日",
    );
  });

  test("a measure the lexicon names whole is never cut to the first item's length (社会消费|品零售总额)", () => {
    const r = run("2024年,汉台区民间投资、社会消费品零售总额分别增长5.8%、8.1%。", "2025年1月20日");
    // (a cut would leave a part of the measure's name as the owner: 社会消费 | 品零售总额增速)
    expect(r.records.filter((x) => (x.subject ?? "").startsWith("社会消费"))).toEqual([]);
  });

  test("分别下降 gives falls", () =>
    expectAll(
      "2023年,温州市第一产业、第二产业增加值分别下降3%、5%。",
      [
        { subject: "第一产业", indicator: "增加值降幅", value: 3, kind: "actual" },
        { subject: "第二产业", indicator: "增加值降幅", value: 5, kind: "actual" },
      ],
      "2024年1月25日",
    ));
});

describe("分别 after a measure the lexicon does not name", () => {
  test("a base of the change before 分别 (比2020年) is no part of the last item", () =>
    expectAll(
      "到2027年,台州市二氧化硫、颗粒物排放量较2022年分别下降6%、12%以上。",
      [
        {
          subject: "二氧化硫",
          indicator: "排放量降幅",
          value: 6,
          comparator: "eq",
          direction: "fall",
          year: 2027,
        },
        {
          subject: "颗粒物",
          indicator: "排放量降幅",
          value: 12,
          comparator: "gte",
          direction: "fall",
          year: 2027,
        },
      ],
      "2023年3月1日",
    ));

  test("the measure written once after the last item is every item's, a name holding 有 included", () =>
    expectAll(
      "到2027年,台州市总磷、有机废气、氮氧化物排放总量分别下降5%、9%、11%。",
      [
        { subject: "总磷", indicator: "排放总量降幅", value: 5 },
        { subject: "有机废气", indicator: "排放总量降幅", value: 9 },
        { subject: "氮氧化物", indicator: "排放总量降幅", value: 11 },
      ],
      "2023年3月1日",
    ));

  test("a rate written once: each item's rate, not a rate of the last item's name", () =>
    expectAll(
      "到2026年,丽水市秸秆、畜禽养殖废弃物综合利用率分别达到95%和90%。",
      [
        { subject: "秸秆", indicator: "综合利用率", value: 95, kind: "target", year: 2026 },
        { subject: "畜禽养殖废弃物", indicator: "综合利用率", value: 90, kind: "target", year: 2026 },
      ],
      "2023年3月1日",
    ));
});

describe("分别 over a list of places", () => {
  test("the items are districts: each figure is its district's", () =>
    expectAll(
      "2023年,南湖、秀洲和嘉善三个县区分别实现地区生产总值900亿元、800亿元和700亿元。",
      [
        { region: "南湖区", subject: null, indicator: "地区生产总值", value: 900, kind: "actual" },
        { region: "秀洲区", subject: null, indicator: "地区生产总值", value: 800, kind: "actual" },
        { region: "嘉善县", subject: null, indicator: "地区生产总值", value: 700, kind: "actual" },
      ],
      "2024年2月1日",
    ));
  test("an alias in brackets between a measure and its figure", () =>
    expectAll(
      "2023年,嘉兴市实现地区生产总值(GDP)7062亿元。",
      [{ indicator: "地区生产总值", value: 7062, kind: "actual" }],
      "2024年2月1日",
    ));
  test("a contribution rate is analysis, not a figure to track", () =>
    expectNone("2023年,嘉兴市第二产业对GDP增长的贡献率为55%。", "2024年2月1日"));
  test("the items may head the clause before, with the head noun written once after the last", () =>
    expectAll(
      "重庆市汽车、电子信息产业集群提前实现万亿规模目标,2023年产值分别达到5200亿元和7800亿元。",
      [
        { subject: "汽车", indicator: "产值", value: 5200, unit: "亿元", kind: "actual", year: 2023 },
        { subject: "电子信息", indicator: "产值", value: 7800, unit: "亿元", kind: "actual", year: 2023 },
      ],
      "2024年2月1日",
    ));
  test("items of the clause before that do not match the figures in number give no record", () =>
    expectNone(
      "重庆市汽车、电子、材料产业集群提前实现目标,2023年产值分别达到5200亿元和7800亿元。",
      "2024年2月1日",
    ));
});

describe("分别 over items joined character by character before the words they share", () => {
  test.each([
    [
      "2023年,嘉兴市金融机构存、贷款余额分别增长8.5%、10.2%。",
      [" 金融机构存款余额增速", " 金融机构贷款余额增速"],
    ],
    [
      "2023年,嘉兴市城、乡居民人均可支配收入分别增长5%、6.5%。",
      ["城镇居民 人均可支配收入增速", "农村居民 人均可支配收入增速"],
    ],
  ])("%s", (text, named) => {
    const r = run(text, "2024年1月10日");
    expect(r.records.map((x) => `${x.subject ?? ""} ${x.indicator}`)).toEqual(named);
    expect(r.records.every((x) => x.kind === "actual" && x.direction === "rise")).toBe(true);
  });
  test("words listed whole keep their names (装备制造、泛家居产业集群)", () => {
    const r = run("2023年,佛山市装备制造、泛家居产业集群产值分别达到1.2万亿元、1.1万亿元。", "2024年1月10日");
    expect(r.records.map((x) => x.subject)).toEqual(["装备制造", "泛家居"]);
  });
});

describe("a pair joined by 和 with the people written once", () => {
  test("城镇和农村居民…分别 is 城镇居民 and 农村居民, their income kept in 元", () =>
    expectAll(
      "2023年,嘉兴市城镇和农村居民人均可支配收入分别达到36583元、17736元,分别增长7%和10%。",
      [
        { subject: "城镇居民", indicator: "人均可支配收入", value: 36583, unit: "元" },
        { subject: "农村居民", indicator: "人均可支配收入", value: 17736, unit: "元" },
        { subject: "城镇居民", indicator: "人均可支配收入增速", value: 7 },
        { subject: "农村居民", indicator: "人均可支配收入增速", value: 10 },
      ],
      "2024年2月1日",
    ));
  test("the first figure of a 分别 list no rule pairs up is no value of everyone's", () => {
    const r = run("2023年,嘉兴市甲类和乙类园区人均产值分别达到3万元、2万元。", "2024年2月1日");
    expect(r.records.some((x) => x.subject === null && x.value === 30000)).toBe(false);
  });
});

test("every figure a skipped list took with it is shown as left out, not only the first", () => {
  const r = run("2023年,嘉兴新能源汽车、新能源和生物产值同比分别增长16.1%和12.1%。", "2024年1月1日");
  expect(r.records).toEqual([]);
  expect(r.diagnostics.map((d) => d.message)).toEqual([
    "distribution: 分别 lists 3 items but 2 figures: 16.1%",
    "distribution: 分别 lists 3 items but 2 figures: 12.1%",
  ]);
});

test("a multiple (增长2.5倍) is a figure shown as not used, never a value", () => {
  const r = run("2023年,嘉兴医药制造业比上年增长2.5倍,新能源汽车产值同比增速为1.9倍。", "2024年1月1日");
  expect(r.records).toEqual([]);
  expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
    ["unit_unknown", "a multiple (倍) of an unstated base: 2.5倍"],
    ["unit_unknown", "a multiple (倍) of an unstated base: 1.9倍"],
  ]);
});

test("a connective before the first item of a 分别 list is no part of it (其中甲、乙…分别增长)", () =>
  expectAll(
    "2023年,合肥市汽车产量同比增长30%,其中新能源汽车、智能网联汽车产量同比分别增长40%和25%。",
    [
      { subject: "汽车", indicator: "产量增速", value: 30 },
      { subject: "新能源汽车", indicator: "产量增速", value: 40 },
      { subject: "智能网联汽车", indicator: "产量增速", value: 25 },
    ],
    "2024年1月20日",
  ));

describe("rates after a 分别 list of values, their own 分别 left unsaid", () => {
  test("城乡居民…分别达到A元、B元,同比增长a和b: the rates are the same items' in order", () =>
    expectAll(
      "2023年,宝鸡市城乡居民人均可支配收入分别达到41000元、17800元,同比增长5.6%和7.9%。",
      [
        { subject: "城镇居民", indicator: "人均可支配收入", value: 41000 },
        { subject: "农村居民", indicator: "人均可支配收入", value: 17800 },
        { subject: "城镇居民", indicator: "人均可支配收入增速", value: 5.6, direction: "rise" },
        { subject: "农村居民", indicator: "人均可支配收入增速", value: 7.9, direction: "rise" },
      ],
      "2024年2月1日",
    ));
  test("places listed with 分别, then their rates after a bare 增长", () =>
    expectAll(
      "2023年,越城、柯桥两区分别实现地区生产总值800亿元、1900亿元,增长6.6%、7.1%。",
      [
        { region: "越城区", indicator: "地区生产总值", value: 800 },
        { region: "柯桥区", indicator: "地区生产总值", value: 1900 },
        { region: "越城区", indicator: "地区生产总值增速", value: 6.6 },
        { region: "柯桥区", indicator: "地区生产总值增速", value: 7.1 },
      ],
      "2024年2月1日",
    ));
  test("rates that do not match the items in number pair no one", () => {
    const r = run(
      "2023年,宝鸡市城乡居民人均可支配收入分别达到41000元、17800元,增长5.6%、7.9%和6.2%。",
      "2024年2月1日",
    );
    expect(r.records.filter((x) => x.unit === "%")).toEqual([]);
  });
});

test("a 分别 list opening a clause after a deadline of its own lists the items of the clause before the deadline", () =>
  expectAll(
    "到2025年,宝鸡市专精特新企业和高新技术企业数量分别达到150家和900家;到2028年,分别达到220家和1300家。",
    [
      { subject: "专精特新企业", value: 150, year: 2025, kind: "target" },
      { subject: "高新技术企业", value: 900, year: 2025, kind: "target" },
      { subject: "专精特新企业", value: 220, year: 2028, kind: "target" },
      { subject: "高新技术企业", value: 1300, year: 2028, kind: "target" },
    ],
    "2024年3月1日",
  ));

describe("parts of the year listed before 分别 (一季度和上半年全市GDP分别增长…)", () => {
  test("each figure is the measure's over its part", () =>
    expectAll(
      "据统计,今年一季度、上半年和前三季度全市地区生产总值分别增长6.1%、5.8%和5.5%,高于全省平均水平。",
      [
        { region: "宝鸡市", indicator: "地区生产总值增速(一季度)", value: 6.1, kind: "actual", year: 2023 },
        { region: "宝鸡市", indicator: "地区生产总值增速(上半年)", value: 5.8, kind: "actual", year: 2023 },
        { region: "宝鸡市", indicator: "地区生产总值增速(前三季度)", value: 5.5, kind: "actual", year: 2023 },
      ],
      "宝鸡市统计局 2023年10月25日",
    ));
  test("a count of parts that does not match the figures pairs none", () => {
    const r = run(
      "今年一季度和上半年全市地区生产总值分别增长6.1%、5.8%和5.5%。",
      "宝鸡市统计局 2023年10月25日",
    );
    expect(r.records.filter((x) => /季度|半年/.test(x.indicator ?? ""))).toEqual([]);
  });
});

describe("shares written after 分别 (分别占…的比重为, 分别占全国的)", () => {
  test("each item's share of the base after 占, not a value of the measure before 分别", () =>
    expectAll(
      "2024年,宝鸡市装备制造产业、食品产业增加值分别占全市规上工业增加值的比重为31%和13%。",
      [
        { subject: "装备制造产业", indicator: "增加值占规上工业增加值比重", value: 31, unit: "%" },
        { subject: "食品产业", indicator: "增加值占规上工业增加值比重", value: 13, unit: "%" },
      ],
      "2025年1月5日",
    ));
  test("items in different places are no one place's", () => {
    const r = run(
      "2024年,西安高新区光电子产业、成都高新区集成电路产业规模分别占全国的12%、15%。",
      "2025年1月5日",
    );
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear").length).toBe(2);
  });
});

test("parts of the year with the whole year closing the list, and a bare rate of the measure (GDP增速分别为), in a later text", () =>
  expectAll(
    [
      "宝鸡市2021年经济形势分析",
      "根据地区生产总值统一核算结果,2021年全市实现生产总值2500亿元,比上年增长6.5%。从走势看,一季度、上半年、前三季度和全年GDP增速分别为15.1%、10.2%、8.3%和6.5%。",
    ].join("\n"),
    [
      { indicator: "地区生产总值", value: 2500, year: 2021 },
      { indicator: "地区生产总值增速", value: 6.5, year: 2021 },
      { indicator: "地区生产总值增速(一季度)", value: 15.1, year: 2021 },
      { indicator: "地区生产总值增速(上半年)", value: 10.2, year: 2021 },
      { indicator: "地区生产总值增速(前三季度)", value: 8.3, year: 2021 },
    ],
    "2022年7月18日",
  ));

test("counts after 分别 opening a clause are of the things heading the clause before, which has no figure (…实现“双倍增”,分别超过…)", () =>
  expectAll(
    "到2028年,宝鸡市专精特新企业和创新型中小企业在2023年的基础上实现“双倍增”,分别超过120家和960家。",
    [
      { subject: "专精特新企业", value: 120, comparator: "gt", kind: "target", year: 2028 },
      { subject: "创新型中小企业", value: 960, comparator: "gt", kind: "target", year: 2028 },
    ],
    "2024年3月1日",
  ));

test("the industries named by their ordinals with the word written once (一、二、三产业, 第二和第三产业) or by their count (三次产业) are 第一产业, 第二产业, 第三产业", () => {
  const intro = "一、2023年工作回顾\n宝鸡市实现地区生产总值300亿元。";
  expectAll(`${intro}其中一、二、三产业增加值分别达到30亿元、120亿元、150亿元,分别增长3.1%、6.2%和5.4%。`, [
    { indicator: "地区生产总值", value: 300 },
    { subject: "第一产业", indicator: "增加值", value: 30, unit: "亿元" },
    { subject: "第二产业", indicator: "增加值", value: 120, unit: "亿元" },
    { subject: "第三产业", indicator: "增加值", value: 150, unit: "亿元" },
    { subject: "第一产业", indicator: "增加值增速", value: 3.1, direction: "rise" },
    { subject: "第二产业", indicator: "增加值增速", value: 6.2, direction: "rise" },
    { subject: "第三产业", indicator: "增加值增速", value: 5.4, direction: "rise" },
  ]);
  expectAll(`${intro}三次产业增加值分别增长3.1%、6.2%和5.4%。`, [
    { indicator: "地区生产总值", value: 300 },
    { subject: "第一产业", indicator: "增加值增速", value: 3.1, kind: "actual", year: 2023 },
    { subject: "第二产业", indicator: "增加值增速", value: 6.2 },
    { subject: "第三产业", indicator: "增加值增速", value: 5.4 },
  ]);
  expectAll(`${intro}第二和第三产业增加值分别增长6.2%和5.4%。`, [
    { indicator: "地区生产总值", value: 300 },
    { subject: "第二产业", indicator: "增加值增速", value: 6.2 },
    { subject: "第三产业", indicator: "增加值增速", value: 5.4 },
  ]);
});

test("changes after 分别 opening a clause are of the measures the clauses right before name, one figure each (…达到A元,…达到B元,分别增长a和b), or the items of one clause joined by 、", () => {
  const intro = "一、2023年工作回顾\n宝鸡市实现地区生产总值300亿元。";
  expectAll(
    `${intro}城镇居民人均可支配收入达到4.1万元,农村居民人均可支配收入达到1.6万元,分别增长5.2%和7.4%;税收收入达到20亿元,其中工业税收达到8亿元,分别完成年度预算的101%和98%,分别增长3.5%和2.1%。`,
    [
      { indicator: "地区生产总值", value: 300 },
      { subject: "城镇居民", indicator: "人均可支配收入", value: 41000, unit: "元" },
      { subject: "农村居民", indicator: "人均可支配收入", value: 16000, unit: "元" },
      { subject: "城镇居民", indicator: "人均可支配收入增速", value: 5.2, direction: "rise", kind: "actual" },
      { subject: "农村居民", indicator: "人均可支配收入增速", value: 7.4, direction: "rise", year: 2023 },
      { subject: null, indicator: "税收", value: 20, unit: "亿元" },
      { subject: "工业", indicator: "税收", value: 8, unit: "亿元" },
      { subject: null, indicator: "税收增速", value: 3.5, direction: "rise" },
      { subject: "工业", indicator: "税收增速", value: 2.1, direction: "rise" },
    ],
  );
  // (items of one clause, each with its measure and figure, joined by 、)
  expectAll(`${intro}分产业看:第一产业增加值30亿元、第二产业增加值120亿元,分别增长3.1%和6.2%。`, [
    { indicator: "地区生产总值", value: 300 },
    { subject: "第一产业", indicator: "增加值", value: 30 },
    { subject: "第二产业", indicator: "增加值", value: 120 },
    { subject: "第一产业", indicator: "增加值增速", value: 3.1, direction: "rise" },
    { subject: "第二产业", indicator: "增加值增速", value: 6.2, direction: "rise" },
  ]);
  // (a clause that names no measure of its own, "乙县达到80亿元", pairs no change)
  const r = run(`${intro}甲县工业总产值达到100亿元,乙县达到80亿元,分别增长5%和6%。`);
  expect(r.records.filter((x) => x.unit === "%")).toEqual([]);
});

test("places listed before 的 and their measure (甲、乙和丙的GDP增速分别是…) are each that measure's", () =>
  expectAll(
    "从增速看,2023年上半年,河南、湖北和湖南的GDP增速分别是3.8%、5.6%和4.1%。",
    [
      { region: "河南省", indicator: "地区生产总值增速(上半年)", value: 3.8, kind: "actual", year: 2023 },
      { region: "湖北省", indicator: "地区生产总值增速(上半年)", value: 5.6 },
      { region: "湖南省", indicator: "地区生产总值增速(上半年)", value: 4.1 },
    ],
    "2023年7月20日",
  ));

describe("industries listed before their count (两大主导产业)", () => {
  test("the count after the last item is no part of it, whether the measure follows it or 分别", () => {
    for (const text of [
      "2023年,嘉兴高新区光学材料、医疗器械两大主导产业产值分别达300亿元和200亿元。",
      "2023年,嘉兴高新区光学材料、医疗器械两大主导产业分别实现产值300亿元和200亿元。",
    ])
      expect(run(text, "2024年1月10日").records.map((r) => [r.subject, r.indicator, r.value])).toEqual([
        ["光学材料", "产值", 300],
        ["医疗器械", "产值", 200],
      ]);
  });
  test("with the count in quotes no item is taken for a measure's name", () =>
    expect(
      run(
        "2023年,嘉兴高新区光学材料、医疗器械“两大主导产业”产值分别达300亿元和200亿元。",
        "2024年1月10日",
      ).records.filter((r) => r.indicator !== "产值"),
    ).toEqual([]));
});

test("industries by their ordinals run together (一二三产业, 二三产业) are read as when parted by 、", () => {
  const r = run("2023年,绍兴市一二三产业增加值分别完成90亿元、400亿元和500亿元。", "2024年1月10日");
  expect(r.records.map((x) => [x.subject, x.value])).toEqual([
    ["第一产业", 90],
    ["第二产业", 400],
    ["第三产业", 500],
  ]);
  expect(
    run("2023年,绍兴市二三产业增加值分别增长6%和7%。", "2024年1月10日").records.map((x) => x.subject),
  ).toEqual(["第二产业", "第三产业"]);
});

describe("a figure a year of a span of years (2016年至2018年,分别完成…)", () => {
  const text =
    "三年来绍兴高新区加快发展,2016年至2018年,分别完成地区生产总值236.3亿元、314.5亿元、365亿元,年均增长24.5%;分别完成工业开票销售506亿元、639.4亿元、785亿元。";
  test("each figure is its year's, for the measure after 分别, over the clauses that go on with the series", () =>
    expect(
      run(text, "2019年1月20日")
        .records.filter((r) => r.indicator !== "地区生产总值年均增速")
        // (what is measured, its subject and measure together: 工业 + 开票销售)
        .map((r) => [`${r.subject ?? ""}${r.indicator}`, r.year, r.value]),
    ).toEqual([
      ["地区生产总值", 2016, 236.3],
      ["地区生产总值", 2017, 314.5],
      ["地区生产总值", 2018, 365],
      ["工业开票销售", 2016, 506],
      ["工业开票销售", 2017, 639.4],
      ["工业开票销售", 2018, 785],
    ]));
  test("as many figures as years, or none of them is a year's", () =>
    expect(
      run(text.replace("2016年至2018年", "2015年至2018年"), "2019年1月20日").records.filter(
        (r) => r.indicator === "地区生产总值",
      ),
    ).toEqual([]));
});

test("the industries by their ordinals owning shares listed after 分别 are named in full (第一、第二、第三产业增加值占GDP的比重分别为…)", () =>
  expect(
    run(
      "2023年,绍兴市第一、第二、第三产业增加值占GDP的比重分别为6.8%、40.1%、53.1%。",
      "2024年1月10日",
    ).records.map((r) => [r.subject, r.value]),
  ).toEqual([
    ["第一产业", 6.8],
    ["第二产业", 40.1],
    ["第三产业", 53.1],
  ]));

describe("rates after 分别 whose items the clause before named with their rise", () => {
  test("工业用电量、工业开票销售额保持较快增长,增速分别达A和B: each item's rate, as in one clause", () => {
    const said = (text: string) =>
      run(text, "2025年11月28日").records.map((r) => [r.subject, r.indicator, r.value]);
    const expected = [
      ["工业用电量", "增速(1-10月)", 16.4],
      ["工业开票销售额", "增速(1-10月)", 17.7],
    ];
    expect(said("1—10月,宿迁市工业用电量、工业开票销售额保持较快增长,增速分别达16.4%和17.7%。")).toEqual(
      expected,
    );
    expect(said("1—10月,宿迁市工业用电量、工业开票销售额增速分别达16.4%和17.7%。")).toEqual(expected);
  });

  test("a clause before that holds a figure of its own lists no items for the rates", () =>
    expectNone(
      "1—10月,宿迁市工业用电量、工业开票销售额合计12亿元,增速分别达16.4%和17.7%。",
      "2025年11月28日",
    ));
});

test("an item that ends with a measure of its own (农民人均纯收入和城镇居民人均可支配收入分别…) is that measure's", () =>
  expect(
    run(
      "2012年,嘉善县农民人均纯收入和城镇居民人均可支配收入分别达到18807元和32817元,分别增长11%和9.5%。",
      "2013年1月10日",
    ).records.map((r) => `${r.subject} ${r.indicator} ${r.value}`),
  ).toEqual([
    "农民 人均纯收入 18807",
    "城镇居民 人均可支配收入 32817",
    "农民 人均纯收入增速 11",
    "城镇居民 人均可支配收入增速 9.5",
  ]));
