import { expectAll, expectNone, expectOne, run } from "../helpers/extract-case";

const D = "2020年5月6日";

describe("count: (动词) NP N个 / 动词 N个 NP", () => {
  test.each([
    ["今年,重庆市将新建5G基站3万个。", { subject: "5G基站", value: 30000, unit: "个", mention: "3万个" }],
    [
      "今年,重庆市将培育引进大数据智能化企业1000家。",
      { subject: "大数据智能化企业", value: 1000, unit: "家" },
    ],
    ["今年,重庆市将完成4个基础数据库集中部署。", { subject: "基础数据库", value: 4, unit: "个" }],
    ["今年,重庆市市级共享数据突破3500类。", { subject: "市级共享数据", value: 3500, comparator: "gt" }],
    ["今年,重庆市将打造30个典型智能化应用场景。", { subject: "典型智能化应用场景", value: 30 }],
    // (projects planned are counted by what they are, 谋划 the deed)
    ["今年,重庆市将谋划工业项目150个以上。", { subject: "工业项目", value: 150, comparator: "gte" }],
  ])("%s", (text, expected) =>
    expectOne(text, { kind: "target", region: "重庆市", year: 2020, ...expected } as never, D),
  );

  test.each([
    ["今年禅城区计划引进1~2家连锁企业总部。", { value: 1, valueMax: 2, comparator: "range", unit: "家" }],
    [
      "今年禅城区计划举办2—4场次对接活动,引进1~2家连锁企业总部。",
      { value: 1, valueMax: 2, comparator: "range", unit: "家" },
    ],
    [
      "佛山高新区争取年内建立一到两个试点园区。",
      { value: 1, valueMax: 2, comparator: "range", unit: "个", subject: "试点园区" },
    ],
  ])("ranges: %s", (text, expected) => expectOne(text, { kind: "target", ...expected } as never, D));

  test("present state is an actual", () =>
    expectOne(
      "目前,禅城区有国家级孵化器4个。",
      { kind: "actual", subject: "国家级孵化器", value: 4, region: "禅城区" },
      "2018年1月22日",
    ));

  test.each([
    ["佛山高新区以“五个坚持”为抓手,推动三个转变。"],
    ["今年将出台3份文件。"],
    ["园区组建了1支党员机动队。"],
  ])("no record: %s", (t) => expectNone(t, D));
});

describe("count with a copula, and the growth of the thing counted", () => {
  test("政务服务办件为13457件,同比增长24.5%", () =>
    expectAll(
      "2020年,湘潭高新区政务服务办件为13457件,同比增长24.5%。",
      [
        {
          kind: "actual",
          region: "湘潭高新区",
          subject: "政务服务办件",
          value: 13457,
          unit: "件",
          year: 2020,
          mention: "13457件",
        },
        {
          kind: "actual",
          region: "湘潭高新区",
          subject: "政务服务办件",
          indicator: "增速",
          value: 24.5,
          unit: "%",
          year: 2020,
        },
      ],
      "2021年3月1日",
    ));
});

describe("a short quoted name inside the counted thing", () => {
  test("新增国家级专精特新“小巨人”企业28家", () =>
    expectOne(
      "去年,温州市新增国家级专精特新“小巨人”企业28家。",
      { kind: "actual", subject: "国家级专精特新“小巨人”企业", value: 28, year: 2023 },
      "2024年1月25日",
    ));
  test("a number inside the quotes is still no figure", () =>
    expectNone("温州市实施“510”工程,打造“1+1+N”产业体系。", "2024年1月25日"));
});

describe("lists of counted things", () => {
  test("each item of “NP N家、NP N家” gets its own record", () =>
    expectAll(
      "到2026年,成都市培育链主企业5家、上市企业3家,建成通用机场6个、垂直起降点200个以上,开通低空航线100条。",
      [
        { subject: "链主企业", value: 5, unit: "家", year: 2026, kind: "target" },
        { subject: "上市企业", value: 3, unit: "家", mention: "3家" },
        { subject: "通用机场", value: 6, unit: "个" },
        { subject: "垂直起降点", value: 200, comparator: "gte" },
        { subject: "低空航线", value: 100, unit: "条" },
      ],
      D,
    ));

  test("names listed before one figure are not split: the figure may count them all", () =>
    expectNone("今年,重庆市将培育高新技术企业、专精特新企业100家。", D));

  test("a total after a count is the total of the thing counted", () =>
    expectAll(
      "2019年,合肥市新增国家高新技术企业2500家以上,总数突破8000家。",
      [
        { subject: "国家高新技术企业", value: 2500, comparator: "gte", kind: "actual" },
        { subject: "国家高新技术企业", indicator: "总数", value: 8000, comparator: "gt", kind: "actual" },
      ],
      D,
    ));

  test("a total with nothing counted before it is not recorded", () =>
    expectNone("2019年,合肥市总数突破8000家。", D));
});

