import { expectAll, run } from "../helpers/extract-case";
import { extract } from "../../src/extract";
import { normaliseText } from "../../src/text/normalise";
import { contentsLength } from "../../src/extract/refiners/title";

const meta = (text: string) => extract("t", normaliseText(text).text).meta;
/** Indicator, value, kind and year of each record a text gives. */
const kinds = (text: string, date?: string) =>
  run(text, date).records.map((r) => [r.indicator, r.value, r.kind, r.year].join(" "));

/** The text's home, and each record's place, measure and value. */
const homeAndRecords = (text: string) => [
  meta(text).region?.name,
  run(text).records.map((r) => `${r.region} ${r.indicator} ${r.value}`),
];

describe("document date", () => {
  test.each([
    [
      "2024年合肥市政府工作报告\n\n——2024年1月6日在合肥市第十七届人民代表大会第四次会议上\n\n正文。",
      "2024-01-06",
    ],
    ["某某报告\n(2023年2月1日在市十六届人大二次会议上)\n正文。", "2023-02-01"],
    ["新闻标题\n发布时间:2024年7月25日 来源:园区\n正文。", "2024-07-25"],
  ])("a dateline under the title: %#", (text, date) => expect(meta(text).date).toBe(date));

  test.each([
    ["关于温州市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n正文。", "2024"],
    ["成都市促进低空经济发展三年行动计划(2024—2026年)\n正文。", "2024"],
    ["关于到2027年基本建成数字政府的实施意见\n正文。", null],
    ["中共某某区委关于制定某某区第十五个五年规划和二〇四〇年远景目标的建议\n正文。", null],
  ])("a year in the title when there is no date: %#", (text, date) => {
    const m = meta(text);
    expect(m.date).toBe(date);
    if (date) expect(m.warnings.map((w) => w.code)).toContain("date_inferred");
  });
});

test("an undated opening's span of years (《…规划(2025—2035年)》) does not date the text by its end", () =>
  expect(
    meta(
      "计划报告解读\n在市人大会议上发布的《关于某市2025年计划执行情况与2026年计划草案的报告》显示,2025年,全市落实《某市发展战略规划(2025—2035年)》,经济运行总体平稳。",
    ).date,
  ).toBe("2026"));

test("an undated news item of a report delivered, whose opening sets the latest year's target, is of that year", () =>
  expect(
    meta(
      "【本报综合报道】各地进入地方“两会”时间。杭州市长25日作政府工作报告,公布2025年杭州全市地区生产总值达2.3万亿元、增长5.4%、高于全国0.4个百分点,2026年全市GDP则预期增长5%左右,这也为全年经济增长目标释出信息。\n综合报道,市长25日表示,今年将主动对接国际高标准经贸规则。\n市长介绍未来十五五规划提及,设置了29项主要指标。",
    ).date,
  ).toBe("2026"));

test("an undated opening's start of a change (从2012年的…增长至…) does not date the text", () =>
  expect(
    meta(
      "本报讯 9月14日,记者从科技部获悉,十年来全国高新技术企业从2012年的4.9万家增长至40万家,研发投入持续增长。",
    ).date,
  ).toBeNull());

test("a report with no date whose review section names its year (一、2023年工作回顾) is of the year after", () => {
  const text =
    "各位代表:\n现在,我代表宝安区人民政府向大会作工作报告,请予审议。\n一、2023年工作回顾\n2023年是全面贯彻党的二十大精神的开局之年。一年来,全区实现地区生产总值4200亿元,增长5.8%。";
  expect(meta(text).date).toBe("2024");
  expect(kinds(text)).toEqual(["地区生产总值 4200 actual 2023", "地区生产总值增速 5.8 actual 2023"]);
});

describe("report sections decide target or actual", () => {
  test("“2023年计划执行情况” reports, though it says 计划", () => {
    const r = run(
      "关于温州市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n全年实现地区生产总值8730.6亿元。\n二、2024年主要目标\n地区生产总值增长6.5%左右。",
    );
    expect(r.records.map((x) => [x.indicator, x.year, x.kind])).toEqual([
      ["地区生产总值", 2023, "actual"],
      ["地区生产总值增速", 2024, "target"],
    ]);
  });

  // a page's furniture is no title: its title is the line it would have been taken for instead
  test.each([
    [
      "a row of a page's fields (索引号: | … |)",
      "索引号: | 0012/2025-01 | 发布机构: | 经济开发区 |\n组配分类: | 计划总结 | 文件编号: |\n某某经济开发区2024年工作总结和2025年工作思路\n一、2024年工作总结",
      "某某经济开发区2024年工作总结和2025年工作思路",
    ],
    [
      "an item of a list of links to other pages (- 标题2025-02-26)",
      "2024年,东莞市规模以上工业增加值增长8.1%,工业投资增长12%。\n- 2024年佛山市地区生产总值1.3万亿元2025-02-26\n- 某省举办招商推介会2025-02-25",
      "2024年,东莞市规模以上工业增加值增长8.1%,工业投资增长12%。",
    ],
    [
      "a pointer to another page of the site (今日特推: …)",
      "今日特推: 某县第十三届人大四次会议开幕\n搜索:\n\n巨野县第十九届人民代表大会第四次会议开幕\n正文。",
      "巨野县第十九届人民代表大会第四次会议开幕",
    ],
    [
      "a document-sharing site's furniture (添加…到电脑桌面, ….docxVIP专享)",
      "电脑桌面\n添加某某文库到电脑桌面\n安装后可以在桌面快捷访问\n某经开区工作总结及2026年工作安排.docxVIP专享\n某经开区工作总结及2026年工作安排\n一、2025年工作开展情况",
      "某经开区工作总结及2026年工作安排",
    ],
  ])("%s is no title", (_, text, title) => expect(meta(text).title).toBe(title));

  test("a site's call to follow it (欢迎关注…APP) is no title", () =>
    expect(
      meta("第1版 2018-03-20\n成都市今年预期目标公布。正文。\n欢迎关注每日经济新闻APP").title,
    ).not.toContain("欢迎关注"));

  test("a web page title loses the site's name", () =>
    expect(
      meta(
        "<html><head><title>园区上半年经济运行稳中有进_新闻中心</title></head><body><p>正文。</p></body></html>",
      ).title,
    ).toBe("园区上半年经济运行稳中有进"));
});

