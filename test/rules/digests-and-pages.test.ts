// Digests of a report (bulleted results and targets), reposted news pages (breadcrumbs, site notices, link
// lists) and measures whose name a lexicon word only ends: what each must give, in phrasings of our own.
import { expectAll, expectOne, run } from "../helpers/extract-case";
import { extract } from "../../src/extract";
import { normaliseText } from "../../src/text/normalise";

function metaOf(text: string) {
  return extract("t", normaliseText(text).text).meta;
}

describe("a bulleted digest of a report", () => {
  const digest = [
    "8.6万亿!全国第三",
    "1月20日上午,浙江省十四届人大三次会议在杭州开幕。省长向大会作政府工作报告。",
    "报告指出:",
    "●2023年浙江地区生产总值达到8.6万亿元、增长6%;",
    "●杭州经济总量突破2万亿元;",
    "●地方一般公共预算收入达8600亿元、增长7%;",
    "2024年浙江经济社会发展",
    "有这些目标",
    "报告提出,今年浙江经济社会发展的主要预期目标是:",
    "◆地区生产总值增长5.5%左右;",
    "◆城镇新增就业人数100万人以上;",
    "◆粮食产量620万吨。",
  ].join("\n");

  test("an undated digest is of the year whose targets it sets, and the year before's figures are results", () => {
    const r = run(digest);
    const of = (value: number) => r.records.find((x) => x.value === value);
    expect(of(86000)).toMatchObject({ kind: "actual", year: 2023, region: "浙江省" });
    expect(of(5.5)).toMatchObject({ kind: "target", year: 2024, region: "浙江省" });
    expect(of(1000000)).toMatchObject({ kind: "target", indicator: "城镇新增就业", comparator: "gte" });
    expect(of(620)?.kind ?? of(6200000)?.kind).toBe("target");
  });
  test("a place leading one bullet is that bullet's; the bullets after it are the home region's again", () => {
    const r = run(digest);
    expect(r.records.find((x) => x.value === 20000)?.region).toBe("杭州市");
    expect(r.records.find((x) => x.value === 8600)).toMatchObject({
      region: "浙江省",
      kind: "actual",
      year: 2023,
    });
  });
  test("全国第三 in a headline ranks the text's place; it does not make the text national", () =>
    expect(metaOf(digest).region?.name).toBe("浙江省"));
  test("a bullet that ends as list items do is no heading", () => {
    const r = run("报告指出:\n●2023年嘉兴市实现地区生产总值7000亿元;\n●规上工业增加值增长8%;\n2024年2月1日");
    expect(r.records.map((x) => [x.kind, x.year])).toEqual([
      ["actual", 2023],
      ["actual", 2023],
    ]);
  });
});

describe("the year a text names for its 今年", () => {
  test("今年(2024年) dates an undated report's targets, though the sentence reports nothing", () =>
    expectAll(
      "嘉兴市市长作政府工作报告时表示,今年(2024年)嘉兴发展面临的有利条件强于不利因素。今年经济社会发展的主要预期目标是:地区生产总值增长6%;固定资产投资增长5%。",
      [
        { kind: "target", year: 2024, value: 6 },
        { kind: "target", year: 2024, value: 5 },
      ],
    ));
  test("去年(2023年) says the text is of 2024", () =>
    expect(metaOf("嘉兴市去年(2023年)地区生产总值增长6%。").year).toBe(2024));
});

describe("what a reposted news page carries around its article", () => {
  const page = [
    "首页 -> 内地",
    "(两会)2024年嘉兴GDP增长预期目标为6%左右",
    "2024-02-05 09:36 | 来源:某某新闻网",
    "嘉兴市市长在政府工作报告中指出,今年发展主要预期目标是,地区生产总值增长6%左右;城镇新增就业12万人以上。",
    "更 多",
    "【台北故事】台北夜市里的年味",
    "台北市民赴港观光团人数创新高",
    "稿件由网友上传 · 文责自负 · 不代表本网立场",
  ].join("\n");
  test("a breadcrumb is no title and a site's notice neither", () =>
    expect(metaOf(page).title).toBe("(两会)2024年嘉兴GDP增长预期目标为6%左右"));
  test("links after 更多 name other pages' places: the text stays its own place's", () =>
    expect(metaOf(page).region?.name).toBe("嘉兴市"));
  test("the headline under a breadcrumb is no fact; the body gives each figure once", () => {
    const r = run(page);
    expect(r.records.map((x) => [x.indicator, x.value])).toEqual([
      ["地区生产总值增速", 6],
      ["城镇新增就业", 120000],
    ]);
    expect(r.records.every((x) => x.region === "嘉兴市" && x.year === 2024)).toBe(true);
  });
  test("a reporter's line is no title", () =>
    expect(
      metaOf(
        "采写:记者 张三\n嘉兴市去年地区生产总值增长6%,规上工业增加值增长8%,全市上下齐心协力,成绩来之不易。",
      ).title,
    ).not.toMatch(/采写/));
  test("a page's field of its date in English (date 2026-03-05 …) is no title", () =>
    expect(
      metaOf("date 2026-03-05 某某网编译某某\n据报道,某某会议今日开幕,报告要点如下:\n国内生产总值增长5%")
        .title,
    ).not.toMatch(/date/));
  test("a row of a page's fields (体裁分类:  发布机构: …) is no title", () =>
    expect(
      metaOf("体裁分类:  发布机构: 区统计局\n稳中提质 负压前行\n2021年,全区生产总值增长6%,全市上下齐心协力。")
        .title,
    ).toBe("稳中提质 负压前行"));
  test.each([
    "嘉兴日报社全媒体记者: 张三/文",
    "嘉兴日报通讯员:李四",
    "嘉兴日报全媒体记者 张三 李四/文",
    "晚报记者 王小五",
    "撰 稿 人:张小三",
    "审 签 人:李小四",
  ])("a byline led by its paper's name, at the end of a news item, is no title (%s)", (byline) =>
    expect(
      metaOf(
        `嘉兴融媒讯 记者从市统计局获悉,2023年嘉兴市粮食总产量增长2%,全市上下齐心协力,成绩来之不易。\n${byline}\n责任编辑:王五`,
      ).title,
    ).not.toBe(byline),
  );
});

