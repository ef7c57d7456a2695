/* eslint-disable @typescript-eslint/no-explicit-any --
 * Parameters are typed `any` on purpose: the metadata then passes cells through unconverted, so a number
 * where a region is expected, or text where an actual is expected, can be answered with #VALUE! and a message
 * instead of being silently coerced by Excel. */
import { COMPARATOR_LABELS } from "../lexicon/comparators";
import {
  gap as gapOf,
  isCeiling,
  isRate,
  progress as progressOf,
  requiredGrowth as growthOf,
  status as statusOf,
} from "../compare/attainment";
import type { DatasetIndex } from "../dataset/query";
import type { PolicyRecord } from "../model/schema";
import { getStore } from "../state/store";
import { cleanName } from "../dataset/query";
import { excelError, PolicyFunctionError } from "./errors";

/**
 * 目标值：某地区某对象的政策目标（多个年份时取最近一年）。The target value of a subject in a region.
 * @customfunction TARGET
 * @param region 地区，如 "佛山" · Region, e.g. "佛山"
 * @param subject 对象（产业集群、行业），如 "装备制造" · Subject, e.g. "装备制造"
 * @param [indicator] 指标，如 "产值规模"（有多个指标时必填）· Indicator, when there are several
 * @param [year] 目标年份 · Target year
 * @returns 目标值（单位见 POLICY.UNIT）· The target value, in the unit POLICY.UNIT gives
 */
export function target(region: any, subject: any, indicator?: any, year?: any): number {
  return guard(() => lookup(region, subject, indicator, year).value);
}

/**
 * 目标的单位，如 "亿元"。The unit of the target, e.g. 亿元.
 * @customfunction UNIT
 * @param region 地区 · Region
 * @param subject 对象 · Subject
 * @param [indicator] 指标 · Indicator
 * @param [year] 目标年份 · Target year
 * @returns 单位 · Unit
 */
export function unit(region: any, subject: any, indicator?: any, year?: any): string {
  return guard(() => lookup(region, subject, indicator, year).unit);
}

/**
 * 目标年份。The year the target is set for.
 * @customfunction TARGETYEAR
 * @param region 地区 · Region
 * @param subject 对象 · Subject
 * @param [indicator] 指标 · Indicator
 * @param [year] 目标年份 · Target year
 * @returns 年份 · Year
 */
export function targetYear(region: any, subject: any, indicator?: any, year?: any): number {
  return guard(() => {
    const r = lookup(region, subject, indicator, year);
    if (r.year === null) throw excelError("NotAvailable", "该目标没有年份 (the target has no year)");
    return r.year;
  });
}

/**
 * 比较方式：超过、不低于、达到、约、区间…。How the target compares: 超过, 不低于, 约, ….
 * @customfunction COMPARATOR
 * @param region 地区 · Region
 * @param subject 对象 · Subject
 * @param [indicator] 指标 · Indicator
 * @param [year] 目标年份 · Target year
 * @returns 比较方式 · Comparator
 */
export function comparator(region: any, subject: any, indicator?: any, year?: any): string {
  return guard(() => COMPARATOR_LABELS[lookup(region, subject, indicator, year).comparator]);
}

/**
 * 来源：文件标题、发文机关、日期和原句。Source: document title, issuer, date and the sentence.
 * @customfunction SOURCE
 * @param region 地区 · Region
 * @param subject 对象 · Subject
 * @param [indicator] 指标 · Indicator
 * @param [year] 目标年份 · Target year
 * @returns 来源说明 · Source
 */
export function source(region: any, subject: any, indicator?: any, year?: any): string {
  return guard(() => {
    const r = lookup(region, subject, indicator, year);
    const d = index().document(r.documentId);
    const head = [d?.title, d?.issuer, d?.date].filter(Boolean).join(" · ");
    return `${head}：${r.quote}`;
  });
}