describe("regions of a page that covers several zones", () => {
  const page =
    "国家高新区2023年亮点速览\n\n【杭州高新区(滨江)】\n2023年,区内实现营业收入1.2万亿元,同比增长10.5%。\n\n◆合肥高新区:全年完成工业总产值1100亿元,增长9.2%。";

  test("a zone after a bullet leads its sentence", () => {
    const r = run(page);
    expect(r.records.map((x) => `${x.region}:${x.indicator}:${x.value}`)).toEqual([
      "杭州高新区:营业收入:12000",
      "杭州高新区:营业收入增速:10.5",
      "合肥高新区:工业总产值:1100",
      "合肥高新区:工业总产值增速:9.2",
    ]);
  });

  test("a figure whose clause names another region is not given to the passage's region", () => {
    const r = run("【杭州高新区(滨江)】\n2023年,区内企业赴合肥高新区投资额达到20亿元。", "2024年1月10日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain("region_unclear");
  });
});

describe("part-year figures", () => {
  test.each([
    ["今年一季度,嘉兴经开区实现规上工业总产值386.5亿元。", "规上工业总产值(一季度)"],
    ["记者获悉,2024年上半年,嘉兴经开区实现规上工业总产值1800亿元。", "规上工业总产值(上半年)"],
    ["2024年1-6月,嘉兴经开区实现规上工业总产值1800亿元。", "规上工业总产值(1-6月)"],
  ])("the period is part of the indicator: %s", (text, indicator) => {
    const r = run(text, "2024年7月20日");
    expect(r.records.map((x) => [x.indicator, x.kind])).toEqual([[indicator, "actual"]]);
  });

  test("a period that dates another deed of the sentence leaves the figures annual", () => {
    const r = run(
      "今年,重庆市上半年建成投用运行管理中心,打造30个典型智能化应用场景,力争数字经济增长15%以上。",
      "2020年5月6日",
    );
    expect(r.records.map((x) => x.indicator)).toEqual([null, "增速"]);
  });

  test("a later clause's part of the year goes on in its paragraph; a month's end is a period; 比5月份 is a base", () => {
    const r = run(
      [
        "今年一季度,受需求收缩影响,嘉兴进出口承压回落。但在今年上半年,嘉兴进出口总额达3000亿元,同比增长2.1%。其中,出口增长了5.2%。",
        "今年6月份,嘉兴限额以上单位商品零售额增长16.4%,比5月份提升12.6个百分点。",
        "统计显示,6月末,嘉兴金融机构本外币存款余额2.1万亿元。",
      ].join("\n"),
      "2024年7月25日",
    );
    expect(r.records.map((x) => x.indicator)).toEqual([
      "进出口总额(上半年)",
      "进出口总额增速(上半年)",
      "出口额增速(上半年)",
      "限额以上单位商品零售额增速(6月份)",
      "金融机构本外币存款余额(6月末)",
    ]);
  });

  test("a whole-year figure in a half-year news item is the year's", () => {
    const r = run(
      "苏州工业园区上半年经济运行稳中有进\n园区力争全年生物医药产业产值突破1500亿元。",
      "2024年7月25日",
    );
    expect(r.records.map((x) => x.indicator)).toEqual(["产值"]);
  });
});

describe("news conventions", () => {
  const news =
    "广州开发区:2023年主要经济指标稳中向好\n2024-01-18 10:20:00 来源:广州日报\n\n广州日报讯 记者近日从广州开发区获悉,2023年,该区实现地区生产总值4400亿元,同比增长6.2%。\n区相关负责人介绍,2024年将力争地区生产总值增长6%。该负责人表示,区内将推动重大项目开工建设,总投资超过2000亿元。";

  test("a newspaper's name is no region; 开发区 after a city is a zone; a speaker's words carry their year", () =>
    expect(run(news).records.map((r) => [r.region, r.indicator, r.value, r.year, r.kind].join(" "))).toEqual([
      "广州开发区 地区生产总值 4400 2023 actual",
      "广州开发区 地区生产总值增速 6.2 2023 actual",
      "广州开发区 地区生产总值增速 6 2024 target",
      "广州开发区 总投资额 2000 2024 target",
    ]));
});

describe("a headline and its body", () => {
  test("the body's figure of no subject takes the subject the headline names with the same measure and value", () => {
    const records = run(
      "绍兴柯桥:到2027年,现代纺织产业工业总产值力争达到2000亿元\n柯桥区人民政府办公室印发《柯桥区现代纺织产业发展行动方案(2025-2027)》。其中提到,到2027年,构建布局合理、上下游协同的产业发展格局,工业总产值力争达到2000亿元。",
    ).records;
    expect(records.map((r) => [r.subject, r.indicator, r.value, r.kind, r.year])).toEqual([
      ["现代纺织产业", "工业总产值", 2000, "target", 2027],
    ]);
  });
});

describe("plans after a past passage", () => {
  test("“下一步…将力争” after a sentence about last year is a target of the document's year", () =>
    expect(
      run(
        "2023年,佛山高新区实现规上工业总产值2800亿元。下一步,园区将力争规上工业总产值突破3000亿元。",
        "2024年1月20日",
      ).records.map((r) => [r.value, r.year, r.kind].join(" ")),
    ).toEqual(["2800 2023 actual", "3000 2024 target"]));
});

test("an item of a bulleted list below the first line is no title, though it says 计划", () => {
  const text = [
    "一年一度的政府工作报告,既是成绩单,也是任务书。日前召开的湖州市人大会议,对2025年工作作了部署。",
    "回顾2024年",
    "1.稳经济、促增长",
    "●引进制造业项目个数、计划投资额分别增长40.2%、11.7%",
    "●地区生产总值完成4120亿元,同比增长5.5%",
  ].join("\n");
  expect(meta(text).title.startsWith("●")).toBe(false);
  expect(run(text).diagnostics.some((d) => /headline/.test(d.message))).toBe(false);
});

describe("the document's own region", () => {
  test("an issuer under the title names the most specific place: 佛山市南海区人民政府 → 南海区", () => {
    const text =
      "关于进一步优化营商环境的若干措施\n佛山市南海区人民政府\n2024年3月1日\n\n2023年,全区签约项目52个,招商引资到位资金120亿元。";
    expect(meta(text).issuer).toBe("佛山市南海区人民政府");
    expect(meta(text).region?.name).toBe("南海区");
    expect(run(text).records.map((r) => [r.region, r.subject, r.indicator, r.value].join(" "))).toEqual([
      "南海区 签约项目  52",
      "南海区  招商引资到位资金 120",
    ]);
  });

  test("a province an opening paragraph names in a text of a county (全县) is not its home", () => {
    const body =
      "2023年,{self}上下深入贯彻习近平总书记考察江西重要讲话精神,稳中求进,经济持续回升向好。\n2023年{self}生产总值320.5亿元,同比增长4.8%。";
    // (no dateline: the opening paragraph stands in for a title)
    const county = run(body.replaceAll("{self}", "全县"));
    expect(county.records).toEqual([]);
    expect(county.diagnostics.filter((d) => d.code === "region_missing").length).toBeGreaterThan(0);
    // the province's own text says 全省 of itself
    expect(run(body.replaceAll("{self}", "全省")).records.map((r) => r.region)).toEqual(["江西省", "江西省"]);
  });

  test("a town's summary that calls its output 国内生产总值 is no text of the country's", () => {
    const text =
      "乡镇2024年工作总结\n2024年,我镇在县委、县政府的正确领导下,全镇经济稳步发展。全年完成国内生产总值6.2亿元,完成固定资产投资2.1亿元。";
    expect(meta(text).region).toBeNull();
    expect(run(text).records).toEqual([]);
    // (the country's own news says so of itself)
    expect(meta(text.replace(/我镇|全镇/g, "我国")).region?.name).toBe("全国");
  });

  test("the scope of a ranking a place took part in (在河南省180家产业集聚区考核中) is no topic of what follows", () => {
    const text = [
      "2021年3月8日",
      "2020年,新乡市经济社会呈现稳中向好的发展态势。在河南省180家产业集聚区考核中再次荣获优秀。",
      "聚焦产业招商,全年新开工项目97个,总投资264.39亿元。",
    ].join("\n");
    expect(run(text).records.map((r) => r.region)).toEqual(["新乡市", "新乡市"]);
  });

  test("美丽 names no city: 美丽江西 is not 丽江, 美丽水乡 is not 丽水", () => {
    const r = run(
      "2024年,建成美丽水乡示范村20个,美丽江西建设扎实推进。丽水市旅游收入100亿元。",
      "2025年2月1日",
    );
    expect(r.diagnostics.some((d) => d.code === "region_missing" && d.quote.includes("美丽水乡"))).toBe(true);
    expect(r.records.map((x) => `${x.region}:${x.value}`)).toEqual(["丽水市:100"]);
  });

  test("a county's report that names its province more often than itself, under a title, is no province's", () => {
    const text = [
      "2025年发展目标和重点工作",
      "今年政府工作的总体要求是:全面贯彻习近平总书记视察江西重要讲话精神,按照县委全会部署,奋力谱写美丽江西建设新篇章,为建设美丽江西多作贡献。",
      "2025年主要预期目标是:地区生产总值增长6%以上,固定资产投资增长7%左右。",
    ].join("\n");
    expect(meta(text).region).toBeNull();
    expect(run(text).records).toEqual([]);
    // …and the one county of that province it names is its home
    const named = text.replace("按照县委全会部署", "按照县委全会部署,推动安远县高质量发展,安远县");
    expect(run(named).records.map((r) => r.region)).toEqual(["安远县", "安远县"]);
    // the province's own text speaks of itself as a province
    const province = text.replace("按照县委全会部署", "全省上下");
    expect(run(province).records.map((r) => r.region)).toEqual(["江西省", "江西省"]);
  });
});

test("an amount per year is marked so, not read as the year's or the plan's total", () =>
  expect(
    run(
      "到2025年,杭州市每年举办招商活动20场次以上。市财政每年安排专项资金不少于5亿元。",
      "2023年6月1日",
    ).records.map((r) => `${r.subject ?? ""}:${r.indicator}:${r.value}`),
  ).toEqual(["招商活动:(每年):20", ":专项资金(每年):5"]));

describe("zones named without their place", () => {
  test("a zone the document names in full elsewhere is that zone", () =>
    expect(
      run(
        "武汉东湖高新区2023年工作总结\n2023年,东湖高新区实现地区生产总值2800亿元。",
        "2024年1月10日",
      ).records.map((r) => `${r.region}:${r.value}`),
    ).toEqual(["武汉东湖高新区:2800"]));

  test("an unknown one is not given to the document's city", () => {
    const r = run(
      "东莞市2024年政府工作报告\n2023年,全市地区生产总值11438亿元。松山湖高新区营业收入突破6000亿元。",
      "2024年1月15日",
    );
    expect(r.records.map((x) => `${x.region}:${x.value}`)).toEqual(["东莞市:11438"]);
    expect(r.diagnostics.map((d) => d.code)).toContain("region_unclear");
  });
});

describe("deadlines and results", () => {
  test("an old deadline restated in a later text is a target; 截至 (as of) is not a deadline", () =>
    expect(
      run(
        "按照规划,到2023年,佛山市规上工业总产值达到3000亿元。截至2023年底,佛山市高新技术企业总数达到8000家。",
        "2024年3月1日",
      ).records.map((r) => `${r.value}:${r.year}:${r.kind}`),
    ).toEqual(["3000:2023:target", "8000:2023:actual"]));
  test("an undated text on the 十四五 looks back on the 十三五; its own targets stay targets", () => {
    const text =
      "绍兴市数字经济发展“十四五”规划出台\n到2025年,绍兴市数字经济增加值达到3000亿元。“十三五”期间,绍兴市培育百亿元级企业12家。";
    expect(meta(text).latestFiveYearPlan).toBe(2025);
    expect(run(text).records.map((r) => `${r.value}:${r.year}:${r.kind}`)).toEqual([
      "3000:2025:target",
      "12:2020:actual",
    ]);
    // a text that names no later plan: the 十三五's own words stay as they are
    expect(run("“十三五”期间,绍兴市力争培育百亿元级企业12家。").records.map((r) => r.kind)).toEqual([
      "target",
    ]);
  });
});

describe("a report's own year, its targets and its mood", () => {
  test("a review names last year's target beside its result", () =>
    expect(
      kinds(
        "绍兴市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n2023年,全市经济稳中有进。\n——预计地区生产总值增长6.5%,高于预期目标(增长5.5%以上);",
        "2024年1月10日",
      ),
    ).toEqual(["地区生产总值增速 6.5 actual 2023", "地区生产总值增速 5.5 target 2023"]));

  test("only the opening of a passage sets its mood, not a 目标 deep inside it", () =>
    expect(
      kinds(
        "今年上半年,绍兴市围绕“一年一台阶”的目标,经济保持平稳较快发展,全市完成规模以上工业增加值800亿元。\n第一产业完成增加值60亿元,增长3%。",
        "2024年7月20日",
      ),
    ).toEqual([
      "规模以上工业增加值(上半年) 800 actual 2024",
      "增加值(上半年) 60 actual 2024",
      "增加值增速(上半年) 3 actual 2024",
    ]));

  test("progress against the year's plan is reported, not planned", () =>
    expect(
      kinds("今年上半年,绍兴市完成固定资产投资900亿元,完成全年计划目标的48%,增长6%。", "2024年7月20日"),
    ).toEqual(["固定资产投资(上半年) 900 actual 2024", "固定资产投资增速(上半年) 6 actual 2024"]));
});

describe("what kind of text it is", () => {
  test("a plan's statements are targets, of the end of its period where they name no year", () =>
    expect(
      kinds(
        "绍兴市数字经济三年行动方案(2024—2026年)\n一、主要任务\n每年举办数字经济招商活动30场次以上。",
        "2024年3月1日",
      ),
    ).toEqual(["(每年) 30 target 2026"]));

  test("a statistical bulletin only reports, whatever its words", () =>
    expect(
      kinds("绍兴市2023年国民经济和社会发展统计公报\n全年力争实现地区生产总值7800亿元。", "2024年3月1日"),
    ).toEqual(["地区生产总值 7800 actual 2023"]));

  test("a bulletin's title flattened onto its body's line is still its title", () => {
    const text =
      "2023年临武县国民经济和社会发展统计公报 2023年,临武县坚持稳中求进,经济运行总体平稳。一、综合 2023年全县实现地区生产总值210.5亿元,比上年增长4.6%。年末全县规模以上工业企业96家。";
    expect(meta(text).title).toBe("2023年临武县国民经济和社会发展统计公报");
    expect(meta(text).genre).toBe("bulletin");
    expect(run(text).records.map((r) => [r.subject, r.indicator, r.value, r.kind])).toEqual([
      [null, "地区生产总值", 210.5, "actual"],
      [null, "地区生产总值增速", 4.6, "actual"],
      ["规模以上工业企业", null, 96, "actual"],
    ]);
  });

  test("a sentence opening with 截至 ends the passage a deadline opened", () =>
    expect(
      kinds(
        "新华社绍兴电 到2027年,绍兴市软件业务收入达到800亿元。\n截至去年,绍兴市软件业务收入达520亿元。",
        "2024年3月1日",
      ),
    ).toEqual(["软件业务收入 800 target 2027", "软件业务收入 520 actual 2023"]));
});

describe("whole-year figures", () => {
  test("全年 is no cue: a whole-year plan stays a plan, a result compared with last year stays a result", () => {
    expect(kinds("2024年,绍兴市要加大投资力度,全年基础设施投资800亿元。", "2024年3月1日")).toEqual([
      "基础设施投资 800 target 2024",
    ]);
    // (a whole year's result, dated by nothing but a text of March, is the year just ended's)
    expect(kinds("绍兴高新区全年地区生产总值达到900亿元,同比增长8%。", "2024年3月1日")).toEqual([
      "地区生产总值 900 actual 2023",
      "地区生产总值增速 8 actual 2023",
    ]);
    expect(kinds("绍兴高新区全年地区生产总值达到900亿元,同比增长8%。", "2024年12月20日")).toEqual([
      "地区生产总值 900 actual 2024",
      "地区生产总值增速 8 actual 2024",
    ]);
  });
  test("预期增长目标6%左右", () =>
    expect(
      kinds("绍兴市政府工作报告指出,2024年绍兴地区生产总值预期增长目标6%左右。", "2024年3月1日"),
    ).toEqual(["地区生产总值增速 6 target 2024"]));
});

describe("texts without a date", () => {
  test("“今年前五个月,…已完成” sets the passage's mood though 今年 has no year to give", () =>
    expect(
      kinds(
        "绍兴工业稳中有进\n今年前五个月,绍兴市已完成工业投资800亿元。\n据介绍,绍兴市工业总产值增长8.5%。",
      ),
    ).toEqual(["工业投资(前五个月) 800 actual ", "工业总产值增速(前五个月) 8.5 actual "]));

  test("a passage opening “…以来” reports", () =>
    expect(kinds("今年以来,绍兴市各产业稳步增长。\n其中,数字经济核心产业增长11%。")).toEqual([
      "增速 11 actual ",
    ]));
});

describe("last year in a document of no known date", () => {
  const text = "5月8日上午,绍兴市市长在会上作政府工作报告,绍兴去年地区生产总值达7351亿元,增长6.2%。";
  test("is no year a record can carry: the figures are diagnostics that say why", () => {
    const r = run(text);
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "year_unknown").map((d) => d.quote)).toHaveLength(2);
  });
  test("with the date known, the same figures are that year's results", () =>
    expect(kinds(text, "2024年5月8日")).toEqual([
      "地区生产总值 7351 actual 2023",
      "地区生产总值增速 6.2 actual 2023",
    ]));
  test("a figure the text dates itself is kept", () =>
    expect(kinds("5月8日上午,绍兴市发布数据,2023年绍兴实现地区生产总值7351亿元。")).toEqual([
      "地区生产总值 7351 actual 2023",
    ]));
});

