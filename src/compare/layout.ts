import { COMPARATOR_LABELS } from "../lexicon/comparators";
import type { PolicyDocument, PolicyRecord } from "../model/schema";
import { APPROX_TOLERANCE, STATUS_ABOVE, STATUS_MISSED, STATUS_REACHED, gapUnit } from "./attainment";

/**
 * The target table, defined once: the Excel insertion (src/office/) and the .xlsx export write the same
 * columns, number formats and formulas from here, so they cannot drift apart.
 */
export type ColumnKey =
  | "subject"
  | "indicator"
  | "comparator"
  | "value"
  | "valueMax"
  | "unit"
  | "year"
  | "actual"
  | "actualYear"
  | "progress"
  | "gap"
  | "status"
  | "source"
  | "id";

export interface ColumnDef {
  key: ColumnKey;
  header: string;
  /** Typed by the planner; never written by refresh. */
  input?: boolean;
  /** Computed by an Excel formula. */
  formula?: boolean;
  hidden?: boolean;
  width: number;
}

export const COLUMNS: readonly ColumnDef[] = [
  { key: "subject", header: "对象", width: 18 },
  { key: "indicator", header: "指标", width: 14 },
  { key: "comparator", header: "比较", width: 8 },
  { key: "value", header: "目标值", width: 12 },
  { key: "valueMax", header: "目标上限", width: 10 },
  { key: "unit", header: "单位", width: 8 },
  { key: "year", header: "目标年份", width: 10 },
  { key: "actual", header: "实际值", input: true, width: 12 },
  { key: "actualYear", header: "实际年份", input: true, width: 10 },
  { key: "progress", header: "完成率", formula: true, width: 10 },
  { key: "gap", header: "差距", formula: true, width: 12 },
  { key: "status", header: "状态", formula: true, width: 10 },
  { key: "source", header: "来源", width: 40 },
  { key: "id", header: "记录ID", hidden: true, width: 14 },
];

/** Columns refresh may rewrite from the dataset (never the planner's inputs). */
export const TARGET_COLUMNS: readonly ColumnKey[] = [
  "subject",
  "indicator",
  "comparator",
  "value",
  "valueMax",
  "unit",
  "year",
  "source",
];

export const HEADERS = COLUMNS.map((c) => c.header);
export { STATUS_ABOVE, STATUS_MISSED, STATUS_REACHED };

/** 状态's colours (fill, text) by status, in the order the rules apply: Excel's good, bad and neutral styles. */
export const STATUS_COLOURS: readonly (readonly [status: string, fill: string, font: string])[] = [
  [STATUS_REACHED, "#C6EFCE", "#006100"],
  [STATUS_MISSED, "#FFC7CE", "#9C0006"],
  [STATUS_ABOVE, "#FFEB9C", "#9C5700"],
];

