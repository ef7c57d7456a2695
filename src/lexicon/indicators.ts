/** What the name of a measure of money ends with (a bare 亿 after it is 亿元): 财政总收入, 技改投资, 减征税费. */
export const MONEY_HEAD =
  /(?:收入|产值|总额|额|投资|投入|增加值|总量|支出|资金|税收|税费|费用|补贴|奖励|贷款|利润|规模|外资)$/;

/**
 * What the name of an amount ends with, of money or of things: MONEY_HEAD's, and 产量, 用电量, 吞吐量, 播种面积, and the
 * floor areas of building statistics (施工面积, 竣工面积, 销售面积…)
 */
export const AMOUNT_HEAD = new RegExp(
  `${MONEY_HEAD.source}|(?:产量|用量|电量|消费量|吞吐量|客运量|货运量|周转量|蓄积量|装机容量|播种面积|种植面积|造林面积|施工面积|新开工面积|竣工面积|销售面积)$`,
);

/** Measures of trade, whose goods may follow the verb: 出口机电产品1.3万亿元. */
export const TRADE_MEASURE = /^(?:出口额|进口额|进出口总额)$/;

/**
 * A measure written once after the last of several things it is of, named by what is measured of each: 排放总量 of
 * "化学需氧量、氨氮排放总量", 利用率 of "化肥、农药利用率", 综合利用率 of "秸秆、粪污综合利用率", 播种面积 of "粮食、蔬菜
 * 播种面积", 出栏 of "猪、牛出栏", 用电量 of "工业、居民用电量".
 */
export const MEASURE_WRITTEN_ONCE =
  /(?:排放总量|排放量|综合利用率|利用率|覆盖率|普及率|达标率|处理率|治理率|回收率|使用率|合格率|总产量|产量|播种面积|种植面积|出栏量?|存栏量?|用电量)$/;

// a fuel's or power's use in its own unit: 电力消费30亿千瓦时, 天然气消费6亿立方米, 煤炭消费340万吨
const CONSUMED = /(?:电力|电|气|煤炭|煤|油|能源|水)消费$/;

// farm and forest land, in 亩 or 公顷: a cover's 面积 is a measure of the place (茶园面积, 耕地面积, 森林面积, 草原面积);
// a site's footprint or plan (项目占地面积, 可供开发面积, 工业用地面积) is a project's or a zone's
const LAND_UNITS = new Set(["亩", "公顷"]);
const LAND_AREA = /(?:[园林田原]|耕地|草地|湿地)面积$/;

/** A name that names an amount in `unit` (canonical unit, e.g. 亿元, 亩): AMOUNT_HEAD's, or land's 面积 in 亩/公顷. */
export function namesAmount(name: string, unit: string): boolean {
  return (
    AMOUNT_HEAD.test(name) ||
    (LAND_UNITS.has(unit) && LAND_AREA.test(name)) ||
    (unit !== "元" && CONSUMED.test(name))
  );
}

