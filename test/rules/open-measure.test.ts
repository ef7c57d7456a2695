import { expectAll, expectNone, expectOne, run } from "../helpers/extract-case";

const D2024 = "2024年3月1日";

describe("open measure: NP + predicate + Q, any noun phrase", () => {
  test.each([
    ["到2027年,嘉兴市亩均税收达到45万元。", { indicator: "亩均税收", value: 0.0045, unit: "亿元" }],
    [
      "到2027年,嘉兴市林木蓄积量达到300万立方米。",
      { indicator: "林木蓄积量", value: 3000000, unit: "立方米" },
    ],
    [
      "到2027年,嘉兴市有效发明专利拥有量力争突破3万件。",
      { indicator: "有效发明专利拥有量", value: 30000, unit: "件" },
    ],
    [
      "到2027年,嘉兴市光伏装机容量提高至500万千瓦。",
      { indicator: "光伏装机容量", value: 5000000, unit: "千瓦" },
    ],
  ])("%s", (text, fields) =>
    expectOne(text, { kind: "target", region: "嘉兴市", year: 2027, ...fields }, D2024),
  );

  test("a deadline opening a passage dates the sentences after it, until the next list item", () =>
    expectOne(
      "嘉兴市人民政府办公室\n《方案》要求:到2027年,产业体系基本形成。软件业务收入突破800亿元。",
      {
        kind: "target",
        region: "嘉兴市",
        indicator: "软件业务收入",
        value: 800,
        year: 2027,
        comparator: "gt",
      },
      D2024,
    ));

  test("the base year of a comparison is not the figure's year", () =>
    expectOne(
      "到2027年,嘉兴市森林覆盖率比2020年提高到25%。",
      { kind: "target", year: 2027, value: 25, unit: "%" },
      D2024,
    ));

  test.each([
    ["嘉兴市高新技术企业连续两年净增超过200家。"], // a change over years, named by no measure
    ["嘉兴市的发展、改革和开放达到新水平。"],
    ["2023年,嘉兴市位列全国第12位。"],
  ])("nothing from %s", (text) => expectNone(text, D2024));
});

describe("land a bulletin measures, named with no predicate", () => {
  test("a cover's area in 亩 is the place's, and so is the change after it", () =>
    expectAll(
      "2023年,嘉兴市粮食播种面积120万亩,增长1.2%;桑园面积3.5万亩,下降4.1%;耕地面积180万亩。",
      [
        { indicator: "粮食播种面积", value: 1200000, unit: "亩" },
        { indicator: "粮食播种面积增速", value: 1.2 },
        { indicator: "桑园面积", value: 35000, unit: "亩" },
        { indicator: "桑园面积降幅", value: 4.1, direction: "fall" },
        { indicator: "耕地面积", value: 1800000, unit: "亩" },
      ],
      D2024,
    ));
  test.each([
    ["2023年,嘉兴市新开工项目占地面积320亩。"], // a project's footprint
    ["嘉兴市工业园区一期可供开发面积1500亩。"], // a zone's land for sale
    ["2023年,嘉兴市新建厂房建筑面积12万平方米。"], // floor area, not land
  ])("nothing from %s", (text) => expectNone(text, D2024));
});

describe("the country is a region of its own", () => {
  test("a central document is about 全国", () =>
    expectOne(
      "国务院关于加快发展数字经济的意见\n到2027年,全国数字经济核心产业增加值占比达到12%左右。",
      { region: "全国", kind: "target", year: 2027, value: 12 },
      D2024,
    ));
  test("全国 in a local text does not make the text national", () =>
    expectOne(
      "2023年,嘉兴市地区生产总值增长6.1%,高于全国平均水平。全国排名靠前,全国百强县。",
      { region: "嘉兴市", kind: "actual", value: 6.1 },
      D2024,
    ));
});