export function columnIndex(key: ColumnKey): number {
  return COLUMNS.findIndex((c) => c.key === key);
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function ref(key: ColumnKey, row: number): string {
  return `${columnLetter(columnIndex(key))}${row}`;
}

/**
 * The formulas of one row (1-based sheet row). They are ordinary formulas over the row's own cells, so the
 * sheet works without the add-in, and they agree with src/compare/attainment.ts (tested in a formula engine).
 */
export function rowFormulas(row: number): Record<"progress" | "gap" | "status", string> {
  const a = ref("actual", row);
  const v = ref("value", row);
  const m = ref("valueMax", row);
  const c = ref("comparator", row);
  const u = ref("unit", row);
  const L = COMPARATOR_LABELS;
  const range = `AND(${c}="${L.range}",ISNUMBER(${m}))`;
  const reached =
    `IF(${c}="${L.gt}",${a}>${v},` +
    `IF(${c}="${L.lt}",${a}<${v},` +
    `IF(${c}="${L.lte}",${a}<=${v},` +
    `IF(${c}="${L.approx}",${a}>=${v}*${1 - APPROX_TOLERANCE},${a}>=${v}))))`;
  // 完成率 only for a floor of an amount: not for rates (%, 百分点) nor ceilings (不超过, 低于)
  const noProgress = `OR(${u}="%",${u}="百分点",${c}="${L.lte}",${c}="${L.lt}",${v}=0)`;
  return {
    progress: `=IF(OR(${a}="",${noProgress}),"",${a}/${v})`,
    gap: `=IF(${a}="","",IF(${range},IF(${a}>${m},${a}-${m},IF(${a}>=${v},0,${a}-${v})),${a}-${v}))`,
    status:
      `=IF(${a}="","",IF(AND(${range},${a}>${m}),"${STATUS_ABOVE}",` +
      `IF(${reached},"${STATUS_REACHED}","${STATUS_MISSED}")))`,
  };
}

/** Number format of a gap: a rate's gap is in 个百分点. */
export function gapFormat(unit: string): string {
  return valueFormat(gapUnit(unit));
}

/** Number format for a value in a unit: 亿元 with two decimals, counts whole, rates with a % sign. */
export function valueFormat(unit: string): string {
  if (unit === "个百分点") return '0.0#"个百分点"';
  if (unit === "%") return '0.0#"%"';
  if (unit === "百分点") return '0.0#"个百分点"';
  if (/元$/.test(unit)) return "#,##0.00";
  return "#,##0";
}

export const PROGRESS_FORMAT = "0.0%";
export const YEAR_FORMAT = "0";

/**
 * Text a spreadsheet would take for a formula (=, +, -, @, a tab or CR first, as OWASP lists them) is written as
 * text: a leading apostrophe, which Excel and LibreOffice read as "this is text" and do not show. Text that
 * itself starts with an apostrophe gets one more, so that it keeps its own.
 */
export function asText(s: string): string {
  return /^[=+\-@'\t\r]/.test(s) ? `'${s}` : s;
}

export type Cell = string | number | null;

export function sourceText(r: PolicyRecord, doc: PolicyDocument | undefined): string {
  return [doc?.title, doc?.issuer, doc?.date].filter(Boolean).join(" · ");
}

/** The cells a record fills in the target columns, in column order (input and formula cells are null). */
export function targetCells(r: PolicyRecord, doc: PolicyDocument | undefined): Record<ColumnKey, Cell> {
  return {
    subject: asText(r.subject ?? r.region),
    indicator: asText(r.indicator ?? ""),
    comparator: COMPARATOR_LABELS[r.comparator],
    value: r.value,
    valueMax: r.valueMax,
    unit: asText(r.unit),
    year: r.year,
    actual: null,
    actualYear: null,
    progress: null,
    gap: null,
    status: null,
    source: asText(sourceText(r, doc)),
    id: asText(r.id),
  };
}

/**
 * The formulas grid (what Excel's range.formulas takes) of a whole table: header and one row per record,
 * starting at sheet row `firstRow` (1-based) for the header.
 */
export function tableGrid(
  records: PolicyRecord[],
  docOf: (id: string) => PolicyDocument | undefined,
  firstRow = 1,
): Cell[][] {
  const rows: Cell[][] = [HEADERS.slice()];
  records.forEach((r, i) => {
    const cells = targetCells(r, docOf(r.documentId));
    const f = rowFormulas(firstRow + 1 + i);
    rows.push(
      COLUMNS.map((c) => {
        if (c.key === "progress" || c.key === "gap" || c.key === "status") return f[c.key];
        if (c.input) return "";
        return cells[c.key] ?? "";
      }),
    );
  });
  return rows;
}

/**
 * A valid, unique sheet name (≤ 31 characters, none of : \ / ? * [ ]): a region's table is 佛山市目标, then
 * 佛山市目标(2)…; with another suffix (the 来源 sheet: none) the same, 来源, 来源(2)….
 */
export function sheetName(base: string, taken: string[], suffix = "目标"): string {
  // Excel: at most 31 characters, none of : \ / ? * [ ], no apostrophe first or last, not History, not empty
  const clean =
    base
      .replace(
        // eslint-disable-next-line no-control-regex -- control characters cannot stand in a sheet name
        /[\u0000-\u001F\u007F:\\/?*[\]]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        "",
      )
      .trim()
      .replace(/^'+/, "") || "目标";
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  // the suffix is kept whole and the region's name shortened to fit, so each number gives another name
  for (let i = 1; ; i++) {
    const end = i === 1 ? suffix : `${suffix}(${i})`;
    const name = fit(clean, 31 - end.length) + end;
    if (!lower.has(name.toLowerCase()) && name.toLowerCase() !== "history") return name;
  }
}

/** The longest start of `text` within `max` UTF-16 units, never splitting a character. */
function fit(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
