// Ways local news and meeting reports write figures: the spoken 个亿, a figure named as a goal's value, a zone
// named without its city, and the dateline of a wire report.
import { extract } from "../../src/extract";
import { normaliseText } from "../../src/text/normalise";
import { expectAll, expectOne, run } from "../helpers/extract-case";

const D2024 = "2024年2月20日";

describe("the spoken 个亿 is 亿元", () => {
  test("产值突破30个亿 is more than 30亿元", () =>
    expectOne(
      "2024年,嘉兴经济开发区将力争实现工业产值突破30个亿。",
      { kind: "target", indicator: "产值", value: 30, unit: "亿元", comparator: "gt", year: 2024 },
      D2024,
    ));
  test("a list of milestones in the spoken form, with a count among them", () =>
    expectAll(
      "2024年,嘉兴经济开发区将实现“三个突破”,即投资突破12个亿、财政总收入突破3个亿,入驻企业总数突破80家。",
      [
        { indicator: "投资", value: 12, unit: "亿元", kind: "target" },
        { indicator: "财政总收入", value: 3, unit: "亿元", kind: "target" },
        { value: 80, unit: "家", kind: "target" },
      ],
      D2024,
    ));
  test("a count of clusters of a magnitude stays a count (3—4个万亿元级)", () => {
    const r = run("到2027年,浙江省培育新增2—3个万亿元级产业集群。", D2024);
    expect(r.records.some((x) => x.unit === "亿元")).toBe(false);
  });
});

describe("a figure named as a goal's value is a target", () => {
  test.each([
    ["今年,嘉兴经济开发区将瞄准规上工业产值260亿元目标。"],
    ["今年,嘉兴经济开发区确定规上工业产值260亿元的目标。"],
    ["嘉兴经济开发区今年规上工业产值目标为260亿元。"],
  ])("%s", (text) =>
    expectOne(
      text,
      { kind: "target", year: 2024, value: 260, unit: "亿元", region: "嘉兴经济开发区" },
      D2024,
    ),
  );
  test("the goal is not part of the measure's name", () =>
    expectOne(
      "嘉兴经济开发区今年规上工业产值目标为260亿元。",
      { indicator: "规上工业产值", value: 260 },
      D2024,
    ));
  test("a growth target fixed by 确定为 is the growth of the economy", () =>
    expectOne(
      "嘉兴市今年经济增长目标确定为6%左右,主要考虑稳就业的需要。",
      { indicator: "地区生产总值增速", kind: "target", value: 6, comparator: "approx", year: 2024 },
      D2024,
    ));
});

describe("a development zone named by a district without its 区", () => {
  test("曾都经济开发区 is a zone inside 曾都区", () =>
    expectOne(
      "2023年,曾都经济开发区克服困难,实现规模工业产值168亿元。",
      { kind: "actual", region: "曾都经济开发区", value: 168, year: 2023 },
      D2024,
    ));
  test("a zone whose name is no known place stays unplaced", () => {
    const r = run("2023年,青石经济开发区实现规模工业产值168亿元。", D2024);
    expect(r.records).toHaveLength(0);
    expect(r.diagnostics.map((d) => d.code)).toContain("region_missing");
  });
});

describe("a wire report's dateline names where it was filed, not what it is about", () => {
  test("the country's targets reported from the capital are the country's", () =>
    expectAll(
      // (no signature date: the dateline's line is the text's first line and its title)
      "新华社北京3月5日电 新华社受权全文播发政府工作报告。\n报告提出,2024年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人以上。",
      [
        { region: "全国", indicator: "地区生产总值增速", value: 5, kind: "target", year: 2024 },
        { region: "全国", indicator: "城镇新增就业", kind: "target", year: 2024 },
      ],
    ));
  test("a city named in the body is the region, whatever the dateline", () =>
    expectOne(
      "本报杭州1月8日讯 今年嘉兴市地区生产总值力争增长6%。",
      { region: "嘉兴市", value: 6, kind: "target" },
      D2024,
    ));
});

describe("a deadline right after the dateline opens a target passage", () => {
  test("the next sentence's figure is a target of that year", () =>
    expectAll(
      "新华社杭州3月2日电(记者 张三)到2027年,浙江省软件业务收入达到1.5万亿元。同时,优化贸易生态,数字贸易进出口总额达到1.2万亿元。",
      [
        { indicator: "软件业务收入", kind: "target", year: 2027, value: 15000 },
        { indicator: "进出口总额", kind: "target", year: 2027, value: 12000, region: "浙江省" },
      ],
      D2024,
    ));
});

describe("将 before a verb of intent marks what follows as planned", () => {
  test("将按照…实现…突破 in an undated report is a target, though 实现 often reports", () =>
    expectAll(
      "2024年是开局之年,嘉兴经济开发区将按照市里的部署,实现“两个突破”,即产值突破30个亿、税收突破3个亿。",
      [
        { indicator: "产值", kind: "target", year: 2024, value: 30 },
        { indicator: "税收", kind: "target", year: 2024, value: 3 },
      ],
    ));
});

describe("an undated report of last year's results and this year's targets", () => {
  const report =
    "嘉兴市政府工作报告显示,2023年,全市地区生产总值达到7000亿元,增长6.2%。城镇调查失业率平均为4.6%。报告提出,今年主要预期目标是:地区生产总值增长6%左右,城镇调查失业率全年控制在5%以内。";
  test("the year it reports is past and 今年 is the year after", () =>
    expectAll(report, [
      { indicator: "地区生产总值", kind: "actual", year: 2023, value: 7000 },
      { indicator: "地区生产总值增速", kind: "actual", year: 2023, value: 6.2 },
      { indicator: "城镇调查失业率", kind: "actual", year: 2023, value: 4.6 },
      { indicator: "地区生产总值增速", kind: "target", year: 2024, value: 6 },
      { indicator: "城镇调查失业率", kind: "target", year: 2024, value: 5, comparator: "lte" },
    ]));
  test("a year said to be the text's own is this year (2024年是…之年)", () =>
    expectOne("2024年是关键之年,嘉兴市力争全年地区生产总值增长6%。今年,全市将推进重大项目建设。", {
      kind: "target",
      year: 2024,
      value: 6,
    }));
  test("a year's first months are this year's (2024年1—6月)", () => {
    const r = run("2024年1—6月,嘉兴市地区生产总值增长5.8%。今年,嘉兴市力争全年地区生产总值增长6%。");
    expect(r.records.map((x) => `${x.kind}:${x.year}:${x.value}`)).toEqual([
      "actual:2024:5.8",
      "target:2024:6",
    ]);
  });
});

describe("a part of the year that has passed reports its results", () => {
  test("上半年 figures of farm products, each its own subject", () =>
    expectAll(
      "嘉兴市2024年上半年经济运行情况\n上半年,嘉兴市夏粮增产,油菜籽产量12.5万吨,增长2%;禽蛋产量3.1万吨。",
      [
        { subject: "油菜籽", kind: "actual", year: 2024, value: 125000, unit: "吨" },
        { subject: "油菜籽", kind: "actual", year: 2024, value: 2, unit: "%" },
        { subject: "禽蛋", kind: "actual", year: 2024, value: 31000, unit: "吨" },
      ],
    ));
  test("a goal said to be the whole year's at its clause's head (全年目标为…) is no part of the year's", () =>
    expectAll(
      "平湖市上半年计划执行情况的报告\n上半年,全市地区生产总值同比增长6.2%。全年目标为地区生产总值增长6%左右。",
      [
        { indicator: "地区生产总值增速(上半年)", kind: "actual", value: 6.2 },
        { indicator: "地区生产总值增速", kind: "target", value: 6 },
      ],
      "2025年8月20日",
    ));
});