describe("regions of several provinces, and bases of comparison", () => {
  test("a plan for 长三角 is about 长三角", () =>
    expectOne(
      "《长江三角洲区域一体化发展规划纲要》公布\n到2025年,常住人口城镇化率达到70%。",
      { region: "长三角", kind: "target", year: 2025, value: 70 },
      D2024,
    ));
  test("a local text's sentence opening with 长三角 does not take the passage away from home", () =>
    expectOne(
      "嘉兴市2024年政府工作报告\n长三角一体化深入推进。2024年,全市地区生产总值力争增长6%。",
      { region: "嘉兴市", kind: "target", year: 2024, value: 6 },
      D2024,
    ));
  test("上年 as a base (保持上年水平) is not the year of the figures after it", () =>
    expectAll(
      "嘉兴市人民政府\n2024年主要预期目标:地区生产总值增长6%;财政收入保持上年水平;固定资产投资增长7%左右。",
      [
        { year: 2024, value: 6, kind: "target" },
        { year: 2024, value: 7, kind: "target" },
      ],
      D2024,
    ));
});

describe("places written with their parent, and owners in the clause before", () => {
  test("上海奉贤 and 上海奉贤区 are 奉贤区", () => {
    expectOne(
      "上海奉贤:到2027年,新材料产业工业总产值力争达到600亿元。\n上海奉贤区人民政府",
      { region: "奉贤区" },
      D2024,
    );
    expectOne(
      "到2027年,上海奉贤区从业人员超过10万人。",
      { region: "奉贤区", indicator: "从业人员", value: 100000 },
      D2024,
    );
  });
  test("a share whose owner the clause before measured", () =>
    expectAll(
      "到2027年,嘉兴市数字经济规模达到5000亿元以上,占生产总值比重达到40%以上。",
      [
        { subject: "数字经济", indicator: "规模", value: 5000 },
        { subject: "数字经济", indicator: "占地区生产总值比重", value: 40, comparator: "gte" },
      ],
      D2024,
    ));
});

test("open measures paired with their figures in a 、 list", () =>
  expectAll(
    "到2027年,嘉兴市新能源汽车产业集群突破1500亿元、集成电路与新型显示产业集群突破800亿元。",
    [
      { subject: "新能源汽车产业集群", indicator: "规模", value: 1500, comparator: "gt" },
      { subject: "集成电路与新型显示产业集群", indicator: "规模", value: 800, comparator: "gt" },
    ],
    D2024,
  ));

describe("a group of things is no measure", () => {
  test("多个…定为, 部分城市…为: no record; 各类市场主体 is still counted (a thing, as other counts are)", () => {
    expectNone("2024年,多个经济大省定为5.5%左右;部分城市为6%以上。", "2024年1月28日");
    expectOne(
      "到2025年,绍兴市各类市场主体达到60万户。",
      { subject: "各类市场主体", indicator: null, value: 600000, kind: "target" },
      "2024年1月28日",
    );
  });
});

describe("a duration as a measure's value", () => {
  test("平均受教育年限达到11.5年", () =>
    expectOne(
      "到2027年,嘉兴市劳动年龄人口平均受教育年限达到11.8年。",
      { kind: "target", year: 2027, value: 11.8, unit: "年" },
      D2024,
    ));
  test("年 after any other number is no unit", () => expectNone("嘉兴市连续5年获评全省优秀。", D2024));
});

describe("an industry that reaches a sum of money", () => {
  test("is the industry's size, as a cluster's tier is", () =>
    expectOne(
      "到2026年,德州市特色轻工纺织产业突破500亿元。",
      {
        subject: "特色轻工纺织产业",
        indicator: "规模",
        value: 500,
        unit: "亿元",
        comparator: "gt",
        kind: "target",
      },
      D2024,
    ));
  test("a measure no list holds, named with money, stays the measure", () =>
    expectOne(
      "到2026年,德州市软件业务收入突破500亿元。",
      { subject: null, indicator: "软件业务收入", value: 500 },
      D2024,
    ));
});

describe("a deadline and a predicate alone after a clause that names the measure", () => {
  test("reach a sum of that measure", () =>
    expectOne(
      "“十四五”时期,嘉兴市规上工业产值保持年均6%增长,力争到2025年突破6500亿元。",
      { subject: "规上工业", indicator: "产值", value: 6500, comparator: "gt", kind: "target", year: 2025 },
      D2024,
    ));
  test("a percentage after a measure of money is no sum of it", () =>
    expectNone("嘉兴市地区生产总值保持较快增长,力争到2025年达到8%。", D2024));
});

