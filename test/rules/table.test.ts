import { expectAll, run } from "../helpers/extract-case";
import { extract } from "../../src/extract";
import { normaliseText } from "../../src/text/normalise";

const page = (caption: string, rows: string[][]) =>
  `<html><body><h2>${caption}</h2><table>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("")}</table><p>注:增速按可比价计算。</p></body></html>`;

const facts = (html: string, date?: string) =>
  run(html, date).records.map((r) => [r.region, r.indicator, r.value, r.unit, r.year, r.kind].join(" "));

describe("tables: a header row names the columns, each row a measure", () => {
  test("a statistics table with a unit column, a period and a growth column", () =>
    expect(
      facts(
        page("无锡市2024年1-6月主要经济指标", [
          ["指标", "单位", "1-6月", "同比增长(%)"],
          ["地区生产总值", "亿元", "7496.7", "5.6"],
          ["规模以上工业增加值", "亿元", "—", "7.8"],
          ["固定资产投资", "亿元", "—", "-1.4"],
        ]),
      ),
    ).toEqual([
      "无锡市 地区生产总值(1-6月) 7496.7 亿元 2024 actual",
      "无锡市 地区生产总值增速(1-6月) 5.6 % 2024 actual",
      "无锡市 规模以上工业增加值增速(1-6月) 7.8 % 2024 actual",
      "无锡市 固定资产投资降幅(1-6月) 1.4 % 2024 actual", // a fall: direction fall, the size of the fall
    ]));

  test("columns headed by year and by 完成/目标 decide year and kind; units in the label", () =>
    expect(
      facts(
        page("温州市主要指标", [
          ["指标", "2023年完成", "2024年目标"],
          ["地区生产总值(亿元)", "8730", "9300"],
          ["一般公共预算收入增长(%)", "8.2", "5"],
        ]),
        "2024年1月25日",
      ),
    ).toEqual([
      "温州市 地区生产总值 8730 亿元 2023 actual",
      "温州市 地区生产总值 9300 亿元 2024 target",
      "温州市 一般公共预算收入增速 8.2 % 2023 actual",
      "温州市 一般公共预算收入增速 5 % 2024 target",
    ]));

  test("money in 万元 is stored in 亿元", () =>
    expect(
      facts(
        page("平阳县2023年统计数据", [
          ["项目", "计量单位", "全年"],
          ["税收收入", "万元", "52000"],
        ]),
      ),
    ).toEqual(["平阳县 税收 5.2 亿元 2023 actual"]));

  test.each([
    [
      "rows that name no known measure",
      [
        ["指标", "单位", "数值"],
        ["某某活动参与度", "分", "87"],
      ],
    ],
    [
      "a table without a header row",
      [
        ["地区生产总值", "亿元", "7496.7"],
        ["固定资产投资", "亿元", "100"],
      ],
    ],
    [
      "a row with a merged cell",
      [
        ["指标", "单位", "1-6月", "同比增长(%)"],
        ["地区生产总值", "7496.7"],
      ],
    ],
    [
      "a unit that does not fit the measure",
      [
        ["指标", "单位", "数值"],
        ["地区生产总值", "%", "7.5"],
      ],
    ],
    [
      "a layout table of links",
      [
        ["首页", "新闻", "公开"],
        ["政策", "服务", "互动"],
      ],
    ],
  ])("nothing from %s", (_label, rows) =>
    expect(facts(page("无锡市2024年主要经济指标", rows as string[][]))).toEqual([]),
  );
});

