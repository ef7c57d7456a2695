import ExcelJS from "exceljs";
import { DatasetIndex } from "../../src/dataset/query";
import { buildWorkbook, type Actuals } from "../../src/export/workbook";
import type { PolicyRecord } from "../../src/model/schema";
import { seedDataset } from "../functions/fixture";

/** 佛山市's target table of these records and actuals, as the CLI and the browser export it. */
export function foshanWorkbook(records: PolicyRecord[], actuals: Actuals): Promise<ExcelJS.Workbook> {
  const index = new DatasetIndex(seedDataset());
  return buildWorkbook(ExcelJS, {
    region: "佛山市",
    records,
    docOf: (id) => index.document(id),
    dataset: seedDataset(),
    actuals,
  });
}
