import type ExcelJS from "exceljs";
import {
  COLUMNS,
  PROGRESS_FORMAT,
  STATUS_COLOURS,
  YEAR_FORMAT,
  columnIndex,
  gapFormat,
  type ColumnKey,
  columnLetter,
  sheetName,
  sourceText,
  tableGrid,
  valueFormat,
} from "../compare/layout";
import { COMPARATOR_LABELS } from "../lexicon/comparators";
import { gap, progress, status } from "../compare/attainment";
import type { Dataset, PolicyDocument, PolicyRecord } from "../model/schema";

/** What the planner typed for a row, by record id. */
export type Actuals = Record<string, { actual?: number | null; actualYear?: number | null }>;

export interface ExportInput {
  region: string;
  records: PolicyRecord[];
  docOf: (id: string) => PolicyDocument | undefined;
  dataset: Pick<Dataset, "version">;
  actuals?: Actuals;
}

const INPUT_FILL = "FFFFF2CC";

/** A unit as a planner reads it in a prompt: 百分点 as 个百分点. */
function gapUnitLabel(unit: string): string {
  return unit === "百分点" ? "个百分点" : unit;
}

/**
 * The same target table as the Excel insertion (src/office/target-table.ts), from the same layout, as an .xlsx
 * workbook: formulas, number formats, input styling, conditional formats, frozen header, hidden record ids, a
 * 来源 sheet with every record's document, date and quote, and the dataset version in the properties.
 */
export async function buildWorkbook(exceljs: typeof ExcelJS, input: ExportInput): Promise<ExcelJS.Workbook> {
  const { region, records, docOf, dataset, actuals = {} } = input;
  const wb = new exceljs.Workbook();
  wb.creator = "政策目标助手";
  wb.title = `${region} 目标`;
  wb.subject = "policy targets";
  wb.keywords = `dataset ${dataset.version}`;
  wb.description = `数据集版本 ${dataset.version}`;

  const ws = wb.addWorksheet(sheetName(region, []), { views: [{ state: "frozen", ySplit: 1 }] });
  const grid = tableGrid(records, docOf);
  grid.forEach((row, r) => {
    const rec = r > 0 ? records[r - 1] : null;
    const typed = rec ? actuals[rec.id] : undefined;
    const actual = typeof typed?.actual === "number" ? typed.actual : null;
    // what each formula evaluates to, from the shared comparison: previewers, Protected View and WPS show it
    // without recalculating
    const cached: Partial<Record<ColumnKey, number | string>> = rec
      ? {
          progress: actual === null ? "" : (progress(actual, rec) ?? ""),
          gap: actual === null ? "" : gap(actual, rec),
          status: actual === null ? "" : status(actual, rec),
        }
      : {};
    const values = row.map((cell, c) => {
      const key = COLUMNS[c].key;
      if (rec && (key === "actual" || key === "actualYear")) return typed?.[key] ?? null;
      // only the formula columns hold formulas, whatever a text cell starts with
      if (rec && COLUMNS[c].formula && typeof cell === "string")
        return { formula: cell.slice(1), result: cached[key] } as ExcelJS.CellFormulaValue;
      if (typeof cell === "string" && cell.startsWith("'")) return cell.slice(1); // text, marked as text by asText
      return cell === "" ? null : cell;
    });
    ws.addRow(values);
  });
  const n = records.length;
  ws.getRow(1).font = { bold: true };
  COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  records.forEach((rec, i) => {
    const row = ws.getRow(i + 2);
    const fmt = valueFormat(rec.unit);
    for (const key of ["value", "valueMax", "actual"] as const)
      row.getCell(columnIndex(key) + 1).numFmt = fmt;
    row.getCell(columnIndex("gap") + 1).numFmt = gapFormat(rec.unit);
    row.getCell(columnIndex("progress") + 1).numFmt = PROGRESS_FORMAT;
    row.getCell(columnIndex("year") + 1).numFmt = YEAR_FORMAT;
    row.getCell(columnIndex("actualYear") + 1).numFmt = YEAR_FORMAT;
    for (const key of ["actual", "actualYear"] as const) {
      row.getCell(columnIndex(key) + 1).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: INPUT_FILL },
      };
    }
    // the input cells take numbers only, and say what to type
    row.getCell(columnIndex("actual") + 1).dataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [-1e15, 1e15],
      showInputMessage: true,
      promptTitle: "实际值",
      prompt: `填写实际完成数，单位：${gapUnitLabel(rec.unit)}`,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "实际值须为数字",
      error: `请填写数字（单位：${gapUnitLabel(rec.unit)}），不要带单位或文字。`,
    };
    row.getCell(columnIndex("actualYear") + 1).dataValidation = {
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [1949, 2100],
      showInputMessage: true,
      promptTitle: "实际年份",
      prompt: "实际值所属的年份，如 2024",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "年份无效",
      error: "请填写 1949 到 2100 之间的年份。",
    };
  });
  // printed on one page wide, landscape, the header row on every page
  const print: Partial<ExcelJS.PageSetup> = {
    orientation: "landscape",
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
  ws.pageSetup = { ...ws.pageSetup, ...print };
  const last = n + 1;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: COLUMNS.length } };
  const colRange = (key: Parameters<typeof columnIndex>[0]) =>
    `${columnLetter(columnIndex(key))}2:${columnLetter(columnIndex(key))}${last}`;
  ws.addConditionalFormatting({
    ref: colRange("progress"),
    rules: [
      {
        type: "dataBar",
        priority: 1,
        cfvo: [
          { type: "num", value: 0 },
          { type: "num", value: 1 },
        ],
        color: { argb: "FF638EC6" },
      } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
  const statusRule = (
    text: string,
    priority: number,
    fill: string,
    font: string,
  ): ExcelJS.ConditionalFormattingRule => ({
    // a formula rule on the range's first cell: Excel and LibreOffice both colour by it (a containsText rule
    // without its formula is read by Excel only)
    type: "expression",
    formulae: [`${columnLetter(columnIndex("status"))}2="${text}"`],
    priority,
    style: {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill } },
      font: { color: { argb: font } },
    },
  });
  ws.addConditionalFormatting({
    ref: colRange("status"),
    rules: STATUS_COLOURS.map(([text, fill, font], i) =>
      statusRule(text, i + 2, `FF${fill.slice(1)}`, `FF${font.slice(1)}`),
    ),
  });

  const src = wb.addWorksheet("来源");
  src.addRow([
    "记录ID",
    "地区",
    "对象",
    "指标",
    "比较",
    "数值",
    "单位",
    "年份",
    "文件",
    "发文机关",
    "日期",
    "原文",
  ]);
  src.getRow(1).font = { bold: true };
  for (const r of records) {
    const doc = docOf(r.documentId);
    src.addRow([
      r.id,
      r.region,
      r.subject ?? "",
      r.indicator ?? "",
      COMPARATOR_LABELS[r.comparator],
      r.value,
      r.unit,
      r.year ?? "",
      doc?.title ?? sourceText(r, doc),
      doc?.issuer ?? "",
      doc?.date ?? "",
      r.quote,
    ]);
  }
  src.getColumn(12).width = 80;
  src.getColumn(9).width = 40;
  src.getColumn(12).alignment = { wrapText: true, vertical: "top" };
  src.pageSetup = { ...src.pageSetup, ...print };
  return wb;
}