describe("a measure a lexicon word only ends", () => {
  test.each([
    ["赤字规模4000亿元", "赤字规模"],
    ["一般公共预算支出规模2800亿元", "一般公共预算支出规模"],
    ["专项债券规模600亿元", "专项债券规模"],
  ])("%s is of that scale", (phrase, indicator) =>
    expectOne(`2023年,嘉兴市${phrase}。`, { indicator, kind: "actual", year: 2023 }, "2024年2月1日"),
  );
  test("a bare 规模 of no one named is a diagnostic", () => {
    const r = run("2023年,全市规模达到500亿元。", "2024年2月1日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.some((d) => d.code === "measure_missing")).toBe(true);
  });
  test("an industry's 规模 stays the industry's", () =>
    expectOne(
      "2023年,嘉兴市数字经济规模达到500亿元。",
      { subject: "数字经济", indicator: "规模", kind: "actual" },
      "2024年2月1日",
    ));
  test.each([
    ["海洋生产总值", "海洋生产总值"],
    ["县域生产总值", "县域生产总值"],
    ["全年实现生产总值", "地区生产总值"],
    ["生产总值", "地区生产总值"],
  ])("嘉兴市%s is %s", (phrase, indicator) =>
    expectOne(`2023年,嘉兴市${phrase}1200亿元。`, { indicator, kind: "actual" }, "2024年2月1日"),
  );
  test.each([
    ["争取专项资金5亿元", "专项资金"],
    ["争取上级资金5亿元", "上级资金"],
  ])("%s is named by what the funds are", (phrase, indicator) =>
    expectOne(`2023年,嘉兴市${phrase}。`, { indicator, kind: "actual" }, "2024年2月1日"),
  );
  test("funds named by a phrase holding a figure of its own are a diagnostic, not bare 资金", () => {
    const r = run("2023年,嘉兴市利用省外2000万元以上项目资金14.4亿元。", "2024年2月1日");
    expect(r.records).toEqual([]);
  });
  test("an amount in a physical unit right after a name of an amount needs no predicate", () =>
    expectAll(
      "2023年,嘉兴市工业用电量1.3亿千瓦时,同比增长9.4%。",
      [
        { indicator: "工业用电量", value: 130000000, unit: "千瓦时" },
        { indicator: "工业用电量增速", value: 9.4 },
      ],
      "2024年2月1日",
    ));
  test("the growth after an output keeps whose output it is", () =>
    expectAll(
      "三季度,嘉兴市实现农林牧渔业增加值18.7亿元,同比增长2.3%。",
      [
        { subject: "农林牧渔业", indicator: "增加值(三季度)", value: 18.7 },
        { subject: "农林牧渔业", indicator: "增加值增速(三季度)", value: 2.3 },
      ],
      "2023年11月1日",
    ));
});

describe("a report reposted with a site's date, and a bulletin's charts", () => {
  const report = [
    "国民经济和社会发展计划执行情况及计划草案的报告",
    "时间:2021-05-10 08:00:00",
    "各位代表:",
    "受嘉善县人民政府委托,现将2011年国民经济和社会发展计划执行情况及2012年国民经济和社会发展计划草案提请大会审议。",
    "一、2011年国民经济和社会发展计划执行情况",
    "预计全年实现现价地区生产总值30.5亿元,按2010年可比价格计算,比上年增长11.2%。全年实现农林牧渔业现价总产值12.4亿元,同比增长5.1%。",
  ].join("\n");
  test("the site's date is a repost's: the report is of the year whose plan draft it submits", () =>
    expect(metaOf(report).year).toBe(2012));
  test("its estimates are the year before's, and the year of the prices is no year of a figure", () => {
    const r = run(report);
    expect(r.records.map((x) => [x.indicator, x.value, x.year, x.kind])).toEqual([
      ["地区生产总值", 30.5, 2011, "actual"],
      ["地区生产总值增速", 11.2, 2011, "actual"],
      ["总产值", 12.4, 2011, "actual"],
      ["总产值增速", 5.1, 2011, "actual"],
    ]);
    expect(r.records.filter((x) => x.indicator === "总产值").map((x) => x.subject)).toEqual(["农林牧渔业"]);
  });
  test("a chart's caption is no title, and its years do not date the text", () => {
    const meta = metaOf(
      "图1:2016-2020年嘉善县地区生产总值及增长速度\n2020年,嘉善县地区生产总值增长6%。\n嘉善县统计局\n2021年3月1日",
    );
    expect(meta.title).not.toMatch(/^图1/);
    expect(meta.year).toBe(2021);
  });
  test("nor the figures after it: a chart's span of years (or its one year) dates no section", () => {
    for (const caption of ["图1:2016年-2020年地区生产总值及增速", "图1 2016年地区生产总值"])
      expectAll(
        [
          "嘉善县2020年国民经济和社会发展统计公报",
          "一、综合",
          "全年实现地区生产总值650亿元。",
          caption,
          "人均地区生产总值10.5万元。",
        ].join("\n"),
        [
          { indicator: "地区生产总值", value: 650, year: 2020 },
          { indicator: "人均地区生产总值", value: 105000, year: 2020 },
        ],
      );
  });
  test("a heading's span of years dates no section either", () =>
    expectAll(
      "嘉善县2020年国民经济和社会发展统计公报\n2016年—2020年主要指标\n全年实现地区生产总值650亿元。",
      [{ indicator: "地区生产总值", value: 650, year: 2020 }],
    ));
});

describe("a paper's digest that names no place but its paper", () => {
  const digest = [
    "政府工作报告摘要",
    "南方日报 2024年01月23日",
    "■ 2023年成绩单",
    "●预计全省地区生产总值增长5%左右",
    "●全省粮食产量达到260亿斤",
    "■ 2024年主要预期目标",
    "●经济增长5%左右",
  ].join("\n");
  test("the date on the paper's line is the text's, and the paper's place is its home", () => {
    const meta = metaOf(digest);
    expect([meta.date, meta.region?.name]).toEqual(["2024-01-23", "广东省"]);
  });
  test("last year's report card (成绩单) holds results; a bullet that names 全省 opens no section", () =>
    expectAll(digest, [
      { region: "广东省", indicator: "地区生产总值增速", value: 5, year: 2023, kind: "actual" },
      {
        region: "广东省",
        subject: "粮食",
        indicator: "产量",
        value: 26000000000,
        year: 2023,
        kind: "actual",
      },
      { region: "广东省", indicator: "地区生产总值增速", value: 5, year: 2024, kind: "target" },
    ]));
  test("a city's paper in a text that speaks of its province: the city's province", () =>
    expect(metaOf("长江日报 2025年01月17日\n●全省地区生产总值增长6%左右").region?.name).toBe("湖北省"));
  test("in a text that speaks of its city: the city", () =>
    expect(metaOf("长江日报 2025年01月17日\n●全市地区生产总值增长6%左右").region?.name).toBe("武汉市"));
});

describe("a work report that opens on its speaker's behalf", () => {
  // its county is named in full once, then only in slogans and short forms
  const report = [
    "各位代表:",
    "现在,我代表青川县人民政府,向大会报告政府工作,请予审议。",
    "2023年,面对复杂局面,全县上下推进“五个青川”建设,经济运行稳中有进。全年实现地区生产总值160亿元,增长6.5%。",
  ].join("\n");
  test("the government it speaks for is the text's home", () => {
    expect(metaOf(report).region?.name).toBe("青川县");
    expectAll(report, [
      { region: "青川县", indicator: "地区生产总值", value: 160, year: 2023, kind: "actual" },
      { region: "青川县", indicator: "地区生产总值增速", value: 6.5, year: 2023, kind: "actual" },
    ]);
  });
  test("a government it only mentions is not", () =>
    expect(
      metaOf("各位代表:\n现在,我谈谈青川县人民政府的工作。\n全县实现地区生产总值160亿元。").region,
    ).toBeNull());
});

describe("a district's own news, named bare", () => {
  const news = [
    "2023年“萧山十件大事”回眸",
    "时间:2024-02-10 09:00:00 来源:萧山发布",
    "2023年,萧山经济社会发展稳中有进。数据显示,全年实现地区生产总值2300亿元;全区实现规上工业总产值4100亿元,同比增长9.2%。",
  ].join("\n");
  test("a text that calls itself 全区 and names a district bare is that district's", () => {
    expect(metaOf(news).region?.name).toBe("萧山区");
    expect(run(news).records.every((x) => x.region === "萧山区" && x.year === 2023)).toBe(true);
  });
  test("a deed that reads like a district's name (新建, 新建区) names none, nor does a name inside a phrase", () =>
    expect(
      metaOf(
        "全区新建学校5所,新建道路12公里,新建公园3个。2023年,全区新建项目20个,地区生产总值增长6%。\n2024年1月1日",
      ).region,
    ).toBeNull());
  test("a name several districts share (鼓楼) names none", () =>
    expect(
      metaOf(
        "2023年,鼓楼经济稳中有进。鼓楼全年实现地区生产总值900亿元;全区规上工业总产值增长9%。\n2024年2月1日",
      ).region,
    ).toBeNull());
});

describe("a quotation of targets over several sentences", () => {
  const speech =
    "据萧山区消息,2月18日,在全区大会上,区委书记指出:“2024年,萧山地区生产总值增长目标为7%,力争更快增长。规上工业增加值增长10%以上,规上工业总产值超4500亿元。”\n封面图片来源:某图库";
  test("the sentences after a quotation's opening target are its targets, of its year", () =>
    expectAll(speech, [
      { indicator: "地区生产总值增速", kind: "target", year: 2024, value: 7 },
      { indicator: "规上工业增加值增速", kind: "target", year: 2024, value: 10 },
      { indicator: "规上工业总产值", kind: "target", year: 2024, value: 4500 },
    ]));
  test("a picture's credit is no title", () => expect(metaOf(speech).title).not.toMatch(/图片来源/));
  test("a closed quotation carries nothing on", () => {
    const r = run(
      "区委书记指出:“2024年,萧山区地区生产总值增长目标为7%。”萧山区规上工业增加值增长10%。\n2024年2月20日",
    );
    expect(r.records.map((x) => x.kind)).toEqual(["target"]);
  });
  test("a short quoted speech is read; a quoted slogan's numbers stay names", () => {
    expectOne("区长说:“2024年,萧山区规上工业总产值力争突破5000亿元。”\n2024年2月20日", {
      kind: "target",
      year: 2024,
      value: 5000,
      comparator: "gt",
    });
    expect(run("萧山区实施“三个一百”工程。", "2024年2月20日").records).toEqual([]);
  });
});

describe("a zone's figures in short lines under a page's stock ticker", () => {
  const page = [
    "股票代码 600000",
    "2024年04月29日 星期一",
    "数据看嘉兴经济技术开发区发展",
    "2023年,嘉兴经济技术开发区创新发展势头强劲。",
    "全年GDP增长6.6%。",
    "限上社会消费品零售额增长11.7%。",
    "14个省级重点项目全部开工,完成投资48.8亿元。",
    "新开工项目20个。",
  ].join("\n");
  test("a stock code is no title; the title's zone is the text's", () => {
    const meta = metaOf(page);
    expect(meta.title).toBe("数据看嘉兴经济技术开发区发展");
    expect(meta.region?.name).toBe("嘉兴经开区");
  });
  test("限上 makes a measure of its own; projects are counted by their deed and kind", () => {
    const r = run(page);
    expect(r.records.map((x) => `${x.subject ?? ""}|${x.indicator ?? ""}|${x.value}`)).toEqual([
      "|地区生产总值增速|6.6",
      "|限上社会消费品零售总额增速|11.7",
      "开工省级重点项目||14",
      "省级重点项目|投资|48.8",
      "新开工项目||20",
    ]);
    expect(r.records.every((x) => x.region === "嘉兴经开区" && x.year === 2023 && x.kind === "actual")).toBe(
      true,
    );
  });
  test("a count opening its clause after its place is counted by its deed (签约项目)", () =>
    expectOne("2023年,嘉兴市129个项目签约落地。", { subject: "签约项目", value: 129 }, "2024年2月1日"));
});

describe("figures of a class of zones, and a site named by its place", () => {
  const page = [
    "中国某某网 > 即时新闻 > 国内",
    "浙江在线 > 财经",
    "商务部公布国家级经开区考核评价结果",
    "发布时间:2023-12-28 15:38:00",
    "一是经济发展质量提升。2022年,国家级经开区实现地区生产总值14万亿元,占国内生产总值的比重为12%。实现进出口总额10万亿元。",
    "二是区域情况。东部地区103家国家级经开区地区生产总值9万亿元,同比增长5.7%。其中:第二产业增加值5万亿元。",
    "三是嘉兴经开区表现突出。嘉兴经开区实现地区生产总值800亿元。",
    "- ·梅州市举办短视频大赛",
    "- ·梅州市保险业助力地方经济,2021年全市保费收入66亿元",
  ].join("\n");
  test("a class of zones reports their sum, no place's figure, over its whole paragraph", () => {
    const r = run(page);
    expect(r.records.map((x) => `${x.region}|${x.value}`)).toEqual(["嘉兴经开区|800"]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear").length).toBeGreaterThanOrEqual(5);
  });
  test("a count of zones with a note in brackets (未含…) is a class of zones too", () => {
    const r = run(
      "1-6月,安徽省18个高新区(未含新认定的2个)实现规模以上工业总产值5100亿元,同比增长12%;实现税收210亿元。",
      "2023年7月30日",
    );
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear")).toHaveLength(3);
  });
  test("a site named by its place (浙江在线) and links after a dot name no place of the text", () =>
    expect(metaOf(page).region?.name).not.toMatch(/浙江|梅州/));
});

describe("a round-up of provinces' reports of part of the year", () => {
  test("a dash pair sets a clause off, and figures after 三季报 are of the first three quarters", () =>
    expectAll(
      "此前各省三季报出炉,排在第5位的江苏省与第六的四川省差距拉大——江苏省实现GDP91000亿元,四川省实现GDP42000亿元。",
      [
        { region: "江苏省", indicator: "地区生产总值(前三季度)", value: 91000, year: 2021, kind: "actual" },
        { region: "四川省", indicator: "地区生产总值(前三季度)", value: 42000, year: 2021, kind: "actual" },
      ],
      "2021年11月5日",
    ));
  test("a single dash joins a range, no clause", () =>
    expectOne(
      "2023年,嘉兴市规上工业增加值增长8%—10%。",
      { value: 8, valueMax: 10, comparator: "range" },
      "2024年2月1日",
    ));
});

describe("within so many years", () => {
  test("一年内 is no 年内 of this year's plans: a review's count stays no target", () => {
    const r = run("在数字化方面,嘉兴市一年内就举办推广会28场,诊断规上企业600家。", "2023年12月20日");
    expect(r.records.filter((x) => x.kind === "target")).toEqual([]);
  });
  test("年内 alone is this year's plan", () =>
    expectOne(
      "嘉兴市年内将新建5G基站3000个。",
      { kind: "target", year: 2024, value: 3000 },
      "2024年2月20日",
    ));
});

describe("a result's change against a year before the last", () => {
  test("比2019年同期增长 in 2021 is no year-on-year growth; 比去年同期 is", () => {
    const r = run("2021年,嘉兴市地区生产总值比去年同期增长12.6%,比2019年同期增长5.5%。", "2022年1月20日");
    expect(r.records.map((x) => [x.indicator, x.value])).toEqual([["地区生产总值增速", 12.6]]);
    expect(r.diagnostics.some((d) => d.message.includes("against 2019"))).toBe(true);
  });
  test("a target's change against its plan's base year stays", () =>
    expectOne(
      "到2025年,嘉兴市单位地区生产总值能耗比2020年下降14%。",
      { kind: "target", value: 14, year: 2025 },
      "2022年1月20日",
    ));
});

describe("a milestone reached", () => {
  test.each([
    ["2024年,嘉兴市粮食产量跃上140万吨新台阶。", 1400000],
    ["2024年,嘉兴市地区生产总值迈上8000亿元新台阶。", 8000],
  ])("%s is the level reached, at least", (text, value) =>
    expectOne(text, { value, comparator: "gte", kind: "actual", year: 2024 }, "2025年2月1日"),
  );
});

describe("a district's half-year report, kinds of investment and a listed firm's forecast", () => {
  const text = [
    "上半年,嘉善县固定资产投资同比增长18%,增速较一季度提升3.2个百分点。",
    "其中,政府投资同比增长35.9%,社会投资同比增长10.5%;基础设施投资同比增长12.9%,文化、体育和娱乐业投资增长19.6%。",
    "某某科技发布业绩预告,公司预计上半年净利润8.5亿元至10亿元,同比增长16%-37%。",
  ].join("\n");
  test("each kind of investment is a measure of its own, a sector's investment that sector's; a growth rate's change is a diagnostic", () => {
    const r = run(text, "2022年8月1日");
    expect(r.records.map((x) => [x.subject, x.indicator, x.value])).toEqual([
      [null, "固定资产投资增速(上半年)", 18],
      [null, "政府投资增速(上半年)", 35.9],
      [null, "社会投资增速(上半年)", 10.5],
      [null, "基础设施投资增速(上半年)", 12.9],
      ["文化、体育和娱乐业", "投资增速(上半年)", 19.6],
    ]);
    expect(r.diagnostics.some((d) => d.message.includes("change of a growth rate"))).toBe(true);
  });
  test("a kind of investment whose words cannot be read (文化、体育投资) is a diagnostic, not the place's 投资", () => {
    const r = run("上半年,嘉善县固定资产投资同比增长18%。其中,文化、体育投资增长19.6%。", "2022年8月1日");
    expect(r.records.map((x) => x.value)).toEqual([18]);
    expect(r.diagnostics.some((d) => d.message.includes("a kind of 投资 not read"))).toBe(true);
  });
  test("a change after a company's own figure is the company's too", () => {
    const r = run(text, "2022年8月1日");
    expect(r.records.some((x) => x.value === 16)).toBe(false);
    expect(r.diagnostics.some((d) => d.message.includes("company's own figure"))).toBe(true);
  });
});

describe("notes in brackets and a cluster named before its measure", () => {
  test("a short note in brackets is no part of a measure's name", () =>
    expectAll(
      "1-7月,嘉兴市限额以上企业(单位)消费品零售额465.3亿元,同比增长14.9%。",
      [
        { indicator: "限额以上企业消费品零售额(1-7月)", value: 465.3 },
        { indicator: "限额以上企业消费品零售额增速(1-7月)", value: 14.9 },
      ],
      "2021年8月24日",
    ));
  test("a bare 集群 is the cluster the sentence's plan named", () =>
    expectOne(
      "浙江省印发《浙江省发展新能源汽车战略性支柱产业集群行动计划》,到2025年,集群规模(总产值)目标接近8000亿元。",
      { subject: "新能源汽车", kind: "target", year: 2025, value: 8000 },
      "2021年6月1日",
    ));
});

describe("a province's figures for the first months, against two years before", () => {
  test("两年平均增长 is an average over two years, not the year's growth", () => {
    const r = run("1-2月,嘉兴市规上工业增加值同比增长44.6%,两年平均增长5.4%。", "2021年3月24日");
    expect(r.records.map((x) => [x.indicator, x.value])).toEqual([["规上工业增加值增速(1-2月)", 44.6]]);
    expect(r.diagnostics.some((d) => d.message.includes("an average over 两年"))).toBe(true);
  });
  test("两年平均 before a 分别 list averages each item's growth too; an undated text's averages are no records either", () => {
    const r = run(
      "1-2月,嘉兴市规上工业增加值同比增长44.6%,两年平均增长5.4%;高技术产业投资、民间投资两年平均分别增长14.6%和10.7%。",
    );
    expect(r.records.map((x) => [x.indicator, x.value])).toEqual([["规上工业增加值增速(1-2月)", 44.6]]);
    expect(r.diagnostics.filter((d) => d.message.includes("an average over 两年")).length).toBe(3);
  });
  test("an average over years before 分别 in a plan is each item's yearly average target", () =>
    expectAll(
      "到2025年,嘉兴市高技术产业投资、民间投资年均分别增长12%和8%。",
      [
        { indicator: "投资年均增速", value: 12, kind: "target", year: 2025 },
        { indicator: "投资年均增速", value: 8, kind: "target", year: 2025 },
      ],
      "2023年3月1日",
    ));
  test("a list of products' growth is no list of measures", () => {
    const r = run(
      "1-2月,嘉兴市工业机器人、服务器、3D打印设备产量分别增长191.6%、100.3%和229.9%。",
      "2021年3月24日",
    );
    expect(r.records.some((x) => /分别|^工业机器人/.test(x.indicator ?? ""))).toBe(false);
  });
  test("a word of summing is no part of the last item, and a bare 增速 of no one is a diagnostic", () => {
    const r = run(
      "1-2月,嘉兴市汽车、电气和电力累计增速分别为76.3%、71.9%和36.3%,两年平均增速分别为7.3%、12.1%和3.7%。",
      "2021年3月24日",
    );
    expect(r.records.map((x) => x.subject)).toEqual(["汽车", "电气", "电力"]);
  });
});

describe("a county's bulletin with no title", () => {
  const bulletin = [
    "2024年,是实现“十四五”规划目标任务关键的一年,一年来,嘉善县上下坚持稳中求进,经济发展稳中向好。",
    "一、综合",
    "初步核算,全年嘉善县生产总值316.8亿元,增长6.2%。其中:第一产业增加值52.3亿元,增长3.3%。",
    "2023年全国第五次经济普查结果:嘉善县生产总值296.8亿元。",
  ].join("\n");
  test("an opening sentence that names a plan is no title: the text is no plan, and 目标任务 sets no mood", () => {
    expect(metaOf(bulletin).genre).toBeNull();
    expect(run(bulletin).records.every((x) => x.kind === "actual")).toBe(true);
  });
  test("a breakdown (其中…) is of the kind of the sentence it breaks down", () =>
    expect(run(bulletin).records.find((x) => x.value === 52.3)).toMatchObject({
      kind: "actual",
      year: 2024,
    }));
  test("a census named for the country is no national figure", () =>
    expect(run(bulletin).records.find((x) => x.value === 296.8)).toMatchObject({
      region: "嘉善县",
      year: 2023,
    }));
});

describe("a town's figures in a city's news", () => {
  const news = [
    "2月18日,嘉兴市高质量发展大会召开。会上,各镇街党委主要负责人作表态发言。",
    "新丰镇党委书记表示,2024年,新丰将全力以赴抓招商、上项目。",
    "2024年重点指标",
    "◆GDP同比增长5%;规上工业总产值431亿元;工业投资35.9亿元。",
    "出品 | 新丰融媒体中心",
  ].join("\n");
  test("a town the gazetteer does not hold owns the passage it opens: no figure of it is the city's", () => {
    const r = run(news);
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear").length).toBe(3);
  });
  test("a media centre's credit line is no title", () => expect(metaOf(news).title).not.toMatch(/出品/));
  test("a passage that opens with a known place again is that place's", () =>
    expectOne(
      "新丰镇党委书记表示,新丰将全力以赴抓招商。\n嘉兴市2023年规上工业总产值增长8%。",
      { region: "嘉兴市", value: 8, kind: "actual", year: 2023 },
      "2024年1月20日",
    ));
});

describe("a province's milestone, first reached", () => {
  test("山东GDP首次突破9万亿元 is the province's GDP, passed for the first time, a result", () =>
    expectOne(
      "2023年是经济恢复发展的一年。山东GDP首次突破9万亿元。",
      { region: "山东省", indicator: "地区生产总值", comparator: "gt", value: 90000, kind: "actual" },
      "2024年2月2日",
    ));
  test("力争首次突破 is a target still", () =>
    expectOne("2024年,嘉兴市力争GDP首次突破8000亿元。", { kind: "target", value: 8000 }, "2024年2月2日"));
  test("most provinces' figure is no one's (绝大多数省份不低于5%)", () =>
    expect(run("从各省敲定的新年GDP目标来看,绝大多数省份不低于5%。", "2024年2月2日").records).toEqual([]));
});

describe("a region's monthly report ranked against the country", () => {
  const report = [
    "经国家统计局审定,1-7月宁夏规模以上工业增加值同比增长4.5%。增速居全国第二十位。",
    "分轻、重工业看,轻工业增加值比上年同期增长5.8%,重工业增加值比上年同期增长4.4%。",
    "扫描分享至微信",
  ].join("\n");
  test("a rank among the country's places makes no text national, and a share button is no title", () => {
    const meta = metaOf(report);
    expect(meta.region?.name).toBe("宁夏回族自治区");
    expect(meta.title).not.toMatch(/扫描/);
  });
  test("轻工业 and 重工业 are measures of their own, not the region's 工业", () =>
    expect(run(report).records.map((x) => x.indicator)).toEqual([
      "规模以上工业增加值增速(1-7月)",
      "轻工业增加值增速(1-7月)",
      "重工业增加值增速(1-7月)",
    ]));
});

describe("a county's bulletin: crops measured by area, then output", () => {
  const bulletin = [
    "2023年是经济恢复发展的一年。全县坚持稳中求进,经济运行总体平稳。",
    "二、农林牧渔业",
    "2023年,嘉善县粮食播种面积52.3万亩,产量21.6万吨,同比增长1.2%;蔬菜种植面积8.1万亩,产量30.4万吨,与上年相比增长3.5%。",
    "2024年3月1日",
  ].join("\n");
  test("a bare 产量 after a clause that measured a thing's area is that thing's, and so is its growth", () =>
    expectAll(bulletin, [
      { indicator: "粮食播种面积", value: 523000, unit: "亩", kind: "actual", year: 2023 },
      { subject: "粮食", indicator: "产量", value: 216000, unit: "吨" },
      { subject: "粮食", indicator: "产量增速", value: 1.2 },
      { indicator: "蔬菜种植面积", value: 81000, unit: "亩" },
      { subject: "蔬菜", indicator: "产量", value: 304000 },
      { subject: "蔬菜", indicator: "产量增速", value: 3.5 },
    ]));
  test("a numbered section's heading is no title", () => expect(metaOf(bulletin).title).not.toMatch(/^二、/));
  test("a bare 产量 with no thing measured before it stays a diagnostic", () => {
    const r = run("2023年,嘉善县全年产量21.6万吨,同比增长1.2%。", "2024年3月1日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain("measure_missing");
  });
});

describe("a news report's loose spacing and its classes of places", () => {
  test("a comparator after a spaced percentage is read (5% 以上, 3% 左右)", () =>
    expectAll(
      "今年嘉兴经济社会发展主要预期目标是:地区生产总值增长 5% 以上,居民消费价格涨幅 3% 左右。",
      [
        { indicator: "地区生产总值增速", comparator: "gte", value: 5, kind: "target", year: 2024 },
        { indicator: "居民消费价格涨幅", comparator: "approx", value: 3, kind: "target" },
      ],
      "2024年1月23日",
    ));
  test("万亿之城 and GDP万亿俱乐部 name classes of cities, not a GDP of 1万亿元", () => {
    const r = run("2023年,嘉兴所在省份GDP万亿之城增至5座,苏州早已迈入GDP万亿俱乐部。", "2024年1月23日");
    expect(r.records.filter((x) => x.value === 10000)).toEqual([]);
  });
  test("突破万亿 is still a milestone passed", () =>
    expectOne("2023年,苏州地区生产总值突破万亿。", { comparator: "gt", value: 10000 }, "2024年1月23日"));
});

describe("texts about a part of a place no list holds", () => {
  test("a plan titled by a zone of no known place leaves its figures without a region, and says why", () => {
    const text = [
      "XX经济技术开发区管理委员会2024年度工作计划",
      "2024年是嘉兴“再出发”之年。建议2024年经开区主要预期目标为:规上工业增加值增长10%以上;固定资产投资增长15%以上。嘉兴市要求各平台争先进位。",
    ].join("\n");
    const r = run(text);
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_missing")).toHaveLength(2);
    expect(extract("t", normaliseText(text).text).meta.warnings.map((w) => w.code)).toContain(
      "region_unknown",
    );
  });
  test("a title about speeding up zones in general names no zone of its own", () =>
    expect(
      metaOf("关于加快开发区高质量发展的实施意见\n到2025年,全市开发区规上工业增加值增长10%。嘉兴市嘉兴市")
        .region?.name,
    ).toBe("嘉兴市"));
  test("a title about a city's zones in general is the city's; the zones' own figures are no one place's", () => {
    const text =
      "关于促进我市开发区改革和创新发展的实施方案\n到2025年,嘉兴市开放型经济进出口总额突破5000亿元。全市开发区规上工业增加值增长10%。";
    expectOne(text, { region: "嘉兴市", value: 5000, kind: "target" }, "2024年2月1日");
    expect(
      run(text, "2024年2月1日")
        .diagnostics.filter((d) => d.code === "region_unclear")
        .map((d) => d.message),
    ).toEqual([expect.stringMatching(/全市开发区/)]);
  });
  const news = [
    "嘉兴:聚力奋发 继续走在前列",
    "2024年,嘉兴市坚持稳中求进。",
    "其中,嘉兴市城乡融合示范区主要以三个关键词推动发展。",
    "一是构建现代化产业体系。力争规上工业总产值突破500亿元,新增高新技术企业12家以上。",
    "嘉兴市区力争地区生产总值增长6%。",
  ].join("\n");
  test("a passage opened by a part of the city no list holds is not the city's, until the city leads again", () => {
    const r = run(news, "2024年3月1日");
    expect(r.records.map((x) => [x.region, x.value])).toEqual([["嘉兴市", 6]]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear").map((d) => d.message)).toEqual([
      expect.stringContaining("嘉兴市城乡融合示范区"),
      expect.stringContaining("嘉兴市城乡融合示范区"),
    ]);
  });
  test("a new town of the city (科技新城) holding its meeting opens a passage of its own, not the city's", () => {
    const r = run(
      "3月2日,嘉兴湾北科技新城召开工作会议,部署今年任务。\n会上提出,新城今年主要目标是:地区生产总值增长7%。",
      "2024年3月2日",
    );
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_unclear").map((d) => d.message)).toEqual([
      expect.stringContaining("嘉兴湾北科技新城"),
    ]);
  });
  test("a deed done to such a part names no passage of its own", () =>
    expectOne(
      "2024年,嘉兴市城乡融合示范区建设加快推进,全市力争规上工业总产值突破5000亿元。",
      { region: "嘉兴市", value: 5000, kind: "target" },
      "2024年3月1日",
    ));
  test("foreign capital received, by any name, is an amount of money (实际到账外资)", () =>
    expectOne(
      "2023年,嘉兴经开区实际到账外资7456万美元。",
      { indicator: "实际到账外资", value: 0.7456, unit: "亿美元" },
      "2024年1月1日",
    ));
});

