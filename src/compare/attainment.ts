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
}

/** 约/左右 (approx): an actual within 5% below the stated figure counts as reached. */
export const APPROX_TOLERANCE = 0.05;

export type Status = "已达标" | "未达标";

/** The figure progress and gap are measured against: a range's lower bound, else the value. */
export function benchmark(t: TargetLike): number {
  return t.value;
}

export function gap(actual: number, t: TargetLike): number {
  return round(actual - benchmark(t));
}

/** actual ÷ target; null when the target is 0 (no ratio). */
export function progress(actual: number, t: TargetLike): number | null {
  const b = benchmark(t);
  return b === 0 ? null : round(actual / b);
}

/**
 * Whether the actual reaches the target, honouring the comparator: 超过 (gt) is strict, 不低于 (gte) and 达到
 * (eq) are not; 不超过/低于 are ceilings; a range is reached from its lower bound; 约 within APPROX_TOLERANCE.
 */
export function status(actual: number, t: TargetLike): Status {
  const v = t.value;
  let ok: boolean;
  switch (t.comparator) {
    case "gt":
      ok = actual > v;
      break;
    case "gte":
    case "eq":
    case "range":
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
  return ok ? "已达标" : "未达标";
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
