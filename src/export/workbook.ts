import type ExcelJS from "exceljs";
import {
  COLUMNS,
  PROGRESS_FORMAT,
  STATUS_ABOVE,
  STATUS_MISSED,
  STATUS_REACHED,
  YEAR_FORMAT,
  columnIndex,
  gapFormat,
  columnLetter,
  sheetName,
  sourceText,
  tableGrid,
  valueFormat,
} from "../compare/layout";
import { COMPARATOR_LABELS } from "../lexicon/comparators";
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
    const values = row.map((cell, c) => {
      const key = COLUMNS[c].key;
      if (r > 0 && (key === "actual" || key === "actualYear")) {
        const typed = actuals[String(row[columnIndex("id")])]?.[key];
        return typed ?? null;
      }
      // only the formula columns hold formulas, whatever a text cell starts with
      if (r > 0 && COLUMNS[c].formula && typeof cell === "string") return { formula: cell.slice(1) };
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
  });
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
    rules: [
      statusRule(STATUS_REACHED, 2, "FFC6EFCE", "FF006100"),
      statusRule(STATUS_MISSED, 3, "FFFFC7CE", "FF9C0006"),
      statusRule(STATUS_ABOVE, 4, "FFFFEB9C", "FF9C5700"),
    ],
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
  return wb;
}