describe("a report's pages with no title and no place named", () => {
  // pages of a converted file, hard-wrapped mid-word
  const pages = [
    "着力提信心、强创新、惠民生,经济整体回升向好,较好完成了目标任务。全市人均地区生",
    "产总值等多项指标保持全国省级地区最优水平。 一年来,主要做了以下工作。一是深入落",
    "实城市战略定位,坚持惠民生、暖民心,推动各项改革落地见效,民生福祉持续增进,城乡",
    "面貌不断改善。提出今年全市经济社 会发展的主要预期目标是:地区生产总值增长5%左右,城镇调",
    "查失业率控制在5%以内。",
  ].join("\n");
  test("the country as a yardstick in a first paragraph makes no text national", () =>
    expect(metaOf(pages).region).toBeNull());
  test("惠民生 twice in a text that calls itself 全市 names no county (惠民县)", () => {
    const r = run(pages);
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "region_missing")).toHaveLength(2);
  });
  test("the same pages under a title that names the city are the city's", () =>
    expect(run(`嘉兴市政府工作报告\n${pages}`).records.map((x) => [x.region, x.indicator, x.value])).toEqual([
      ["嘉兴市", "地区生产总值增速", 5],
      ["嘉兴市", "城镇调查失业率", 5],
    ]));
});

