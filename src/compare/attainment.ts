import type { Comparator } from "../model/schema";

/**
 * Attainment of a target, shared by the worksheet functions, the task pane and the formulas written into
 * target tables (see ./formulas.ts), so that all three agree.
 */
export interface TargetLike {
  value: number;
  valueMax: number | null;
  comparator: Comparator;
  year: number | null;
  /** Rates (%, 百分点) compare in 个百分点 and have no 完成率. */
  unit: string;
}

/** 约/左右 (approx): an actual within 5% below the stated figure counts as reached. */
export const APPROX_TOLERANCE = 0.05;

export const STATUS_REACHED = "已达标";
export const STATUS_MISSED = "未达标";
/** Above a range (区间 6~6.5%): not short of it, but not within it either. */
export const STATUS_ABOVE = "高于区间";
export type Status = typeof STATUS_REACHED | typeof STATUS_MISSED | typeof STATUS_ABOVE;

/** A rate or a share: compared in 个百分点, never as a ratio of percentages. */
export function isRate(unit: string): boolean {
  return unit === "%" || unit === "百分点";
}

/** 不超过, 低于: the target is a ceiling. */
export function isCeiling(c: Comparator): boolean {
  return c === "lte" || c === "lt";
}

/** The unit a gap is in: 个百分点 for rates, else the target's unit. */
export function gapUnit(unit: string): string {
  return isRate(unit) ? "个百分点" : unit;
}

/** The figure progress is measured against: a range's lower bound, else the value. */
export function benchmark(t: TargetLike): number {
  return t.value;
}

/**
 * actual − target, in the target's unit (个百分点 for rates). A range: below it, from its lower bound; above it,
 * from its upper bound; within it, 0.
 */
export function gap(actual: number, t: TargetLike): number {
  if (t.comparator === "range" && t.valueMax !== null) {
    if (actual > t.valueMax) return round(actual - t.valueMax);
    if (actual >= t.value) return 0;
  }
  return round(actual - benchmark(t));
}

/**
 * 完成率 = actual ÷ target, only where it means something: a floor (达到, 超过, 不低于, 约, a range's lower bound)
 * of an amount. Null for rates (a ratio of percentages means nothing), ceilings, and a target of 0.
 */
export function progress(actual: number, t: TargetLike): number | null {
  if (isRate(t.unit) || isCeiling(t.comparator)) return null;
  const b = benchmark(t);
  return b === 0 ? null : round(actual / b);
}

/**
 * Whether the actual reaches the target, honouring the comparator: 超过 (gt) is strict, 不低于 (gte) and 达到
 * (eq) are not; 不超过/低于 are ceilings; a range is reached within it (above it: 高于区间); 约 within
 * APPROX_TOLERANCE.
 */
export function status(actual: number, t: TargetLike): Status {
  const v = t.value;
  let ok: boolean;
  switch (t.comparator) {
    case "gt":
      ok = actual > v;
      break;
    case "range":
      if (t.valueMax !== null && actual > t.valueMax) return STATUS_ABOVE;
      ok = actual >= v;
      break;
    case "gte":
    case "eq":
      ok = actual >= v;
      break;
    case "lte":
      ok = actual <= v;
      break;
    case "lt":
      ok = actual < v;
      break;
    case "approx":
      ok = actual >= v * (1 - APPROX_TOLERANCE);
      break;
  }
  return ok ? STATUS_REACHED : STATUS_MISSED;
}

/** Why an actual equal to a strict target is not reached (超过 10000 needs more than 10000), else null. */
export function explainStatus(actual: number, t: TargetLike): string | null {
  if (actual !== t.value) return null;
  if (t.comparator === "gt") return `“超过”是严格大于：须大于 ${t.value}${t.unit}，恰好等于不算达标`;
  if (t.comparator === "lt") return `“低于”是严格小于：须小于 ${t.value}${t.unit}，恰好等于不算达标`;
  return null;
}

export type GrowthResult =
  | { ok: true; rate: number }
  | { ok: false; reason: "year_passed" | "no_year" | "not_positive"; message: string };

/** The compound annual growth rate still needed to go from `actual` (in actualYear) to the target by its year. */
export function requiredGrowth(actual: number, actualYear: number, t: TargetLike): GrowthResult {
  if (t.year === null)
    return { ok: false, reason: "no_year", message: "目标没有年份 (the target has no year)" };
  if (t.year <= actualYear) {
    return {
      ok: false,
      reason: "year_passed",
      message: `目标年份${t.year}不晚于实际值年份${actualYear} (target year ${t.year} is not after ${actualYear})`,
    };
  }
  const b = benchmark(t);
  if (actual <= 0 || b <= 0)
    return { ok: false, reason: "not_positive", message: "实际值和目标值须为正数 (values must be positive)" };
  return { ok: true, rate: round(Math.pow(b / actual, 1 / (t.year - actualYear)) - 1) };
}

function round(x: number): number {
  return Number(x.toPrecision(12));
}
