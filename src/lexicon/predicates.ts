import { MONTH_NUMBER } from "./periods";
// Predicates between a measure and its figure, as pattern alternations (longest first where one is a prefix).

/** A measure's value is stated: 达到, 突破, 为, 提高至, 控制在… (read before the figure). */
export const OPEN_PREDICATES = [
  "提高到",
  "提高至",
  "提升到",
  "提升至",
  "增加到",
  "增加至",
  "增长到",
  "增长至",
  "扩大到",
  "扩大至",
  "降低到",
  "降低至",
  "下降到",
  "下降至",
  "减少到",
  "减少至",
  "控制在",
  "保持在",
  "稳定在",
  "维持在",
  "保持",
  "达到",
  "到达",
  "增至",
  "降至",
  "突破",
  "跃过",
  "跨过",
  "迈上",
  "跃上",
  "跨上",
  "站上",
  "超过",
  // "增速高达18.7%", "多达120家": the value reached, said with emphasis
  "高达",
  "多达",
  "达",
  // "增长目标确定为9.5%左右", "预期目标定为6%"
  "确定为",
  "设定为",
  "定为",
  // "城镇调查失业率平均为5.1%": a year's average
  "平均为",
  "为",
].join("|");

/** Words of intent or manner that may stand between a measure and its predicate: 力争达到, 将达, 累计完成, 可达到. */
export const MODAL_WORDS = [
  "力争",
  "争取",
  "确保",
  "预计",
  "累计",
  "继续",
  "基本",
  "将",
  "要",
  "已",
  "均",
  // how it got there: "高企数量快速增长到434家", "收入稳步提高到"
  "快速",
  "稳步",
  "持续",
  "大幅",
  // what a text expects: "可达到2.9万亿元", "有望突破" (GUESS_WORDS)
  "有望",
  "可望",
  "可",
].join("|");

/** Words of a guess (有望, 或将…): what a text says may happen, neither a result nor anyone's target by themselves. */
export const GUESS_WORDS = ["有望", "可望", "或将", "或许", "可能", "料将"] as const;

/** A share written as what it is of: "研发经费支出占地区生产总值(的)比重" → the owner (1) and the base (2). */
export const SHARE_OF =
  /^(.{2,24}?)占(?:全市|全省|全区|全县|全国)?([\u4e00-\u9fffA-Za-z]{1,14}?)(?:的)?(?:比重|比例)$/;

/** What follows a 目标 that introduces the goal's figures (目标: …, 目标是…, 目标值, 目标分别…), not one named as an object. */
export const GOAL_INTRODUCES = /^[:：是为]|^(?:值|分别|均)|^[,，](?:包括|主要有)/;

/** A goal named right after a figure, 的 or not: "200亿元目标", "增长6.5%的预期目标", "产值目标值". */
export const GOAL_WORD = "(?:预期|年度|全年|年初|奋斗)?目标";

/** The plan, budget, goal or task a result is measured against: 年度计划, 全年目标任务, 任务数, 预算. */
export const TASK_NAMED = "(?:全年|年度|本年|年)?(?:计划|预算|目标任务|目标|任务)数?";

/**
 * The whole year's goal, named as such: 全年目标, 年度计划, 全年任务, and the task a progress report measures a result
 * against, "占任务数16900万元的63.7%", the year's by convention (its figure is the year's, no part of it).
 */
export const YEARS_GOAL = "(?:(?:全年|年度)(?:目标|计划|任务)|占(?:目标)?任务数)";

/**
 * The base a change is measured against, between a measure and its predicate: 比2020年, 较上年, 较“十三五”末, 同口径,
 * and an earlier part of the year: 比上月, 较一季度, 比1-9月; 按年 is Hong Kong's 同比.
 */