describe("tables laid out with spaces (plain text, PDF conversions)", () => {
  const text = [
    "2023年无锡市主要经济指标",
    "",
    "指标名称              单位        全年        比上年增长(%)",
    "地区生产总值          亿元        15456.2     6.0",
    "一般公共预算收入      亿元        1150.1      5.0",
    "",
    "注:地区生产总值按可比价计算。",
  ].join("\n");

  test("rows of aligned cells are read like an HTML table's", () =>
    expect(facts(text)).toEqual([
      "无锡市 地区生产总值 15456.2 亿元 2023 actual",
      "无锡市 地区生产总值增速 6 % 2023 actual",
      "无锡市 一般公共预算收入 1150.1 亿元 2023 actual",
      "无锡市 一般公共预算收入增速 5 % 2023 actual",
    ]));

  test("prose with a double space is no table", () =>
    expect(
      facts(
        "2023年,无锡市实现地区生产总值15456.2亿元,  增长6%。\n全年一般公共预算收入1150.1亿元。",
        "2024年1月20日",
      ),
    ).toEqual([
      "无锡市 地区生产总值 15456.2 亿元 2023 actual",
      "无锡市 地区生产总值增速 6 % 2023 actual",
      "无锡市 一般公共预算收入 1150.1 亿元 2023 actual",
    ]));
});

describe("tables: any row label once the header says what the columns are", () => {
  const plan = page("绍兴市“十四五”规划主要指标", [
    ["指标", "单位", "2020年", "2025年目标"],
    ["研发经费支出占地区生产总值比重", "%", "2.8", "3.2"],
    ["高新技术企业数", "家", "1500", "2500"],
    ["亩均税收", "万元", "28", "35"],
    ["重点工作推进情况", "项", "—", "—"],
  ]);
  test("a share's owner and base, a count of things, a measure of its own", () => {
    const r = run(plan, "2021年3月1日").records;
    expect(
      r.map((x) => `${x.subject ?? ""}|${x.indicator ?? ""}|${x.value}|${x.unit}|${x.kind}|${x.year}`),
    ).toEqual([
      "研发经费支出|占地区生产总值比重|2.8|%|actual|2020",
      "研发经费支出|占地区生产总值比重|3.2|%|target|2025",
      "高新技术企业||1500|家|actual|2020",
      "高新技术企业||2500|家|target|2025",
      "|亩均税收|0.0028|亿元|actual|2020",
      "|亩均税收|0.0035|亿元|target|2025",
    ]);
  });
  test("a label that is a sentence, not a name, stays unread", () => {
    const r = run(
      page("绍兴市主要指标", [
        ["指标", "单位", "2023年"],
        ["全市上下坚持稳中求进推动发展", "亿元", "120"],
      ]),
      "2024年3月1日",
    );
    expect(r.records).toEqual([]);
  });
});

describe("a markdown table of plan, result and next year's plan", () => {
  const markdown = [
    "# 嘉善县2024年国民经济和社会发展主要指标",
    "",
    "| 指标 | 单位 | 2023年计划 | 2023年完成 | 2024年计划 |",
    "|---|---|---|---|---|",
    "| 地区生产总值增长 | % | 7 | 6.5 | 6.5 |",
    "| 亩均税收 | 万元/亩 | 35 | 36.2 | 38 |",
    "| 单位GDP能耗降低 | % | 3 | 3.2 | 完成省下达任务 |",
    "| 新增市场主体 | 户 | 12000 | 13512 | 13000 |",
    "",
    "2024年2月1日",
  ].join("\n");
  test("pipes are cells, the delimiter row goes, and the heading is the title", () => {
    const n = normaliseText(markdown);
    expect(n.text).toContain("指标\t单位\t2023年计划\t2023年完成\t2024年计划\n地区生产总值增长\t%\t7");
    expect(n.text).not.toContain("---");
    expect(extract("t", n.text).meta.title).toBe("嘉善县2024年国民经济和社会发展主要指标");
  });
  test("every row is read: a rate of money, a fall's size, new things counted by their deed", () =>
    expect(facts(markdown)).toEqual([
      "嘉善县 地区生产总值增速 7 % 2023 target",
      "嘉善县 地区生产总值增速 6.5 % 2023 actual",
      "嘉善县 地区生产总值增速 6.5 % 2024 target",
      "嘉善县 亩均税收 350000 元/亩 2023 target",
      "嘉善县 亩均税收 362000 元/亩 2023 actual",
      "嘉善县 亩均税收 380000 元/亩 2024 target",
      "嘉善县 单位地区生产总值能耗降幅 3 % 2023 target",
      "嘉善县 单位地区生产总值能耗降幅 3.2 % 2023 actual",
      "嘉善县 新增 12000 户 2023 target",
      "嘉善县 新增 13512 户 2023 actual",
      "嘉善县 新增 13000 户 2024 target",
    ]));
  test("a fall's row is a fall", () =>
    expect(
      run(markdown)
        .records.filter((r) => r.direction === "fall")
        .map((r) => r.value),
    ).toEqual([3, 3.2]));
  test("one line between pipes is no table", () =>
    expect(normaliseText("产值|增长\n| 地区生产总值 | 7000 |").text).toBe(
      "产值|增长\n| 地区生产总值 | 7000 |",
    ));
});

