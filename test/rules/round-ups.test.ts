// Round-ups of many places (a news agency's report on the provinces' quarter): no place is the text's home, the
// country is named as 中国 before its measures, and groups of places are no one place. Phrasings of our own.
import { extract } from "../../src/extract";
import { normaliseText } from "../../src/text/normalise";
import { expectAll, expectOne, run } from "../helpers/extract-case";

const roundUp = [
  "各省份一季度经济数据出炉 多地开局良好",
  "2023年4月28日",
  "数据显示,共有8个省份GDP总量超过1万亿元。其中,甲省会城市所在的浙江GDP超过1.9万亿元;江苏GDP超过3万亿元,位居第一。",
  "一季度,中国GDP同比增长4.5%。浙江一季度GDP增速为6%,位居前列。",
  "一季度,江苏规上工业增加值增长3.5%。江苏进出口总额达1.2万亿元。",
  "浙江数字经济核心产业增加值增长5.2%。山东一季度GDP增速为4.7%。山东进出口总额增长3%。湖北GDP增长6.1%。湖北投资增长5%。",
].join("\n");

describe("a round-up of the provinces' quarter", () => {
  test("no province named about as often as the others is the text's home", () =>
    expect(extract("t", normaliseText(roundUp).text).meta.region?.name ?? null).not.toMatch(/省$/));
  test("中国 before a measure of the economy is the country", () => {
    const r = run(roundUp);
    expect(r.records.find((x) => x.value === 4.5)).toMatchObject({
      region: "全国",
      indicator: "地区生产总值增速(一季度)",
    });
  });
  test("a part of the year before GDP is no economy's name (一季度GDP增速 is GDP's growth)", () => {
    const r = run(roundUp);
    expect(r.records.find((x) => x.value === 6)).toMatchObject({
      region: "浙江省",
      indicator: "地区生产总值增速(一季度)",
    });
  });
  test("a count of provinces before a measure is a group of places, no one place's figure", () => {
    const r = run(roundUp);
    expect(r.records.filter((x) => x.value === 10000)).toEqual([]);
    expect(r.diagnostics.some((d) => d.code === "region_unclear" && d.message.includes("8个省份"))).toBe(
      true,
    );
  });
  test("each province's figure is that province's", () => {
    const r = run(roundUp);
    expect(r.records.find((x) => x.value === 30000)?.region).toBe("江苏省");
    expect(r.records.find((x) => x.value === 6.1)?.region).toBe("湖北省");
  });
});

describe("what a clause about a place says of its rate", () => {
  test("高达 is the predicate, not the end of the measure's name", () =>
    expectOne(
      "2023年,嘉兴市研发经费投入强度高达3.5%。",
      { indicator: "研发经费投入强度", value: 3.5 },
      "2024年1月1日",
    ));
  test("a clause with a place inside what would be the name is no measure (使得今年湖北增速高达18.7%)", () =>
    expect(run("专家表示,上年基数低,使得今年前三季度湖北增速高达18.7%。", "2021年11月1日").records).toEqual(
      [],
    ));
  test("中国 in a name (中国银行, 中国式现代化) is no place", () =>
    expect(
      extract("t", normaliseText("中国银行研究院表示,嘉兴市加快中国式现代化建设。").text).meta.region?.name,
    ).toBe("嘉兴市"));
  test("中国 before the output of a kind of goods, or a measure per unit of GDP, is the country, not the city", () => {
    const r = run(
      "2023年,中国小麦产量达到2.7亿吨,嘉兴市小麦产量达到20万吨。中国单位GDP能耗下降0.5%,嘉兴市单位GDP能耗下降4%。",
      "2024年1月20日",
    );
    expect(r.records.map((x) => [x.region, x.subject, x.value])).toEqual([
      ["全国", "小麦", 270000000],
      ["嘉兴市", "小麦", 200000],
      ["全国", null, 0.5],
      ["嘉兴市", null, 4],
    ]);
  });
  test("中国 before a body's name is no place (中国钢铁工业协会)", () =>
    expect(
      run("中国钢铁工业协会数据显示,2023年嘉兴市钢材产量达到200万吨。", "2024年1月20日").records.map((x) => [
        x.region,
        x.subject,
      ]),
    ).toEqual([["嘉兴市", "钢材"]]));
});

