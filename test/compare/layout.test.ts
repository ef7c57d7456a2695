import {
  COLUMNS,
  HEADERS,
  TARGET_COLUMNS,
  YEAR_FORMAT,
  asText,
  columnLetter,
  gapFormat,
  sheetName,
  sourceText,
  tableGrid,
  valueFormat,
} from "../../src/compare/layout";
import type { PolicyDocument, PolicyRecord } from "../../src/model/schema";
import { seedDataset } from "../functions/fixture";

test("the table a planner sees: headers, input, formula and hidden columns", () => {
  expect(HEADERS).toEqual([
    "对象",
    "指标",
    "比较",
    "目标值",
    "目标上限",
    "单位",
    "目标年份",
    "实际值",
    "实际年份",
    "完成率",
    "差距",
    "状态",
    "来源",
    "记录ID",
  ]);
  expect(COLUMNS.filter((c) => c.input).map((c) => c.key)).toEqual(["actual", "actualYear"]);
  expect(COLUMNS.filter((c) => c.formula).map((c) => c.key)).toEqual(["progress", "gap", "status"]);
  expect(COLUMNS.filter((c) => c.hidden).map((c) => c.key)).toEqual(["id"]);
  // refresh never rewrites what the planner types nor the formulas
  for (const k of TARGET_COLUMNS) expect(COLUMNS.find((c) => c.key === k)).not.toMatchObject({ input: true });
  for (const k of TARGET_COLUMNS) expect(COLUMNS.find((c) => c.key === k)?.formula).toBeFalsy();
});

test("column letters", () => {
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
    "A",
    "B",
    "Z",
    "AA",
    "AB",
    "AZ",
    "BA",
    "ZZ",
    "AAA",
  ]);
});

test("number formats by unit; a rate's gap in 个百分点", () => {
  expect(valueFormat("%")).toBe('0.0#"%"');
  expect(valueFormat("百分点")).toBe('0.0#"个百分点"');
  expect(valueFormat("亿元")).toBe("#,##0.00");
  expect(valueFormat("万元")).toBe("#,##0.00");
  expect(valueFormat("家")).toBe("#,##0");
  expect(gapFormat("%")).toBe('0.0#"个百分点"');
  expect(gapFormat("亿元")).toBe("#,##0.00");
});

test("text a spreadsheet would run is marked as text; other text is left alone", () => {
  for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]) expect(asText(s)).toBe(`'${s}`);
  expect(asText("'quoted")).toBe("''quoted");
  for (const s of ["佛山", "a=1", "1-2", ""]) expect(asText(s)).toBe(s);
});

test("a record's source: title, issuer and date of its document, what there is of them", () => {
  const r = seedDataset().records[0];
  const doc = (over: Partial<PolicyDocument>) => ({ ...seedDataset().documents[0], ...over });
  expect(sourceText(r, doc({ title: "方案", issuer: "市政府", date: "2024-01-02" }))).toBe(
    "方案 · 市政府 · 2024-01-02",
  );
  expect(sourceText(r, doc({ title: "方案", issuer: null, date: null }))).toBe("方案");
  expect(sourceText(r, undefined)).toBe("");
});

test("the grid: the header row, each record's cells, empty inputs and the row's formulas", () => {
  const recs = seedDataset().records.slice(0, 2) as PolicyRecord[];
  const grid = tableGrid(recs, () => undefined, 5);
  expect(grid[0]).toEqual(HEADERS);
  expect(grid[0]).not.toBe(HEADERS);
  const at = (row: number, key: string) => grid[row][COLUMNS.findIndex((c) => c.key === key)];
  expect(at(1, "actual")).toBe("");
  expect(at(1, "actualYear")).toBe("");
  expect(at(1, "value")).toBe(recs[0].value);
  expect(String(at(2, "status"))).toContain("H7"); // the second record sits on sheet row 7
});

describe("sheet names", () => {
  test.each([
    ["佛山:市/[测试]", [], "佛山市测试目标"],
    ["''佛山", [], "佛山目标"],
    ["  ", [], "目标目标"],
    ["佛山市", ["佛山市目标"], "佛山市目标(2)"],
    ["佛山市", ["佛山市目标", "佛山市目标(2)"], "佛山市目标(3)"],
    ["佛山市", ["佛山市目标".toUpperCase()], "佛山市目标(2)"],
    ["一".repeat(29), [], `${"一".repeat(29)}目标`],
    ["一".repeat(40), [], `${"一".repeat(29)}目标`],
    ["一".repeat(40), [`${"一".repeat(29)}目标`], `${"一".repeat(26)}目标(2)`],
    [`${"一".repeat(28)}😀`, [], `${"一".repeat(28)}目标`],
  ])("%j beside %j → %j", (base, taken, name) => expect(sheetName(base, taken)).toBe(name));
});

describe("layout details mutation testing found unchecked", () => {
  test("money per something is a plain count format; money a two-decimal one", () => {
    expect(valueFormat("万元/人")).toBe("#,##0");
    expect(valueFormat("亿元")).toBe("#,##0.00");
  });
  test("years are written without a thousands separator", () => expect(YEAR_FORMAT).toBe("0"));
  test("an apostrophe inside a name is kept; only leading ones go", () => {
    expect(sheetName("甲'乙", [])).toBe("甲'乙目标");
    expect(sheetName("''甲", [])).toBe("甲目标");
  });
  test("a record without an indicator has an empty 指标 cell", () => {
    const r = { ...seedDataset().records[0], indicator: null };
    const [header, row] = tableGrid([r], () => undefined);
    expect(header).toEqual(HEADERS);
    expect(row[COLUMNS.findIndex((c) => c.key === "indicator")]).toBe("");
  });
});