test("a change after a count is the change of the thing counted (较上年净增98家)", () =>
  expectAll(
    "2023年,株洲高新区高新技术企业突破600家,较上年净增98家。",
    [
      { subject: "高新技术企业", indicator: null, value: 600, comparator: "gt", kind: "actual" },
      { subject: "高新技术企业", indicator: "净增", value: 98, kind: "actual" },
    ],
    "2024年1月20日",
  ));

test("a count of a class of things by size, in running text, is a target of its own", () =>
  expectOne(
    "到2027年,浙江省培育新增3—4个万亿元级先进制造业集群。",
    { subject: "万亿元级先进制造业集群", indicator: "数量", value: 3, valueMax: 4, unit: "个", year: 2027 },
    "2024年1月1日",
  ));

describe("counts whose thing is said elsewhere", () => {
  const D24 = "2024年1月1日";
  test("a level alone counts what the list before counted (省级孵化器7个,市级9个)", () =>
    expectAll(
      "2023年,绍兴市有国家级孵化器3个,省级孵化器8个,市级12个。",
      [
        { subject: "国家级孵化器", value: 3 },
        { subject: "省级孵化器", value: 8 },
        { subject: "市级孵化器", value: 12 },
      ],
      D24,
    ));
  test("a count opening its clause, its deed after it (129个项目签约落地)", () =>
    expectOne(
      "2023年,绍兴高新区举行集中签约活动,56个重点项目现场签约。",
      { subject: "签约项目", value: 56 },
      D24,
    ));
  test("of names joined by 、 the last, when it alone names a countable thing", () => {
    expectOne(
      "到2025年,绍兴市统一提供共性技术、业务协同能力组件150个。",
      { subject: "业务协同能力组件", value: 150 },
      D24,
    );
    expectNone("2023年,绍兴市新增瞪羚及潜在、种子独角兽企业12家。", D24);
  });
  test("times of a deed (组织3次以上…进行招商拓展)", () =>
    expectOne(
      "2024年,绍兴市将组织3次以上商圈企业到发达地区进行招商拓展。",
      { subject: "招商拓展", value: 3, unit: "次" },
      D24,
    ));
});

test("a total after a change of the thing counted, and registrations counted", () =>
  expectAll(
    "2023年,绍兴高新区高新技术企业连续两年净增超过100家,总数达到600家;企业技术合同登记900项。",
    [
      { subject: "高新技术企业", indicator: "总数", value: 600, kind: "actual" },
      { subject: "企业技术合同登记", value: 900, unit: "项", kind: "actual" },
    ],
    "2024年1月1日",
  ));

test("形成 and 布局 count what they form", () =>
  expectAll(
    "到2027年,浙江省力争形成2~3个世界级先进制造业集群,先导布局3~5个未来产业链。",
    [
      { subject: "世界级先进制造业集群", value: 2, valueMax: 3, kind: "target", year: 2027 },
      { subject: "未来产业链", value: 3, valueMax: 5, kind: "target", year: 2027 },
    ],
    "2024年1月1日",
  ));

test("a size class counts the thing counted before it (其中万亿级7个、5000亿级3个)", () =>
  expectAll(
    "到2027年,浙江省建成8个重大先进制造业集群,其中万亿级3个、5000亿级5个。",
    [
      { subject: "重大先进制造业集群", value: 8 },
      { subject: "万亿级先进制造业集群", value: 3 },
      { subject: "5000亿级先进制造业集群", value: 5 },
    ],
    "2024年1月1日",
  ));

describe("deeds done to firms and sites: 整治提升, 淘汰, 改造", () => {
  test.each([
    ["到2023年,绍兴市整治提升低效企业3000家。", "低效企业", 3000],
    ["到2023年,绍兴市淘汰落后产能企业500家。", "落后产能企业", 500],
    ["到2023年,绍兴市改造提升传统产业园区20个。", "传统产业园区", 20],
  ])("%s", (text, subject, value) =>
    expectOne(text, { subject, value, kind: "target", year: 2023 }, "2021年6月1日"),
  );

  test("a deed and a count alone count the kind of thing the clause before counted", () =>
    expectAll(
      "到2023年,绍兴市淘汰落后产能企业500家,整治提升1000家。",
      [
        { subject: "落后产能企业", value: 500 },
        { subject: "企业", indicator: "整治提升", value: 1000, unit: "家", kind: "target", year: 2023 },
      ],
      "2021年6月1日",
    ));
  test("…but not in another unit", () =>
    expectAll(
      "到2023年,绍兴市淘汰落后产能企业500家,整治提升1000个。",
      [{ subject: "落后产能企业", value: 500 }],
      "2021年6月1日",
    ));
});