/**
 * 差距：实际值 − 目标值。Gap: actual minus target.
 * @customfunction GAP
 * @param actual 实际值 · Actual value
 * @param region 地区 · Region
 * @param subject 对象 · Subject
 * @param [indicator] 指标 · Indicator
 * @param [year] 目标年份 · Target year
 * @returns 差距 · Gap
 */
export function gap(actual: any, region: any, subject: any, indicator?: any, year?: any): number {
  return guard(() => gapOf(actualValue(actual), lookup(region, subject, indicator, year)));
}

/**
 * 完成率：实际值 ÷ 目标值（区间取下限；比率和上限目标没有）。Progress: actual ÷ target (none for rates, ceilings).
 * @customfunction PROGRESS
 * @param actual 实际值 · Actual value
 * @param region 地区 · Region
 * @param subject 对象 · Subject
 * @param [indicator] 指标 · Indicator
 * @param [year] 目标年份 · Target year
 * @returns 完成率 · Progress ratio
 */
export function progress(actual: any, region: any, subject: any, indicator?: any, year?: any): number {
  return guard(() => {
    const t = lookup(region, subject, indicator, year);
    const p = progressOf(actualValue(actual), t);
    if (p !== null) return p;
    if (isRate(t.unit))
      throw excelError(
        "InvalidNumber",
        "比率目标（%）没有完成率，请用 POLICY.GAP 看差距（个百分点）(a rate has no progress ratio; use POLICY.GAP)",
      );
    if (isCeiling(t.comparator))
      throw excelError(
        "InvalidNumber",
        "上限目标（不超过、低于）没有完成率，请用 POLICY.STATUS (a ceiling has no progress ratio; use POLICY.STATUS)",
      );
    throw excelError("InvalidNumber", "目标值为 0，无法计算完成率 (target is 0)");
  });
}

/**
 * 状态：已达标 / 未达标 / 高于区间（超过为严格大于，不低于含等于，约允许 5% 以内）。Status: reached or not.
 * @customfunction STATUS
 * @param actual 实际值 · Actual value
 * @param region 地区 · Region
 * @param subject 对象 · Subject
 * @param [indicator] 指标 · Indicator
 * @param [year] 目标年份 · Target year
 * @returns 已达标、未达标或高于区间 · 已达标 (reached), 未达标 (not reached) or 高于区间 (above a range)
 */
export function status(actual: any, region: any, subject: any, indicator?: any, year?: any): string {
  return guard(() => statusOf(actualValue(actual), lookup(region, subject, indicator, year)));
}

/**
 * 所需年均增速：从实际值到目标年份达到目标还需的复合年增长率。Compound annual growth still needed.
 * @customfunction REQUIREDGROWTH
 * @param actual 实际值 · Actual value
 * @param actualYear 实际值年份 · Year of the actual value
 * @param region 地区 · Region
 * @param subject 对象 · Subject
 * @param [indicator] 指标 · Indicator
 * @param [year] 目标年份 · Target year
 * @returns 年均增速（0.08 即 8%）· Annual growth rate (0.08 is 8%)
 */
export function requiredGrowth(
  actual: any,
  actualYear: any,
  region: any,
  subject: any,
  indicator?: any,
  year?: any,
): number {
  return guard(() => {
    const a = actualValue(actual);
    const y = yearValue(actualYear, "actualYear");
    if (y === null) throw excelError("InvalidValue", "缺少实际值年份 (actualYear is empty)");
    const r = lookup(region, subject, indicator, year);
    if (r.unit === "%" || r.unit === "百分点") {
      throw excelError("NotAvailable", `目标是比率（${r.unit}），不计算增速 (the target is a rate)`);
    }
    const g = growthOf(a, y, r);
    if (!g.ok) throw excelError(g.reason === "year_passed" ? "NotAvailable" : "InvalidNumber", g.message);
    return g.rate;
  });
}

const HEADER = ["对象", "指标", "比较", "目标值", "上限", "单位", "年份", "类型", "来源"];