describe("a report's amounts by any name, with their change", () => {
  test("实现 + a measure no list names + amount, and 同比增 after it", () =>
    expectAll(
      "2023年,嘉兴经济开发区实现财政总收入52.4亿元,同比增6.1%;完成港口货物吞吐量1.8亿吨,同比降2.5%。",
      [
        { indicator: "财政总收入", kind: "actual", value: 52.4, unit: "亿元", year: 2023 },
        { indicator: "财政总收入增速", value: 6.1, direction: "rise" },
        { indicator: "货物吞吐量", value: 180000000, unit: "吨" },
        { indicator: "货物吞吐量降幅", value: 2.5, direction: "fall" },
      ],
      D2024,
    ));
  test("the change of a clause that names no amount is nobody's", () => {
    const r = run("2023年,嘉兴经济开发区营商环境持续优化,同比提升6%。", D2024);
    expect(r.records).toHaveLength(0);
  });
});

describe("a plan's goals listed under an introduction that names the plan", () => {
  const text = [
    "嘉兴市“十四五”工业发展规划解读",
    "“十三五”期间,我市规模以上工业增加值年均增长6.9%,工业开票销售突破5000亿元,较“十二五”末增长近40%。",
    "《规划》提出了“十四五”时期的三大重点目标:",
    "——规模效益实现新提升。规模以上工业增加值年均增长6.5%,工业开票销售达8000亿元。",
    "——创新能力实现新突破。建成省级以上企业技术中心300家。",
    "2022年3月1日",
  ].join("\n");
  test("the items are the plan's targets, of its last year; the years before are results", () => {
    const r = run(text);
    expect(r.records.map((x) => `${x.kind}:${x.year}:${x.value}`)).toEqual([
      "actual:2020:6.9",
      "actual:2020:5000",
      "target:2025:6.5",
      "target:2025:8000",
      "target:2025:300",
    ]);
  });
});

describe("a title's year before a deed to be done is a deadline, not the text's date", () => {
  test("原标题:2025年建成… does not date the text", () => {
    const r = run(
      "原标题:2027年建成全省一流制造业体系\n根据《实施意见》,到2025年,嘉兴市培育专精特新企业达到300家;到2027年,达到500家。“三强”目标具体为:产业强,全市规模以上工业总产值年均增长10%以上。",
    );
    expect(r.records.filter((x) => x.kind === "actual")).toEqual([]);
  });
});

describe("news of a government work report delivered early in the year", () => {
  const news = [
    "编辑:张三 2024-01-20 10:00 来源:鼓楼网",
    "鼓楼区第十八届人民代表大会第三次会议开幕。",
    "鼓楼区区长李四作政府工作报告。",
    "南京新闻网1月20日讯(记者 王五)1月20日上午,鼓楼区第十八届人民代表大会第三次会议开幕,区长李四作政府工作报告。",
    "过去一年,区政府圆满完成了全年目标任务。预计地区生产总值超过1200亿元,增长6%左右;新增国家高新技术企业120家。",
  ].join("\n");
  test("a district name several cities share is the one in the byline's city", () => {
    const r = run(news);
    expect(new Set(r.records.map((x) => x.regionPath.join("/")))).toEqual(new Set(["江苏省/南京市/鼓楼区"]));
  });
  test("its 预计 figures are last year's results", () => {
    const r = run(news);
    expect(r.records.map((x) => `${x.kind}:${x.year}:${x.value}`)).toEqual([
      "actual:2023:1200",
      "actual:2023:6",
      "actual:2023:120",
    ]);
  });
  test("an undated report: the year reported and the next year's targets by number", () => {
    const r = run(
      "2月20日,鼓楼区人民代表大会开幕。区长李四在报告中说,2023年全区经济社会发展取得显著成效。南京市鼓楼区地区生产总值达到1180亿元、增长6.2%。报告提出了2024年经济社会发展主要预期目标:地区生产总值增长6%。",
    );
    expect(r.records.map((x) => `${x.kind}:${x.year}:${x.value}`)).toEqual([
      "actual:2023:1180",
      "actual:2023:6.2",
      "target:2024:6",
    ]);
  });
});

describe("a monthly report's kinds of investment and its 比增", () => {
  test("each kind of investment is its own measure, with its own change", () =>
    expectAll(
      "嘉兴市南湖区2024年1-5月经济运行情况\n1-5月,南湖区固定资产投资52.3亿元,比增4.1%;其中房地产开发投资20.5亿元,下降6.2%;工业技改投资完成8.8亿元,比增21%。",
      [
        { indicator: "固定资产投资(1-5月)", value: 52.3, kind: "actual", year: 2024 },
        { indicator: "固定资产投资增速(1-5月)", value: 4.1, direction: "rise" },
        { indicator: "房地产开发投资(1-5月)", value: 20.5 },
        { indicator: "房地产开发投资降幅(1-5月)", value: 6.2, direction: "fall" },
        { indicator: "工业技改投资(1-5月)", value: 8.8 },
        { indicator: "工业技改投资增速(1-5月)", value: 21, direction: "rise" },
      ],
    ));
});

describe("what a report says of groups, contributions and aims is no place's figure", () => {
  test("figures of a group of zones belong to no region", () => {
    const r = run(
      "据统计,上半年江苏全省21个省级开发区实现工业总产值3200亿元,税收收入150亿元。",
      "2024年7月20日",
    );
    // (how many zones there are is the province's own figure)
    expect(r.records.filter((x) => x.unit !== "个")).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear")).toHaveLength(2);
  });
  test("a count before the firms a total is of is no part of their name", () =>
    expectOne(
      "上半年,嘉兴市520户规模以上企业实现工业总产值880亿元。",
      { subject: "规模以上企业", indicator: "工业总产值(上半年)", value: 880 },
      "2024年7月20日",
    ));
  test("a part's contribution to growth is not the growth", () => {
    const r = run("2023年,嘉兴市工业对全市GDP贡献率达60%,拉动全市GDP增长4个百分点。", "2024年7月20日");
    expect(r.records.filter((x) => x.unit === "百分点")).toEqual([]);
  });
  test("目标企业 are firms aimed at, and funds 争取 from above were won", () =>
    expectAll(
      "过去一年,嘉兴市南湖区走访目标企业120家,争取上级专项资金12.5亿元。",
      [
        { kind: "actual", year: 2023, value: 120 },
        { kind: "actual", year: 2023, value: 12.5 },
      ],
      "2024年1月10日",
    ));
});

describe("figures written with thousands separators, and places outside the mainland", () => {
  test("a comma inside a number ends no clause (从3,100亿美元跃升至6,000亿美元)", () =>
    expectOne(
      "2023年,嘉兴市外贸进出口总额从3,100亿美元跃升至6,000亿美元。",
      { indicator: "进出口总额", value: 6000, unit: "亿美元", kind: "actual", year: 2023 },
      "2024年1月10日",
    ));
  test("Taiwan's and Hong Kong's figures are in other currencies: no record, a diagnostic", () => {
    const r = run(
      "全国工业总会召开大会。他回顾,2017年台湾制造业产值约14.7兆元。2023年香港本地生产总值约3万亿元。",
      "2024年1月10日",
    );
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear")).toHaveLength(2);
  });
});