describe("a header of two rows, merged cells over the row below", () => {
  const html = `<html><body><h2>嘉善县2023年主要经济指标完成情况</h2><table>
    <tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">2023年</td><td colspan="2">2024年</td></tr>
    <tr><td>目标</td><td>完成</td><td>目标</td><td>预计</td></tr>
    <tr><td>地区生产总值</td><td>亿元</td><td>900</td><td>912.5</td><td>960</td><td>955</td></tr>
    <tr><td>规上工业增加值增长</td><td>%</td><td>8</td><td>8.6</td><td>8</td><td>7.5</td></tr>
    <tr><td>固定资产投资</td><td>亿元</td><td>400</td><td colspan="3">见附表</td></tr>
  </table></body></html>`;
  test("each value column is headed by its year and its kind", () =>
    expect(facts(html, "2024年1月20日")).toEqual([
      "嘉善县 地区生产总值 900 亿元 2023 target",
      "嘉善县 地区生产总值 912.5 亿元 2023 actual",
      "嘉善县 地区生产总值 960 亿元 2024 target",
      "嘉善县 地区生产总值 955 亿元 2024 target",
      "嘉善县 规上工业增加值增速 8 % 2023 target",
      "嘉善县 规上工业增加值增速 8.6 % 2023 actual",
      "嘉善县 规上工业增加值增速 8 % 2024 target",
      "嘉善县 规上工业增加值增速 7.5 % 2024 target",
    ]));
  test("a row whose cells do not line up with the header is shown as left out", () =>
    expect(
      run(html, "2024年1月20日").diagnostics.filter((d) => d.message.includes("cells under a header")),
    ).toHaveLength(1));
});

test("a table cell whose unit cannot be told is shown as left out, with why", () => {
  const r = run(
    page("嘉善县2023年主要指标", [
      ["指标", "2023年"],
      ["地区生产总值", "912.5"],
    ]),
    "2024年1月20日",
  );
  expect(r.records).toEqual([]);
  expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
    ["unit_unknown", "table cell 912.5: no unit in the row or the column"],
  ]);
});

