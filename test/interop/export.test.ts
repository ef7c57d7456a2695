// The exported workbook as programs that do not recalculate see it (previewers, Protected View, WPS): cached
// results in every formula cell; and as a printer and a planner typing into it see it.
import ExcelJS from "exceljs";
import { gap, progress, status } from "../../src/compare/attainment";
import { COLUMNS, columnIndex } from "../../src/compare/layout";
import { DatasetIndex } from "../../src/dataset/query";
import type { Actuals } from "../../src/export/workbook";
import { foshanWorkbook } from "./foshan-export";
import { seedDataset } from "../functions/fixture";

async function exported() {
  const index = new DatasetIndex(seedDataset());
  const records = index.find({ region: "佛山市", kind: "target" });
  const actuals: Actuals = {};
  records.forEach((r, i) => {
    if (i % 3 !== 2) actuals[r.id] = { actual: r.value * (0.8 + 0.15 * i), actualYear: 2022 };
  });
  const wb = await foshanWorkbook(records, actuals);
  // written and read back, as a file
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return { records, actuals, wb: back };
}

test("every formula cell carries its result, computed by the shared comparison", async () => {
  const { records, actuals, wb } = await exported();
  const ws = wb.worksheets[0];
  records.forEach((rec, i) => {
    const a = actuals[rec.id]?.actual ?? null;
    const expected = {
      progress: a === null ? "" : (progress(a, rec) ?? ""),
      gap: a === null ? "" : gap(a, rec),
      status: a === null ? "" : status(a, rec),
    };
    for (const key of ["progress", "gap", "status"] as const) {
      const v = ws.getRow(i + 2).getCell(columnIndex(key) + 1).value as ExcelJS.CellFormulaValue;
      expect(v.formula).toBeTruthy();
      if (expected[key] === "") expect(v.result ?? "").toBe("");
      else if (typeof expected[key] === "number") expect(v.result).toBeCloseTo(expected[key] as number, 9);
      else expect(v.result).toBe(expected[key]);
    }
  });
});

test("print setup: landscape, one page wide, the header row repeated; 来源 printable too", async () => {
  const { wb } = await exported();
  for (const ws of wb.worksheets) {
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toBe("1:1");
  }
});

test("实际值 and 实际年份 take numbers only and say what to type", async () => {
  const { records, wb } = await exported();
  const ws = wb.worksheets[0];
  records.forEach((rec, i) => {
    const actual = ws.getRow(i + 2).getCell(columnIndex("actual") + 1).dataValidation;
    expect(actual).toMatchObject({ type: "decimal", showInputMessage: true, showErrorMessage: true });
    expect(actual.prompt).toContain(rec.unit);
    const year = ws.getRow(i + 2).getCell(columnIndex("actualYear") + 1).dataValidation;
    expect(year).toMatchObject({ type: "whole", formulae: [1949, 2100] });
  });
  // no total row: the rows' units differ, a sum would mean nothing
  expect(ws.rowCount).toBe(records.length + 1);
  expect(COLUMNS.length).toBe(ws.columnCount);
});