describe("a report's passage that looks back over the years just gone", () => {
  const report = [
    "宜宾市政府工作报告",
    "2017年1月7日",
    "过去五年工作回顾",
    "过去五年,我们攻坚克难。净增规上工业企业175户、总数达到665户,园区建成面积48平方公里,入驻企业744户。",
    "过去一年,我们稳中求进。新增市场主体1.2万户。",
  ].join("\n");
  test("reports results of the year before the report's, a count of deeds over five years as their sum", () =>
    expect(kinds(report)).toEqual([
      "净增(2012-2016) 175 actual 2016",
      "总数 665 actual 2016",
      " 744 actual 2016",
      "新增 12000 actual 2016",
    ]));
  test("counts of things a deed brought about (引进项目, 建成5G基站, 项目落地) sum the years too; a stock does not", () =>
    expect(
      kinds(
        report.replace(
          "过去一年,我们稳中求进。",
          "过去五年,我们引进项目120个,建成5G基站3000个,3个百亿级项目落地生根,拥有高新技术企业150家。过去一年,我们稳中求进。",
        ),
      ),
    ).toEqual([
      "净增(2012-2016) 175 actual 2016",
      "总数 665 actual 2016",
      " 744 actual 2016",
      "(2012-2016) 120 actual 2016",
      "(2012-2016) 3000 actual 2016",
      "(2012-2016) 3 actual 2016",
      " 150 actual 2016",
      "新增 12000 actual 2016",
    ]));
});