/** Measures a figure can be of, longest first when matched. Money-valued ones allow a bare 亿 (亿元). */
export const INDICATORS: readonly { name: string; money: boolean; canonical?: string }[] = [
  { name: "规模以上工业增加值", money: true },
  { name: "规上工业增加值", money: true },
  { name: "规模工业增加值", money: true, canonical: "规模以上工业增加值" },
  { name: "规模以上工业总产值", money: true },
  { name: "规上工业总产值", money: true },
  { name: "工业总产值", money: true },
  { name: "工业增加值", money: true },
  { name: "地区生产总值", money: true },
  { name: "GDP", money: true, canonical: "地区生产总值" },
  { name: "GDP规模", money: true, canonical: "地区生产总值" },
  { name: "GDP总量", money: true, canonical: "地区生产总值" },
  // (Hong Kong's and Taiwan's word for it: GDP总值, 生产总值 in 本地生产总值)
  { name: "GDP总值", money: true, canonical: "地区生产总值" },
  { name: "生产总值", money: true, canonical: "地区生产总值" },
  // Taiwan's word for it (國內生產毛額, 地區生產毛額), as news there reports the mainland's figures
  { name: "生产毛额", money: true, canonical: "地区生产总值" },
  { name: "产值规模", money: true },
  { name: "总产值", money: true },
  { name: "产值", money: true },
  { name: "主营业务收入", money: true },
  { name: "营业收入", money: true },
  { name: "营收", money: true, canonical: "营业收入" },
  { name: "销售收入", money: true },
  // sales reckoned from invoices or from what is taxed, as zones and counties report them: "工业开票销售", "应税销售"
  { name: "开票销售", money: true },
  { name: "应税销售", money: true },
  { name: "销售额", money: true },
  { name: "利润总额", money: true },
  { name: "利润", money: true },
  { name: "进出口总额", money: true },
  { name: "外贸进出口总额", money: true, canonical: "进出口总额" },
  { name: "外贸进出口总值", money: true, canonical: "进出口总额" },
  { name: "外贸进出口值", money: true, canonical: "进出口总额" },
  { name: "外贸进出口", money: true, canonical: "进出口总额" },
  { name: "进出口值", money: true, canonical: "进出口总额" },
  { name: "进出口", money: true, canonical: "进出口总额" },
  { name: "出口总额", money: true },
  { name: "出口额", money: true },
  { name: "出口", money: true, canonical: "出口额" },
  { name: "进口额", money: true },
  { name: "进口", money: true, canonical: "进口额" },
  { name: "固定资产投资", money: true },
  // (named by its amount too: 全社会固定资产投资额完成65.2亿元)
  { name: "固定资产投资额", money: true, canonical: "固定资产投资" },
  { name: "工业投资", money: true },
  { name: "社会消费品零售总额", money: true },
  { name: "社会消费品零售额", money: true, canonical: "社会消费品零售总额" },
  { name: "一般公共预算收入", money: true },
  { name: "一般财政预算收入", money: true },
  { name: "地方一般公共预算收入", money: true, canonical: "一般公共预算收入" },
  { name: "地方财政一般预算收入", money: true, canonical: "一般预算收入" },
  { name: "公共财政预算收入", money: true },
  { name: "一般预算收入", money: true },
  { name: "财政收入", money: true },
  { name: "税收", money: true },
  // (the revenue that is no tax: its 税收 is no measure of its own)
  { name: "非税收入", money: true },
  { name: "实际利用外资", money: true },
  { name: "合同利用外资", money: true },
  { name: "合同外资", money: true, canonical: "合同利用外资" },
  { name: "利用外资", money: true },
  { name: "外贸出口总值", money: true, canonical: "出口额" },
  { name: "出口总值", money: true, canonical: "出口额" },
  { name: "进出口总值", money: true, canonical: "进出口总额" },
  { name: "实际使用外资", money: true },
  { name: "计划总投资额", money: true },
  // a project plan's investment for the year: "年度计划完成2241亿元", "年度计划投资800亿元"
  { name: "年度计划完成投资", money: true, canonical: "年度计划投资" },
  { name: "年度计划投资", money: true },
  // the investment planned, not made: "计划投资3370.6亿元" of projects signed, "计划投资额是78080万元" beside 实际投资额
  { name: "计划投资额", money: true, canonical: "计划投资" },
  { name: "计划投资", money: true },
  { name: "年度计划完成", money: true, canonical: "年度计划投资" },
  // progress against that plan is a result of its own (完成率), not the plan
  { name: "年度计划完成率", money: false },
  { name: "总投资额", money: true },
  { name: "总投资", money: true, canonical: "总投资额" },
  { name: "投资额", money: true },
  { name: "投资金额", money: true, canonical: "投资额" },
  { name: "投资", money: true },
  { name: "研发投入", money: true },
  { name: "技术合同成交额", money: true },
  { name: "成交额", money: true },
  { name: "增加值", money: true },
  { name: "营业额", money: true },
  { name: "融资", money: true },
  { name: "扶持资金", money: true },
  { name: "奖补资金", money: true },
  { name: "扶持金额", money: true },
  { name: "招商引资到位资金", money: true },
  { name: "到位资金", money: true, canonical: "招商引资到位资金" },
  { name: "资金", money: true },
  { name: "规模", money: true },
  { name: "研发经费投入强度", money: false },
  { name: "研发投入强度", money: false },
  // research and development written by its English letters: R&D经费支出, R&D投入
  { name: "R&D经费投入强度", money: false, canonical: "研发经费投入强度" },
  { name: "R&D投入强度", money: false, canonical: "研发投入强度" },
  { name: "R&D经费投入", money: true, canonical: "研发经费投入" },
  { name: "R&D经费支出", money: true, canonical: "研发经费支出" },
  { name: "R&D投入", money: true, canonical: "研发投入" },
  { name: "税收收入", money: true, canonical: "税收" },
  { name: "城镇新增就业", money: false },
  { name: "城镇新增就业人数", money: false, canonical: "城镇新增就业" },
  { name: "新增就业", money: false, canonical: "城镇新增就业" },
  { name: "新增就业人数", money: false, canonical: "城镇新增就业" },
  { name: "转移就业", money: false },
  { name: "居民消费价格涨幅", money: false },
  { name: "居民消费价格", money: false, canonical: "居民消费价格涨幅" },
  // by the index's names too (CPI; 消費者物價指數 in Taiwan and Hong Kong news): its change is the rise of prices
  // (a level of the index, 103%, is named 居民消费价格指数 by the measure rule)
  { name: "居民消费价格指数", money: false, canonical: "居民消费价格涨幅" },
  { name: "消费者物价指数", money: false, canonical: "居民消费价格涨幅" },
  { name: "CPI", money: false, canonical: "居民消费价格涨幅" },
  { name: "人均可支配收入", money: true },
  { name: "可支配收入", money: true, canonical: "人均可支配收入" },
  { name: "人均纯收入", money: true },
  { name: "人均地区生产总值", money: true },
  { name: "人均生产总值", money: true, canonical: "人均地区生产总值" },
  { name: "人均GDP", money: true, canonical: "人均地区生产总值" },
  { name: "人均生产毛额", money: true, canonical: "人均地区生产总值" },
  // (by whose head count, a measure of its own: 常住人口城镇化率 and 户籍人口城镇化率 differ by some points)
  { name: "常住人口城镇化率", money: false },
  { name: "户籍人口城镇化率", money: false },
  { name: "城镇化率", money: false },
  { name: "占比", money: false },
  { name: "比重", money: false },
  { name: "增长率", money: false, canonical: "增速" },
  { name: "增速", money: false },
  { name: "总数", money: false },
  { name: "数量", money: false },
  { name: "存量", money: false },
  { name: "产量", money: false },
  // a crop's yield per mu: 粮食单产433.46公斤/亩, 夏粮亩产319公斤
  { name: "单产", money: false },
  { name: "亩产", money: false },
  // livestock sold off the farm, and kept on it at the year's end, by the head: 生猪出栏7.49万头, 家禽存栏33.85万只
  { name: "出栏量", money: false, canonical: "出栏" },
  { name: "出栏", money: false },
  { name: "存栏量", money: false, canonical: "存栏" },
  { name: "存栏", money: false },
  { name: "货物吞吐量", money: false },
  { name: "集装箱吞吐量", money: false },
  { name: "吞吐量", money: false },
  { name: "常住人口", money: false },
  { name: "户籍总人口", money: false, canonical: "户籍人口" },
  { name: "户籍人口", money: false },
  { name: "总人口", money: false },
];