describe("a table copied from a web page one cell per line", () => {
  const page = [
    "2023年上半年嘉兴市生产总值",
    "",
    "总量",
    "",
    "(亿元)",
    "",
    "比上年同期",
    "",
    "增长(%)",
    "",
    "地区生产总值",
    "",
    "3500.12",
    "",
    "-2.5",
    "",
    "按产业分",
    "",
    "第一产业",
    "",
    "80.5",
    "",
    "1.2",
    "",
    "第二产业",
    "",
    "1700.3",
    "",
    "-4.1",
    "",
    "# 金融业",
    "",
    "300.2",
    "",
    "6.0",
  ].join("\n");
  test("is put back into rows under its headings, a negative figure alone on a line kept", () =>
    expect(normaliseText(page).text).toContain(
      "总量(亿元)\t比上年同期增长(%)\n\n地区生产总值\t3500.12\t-2.5",
    ));
  test("its rows are read, a sector's row of the gross product as that sector's value added", () =>
    expect(
      run(page, "2023年7月20日").records.map((r) => [r.subject, r.indicator, r.value, r.direction]),
    ).toEqual([
      [null, "地区生产总值(上半年)", 3500.12, null],
      [null, "地区生产总值降幅(上半年)", 2.5, "fall"],
      ["第一产业", "增加值(上半年)", 80.5, null],
      ["第一产业", "增加值增速(上半年)", 1.2, "rise"],
      ["第二产业", "增加值(上半年)", 1700.3, null],
      ["第二产业", "增加值降幅(上半年)", 4.1, "fall"],
      ["金融业", "增加值(上半年)", 300.2, null],
      ["金融业", "增加值增速(上半年)", 6, "rise"],
    ]));
  test("a sector's row in a table of something else is no measure: said, not read", () => {
    const r = run("嘉兴市2023年统计\n指标\t数量(家)\n第一产业\t12\n第二产业\t30", "2024年1月20日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["measure_missing", "measure_missing"]);
  });
  test("rows under no header that names the columns are said to be left out", () => {
    const r = run("嘉兴市2023年统计\n地区生产总值\t3500.12\t-2.5\n第一产业\t80.5\t1.2", "2024年1月20日");
    expect(r.records).toEqual([]);
    expect(r.diagnostics.filter((d) => /no header/.test(d.message))).toHaveLength(2);
  });
});

describe("a yearbook's table: caption rows, a header of years, sections of shares and indices", () => {
  const text = [
    "浙江省统计年鉴",
    "| 3-1 全社会增加值 | | | |",
    "| 单位:亿元 | | | |",
    "| 项目 | 2015 | 2020 | 2023 |",
    "| 地区生产总值 | 4270.5 | 6460.2 | 8120.9 |",
    "| 第一产业 | 300.1 | 410.6 | 460.3 |",
    "| 增加值指数(上年=100) | 107.2 | 103.9 | 106.1 |",
    "| 第一产业 | 102.1 | 101.8 | 103.2 |",
    "| 增加值构成(%) | 100.00 | 100.00 | 100.00 |",
    "| 第一产业 | 7.0 | 6.4 | 5.7 |",
  ].join("\n");
  test("each year column dates its figures, the caption's unit is the rows'; indices and shares are left out", () =>
    expect(facts(text)).toEqual([
      "浙江省 地区生产总值 4270.5 亿元 2015 actual",
      "浙江省 地区生产总值 6460.2 亿元 2020 actual",
      "浙江省 地区生产总值 8120.9 亿元 2023 actual",
      "浙江省 增加值 300.1 亿元 2015 actual",
      "浙江省 增加值 410.6 亿元 2020 actual",
      "浙江省 增加值 460.3 亿元 2023 actual",
    ]));
});

test("money per person in a table's 元 column stays in 元 (人均可支配收入 24110 元)", () =>
  expectAll(
    [
      "宝鸡市2024年1-6月主要经济指标",
      "指标名称\t单位\t1-6月\t同比增长(%)",
      "社会消费品零售总额\t亿元\t620.3\t4.8",
      "城镇常住居民人均可支配收入\t元\t24110\t4.6",
    ].join("\n"),
    [
      { indicator: "社会消费品零售总额(1-6月)", value: 620.3, unit: "亿元" },
      { indicator: "社会消费品零售总额增速(1-6月)", value: 4.8 },
      { subject: "城镇常住居民", indicator: "人均可支配收入(1-6月)", value: 24110, unit: "元" },
      { subject: "城镇常住居民", indicator: "人均可支配收入增速(1-6月)", value: 4.6 },
    ],
    "2024年7月25日",
  ));

test("a target-versus-result table: units with a scale (万人, 万元) and a change column comparing the results' period", () =>
  expectAll(
    [
      "宝鸡市2024年主要经济指标完成情况",
      "| 指标 | 单位 | 2024年目标 | 1-6月完成 | 同比增长(%) |",
      "| --- | --- | --- | --- | --- |",
      "| 一般公共预算收入 | 万元 | 1100000 | 551000 | 2.5 |",
      "| 城镇新增就业 | 万人 | 4 | 2.3 | — |",
    ].join("\n"),
    [
      { indicator: "一般公共预算收入", value: 110, unit: "亿元", kind: "target", year: 2024 },
      { indicator: "一般公共预算收入(1-6月)", value: 55.1, unit: "亿元", kind: "actual" },
      { indicator: "一般公共预算收入增速(1-6月)", value: 2.5, kind: "actual" },
      { indicator: "城镇新增就业", value: 40000, unit: "人", kind: "target", year: 2024 },
      { indicator: "城镇新增就业(1-6月)", value: 23000, unit: "人", kind: "actual" },
    ],
    "2024年7月25日",
  ));

describe("a plan's table of its main indicators, grouped by a column before the measures", () => {
  const plan = [
    "嘉兴市秀洲区国民经济和社会发展第十五个五年规划纲要",
    "2026年2月20日",
    "",
    "专栏1 “十五五”时期主要指标",
    "",
    "| 类别 | 指标 | 单位 | 2025年 | 2030年 | 年均增长 | 属性 |",
    "|---|---|---|---|---|---|---|",
    "| 经济发展 | 地区生产总值 | 亿元 | 1000 | 1280 | 5%左右 | 预期性 |",
    "| 创新驱动 | 高新技术企业数量 | 家 | 600 | 900 | — | 预期性 |",
    "| 民生福祉 | 城镇调查失业率 | % | 4.5 | <5 | — | 预期性 |",
  ].join("\n");
  test("the measure is read from the 指标 column, never the group's; a year after the plan's own is a target", () =>
    expect(facts(plan)).toEqual([
      "秀洲区 地区生产总值 1000 亿元 2025 actual",
      "秀洲区 地区生产总值 1280 亿元 2030 target",
      "秀洲区 地区生产总值年均增速 5 % 2030 target",
      "秀洲区 数量 600 家 2025 actual",
      "秀洲区 数量 900 家 2030 target",
      "秀洲区 城镇调查失业率 4.5 % 2025 actual",
      "秀洲区 城镇调查失业率 5 % 2030 target",
    ]));
  test("a cell of a bound (<5, 5%左右) keeps its comparator; a yearly average is the last year's column's", () => {
    const r = run(plan);
    const avg = r.records.find((x) => x.indicator === "地区生产总值年均增速");
    expect([avg?.value, avg?.unit, avg?.comparator, avg?.year, avg?.kind]).toEqual([
      5,
      "%",
      "approx",
      2030,
      "target",
    ]);
    const bound = r.records
      .filter((x) => x.indicator === "城镇调查失业率")
      .map((x) => [x.comparator, x.value, x.year]);
    expect(bound).toEqual([
      ["eq", 4.5, 2025],
      ["lt", 5, 2030],
    ]);
  });
  test("a fall over the plan's years in brackets, [14], is the 2030 target's size; a level in brackets is none", () => {
    const table = plan
      .replace(
        "| 民生福祉 |",
        "| 绿色低碳 | 单位地区生产总值能耗降低 | % | — | [14] | — | 约束性 |\n| 民生福祉 |",
      )
      .replace("| 600 | 900 |", "| 600 | [900] |");
    const r = run(table);
    const fall = r.records.find((x) => x.indicator === "单位地区生产总值能耗降幅");
    expect([fall?.value, fall?.direction, fall?.year, fall?.kind]).toEqual([14, "fall", 2030, "target"]);
    expect(r.records.some((x) => x.value === 900)).toBe(false);
  });
  test("a change summed over the plan's years in brackets under 年均增长 is no yearly one: a rate's is in points", () => {
    const table = plan.replace(
      "| 民生福祉 |",
      "| 创新驱动 | 研发经费投入强度 | % | 3.5 | 4 | [0.5] | 预期性 |\n| 创新驱动 | 研发投入 | 亿元 | 40 | 60 | [250] | 预期性 |\n| 民生福祉 |",
    );
    const r = run(table);
    expect(
      r.records
        .filter((x) => x.indicator?.startsWith("研发"))
        .map((x) => `${x.indicator} ${x.value} ${x.unit}`),
    ).toEqual([
      "研发经费投入强度 3.5 %",
      "研发经费投入强度 4 %",
      "研发经费投入强度提高百分点 0.5 百分点",
      "研发投入 40 亿元",
      "研发投入 60 亿元",
    ]);
  });
  test("a row whose group's label is merged down from the row above (its first cell missing) is read under its measure", () => {
    const table = plan.replace(
      "| 创新驱动 | 高新技术企业数量 |",
      "| 经济发展 | 人均地区生产总值 | 万元 | 15 | 19 | — | 预期性 |\n| 创新驱动 | 高新技术企业数量 |",
    );
    const merged = table.replace("| 经济发展 | 人均地区生产总值 |", "| 人均地区生产总值 |");
    const values = (t: string) =>
      run(t)
        .records.filter((x) => x.indicator === "人均地区生产总值")
        .map((x) => `${x.value} ${x.year}`);
    expect(values(merged)).toEqual(["150000 2025", "190000 2030"]);
    expect(values(merged)).toEqual(values(table));
  });
  test("a 5%左右 in a column of levels in 亿元 is said to be left out, not read", () => {
    const table = plan.replace("| 1000 | 1280 |", "| 1000 | 5%左右 |");
    const r = run(table);
    expect(r.records.some((x) => x.indicator === "地区生产总值" && x.year === 2030)).toBe(false);
  });
});

// a plan-execution table's 预计完成 column holds estimated results, not targets; so does an estimate for a year gone by
// (2025年预计 in a text of 2026), while one ahead (2026年预计) is that year's target
test.each([
  ["2025年预计完成", "2026年计划"],
  ["2025年预计", "2026年预计"],
])("a plan-execution table with columns 2025年计划 | %s | %s", (done, ahead) =>
  expect(
    facts(
      [
        "关于秀洲区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告",
        "2026年1月15日",
        "",
        `| 指标 | 单位 | 2025年计划 | ${done} | ${ahead} |`,
        "|---|---|---|---|---|",
        "| 一般公共预算收入 | 亿元 | 80 | 78.5 | 82 |",
      ].join("\n"),
    ),
  ).toEqual([
    "秀洲区 一般公共预算收入 80 亿元 2025 target",
    "秀洲区 一般公共预算收入 78.5 亿元 2025 actual",
    "秀洲区 一般公共预算收入 82 亿元 2026 target",
  ]),
);

test("a column of progress against the plan (完成率(%)) holds no level of the measure: its cells are diagnostics", () => {
  const r = run(
    [
      "桐乡市2025年计划执行情况与2026年计划草案的报告",
      "2026年1月10日",
      "附表 主要指标完成情况",
      "指标\t单位\t2025年计划\t2025年完成\t完成率(%)\t2026年预期",
      "地区生产总值增长\t%\t6\t6.5\t108.3\t6左右",
      "城镇新增就业\t人\t12000\t13500\t112.5\t12000",
    ].join("\n"),
  );
  expect(r.records.map((x) => `${x.indicator} ${x.kind} ${x.year} ${x.value}`)).toEqual([
    "地区生产总值增速 target 2025 6",
    "地区生产总值增速 actual 2025 6.5",
    "地区生产总值增速 target 2026 6",
    "城镇新增就业 target 2025 12000",
    "城镇新增就业 actual 2025 13500",
    "城镇新增就业 target 2026 12000",
  ]);
  expect(r.diagnostics.filter((d) => /progress against a plan/.test(d.message)).length).toBe(2);
});

test("a rank column named after what it ranks (增速全市排名) holds no growth", () => {
  const r = run(
    [
      "桐乡市2025年1-6月主要经济指标",
      "2025年7月20日",
      "指标名称\t计量单位\t1-6月\t同比增长(%)\t增速全市排名",
      "地区生产总值\t亿元\t720.5\t6.1\t2",
      "进出口总额\t亿元\t560\t-3.5\t5",
    ].join("\n"),
  );
  expect(r.records.map((x) => `${x.indicator} ${x.value}`)).toEqual([
    "地区生产总值(1-6月) 720.5",
    "地区生产总值增速(1-6月) 6.1",
    "进出口总额(1-6月) 560",
    "进出口总额降幅(1-6月) 3.5",
  ]);
});

describe("a bulletin's table with the year before's column and a rate's change", () => {
  const r = run(
    [
      "桐乡市2025年1-6月主要经济指标",
      "2025年7月20日",
      "指标\t单位\t本期\t上年同期\t增长(%)",
      "地区生产总值\t亿元\t720.5\t680.2\t6.1",
      "城镇调查失业率\t%\t4.8\t5.0\t-0.2",
    ].join("\n"),
  );
  test("the same period of the year before (上年同期) is no figure of the table's year", () =>
    expect(r.records.map((x) => `${x.indicator} ${x.value}`)).toEqual([
      "地区生产总值(1-6月) 720.5",
      "地区生产总值增速(1-6月) 6.1",
      "城镇调查失业率(1-6月) 4.8",
    ]));
  test("a rate's change under a column in % (points or percent, unsaid) is a diagnostic", () =>
    expect(r.diagnostics.filter((d) => /a rate's change/.test(d.message)).length).toBe(1));
});

test("a column summed over the plan's years (“十五五”累计) holds the plan's sums, not figures of the text's year", () => {
  const r = run(
    [
      "桐乡市“十五五”规划纲要",
      "2026年2月1日",
      "专栏1 主要指标",
      "指标\t单位\t2025年\t2030年\t“十五五”累计\t属性",
      "新增城镇就业\t万人\t—\t—\t[6]\t预期性",
      "单位GDP能耗降低\t%\t—\t—\t[14]\t约束性",
      "常住人口城镇化率\t%\t70\t74\t[4]\t预期性",
      "地区生产总值\t亿元\t1500\t2000\t>6\t预期性",
    ].join("\n"),
  );
  expect(
    r.records
      .filter((x) => x.indicator?.endsWith("(2026-2030)"))
      .map((x) => `${x.indicator} ${x.value} ${x.unit} ${x.kind} ${x.year}`),
  ).toEqual([
    "新增(2026-2030) 60000 人 target 2030",
    "单位地区生产总值能耗降幅(2026-2030) 14 % target 2030",
    "常住人口城镇化率提高百分点(2026-2030) 4 百分点 target 2030",
  ]);
  expect(r.records.filter((x) => x.indicator === "地区生产总值").map((x) => x.value)).toEqual([1500, 2000]);
});

test("常住人口城镇化率 is one measure in a table's row as in a sentence, not 城镇化率 of 常住人口", () => {
  const table = run(
    [
      "桐乡市“十五五”规划纲要",
      "2026年2月1日",
      "指标\t单位\t2025年\t2030年",
      "常住人口城镇化率\t%\t70\t74",
    ].join("\n"),
  );
  const sentence = run("桐乡市“十五五”规划纲要\n到2030年,全市常住人口城镇化率达到74%。", "2026年2月1日");
  expect(table.records.map((x) => `${x.subject} ${x.indicator}`)).toEqual([
    "null 常住人口城镇化率",
    "null 常住人口城镇化率",
  ]);
  expect(sentence.records.map((x) => `${x.subject} ${x.indicator}`)).toEqual(["null 常住人口城镇化率"]);
});