describe("a yearly average under a five-year plan", () => {
  test("is the plan's, though a heading named a vision year", () =>
    expectOne(
      "嘉兴市“十五五”规划纲要草案解读\n规划提出主要指标 2035年人均地区生产总值比2020年翻一番\n创新方面,纲要草案提出全社会研发经费投入年均增长8%以上。",
      { kind: "target", year: 2030, value: 8, comparator: "gte" },
      "2026年1月20日",
    ));
});

describe("a plan's goals as reported by a department or a briefing", () => {
  test("a base year (在2022年的基础上) does not date the figures of the deadline before it", () => {
    const r = run(
      "到2027年,嘉兴市南湖区高新技术企业在2022年的基础上实现倍增,专精特新企业突破30家。",
      "2023年6月1日",
    );
    expect(r.records.map((x) => `${x.kind}:${x.year}:${x.value}`)).toEqual(["target:2027:30"]);
  });
  test("a clause that goes on with 力争达到 is the measure of the clause before", () =>
    expectAll(
      "嘉兴市南湖区政府工作报告明确,到2026年,南湖区地区生产总值年均增长7%左右,力争达到1200亿元,研究经费投入年均增长12%。",
      [
        { indicator: "地区生产总值年均增速", value: 7, year: 2026 },
        { indicator: "地区生产总值", value: 1200, year: 2026 },
        { indicator: "研究经费投入年均增速", value: 12, year: 2026 },
      ],
      "2022年1月10日",
    ));
  test("a province's kind of zone is no zone, and its zones are counted", () =>
    expectAll(
      "浙江省高新技术产业开发区高质量发展行动计划\n《行动计划》提出,到2027年,国家高新区数量突破12家,亩均税收年均增长8%以上。",
      [
        { region: "浙江省", subject: "国家高新区", value: 12, unit: "家" },
        { region: "浙江省", indicator: "亩均税收年均增速", value: 8 },
      ],
      "2024年5月1日",
    ));
});

describe("a meeting named for this year's work is no report of that year", () => {
  test("2013年经济社会发展工作会议…今年将瞄准… is of 2013", () =>
    expectAll(
      "本报讯 记者张三报道:嘉兴经济开发区2月18日召开的2012年度总结表彰暨2013年经济社会发展工作会议透露,今年将瞄准规模工业产值200亿元目标。2012年,嘉兴经济开发区实现规模工业产值162亿元。",
      [
        { kind: "target", year: 2013, value: 200 },
        { kind: "actual", year: 2012, value: 162 },
      ],
    ));
});

describe("links to other pages around a web article", () => {
  test("相关推荐 lists and dated headlines are other articles', not this text's facts", () => {
    const page = [
      "嘉兴:到2027年规上工业营业收入突破2万亿元",
      "发布时间:2024-05-06 09:12 来源:嘉兴日报",
      "本报讯 近日,嘉兴市印发行动方案。方案提出,到2027年,全市规上工业营业收入突破2万亿元。",
      "相关推荐",
      "嘉兴一季度地区生产总值同比增长6.1% 05-01",
      "南湖区举办招商大会 签约项目56个",
      "上一篇:秀洲区新增高新技术企业80家 (2024-04-20)",
    ].join("\n");
    const r = run(page);
    expect(r.records.map((x) => x.value)).toEqual([20000]);
    // (the 上一篇 line is left out when the text is read)
    expect(r.diagnostics.filter((d) => d.message.includes("another page"))).toHaveLength(2);
  });
});

describe("a county's plan for the year, as its paper reports it", () => {
  const news =
    "嘉善县明确2024年经济社会发展主要预期目标。2024年,该县将完整、准确、全面贯彻新发展理念,坚持工业强县。该县将重点抓好五个方面工作。一是壮大优势产业。推进家具产业高端化,实现家具产值120亿元以上,力争茶产业综合产值突破30亿元。全年新增规上工业企业30家。";
  test("its plan's figures are targets, each of its industry", () =>
    expectAll(
      news,
      [
        { subject: "家具", indicator: "产值", kind: "target", year: 2024, value: 120, comparator: "gte" },
        { subject: "茶产业", indicator: "产值", kind: "target", year: 2024, value: 30, comparator: "gt" },
        { subject: "规上工业企业", indicator: "新增", kind: "target", year: 2024, value: 30 },
      ],
      "2023年12月26日",
    ));
});

describe("a plan-execution report measures each result against its goal", () => {
  test("figures after 高于预期目标X个百分点 are still results, and a goal's value in brackets a target", () => {
    const r = run(
      "2023年,全市地区生产总值增长6.3%,高于预期目标0.3个百分点;一般公共预算收入完成620亿元;规模以上工业增加值增长8.1%,比预期目标高1.1个百分点;固定资产投资增长4.2%,低于预期目标(增长8%)。\n嘉兴市发展和改革委员会\n2024年1月15日",
    );
    expect(r.records.map((x) => `${x.kind}:${x.year}:${x.value}`)).toEqual([
      "actual:2023:6.3",
      "actual:2023:620",
      "actual:2023:8.1",
      "actual:2023:4.2",
      "target:2023:8",
    ]);
  });
});

describe("a statistical bulletin's per-head figures, rates and figures of no one named", () => {
  const bulletin = [
    "嘉善县2023年国民经济和社会发展统计公报",
    "2023年,全县户籍人均生产总值为150000元,比上年增长5%;常住人均生产总值为110000元,增长4.9%。",
    "年末全县常住人口密度为1200人/平方公里。全县工业用地亩均税收为32万元/亩。",
    "全年蔬菜播种面积3900公顷,产量10万吨,下降2.2%。金融业是占比最大的行业,实现增加值90亿元,增长7%。",
  ].join("\n");
  test("whose head count a per-head figure is, and a rate's whole unit", () =>
    expectAll(bulletin, [
      { indicator: "户籍人均地区生产总值", value: 150000, unit: "元", kind: "actual", year: 2023 },
      { indicator: "人均地区生产总值增速", value: 5 },
      { indicator: "常住人均地区生产总值", value: 110000, unit: "元" },
      { indicator: "人均地区生产总值增速", value: 4.9 },
      { indicator: "常住人口密度", value: 1200, unit: "人/平方公里" },
      { indicator: "亩均税收", value: 320000, unit: "元/亩" },
      // a crop's area, then its bare 产量 and that output's fall: the crop's, never the county's total
      { indicator: "蔬菜播种面积", value: 3900, unit: "公顷" },
      { subject: "蔬菜", indicator: "产量", value: 100000, unit: "吨" },
      { subject: "蔬菜", indicator: "产量降幅", value: 2.2, direction: "fall" },
    ]));
  test("an industry's 增加值 with its name in the clause before a 是 stays a diagnostic", () =>
    expect(
      run(bulletin)
        .diagnostics.filter((d) => d.code === "measure_missing")
        .map((d) => d.message),
    ).toEqual([
      "measure: 增加值 of an unnamed thing: 90亿元",
      "growth: growth 7% of 增加值 of an unnamed thing: 7%",
    ]));
});