describe("a district's report reposted with its photographs", () => {
  const report = [
    "大会现场 王某 摄",
    "2月19日,嘉善县第六届人民代表大会第四次会议开幕,县长作政府工作报告。",
    "2018年全县经济社会发展取得显著成效。城镇居民人均可支配收入实现36000元、增长8.1%,农村居民人均可支配收入实现19600元、增长9.0%。",
    "县长作政府工作报告 王某 摄",
    "报告提出了2019年经济社会发展主要预期目标:地区生产总值增长7%,城、乡居民人均可支配收入分别增长8%、9%。",
  ].join("\n");
  test("a photograph's credit is no title", () => expect(metaOf(report).title).not.toMatch(/摄$/));
  test("last year's result is no repeat of this year's target of the same value", () => {
    const r = run(report);
    const rural = r.records.filter((x) => x.subject === "农村居民" && x.value === 9);
    expect(rural.map((x) => [x.kind, x.year])).toEqual([
      ["actual", 2018],
      ["target", 2019],
    ]);
  });
});

describe("a zone's monthly news and a document site's preview", () => {
  const news = [
    "秀洲高新区经济运行态势良好",
    "发布时间:2021-08-20 来源:秀洲高新区 发布开发区:嘉兴高新技术产业开发区",
    "1—7月份,园区全社会固定资产投资完成71亿元,同比增长20.4%,完成全年目标的55.2%。其中,工业投资完成1.6亿元;一般公共预算收入完成9.1亿元,同比增长41.7%。",
    "全年,园区力争一般公共预算收入突破15亿元。",
  ].join("\n");
  test("a 高新区 named after a district of a city the text names is that district's zone", () =>
    expect(new Set(run(news).records.map((x) => x.region))).toEqual(new Set(["秀洲高新区"])));
  test("a 高新区 named after a district of a city the text never names stays unplaced", () =>
    expect(run("2021年,秀洲高新区一般公共预算收入完成9.1亿元。", "2021年8月20日").records).toEqual([]));
  test("a part of the year opening a sentence alone speaks for its paragraph's next sentences", () => {
    const r = run(news);
    expect(r.records.find((x) => x.value === 1.6)?.indicator).toBe("工业投资(1-7月份)");
    expect(r.records.find((x) => x.value === 9.1)?.indicator).toBe("一般公共预算收入(1-7月份)");
    expect(r.records.find((x) => x.value === 15)?.indicator).toBe("一般公共预算收入");
  });
  const preview = [
    "一、上半年国民经济和社会发展计划执行情况",
    "今年以来,全区经济运行平稳。预计嘉善县实现地区生产总值455亿元,增长10%。",
    "(统计局投资处:某某)",
    "试读已结束,如需继续阅读,敬请充值下载",
    "该作品售价:10元",
  ].join("\n");
  test("a numbered heading that names a kind of document is the title; a note in brackets is none", () =>
    expect(metaOf(preview).title).toBe("一、上半年国民经济和社会发展计划执行情况"));
  test("the end of a free preview ends the text: the site's price is no figure", () => {
    const r = run(preview);
    expect(r.records.map((x) => x.value)).toEqual([455, 10]);
    expect(r.diagnostics.filter((d) => d.quote.includes("售价"))).toEqual([]);
  });
});