describe("what a text expects a measure to reach", () => {
  test("how it got there (快速, 稳步) belongs to the predicate too", () =>
    expectOne(
      "2023年,嘉兴市高企数量快速增长到1434家。",
      { indicator: "高企数量", value: 1434, unit: "家", kind: "actual" },
      D2024,
    ));
  test("可 / 有望 / 可望 before the predicate belong to it, not to the measure's name", () =>
    expectAll(
      "到2025年,嘉兴市地区生产总值可达到9000亿元,森林蓄积量有望突破2000万立方米。",
      [
        { indicator: "地区生产总值", value: 9000, unit: "亿元", kind: "target" },
        { indicator: "森林蓄积量", value: 20000000, unit: "立方米", comparator: "gt", kind: "target" },
      ],
      D2024,
    ));
});

test("two values listed for one phrase (存贷款余额达到A、B) are several owners' — no record of the first", () => {
  const r = run(
    "2023年,镇原县金融机构存贷款余额达到310.5亿元、188.2亿元,分别增长9%、6.5%。",
    "2024年1月10日",
  );
  expect(r.records).toEqual([]);
  expect(r.diagnostics.map((d) => r.text.slice(d.span[0], d.span[1]))).toContain("达到310.5亿元");
});

test("a figure converted at some rate (按年均汇率折算为…美元) is the measure before it, no measure of its own", () =>
  expectAll(
    "2019年,临沂市人均地区生产总值58000元,按年均汇率折算为8400美元。",
    [{ indicator: "人均地区生产总值", value: 58000, unit: "元" }],
    "2020年2月1日",
  ));

test("a bare 增速 named in the clause before is no measure a clause of its value alone reaches", () =>
  expectNone("2021年前三季度,重庆的GDP总量与广州差距也不大,增速与广州相同,均为9.9%。", "2022年1月15日"));

test("a fuel's or power's use in its own unit (煤炭消费, 天然气消费) after a scope of firms (规模以上) is a measure", () =>
  expectAll(
    "1-6月,渭南市规模以上工业煤炭消费215.6万吨,同比下降4.1%;规模以上工业天然气消费2.3亿立方米,同比增长7.7%。",
    [
      { indicator: "规模以上工业煤炭消费(1-6月)", value: 2156000, unit: "吨" },
      { indicator: "规模以上工业煤炭消费降幅(1-6月)", value: 4.1, direction: "fall" },
      { indicator: "规模以上工业天然气消费(1-6月)", value: 230000000, unit: "立方米" },
      { indicator: "规模以上工业天然气消费增速(1-6月)", value: 7.7, direction: "rise" },
    ],
    "2023年7月20日",
  ));

test("the floor areas of building statistics (施工面积, 销售面积) in 平方米 are amounts, with no predicate", () =>
  expectAll(
    "2023年,宝鸡市商品房施工面积1830.5万平方米,增长2.1%;商品房销售面积420万平方米,下降5%。",
    [
      { indicator: "商品房施工面积", value: 18305000, unit: "平方米", kind: "actual" },
      { indicator: "商品房施工面积增速", value: 2.1, direction: "rise" },
      { indicator: "商品房销售面积", value: 4200000, unit: "平方米", kind: "actual" },
      { indicator: "商品房销售面积降幅", value: 5, direction: "fall" },
    ],
    "2024年2月1日",
  ));

test("a threshold passed for the first time in history (历史首次突破) restates a level, no measure named 历史", () => {
  const r = run("2023年,宝鸡市税收收入完成58.3亿元,历史上首次突破50亿元大关。", "2024年2月1日");
  expect(r.records.map((x) => [x.indicator, x.value])).toEqual([["税收", 58.3]]);
  expect(r.diagnostics.some((d) => d.message.includes("50亿元"))).toBe(true);
});

test("a later deadline with a bare predicate reaches the measure named before the deadline (…;到2028年,达到…)", () =>
  expectAll(
    "到2025年,宝鸡市软件业务收入达到150亿元;到2028年,达到260亿元左右。",
    [
      { indicator: "软件业务收入", value: 150, year: 2025, kind: "target" },
      { indicator: "软件业务收入", value: 260, year: 2028, comparator: "approx", kind: "target" },
    ],
    "2024年3月1日",
  ));

