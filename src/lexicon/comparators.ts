import type { Comparator } from "../model/schema";

/** Words right before a number, longest first (不低于 beats 低于). */
export const PREFIX_COMPARATORS: readonly { word: string; comparator: Comparator }[] = [
  { word: "不低于", comparator: "gte" },
  { word: "不少于", comparator: "gte" },
  { word: "不小于", comparator: "gte" },
  { word: "不超过", comparator: "lte" },
  { word: "不高于", comparator: "lte" },
  { word: "不多于", comparator: "lte" },
  { word: "控制在", comparator: "lte" },
  { word: "至少", comparator: "gte" },
  { word: "超过", comparator: "gt" },
  { word: "突破", comparator: "gt" },
  // a milestone passed: "跃过3000亿元大关", "迈上7000亿元台阶"
  { word: "跃过", comparator: "gt" },
  { word: "跨过", comparator: "gt" },
  { word: "迈上", comparator: "gte" },
  { word: "跃上", comparator: "gte" },
  { word: "跨上", comparator: "gte" },
  { word: "站上", comparator: "gte" },
  { word: "高于", comparator: "gt" },
  { word: "大于", comparator: "gt" },
  { word: "低于", comparator: "lt" },
  { word: "少于", comparator: "lt" },
  { word: "接近", comparator: "approx" },
  { word: "约", comparator: "approx" },
  { word: "近", comparator: "approx" },
  { word: "逾", comparator: "gt" },
  { word: "超", comparator: "gt" },
  { word: "达到", comparator: "eq" },
  { word: "高达", comparator: "eq" },
  { word: "多达", comparator: "eq" },
  { word: "到达", comparator: "eq" },
  { word: "达", comparator: "eq" },
];

/** Signs a table's cell may put before its number: "≥3.5", "<5". */
export const COMPARATOR_SIGNS: readonly { word: string; comparator: Comparator }[] = [
  { word: ">=", comparator: "gte" },
  { word: "<=", comparator: "lte" },
  { word: "≥", comparator: "gte" },
  { word: "≤", comparator: "lte" },
  { word: ">", comparator: "gt" },
  { word: "＞", comparator: "gt" },
  { word: "<", comparator: "lt" },
  { word: "＜", comparator: "lt" },
];

/** Words right after the unit. */
export const SUFFIX_COMPARATORS: readonly { word: string; comparator: Comparator }[] = [
  { word: "以上", comparator: "gte" },
  { word: "及以上", comparator: "gte" },
  { word: "以下", comparator: "lte" },
  { word: "以内", comparator: "lte" },
  { word: "左右", comparator: "approx" },
  { word: "上下", comparator: "approx" },
  { word: "多", comparator: "gt" },
  { word: "余", comparator: "gt" },
];

export const COMPARATOR_LABELS: Record<Comparator, string> = {
  gt: "超过",
  gte: "不低于",
  eq: "达到",
  lte: "不超过",
  lt: "低于",
  approx: "约",
  range: "区间",
};