describe("a text that names 今年 only as a stage of a five-year plan", () => {
  test("its first year: “今年…实现“十五五”良好开局”", () =>
    expect(
      kinds(
        "泉州市政府工作报告提出,今年全市工作要奋力实现“十五五”良好开局。今年主要预期目标是:地区生产总值增长5.5%左右。",
      ),
    ).toEqual(["地区生产总值增速 5.5 target 2026"]));
  test("its last year: “今年是“十四五”规划收官之年”", () =>
    expect(kinds("今年是“十四五”规划收官之年。泉州市今年力争地区生产总值增长6%。")).toEqual([
      "地区生产总值增速 6 target 2025",
    ]));
  test("a year that prepares a plan's start is not its start", () =>
    expect(
      run("今年要为“十五五”良好开局奠定基础。泉州市力争地区生产总值增长6%。").records.map((x) => x.year),
    ).toEqual([null]));
});

describe("a copy whose years are masked", () => {
  const text = [
    "各位代表:",
    "现在,我代表青川县人民政府,向大会报告政府工作,请予审议。",
    "20XX年,全县经济稳中有进。预计实现地区生产总值160亿元,增长6.5%。",
  ].join("\n");
  test("says of no figure which year it is: diagnostics that say why, no records", () => {
    const r = run(text);
    expect(r.records).toEqual([]);
    const body = normaliseText(text).text;
    expect(
      r.diagnostics.filter((d) => d.code === "year_unknown").map((d) => body.slice(d.span[0], d.span[1])),
    ).toEqual(["160亿元", "增长6.5%"]);
    expect(r.diagnostics.find((d) => d.code === "year_unknown")?.message).toMatch(/20XX年/);
  });
  test("a name's XX is no masked year", () =>
    expect(kinds("XX市工业园区简介\n青川县2023年实现地区生产总值160亿元。").length).toBe(1));
});

describe("a company speaking of itself", () => {
  test("its figures are no region's: diagnostics, not records", () => {
    const r = run(
      "绍兴市新材料产业简况\n截至说明书签署日,公司已拥有授权发明专利36项。本集团实现营业收入12亿元。",
      "2021年6月1日",
    );
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => /company/.test(d.message))).toHaveLength(2);
  });
  test("a count of company headquarters is still the region's", () =>
    expect(kinds("到2025年,绍兴市引进公司总部20家。", "2021年6月1日")).toHaveLength(1));
});

describe("a list introduced in a plan's words", () => {
  const passage =
    "本报讯 绍兴市近日印发《数字经济三年行动方案》。到2026年,全市数字经济核心产业增加值达到1500亿元。\n";
  const items =
    "(一)产业规模迈上新台阶,软件业务收入达到800亿元;\n(二)创新能力明显增强,有效发明专利达到2万件。\n";
  test("lists targets of the passage's year", () =>
    expect(kinds(`${passage}《方案》明确的主要任务包括:\n${items}`, "2024年3月1日")).toEqual([
      "增加值 1500 target 2026",
      "软件业务收入 800 target 2026",
      "有效发明专利 20000 target 2026",
    ]));
  test("an introduction in other words says nothing of its items' kind", () =>
    expect(kinds(`${passage}记者了解到以下情况:\n${items}`, "2024年3月1日")).toEqual([
      "增加值 1500 target 2026",
    ]));
  test("the list ends with the first sentence that is no item", () =>
    expect(
      kinds(
        `${passage}《方案》明确的主要任务包括:\n${items}记者了解到,全市有效发明专利达到1.5万件。\n`,
        "2024年3月1日",
      ),
    ).not.toContain("有效发明专利 15000 target 2026"));
});

describe("a year-on-year change under a heading of targets", () => {
  test("同比增长 is the target's wording in a passage that announced targets", () =>
    expect(
      kinds(
        "嘉兴市高质量发展大会召开。\n2024年主要预期目标\n◆地区生产总值同比增长5%;规上工业总产值431亿元。",
        "2024年2月20日",
      ),
    ).toEqual(["地区生产总值增速 5 target 2024", "规上工业总产值 431 target 2024"]));
  test("and a result under a heading of results", () =>
    expect(
      kinds(
        "嘉兴市高质量发展大会召开。\n2023年主要指标完成情况\n◆地区生产总值同比增长5%;规上工业总产值431亿元。",
        "2024年2月20日",
      ),
    ).toEqual(["地区生产总值增速 5 actual 2023", "规上工业总产值 431 actual 2023"]));
});

describe("the year-on-year change of what a plan arranged", () => {
  test("is planned too; a result's change against its progress is a result", () =>
    expect(
      kinds(
        "2024年,嘉兴市重大项目计划共安排项目300个,总投资5000亿元,同比增长12%。上半年,嘉兴市地区生产总值完成3300亿元,占年计划的45.2%,同比增长6.1%。",
        "2024年3月1日",
      ).filter((k) => k.includes("增速")),
    ).toEqual(["总投资额增速 12 target 2024", "地区生产总值增速(上半年) 6.1 actual 2024"]));
  test("a past year's plan arranged an amount: its target; what was done after the semicolon, its result", () =>
    expect(
      kinds(
        "从2023年完成情况来看,嘉兴市去年政府投资项目计划安排投资300亿元;2023年完成投资达320亿元。",
        "2024年3月1日",
      ),
    ).toEqual(["投资 300 target 2023", "投资 320 actual 2023"]));
});