test("a share said as what its owner is equal to (…相当于全市生产总值的比例达到…) is the owner's share of 地区生产总值", () =>
  expectAll(
    "今年,西安市全社会研发经费支出相当于全市生产总值的比例达到5.2%左右,环保投入相当于地区生产总值的比例保持在2%左右。",
    [
      {
        subject: "全社会研发经费支出",
        indicator: "占地区生产总值比重",
        value: 5.2,
        comparator: "approx",
        kind: "target",
        year: 2024,
      },
      { subject: "环保投入", indicator: "占地区生产总值比重", value: 2, comparator: "approx" },
    ],
    "2024年1月23日",
  ));

test("a whole year's goal (全年目标为…) and what is done so far of it (1-4月,已完成…) are the goal of the year and its months' result", () =>
  expectAll(
    "会上通报,全市地区生产总值全年目标3100亿元,1-4月,已完成805.2亿元,规模以上工业总产值全年目标为5600亿元,1-4月已经完成1520.7亿元。",
    [
      { indicator: "地区生产总值", value: 3100, kind: "target", year: 2013 },
      { indicator: "地区生产总值(1-4月)", value: 805.2, kind: "actual", year: 2013 },
      { indicator: "规模以上工业总产值", value: 5600, kind: "target", year: 2013 },
      { indicator: "规模以上工业总产值(1-4月)", value: 1520.7, kind: "actual", year: 2013 },
    ],
    "厦门市统计局\n2013年5月15日",
  ));

test("an adverb of contrast before the predicate (…却达, …也达到) is no part of a measure's name", () =>
  expectOne(
    "2023年,咸阳市软件业务收入却达到150亿元。",
    { indicator: "软件业务收入", value: 150, kind: "actual" },
    "2024年2月1日",
  ));

test("a goal said to be raised or cut (增长目标上调为6%, 增速目标下调为4.5%) is no measure named 增长目标上调", () => {
  const r = run(
    "例如甲省,2025年GDP增速为4%,2026年增长目标大幅上调为6%左右;乙省2026年增速目标下调为4.5%。",
    "2026年2月1日",
  );
  expect(r.records.map((x) => x.indicator)).not.toContainEqual(expect.stringMatching(/调/));
  expect(r.records.map((x) => x.value)).not.toContain(6);
  expect(r.records.map((x) => x.value)).not.toContain(4.5);
});

test("in a list of goals, a level right after a measure of what is held or lasts needs no predicate (…拥有量14件, …年限11.3年)", () =>
  expect(
    run(
      "2026年江西省的主要预期目标是:每万人口高价值发明专利拥有量9件左右;劳动年龄人口平均受教育年限11.1年;人均预期寿命79岁。",
      "2026年2月5日",
    ).records.map((r) => `${r.indicator} ${r.value} ${r.unit} ${r.kind}`),
  ).toEqual([
    "每万人口高价值发明专利拥有量 9 件 target",
    "劳动年龄人口平均受教育年限 11.1 年 target",
    "人均预期寿命 79 岁 target",
  ]));

test("air's fine particles in 微克/立方米, the abbreviation in brackets no part of the name (细颗粒物(PM2.5)…)", () =>
  expectAll(
    "2026年,海宁市细颗粒物(PM2.5)年均浓度控制在28微克/立方米以内。",
    [{ indicator: "细颗粒物年均浓度", value: 28, unit: "微克/立方米", comparator: "lte", kind: "target" }],
    "2026年1月20日",
  ));

test("research and development by its English letters (R&D经费投入, R&D经费支出占GDP比重) is read as 研发", () => {
  const r = run(
    "海宁市2026年政府工作报告\n过去一年,全市R&D经费投入增长12%,R&D经费投入强度达到3.2%,R&D经费支出占GDP比重达到3.4%。",
    "2026年1月20日",
  );
  expect(r.records.map((x) => `${x.subject ?? ""} ${x.indicator} ${x.value}`)).toEqual([
    " 研发经费投入增速 12",
    " 研发经费投入强度 3.2",
    "R&D经费支出 占地区生产总值比重 3.4",
  ]);
});