/**
 * 目标表：某地区的全部记录（带表头，溢出到相邻单元格）。All records of a region as a table with a header row.
 * @customfunction TARGETS
 * @param region 地区 · Region
 * @param [subject] 对象 · Subject
 * @param [kind] "目标" 或 "实际"（省略为全部）· "target" or "actual" (all when omitted)
 * @returns 表格 · Table
 */
export function targets(region: any, subject?: any, kind?: any): any[][] {
  return guard(() => {
    const idx = index();
    const reg = resolveRegion(idx, region);
    const subj = optionalText(subject, "subject");
    const k = optionalText(kind, "kind");
    const kindValue =
      k === null
        ? null
        : /^(?:目标|target)$/i.test(k)
          ? "target"
          : /^(?:实际|actual)$/i.test(k)
            ? "actual"
            : undefined;
    if (kindValue === undefined)
      throw excelError("InvalidValue", `kind 应为 "目标" 或 "实际"，而不是 "${k}"`);
    let records = idx.find({ region: reg, kind: kindValue });
    if (subj !== null) {
      const s = idx.resolveSubject(reg, subj);
      if (!s.ok) throw notFound(s.message, s.suggestions);
      records = records.filter((r) => r.subject === s.name);
    }
    if (records.length === 0)
      throw excelError("NotAvailable", `${reg}没有符合条件的记录 (no matching records)`);
    const rows = records.map((r) => [
      r.subject ?? "",
      r.indicator ?? "",
      COMPARATOR_LABELS[r.comparator],
      r.value,
      r.valueMax ?? "",
      r.unit,
      r.year ?? "",
      r.kind === "target" ? "目标" : "实际",
      idx.document(r.documentId)?.title ?? "",
    ]);
    return [HEADER, ...rows];
  });
}

/**
 * 数据集中的全部地区（纵向溢出）。Every region in the dataset, spilled down.
 * @customfunction REGIONS
 * @returns 地区列表 · Regions
 */
export function regions(): string[][] {
  return guard(() =>
    index()
      .regions()
      .map((r) => [r]),
  );
}

/**
 * 某地区的全部对象（纵向溢出）。Every subject of a region, spilled down.
 * @customfunction SUBJECTS
 * @param region 地区 · Region
 * @returns 对象列表 · Subjects
 */
export function subjects(region: any): string[][] {
  return guard(() => {
    const idx = index();
    const list = idx.subjects(resolveRegion(idx, region));
    if (list.length === 0) throw excelError("NotAvailable", "该地区没有带对象的记录 (no subjects)");
    return list.map((s) => [s]);
  });
}

/**
 * 数据集版本和记录数。The dataset version and record count.
 * @customfunction VERSION
 * @returns 版本 · Version
 */
export function version(): string {
  return guard(() => {
    const store = getStore();
    const idx = index();
    const src = store.source === "workbook" ? "本工作簿" : "内置";
    return `${idx.dataset.version} (${src}, ${idx.dataset.records.length} 条记录)`;
  });
}

// ---------------------------------------------------------------------------------------------------------