describe("a plan's goals set out after its deadline, item by item", () => {
  const text = [
    "财经快讯:湖州市政府出台先进制造业高质量发展三年行动计划,明确重点任务",
    "时间:2024-03-12 09:30:00 来源: 某某财经",
    "3月12日,湖州市政府办公室印发《湖州市先进制造业发展三年行动计划(2024-2026年)》,其中提出,到2026年,全市规上工业增加值超过2000亿元。",
    "——产业能级显著提升。战略性新兴产业增加值占规上工业比重达40%,集成电路产业规模达500亿元。",
    "——创新能力明显增强。一批关键技术实现突破,规上工业企业研发投入强度达3%以上。",
    "一、重点任务",
    "(一)强链行动。2023年全市已引进链主企业12家。",
  ].join("\n");
  test("dash items after a deadline that set figures go on setting that deadline's targets", () =>
    expect(kinds(text)).toEqual([
      "规上工业增加值 2000 target 2026",
      "占规上工业比重 40 target 2026",
      "规模 500 target 2026",
      "研发投入强度 3 target 2026",
      " 12 actual 2023",
    ]));
  test("a time line is no title", () =>
    expect(meta(text).title).toBe("财经快讯:湖州市政府出台先进制造业高质量发展三年行动计划,明确重点任务"));
  test("a deadline of no figure does not carry over a news page's dash sub-heads", () =>
    expect(
      kinds(
        "2021年,规划开局。全会提出,到2035年人均国内生产总值达到中等发达国家水平。\n——民生类指标最多\n在就业方面,草案提出,全国城镇调查失业率控制在5.5%以内。",
        "2021年3月9日",
      ),
    ).toEqual(["城镇调查失业率 5.5 target 2021"]));
  test("a dash sub-head between paragraphs takes no year or kind from the paragraph before it", () =>
    expect(
      kinds(
        [
          "某某社3月6日电 题:数说今年的政府工作报告",
          "——棉花产量600万吨左右",
          "2023年全国棉花产量首次达到560万吨。各产区要稳定面积。",
          "——单位GDP能耗降低2.5%左右",
          "2023年全国单位GDP能耗降低1.2%,完成了年度任务。",
        ].join("\n"),
        "2024年3月6日",
      ).filter((k) => !k.startsWith("棉花产量 600")),
    ).toEqual(["产量 5600000 actual 2023", "单位地区生产总值能耗降幅 1.2 actual 2023"]));
});

describe("a report's review opened by targets said to be met", () => {
  const text = [
    "南京市2025年政府工作报告",
    "我们统筹发展和安全,经济整体回升向好,较好完成了市人大一次会议确定的目标任务。",
    "全市地区生产总值增长5.1%、约1.9万亿元,一般公共预算收入增长6.2%、突破1800亿元,城镇调查失业率4.6%。",
    "今年全市经济社会发展的主要预期目标是:地区生产总值增长5%左右。",
  ].join("\n");
  test("its figures, and an amount alone after a measure's change, are the year before's results", () =>
    expect(kinds(text)).toEqual([
      "地区生产总值增速 5.1 actual 2024",
      "地区生产总值 19000 actual 2024",
      "一般公共预算收入增速 6.2 actual 2024",
      "一般公共预算收入 1800 actual 2024",
      "城镇调查失业率 4.6 actual 2024",
      "地区生产总值增速 5 target 2025",
    ]));
});

describe("an undated release of a whole year's final figures", () => {
  test("was written the year after, so its 去年 is that year", () =>
    expect(
      kinds(
        "省统计局18日发布数据显示,2024年,全年河北省地区生产总值47526亿元,比上年增长5.4%。\n去年,河北省粮食产量达780亿斤。",
      ),
    ).toEqual([
      "地区生产总值 47526 actual 2024",
      "地区生产总值增速 5.4 actual 2024",
      "产量 78000000000 actual 2024",
    ]));
  test("an estimate of the year's figures may be written within it", () =>
    expect(kinds("2024年,全年河北省地区生产总值预计增长5.4%。\n去年,河北省粮食产量达780亿斤。")).toContain(
      "产量 78000000000 actual 2023",
    ));
});

test("a report delivered late in the year estimates that year's results (预计全年…)", () =>
  expect(
    kinds(
      [
        "关于2025年国民经济和社会发展计划执行情况和2026年计划(草案)的报告",
        "——2025年12月28日在德清县第十八届人民代表大会第六次会议上",
        "2025年,全县上下凝心聚力推动高质量发展。预计全年地区生产总值增长5.6%、规模以上工业总产值增长6.1%。2025年预计规上工业总产值975.4亿元。",
      ].join("\n"),
    ),
  ).toEqual([
    "地区生产总值增速 5.6 actual 2025",
    "规模以上工业总产值增速 6.1 actual 2025",
    "规上工业总产值 975.4 actual 2025",
  ]));

test("a paragraph opened by statistics' first estimate (初步核算) gives results, its breakdowns too", () =>
  expect(
    kinds(
      "初步核算,前三季度温州市地区生产总值6268亿元,同比增长6.6%。分产业看,第一产业增加值156亿元,增长4.0%;第二产业增加值2593亿元,增长7.6%。",
      "2024年10月25日",
    ),
  ).toEqual([
    "地区生产总值(前三季度) 6268 actual 2024",
    "地区生产总值增速(前三季度) 6.6 actual 2024",
    "增加值(前三季度) 156 actual 2024",
    "增加值增速(前三季度) 4 actual 2024",
    "增加值(前三季度) 2593 actual 2024",
    "增加值增速(前三季度) 7.6 actual 2024",
  ]));

describe("a deed summed up so far (累计培育, 累计建成) is a result", () => {
  const kindsOf = (text: string, date?: string) =>
    run(text, date).records.map((r) => [r.subject, r.value, r.kind, r.year].join(" "));
  test("with no deadline and no word of intent", () =>
    expect(
      kindsOf(
        "江西省工业工作会议召开。会议指出,2024年,江西省累计培育国家级绿色工厂120家,累计建成5G基站超过9万个。",
      ),
    ).toEqual(["国家级绿色工厂 120 actual 2024", "5G基站 90000 actual 2024"]));
  test("a plan's sum with a deadline stays a target", () =>
    expect(kindsOf("到2026年,江西省累计培育国家级绿色工厂150家。", "2024年3月1日")).toEqual([
      "国家级绿色工厂 150 target 2026",
    ]));
});

describe("a guess of the news (有望, 或将) is neither a result nor a target", () => {
  test("with no deadline and no word of intent: a diagnostic", () => {
    const r = run(
      "2021年前三季度,宁波地区生产总值10470亿元。继杭州之后,宁波有望GDP突破2万亿元,但首先要过1.8万亿元门槛。",
      "2022年1月15日",
    );
    expect(r.records.map((x) => x.value)).toEqual([10470]);
    expect(r.diagnostics.map((d) => d.code)).toContain("kind_unclear");
  });
  test("a plan's expectation with its deadline stays a target", () =>
    expect(
      run("到2025年,宁波市有望新增高新技术企业500家。", "2022年1月15日").records.map((r) => r.kind),
    ).toEqual(["target"]));
});

