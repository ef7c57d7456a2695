/* global Excel */
import {
  COLUMNS,
  PROGRESS_FORMAT,
  STATUS_COLOURS,
  YEAR_FORMAT,
  columnIndex,
  gapFormat,
  sheetName,
  tableGrid,
  valueFormat,
  type Cell,
} from "../compare/layout";
import type { PolicyDocument, PolicyRecord } from "../model/schema";

/** Target tables are Excel tables with this name prefix; refresh and compare find them by it. */
export const TABLE_PREFIX = "PolicyTargets";

export interface InsertResult {
  sheetName: string;
  tableName: string;
  rows: number;
}

const INPUT_FILL = "#FFF2CC";

/**
 * Insert a target table for `records` on a new worksheet named after the region: values, formulas, number
 * formats, conditional formats, a frozen header, a hidden record-id column and a chart of target vs actual.
 * Never writes into an existing sheet. Two context.sync() calls whatever the number of rows.
 */
export async function insertTargetTable(
  region: string,
  records: PolicyRecord[],
  docOf: (id: string) => PolicyDocument | undefined,
): Promise<InsertResult> {
  if (records.length === 0) throw new Error("没有可插入的目标 (no targets to insert)");
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();

    const name = sheetName(
      region,
      sheets.items.map((s) => s.name),
    );
    const taken = new Set(tables.items.map((t) => t.name));
    let tableName = TABLE_PREFIX;
    for (let i = 1; taken.has(tableName); i++) tableName = `${TABLE_PREFIX}${i}`;

    const sheet = sheets.add(name);
    const grid = tableGrid(records, docOf);
    const n = records.length;
    const width = COLUMNS.length;
    const whole = sheet.getRangeByIndexes(0, 0, n + 1, width);
    // text columns are formatted as text before anything is written, so later typing stays text
    for (const key of ["subject", "indicator", "comparator", "unit", "source", "id"] as const) {
      sheet.getRangeByIndexes(1, columnIndex(key), n, 1).numberFormat = fill(n, 1, "@");
    }
    whole.formulas = grid as (string | number)[][];
    const table = sheet.tables.add(whole, true);
    table.name = tableName;
    table.style = "TableStyleMedium2";

    const col = (key: Parameters<typeof columnIndex>[0]) =>
      sheet.getRangeByIndexes(1, columnIndex(key), n, 1);
    const byUnit = records.map((r) => [valueFormat(r.unit)]);
    col("value").numberFormat = byUnit;
    col("valueMax").numberFormat = byUnit;
    col("actual").numberFormat = byUnit;
    col("gap").numberFormat = records.map((r) => [gapFormat(r.unit)]);
    col("progress").numberFormat = fill(n, 1, PROGRESS_FORMAT);
    col("year").numberFormat = fill(n, 1, YEAR_FORMAT);
    col("actualYear").numberFormat = fill(n, 1, YEAR_FORMAT);
    col("actual").format.fill.color = INPUT_FILL;
    col("actualYear").format.fill.color = INPUT_FILL;
    // the input cells take numbers only, and say what to type
    const actualCells = col("actual").dataValidation;
    actualCells.rule = { decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" } };
    actualCells.prompt = { showPrompt: true, title: "实际值", message: "填写实际完成数，单位见“单位”列" };
    actualCells.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "实际值须为数字",
      message: "请填写数字，单位见“单位”列，不要带单位或文字。",
    };
    const yearCells = col("actualYear").dataValidation;
    yearCells.rule = { wholeNumber: { formula1: 1949, formula2: 2100, operator: "Between" } };
    yearCells.prompt = { showPrompt: true, title: "实际年份", message: "实际值所属的年份，如 2024" };
    yearCells.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "年份无效",
      message: "请填写 1949 到 2100 之间的年份。",
    };

    const bar = col("progress").conditionalFormats.add("DataBar");
    bar.dataBar.barDirection = "LeftToRight";
    for (const [text, color, font] of STATUS_COLOURS) {
      const cf = col("status").conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = color;
      cf.textComparison.format.font.color = font;
      cf.textComparison.rule = { operator: "Contains", text };
    }

    COLUMNS.forEach((c, i) => {
      const column = sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn();
      column.format.columnWidth = c.width * 7;
      if (c.hidden) column.columnHidden = true;
    });
    sheet.freezePanes.freezeRows(1);

    const labels = col("subject");
    const chart = sheet.charts.add("ColumnClustered", col("value"), "Columns");
    chart.title.text = `${region} 目标与实际`;
    const target = chart.series.getItemAt(0);
    target.name = "目标值";
    target.setXAxisValues(labels);
    const actual = chart.series.add("实际值");
    actual.setValues(col("actual"));
    actual.setXAxisValues(labels);
    chart.setPosition(sheet.getRangeByIndexes(n + 3, 0, 1, 1), sheet.getRangeByIndexes(n + 20, 6, 1, 1));

    sheet.activate();
    await context.sync();
    return { sheetName: name, tableName, rows: n };
  });
}

function fill(rows: number, cols: number, v: Cell): Cell[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
}
