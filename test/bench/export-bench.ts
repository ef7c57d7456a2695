// npm run bench (fourth part): exporting a 1,000-row workbook, and the browser end-to-end suite's duration.
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { DatasetIndex } from "../../src/dataset/query";
import { buildWorkbook } from "../../src/export/workbook";
import type { PolicyRecord } from "../../src/model/schema";
import { seedDataset } from "../functions/fixture";

async function main() {
  const ds = seedDataset();
  const idx = new DatasetIndex(ds);
  const base = idx.find({ region: "佛山市", kind: "target" })[0];
  const records: PolicyRecord[] = Array.from({ length: 1000 }, (_, i) => ({
    ...base,
    id: `r${i}`,
    subject: `产业${i}`,
  }));
  const actuals = Object.fromEntries(records.map((r, i) => [r.id, { actual: 9000 + i, actualYear: 2022 }]));
  await (
    await buildWorkbook(ExcelJS, {
      region: "佛山市",
      records: records.slice(0, 10),
      docOf: (id) => idx.document(id),
      dataset: ds,
    })
  ).xlsx.writeBuffer();
  const t0 = performance.now();
  const wb = await buildWorkbook(ExcelJS, {
    region: "佛山市",
    records,
    docOf: (id) => idx.document(id),
    dataset: ds,
    actuals,
  });
  const buf = await wb.xlsx.writeBuffer();
  const t = performance.now() - t0;
  console.log(
    `export 1,000 rows to .xlsx: ${t.toFixed(0)} ms, ${(buf.byteLength / 1024).toFixed(0)} KiB   [goal ≤ 2000 ms]`,
  );

  const root = path.join(__dirname, "..", "..");
  const e0 = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "jest", "bin", "jest.js"), "test/e2e"],
    { cwd: root, encoding: "utf8" },
  );
  const e = (performance.now() - e0) / 1000;
  const summary = /Tests:\s+(.*)/.exec(run.stderr)?.[1] ?? "did not report";
  console.log(`browser end-to-end suite: ${e.toFixed(1)} s (${summary})   [goal ≤ 120 s]`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
