import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gap, progress, status } from "../../src/compare/attainment";
import { HEADERS, STATUS_COLOURS, columnIndex } from "../../src/compare/layout";
import { DatasetIndex } from "../../src/dataset/query";
import type { Actuals } from "../../src/export/workbook";
import { foshanWorkbook } from "./foshan-export";
import type { PolicyRecord } from "../../src/model/schema";
import { seedDataset } from "../functions/fixture";

// The exported workbook opened by a real spreadsheet program: LibreOffice Calc, headless, recalculates the
// formulas the export wrote; its 完成率/差距/状态 must agree with src/compare/.
const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The workbook's first sheet as LibreOffice renders it to HTML: cell colours include its conditional formats. */
function calcHtml(xlsx: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "lo-out-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "html", "--outdir", out, xlsx],
    { stdio: "pipe", timeout: 120_000 },
  );
  return fs.readFileSync(
    path.join(
      out,
      fs.readdirSync(out).find((f) => f.endsWith(".html"))!,
    ),
    "utf8",
  );
}

function calc(xlsx: string): Record<string, string[][]> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "lo-out-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      xlsx,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  const sheets: Record<string, string[][]> = {};
  for (const f of fs.readdirSync(out))
    sheets[f.replace(/^.*?-(.*)\.csv$/, "$1")] = parseCsv(fs.readFileSync(path.join(out, f), "utf8"));
  return sheets;
}

/** 佛山市's table of these records and actuals, exported to a file. */
async function exported(records: PolicyRecord[], actuals: Actuals): Promise<string> {
  const wb = await foshanWorkbook(records, actuals);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "export-")), "t.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("an exported workbook in LibreOffice Calc", () => {
  beforeAll(() => {
    if (spawnSync(SOFFICE, ["--version"]).status !== 0)
      throw new Error("LibreOffice is missing: .ci/run installs libreoffice-calc-nogui");
  });

  test("recalculated 完成率, 差距 and 状态 agree with the shared comparison", async () => {
    const index = new DatasetIndex(seedDataset());
    const base = index.find({ region: "佛山市", kind: "target" });
    const comparators: PolicyRecord["comparator"][] = ["gt", "gte", "eq", "lte", "lt", "approx", "range"];
    const records: PolicyRecord[] = [];
    const actuals: Actuals = {};
    comparators.forEach((comparator, i) => {
      for (const unit of ["亿元", "%"])
        for (const [j, actual] of [900, 960, 1000, 1040, 1100].entries()) {
          const r = {
            ...base[0],
            id: `t${i}${j}${unit === "%" ? "p" : ""}`,
            subject: `对象${i}${j}`,
            comparator,
            value: 1000,
            valueMax: comparator === "range" ? 1050 : null,
            unit,
          };
          records.push(r);
          actuals[r.id] = { actual, actualYear: 2022 };
        }
    });
    records.push({ ...base[0], id: "empty", subject: "未填" });
    const file = await exported(records, actuals);
    const sheets = calc(file);
    const table = sheets["佛山市目标"];
    expect(table[0]).toEqual(HEADERS);
    for (const rec of records) {
      const row = table.find((r) => r[columnIndex("id")] === rec.id)!;
      const a = actuals[rec.id]?.actual;
      if (a == null) {
        expect([row[columnIndex("progress")], row[columnIndex("gap")], row[columnIndex("status")]]).toEqual([
          "",
          "",
          "",
        ]);
        continue;
      }
      expect(row[columnIndex("status")]).toBe(status(a, rec));
      // a rate's gap is formatted in 个百分点
      expect(Number(row[columnIndex("gap")].replace(/个百分点$/, ""))).toBeCloseTo(gap(a, rec), 9);
      const shown = row[columnIndex("progress")]; // a percentage-formatted cell comes out as "90%" or 0.9
      const expected = progress(a, rec);
      if (expected === null) {
        expect(shown).toBe("");
        continue;
      }
      const p = shown.endsWith("%") ? Number(shown.slice(0, -1)) / 100 : Number(shown);
      expect(p).toBeCloseTo(expected, 3);
    }
    expect(sheets["来源"][1][0]).toBe(records[0].id);
  });

  test("状态 is coloured by its conditional formats: green reached, red missed, amber above a range", async () => {
    const index = new DatasetIndex(seedDataset());
    const base = index.find({ region: "佛山市", kind: "target" })[0];
    const rec = (
      id: string,
      comparator: PolicyRecord["comparator"],
      valueMax: number | null,
    ): PolicyRecord => ({
      ...base,
      id,
      subject: `对象${id}`,
      comparator,
      value: 1000,
      valueMax,
      unit: "亿元",
    });
    const records = [
      rec("up1", "gte", null),
      rec("up2", "gte", null),
      rec("down", "gte", null),
      rec("above", "range", 1100),
      rec("blank", "gte", null),
    ];
    const actuals: Actuals = {
      up1: { actual: 1200, actualYear: 2022 },
      up2: { actual: 1000, actualYear: 2022 },
      down: { actual: 800, actualYear: 2022 },
      above: { actual: 1500, actualYear: 2022 },
    };
    const expected = new Map<string, number>();
    for (const r of records) {
      const a = actuals[r.id]?.actual;
      if (a != null) expected.set(status(a, r), (expected.get(status(a, r)) ?? 0) + 1);
    }
    expect([...expected.values()].reduce((x, y) => x + y)).toBe(4);
    const file = await exported(records, actuals);
    const html = calcHtml(file);
    for (const [text, fill, font] of STATUS_COLOURS) {
      const cells = [...html.matchAll(new RegExp(`<td([^>]*)>((?:<[^>]*>)*)${text}<`, "g"))];
      expect(cells).toHaveLength(expected.get(text) ?? 0);
      for (const [, attrs, inner] of cells) {
        expect(attrs).toMatch(new RegExp(`bgcolor="${fill}"`, "i"));
        expect(inner.match(/<font[^>]*color="(#[0-9A-F]{6})"/i)?.[1].toUpperCase()).toBe(font);
      }
    }
  });
});