describe("a city's half-year page with no title, date nor place", () => {
  const text = [
    "上半年, 规模以上工业增加值同比增长9.6%, 比全省高0.5个百分点, 比全国高2.8个百分点.",
    "上半年, 全市8个重点行业工业增加值增长10.1%, 高于全市0.5个百分点.",
  ].join("\n");
  test("the country a first paragraph compares with (比全国高…) is no home: the city's figures have no known place", () => {
    const r = run(text);
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_missing").length).toBeGreaterThanOrEqual(2);
  });
  test("a group of things counted before its measure (8个重点行业) is the subject, with its count", () =>
    expectAll(
      `咸阳市统计局\n${text}`,
      [
        { region: "咸阳市", subject: null, indicator: "规模以上工业增加值增速(上半年)", value: 9.6 },
        { region: "咸阳市", subject: "8个重点行业", indicator: "工业增加值增速(上半年)", value: 10.1 },
      ],
      "2021年7月20日",
    ));
});

describe("news of a city's work report with no dateline", () => {
  const text = [
    "西安市人大会议开幕 市长作政府工作报告",
    "今年GDP预期增长6%左右",
    "本报讯 今天上午,西安市第十七届人民代表大会第三次会议开幕。报告首先回顾了2022年工作。预计全年地区生产总值1.15万亿元,增长4.4%。",
    "市长表示,今年经济社会发展主要预期目标是:地区生产总值增长6%左右,固定资产投资增长8%左右。",
  ].join("\n");
  test("the year the report's news says it reviewed (报告首先回顾了2022年工作) dates the text a year later", () => {
    expect(meta(text).year).toBe(2023);
    expect(kinds(text)).toEqual([
      "地区生产总值增速 6 target 2023",
      "地区生产总值 11500 actual 2022",
      "地区生产总值增速 4.4 actual 2022",
      "固定资产投资增速 8 target 2023",
    ]);
  });
  test("a figure of a headline the body states again is quoted from the body", () => {
    const r = run(text);
    const gdp = r.records.find((x) => x.value === 6)!;
    expect(r.text.slice(gdp.span[0], gdp.span[1])).toBe("增长6%左右");
    expect(gdp.quote).toContain("主要预期目标是");
  });
});

test("a date after a page's empty table cells (| | | 2019年01月28日 星期一) is the page's date", () =>
  expect(
    meta("| | | 2019年01月28日 星期一\n要闻\n市长作政府工作报告\n今年,西安市地区生产总值增长6%左右。").date,
  ).toBe("2019-01-28"));

test("news of a work report being delivered, with no year in its dateline, that opens with the year it reviews is of the year after", () => {
  const text = [
    "本报讯(记者 某某)1月16日上午,宝鸡市第十六届人民代表大会第三次会议开幕。市长代表市人民政府向大会作政府工作报告。",
    "2023年,宝鸡坚持稳中求进,在稳定经济发展上交出亮眼答卷。全年地区生产总值增长6.1%(预计,下同),一般公共预算收入增长5%。",
  ].join("\n");
  expect(meta(text).year).toBe(2024);
  expect(kinds(text)).toEqual(["地区生产总值增速 6.1 actual 2023", "一般公共预算收入增速 5 actual 2023"]);
});

test.each([
  "咸阳市“十四五”规划交出期中成绩单",
  "咸阳市“十四五”规划中期评估报告",
  "咸阳市“十四五”规划主要指标完成情况",
])("a plan's review (%s) is a report, not a plan: a past year's figure in it is no target", (title) => {
  expect(meta(`${title}\n2021~2022年咸阳市经济平均年增速达6.9%。`).genre).toBe("report");
  expect(
    run(`${title}\n2021~2022年咸阳市经济平均年增速达6.9%。`).records.filter((r) => r.kind === "target"),
  ).toEqual([]);
});

test("a page's stamp earlier in its year than the news agency's dateline under it is a repost's: the news is of that day the year before", () => {
  const text = [
    "发布时间:2024-11-16 05:50:03 来源: sp20241116",
    "新华社北京12月20日电 题:某规划实施中期评估报告发布",
    "报告指出,多项技术已实现产业化,全国新型研发机构数量超过2400家。",
  ].join("\n");
  expect(meta(text).date).toBe("2023-12-20");
  expect(kinds(text)).toEqual(["数量 2400 actual 2023"]);
  // (a stamp after the dateline's day is the news's own year)
  expect(meta(text.replace("2024-11-16", "2024-12-21")).date).toBe("2024-12-21");
});

describe("the same figure stated twice", () => {
  test("with two different comparators it is two statements, each quoted with its own", () =>
    expect(
      run(
        "2023年,嘉兴市工业投资增长10%左右,总体平稳。\n全年嘉兴市工业投资增长超过10%,好于预期。",
        "2024年1月20日",
      ).records.map((x) => [x.comparator, x.quote.slice(0, 4)]),
    ).toEqual([
      ["approx", "2023"],
      ["gt", "全年嘉兴"],
    ]));
  test("of two years, the kind one is said to be is not lent to the other", () => {
    const r = run(
      [
        "嘉兴市人大会议开幕,应到代表500名。",
        "上午9点,大会开幕。",
        "在掌声中,市长向大会作《政府工作报告》。",
        "市长在报告中说,2016年,嘉兴市生产总值增长8%。2017年全市主要预期目标为:生产总值增长8%左右。",
      ].join("\n"),
    );
    expect(r.records.map((x) => [x.kind, x.year, x.value])).toEqual([["target", 2017, 8]]);
    expect(r.diagnostics.some((d) => d.code === "kind_unclear" && d.quote.includes("2016年"))).toBe(true);
  });
  test("a heading's figure the body states again is one record, quoted from the body", () =>
    expect(
      run("嘉兴市工业投资增长10%\n2023年,嘉兴市工业投资增长10%,好于预期。", "2024年1月20日").records.map(
        (x) => [x.value, x.quote.slice(0, 4)],
      ),
    ).toEqual([[10, "2023"]]));
});

describe("a passage that looks back", () => {
  test("刚刚过去的一年 opens the year before the text's: its figures are that year's results", () =>
    expect(kinds("刚刚过去的一年,嘉兴市地区生产总值增长6%。", "2024年1月10日")).toEqual([
      "地区生产总值增速 6 actual 2023",
    ]));
});

describe("an undated news item that compares with a year before the last", () => {
  test("a base of comparison (比2019年同期) is no date of the text, nor a change against the year before", () =>
    expect(kinds("本报讯 前三季度,嘉兴市实现生产总值4000亿元,同比增长8%,比2019年同期增长12%。")).toEqual([
      "地区生产总值(前三季度) 4000 actual ",
      "地区生产总值增速(前三季度) 8 actual ",
    ]));
  test("…and averaged over the years since it (两年平均), it dates the text that many years on", () => {
    const text =
      "本报讯 前三季度,嘉兴市实现生产总值4000亿元,同比增长8%;比2019年同期增长12%,两年平均增长5.8%。";
    expect(meta(text).year).toBe(2021);
    expect(kinds(text)).toEqual([
      "地区生产总值(前三季度) 4000 actual 2021",
      "地区生产总值增速(前三季度) 8 actual 2021",
    ]);
  });
});

describe("a report's look back over a five-year plan", () => {
  const text =
    "2020年,嘉兴市生产总值达到5500亿元,比“十二五”末增长了45%,年均增长7.7%;五年完成全社会固定资产投资1.6万亿元,其中2020年完成3500亿元。";
  test("a change against the end of an earlier plan is no change against the year before", () =>
    expect(run(text, "2021年2月1日").records.some((x) => x.value === 45)).toBe(false));
  test("an amount its clause sums over a count of years is dated over those years", () =>
    expect(kinds(text, "2021年2月1日")).toEqual([
      "地区生产总值 5500 actual 2020",
      "固定资产投资(2016-2020) 16000 actual 2020",
    ]));
});