describe("a zone's page and its review", () => {
  test("a 高新区 named by a county-level city without 市 is that city's zone; the page's first line names it", () =>
    expectAll(
      "如皋高新技术产业开发区(如城街道)\n高新区2024年工作规划\n发布时间:2024-02-01\n全年主要预期目标是:一般预算收入占全市32%,实际利用外资1亿美元。",
      [
        {
          region: "如皋高新区",
          subject: "一般预算收入",
          indicator: "占全市比重",
          value: 32,
          kind: "target",
          year: 2024,
        },
        {
          region: "如皋高新区",
          indicator: "实际利用外资",
          value: 1,
          unit: "亿美元",
          kind: "target",
          year: 2024,
        },
      ],
    ));
  test("a percentage of a thing that names no measure is a diagnostic", () => {
    const r = run("到2025年,嘉兴高新区对全市项目招引、重大项目开工贡献度分别达25%、40%。", "2024年1月1日");
    expect(r.records.filter((x) => x.indicator === null && x.unit === "%")).toEqual([]);
  });
  test("a growth whose clause names what it counts is that thing's, and a name holds no figure", () => {
    const r = run(
      "2023年,嘉兴高新区工业税收同比增长57%,全年申报发明专利同比增长208%,新认定高新技术企业7家同比增长133%。",
      "2024年2月25日",
    );
    expect(r.records.map((x) => `${x.subject ?? ""}|${x.indicator ?? ""}|${x.value}`)).toEqual([
      "工业|税收增速|57",
      "申报发明专利|增速|208",
      "高新技术企业|新增|7",
    ]);
  });
});

describe("a round-up of places, each with its figure", () => {
  test("places with their growth alone carry the measure named first on", () =>
    expectAll(
      "嘉兴市2024年一季度经济运行情况\n从规上工业看,海宁市规上工业增加值增长9.1%,桐乡市增长8.2%,海盐县则下降1.5%。",
      [
        { region: "海宁市", indicator: "规上工业增加值增速(一季度)", value: 9.1, direction: "rise" },
        { region: "桐乡市", indicator: "规上工业增加值增速(一季度)", value: 8.2, direction: "rise" },
        { region: "海盐县", indicator: "规上工业增加值降幅(一季度)", value: 1.5, direction: "fall" },
      ],
    ));
  test("a clause of another figure between breaks the chain", () => {
    const r = run(
      "2023年,海宁市规上工业增加值增长9.1%,全市新增高新技术企业120家,海盐县则下降1.5%。",
      "2024年2月1日",
    );
    expect(r.records.some((x) => x.region === "海盐县")).toBe(false);
  });
});

describe("figures of the months so far", () => {
  test.each([
    ["截至10月底,嘉兴市累计完成固定资产投资1200亿元。", "固定资产投资(1-10月)", 1200],
    ["1-10月,嘉兴市规上工业增加值增长7.5%。", "规上工业增加值增速(1-10月)", 7.5],
    // (the days up to a date: never the whole year's)
    ["截止到10月15日,嘉兴市完成财政总收入560亿元。", "财政总收入(1月1日-10月15日)", 560],
  ])("%s", (text, indicator, value) =>
    expectOne(text, { indicator, value, kind: "actual", year: 2023 }, "2023年11月20日"),
  );
});

describe("a floor and a stretch target of one measure", () => {
  test.each([
    ["2024年,嘉兴市地区生产总值确保增长6%,力争增长7%。", "地区生产总值增速", [6, 7]],
    ["到2026年,嘉兴市数字经济核心产业增加值达到1500亿元,力争突破2000亿元。", "增加值", [1500, 2000]],
    // (joined by 、, and with 确保/争取 before each value)
    ["2024年,嘉兴市规上工业总产值确保突破1500亿元、力争达到1600亿元。", "规上工业总产值", [1500, 1600]],
    ["2024年,嘉兴市数字经济核心产业增加值确保1000亿元、争取1100亿元。", "增加值", [1000, 1100]],
  ])("%s", (text, indicator, values) => {
    const r = run(text, "2024年1月1日");
    expect(r.records.map((x) => `${x.kind}:${x.indicator}:${x.value}`)).toEqual(
      values.map((v) => `target:${indicator}:${v}`),
    );
  });
});

describe("news presenting a new five-year plan", () => {
  const news = [
    "2026年1月20日,嘉兴市市长在政府工作报告中介绍了《嘉兴市国民经济和社会发展第十五个五年规划纲要(草案)》。",
    "纲要草案提出,地区生产总值年均增长5.5%左右,为到2035年人均地区生产总值翻一番打好基础。",
    "绿色低碳方面,提出单位地区生产总值二氧化碳排放累计降低18%。",
    "民生方面,人均预期寿命提高到82岁。",
  ].join("\n");
  test("its figures are the plan's targets, of the plan's last year", () => {
    const r = run(news);
    expect(r.records.map((x) => `${x.kind}:${x.year}:${x.value}`)).toEqual([
      "target:2030:5.5",
      "target:2030:18",
      "target:2030:82",
    ]);
  });
  test("under a newspaper reader's header and a title of the meeting's year, they are still the plan's", () => {
    const page = [
      "数字报阅读",
      "2026-01-28",
      "版面:第003版:2026年嘉兴两会特别报道·图说政府工作报告",
      "制图/王五",
      "据本报讯,市长在政府工作报告中介绍,市政府编制了《嘉兴市国民经济和社会发展第十五个五年规划纲要(草案)》,提交大会审查。",
      "这里就主要指标作简要介绍。",
      "创新驱动方面",
      "其中,提出全社会研发经费投入年均增长8%以上",
      "民生方面",
      "办好人民满意的教育,劳动年龄人口平均受教育年限提高到12.5年;人均预期寿命提高到82岁",
    ].join("\n\n");
    const r = run(page);
    expect(r.records.map((x) => `${x.kind}:${x.year}:${x.value}`)).toEqual([
      "target:2030:8",
      "target:2030:12.5",
      "target:2030:82",
    ]);
  });
  test("a title's year stays the figures' year when the plan is only mentioned, not presented", () => {
    const page = [
      "2026年嘉兴两会特别报道",
      "今年是“十五五”规划开局之年。市长在政府工作报告中提出,全市地区生产总值增长5.5%左右,城镇新增就业7万人以上。",
    ].join("\n\n");
    const r = run(page);
    expect(r.records.map((x) => `${x.kind}:${x.year}:${x.value}`)).toEqual([
      "target:2026:5.5",
      "target:2026:70000",
    ]);
  });
});

describe("a month's figures and other words of a year-on-year change", () => {
  test("10月份 is a month alone, never the year", () =>
    expectAll(
      "10月份,嘉兴市规上工业增加值环比增长2.1%,同比增长6.5%。",
      [
        { indicator: "规上工业增加值环比增速(10月份)", value: 2.1, kind: "actual" },
        { indicator: "规上工业增加值增速(10月份)", value: 6.5, kind: "actual" },
      ],
      "2023年11月20日",
    ));
  test("同比上升 reports a result", () =>
    expectOne(
      "2023年,嘉兴市社会消费品零售总额同比上升5.2%。",
      { indicator: "社会消费品零售总额增速", value: 5.2, kind: "actual", year: 2023 },
      "2023年11月20日",
    ));
});