describe("a post with emoji about an autonomous county", () => {
  const post = [
    "🌟景宁2024年工作报告📜",
    "我谨代表景宁县政府,向大家汇报2023年的工作成果。",
    "🌈2023年,全县各族人民团结一心,以下是2023年工作回顾:",
    "1️⃣ 经济发展稳中向好,全年GDP同比增长8.5%,财政收入增长10%。",
    "2️⃣ 基础设施建设加快推进,投资100亿元,新增农村公路500公里。",
    "🎯2024年,确保GDP增长7%。📈",
    "景宁县政府2024年1月",
  ].join("\n");
  test("emoji are dropped and a keycap number is a list item's number", () =>
    expect(normaliseText(post).text).toContain("\n1. 经济发展稳中向好"));
  test("an autonomous county written as a county (景宁县) is that county", () =>
    expect(metaOf(post).region?.name).toBe("景宁畲族自治县"));
  test("a year after an emoji leads its passage: the list's results are that year's", () => {
    const r = run(post);
    expect(r.records.find((x) => x.value === 8.5)).toMatchObject({ kind: "actual", year: 2023 });
    expect(r.records.find((x) => x.value === 7)).toMatchObject({ kind: "target", year: 2024 });
  });
  test("a bare 投资 after a clause about works is the works', not the county's", () => {
    const r = run(post);
    expect(r.records.filter((x) => x.value === 100)).toEqual([]);
    expect(r.diagnostics.some((d) => d.message.startsWith("measure: 投资 of the works"))).toBe(true);
  });
});

