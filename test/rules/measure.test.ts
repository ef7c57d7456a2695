import { expectAll, expectNone, expectOne, run } from "../helpers/extract-case";

// Dated context so that kind and year are decided the way a reader would.
const D2021 = "2021年3月1日";

/** Each record a text gives as one line: its subject (when it has one), indicator and value, and its unit if asked. */
const named = (text: string, date: string, withUnit = false) =>
  run(text, date).records.map((r) =>
    [r.subject, r.indicator, r.value, ...(withUnit ? [r.unit] : [])].filter((x) => x !== null).join(" "),
  );

describe("measure: (主体)指标(比较)Q单位", () => {
  const actual = {
    kind: "actual",
    region: "佛山高新区",
    indicator: "工业总产值",
    value: 4191.83,
    unit: "亿元",
    year: 2020,
    comparator: "eq",
  } as const;
  test.each([
    ["2020年,佛山高新区实现工业总产值4191.83亿元。", "4191.83亿元"],
    ["2020年,佛山高新区预计实现工业总产值4191.83亿元。", "4191.83亿元"],
    ["2020年,佛山高新区工业总产值为4191.83亿元。", "4191.83亿元"],
    ["2020年佛山高新区完成工业总产值4191.83亿元。", "4191.83亿元"],
    ["2020年,佛山高新区工业总产值41918300万元。", "41918300万元"],
    ["2020年,佛山高新区工业总产值达到了4191.83亿元。", "4191.83亿元"],
  ])("%s", (text, mention) => expectOne(text, { ...actual, mention }, D2021));

  const target = {
    kind: "target",
    region: "佛山市",
    subject: null,
    indicator: "地区生产总值",
    unit: "亿元",
    year: 2025,
    value: 15000,
  } as const;
  test.each([
    ["到2025年,佛山市地区生产总值突破1.5万亿元。", "gt"],
    ["到2025年,佛山市地区生产总值达到15000亿元以上。", "gte"],
    ["力争到2025年佛山市地区生产总值超过1.5万亿元。", "gt"],
    ["到2025年,佛山市GDP约1.5万亿元。", "approx"],
  ])("%s", (text, comparator) => expectOne(text, { ...target, comparator: comparator as "gt" }, D2021));

  test("bare 万 after a measure of people is 万人", () =>
    expectAll(
      "2023年,嘉兴市常住人口达到560万,城镇新增就业12万以上。",
      [
        { indicator: "常住人口", value: 5600000, unit: "人", kind: "actual" },
        { indicator: "城镇新增就业", value: 120000, unit: "人", comparator: "gte" },
      ],
      D2021.replace("2021", "2024"),
    ));
  test("bare 万 after any other measure is shown as a figure not used, never recorded", () => {
    const r = run("2023年,嘉兴市地区生产总值7000万。", "2024年3月1日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.map((d) => d.quote)).toEqual(["2023年,嘉兴市地区生产总值7000万。"]);
  });

  test("bare 亿 with a money measure is 亿元", () =>
    expectOne(
      "到2026年,佛山市工业总产值突破5000亿。",
      { value: 5000, unit: "亿元", comparator: "gt", mention: "突破5000亿" },
      D2021,
    ));
  test("subject before the measure", () =>
    expectOne(
      "2020年,佛山高新区其中高新技术企业工业总产值3356.61亿元。",
      { subject: "高新技术企业", value: 3356.61 },
      D2021,
    ));

  test.each([
    ["佛山市人民政府关于印发佛山市“2+2+4”产业集群实施意见的通知(佛府〔2020〕82号)"],
    ["2018年是改革开放40周年,建党100周年。"],
    ["第三条 本办法自2017年7月1日起施行。"],
    ["加快建设5G基站和3D打印中心。"],
    ["推动“1+1+9”工作部署,实施“十四五”规划。"],
    ["佛山高新区位列全国先进制造业百强区第13位。"],
    ["发展一批营业收入超100亿元、税收超10亿元的商务楼宇。"],
    ["做好三篇文章,落实五项工作,实现“三个转变”。"],
  ])("no record: %s", (text) => expectNone(text, D2021));
});

describe("years", () => {
  test("“十四五”末 is 2025", () =>
    expectOne(
      "佛山市力争“十四五”末地区生产总值突破1.5万亿元。",
      { year: 2025, kind: "target", value: 15000 },
      "2021年3月1日",
    ));
  // (a text of the year's first half counts its own year among the five: March 2021's are 2021-2025, as “十四五”末)
  test("未来5年 counts from the document date", () => {
    expectOne("未来5年,佛山市地区生产总值突破1.5万亿元。", { year: 2025, kind: "target" }, "2021年3月1日");
    expectOne("未来5年,佛山市地区生产总值突破1.5万亿元。", { year: 2026, kind: "target" }, "2021年10月1日");
  });
  test("去年 is an actual of the year before", () =>
    expectOne(
      "去年,佛山市地区生产总值达到12156亿元。",
      { year: 2020, kind: "actual", value: 12156 },
      "2021年3月1日",
    ));
});

describe("shares", () => {
  test("a share whose owner lies outside the clause is not recorded", () =>
    expectNone("到2025年,嘉兴市数字经济加快发展,占地区生产总值比重达到12%左右。", "2023年3月8日"));
});

describe("per person, averages and unit words", () => {
  test("money per person stays in 元", () =>
    expectOne(
      "2021年,无锡市人均地区生产总值突破18万元。",
      { indicator: "人均地区生产总值", value: 180000, unit: "元", comparator: "gt", kind: "actual" },
      "2022年1月10日",
    ));

  test("年均增长 is a yearly average over the period, and a past year is an actual even after 到", () =>
    expectAll(
      "五年来,无锡市地区生产总值从2016年的9210亿元增加到2021年的14003亿元,年均增长6.4%。",
      [
        // from one value to another: both are results, each of its year
        { indicator: "地区生产总值", value: 9210, year: 2016, kind: "actual" },
        { indicator: "地区生产总值", value: 14003, year: 2021, kind: "actual" },
        { indicator: "地区生产总值年均增速", value: 6.4, year: 2021, kind: "actual" },
      ],
      "2022年1月10日",
    ));

  test("a unit word on its own is no figure (单位:亿元, a table's unit column)", () => {
    expectNone("无锡市主要经济指标\n单位:亿元\n地区生产总值\n亿元\n7496.7", "2024年7月1日");
    expectOne(
      "2023年,无锡市营业收入超亿元企业达到120家。",
      { value: 120, unit: "家", kind: "actual" },
      "2024年7月1日",
    );
  });
});

test("亿元人民币 is 亿元", () =>
  expectOne(
    "2023年,苏州市实现进出口总额2.46万亿元人民币。",
    { indicator: "进出口总额", value: 24600, unit: "亿元", mention: "2.46万亿元人民币" },
    "2024年1月20日",
  ));

describe("shares with their owner", () => {
  test.each([
    ["2023年,温州市研发经费支出占GDP比重达到3.2%。", "研发经费支出", "占地区生产总值比重"],
    [
      "2023年,无锡市数字经济核心产业增加值占地区生产总值比重达到12%。",
      "数字经济核心产业增加值",
      "占地区生产总值比重",
    ],
    ["2023年,温州市服务业增加值占比达到55%。", "服务业增加值", "占比"],
  ])("%s", (text, subject, indicator) =>
    expectOne(text, { subject, indicator, unit: "%", kind: "actual" }, "2024年1月25日"),
  );
});

describe("more shapes of a figure", () => {
  test("a percentage in words: 百分之十二点六", () =>
    expectOne(
      "今年一至七月,江门市地区生产总值增长百分之十二点六。",
      { indicator: "地区生产总值增速(一-七月)", value: 12.6, unit: "%", direction: "rise" },
      "2003年9月4日",
    ));
  test.each([
    ["五点六七万亿元", 56700],
    ["一点二兆元", 12000],
    ["三点五亿元", 3.5],
  ])("an amount in words with decimals: %s", (amount, value) =>
    expectOne(
      `2025年,嘉兴市地区生产总值达人民币${amount}。`,
      { indicator: "地区生产总值", value, unit: "亿元", kind: "actual", mention: amount },
      "2026年1月25日",
    ),
  );
  test("the whole before 点 is no part of the measure's name (造林面积一点五万亩 is 15000亩, not 造林面积一点 5万亩)", () =>
    expectOne(
      "2025年,嘉兴市造林面积一点五万亩。",
      { indicator: "造林面积", value: 15000, unit: "亩", mention: "一点五万亩" },
      "2026年1月25日",
    ));
  test("decimals in words before no multiplier are read as no figure at all (一点二公里 is not 2公里)", () =>
    expectNone("2025年,嘉兴市新建绿道长一点二公里。", "2026年1月25日"));
  test.each(["七．三七％", "七点三七%"])(
    "a percentage in numerals with a point (%s, as Taiwan's papers write it)",
    (rate) =>
      expectOne(
        `2025年,嘉兴市服务业增加值占比达到${rate}。`,
        { subject: "服务业增加值", indicator: "占比", value: 7.37, unit: "%" },
        "2026年1月25日",
      ),
  );
  test("○ as a zero in words: 百分之○点一", () =>
    expectOne(
      "2025年,嘉兴市居民消费价格上涨百分之○点一。",
      { indicator: "居民消费价格涨幅", value: 0.1, unit: "%" },
      "2026年1月25日",
    ));
  test("a zone named after a city whose short name is a word (中山火炬开发区)", () =>
    expectOne(
      "2023年,中山火炬开发区规上工业增加值完成300亿元。",
      { region: "中山火炬开发区", indicator: "规上工业增加值", value: 300, kind: "actual" },
      "2024年1月30日",
    ));
  test("中山 alone is no place", () => expectNone("中山大学附属医院床位达到3000张。", "2024年1月30日"));
  test("a zone named after a county-level city whose name ends in 乡 (桐乡经济开发区, 湘乡经开区)", () => {
    const r = run(
      "2023年,桐乡经济开发区规上工业总产值完成700亿元;湘乡经开区实际使用外资1.2亿美元。",
      "2024年1月30日",
    );
    expect(r.records.map((x) => [x.region, x.regionPath.join("/"), x.value])).toEqual([
      ["桐乡经济开发区", "浙江省/嘉兴市/桐乡市/桐乡经济开发区", 700],
      ["湘乡经开区", "湖南省/湘潭市/湘乡市/湘乡经开区", 1.2],
    ]);
  });
  test("a township's zone (某乡开发区) is still no place", () =>
    expectNone("2023年,石门乡开发区规上工业总产值完成7亿元。", "2024年1月30日"));
  test("the first of two thresholds joined by 及 describes the projects too", () =>
    expectAll(
      "2023年,桐乡经济开发区新引进项目30个,其中总投资1亿美元及10亿元以上项目5个。",
      [{ indicator: "新增", subject: "新引进项目", value: 30 }],
      "2024年1月30日",
    ));

  test("a note in brackets of how a measure is reckoned, (商务部口径), stands between it and its value", () =>
    expectAll(
      "2023年,嘉兴市实际使用外资(商务部口径)31亿美元;进出口总额(海关口径)4200亿元。",
      [
        { indicator: "实际使用外资", value: 31, unit: "亿美元", kind: "actual" },
        { indicator: "进出口总额", value: 4200, unit: "亿元", kind: "actual" },
      ],
      "2024年1月30日",
    ));
  test("a scope in brackets that changes the measure, (不含电力), does not", () =>
    expectNone("2023年,嘉兴市规上工业增加值(不含电力)2600亿元。", "2024年1月30日"));

  test("contracted foreign investment in Chinese numerals", () =>
    expectOne(
      "2002年,江门市合同利用外资十六亿美元。",
      { indicator: "合同利用外资", value: 16, unit: "亿美元", kind: "actual" },
      "2003年9月4日",
    ));
});

test("兆 before money is 万亿 (traditional texts); 兆瓦 keeps its own prefix", () => {
  expectOne(
    "到2025年,廣州市工業總產值突破2兆元。",
    { indicator: "工业总产值", value: 20000, unit: "亿元", comparator: "gt" },
    "2023年5月1日",
  );
  expectOne(
    "到2025年,广州市光伏装机容量达到300兆瓦。",
    { indicator: "光伏装机容量", value: 300, unit: "兆瓦" },
    "2023年5月1日",
  );
});

test("同期乙为Y: another place, the same measure, the same period", () =>
  expectAll(
    "前三季度,绍兴市实现规上工业增加值为1400亿元,同期宁波为3500亿元。",
    [
      { region: "绍兴市", indicator: "规上工业增加值(前三季度)", value: 1400, year: 2024, kind: "actual" },
      { region: "宁波市", indicator: "规上工业增加值(前三季度)", value: 3500, year: 2024, kind: "actual" },
    ],
    "2024年11月5日",
  ));

test("可支配收入 and 人均纯收入 are money per person, in 元; 居民消费价格总水平涨幅", () =>
  expectAll(
    "2023年,绍兴市城镇居民可支配收入完成78000元,同比增长5%;农民人均纯收入42000元;居民消费价格总水平涨幅0.4%。",
    [
      { subject: "城镇居民", indicator: "人均可支配收入", value: 78000, unit: "元", kind: "actual" },
      { subject: "城镇居民", indicator: "人均可支配收入增速", value: 5, kind: "actual" },
      { indicator: "人均纯收入", value: 42000, unit: "元", kind: "actual" },
      { indicator: "居民消费价格涨幅", value: 0.4, kind: "actual" },
    ],
    "2024年1月20日",
  ));

describe("a qualifier before a known measure is what it measures", () => {
  test.each([
    ["到2025年,绍兴市服务贸易进出口总额达到800亿元。", "服务贸易"],
    ["到2025年,绍兴市数字贸易进出口总额达到500亿元。", "数字贸易"],
  ])("%s", (text, subject) =>
    expectOne(text, { subject, indicator: "进出口总额", kind: "target", year: 2025 }, D2021),
  );
  test("a plain measure keeps no subject", () =>
    expectOne("到2025年,绍兴市进出口总额达到3000亿元。", { subject: null, indicator: "进出口总额" }, D2021));
});

describe("a plan's words, reported without a date, are its targets", () => {
  test.each([
    "根据规划,“十四五”期间绍兴市数字经济领域有效发明专利达到3万件。",
    "按照规划,绍兴市数字经济领域有效发明专利达到3万件。",
    "方案提出,绍兴市数字经济领域有效发明专利达到3万件。",
    "意见明确,绍兴市数字经济领域有效发明专利达到3万件。",
  ])("%s", (text) => expectOne(text, { kind: "target", value: 30000, unit: "件" }));
  test("a figure the plan reports as done stays a result", () =>
    expectOne("根据规划,绍兴市数字经济领域有效发明专利已达到3万件。", { kind: "actual", value: 30000 }));
});

describe("output per worker (元/人)", () => {
  test("a long rate noun is named whole, its unit per person", () =>
    expectOne(
      "到2023年,绍兴市规上制造业全员劳动生产率达到30万元/人。",
      { indicator: "规上制造业全员劳动生产率", value: 300000, unit: "元/人", kind: "target", year: 2023 },
      D2021,
    ));
  test("per-person money of a 人均 measure is kept in 元", () =>
    expectOne(
      "2020年,绍兴市居民人均可支配收入达到6万元/人。",
      { indicator: "人均可支配收入", value: 60000, unit: "元", kind: "actual" },
      D2021,
    ));
});

describe("sales reckoned from invoices or taxes (开票销售, 应税销售)", () => {
  test("are measures of money, a figure written right after them", () =>
    expectAll(
      "2023年,昆山市全年工业开票销售1890.5亿元;规模工业应税销售完成1500亿元。",
      [
        { subject: "工业", indicator: "开票销售", value: 1890.5, unit: "亿元", kind: "actual", year: 2023 },
        { subject: "规模工业", indicator: "应税销售", value: 1500, unit: "亿元", kind: "actual", year: 2023 },
      ],
      "2024年1月10日",
    ));
});

describe("a bare value added after a clause that says a kind of economy grew", () => {
  const read = (text: string) => named(text, "2025年3月1日");
  test("is that economy's, and so are its growth and its share", () =>
    expect(read("2024年,嘉善县民营经济持续壮大,实现增加值120.5亿元,增长6.1%,占GDP比重为58.2%。")).toEqual([
      "民营经济 增加值 120.5",
      "民营经济 增加值增速 6.1",
      "民营经济 占地区生产总值比重 58.2",
    ]));
  test("of no thing named, none of them is recorded (not even the share, as the share of 增加值)", () =>
    expect(read("2024年,嘉善县全年实现增加值20.8亿元,增长3%,占GDP比重为1.5%。")).toEqual([]));
});

describe("livestock by the head (头, 只): 出栏 and 存栏 are the animals', named right before", () => {
  const read = (text: string) => named(text, "2025年3月1日", true);
  test("a level and its change", () =>
    expect(read("2024年,嘉善县生猪出栏12.5万头,下降2.1%;肉鸡存栏40万只,增长3%。")).toEqual([
      "生猪 出栏 125000 头",
      "生猪 出栏降幅 2.1 %",
      "肉鸡 存栏 400000 只",
      "肉鸡 存栏增速 3 %",
    ]));
  test("of no animal named, no level of the county's: a diagnostic says so", () => {
    const r = run("2024年,嘉善县全年出栏12.5万头。", "2025年3月1日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["measure_missing"]);
  });
});

describe("a crop's yield per mu (单产, 亩产) in 公斤 is the crop's", () => {
  test.each([
    ["2024年,嘉善县粮食单产433.5公斤/亩。", "粮食 单产 433.5 公斤/亩"],
    ["2024年,嘉善县夏粮亩产319千克。", "夏粮 亩产 319 千克"],
  ])("%s", (text, record) => expect(named(text, "2025年3月1日", true)).toEqual([record]));
});

describe("a scale (规模) in a physical unit is named whole; in a count it is a number of things", () => {
  test.each([
    ["到2030年,佛山市光伏装机规模达到500万千瓦。", "光伏装机规模 5000000 千瓦"],
    ["到2030年,佛山市新型储能规模突破100万千瓦。", "新型储能规模 1000000 千瓦"],
    ["到2030年,佛山市高新技术企业规模达到3000家。", "高新技术企业 数量 3000 家"],
  ])("%s", (text, record) => expect(named(text, "2026年1月1日", true)).toEqual([record]));
  test("a scale counted of no thing named (年屠宰规模超210万头) is a count of nothing a reader can tell: a diagnostic", () => {
    const text = [
      "泰顺县2025年国民经济和社会发展计划执行情况的报告",
      "2025年,全县龙头企业年屠宰规模超210万头,规上农产品加工企业规模达到50家。",
    ].join("\n");
    expectAll(
      text,
      [{ subject: "规上农产品加工企业", indicator: "数量", value: 50, unit: "家" }],
      "2026年1月10日",
    );
    const r = run(text, "2026年1月10日");
    expect(r.diagnostics.filter((d) => d.code === "measure_missing").map((d) => d.message)).toEqual([
      expect.stringContaining("年屠宰规模 counted in 头"),
    ]);
  });
});

describe("an output's scale (产值规模) is the output of what is named right before it", () => {
  test.each([
    ["2025年,鄞州区种业产值规模突破10亿元。", "种业 产值规模 10"],
    ["2025年,鄞州区产值规模突破1000亿元。", "产值规模 1000"],
  ])("%s", (text, record) => expect(named(text, "2026年2月1日")).toEqual([record]));
});

describe("an industry named by its trade (种业, 茶业) is the subject of the measure after it", () => {
  test.each([
    ["2025年,鄞州区种业税收达到3亿元。", "种业 税收 3"],
    ["2025年,鄞州区茶业利润总额达到2亿元。", "茶业 利润总额 2"],
    // (a deed ending in 业 is no industry)
    ["2025年,鄞州区创业投资达到5亿元。", "创业投资 5"],
    // (trades named short are industries too)
    ["2025年,鄞州区跨境电商进出口总额达到80亿元。", "跨境电商 进出口总额 80"],
    ["2025年,鄞州区文旅税收达到2亿元。", "文旅 税收 2"],
  ])("%s", (text, record) => expect(named(text, "2026年2月1日")).toEqual([record]));
});

describe("a noun phrase no list names, right before a known measure, is what the measure is of", () => {
  test.each([
    ["2024年,佛山市一般贸易方式进出口总额达到1.9万亿元。", "一般贸易方式 进出口总额 19000"],
    ["2024年,佛山市农村劳动力转移就业12万人。", "农村劳动力 转移就业 120000"],
    // (words of when, how or what whole the figure covers are no thing: 上半年全市, 全社会, 现价)
    ["2024年,佛山市全社会固定资产投资达到10亿元。", "固定资产投资 10"],
    ["2024年,佛山市现价工业总产值达到10亿元。", "工业总产值 10"],
    ["2024年,佛山市各类税收达到10亿元。", "税收 10"],
    ["2024年,佛山市同口径税收增长5%。", "税收增速 5"],
    ["2024年,佛山市同期税收达到10亿元。", "税收 10"],
    // (a modifier that makes a measure of its own is the measure's: 日均税收, 净利润)
    ["2024年,佛山市日均税收达到1亿元。", "日均税收 1"],
    ["2024年,佛山市规上工业企业净利润达到10亿元。", "规上工业企业 净利润 10"],
    ["2024年,佛山市规上工业亩均税收达到30万元。", "规上工业 亩均税收 0.003"],
    // (and so for a growth: of what is named before the measure, not of the measure as a whole)
    ["2024年,佛山市一般贸易方式进出口总额增长12%。", "一般贸易方式 进出口总额增速 12"],
    ["2024年,佛山市全社会固定资产投资增长10%。", "固定资产投资增速 10"],
    ["2024年,佛山市经济回升向好,预期地区生产总值增长5%。", "地区生产总值增速 5"],
  ])("%s", (text, record) => expect(named(text, "2025年2月1日")).toEqual([record]));
});

describe("what a sector or a product measures", () => {
  test("a sector (渔业, 林业) or a farm product (水产品总产量) is the subject of its measure", () =>
    expectAll(
      "2020年,绍兴市林业实现增加值21.5亿元;渔业完成产值36.2亿元;水产品总产量12.8万吨。",
      [
        { subject: "林业", indicator: "增加值", value: 21.5, unit: "亿元", kind: "actual", year: 2020 },
        { subject: "渔业", indicator: "产值", value: 36.2, unit: "亿元", kind: "actual", year: 2020 },
        { subject: "水产品", indicator: "产量", value: 128000, unit: "吨", kind: "actual", year: 2020 },
      ],
      D2021,
    ));
  test("占…的比重 after a measure is the share of what the clause before measured, not of the base", () =>
    expectAll(
      "2020年,绍兴市渔业实现产值36.2亿元,占农业总产值的比重达到18.5%。",
      [
        { subject: "渔业", indicator: "产值", value: 36.2 },
        { subject: "渔业", indicator: "占农业总产值比重", value: 18.5, unit: "%", kind: "actual" },
      ],
      D2021,
    ));
});

describe("a milestone passed is the figure reached", () => {
  test("突破…大关, 迈上…台阶, 跃过…大关 (with the spaces a web page leaves)", () =>
    expectAll(
      "2020年,绍兴市规上工业总产值突破1万亿元大关;地区生产总值迈上7000亿元台阶;数字经济产业总量跃过 3000 亿元大关。",
      [
        { indicator: "规上工业总产值", value: 10000, unit: "亿元", comparator: "gt", kind: "actual" },
        { indicator: "地区生产总值", value: 7000, unit: "亿元", comparator: "gte", kind: "actual" },
        { indicator: "数字经济产业总量", value: 3000, unit: "亿元", comparator: "gt", kind: "actual" },
      ],
      D2021,
    ));
  test("a figure that names a class of things (亿元项目) is still no milestone", () =>
    expectNone("2020年,绍兴市新开工亿元项目。", D2021));
});

describe("a plan's amount by its name", () => {
  test("年度计划完成/年度计划投资 is a target, and so is its growth; 年度计划完成率 is progress, a result", () =>
    expectAll(
      "2022年,绍兴市重大项目年度计划完成641.3亿元,同比增长6.3%。2021年,绍兴市重大项目年度计划完成率达到106%。",
      [
        { indicator: "年度计划投资", value: 641.3, unit: "亿元", kind: "target", year: 2022 },
        { indicator: "年度计划投资增速", value: 6.3, kind: "target", year: 2022 },
        { value: 106, unit: "%", kind: "actual", year: 2021 },
      ],
      "2022年3月1日",
    ));
});

describe("money per person read by any rule", () => {
  test("is kept in 元: a change from one value to another, and a name that holds 人均 inside", () =>
    expectAll(
      "预计宜宾市人均GDP从2011年的24433元增加到2016年的36700元。2016年,宜宾市户籍人均生产总值为41000元。",
      [
        { indicator: "人均地区生产总值", value: 24433, unit: "元", year: 2011 },
        { indicator: "人均地区生产总值", value: 36700, unit: "元", year: 2016 },
        { indicator: "户籍人均地区生产总值", value: 41000, unit: "元", year: 2016 },
      ],
      "2017年1月7日",
    ));
});

describe("exports of what the clause before sends abroad", () => {
  test("“赣字号”脐橙畅销海外,…出口额…: the product's exports", () =>
    expectOne(
      "如今,“赣字号”脐橙畅销海外,2024年江西累计出口额达12.5亿美元。",
      { region: "江西省", subject: "脐橙", indicator: "出口额", value: 12.5, unit: "亿美元", year: 2024 },
      "2025年1月5日",
    ));
  test("a clause that sends nothing abroad leaves the place's exports its own", () =>
    expectOne(
      "外贸形势向好,2024年江西累计出口额达1200亿美元。",
      { region: "江西省", subject: null, indicator: "出口额", value: 1200 },
      "2025年1月5日",
    ));
});

test("a rate's long name is read whole, or not at all — never cut in the middle", () =>
  expectOne(
    "到2025年,嘉兴市地级及以上城市空气质量优良天数比率达到80%以上。",
    { indicator: "城市空气质量优良天数比率", value: 80, comparator: "gte", kind: "target" },
    "2021年3月1日",
  ));

describe("the rise of consumer prices, by any of its names; the index's level by the index's", () => {
  test.each([
    ["2022年,湖州市居民消费价格指数上涨2.1%。", 2.1],
    ["2022年,湖州市CPI同比上涨2.1%。", 2.1],
    ["2022年,湖州市消費者物價指數升幅2.1%。", 2.1],
    ["2022年,湖州市居民消费价格(CPI)比上年上涨2.1%。", 2.1],
  ])("%s", (text, value) =>
    expectOne(
      text,
      { region: "湖州市", indicator: "居民消费价格涨幅", value, unit: "%", year: 2022 },
      "2023年2月1日",
    ),
  );
  test("a level of the index (last year = 100) is the index's", () =>
    expectOne(
      "今年湖州市居民消费价格指数控制在103%以内。",
      {
        region: "湖州市",
        indicator: "居民消费价格指数",
        value: 103,
        comparator: "lte",
        kind: "target",
        year: 2023,
      },
      "2023年2月1日",
    ));
});

test("the output of a crop or a farm product is that product's (瓜果, 玉米, 木材)", () =>
  expectAll(
    "2022年,衢州市瓜果产量41.2万吨、增长1.5%,玉米产量8.3万吨,木材产量2100立方米。",
    [
      { subject: "瓜果", indicator: "产量", value: 412000, unit: "吨" },
      { subject: "瓜果", indicator: "产量增速", value: 1.5, unit: "%" },
      { subject: "玉米", indicator: "产量", value: 83000, unit: "吨" },
      { subject: "木材", indicator: "产量", value: 2100, unit: "立方米" },
    ],
    "2023年2月1日",
  ));

test("the investment the projects counted before completed, named 投资额 too", () =>
  expectAll(
    "2023年,嘉兴市项目建设有力推进,32个市级重点项目开工,完成投资额41.5亿元。",
    [
      { subject: "开工市级重点项目", value: 32, unit: "个" },
      { subject: "市级重点项目", indicator: "投资额", value: 41.5, unit: "亿元" },
    ],
    "2024年1月30日",
  ));

test("a share owned by a bare output (增加值占…比重) is that output of what the clause before measured", () => {
  expectAll(
    "今年上半年,宁德市三大主导产业增加值同比增长21.5%,增加值占全市规模以上工业比重为71.2%。",
    [
      { subject: "三大主导产业", indicator: "增加值增速(上半年)", value: 21.5 },
      { subject: "三大主导产业增加值", indicator: "占规模以上工业比重(上半年)", value: 71.2 },
    ],
    "2022年8月1日",
  );
  expectNone("今年上半年,宁德市增加值占全市规模以上工业比重为71.2%。", "2022年8月1日");
});

test("a bare 产值 after a clause that counts things is theirs (…企业稳定在31户,预计全年产值突破60亿元)", () =>
  expectAll(
    "2024年,集安市规模以上农产品加工企业稳定在25户,全年产值突破40亿元。",
    [
      { indicator: "规模以上农产品加工企业", value: 25, unit: "户" },
      { subject: "规模以上农产品加工企业", indicator: "产值", value: 40, unit: "亿元" },
    ],
    "2025年1月20日",
  ));

test("projects counted in an investment's own clause own it (111个省重点在建项目实际完成投资…)", () =>
  expectAll(
    "上半年,厦门市社会消费品零售总额1415.4亿元;其中,86个省重点在建项目实际完成投资312.5亿元。",
    [
      { indicator: "社会消费品零售总额(上半年)", value: 1415.4 },
      { subject: "省重点在建项目", indicator: "投资(上半年)", value: 312.5 },
    ],
    "2021年8月8日",
  ));

test("a plan's amount for the year is the plan's after the count of all its projects, a group's after the group's", () => {
  const r = run(
    "惠州市重大项目计划\n2023年,惠州市重大项目计划共安排项目420个,总投资8000亿元,年度计划完成900亿元;安排位于东部片区的产业项目150个,年度计划完成360亿元;安排新能源产业项目90个,年度计划完成210亿元。",
    "2023年3月1日",
  );
  expect(
    r.records.filter((x) => x.indicator === "年度计划投资").map((x) => [x.subject, x.value, x.kind]),
  ).toEqual([
    [null, 900, "target"],
    ["新能源产业项目", 210, "target"],
  ]);
});

test("a share owned by a bare count or investment (个数占比, 投资占比) is some group's: a diagnostic", () => {
  const r = run(
    "惠州市重大项目计划\n2023年,惠州市安排位于东部片区的产业项目150个,个数占比30%,年度计划完成360亿元,投资占比40%。2023年全年,惠州市制造业投资占比达到45%。",
    "2024年3月1日",
  );
  expect(r.records.map((x) => [x.subject, x.indicator, x.value])).toEqual([["制造业投资", "占比", 45]]);
  expect(r.diagnostics.filter((d) => d.code === "share_skipped")).toHaveLength(2);
});

test("goods named after a verb of trade (出口机电产品…亿元) own the trade and its growth, not the place", () =>
  expectAll(
    "1-6月,浙江省出口机电产品6200亿元,增长9.3%。1-6月,浙江省出口额11000亿元,增长6%。",
    [
      { subject: "机电产品", indicator: "出口额(1-6月)", value: 6200 },
      { subject: "机电产品", indicator: "出口额增速(1-6月)", value: 9.3 },
      { subject: null, indicator: "出口额(1-6月)", value: 11000 },
      { subject: null, indicator: "出口额增速(1-6月)", value: 6 },
    ],
    "2023年7月20日",
  ));

test("国有 in a name (国有企业) is no verb: the state-owned firms own their measure, not the place", () =>
  expectAll(
    "1-6月,浙江省民营企业进出口1.5万亿元;国有企业进出口1800亿元,增长6.2%。",
    [
      { subject: "民营企业", indicator: "进出口总额(1-6月)", value: 15000 },
      { subject: "国有企业", indicator: "进出口总额(1-6月)", value: 1800 },
      { subject: "国有企业", indicator: "进出口总额增速(1-6月)", value: 6.2 },
    ],
    "2023年7月20日",
  ));

test("a bare 产量 is the output of the short name right before it, though no lexicon names it (夏粮, 早稻)", () =>
  expectAll(
    "2023年,宝鸡市夏粮产量61.2万吨,增产1.1%;秋粮产量70.4万吨,减产0.6%。",
    [
      { subject: "夏粮", indicator: "产量", value: 612000, unit: "吨" },
      { subject: "夏粮", indicator: "产量增速", value: 1.1, direction: "rise" },
      { subject: "秋粮", indicator: "产量", value: 704000, unit: "吨" },
      { subject: "秋粮", indicator: "产量降幅", value: 0.6, direction: "fall" },
    ],
    "2024年2月1日",
  ));

test("a sector's name whose words are joined by 、 and 和 (交通运输、仓储和邮政业) is one thing, not a list; a list of sectors stays one", () => {
  const intro = "西安市统计局\n2023年,全市地区生产总值增长5%。";
  expectAll(
    `${intro}其中,信息传输、软件和信息技术服务业实现增加值300亿元,增长9%;住宿和餐饮业增加值40亿元。`,
    [
      { indicator: "地区生产总值增速", value: 5 },
      { subject: "信息传输、软件和信息技术服务业", indicator: "增加值", value: 300, unit: "亿元" },
      { subject: "信息传输、软件和信息技术服务业", indicator: "增加值增速", value: 9 },
      { subject: "住宿和餐饮业", indicator: "增加值", value: 40 },
    ],
    "2024年1月20日",
  );
  expectAll(
    `${intro}工业、建筑业和服务业增加值1185.2亿元。`,
    [{ indicator: "地区生产总值增速", value: 5 }],
    "2024年1月20日",
  );
});

test("a share with no owner in its clause (…增长3.2%,占地区生产总值比重为19.7%) is that of what the clause before measured, past its growth; public and private ownership make a name (非公有制经济)", () =>
  expectAll(
    "2023年,咸阳市第一产业增加值138.6亿元,增长3.2%,占地区生产总值比重为19.7%;非公有制经济增加值完成450亿元,占生产总值的比重为46.2%。",
    [
      { subject: "第一产业", indicator: "增加值", value: 138.6 },
      { subject: "第一产业", indicator: "增加值增速", value: 3.2 },
      { subject: "第一产业", indicator: "占地区生产总值比重", value: 19.7, kind: "actual", year: 2023 },
      { subject: "非公有制经济", indicator: "增加值", value: 450 },
      { subject: "非公有制经济", indicator: "占地区生产总值比重", value: 46.2 },
    ],
    "2024年4月1日",
  ));

describe("an amount added to a measure (新增产值)", () => {
  test("is named as the increment, not the level, whether or not a thing stands between", () => {
    const r = run("2023年,绍兴市新增产值150亿元。2023年,绍兴市新增规上工业产值90亿元。", "2024年1月20日");
    expect(r.records.map((x) => [x.subject, x.indicator, x.value])).toEqual([
      [null, "新增产值", 150],
      ["规上工业", "新增产值", 90],
    ]);
  });
  test("a count after 新增 stays a count of new things", () =>
    expect(
      run("2023年,绍兴市新增高新技术企业50家。", "2024年1月20日").records.map((x) => [
        x.subject,
        x.indicator,
      ]),
    ).toEqual([["高新技术企业", "新增"]]));
});

describe("a figure converted, and how a figure is reckoned", () => {
  test("the same figure in another currency (按…汇率计算为, 折合) is said to be no fact of its own", () => {
    const r = run(
      "2024年,湖州市人均地区生产总值126000元,按年平均汇率计算为17700美元。进出口总额1800亿元,折合约253亿美元。",
      "2025年3月1日",
    );
    expect(r.records.map((x) => `${x.indicator}:${x.value}:${x.unit}`)).toEqual([
      "人均地区生产总值:126000:元",
      "进出口总额:1800:亿元",
    ]);
    expect(r.diagnostics.filter((d) => d.code === "non_fact" && /converted/.test(d.message)).length).toBe(2);
  });
  test("按常住人口计算 says how a figure is reckoned, no thing it is of", () =>
    expectOne(
      "2024年,湖州市按常住人口计算人均地区生产总值为126000元。",
      { subject: null, indicator: "人均地区生产总值", value: 126000 },
      "2025年3月1日",
    ));
});

test("what a city owns (湖州市属国资企业) keeps its 市属; the place is the city", () => {
  const r = run("2024年,湖州市属国资企业资产总额超250亿元,增长8.5%。", "2025年2月1日");
  expect(r.records.map((x) => `${x.region}:${x.subject ?? ""}:${x.indicator}:${x.value}`)).toEqual([
    "湖州市::市属国资企业资产总额:250",
    "湖州市::市属国资企业资产总额增速:8.5",
  ]);
});

test("a milestone passed, joined by 、 to the value reached, leaves the value its measure's", () =>
  expectAll(
    "2024年,湖州市GDP突破4000亿元大关、达到4120.5亿元。",
    [
      { indicator: "地区生产总值", comparator: "gt", value: 4000 },
      { indicator: "地区生产总值", comparator: "eq", value: 4120.5 },
    ],
    "2025年2月1日",
  ));

test("a group named in quotes, figures and signs and all (“4+2”产业集群), owns the measure after it", () =>
  expectOne(
    "2024年,湖州市“4+2”产业集群产值达到5200亿元。",
    { subject: "“4+2”产业集群", indicator: "产值", value: 5200 },
    "2025年2月1日",
  ));

test("an animal named by one character (牛, 羊) owns its 出栏", () =>
  expectAll(
    "上半年,湖州市生猪出栏14000头;牛出栏420头;羊出栏6011只。",
    [
      { subject: "生猪", indicator: "出栏(上半年)", value: 14000 },
      { subject: "牛", indicator: "出栏(上半年)", value: 420 },
      { subject: "羊", indicator: "出栏(上半年)", value: 6011 },
    ],
    "2025年8月1日",
  ));

test("changes listed after a list of measures' levels (…分别达到A元和B元,分别增长a%和b%) are those measures', in order", () =>
  expect(
    run(
      "2025年,德清县城镇居民人均可支配收入和农村居民人均可支配收入分别达到78170元和48320元,分别增长5.2%和6.1%。",
      "2026年1月10日",
    ).records.map((r) => `${r.indicator} ${r.value} ${r.direction ?? ""}`),
  ).toEqual([
    "城镇居民人均可支配收入 78170 ",
    "农村居民人均可支配收入 48320 ",
    "城镇居民人均可支配收入增速 5.2 rise",
    "农村居民人均可支配收入增速 6.1 rise",
  ]));

test("固定资产投资 named by its amount (全社会固定资产投资额完成65.2亿元) is that measure", () =>
  expect(
    run("1-4月,绵竹市全社会固定资产投资额完成65.2亿元,同比增长6.9%。", "2019年5月23日").records.map(
      (r) => `${r.indicator} ${r.value}`,
    ),
  ).toEqual(["固定资产投资(1-4月) 65.2", "固定资产投资增速(1-4月) 6.9"]));

test("a share's owner with a note in brackets (高技术产业(制造业)增加值占…比重) is that owner, not the note", () =>
  expect(
    run("到2027年,宁波市高技术产业(制造业)增加值占规模以上工业比重达到28%。", "2024年5月1日").records.map(
      (r) => `${r.subject} ${r.indicator} ${r.value}`,
    ),
  ).toEqual(["高技术产业增加值 占规模以上工业比重 28"]));

describe("a measure named once at the head of a series, the things after it given by name alone", () => {
  const date = "2025年2月20日";
  const records = (text: string) =>
    run(text, date).records.map((r) => `${r.subject} ${r.indicator} ${r.value}`);
  test("each thing after a semicolon takes the head's measure word (油菜籽播种面积…;蔬菜…公顷,增长…)", () =>
    expect(
      records("2024年,泰顺县油菜籽播种面积500公顷,增长12%;茶叶3200公顷,增长2.5%;水果1800公顷,下降1.5%。"),
    ).toEqual([
      "null 油菜籽播种面积 500",
      "null 油菜籽播种面积增速 12",
      "茶叶 播种面积 3200",
      "茶叶 播种面积增速 2.5",
      "水果 播种面积 1800",
      "水果 播种面积降幅 1.5",
    ]));
  test("a breakdown after 其中 takes the measure of what the sentence before measured (农林牧渔业总产值)", () =>
    expect(
      records(
        "2024年,泰顺县农林牧渔业总产值40.5亿元,增长4%。其中,农业30.2亿元,增长4.5%;林业2.1亿元,下降3%。",
      ),
    ).toEqual([
      "农林牧渔业 总产值 40.5",
      "农林牧渔业 总产值增速 4",
      "农业 总产值增速 4.5",
      "林业 总产值降幅 3",
    ]));
  test("a thing after a comma, or counted in another unit, is no item of the series", () =>
    expect(
      records("2024年,泰顺县油菜籽播种面积500公顷,新增家庭农场30家;规上农业企业达到45家。").join("\n"),
    ).not.toMatch(/家庭农场 播种面积|农业企业 播种面积/));
});

describe("the investment and progress of projects counted before (列入省市重点项目32个,…)", () => {
  const text = "2025年,南浔区列入省市重点项目32个,年度计划投资86亿元,实际完成投资95亿元,完成率110.5%。";
  const owned = (t: string, date: string) =>
    run(t, date).records.map((r) => `${r.subject} ${r.indicator} ${r.kind} ${r.value}`);
  test("实际完成投资 is the projects' investment, named by the projects and not by the deed that listed them", () =>
    expect(owned(text, "2026年3月2日")).toEqual([
      "列入省市重点项目 null actual 32",
      "省市重点项目 年度计划投资 target 86",
      "省市重点项目 投资 actual 95",
    ]));
  test("so is the year's investment they are to complete (实施重大项目150个,完成年度投资300亿元以上)", () =>
    expect(owned("2026年,德清县实施重大项目150个,完成年度投资300亿元以上。", "2025年12月30日")).toEqual([
      "重大项目 null target 150",
      "重大项目 投资 target 300",
    ]));
  test("a bare 完成率 is progress against some plan, no measure of the place: a diagnostic", () =>
    expect(
      run(text, "2026年3月2日").diagnostics.filter((d) => /完成率 of an unnamed thing/.test(d.message))
        .length,
    ).toBe(1));
});
