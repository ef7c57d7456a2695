import type { DatasetIndex } from "../dataset/query";
import { buildWorkbook, type Actuals } from "../export/workbook";
import type { PolicyRecord } from "../model/schema";

/** Build the .xlsx in the page (exceljs, loaded on demand) and hand it to the browser as a download. */
export async function downloadWorkbook(
  index: DatasetIndex,
  region: string,
  records: PolicyRecord[],
  actuals: Actuals,
): Promise<void> {
  const exceljs = (await import(/* webpackChunkName: "exceljs" */ "exceljs")).default;
  const wb = await buildWorkbook(exceljs, {
    region,
    records,
    docOf: (id) => index.document(id),
    dataset: index.dataset,
    actuals,
  });
  const buffer = await wb.xlsx.writeBuffer();
  const blob = new Blob([buffer], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${region}目标.xlsx`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