describe("a county's undated industry news", () => {
  const news = [
    "2011年,嘉善县认真贯彻落实科学发展观,推进工业项目建设。",
    "全县完成工业总产值60.5亿元,增加值16.1亿元;其中规模以上工业实现产值22.1亿元,增加值6.9亿元。",
    "实施重点技术改造和新产品开发项目27个,当年竣工投产10个,完成投资3.2亿元。嘉善县",
  ].join("\n");
  test("发展 inside a noun (科学发展观) sets no target mood: what the county completed is a result", () =>
    expect(run(news).records.every((x) => x.kind === "actual" && x.year === 2011)).toBe(true));
  test("a bare 增加值 after a clause that measured an industry's output is that industry's", () =>
    expect(
      run(news)
        .records.filter((x) => x.indicator === "增加值")
        .map((x) => [x.subject, x.value]),
    ).toEqual([
      ["工业", 16.1],
      ["规模以上工业", 6.9],
    ]));
  test("the investment of projects counted by no plain name is a diagnostic, not the county's", () => {
    const r = run(news);
    expect(r.records.filter((x) => x.value === 3.2)).toEqual([]);
    expect(r.diagnostics.some((d) => d.message.includes("投资 of projects counted before"))).toBe(true);
  });
});

test("a numbered section that names a plan further down is no title of a speech", () =>
  expect(
    metaOf(
      [
        "工信局长在县委经济工作务虚会上的发言",
        "现就我县工业创新发展目前完成情况和2022年工作计划作如下汇报。",
        "一、2021年1-11月工业经济指标完成情况",
        "三、2022年工作计划",
      ].join("\n"),
    ).title,
  ).toBe("工信局长在县委经济工作务虚会上的发言"));