describe("a deadline a purpose names", () => {
  test("为到2035年…打好基础 dates no figure after it in its sentence: a five-year plan's goals are its end's", () =>
    expect(
      kinds(
        "“十五五”规划主要目标一览\n某协会·2026-03-06 10:12\n要点 - 规划纲要草案提出20项指标 - 经济发展:提出经济增长保持在合理区间,为到2035年人均国内生产总值比2020年翻一番打好基础 - 创新驱动:提出全社会研发经费投入年均增长7%以上 - 民生:人均预期寿命提高到80岁",
      ),
    ).toEqual(["全社会研发经费投入年均增速 7 target 2030", "人均预期寿命 80 target 2030"]));

  test("a year an introduction looks towards (迈向2035年…目标) is not the year of the goals it lists", () =>
    expect(
      kinds(
        "“十五五”规划(2026-2030年)是佛山迈向2035年基本实现现代化目标的关键规划,其特点可概括为以下几点:\n一、发展动力\n1. 增长:“十五五”需实现经济总量稳步提升,佛山市全员劳动生产率年均增长6%以上。",
      ),
    ).toEqual(["全员劳动生产率年均增速 6 target 2030"]));
});

describe("what a report, a bulletin or a survey shows is a result", () => {
  test.each([
    ["报告显示,佛山市制造业增加值占GDP比重提升至31.5%。", "制造业增加值 占地区生产总值比重 31.5 actual 2024"],
    ["公报显示,佛山市服务业增加值占比提高至55.2%。", "服务业增加值 占比 55.2 actual 2024"],
  ])("%s", (text, record) =>
    expect(
      run(text, "2024年12月10日").records.map((r) =>
        [r.subject, r.indicator, r.value, r.kind, r.year].join(" "),
      ),
    ).toEqual([record]),
  );

  test("a target a report states after it is still a target", () =>
    expect(kinds("报告显示,今年佛山市地区生产总值预期增长5%左右。", "2024年3月5日")).toEqual([
      "地区生产总值增速 5 target 2024",
    ]));
});

describe("where the figures come from, before the year an undated news item opens with", () => {
  test("记者从…获悉,经…调查推算,并报…核准,2023年… dates the paragraphs after it", () =>
    expect(
      kinds(
        "某市日报讯 1月15日,记者从统计局某调查队获悉,经省调查总队调查推算,并报国家统计局核准,2023年佛山市粮食生产再获丰收。\n播种面积稳中有增。全年粮食播种面积1030.46万亩,同比增长0.12%。",
      ),
    ).toEqual(["粮食播种面积 10304600 actual 2023", "粮食播种面积增速 0.12 actual 2023"]));
});

describe("a report that opens with its table of contents", () => {
  const text = [
    "提纲:",
    "一、2025年及“十四五”工作回顾",
    "二、“十五五”发展目标",
    "三、2026年主要任务",
    "(一)做强特色农业",
    "(二)做大新型工业",
    "2026年德清县政府工作报告",
    "各位代表:",
    "一、2025年及“十四五”工作回顾",
    "一是综合实力稳步提升。培育规上企业9家,全年生产总值完成40.5亿元、增长5.1%。",
  ].join("\n");

  test("its title is the line after the contents, not the first heading", () =>
    expect(meta(text).title).toBe("2026年德清县政府工作报告"));

  test("what the review says was done (培育…9家) is the year's result", () =>
    expect(
      run(text).records.map((r) => [r.subject ?? r.indicator, r.value, r.kind, r.year].join(" ")),
    ).toEqual([
      "规上企业 9 actual 2025",
      "地区生产总值 40.5 actual 2025",
      "地区生产总值增速 5.1 actual 2025",
    ]));

  test.each([
    ["two numbered headings", ["一、总体要求", "二、主要目标", "某县2025年工作方案", "正文。"]],
    [
      "headings with a paragraph between",
      ["一、总体要求", "正文一段。", "二、主要目标", "三、保障措施", "正文。"],
    ],
    [
      "headings that are sentences",
      ["一、稳增长,促发展", "二、调结构,优布局", "三、惠民生,保稳定", "正文。"],
    ],
    ["headings and nothing after", ["一、总体要求", "二、主要目标", "三、保障措施"]],
  ])("%s are no table of contents", (_, lines) => expect(contentsLength(lines)).toBe(0));
});

describe("a document number at the head names the province that issued it", () => {
  const text = (number: string) =>
    `${number}\n各市、县人民政府:\n为推动全省县域经济高质量发展,提出以下意见。\n到2027年,力争培育营业收入百亿级集群20个以上。`;

  test.each([
    ["鄂政办发〔2025〕12号", "湖北省"],
    ["川府发[2024]7号", "四川省"],
  ])("%s is %s's", (number, province) => {
    expect(meta(text(number)).region?.name).toBe(province);
    expect(run(text(number)).records.map((r) => [r.region, r.value, r.kind, r.year])).toEqual([
      [province, 20, "target", 2027],
    ]);
  });

  test.each([
    ["a character two governments number with (宁政发: 南京市 and 宁夏)", text("宁政发〔2025〕3号")],
    [
      "a number cited in the body",
      "关于推动县域经济发展的意见\n按照《某某方案》(鄂政发〔2023〕4号)要求,结合全省实际,提出以下意见。",
    ],
  ])("%s names no home", (_, t) => expect(meta(t).region).toBeNull());
});

describe("a title broken over two lines", () => {
  test("its kind of document on the second line joins the first", () =>
    expect(
      meta(
        "某市人民政府\n2024年3月1日\n嘉兴市加快培育智能光伏产业集群\n行动方案(2024—2026年)\n为加快发展,制定本方案。",
      ).title,
    ).toBe("嘉兴市加快培育智能光伏产业集群行动方案(2024—2026年)"));

  test("a kind of document after a date line stays alone", () =>
    expect(meta("2024年3月1日\n行动方案(2024—2026年)\n为加快发展,制定本方案。").title).toBe(
      "行动方案(2024—2026年)",
    ));
});

describe("years in Chinese numerals (二〇二六年, 二○二六年 as Taiwan's papers write them)", () => {
  test.each(["二〇二六年", "二○二六年"])("%s dates a target and the text's 今年", (year) =>
    expect(
      kinds(
        `嘉兴市长公布${year}主要预期目标,全市生产总值增长百分之五左右。他表示,今年全市一般公共预算收入增长百分之二。`,
      ),
    ).toEqual(["地区生产总值增速 5 target 2026", "一般公共预算收入增速 2 target 2026"]),
  );
});

describe("计划 before 完成 says what is planned", () => {
  test("今年…计划完成投资12亿元 in January is the year's target", () =>
    expect(kinds("德清县召开人民代表大会\n今年,全县重点项目计划完成投资12亿元。", "2026年1月22日")).toEqual([
      "投资 12 target 2026",
    ]));
  test("a plan's share done (计划完成率) is a result", () =>
    expect(kinds("德清县召开人民代表大会\n2025年,全县重点项目计划完成率102%。", "2026年1月22日")).toEqual([
      "重点项目计划完成率 102 actual 2025",
    ]));
});

test.each(["二〇三五年", "2035年"])(
  "a plan's horizon (…规划和%s远景目标的建议) is no date of the text",
  (year) =>
    expect(
      meta(
        `中共某区委关于制定某区国民经济和社会发展第十五个五年规划和${year}远景目标的建议\n全会认为,全区经济实力显著增强。`,
      ).date,
    ).toBeNull(),
);