/**
 * Names that say what kind of figure a figure is (a growth, a share, a count) and not what it measures: a figure of the
 * passage's measure cannot take one of them as that measure.
 */
export const KINDS_OF_FIGURE: ReadonlySet<string> = new Set(["增速", "占比", "比重", "总数", "数量"]);

/** Every name of a place's gross product, the nation's included (GDP, 生产总值, 国内生产总值…), longest first. */
export const GDP_NAMES = [
  ...INDICATORS.filter((i) => (i.canonical ?? i.name) === "地区生产总值").map((i) => i.name),
  "国内生产总值",
  "国内生产毛额",
]
  .sort((a, b) => b.length - a.length)
  .join("|");
/** Measures that are a plan's amounts by their name: a figure of one is a target, whatever the verbs around it. */
export const PLANNED_AMOUNTS: ReadonlySet<string> = new Set(["年度计划投资"]);

const sorted = [...INDICATORS].sort((a, b) => b.name.length - a.name.length);
/** 1 for every character an indicator starts with. */
export const INDICATOR_START = new Uint8Array(0x10000);
for (const i of INDICATORS) INDICATOR_START[i.name.charCodeAt(0)] = 1;
const byFirst = new Map<number, (typeof INDICATORS)[number][]>();
for (const i of sorted) byFirst.set(i.name.charCodeAt(0), [...(byFirst.get(i.name.charCodeAt(0)) ?? []), i]);

export interface IndicatorMatch {
  name: string;
  money: boolean;
  length: number;
}

export function matchIndicatorAt(text: string, pos: number): IndicatorMatch | null {
  const hit = byFirst.get(text.charCodeAt(pos))?.find((i) => text.startsWith(i.name, pos));
  if (hit) return { name: hit.canonical ?? hit.name, money: hit.money, length: hit.name.length };
  // "…率" nouns (整合率, 覆盖率) are found looking back from a figure: rateIndicatorBefore
  return null;
}

const ANALYTIC_RATES = /贡献率$|拉动率$/;

/** A rate noun ending right before `end` (信息系统整合率), scanning back at most 8 characters. */
export function rateIndicatorBefore(text: string, end: number): { name: string; start: number } | null {
  if (text[end - 1] !== "率") return null;
  let s = end - 1;
  const cjk = (k: number) => /[\u4e00-\u9fff]/.test(text[k]) && !/[的是为在和及、]/.test(text[k]);
  while (s > 0 && end - s < 16 && cjk(s - 1)) s--;
  // (a name longer than that has no start to be told: cut in the middle, 空气质量… would read 气质量…)
  if (s > 0 && end - s >= 16 && cjk(s - 1)) return null;
  // ("地级及以上城市…": what a scope's 以上 leaves is no part of the name)
  const scope = /^(?:以上|以下)/.exec(text.slice(s, end));
  if (scope) s += scope[0].length;
  if (end - s < 3) return null;
  const name = text.slice(s, end);
  // analysis of a figure, not a figure a planner sets or tracks: 对GDP增长的贡献率
  if (ANALYTIC_RATES.test(name)) return null;
  return { name, start: s };
}