test("a class of firm by size (千亿级链主企业) is no size target", () => {
  const r = run("到2025年,绍兴市培育千亿级链主企业和产业生态主导型企业。", "2021年6月1日");
  expect(r.records).toEqual([]);
});

describe("counts that continue a list after one verb", () => {
  test("each counts the thing ending its own clause, a modifier with 、 and 的 before it", () =>
    expectAll(
      "到2027年,绍兴市打造10家营收超百亿元的链主企业,40家具有核心技术、国内领先的专精特新企业,200家规上软件和信息服务企业。",
      [
        { subject: "链主企业", value: 10, unit: "家", kind: "target", year: 2027 },
        { subject: "专精特新企业", value: 40, unit: "家", kind: "target", year: 2027 },
        { subject: "规上软件和信息服务企业", value: 200, unit: "家", kind: "target", year: 2027 },
      ],
      "2024年1月1日",
    ));
  test("clauses that say something else of some of them are no items of the list", () =>
    expectAll(
      "2023年,绍兴市新增50家规上企业,30家位于高新区,20家实现上市。",
      [{ subject: "规上企业", value: 50, unit: "家", kind: "actual" }],
      "2024年3月1日",
    ));
});

describe("a count and the title its things were granted", () => {
  test("58家获批…企业, 12家入选…工厂: the title is the thing counted", () =>
    expectAll(
      "2020年,绍兴市58家获批浙江省专精特新企业,12家入选国家级绿色工厂。",
      [
        { subject: "浙江省专精特新企业", value: 58, unit: "家", kind: "actual" },
        { subject: "国家级绿色工厂", value: 12, unit: "家", kind: "actual" },
      ],
      "2021年3月1日",
    ));
});

describe("a count of new things is not a count of all there are", () => {
  test.each([
    ["到2027年,绍兴市新增规模以上工业企业800家以上。", "新增"],
    ["2023年,绍兴市净增高新技术企业120家。", "净增"],
    ["到2027年,绍兴市新认定专精特新企业60家。", "新增"],
    ["到2027年,绍兴市新引进研发机构15个。", "新增"],
    ["到2027年,绍兴市规模以上工业企业达到8000家以上。", null],
    ["到2027年,绍兴市培育专精特新企业600家。", null],
  ])("%s", (text, indicator) => {
    const r = run(text, "2024年1月1日");
    expect(r.records.map((x) => x.indicator)).toEqual([indicator]);
    expect(r.records[0].subject).not.toMatch(/^新/);
  });
});

describe("a count after the thing it counts, a modifier with 的 before the thing", () => {
  test("培育营收百亿级的链主企业3家以上 counts 链主企业", () =>
    expectOne(
      "到2027年,绍兴市培育营收百亿级的链主企业3家以上。",
      { subject: "链主企业", value: 3, unit: "家", comparator: "gte", kind: "target", year: 2027 },
      "2024年1月1日",
    ));
});

describe("fields a plan counts", () => {
  test("在3-5个…领域形成竞争优势 counts the fields, as a range", () =>
    expectAll(
      "到2027年,嘉兴市在3-5个关键材料领域形成竞争优势,在1-2个未来材料领域取得突破。",
      [
        { subject: "关键材料领域", value: 3, valueMax: 5, comparator: "range", kind: "target", year: 2027 },
        { subject: "未来材料领域", value: 1, valueMax: 2, comparator: "range", kind: "target", year: 2027 },
      ],
      "2025年1月1日",
    ));
  test("a count after 在 that names no field is no count of fields", () =>
    expectNone("2024年,嘉兴市在3个园区开展试点工作。", "2025年1月1日"));
});

describe("new things and the total of them, listed with 、", () => {
  test("the total after 、 is of the thing just counted; the name holds no figure", () =>
    expectAll(
      "2023年,宜宾市新增规上工业企业175户、总数达到665户;新增市场主体1.2万户,总数达到25万户。",
      [
        { subject: "规上工业企业", indicator: "新增", value: 175, unit: "户" },
        { subject: "规上工业企业", indicator: "总数", value: 665, unit: "户" },
        { subject: "市场主体", indicator: "新增", value: 12000, unit: "户" },
        { subject: "市场主体", indicator: "总数", value: 250000, unit: "户" },
      ],
      "2024年1月2日",
    ));
});

test("实现 before a count of things: how many there are to be", () =>
  expectOne(
    "到2025年,宜宾市实现上市企业35家以上。",
    { subject: "上市企业", value: 35, unit: "家", comparator: "gte", kind: "target", year: 2025 },
    "2021年12月9日",
  ));

test("新设 counts new things as 新增 does", () =>
  expectOne(
    "2024年,平阳县新设市场主体2.64万户。",
    { subject: "市场主体", indicator: "新增", value: 26400, unit: "户", kind: "actual" },
    "2025年3月1日",
  ));