test("a paragraph's opening period gives way to the passage's own again after it", () => {
  const report = [
    "嘉善县2024年1-2月经济运行情况",
    "一、固定资产投资情况",
    "1-2月,全县固定资产投资43.6亿元,增长5.2%。",
    "二、重点项目建设情况",
    "省重点项目14宗,年度计划投资44.6亿元,完成投资6.5亿元。",
  ].join("\n");
  const r = run(report);
  expect(r.records.find((x) => x.value === 44.6)?.indicator).toBe("年度计划投资(1-2月)");
  expect(r.records.find((x) => x.value === 43.6)?.indicator).toBe("固定资产投资(1-2月)");
});

describe("a county bulletin with a census's revision of the year before", () => {
  const bulletin = [
    "2024年沛县国民经济和社会发展统计公报",
    "一、综合",
    "初步核算,全年全县生产总值800.5亿元,增长6.2%。",
    "2023年全国第五次经济普查结果:生产总值760.3亿元。",
    "年末全县常住人口77.6万人。",
    "全年全县税收收入完成16.2亿元,下降2.0%;非税收入完成7.48亿元,下降4.6%。",
  ].join("\n");
  test("a county of two characters named in the title is the home", () =>
    expect(metaOf(bulletin).region?.name).toBe("沛县"));
  test("the census's figure is its year's; the paragraphs of 年末 and 全年 after it are the bulletin's", () =>
    expectAll(bulletin, [
      { indicator: "地区生产总值", value: 800.5, year: 2024 },
      { indicator: "地区生产总值增速", value: 6.2, year: 2024 },
      { indicator: "地区生产总值", value: 760.3, year: 2023 },
      { indicator: "常住人口", value: 776000, year: 2024 },
      { indicator: "税收", value: 16.2, year: 2024 },
      { indicator: "税收降幅", value: 2, year: 2024 },
      { indicator: "非税收入", value: 7.48, year: 2024 },
      { indicator: "非税收入降幅", value: 4.6, year: 2024 },
    ]));
  test("a two-character county inside a word is no place", () =>
    expect(metaOf("信息县域经济发展报告\n全县地区生产总值增长6%。").region).toBeNull());
});

