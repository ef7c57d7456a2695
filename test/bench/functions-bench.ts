// npm run bench (second part): worksheet functions in a real formula engine against XLOOKUP over the same
// targets, dataset load and lookup speed, and the size of what the functions ship. Ratios are against
// baselines measured in this run.
import * as fs from "node:fs";
import * as path from "node:path";
import { DatasetIndex } from "../../src/dataset/query";
import { gazetteer } from "../../src/lexicon/regions";
import { parseDataset, type Dataset, type PolicyRecord } from "../../src/model/schema";
import { getStore } from "../../src/state/store";
import * as F from "../../src/functions/functions";
import { HyperFormula } from "hyperformula";
import { engine, registerPolicyFunctions } from "../helpers/formula-engine";

function syntheticDataset(n: number): Dataset {
  const cities = gazetteer()
    .entries.filter((e) => e.level === "city")
    .slice(0, Math.ceil(n / 100));
  const text = "到2025年,某市某产业产值突破1000亿元。";
  const records: PolicyRecord[] = [];
  for (let i = 0; i < n; i++) {
    const c = cities[Math.floor(i / 100)];
    records.push({
      id: `r${i.toString(16).padStart(12, "0")}`,
      documentId: "dbench",
      kind: "target",
      region: c.name,
      regionPath: c.path,
      subject: `产业${i % 100}`,
      indicator: "产值规模",
      value: 1000 + i,
      valueMax: null,
      unit: "亿元",
      comparator: "gt",
      direction: null,
      year: 2025,
      stated: { region: true, subject: true, year: true },
      quote: text,
      span: [12, 20],
    });
  }
  return {
    schemaVersion: 2,
    version: "1.benchbenchben",
    documents: [
      {
        id: "dbench",
        file: "bench.txt",
        title: "bench",
        issuer: null,
        date: "2021",
        regions: [],
        text,
        warnings: [],
      },
    ],
    records,
  };
}

function ms(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function main() {
  // 1. load and index 10,000 records, and one lookup
  const big = syntheticDataset(10_000);
  const json = JSON.stringify(big);
  let index: DatasetIndex | null = null;
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const loads: number[] = [];
  const validations: number[] = [];
  for (let k = 0; k < 7; k++) {
    loads.push(ms(() => (index = new DatasetIndex(JSON.parse(json)))));
    validations.push(
      ms(() => {
        const parsed = parseDataset(JSON.parse(json));
        if (!parsed.ok) throw new Error(parsed.error);
      }),
    );
  }
  const tLoad = median(loads);
  const tValidate = median(validations);
  getStore().setDataset(big, "bundled");
  void index;
  const cities = [...new Set(big.records.map((r) => r.region))];
  const calls = 200_000;
  for (let i = 0; i < 20_000; i++) F.target(cities[i % cities.length], `产业${i % 100}`);
  const tLookups = ms(() => {
    for (let i = 0; i < calls; i++) F.target(cities[i % cities.length], `产业${i % 100}`);
  });
  console.log(
    `load and index 10,000 records (JSON.parse + index), median of 7: ${tLoad.toFixed(1)} ms   [goal ≤ 50 ms]`,
  );
  console.log(
    `  schema validation of the same JSON (JSON.parse + zod), as for a workbook's stored dataset: ${tValidate.toFixed(1)} ms`,
  );
  console.log(`one POLICY.TARGET lookup: ${((tLookups * 1000) / calls).toFixed(2)} µs   [goal ≤ 5 µs]`);

  // 2. 10,000 formula cells in HyperFormula: POLICY.TARGET versus XLOOKUP over the targets as a sheet table
  await registerPolicyFunctions();
  const table = big.records.slice(0, 1000);
  getStore().setDataset({ ...big, records: table }, "bundled");
  const inputs = Array.from({ length: 10_000 }, (_, i) => table[(i * 7919) % table.length]);
  const policySheet = inputs.map((r, i) => [r.region, r.subject, `=POLICY.TARGET(A${i + 1},B${i + 1})`]);
  const lookupSheet = inputs.map((r, i) => [
    r.region,
    r.subject,
    `=XLOOKUP(A${i + 1}&"|"&B${i + 1},Targets!$A$1:$A$1000,Targets!$B$1:$B$1000)`,
  ]);
  const targetsTable = table.map((r) => [`${r.region}|${r.subject}`, r.value]);

  let hfPolicy: HyperFormula | null = null;
  const tPolicy = ms(() => (hfPolicy = engine(policySheet as (string | number)[][])));
  let hfLookup: HyperFormula | null = null;
  const tLookup = ms(
    () =>
      (hfLookup = HyperFormula.buildFromSheets(
        { Sheet1: lookupSheet, Targets: targetsTable },
        { licenseKey: "gpl-v3" },
      )),
  );
  const a = hfPolicy as unknown as HyperFormula;
  const b = hfLookup as unknown as HyperFormula;
  const edits = 20;
  let tEditPolicy = 0;
  let tEditLookup = 0;
  for (let k = 0; k < edits; k++) {
    const row = (k * 397) % inputs.length;
    const other = table[(row * 31 + k) % table.length];
    tEditPolicy += ms(() => a.setCellContents({ sheet: 0, col: 1, row }, other.subject));
    tEditLookup += ms(() => b.setCellContents({ sheet: 0, col: 1, row }, other.subject));
    const x = a.getCellValue({ sheet: 0, col: 2, row });
    const y = b.getCellValue({ sheet: 0, col: 2, row });
    if (x !== y) throw new Error(`the two sheets disagree at row ${row + 1}: ${String(x)} vs ${String(y)}`);
  }
  tEditPolicy /= edits;
  tEditLookup /= edits;
  console.log(
    `10,000 cells, full evaluation: POLICY.TARGET ${tPolicy.toFixed(0)} ms, XLOOKUP ${tLookup.toFixed(0)} ms, ratio ${(tPolicy / tLookup).toFixed(2)}   [goal ≤ 0.2]`,
  );
  console.log(
    `one edited input, recalculation (mean of 20): POLICY.TARGET ${tEditPolicy.toFixed(1)} ms, XLOOKUP ${tEditLookup.toFixed(1)} ms, ratio ${(tEditPolicy / tEditLookup).toFixed(2)}   [goal ≤ 1]`,
  );

  // 3. what the functions ship
  const entries = path.join(__dirname, "..", "..", "dist", "entrypoints.json");
  if (fs.existsSync(entries)) {
    const e = JSON.parse(fs.readFileSync(entries, "utf8")) as Record<
      string,
      { file: string; bytes: number }[]
    >;
    const kib = (xs: { bytes: number }[]) => (xs.reduce((n, x) => n + x.bytes, 0) / 1024).toFixed(0);
    const fn = e.functions;
    console.log(
      `functions entry: ${fn.map((f) => `${f.file} ${(f.bytes / 1024).toFixed(0)} KiB`).join(", ")} — ${kib(fn)} KiB in all, no React or Fluent UI`,
    );
  } else console.log("functions entry: build the add-in first (npm run build) to see its size");
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