/** Run a function body; anything that is not already an Excel error becomes #VALUE! with a message. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isExcelError(e)) throw e;
    throw excelError("InvalidValue", `内部错误 (internal error): ${(e as Error)?.message ?? String(e)}`);
  }
}

function isExcelError(e: unknown): boolean {
  if (e instanceof PolicyFunctionError) return true;
  const cf = (globalThis as { CustomFunctions?: { Error?: new (...a: never[]) => unknown } }).CustomFunctions;
  return Boolean(cf?.Error && e instanceof cf.Error);
}

function index(): DatasetIndex {
  const store = getStore();
  const idx = store.index;
  if (!idx) {
    // the pane's entry has these cells computed again once the dataset is in
    store.noteAskedBeforeLoad();
    throw excelError("NotAvailable", store.error ?? "数据集尚未加载 (the dataset is not loaded yet)");
  }
  return idx;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function requiredText(v: unknown, name: string): string {
  if (isEmpty(v)) throw excelError("InvalidValue", `缺少参数 ${name} (${name} is empty)`);
  if (typeof v !== "string")
    throw excelError("InvalidValue", `${name} 应为文本，而不是${describe(v)} (${name} must be text)`);
  return v;
}

function optionalText(v: unknown, name: string): string | null {
  return isEmpty(v) ? null : requiredText(v, name);
}

function actualValue(v: unknown): number {
  if (isEmpty(v)) throw excelError("InvalidValue", "实际值为空 (actual is empty)");
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw excelError("InvalidValue", `实际值应为数字，而不是${describe(v)} (actual must be a number)`);
  }
  return v;
}

function yearValue(v: unknown, name: string): number | null {
  if (isEmpty(v)) return null;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1949 || v > 2100) {
    throw excelError("InvalidValue", `${name} 应为年份数字，如 2025，而不是${describe(v)}`);
  }
  return v;
}

function describe(v: unknown): string {
  if (typeof v === "number") return `数字 ${v}`;
  if (typeof v === "boolean") return `逻辑值 ${v ? "TRUE" : "FALSE"}`;
  if (typeof v === "string") return `文本 "${v}"`;
  return "其他值";
}

function notFound(message: string, suggestions: string[]): unknown {
  const hint = suggestions.length > 0 ? `；您是否要找：${suggestions.join("、")}` : "";
  return excelError("NotAvailable", message + hint);
}

function resolveRegion(idx: DatasetIndex, region: unknown): string {
  const r = idx.resolveRegion(requiredText(region, "region"));
  if (!r.ok) throw notFound(r.message, r.suggestions);
  return r.name;
}

/** The one target a planner means: latest year unless one is given; ambiguity is #N/A with the choices. */
function lookup(region: unknown, subject: unknown, indicator: unknown, year: unknown): PolicyRecord {
  const idx = index();
  const reg = resolveRegion(idx, region);
  const subj = requiredText(subject, "subject");
  const ind = optionalText(indicator, "indicator");
  const y = yearValue(year, "year");

  let records: PolicyRecord[];
  const s = idx.resolveSubject(reg, subj);
  if (s.ok) records = idx.find({ region: reg, subject: s.name, kind: "target" });
  else {
    // a measure of the region itself: TARGET("佛山高新区", "工业总产值")
    const name = cleanName(subj);
    records = idx
      .find({ region: reg, kind: "target" })
      .filter((r) => r.subject === null && r.indicator === name);
    if (records.length === 0) throw notFound(s.message, s.suggestions);
  }
  if (records.length === 0)
    throw excelError("NotAvailable", `${reg}的“${subj}”只有实际值，没有目标 (no target, only actuals)`);
  if (ind !== null) {
    const name = cleanName(ind);
    const hit = records.filter((r) => r.indicator === name);
    if (hit.length === 0)
      throw notFound(`没有指标“${ind}” (unknown indicator)`, distinct(records.map((r) => r.indicator ?? "")));
    records = hit;
  }
  if (y !== null) {
    const hit = records.filter((r) => r.year === y);
    if (hit.length === 0)
      throw notFound(
        `没有 ${y} 年的目标 (no target for ${y})`,
        distinct(records.map((r) => String(r.year ?? ""))),
      );
    records = hit;
  } else {
    const latest = Math.max(...records.map((r) => r.year ?? -Infinity));
    records = records.filter((r) => (r.year ?? -Infinity) === latest);
  }
  const indicators = distinct(records.map((r) => r.indicator ?? "（无）"));
  if (indicators.length > 1) {
    throw excelError(
      "NotAvailable",
      `有多个指标，请指定 indicator：${indicators.join("、")} (several indicators)`,
    );
  }
  const values = distinct(records.map((r) => `${r.value}|${r.valueMax}|${r.unit}|${r.comparator}`));
  if (values.length > 1)
    throw excelError("NotAvailable", `多个来源给出不同的目标值 (sources disagree): ${values.length} 个`);
  return records[0];
}

function distinct(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x !== ""))];
}