test("a town's or subdistrict's own report (凤鸣街道办事处工作报告) is no report of the city it names", () => {
  const text =
    "青山街道办事处工作报告\n(2025年1月14日在青山街道居民议事会上)\n一、2024年工作回顾\n全街道上下积极落实嘉兴市委、桐乡市委各项决策部署,荣获桐乡市流动红旗奖。预计全年实现地区生产总值44.8亿元,同比增长6.67%。";
  expect(meta(text).region).toBeNull();
  expect(run(text).records).toEqual([]);
  expect(meta(text).warnings.map((w) => w.code)).toContain("region_unknown");
});

test("a five-year plan named as the stage of a year (2026年是“十五五”规划开局之年) is no plan the text presents", () => {
  const text =
    "各地召开新春第一会\n2026年2月26日\n2月24日,多个省市召开新春第一会。2026年是“十五五”规划开局之年,拼经济成为关键词。\n据统计,20个省份的GDP增长目标带有“左右”二字。具体来看,山西、吉林的目标均在5%左右。";
  expect(meta(text).planEnd).toBeNull();
  expect(meta(text).genre).toBeNull();
  expect(kinds(text).map((k) => k.split(" ").pop())).not.toContain("2030");
});

describe("a city's paper on the city's zone, named bare as the text's topic", () => {
  test("2022年,经开区多项经济指标… in 新乡日报's news is 新乡经开区's", () => {
    const text =
      "(资料图片仅供参考)\n新乡网讯 (新乡日报记者 张三) 2022年,经开区多项经济指标增速均居七区前列:一般公共预算收入完成6.12亿元,同比增长5.4%。\n对外开放再深化——完成外贸进出口总额31亿元,新增外资企业3家。";
    expect(meta(text).region?.name).toBe("新乡经开区");
    expect(new Set(run(text).records.map((r) => r.region))).toEqual(new Set(["新乡经开区"]));
  });
  test("a city's news that names its zone later, not as its topic, stays the city's", () =>
    expect(
      meta(
        "(资料图片仅供参考)\n新乡网讯 (新乡日报记者 张三) 2022年,全市一般公共预算收入完成206亿元,同比增长5.4%。经开区完成外贸进出口总额31亿元。",
      ).region?.name,
    ).toBe("新乡市"));
  test("a county-level city's paper named short (如皋日报) on 经开区 is that city's zone, when the text names the city again", () => {
    const text =
      "首页 > 如皋要闻\n经开区召开年度工作会议\n来源: 如皋日报 发布时间:2026-02-20\n2月19日,经开区召开工作会议。2025年,经开区实现地区生产总值420亿元、增长5.5%,在如皋高质量发展中挑起大梁。";
    expect(homeAndRecords(text)).toEqual([
      "如皋经开区",
      ["如皋经开区 地区生产总值 420", "如皋经开区 地区生产总值增速 5.5"],
    ]);
  });
  test("a paper whose name is a county's short name by chance (东方日报) names no home when the text names it as the paper only", () =>
    expect(
      meta(
        "经开区召开年度工作会议\n来源: 东方日报 发布时间:2026-02-20\n2月19日,经开区召开工作会议(东方日报记者)。2025年,经开区实现地区生产总值420亿元、增长5.5%。",
      ).region,
    ).toBeNull());
  test("nor is a known paper of a province or city (新民晚报) read as a county's", () =>
    expect(
      meta(
        "某区召开年度工作会议\n新民晚报讯 2026-02-20\n来源: 新民晚报\n2月19日,全区召开工作会议。2025年,全区实现地区生产总值420亿元、增长5.5%,新民晚报记者了解到。",
      ).region?.name,
    ).toBe("上海市"));
});

test("a year written inside 今年 (今(2024)年) dates the text, so its targets are that year's, not the review's", () => {
  const text =
    "江门市人代会开幕\n报告指出,2023年,江门市GDP为4,023.2亿元、增长3.9%。报告又提出今(2024)年的各项预期目标,包括预期今年GDP增长5.5%,规模以上工业增加值增长7%。";
  expect(meta(text).year).toBe(2024);
  expect(kinds(text)).toEqual([
    "地区生产总值 4023.2 actual 2023",
    "地区生产总值增速 3.9 actual 2023",
    "地区生产总值增速 5.5 target 2024",
    "规模以上工业增加值增速 7 target 2024",
  ]);
});

test("the words that list a goal's measures (包括预期今年GDP增长…) are no part of the measure's name", () =>
  expect(kinds("江门市人代会开幕\n报告提出今年的各项预期目标,包括预期今年GDP增长5.5%。")).toEqual([
    "地区生产总值增速 5.5 target ",
  ]));

test("the country an opening paragraph speaks of (是我国开启…的第一个五年) is not the home of a text that speaks of itself as a province", () => {
  const text =
    "二、“十四五”时期的主要目标和任务\n“十四五”时期,是我国开启全面建设社会主义现代化国家新征程的第一个五年。省政府根据中共江苏省委“十四五”规划《建议》,编制了《江苏省国民经济和社会发展第十四个五年规划纲要(草案)》。\n“十四五”时期经济社会发展的主要目标是:到2025年,全省生产总值、人均生产总值分别突破13万亿元、15万元。";
  expect(homeAndRecords(text)).toEqual([
    "江苏省",
    ["江苏省 地区生产总值 130000", "江苏省 人均地区生产总值 150000"],
  ]);
});

describe("the years ahead a text names (今后五年, 未来三年)", () => {
  const text = "嘉兴市政府工作报告\n今后五年,全市地区生产总值年均增长5.5%左右,到期末突破1万亿元。";
  test("count the current year in when the text is of the year's first half (a report of January 2026: to 2030)", () =>
    expect(kinds(text, "2026年1月20日")).toEqual([
      "地区生产总值年均增速 5.5 target 2030",
      "地区生产总值 10000 target 2030",
    ]));
  test("start next year when the text is of its second half (a plenum of November 2025: to 2030)", () =>
    expect(kinds(text, "2025年11月20日").map((k) => k.split(" ").pop())).toEqual(["2030", "2030"]));
  test("the end of the period (到期末) is a deadline, no measure's name", () =>
    expect(kinds(text, "2026年1月20日").join("\n")).not.toMatch(/期末/));
});

describe("an undated report of a national session its opening names", () => {
  test("takes the session's year: 十四届全国人大二次会议 is 2024, 第十三届全国人民代表大会第五次会议 2022", () => {
    expect(
      meta("十四届全国人大二次会议今日开幕\n国务院总理作政府工作报告,今年经济增长预期目标为5%左右。").year,
    ).toBe(2024);
    expect(
      meta(
        "新闻速递\n国务院总理在第十三届全国人民代表大会第五次会议上作政府工作报告。今年国内生产总值增长5.5%左右。",
      ).year,
    ).toBe(2022);
    expect(kinds("十四届全国人大二次会议今日开幕\n政府工作报告提出,今年国内生产总值增长5%左右。")).toEqual([
      "地区生产总值增速 5 target 2024",
    ]);
  });
  test("but not from a session it looks back to (自十四届全国人大一次会议以来)", () =>
    expect(
      meta("新闻速递\n自十四届全国人大一次会议以来,各地推进改革。今年国内生产总值增长5%左右。").year,
    ).not.toBe(2023));
});

test("a passage looking back (过去五年,…) after a plan's goals (到2030年) reports the years just gone, not the goals' year", () =>
  expect(
    kinds(
      "溧阳市2026年政府工作报告\n“十五五”时期主要目标:到2030年,地区生产总值突破2000亿元。\n过去五年,全市一般公共预算收入年均增长5%,累计完成固定资产投资3000亿元。",
      "2026年1月15日",
    ),
  ).toEqual([
    "地区生产总值 2000 target 2030",
    "一般公共预算收入年均增速(2021-2025) 5 actual 2025",
    "固定资产投资(2021-2025) 3000 actual 2025",
  ]));