test("在册 things at the year's end are counted as 拥有 ones are", () =>
  expectOne(
    "2024年末,平阳县在册市场主体15.71万户。",
    { subject: "市场主体", value: 157100, unit: "户", kind: "actual" },
    "2025年3月1日",
  ));

test("a verb-like word after 及 starts the next item of the thing counted (企业及服务机构), not a deed", () =>
  expectAll(
    "今年,西安市新增示范企业及服务机构20家,新增省级以上智能制造试点示范企业及服务机构30户以上。",
    [{ subject: "示范企业及服务机构", indicator: "新增", value: 20, unit: "家" }],
    "2022年1月1日",
  ));

test.each([
  [
    "力争到2027年,湖州市培育2个世界级、4个国家级、8个省级先进制造业集群。",
    ["世界级先进制造业集群 2", "国家级先进制造业集群 4", "省级先进制造业集群 8"],
  ],
  [
    "力争到2027年,湖州市打造形成1个全球性、2个全国性、6个长三角区域性先进制造业集群。",
    ["全球性先进制造业集群 1", "全国性先进制造业集群 2", "长三角区域性先进制造业集群 6"],
  ],
])("classes by rank or reach share the head noun written last: %s", (text, expected) =>
  expect(run(text, "2024年1月1日").records.map((r) => `${r.subject} ${r.value}`)).toEqual(expected),
);

test("a count of projects whose deed is counted after it (860个市级重大项目开工842个) counts the projects, not the deed", () => {
  const r = run("1-6月,银川市860个市级重大项目开工842个,完成投资410亿元。", "2023年7月20日");
  expect(r.records.filter((x) => x.unit === "个").map((x) => [x.subject, x.value])).toEqual([
    ["市级重大项目", 860],
  ]);
});

test("a count in Chinese numerals after a deed that brings new things in is a figure; one of a slogan is not", () =>
  expectAll(
    "2023年,惠州市新增两家上市公司,新培育五家专精特新企业,形成三个中心。",
    [
      { subject: "上市公司", value: 2, unit: "家" },
      { subject: "专精特新企业", value: 5, unit: "家" },
    ],
    "2024年2月1日",
  ));

describe("a later deadline with a bare predicate reaches the count of the thing counted before it", () => {
  test("…达到120个;到2028年,达到180个左右", () =>
    expectAll(
      "到2025年,宝鸡市市级以上企业技术中心达到120个;到2028年,达到180个左右。",
      [
        { subject: "市级以上企业技术中心", value: 120, year: 2025, kind: "target" },
        { subject: "市级以上企业技术中心", value: 180, year: 2028, comparator: "approx", kind: "target" },
      ],
      "2024年3月1日",
    ));
  test("with no deadline between, a bare predicate names nothing", () => {
    const r = run("到2025年,宝鸡市市级以上企业技术中心达到120个,达到180个左右。", "2024年3月1日");
    expect(r.records.map((x) => x.value)).toEqual([120]);
  });
  test("nor does a count in another unit", () => {
    const r = run("到2025年,宝鸡市市级以上企业技术中心达到120个;到2028年,达到180家。", "2024年3月1日");
    expect(r.records.map((x) => x.value)).toEqual([120]);
  });
});

test("a place speaking of itself (全镇, 全市) is no thing counted", () =>
  expectNone("2024年,嘉兴市全面完成全镇21个自然庄复耕任务工作。", "2025年2月1日"));

test("新设立 is one deed: what it counts is whole (外商投资企业, not 立外商投资企业)", () =>
  expectAll(
    "2024年,湖州市新设立外商投资企业81家,新设立市场主体7955户。",
    [
      { subject: "外商投资企业", indicator: "新增", value: 81 },
      { subject: "市场主体", indicator: "新增", value: 7955 },
    ],
    "2025年2月1日",
  ));

test("a part of the year before a count's deed (10月份新增规模企业6家) is its period, no part of what is counted", () => {
  const r = run(
    "1-10月,宜昌市工业运行平稳。10月份新增规模企业6家。截至7月底未开工项目共5个。",
    "2025年11月20日",
  );
  expect(r.records.map((x) => [x.subject, x.value].join(" "))).toEqual(["规模企业 6", "未开工项目 5"]);
});

test("a thing and its count alone after a clause of new things (新增高新技术企业80家,科技型中小企业200家) are new too", () =>
  expect(
    run(
      "德清县2025年计划执行情况与2026年计划草案的报告\n三、2026年重点工作\n新增高新技术企业80家,科技型中小企业200家;培育专精特新企业30家。",
      "2025年12月30日",
    ).records.map((r) => `${r.subject} ${r.indicator} ${r.value}`),
  ).toEqual(["高新技术企业 新增 80", "科技型中小企业 新增 200", "专精特新企业 null 30"]));