export const BASE_PHRASE =
  '(?:(?:比|较)(?:\\d{4}年(?:末|底)?|上年(?:末|底)?|去年(?:同期)?|上年同期|[“"]?十[一二三四五六]五[”"]?(?:期末|末)|上个?月(?:份)?|' +
  MONTH_NUMBER +
  "月份?|上季度|[一二三四]季度|上半年|前三季度|\\d{1,2}\\s*[-—–~至]\\s*\\d{1,2}月(?:份)?)|与(?:上年|去年)(?:同期)?(?:相比)?|同口径|同比\\d{4}年(?:同期)?|按年)";

/**
 * Modifiers that make another measure of a known one: 亩均税收, 人均GDP, 单位GDP能耗, 地均产出, 限上社零额, 轻工业增加值,
 * 地方级财政收入 (the local part of 财政总收入).
 */
export const MEASURE_MODIFIER =
  /(?:亩均|人均|地均|户均|日均|月均|单位|限上|限额以上|地方级|地方|净|(?<=^|[^\u4e00-\u9fff]|[市县区省])[轻重])$/;

/** A predicate ending a stretch of text, with the base of a change and modal words before it: "比2020年力争达到". */
export const PREDICATE_AT_END = new RegExp(`(?:${BASE_PHRASE})?(?:${MODAL_WORDS})*(?:${OPEN_PREDICATES})$`);

/** Deeds that turn a thing into what is counted or totalled: 企业技术合同登记, 科技型中小企业注册总数. */
export const REGISTRATION = /(?:注册|认定|登记|入库|备案)$/;

/** Levels that qualify a counted thing: 国家级孵化器, 省级孵化器, 市级(孵化器). */
export const LEVELS = "国家级|省级|市级|区级|县级";

/**
 * Verbs of a rise: 增长5%, 提高到, 分别增长 (and 成长, Taiwan's and Hong Kong's word for it: "GDP成长4.8%"; and 生长,
 * which reposts spun with synonyms write for 增长: "年均生长6%左右"; and 增产, a harvest's rise: "玉米产量…增产3.5%").
 * Each rule of change composes its pattern from these two lists.
 */
export const RISE_VERBS = "增长|提高|提升|上涨|上升|增加|扩大|成长|生长|增产";

/**
 * Words comparing a figure with another's: 高于全国0.8个百分点, 高出全省…增速11个百分点, 快于全市, 超过全市增速0.4个百分点,
 * 领先全省.
 */
export const COMPARED_WITH = "高出|高于|低于|快于|慢于|超出|超过|领先";

/** Against the year before, said before a change: 同比增长, 比上年下降, 较上年提高. */
export const YEAR_ON_YEAR = "同比|比上年|较上年";

/** A yearly average over a period, said before a change: 年均增长, 年平均增长, 平均每年增长, 平均年增长. */
export const YEARLY_AVERAGE = "年均|年平均|平均每年|平均年";

/** Verbs of a fall: 下降13.5%, 降低到, 分别减少 (减产, a harvest's fall; 衰退, Taiwan's word for it; 下跌, Hong Kong's). */
export const FALL_VERBS = "下降|减少|降低|缩小|减产|衰退|下跌";

/** A change said with no measure of its own: "同比增长", "下降" (the figure follows). */
export const CHANGE_SAID = `(?:${YEAR_ON_YEAR})?(?:${RISE_VERBS}|${FALL_VERBS})`;

/**
 * The one-character change of a report after a base: 同比增1.4%, 比增9.2% (比上年增长), 比上年降0.5个百分点, 同增17.1%
 * (同比增长; not 协同/共同), and Taiwan's 年增3.5%, 年减2.1%.
 */
const AFTER_BASE = "(?<=同比|比|(?<![共协])同|年|末|底|同期)";
export const SHORT_CHANGE = `${AFTER_BASE}(?:增|降|减)`;

/** A change's words name a fall (同比降, 年减, 降幅 included). */
export const FALLING = new RegExp(`${FALL_VERBS}|降幅|${AFTER_BASE}[降减]`);