test("a report's credit line (…报道组出品, 采写:…) is no title", () =>
  expect(
    metaOf("3月27日上午,中山市人代会开幕。\n采写:某某\n南方都市报中山新闻部两会报道组出品").title,
  ).not.toMatch(/出品|采写/));

describe("a paragraph's lead or sub-heading that says a figure its paragraph states", () => {
  test("the lead's figure is no record of its own; the paragraph's, with its context, is", () => {
    const r = run(
      "宝鸡市统计局发布数据。\n用电量同比增长6.4%。1-5月,全市规模以上工业用电量31.2亿千瓦时,同比增长6.4%。\n",
      "2023年6月20日",
    );
    expect(r.records.map((x) => [x.indicator, x.quote.slice(0, 5)])).toEqual([
      ["规模以上工业用电量(1-5月)", "1-5月,"],
      ["规模以上工业用电量增速(1-5月)", "1-5月,"],
    ]);
    expect(r.diagnostics.filter((d) => /paragraph's lead/.test(d.message)).map((d) => d.quote)).toEqual([
      "用电量同比增长6.4%。",
    ]);
  });
  test("a sub-heading line over the paragraph likewise", () => {
    const r = run(
      "宝鸡市前5月工业运行平稳\n近日,宝鸡市统计局发布1-5月工业运行数据。\n工业用电量增长6.4%\n1-5月,全市规模以上工业用电量31.2亿千瓦时,同比增长6.4%。\n",
      "2023年6月20日",
    );
    expect(r.records.map((x) => x.quote.slice(0, 5))).toEqual(["1-5月,", "1-5月,"]);
    expect(r.diagnostics.filter((d) => /paragraph's lead/.test(d.message)).map((d) => d.quote)).toEqual([
      "工业用电量增长6.4%",
    ]);
  });
  test("a lead whose value the paragraph gives another measure keeps its record", () =>
    expectAll(
      "宝鸡市统计局发布数据。\n用电量同比增长6.4%。1-5月,全市规模以上工业增加值同比增长6.4%。\n",
      [
        { indicator: "用电量增速", value: 6.4 },
        { indicator: "规模以上工业增加值增速(1-5月)", value: 6.4 },
      ],
      "2023年6月20日",
    ));
});

describe("a county's congress opening, reported as news", () => {
  const news = [
    "沛县第十九届人民代表大会第三次会议开幕",
    "发布时间:2025-02-10",
    "县长代表县政府作政府工作报告。报告指出,2024年全年地区生产总值同比增长5.5%;固定资产投资同比增长8.1%。",
  ].join("\n");
  test("a county of two characters named before its congress is the home", () =>
    expect(metaOf(news).region?.name).toBe("沛县"));
  test("its figures are the county's", () =>
    expectAll(news, [
      { region: "沛县", indicator: "地区生产总值增速", value: 5.5, year: 2024 },
      { region: "沛县", indicator: "固定资产投资增速", value: 8.1, year: 2024 },
    ]));
});

test("a part of the year said alone is of the year its sentence named before it (2023年…成绩单,数据显示,前三季度…)", () =>
  expectAll(
    "近日,湖南省统计局发布了2023年经济成绩单,数据显示,前三季度全省实现地区生产总值3.7万亿元,同比增长4.4%。",
    [
      { region: "湖南省", indicator: "地区生产总值(前三季度)", value: 37000, year: 2023 },
      { region: "湖南省", indicator: "地区生产总值增速(前三季度)", value: 4.4, year: 2023 },
    ],
    "2024年2月5日",
  ));

test("in a digest looking back over five years under a year's review, sums and yearly averages are over those years", () =>
  expectAll(
    [
      "宝鸡市政府工作报告要点",
      "一、2025年工作回顾",
      "地区生产总值增长5.5%",
      "过去5年",
      "地区生产总值年均增长6.1%",
      "城镇新增就业累计超过30万人",
    ].join("\n"),
    [
      { indicator: "地区生产总值增速", value: 5.5, year: 2025 },
      { indicator: "地区生产总值年均增速(2021-2025)", value: 6.1, year: 2025 },
      { indicator: "城镇新增就业(2021-2025)", value: 300000, year: 2025 },
    ],
    "2026年3月5日",
  ));

describe("a news item's bylines and papers", () => {
  test("the place a reporter filed from (记者某某 北京报道) is no place the item is about", () => {
    const text =
      "某某报道记者王某 北京报道 1月5日,市人代会开幕,市长作政府工作报告。预计2024年嘉兴地区生产总值增长6%左右。";
    expect(metaOf(text).region?.name).not.toBe("北京市");
    expect(run(text).records.map((x) => [x.region, x.value])).toEqual([["嘉兴市", 6]]);
  });
  test("a text that speaks of itself as a city is its city paper's (某市手机报), not its province paper's", () => {
    const text = [
      "市人大代表审议政府工作报告",
      "浙江手机报 01-11 22:50 责编:湖州手机报",
      "代表们认为,过去一年,我市经济平稳发展。2023年,全市生产总值完成3000亿元,增长6%。",
    ].join("\n");
    expect(metaOf(text).region?.name).toBe("湖州市");
    expect(metaOf(text.replace("责编:湖州手机报", "责编:王某")).region).toBeNull();
  });
});

test("a building or a body named after a place (湖南投资大厦, 浙江大学) is no place of the figures", () => {
  const r = run(
    "2023年,XX区经济平稳。湖南投资大厦全口径税收超5亿元。浙江大学科研经费达到80亿元。",
    "2024年1月5日",
  );
  expect(r.records.filter((x) => x.region === "湖南省" || x.region === "浙江省")).toEqual([]);
});

test("a forum post's BBCode: the bulletin's title, genre and year reach its figures", () => {
  const post =
    "[align=center][size=3][b]2024年安远县国民经济和社会发展统计公报[/b][/size][/align]" +
    "[align=center][size=3]安远县统计局[/size][/align][align=center][size=3]2025年3月20日[/size][/align]" +
    "[align=left][size=3]2024年,全县地区生产总值完成1205000万元,同比增长5.2%。其中:第一产业增加值完成150000万元,同比增长3.1%。[/size][/align]" +
    "[align=left][size=3]全县居民消费价格总指数为100.6%。[/size][/align]";
  const r = run(post);
  expect(r.text.startsWith("2024年安远县国民经济和社会发展统计公报\n安远县统计局\n2025年3月20日\n")).toBe(
    true,
  );
  expect(r.records.map((x) => `${x.kind}:${x.year}:${x.subject ?? ""}${x.indicator}:${x.value}`)).toEqual([
    "actual:2024:地区生产总值:120.5",
    "actual:2024:地区生产总值增速:5.2",
    "actual:2024:第一产业增加值:15",
    "actual:2024:第一产业增加值增速:3.1",
    "actual:2024:居民消费价格总指数:100.6",
  ]);
});