describe("a class of zones reported for the country", () => {
  test("the figures after one whose place is in doubt, in the same sentence, are in doubt too", () => {
    const r = run(
      "2023年,国家级经开区实现地区生产总值15万亿元,同比增长5%,拥有上市企业1000家。全国进出口总额增长1%。",
      "2024年1月3日",
    );
    expect(r.records.map((x) => [x.region, x.value])).toEqual([["全国", 1]]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear")).toHaveLength(3);
  });
});

test("国家高新区 without 级 is a class of zones too (全部国家高新区…实现…)", () => {
  const r = run(
    "2024年1—11月,全部国家高新区规上工业企业实现工业总产值28.7万亿元,同比增长4.4%,利润总额1.9万亿元。我国目前已经有178家国家高新区。",
    "2025年1月21日",
  );
  expect(r.records.map((x) => [x.region, x.subject, x.value])).toEqual([["全国", "国家高新区", 178]]);
  expect(r.diagnostics.filter((d) => d.code === "region_unclear")).toHaveLength(3);
});

describe("a class of zones in a province's or a city's text", () => {
  test("a kind of zone opening a clause bare is the zones', no figure of the province", () => {
    const r = run(
      "江西省印发《关于推动开发区高质量发展的意见》。到2025年,江西省实际利用外资达到200亿美元。省级开发区亩均税收达到30万元以上,经济开发区规上工业增加值占全省比重超70%。",
      "2023年5月1日",
    );
    expect(r.records.map((x) => [x.region, x.indicator, x.value])).toEqual([["江西省", "实际利用外资", 200]]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear")).toHaveLength(2);
  });
  test("a zone's own text calls itself 开发区: those figures are the zone's", () =>
    expectAll(
      "苏州工业园区2023年工作总结\n2023年,苏州工业园区实现地区生产总值3600亿元。开发区实现规上工业总产值7000亿元。",
      [
        { region: "苏州工业园区", indicator: "地区生产总值", value: 3600 },
        { region: "苏州工业园区", indicator: "规上工业总产值", value: 7000 },
      ],
      "2024年1月5日",
    ));
});

describe("a place's economy and its growth", () => {
  test("中国经济 / 浙江经济 / 浙江省经济 … 增长 is the place's gross product's growth", () =>
    expectAll(
      "今年中国经济增长目标为约5%。今年浙江经济增长目标为5.5%左右。今年江苏省经济增长5%以上。",
      [
        { region: "全国", indicator: "地区生产总值增速", value: 5, comparator: "approx", kind: "target" },
        { region: "浙江省", indicator: "地区生产总值增速", value: 5.5, comparator: "approx", kind: "target" },
        { region: "江苏省", indicator: "地区生产总值增速", value: 5, comparator: "gte", kind: "target" },
      ],
      "2025年3月5日",
    ));
});

describe("classes of cities, and a headline that lists a province's cities", () => {
  const text = [
    "江西方案出炉!大城市新增保障房占比力争超30%,南昌赣州等首批入围",
    "《意见》提出,“十四五”期间,人口净流入的大城市,新增保障性租赁住房占新增住房供应的比例力争达到30%以上;其他重点发展城市,力争达到15%以上。",
    "到2025年,江西省城镇新增就业力争达到200万人。",
  ].join("\n");
  test("the headline is the province's", () =>
    expect(extract("t", normaliseText(text).text).meta.region?.name).toBe("江西省"));
  test("a class of cities' figures are no one place's; the province's own are its", () => {
    const r = run(text, "2021年9月12日");
    expect(r.records.map((x) => [x.region, x.indicator, x.value])).toEqual([
      ["江西省", "城镇新增就业", 2000000],
    ]);
    expect(r.diagnostics.find((d) => d.code === "region_unclear")?.message).toMatch(/大城市/);
  });
});

test("a zone's news whose opening line names it: a bare 开发区 after is the zone", () =>
  expectAll(
    "张家界经济开发区召开2016年度经济工作会\n2月26日上午,会议安排部署2016年的工作任务。2016年,开发区将实现产值突破30亿元。",
    [{ region: "张家界经济开发区", indicator: "产值", value: 30, kind: "target" }],
    "2016年2月26日",
  ));

test("a group of provinces named by its number is no one province, in its sentence and the 其中 after it", () => {
  const r = run(
    "1-7月南方五省区用电量增长17% 广东居首\n1-7月,南方五省区全社会用电量达8294亿千瓦时,同比增长17.4%。其中,制造业用电量同比增长20.6%。广东全社会用电量同比增长19.1%,增速居五省区首位。",
    "2021年8月19日",
  );
  expect(r.records.map((x) => [x.region, x.indicator, x.value])).toEqual([
    ["广东省", "全社会用电量增速(1-7月)", 19.1],
  ]);
  expect(r.diagnostics.filter((d) => d.code === "region_unclear")).toHaveLength(3);
});

test("a zone's report whose title names it: a bare 高新区 (or 高新区园区) after is the zone, no class", () =>
  expectOne(
    "楚雄高新区前三季度经济运行情况\n1至9月,高新区园区实现规上工业总产值405.97亿元。",
    { region: "楚雄高新区", subject: null, indicator: "规上工业总产值(1-9月)", value: 405.97 },
    "2024年10月20日",
  ));

describe("a province's round-up of its cities' half-year figures", () => {
  const date = "2023年8月10日";
  test("places listed before one measure's rate, a note in brackets after one of them", () =>
    expectAll(
      "浙江各市半年报出炉\n上半年,杭州(不含临安)、宁波、温州固定资产投资增速分别为8.4%、7.0%、6.3%。",
      [
        { region: "杭州市", indicator: "固定资产投资增速(上半年)", value: 8.4, kind: "actual" },
        { region: "宁波市", indicator: "固定资产投资增速(上半年)", value: 7, kind: "actual" },
        { region: "温州市", indicator: "固定资产投资增速(上半年)", value: 6.3, kind: "actual" },
      ],
      date,
    ));
  test("places listed among other things give no subjects", () => {
    const r = run(
      "浙江各市半年报出炉\n上半年,杭州、宁波、数字经济核心产业增速分别为8.4%、7.0%、6.3%。",
      date,
    );
    expect(r.records).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain("region_unclear");
  });
  test("今年上半年 after a colon is a half gone by, not this year's plan", () =>
    expectAll(
      "浙江各市半年报出炉\n盘点各地外贸,部分地区表现亮眼:今年上半年,宁波外贸顺差持续扩大,贸易顺差达366.5亿元。",
      [{ region: "宁波市", indicator: "贸易顺差(上半年)", value: 366.5, kind: "actual" }],
      date,
    ));
});

describe("a national statistics round-up of parts of the country", () => {
  const text =
    "2023年1-9月,中部地区规模以上工业企业营业收入25.1万亿元,同比增长6.2%,增速比1-8月回落1个百分点。6个省份同比均增长,增幅较大的安徽、江西分别增长9.7%和8.9%。与上年同期相比,湖北、湖南增速分别提高2.1和1.3个百分点,安徽、江西分别回落1.2和0.9个百分点。";
  test("a part of the country named as the figures' owner is no province's, nor the country's", () => {
    const r = run(text, "2023年11月10日");
    expect(r.records.filter((x) => x.subject?.startsWith("中部地区"))).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain("region_unclear");
  });
  test("a first paragraph standing for a title is no headline naming one province", () =>
    expect(
      run(text, "2023年11月10日").records.filter((x) => x.region === "安徽省" && x.value === 251000),
    ).toEqual([]));
});

test("cities counted as a group before a part of the year and their deed are no one place", () => {
  const r = run(
    "珠三角经济运行分析\n前三季度,珠三角9个城市前三季度完成规模以上工业总产值92572.46亿元,同比仅增长3.0%。",
    "2023年11月12日",
  );
  expect(r.records).toEqual([]);
  expect(r.diagnostics.map((d) => d.code)).toContain("region_unclear");
});

test("仅 before a change is no part of its measure's name", () =>
  expectOne(
    "前三季度,佛山市规模以上工业总产值同比仅增长3.0%。",
    { indicator: "规模以上工业总产值增速(前三季度)", value: 3 },
    "2023年11月12日",
  ));

test("a province named alone on a dash line heads its figures in a round-up of provincial sessions", () =>
  expectAll(
    [
      "多省份下调经济增长目标",
      "本周福建、河北等省份召开两会,福建省人代会仍在进行中,福建省将于周日闭幕。",
      "--河北省",
      "2023年预计全省生产总值增长5.5%左右;2024年,预期全省生产总值增长5%左右。",
    ].join("\n"),
    [
      { region: "河北省", value: 5.5, kind: "actual", year: 2023 },
      { region: "河北省", value: 5, kind: "target", year: 2024 },
    ],
    "2024年1月13日",
  ));

describe("a round-up of cities: the place a sentence speaks of, groups of them, and a breakdown's period", () => {
  const text = [
    "比如,2021年1-11月,温州市出口增长21.9%。",
    "作为前十强城市中唯一的地级市,2021年1-11月,无锡规模以上工业总产值达到21000亿元。值得注意的是,在传统产业之外,无锡在2021年前三季度新兴产业投资650.2亿元。其中生物医药投资增长40%。",
    "在投资上,2021年1-11月,其他城市固定资产投资均增长6%以上。在消费上,GDP排名前十的城市的社会消费品零售总额增速均超过10%。",
  ].join("\n");
  test("a place opening a clause carries on to the breakdown after it, with that sentence's period", () => {
    const r = run(text, "2022年1月15日");
    expect(r.records.map((x) => [x.region, x.subject, x.indicator, x.value])).toEqual([
      ["温州市", null, "出口额增速(1-11月)", 21.9],
      ["无锡市", null, "规模以上工业总产值(1-11月)", 21000],
      ["无锡市", "新兴产业", "投资(前三季度)", 650.2],
      ["无锡市", "生物医药", "投资增速(前三季度)", 40],
    ]);
    // the top places of a ranking, or the others, are a group: their figures are no one place's
    expect(r.diagnostics.filter((d) => d.code === "region_unclear")).toHaveLength(2);
  });
});

test("a place ending the clause before (…基数偏低的南昌,经济增速…) is the topic of the clause after; a year's base is no year", () =>
  expectAll(
    "2021年前三季度,因为2020年同期基数偏低的南昌,经济增速达到12.8%,增速居全省首位。",
    [{ region: "南昌市", indicator: "地区生产总值增速(前三季度)", value: 12.8, year: 2021 }],
    "2022年1月15日",
  ));

test("places each with a figure alone go on with the measure of the clause that opens the list", () => {
  const r = run(
    "2021年上半年,与周边城市对比来看,无锡工业增速16.2%,常州18.1%,南通14.9%;从两年工业平均增速来看,无锡平均增长9.1%,常州8.4%。",
    "2021年8月4日",
  );
  expect(r.records.map((x) => [x.region, x.subject, x.indicator, x.value])).toEqual([
    ["无锡市", "工业", "增速(上半年)", 16.2],
    ["常州市", "工业", "增速(上半年)", 18.1],
    ["南通市", "工业", "增速(上半年)", 14.9],
  ]);
});

test("a place that is an item of a list after a colon (前二名:甲市…,乙…) is no topic for the paragraphs after", () => {
  const r = run(
    "2023年1-9月宁夏重大项目推进情况\n1-9月,全区固定资产投资同比增长4%。\n1.地级市开工率后二名:银川市开工率96%,宁东开工率93%。\n截至9月底未开工项目共7个,按责任单位划分分别是:银川市3个,某某项目;吴忠市4个,某某项目。",
    "2023年10月20日",
  );
  expect(r.records.find((x) => x.value === 7)?.region).toBe("宁夏回族自治区");
});

test("an item of a list of places after a colon that opens with no known place is no place's before it", () => {
  const r = run(
    "2023年1-9月宁夏重大项目推进情况\n投资完成率后三名:石嘴山市计划投资120亿元,完成41%;太阳山计划投资60亿元,完成37%;西吉县计划投资15亿元,完成33%。",
    "2023年10月20日",
  );
  expect(r.records.map((x) => [x.region, x.value])).toEqual([
    ["石嘴山市", 120],
    ["西吉县", 15],
  ]);
  // a list of one place's measures after a colon is that place's throughout
  expect(
    run("2024年主要预期目标是:银川市地区生产总值增长6%;规上工业增加值增长7%。", "2024年2月1日").records.map(
      (x) => x.region,
    ),
  ).toEqual(["银川市", "银川市"]);
});

describe("a news item about a group of provinces named by their number", () => {
  const item = [
    "1-6月西部十二省区市规模以上工业增加值增长8.1%",
    "7月20日消息,1-6月,西部十二省区市规模以上工业增加值同比增长8.1%,增速较全国高1.2个百分点。",
    "分省区看,1-6月,西部十二省区市工业均保持增长,其中四川同比增长9.3%。作为工业大省,四川装备制造业增加值增速达12.5%。",
    "分行业看,1-6月,西部十二省区市采矿业、制造业增加值分别同比增长6.0%、8.8%和7%。高技术制造业增加值同比增长15.2%。",
    "2021年7月20日",
  ].join("\n");
  test("a title about the group names no home, though the body names one province twice", () =>
    expect(extract("t", normaliseText(item).text).meta.region).toBeNull());
  test("a province its own sentence names keeps its figure; a later paragraph opened by the group is no province's", () => {
    const r = run(item);
    expect(r.records.map((x) => [x.region, x.subject, x.indicator, x.value])).toEqual([
      ["四川省", "装备制造业", "增加值增速(1-6月)", 12.5],
    ]);
    expect(r.diagnostics.some((d) => r.text.slice(d.span[0], d.span[1]).includes("15.2%"))).toBe(true);
  });
});

describe("a place that names a level or a programme is no place of the figures", () => {
  test("a place before 级 names a level of a list (扬州市级项目17个)", () => {
    const r = run("2024年,某某高新区全年新签约项目38个,其中扬州市级项目17个。", "2025年1月5日");
    expect(r.records.some((x) => x.region === "扬州市")).toBe(false);
    expect(r.records.some((x) => x.subject === "级项目")).toBe(false);
  });
  test("a place before a quoted programme's name (宝鸡“三新”项目) leads no passage", () => {
    const r = run(
      [
        "2024年,苏州工业园区实现地区生产总值3600亿元。",
        "宝鸡“三新”项目新开工8个、竣工14个。",
        "科技创新活力迸发。2024年新增授权发明专利2130件。",
      ].join("\n"),
      "2025年1月5日",
    );
    expect(r.records.find((x) => x.value === 2130)?.region).toBe("苏州工业园区");
  });
});

test("a place after 今年上半年以来 leads its passage, which then calls it 该区", () =>
  expectAll(
    "本报讯 今年上半年以来,湖滨区各级各部门深入落实各项决策部署,主要指标稳中向好。该区地区生产总值同比增长6.1%,规模以上工业增加值同比增长8.2%。",
    [
      { region: "湖滨区", indicator: "地区生产总值增速(上半年)", value: 6.1 },
      { region: "湖滨区", indicator: "规模以上工业增加值增速(上半年)", value: 8.2 },
    ],
    "2025年8月4日",
  ));

describe("a national round-up of places", () => {
  const text = [
    "全国县域经济百强榜发布",
    "去年,我国县域经济平均地区生产总值增长5.1%。",
    "浙江的义乌市,江苏的昆山市,福建的晋江市,山东的龙口市,湖南的浏阳市等位居前列。一部纪录片让张家界一跃成为热门目的地。去年全年实现旅游收入93.5亿元。",
  ].join("\n");
  test("a sentence listing places of several provinces leads no passage; a figure after a sentence naming a place is in doubt, not the nation's", () => {
    const r = run(text, "2025年6月30日");
    expect(r.records.some((x) => x.value === 93.5)).toBe(false);
    const at = (d: { span: [number, number] }) => r.text.slice(d.span[0], d.span[1]);
    expect(r.diagnostics.some((d) => d.code === "region_unclear" && at(d).includes("93.5"))).toBe(true);
  });
  test("an average over a group of places (县域经济平均地区生产总值) is no figure of the nation", () => {
    const r = run(text, "2025年6月30日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.some((d) => d.message.includes("an average over a group of places"))).toBe(true);
  });
});

test("averages over a class of places (全国1800个县域…平均值为…, 县域旅游平均接待游客…增长…) are no figures of the nation", () => {
  const r = run(
    "报告显示,2023年,全国1800个县域工业总产值平均值为120.5亿元,规上企业数平均值为86家;县域旅游平均接待游客总量为500万人次,同比增长12%。",
    "2024年6月30日",
  );
  expect(r.records).toEqual([]);
  expect(
    r.diagnostics.filter((d) => /an average over a class of places/.test(d.message)).length,
  ).toBeGreaterThanOrEqual(3);
});

describe("parks listed after a zone's clause", () => {
  const text = [
    "一、2023年工作回顾",
    "宝鸡市实现地区生产总值2700亿元。宝鸡高新技术产业开发区工业产值达到900亿元,千河“智造”产业园产值达到150亿元。",
    "宝鸡高新技术产业开发区营业收入达到1200亿元,其中,光电产业园产值达到80亿元。",
  ].join("\n");
  test("a park of its own name after a zone's clause is the city's, not the zone's; a park after 其中 is the zone's", () =>
    expectAll(text, [
      { region: "宝鸡市", indicator: "地区生产总值", value: 2700 },
      { region: "宝鸡高新区", subject: "工业", indicator: "产值", value: 900 },
      { region: "宝鸡市", subject: "千河“智造”产业园", indicator: "产值", value: 150 },
      { region: "宝鸡高新区", indicator: "营业收入", value: 1200 },
      { region: "宝鸡高新区", subject: "光电产业园", indicator: "产值", value: 80 },
    ]));
});

describe("a city's figures beside those of a group of its districts", () => {
  const text = [
    "西安市统计局",
    "上半年,全市地区生产总值增长5.2%。从工业看,县区属工业增加值增长6.4%。从招商看,9个区县实际利用外资增长12.5%,主城六区增长8%。",
  ].join("\n");
  test("a count of districts before a measure, or districts named by their count (主城六区), are groups of places: diagnostics, not the city's figures", () => {
    const r = run(text, "2023年7月20日");
    expect(r.records.some((x) => x.value === 12.5 || x.value === 8)).toBe(false);
    expect(
      r.diagnostics.filter((d) => d.code === "region_unclear" && d.message.includes("9个区县")).length,
    ).toBe(2);
  });
  test("what a level of government owns (县区属, 市属) is what the measure is of", () =>
    expect(run(text, "2023年7月20日").records.map((x) => [x.subject, x.indicator, x.value])).toEqual([
      [null, "地区生产总值增速(上半年)", 5.2],
      ["县区属", "工业增加值增速(上半年)", 6.4],
    ]));
});

describe("a province's half-year news that quotes the country's figures", () => {
  const text = [
    "山西商报:山西上半年增速领跑",
    "2023年上半年全国GDP达59.3万亿元,同比增长5.5%。",
    "山西上半年表现优异,其中GDP增速5.1%,而且软件业务收入达到1200亿元。",
    "晋陕差距缩小 山西增速居中部首位",
    "2023年上半年国内生产总值593034亿元,同比增长5.5%,整体呈上行态势。",
  ].join("\n");
  test("国内生产总值 in a place's passage naming no place is the country's or in doubt, never the place's; a year before it is no part of its name", () => {
    const r = run(text, "2023年7月18日");
    expect(r.records.some((x) => x.value === 593034 || (x.region === "山西省" && x.value === 5.5))).toBe(
      false,
    );
    expect(r.records.some((x) => /^年|国内/.test(x.indicator ?? ""))).toBe(false);
    expect(
      r.diagnostics.filter((d) => d.code === "region_unclear" && d.message.includes("全国")).length,
    ).toBe(2);
  });
  test("a connective before a measure (而且) is no part of its name", () =>
    expect(run(text, "2023年7月18日").records.map((x) => x.indicator)).toContain("软件业务收入(上半年)"));
});

test("a province after 如 leads its clause, and a milestone passed for the first time (首次跃上8万亿新台阶) is the level reached", () =>
  expectAll(
    "2023年,多个省份GDP迈上新台阶,如河南地区生产总值首次突破6万亿大关;湖北全省生产总值首次跃上5万亿新台阶。",
    [
      {
        region: "河南省",
        indicator: "地区生产总值",
        value: 60000,
        unit: "亿元",
        comparator: "gt",
        kind: "actual",
        year: 2023,
      },
      { region: "湖北省", indicator: "地区生产总值", value: 50000, unit: "亿元", comparator: "gte" },
    ],
    "2024年1月24日",
  ));

test("a breakdown (其中,…) of a sentence about a group of places is in doubt as that sentence is", () => {
  const r = run(
    "我国国家高新区总数将增至150家\n据科技部统计,2015年,120家国家高新区上报统计的企业总计7.8万家,实现营业总收入25.4万亿元,工业增加值5.2万亿元。其中,工业增加值占同期全国第二产业增加值的比重达到11.8%。",
    "2016年4月2日",
  );
  expect(r.records).toEqual([]);
  expect(r.diagnostics.filter((d) => d.code === "region_unclear").length).toBeGreaterThanOrEqual(3);
});

test("a place a ranking names (第一名是“某区政府”) leads the clauses after it; the investment planned is 计划投资, whose 计划 says nothing of the clause after it", () => {
  const r = run(
    "会上通报的排行榜里,第一名是“海沧区政府”,1-4月计划投资额是65000万元,实际投资额却达182000万元。",
    "厦门市统计局\n2013年5月15日",
  );
  expect(r.records.map((x) => [x.region, x.indicator, x.value])).toEqual([
    ["海沧区", "计划投资(1-4月)", 6.5],
  ]);
  expect(r.diagnostics.some((d) => d.code === "kind_unclear")).toBe(true);
});

describe("a round-up of two cities' half-year news, each under its source", () => {
  test("a city named after its source (据某市…通报,上半年某市…) leads the paragraphs after it, 全市 included", () => {
    const r = run(
      [
        "据嘉兴市统计局网站发布,上半年嘉兴市经济稳步发展。",
        "2023年上半年嘉兴市生产总值为3000亿元,同比增长6.4%。",
        "据湖州市政府新闻办发布会通报,上半年湖州全力推动经济运行持续向好。",
        "2023年上半年,全市生产总值1800亿元,同比增长6.2%。",
      ].join("\n"),
    );
    expect(r.records.map((x) => [x.region, x.value])).toEqual([
      ["嘉兴市", 3000],
      ["嘉兴市", 6.4],
      ["湖州市", 1800],
      ["湖州市", 6.2],
    ]);
  });
});

describe("a city's half-year bulletin that names its districts", () => {
  test("全市 after a sentence led by a district is the city, not the district", () => {
    const r = run(
      [
        "郴州市统计局关于2013年上半年经济运行的通报",
        "上半年,全市完成地区生产总值726.4亿元。北湖区、资兴市地区生产总值过100亿元。",
        "二、农业生产稳定。上半年,全市粮食播种面积232.2千公顷,同比增长2.9%。",
      ].join("\n"),
    );
    expect(r.records.map((x) => [x.region, x.value])).toEqual([
      ["郴州市", 726.4],
      ["郴州市", 232200],
      ["郴州市", 2.9],
    ]);
  });
});

describe("a count of zones leads its passage", () => {
  const text = (second: string) =>
    [
      "浙江省8个省级高新区前三季度产值增长3%",
      "10月20日记者获悉,前三季度,全省8个省级高新区完成规上工业总产值1200亿元,同比增长3.1%。",
      second,
      "此外,杭州高新区签约项目20个。",
    ].join("\n");

  test("a paragraph that goes on (同时,…) is the zones' too, no figure of the province", () => {
    const r = run(text("同时,实现税收收入86.2亿元,同比增长5.2%;新设外资企业9家。"), "2025年10月20日");
    expect(r.records.map((x) => [x.region, x.subject, x.value])).toEqual([["杭州高新区", "签约项目", 20]]);
    expect(
      r.diagnostics.filter((d) => d.code === "region_unclear" && d.quote.startsWith("同时")),
    ).toHaveLength(3);
  });

  test("a paragraph that opens with the province itself is the province's", () =>
    expect(
      run(text("全省实现税收收入86.2亿元,同比增长5.2%。"), "2025年10月20日").records.map((x) => [
        x.region,
        x.value,
      ]),
    ).toEqual([
      ["浙江省", 86.2],
      ["浙江省", 5.2],
      ["杭州高新区", 20],
    ]));
});

describe("a place's word for itself after a clause another place opens", () => {
  test("…;广东提出,到2018年,全省小康指数… is 广东's, not the province the text opened with", () =>
    expect(
      run(
        "浙江和广东设定了具体年份,其中,浙江明确要求“到2017年全省地区生产总值比2010年翻一番”;广东提出,到2018年,全省小康指数达到97%以上。",
        "2016年1月11日",
      ).records.map((r) => [r.region, r.indicator, r.value, r.year]),
    ).toEqual([["广东省", "小康指数", 97, 2018]]));

  test("全市 after a district's clause stays the home city (a self word of another level)", () =>
    expect(
      run(
        "嘉兴市召开经济工作会议\n2025年,南湖区完成投资80亿元,全市地区生产总值增长6%。",
        "2026年1月5日",
      ).records.map((r) => [r.region, r.indicator, r.value]),
    ).toEqual([
      ["南湖区", "投资", 80],
      ["嘉兴市", "地区生产总值增速", 6],
    ]));
});

test("a sentence about a five-year plan's years (对“十三五”期间GDP增速,…) dates the passage after it by that plan", () =>
  expect(
    run(
      "浙江明确要求“到2017年全省地区生产总值比2010年翻一番”。\n对“十三五”期间GDP增速,贵州、天津等8个地区提出了具体的目标数值。其中,贵州GDP设定的最高,为“年均增长10%左右”。",
      "2016年1月11日",
    ).records.map((r) => [r.region, r.indicator, r.value, r.year]),
  ).toEqual([["贵州省", "地区生产总值年均增速", 10, 2020]]));

describe("a town's own figures after words of when (上半年,某镇…)", () => {
  const text = (body: string) =>
    `8月27日,青山镇人民代表大会召开,德清县人大常委会副主任到会指导。\n${body}\n德清县第一名。`;

  test("上半年,青山镇财政收入… is the town's: no record of the county", () => {
    const r = run(text("上半年,青山镇财政收入完成5.36亿元,同比增长33%。"), "2025年8月28日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear").map((d) => d.message)).toEqual([
      "the sentence names 青山镇, the passage is about 德清县",
      "the sentence names 青山镇, the passage is about 德清县",
    ]);
  });

  test.each(["上半年,全县城镇新增就业1254人。", "上半年,景德镇市新增就业1254人。"])(
    "%s names no town",
    (body) => expect(run(text(body), "2025年8月28日").records.map((r) => r.value)).toEqual([1254]),
  );
});

test("a place's past result after another place's goal (…2026年增长目标为7%左右;海南2025年GDP增长4%) is a result", () => {
  const r = run(
    "各地2026年GDP增长目标出炉\n其中,西藏2025年GDP增速为7%,2026年增长目标为7.5%左右;海南2025年GDP增长4%,2026年增长目标为6%。",
    "2026年2月5日",
  );
  expect(
    r.records.filter((x) => x.region === "海南省" && x.year === 2025).map((x) => `${x.kind} ${x.value}`),
  ).toEqual(["actual 4"]);
});

test("a growth goal said without its measure (2026年增长目标为7.5%左右) is that of the measure its part of the sentence named", () => {
  const r = run(
    "各地2026年GDP增长目标出炉\n其中,西藏2025年GDP增速为7%,2026年增长目标为7.5%左右;海南2025年GDP增长4%。",
    "2026年2月5日",
  );
  expect(r.records.map((x) => `${x.region} ${x.indicator} ${x.kind} ${x.year} ${x.value}`)).toEqual([
    "西藏自治区 地区生产总值增速 actual 2025 7",
    "西藏自治区 地区生产总值增速 target 2026 7.5",
    "海南省 地区生产总值增速 actual 2025 4",
  ]);
});