describe("points after an amount's growth", () => {
  test("are the change of its growth rate: a diagnostic, not a level's change", () => {
    const r = run(
      "2023年,嘉兴市社会消费品零售总额同比上升5.2%,较去年同期提升了1.2个百分点。",
      "2024年1月10日",
    );
    expect(r.records.map((x) => x.unit)).toEqual(["%"]);
    expect(r.diagnostics.some((d) => d.message.includes("growth rate, in points"))).toBe(true);
  });
  test("points of a share or a rate stay its change", () =>
    expectOne(
      "到2025年,嘉兴市常住人口城镇化率提高2个百分点。",
      { indicator: "常住人口城镇化率提高百分点", value: 2, unit: "百分点", kind: "target" },
      "2023年1月20日",
    ));
});

describe("a weak word of intent in a text of no date", () => {
  test("比重提高至X% with no year anywhere says neither a target nor a result", () => {
    const r = run(
      "嘉兴市先进制造业占规上工业增加值比重分别达48.2%,现代服务业增加值占第三产业比重提高至60.5%。",
    );
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "kind_unclear")).toHaveLength(2);
  });
  test("a deadline still makes it a target", () =>
    expectOne("到2027年,嘉兴市现代服务业增加值占第三产业比重提高至60.5%。", {
      kind: "target",
      year: 2027,
      value: 60.5,
    }));
  // (of no known year: a target's year that only the text's date suggests is none)
  test("so does a dated text", () =>
    expectOne(
      "嘉兴市现代服务业增加值占第三产业比重要提高至60.5%。",
      { kind: "target", year: null, value: 60.5 },
      D2024,
    ));
  test("a plan of no date still sets its targets", () =>
    expectOne("嘉兴市现代服务业高质量发展行动方案\n现代服务业增加值占第三产业比重提高至60.5%。", {
      kind: "target",
      year: null,
      value: 60.5,
    }));
});

describe("an output's owner named in quotes", () => {
  test("“三大手机”产值增长13.3% is the three makers' output growth, not the city's", () =>
    expectOne(
      "2023年,嘉兴推动七大新基地提速建设,“三大手机”产值增长13.3%。",
      { subject: "三大手机", indicator: "产值增速", value: 13.3, kind: "actual" },
      "2024年1月31日",
    ));
});

describe("sales and turnover of industries, each reported by its verb", () => {
  test("住宿业完成营业额…, 限额以上批发业完成销售额…: each industry's own, with its growth", () =>
    expectAll(
      "1至9月,嘉兴市住宿业完成营业额1.76亿元,增长3.1%;限额以上批发业完成销售额37.5亿元,增长0.7%。",
      [
        { subject: "住宿业", indicator: "营业额(1-9月)", value: 1.76 },
        { subject: "住宿业", indicator: "营业额增速(1-9月)", value: 3.1 },
        { subject: "限额以上批发业", indicator: "销售额(1-9月)", value: 37.5 },
        { subject: "限额以上批发业", indicator: "销售额增速(1-9月)", value: 0.7 },
      ],
      "2024年10月20日",
    ));
  test("where in the place a figure is reported (区内) is no owner", () =>
    expectOne(
      "2023年,嘉兴高新区区内实现营业收入1200亿元。",
      { subject: null, indicator: "营业收入", value: 1200 },
      "2024年2月1日",
    ));
});

test("the stock of what stands right before 存量, the zone's own name for itself left out", () =>
  expectOne(
    "截至9月,嘉兴高新区市场主体存量为36581户。截至9月,高新区市场主体存量为36581户。",
    { region: "嘉兴高新区", subject: "市场主体", indicator: "存量", value: 36581, unit: "户" },
    "2024年10月20日",
  ));

