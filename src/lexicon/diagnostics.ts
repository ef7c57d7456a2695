import type { Diagnostic } from "../model/schema";

/** Why a figure did not become a record, in words a planner reads (the task pane and the CLI show these). */
export const DIAGNOSTIC_REASONS: Record<Diagnostic["code"], { zh: string; en: string }> = {
  unit_unknown: { zh: "数字没有可识别的单位", en: "the figure has no unit that is understood" },
  region_missing: { zh: "找不到数字所属的地区", en: "no region is stated or can be inherited" },
  region_unclear: {
    zh: "句中提到另一个地区,数字归属不清",
    en: "the sentence names another region; whose figure it is is unclear",
  },
  measure_missing: { zh: "不清楚这个数字衡量的是什么", en: "what the figure measures is unclear" },
  kind_unclear: { zh: "分不清是目标还是实际完成值", en: "cannot tell a target from an actual" },
  year_unknown: {
    zh: "文件没有可知的日期,说不清“去年”“今年”是哪一年",
    en: "the document has no known date, so which year 去年/今年 means is unknown",
  },
  non_fact: {
    zh: "数字是修饰或说明(如“超10亿元的项目”),不是指标值",
    en: "the figure describes something else (超10亿元的项目), it is no value of a measure",
  },
  share_skipped: { zh: "占比或比重缺少所属对象", en: "a share whose owner is not named" },
  value_invalid: { zh: "数值或年份超出合理范围", en: "the value or year is out of range" },
};

/** Reasons more particular than a code's, told by what the engine found (the diagnostic's message). */
const PARTICULAR: readonly [RegExp, { zh: string; en: string }][] = [
  [
    /a grant an incentive policy gives/,
    { zh: "政策给予企业的奖励或补助金额,不是目标值", en: "a grant a policy gives firms, not a target" },
  ],
  [
    /a condition to qualify/,
    { zh: "申报或入园的条件(门槛),不是目标值", en: "a condition to qualify (a threshold), not a target" },
  ],
  [
    /a link to another page/,
    { zh: "网页上其他文章的链接标题,不是本文的内容", en: "a link to another article on the page" },
  ],
  [
    /years are masked/,
    {
      zh: "文件的年份被隐去(如“20XX年”),说不清数字是哪一年的",
      en: "the document's years are masked (20XX年)",
    },
  ],
  [
    /the month not named/,
    { zh: "“当月”“单月”的数字,没有写明是哪个月", en: "one month's figure (当月), the month not named" },
  ],
  [/a headline/, { zh: "标题中的数字,以正文为准", en: "a figure in a headline; the body states it" }],
  [
    /a contribution to growth/,
    { zh: "对增长的拉动或贡献,不是指标本身的增速", en: "a contribution to growth, not the growth itself" },
  ],
  [
    /another currency/,
    {
      zh: "台湾、香港、澳门的数字,币种和统计口径不同",
      en: "Taiwan's, Hong Kong's or Macao's figure: another currency",
    },
  ],
  [
    /a percentage of a thing, with no measure/,
    { zh: "百分比没有说明是什么指标", en: "a percentage whose measure is not named" },
  ],
  [
    /progress against a plan/,
    { zh: "计划完成率,不是指标本身的数值", en: "progress against a plan, not a value of the measure" },
  ],
  [
    /an amount of money of a thing, with no measure/,
    { zh: "金额没有说明是什么指标", en: "an amount of money whose measure is not named" },
  ],
  [
    /a likelihood/,
    {
      zh: "对数字可能性的估计(“…的可能性”),不是目标或实际值",
      en: "a likelihood weighed, not a figure stated",
    },
  ],
  [
    /a stretch goal/,
    {
      zh: "预期目标之后“力争”的更高目标;同一指标只记录预期目标",
      en: "a stretch goal (力争) after the goal; the goal is recorded",
    },
  ],
];

/** Why a figure did not become a record, in the planner's language: the particular reason when one is known. */
export function diagnosticReason(d: Pick<Diagnostic, "code" | "message">, lang: "zh" | "en"): string {
  const particular = PARTICULAR.find(([re]) => re.test(d.message));
  return (particular?.[1] ?? DIAGNOSTIC_REASONS[d.code])[lang];
}