describe("a report's review: records since a year, and values listed for a pair", () => {
  const review =
    "2021年,嘉兴市规上工业增加值增长11.4%、居全省第1位、是2004年以来最好位次,服务业增加值增长9.3%,城乡居民人均可支配收入43150元、21340元,分别增长8.7%、10.5%。";
  test("the year a record is set since (2004年以来最好) is no year of the figures after it", () =>
    expect(
      run(review, "2022年2月17日")
        .records.filter((x) => x.value === 11.4 || x.value === 9.3)
        .map((x) => x.year),
    ).toEqual([2021, 2021]));
  test("the year so far (2024年以来,…) still dates its figures", () =>
    expectOne("2024年以来,嘉兴市规上工业增加值增长8%。", { year: 2024, value: 8 }, "2024年7月17日"));
  test("values listed for a pair with their 分别 after them are the pair's, in its order", () =>
    expect(
      run(review, "2022年2月17日")
        .records.filter((x) => x.indicator?.startsWith("人均可支配收入"))
        .map((x) => [x.subject, x.indicator, x.value]),
    ).toEqual([
      ["城镇居民", "人均可支配收入", 43150],
      ["农村居民", "人均可支配收入", 21340],
      ["城镇居民", "人均可支配收入增速", 8.7],
      ["农村居民", "人均可支配收入增速", 10.5],
    ]));
  test("values listed for one measure with no 分别 at all are no one's", () => {
    const r = run("2021年,嘉兴市城乡居民人均可支配收入43150元、21340元。", "2022年2月17日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.some((d) => d.message.includes("values listed for one measure"))).toBe(true);
  });
});

describe("a change against an earlier part of the year", () => {
  test("比上月 / 较一季度 / 比1-9月 are bases of a change, never a measure's name", () => {
    const r = run(
      "8月份,嘉兴市规上工业增加值同比增长5.5%,增速提高0.1个百分点,比上月提高0.8个百分点;投资增速较一季度回落1.2个百分点,比1-7月回落0.3个百分点。",
      "2023年9月20日",
    );
    expect(r.records.map((x) => [x.indicator, x.value])).toEqual([["规上工业增加值增速(8月份)", 5.5]]);
  });
});

test("a zone naming itself before a thing it counts (高新区市场主体) is no part of the thing", () =>
  expectOne(
    "嘉兴高新区2023年工作总结\n2023年,高新区新增市场主体2000户。",
    { region: "嘉兴高新区", subject: "市场主体", indicator: "新增", value: 2000, unit: "户" },
    "2024年1月20日",
  ));

describe("a round-up of provinces' first months", () => {
  const text =
    "在2021年1-2月,浙江、江西表现较为突出,其中浙江省增速达到27.3%,一般预算收入2042.5亿元。吉林省今年初继续超常发挥,前2月同比2019年增长17.8%,一般预算收入达到235亿元。";
  test("a place inside what would be a measure's name makes none; a change against 2019 is no growth of the year; early this year is no plan", () => {
    const r = run(text, "2021年3月27日");
    expect(r.records.map((x) => [x.region, x.indicator, x.value, x.kind])).toEqual([
      ["浙江省", "一般预算收入(1-2月)", 2042.5, "actual"],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toContain("kind_unclear");
  });
});

test("a Taiwan or Hong Kong repost's 成长 is a growth, and 兆 is 万亿", () =>
  expectAll(
    "（中央社台北25日電）廣東省統計局公布，廣東2023年地區生產總值達13.57兆元人民幣，成長4.8%。廣東省今年經濟成長目標定為5%左右。",
    [
      {
        region: "广东省",
        indicator: "地区生产总值",
        value: 135700,
        unit: "亿元",
        year: 2023,
        kind: "actual",
      },
      { region: "广东省", indicator: "地区生产总值增速", value: 4.8, year: 2023, kind: "actual" },
      {
        region: "广东省",
        indicator: "地区生产总值增速",
        value: 5,
        comparator: "approx",
        year: 2024,
        kind: "target",
      },
    ],
    "2024年1月25日",
  ));

describe("a Taiwan news digest of the national report: its words and its quotes", () => {
  const text = [
    "國務院總理向全國人大作政府工作報告,要點如下:",
    "一、2023 年工作回顧",
    "國內生產毛額增長 5.2%",
    "糧食產量達到 1.39 兆斤",
    "二、「十四五」時期主要目標",
    "單位國內生產毛額能源消耗降低 13.5%",
    "三、2024 年經濟社會發展主要預期目標",
    "國內生產毛額增長 5% 左右",
    "擬安排中央預算內投資 7,000 億元",
  ].join("\n");
  test("生产毛额 is the gross product, 兆斤 is 万亿斤, a 「」-quoted plan's heading dates its targets, 拟安排 is no name", () => {
    const r = run(text, "2024年3月6日");
    expect(r.records.map((x) => [x.kind, x.region, x.subject, x.indicator, x.value, x.unit, x.year])).toEqual(
      [
        ["actual", "全国", null, "地区生产总值增速", 5.2, "%", 2023],
        ["actual", "全国", "粮食", "产量", 1.39e12, "斤", 2023],
        ["target", "全国", null, "单位地区生产总值能源消耗降幅", 13.5, "%", 2025],
        ["target", "全国", null, "地区生产总值增速", 5, "%", 2024],
        ["target", "全国", null, "中央预算内投资", 7000, "亿元", 2024],
      ],
    );
  });
});

test("Hong Kong's 按年 is a year-on-year change, and 首季 the first quarter", () =>
  expectAll(
    "2023年,廣東地區生產總值按年增長4.8%,首季按年增長4%。",
    [
      { region: "广东省", indicator: "地区生产总值增速", value: 4.8, year: 2023 },
      { region: "广东省", indicator: "地区生产总值增速(一季度)", value: 4, year: 2023 },
    ],
    "2024年1月25日",
  ));

describe("a city paper's plan news", () => {
  const text = [
    "发展目标 到2025年形成6个千亿级支柱产业",
    "宝鸡晚报 2020-11-01 03:20",
    "到2025年,全市规模以上先进制造业总产值超过3000亿元,文化和旅游产业增加值占GDP比重达到15%以上,产值超百亿企业达到20户。",
  ].join("\n");
  test("the paper's date line names its city", () => expect(run(text).records[0]?.region).toBe("宝鸡市"));
  test("a share of two things joined is said, not read as one of them; a threshold before 企业 describes them", () => {
    const r = run(text);
    expect(r.records.map((x) => [x.subject, x.indicator, x.value])).toEqual([
      ["规模以上先进制造业", "总产值", 3000],
      ["产值超百亿企业", null, 20],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["share_skipped", "non_fact"]));
  });
});

describe("a year gone by (刚刚过去的2024年) opens a passage of results", () => {
  test("in an interview's opening, its figures are that year's results whatever verbs follow", () =>
    expectAll(
      "李某说,刚刚过去的2024年,是河南发展很不平凡的一年。河南坚持发展新兴产业,全省地区生产总值增长5.1%、总量达6.36万亿元。",
      [
        { region: "河南省", indicator: "地区生产总值增速", value: 5.1, year: 2024, kind: "actual" },
        {
          region: "河南省",
          indicator: "地区生产总值",
          value: 63600,
          unit: "亿元",
          year: 2024,
          kind: "actual",
        },
      ],
      "2025年3月6日",
    ));
  test("过去的 before no year says nothing of the figures' kind", () => {
    const r = run("河南省要改变过去的粗放做法,发展新兴产业,地区生产总值增长5%。", "2025年3月6日");
    expect(r.records.map((x) => x.kind)).not.toContain("actual");
  });
});

test("things listed as examples up to 等 are not the name of what is counted", () =>
  expectAll(
    "洛阳拥有某某光电研究院、某某材料研究所等国家级科研院所12家,省级研发平台30家。",
    [
      { region: "洛阳市", subject: "国家级科研院所", value: 12, unit: "家" },
      { region: "洛阳市", subject: "省级研发平台", value: 30, unit: "家" },
    ],
    "2025年3月6日",
  ));

test("a district that carries out the centre's decisions is no national text", () => {
  const r = run(
    "9月份,全区上下认真贯彻落实党中央、省市的决策部署,经济运行稳中有进。\n1-9月,全区规上工业增加值同比增长5.2%。",
  );
  expect(r.records.filter((x) => x.region === "全国")).toEqual([]);
  expect(r.diagnostics.map((d) => d.code)).toContain("region_missing");
});

test("a count's parts by sector (其中工业3家、建筑业20家) count units the sector does not name", () => {
  const r = run(
    "1-9月,江夏区新增“四上”单位入库96家。其中工业3家、建筑业20家、批发业31家、服务业42家。",
    "2024年10月20日",
  );
  expect(r.records.filter((x) => ["工业", "建筑业", "批发业", "服务业"].includes(x.subject ?? ""))).toEqual(
    [],
  );
  expect(r.diagnostics.filter((d) => d.code === "measure_missing").length).toBeGreaterThanOrEqual(4);
});

describe("places where something was held or that were visited are no topic", () => {
  const text = [
    "宜兴市经济开发区召开年度工作会议。",
    "在成都、西安举办产业推介会,全年赴杭州、苏州、成都等地拜访企业120家。全年新签约项目25个。",
  ].join("\n");
  test("a clause after 在…举办 keeps the passage's place", () => {
    const r = run(text, "2025年12月28日");
    expect(r.records.filter((x) => ["成都市", "西安市", "杭州市", "苏州市"].includes(x.region))).toEqual([]);
  });
  test("nor does a text that names venues more often than itself take them as its home", () => {
    const r = run(text.replace("宜兴市经济开发区", "开发区"), "2025年12月28日");
    expect(r.records.filter((x) => x.region === "成都市")).toEqual([]);
  });
});

describe("a zone's or a city's word for a place above it (全市, 全省) opening a sentence", () => {
  const text = [
    "苏州工业园区上半年经济运行情况",
    "上半年,苏州工业园区实现地区生产总值1800亿元,增长6%,增速居全市第2位。全市地区生产总值增长5.5%。全省地区生产总值增长5.8%。园区工业投资120亿元,居全省前列。",
  ].join("\n");
  const regions = () =>
    run(text, "2025年7月29日").records.map((r) => `${r.region} ${r.indicator} ${r.value}`);
  test("is the city or the province the home is in, for that sentence", () =>
    expect(regions()).toEqual([
      "苏州工业园区 地区生产总值(上半年) 1800",
      "苏州工业园区 地区生产总值增速(上半年) 6",
      "苏州市 地区生产总值增速(上半年) 5.5",
      "江苏省 地区生产总值增速(上半年) 5.8",
      "苏州工业园区 工业投资(上半年) 120",
    ]));
  test("while a rank or a comparison (全省排名第3位, 居全省第5位) names no topic, and the passage stays the home's", () => {
    const r = run(
      "宝鸡市上半年工业经济运行情况\n上半年,全市规模以上工业增加值增长13%,全省排名第3位;工业投资216.5亿元,居全省第5位。",
      "2025年7月29日",
    );
    expect(r.records.map((x) => `${x.region} ${x.value}`)).toEqual(["宝鸡市 13", "宝鸡市 216.5"]);
  });
});

test("a strategy named after a region (在长三角一体化方面) is an aspect of the work, not the place of its goals", () => {
  const r = run(
    [
      "南通市市长在市人大会议上作政府工作报告。2026年全市地区生产总值预期增长5%左右。",
      "在长三角一体化方面,报告提出,承接转移制造业企业50家。在成渝地区双城经济圈建设方面,引进配套企业30家。",
    ].join("\n"),
    "2026年1月20日",
  );
  const counted = r.records.filter((x) => x.subject === "承接转移制造业企业" || x.subject === "配套企业");
  expect(counted.map((x) => [x.subject, x.region, x.value])).toEqual([
    ["承接转移制造业企业", "南通市", 50],
    ["配套企业", "南通市", 30],
  ]);
});

test("a city's level (列无锡市级重点项目) does not make the city a text's home", () => {
  const r = run(
    "园区全年列无锡市级重点项目12个,均已开工。列无锡市级重大产业项目5个,完成投资38亿元。",
    "2025年12月28日",
  );
  expect(r.records.filter((x) => x.region === "无锡市")).toEqual([]);
});

describe("a Taiwan paper's report of a city's work report", () => {
  const text = [
    "【本報訊】上海市長某某22日作政府工作報告,公布2025年上海全市地區生產總值達人民幣5.6兆元、增長5.2%,2026年全市GDP則預期增長5%左右。",
    "某某介紹十五五規畫提及,全員勞動生產率達60萬元/人左右,服務貿易年均增速6%左右。",
  ].join("\n");
  test("the currency named before a sum, 兆 as 万亿, and an adverb (則) that is no part of a measure's name", () =>
    expect(
      run(text, "2026年1月23日").records.map((r) => [r.indicator, r.value, r.unit, r.kind, r.year]),
    ).toEqual(
      expect.arrayContaining([
        ["地区生产总值", 56000, "亿元", "actual", 2025],
        ["地区生产总值增速", 5.2, "%", "actual", 2025],
        ["地区生产总值增速", 5, "%", "target", 2026],
      ]),
    ));
  test("a five-year plan that states figures (十五五規畫提及) sets them for its last year", () =>
    expect(
      run(text, "2026年1月23日")
        .records.filter((r) => r.year === 2030)
        .map((r) => r.indicator),
    ).toEqual(["全员劳动生产率", "年均增速"]));
});

test("a local paper's copy of the State Council's report is the country's", () => {
  const r = run(
    [
      "受权发布:政府工作报告",
      "2026-03-14 09:12:00 | 来源:绍兴日报",
      "3月5日,国务院总理在全国人大会议上作《政府工作报告》。",
      "报告指出,今年发展主要预期目标是:经济增长5%左右;城镇新增就业1200万人以上;单位国内生产总值能耗降低3%左右。",
    ].join("\n"),
  );
  expect([...new Set(r.records.map((x) => x.region))]).toEqual(["全国"]);
});

describe("a wire report of a province's work report under a headline on last year's result", () => {
  const text = [
    "2025年江苏GDP预计突破14万亿元",
    "新华社南京1月15日电 江苏省省长某某15日表示,预计2025年江苏省地区生产总值迈上14万亿元新台阶。",
    "某某作政府工作报告时提出了2026年江苏经济社会发展的主要预期目标,包括地区生产总值同比增长5%左右。",
    "2025年该省先进制造业、高技术制造业增加值占规模以上工业比重分别提高到55.2%、30.1%。",
  ].join("\n");
  test("the text is of the year whose 主要预期目标 it presents; the goal introduces the figure after it", () =>
    expect(run(text).records.map((r) => [r.subject, r.indicator, r.value, r.kind, r.year])).toEqual([
      [null, "地区生产总值", 140000, "actual", 2025],
      [null, "地区生产总值增速", 5, "target", 2026],
      ["先进制造业", "增加值占规模以上工业比重", 55.2, "actual", 2025],
      ["高技术制造业", "增加值占规模以上工业比重", 30.1, "actual", 2025],
    ]));
});

test("该市 is the place itself, and 该市场 a market", () => {
  const r = run(
    "嘉兴市统计局发布数据\n2024年该市规模以上工业增加值、高技术制造业增加值分别增长6%、9%。该市场交易额达到500亿元。",
    "2025年1月20日",
  );
  expect(r.records.map((x) => [x.region, x.subject, x.indicator])).toEqual([
    ["嘉兴市", "规模以上工业", "增加值增速"],
    ["嘉兴市", "高技术制造业", "增加值增速"],
  ]);
});

describe("a round-up of zones' plans, one zone per item", () => {
  const text = [
    "江苏省开发区“十五五”规划谋划",
    "- 无锡滨湖经济开发区:编制新材料产业园规划,目标到2030年产值突破600亿元。",
    "- 南通开发区:建设人工智能产业园,目标到2030年高新技术企业突破800家。",
  ].join("\n");
  test("a zone named by its city, its own name and 经济开发区 is that zone; 目标到2030年 before the thing counted", () =>
    expect(run(text, "2025年6月1日").records.map((r) => [r.region, r.value, r.unit, r.kind, r.year])).toEqual(
      [
        ["无锡滨湖经济开发区", 600, "亿元", "target", 2030],
        ["南通开发区", 800, "家", "target", 2030],
      ],
    ));
});

test("a partner place (深化与上海…协同, 与上海、南京等…联动) does not count toward a text's home", () => {
  const r = run(
    [
      "开发区推进会召开",
      "开发区深化与上海临港新片区协同,强化与上海、南京等科创中心联动。",
      "园区全年实现规上工业总产值1200亿元。",
    ].join("\n"),
    "2025年12月28日",
  );
  expect(r.records.filter((x) => x.region === "上海市")).toEqual([]);
});

describe("a wire report of a province's session, filed from its capital", () => {
  const text = [
    "新华网杭州1月14日电 (记者某某)14日上午,浙江省第十四届人民代表大会第三次会议在杭州开幕。",
    "根据政府工作报告,2024年浙江全省一般公共预算总收入8935.6亿元、增长1.8%。",
    "2025年经济社会发展的主要预期目标是:全省地区生产总值增长5.5%左右。",
  ].join("\n");
  test("the dateline's city and the meeting's venue are not the text's home", () =>
    expect([...new Set(run(text).records.map((r) => r.region))]).toEqual(["浙江省"]));
  test("a growth after an amount in its own clause is that amount's, not a measure named before", () =>
    expect(run(text).records.map((r) => r.indicator)).toEqual([
      "一般公共预算总收入",
      "一般公共预算总收入增速",
      "地区生产总值增速",
    ]));
});

test("要实现 (a result to be reached) is a target's wording, not a result's", () =>
  expectOne(
    "2025年,肇庆市要实现地区生产总值增长5%左右。",
    { kind: "target", year: 2025, value: 5, comparator: "approx" },
    "2025年2月21日",
  ));

test("a text speaking of itself as a city (我市) that names its province more often is that city's", () => {
  const r = run(
    "我市2025年主要目标确定\n深入贯彻关于河南工作的重要论述,为奋力谱写河南篇章作出许昌更大贡献。主要预期目标是:规上工业增加值增长7.5%以上。",
    "2025年1月20日",
  );
  expect(r.records.map((x) => x.region)).toEqual(["许昌市"]);
});

test.each([
  ["恩施州", "恩施土家族苗族自治州"],
  ["黔东南州", "黔东南苗族侗族自治州"],
  ["海西州", "海西蒙古族藏族自治州"],
  ["博尔塔拉州", "博尔塔拉蒙古自治州"],
])("an autonomous prefecture written short with 州 (%s)", (short, full) =>
  expectOne(`2024年,${short}地区生产总值增长5.6%。`, { region: full, value: 5.6 }, "2025年1月20日"),
);

test.each([
  ["重庆两江新区", "两江新区", ["重庆市", "两江新区"]],
  ["雄安新区", "雄安新区", ["河北省", "雄安新区"]],
  ["前海深港现代服务业合作区", "前海合作区", ["广东省", "深圳市", "前海合作区"]],
])("a national new area or cooperation zone (%s) is a zone inside its place", (named, region, path) => {
  const r = run(`2024年,${named}地区生产总值增长6.1%。`, "2025年1月20日");
  expect(r.records.map((x) => [x.region, x.regionPath])).toEqual([[region, path]]);
});

test("a municipality's text speaking of 全市 stays the municipality's", () =>
  expectOne(
    "政府工作报告解读\n今年,全市地区生产总值增长6%左右。重庆将加快建设现代化新重庆,重庆市民生活更美好。",
    { region: "重庆市", value: 6, kind: "target" },
    "2025年1月20日",
  ));

test("a development seen (户外运动等蓬勃发展, 快速发展) sets no target mood for the figures after it", () =>
  expectAll(
    "宝鸡市旅游情况\n报告显示,2024年宝鸡实现旅游收入410亿元,研学旅行、户外运动等蓬勃发展;接待入境游客增长68%。",
    [
      { indicator: "旅游收入", value: 410, kind: "actual", year: 2024 },
      { indicator: "接待入境游客增速", value: 68, kind: "actual", year: 2024 },
    ],
  ));

describe("a county or district that calls itself by its short name", () => {
  test.each([
    ["德清县", "德清GDP预期增长5%以上"],
    ["浦东新区", "浦东GDP预期增长5%以上"],
  ])("%s: %s is the growth of its 地区生产总值, no measure named after it", (home, clause) =>
    expectOne(
      `${home}召开人民代表大会\n会议透露,今年${home}经济社会发展的主要预期目标已经确定。${clause}。`,
      {
        region: home,
        indicator: "地区生产总值增速",
        value: 5,
        comparator: "gte",
        kind: "target",
        year: 2026,
      },
      "2026年1月22日",
    ),
  );

  test("a road named after it is no mention of it: the figure's place is inherited, not stated", () => {
    const r = run("德清县召开人民代表大会\n今年,德清大道沿线重点项目计划完成投资12亿元。", "2026年1月22日");
    expect(r.records.map((x) => [x.region, x.value, x.stated.region])).toEqual([["德清县", 12, false]]);
  });
});

describe("a headline on a part of the year over a body that names its own year", () => {
  const text = (body: string) =>
    `嘉兴一季度高新区gdp(嘉兴高新区GDP已突破千亿大关)\n21日,产业论坛正式开幕。\n${body}`;

  test("2018年,…突破千亿元 is the year's figure, not the headline's 一季度", () =>
    expect(
      run(text("论坛上,主任表示,2018年,嘉兴高新区地区生产总值首次突破1000亿元。")).records.map((r) => [
        r.region,
        r.indicator,
        r.value,
        r.year,
      ]),
    ).toEqual([["嘉兴高新区", "地区生产总值", 1000, 2018]]));

  test("a figure whose sentence names no year keeps the headline's part of the year", () =>
    expect(
      run(text("记者获悉,嘉兴高新区地区生产总值同比增长8.2%。"), "2018年4月21日").records.map(
        (r) => r.indicator,
      ),
    ).toEqual(["地区生产总值增速(一季度)"]));

  test("a time word is no zone's name (嘉兴一季度高新区 is no zone)", () =>
    expect(extract("t", normaliseText(text("正文。")).text).meta.region?.name).toBe("嘉兴高新区"));
});

test("what a report is said to propose (市长在政府工作报告中提出,…) is its targets; what it shows (报告显示) its results", () => {
  const kindsOf = (t: string) => run(t, "2026年1月20日").records.map((r) => `${r.kind}:${r.year}:${r.value}`);
  expect(kindsOf("2026年嘉兴两会特别报道\n市长在政府工作报告中提出,全市地区生产总值增长5.5%左右。")).toEqual([
    "target:2026:5.5",
  ]);
  expect(kindsOf("2026年嘉兴两会特别报道\n报告显示,去年全市地区生产总值增长5.8%。")).toEqual([
    "actual:2025:5.8",
  ]);
});

describe("a wire story a paper of another place reposts", () => {
  const page = [
    "示范区前10个月收入维持高增速",
    "发布时间:2015-12-07 来源:广州日报",
    "新华社上海12月6日电 我国科技资源聚集地上海张江国家自主创新示范区最新数据显示,今年前10个月,示范区规模以上企业总收入同比增长9.3%。",
    "张江科学城管委会最新数据显示,今年1到10月,示范区规模以上企业利润总额1294.3亿元,同比增长12.8%。",
  ].join("\n");
  test("is not about the paper's place, nor the country that describes the place it names", () => {
    const r = run(page);
    expect(r.records.map((x) => x.region)).not.toContain("广州市");
    expect(r.records.map((x) => x.region)).not.toContain("全国");
  });
  test("a zone of the place that no list holds (…国家自主创新示范区) leaves its figures in doubt, with its name", () => {
    const r = run(page);
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear").map((d) => d.message)).toContainEqual(
      expect.stringContaining("上海张江国家自主创新示范区"),
    );
  });
  test("the country describing the one place its clause names (我国…聚集地上海…) gives the figure to that place", () =>
    expect(
      run(
        "新华社上海12月6日电 我国科技资源聚集地上海最新数据显示,今年前10个月,规模以上高新技术企业总收入同比增长10.3%。",
        "2015年12月7日",
      ).records.map((x) => x.region),
    ).toEqual(["上海市"]));
});

test("a sentence opening with now (目前,…) is of the text's date, not the year the passage before reviewed", () =>
  expect(
    run("2016年,浙江省规上工业增加值增长6.2%。目前,全省国家高新区达8家。", "2017年2月16日").records.map(
      (x) => `${x.subject ?? x.indicator} ${x.year}`,
    ),
  ).toEqual(["规上工业增加值增速 2016", "国家高新区 2017"]));

test("in an undated text, this year's months after a deadline (力争到2020年…。今年1-8月,…完成…) are not of the deadline's year", () => {
  const years = (t: string) => run(t).records.map((r) => `${r.kind} ${r.year}`);
  const text = (lead: string) =>
    `遂宁经开区召开会议\n书记指出,力争到2022年,地区生产总值突破300亿元。\n书记强调,要确保全年目标任务圆满完成。${lead}全区完成地区生产总值117.6亿元,同比增长9.1%。`;
  expect(years(text("今年1-8月,"))).toEqual(["target 2022", "actual null", "actual null"]);
  expect(years(text("1-8月,"))).toEqual(["target 2022", "actual null", "actual null"]);
});
