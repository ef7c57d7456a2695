import fc from "fast-check";
import {
  COLUMNS,
  HEADERS,
  STATUS_COLOURS,
  YEAR_FORMAT,
  columnIndex,
  gapFormat,
  rowFormulas,
  sheetName,
  valueFormat,
} from "../../src/compare/layout";
import { DatasetIndex } from "../../src/dataset/query";
import type { Dataset, PolicyRecord } from "../../src/model/schema";
import { COMPARATOR_LABELS } from "../../src/lexicon/comparators";
import { convertToValues } from "../../src/office/convert-values";
import { insertTargetTable } from "../../src/office/target-table";
import { applyRefresh, planRefresh, readTargetTables } from "../../src/office/tables";
import { SheetState, installFakeExcel, type FakeWorkbookState } from "../helpers/fake-excel";
import { evaluateWithHyperFormula } from "../helpers/fake-excel-hf";
import { seedDataset } from "../functions/fixture";

let state: FakeWorkbookState;
const index = () => new DatasetIndex(seedDataset());
const foshanTargets = (idx: DatasetIndex) => idx.find({ region: "佛山市", kind: "target" });

beforeEach(() => {
  state = installFakeExcel();
  evaluateWithHyperFormula(state); // formula cells are evaluated by a real engine when read
});

function cellAt(sheet: SheetState, row: number, key: Parameters<typeof columnIndex>[0]) {
  return sheet.peek(row, columnIndex(key));
}

describe("insertTargetTable", () => {
  test("an empty workbook gets a new sheet with a formatted table, formulas, chart, in two syncs", async () => {
    const idx = index();
    const recs = foshanTargets(idx);
    const res = await insertTargetTable("佛山市", recs, (id) => idx.document(id));
    expect(res).toEqual({ sheetName: "佛山市目标", tableName: "PolicyTargets", rows: 8 });
    expect(state.syncs).toBe(2);
    const sheet = state.sheet("佛山市目标");
    expect(HEADERS.map((_, c) => sheet.peek(0, c)?.value)).toEqual(HEADERS);
    const row = recs.findIndex((r) => r.subject === "新材料") + 1;
    expect(cellAt(sheet, row, "value")?.value).toBe(3000);
    expect(cellAt(sheet, row, "comparator")?.value).toBe("超过");
    expect(cellAt(sheet, row, "status")?.formula).toBe(rowFormulas(row + 1).status);
    expect(cellAt(sheet, row, "progress")?.formula).toBe(rowFormulas(row + 1).progress);
    expect(cellAt(sheet, row, "gap")?.formula).toMatch(/^=IF\(H\d+="",""/);
    expect(cellAt(sheet, row, "actual")?.fill).toBe("#FFF2CC");
    expect(cellAt(sheet, row, "actual")?.validation).toMatchObject({
      rule: { decimal: { operator: "Between" } },
      prompt: { showPrompt: true },
      errorAlert: { showAlert: true, style: "Stop" },
    });
    expect(cellAt(sheet, row, "actualYear")?.validation).toMatchObject({
      rule: { wholeNumber: { formula1: 1949, formula2: 2100 } },
    });
    expect(cellAt(sheet, row, "progress")?.numberFormat).toBe("0.0%");
    expect(cellAt(sheet, row, "value")?.numberFormat).toBe("#,##0.00");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.hiddenColumns.has(columnIndex("id"))).toBe(true);
    expect(sheet.conditionalFormats.map((c) => c.type).sort()).toEqual([
      "ContainsText",
      "ContainsText",
      "ContainsText",
      "DataBar",
    ]);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].series.map((s) => s.name)).toEqual(["目标值", "实际值"]);
    expect(state.tables[0]).toMatchObject({
      name: "PolicyTargets",
      rows: 9,
      cols: HEADERS.length,
      style: "TableStyleMedium2",
    });
    expect(state.sheets[state.active].name).toBe("佛山市目标");
  });

  test("every column as a planner meets it: formats, input cells and their checks, colours, widths, chart", async () => {
    const idx = index();
    const recs = foshanTargets(idx).slice(0, 3);
    recs[1] = { ...recs[1], unit: "%", value: 5, comparator: "range", valueMax: 6 };
    await insertTargetTable("佛山市", recs, (id) => idx.document(id));
    const sheet = state.sheet("佛山市目标");
    const n = recs.length;
    const column = (key: Parameters<typeof columnIndex>[0], what: "numberFormat" | "fill") =>
      Array.from({ length: n }, (_, i) => cellAt(sheet, i + 1, key)?.[what]);
    for (const key of ["subject", "indicator", "comparator", "unit", "source", "id"] as const)
      expect(column(key, "numberFormat")).toEqual(Array(n).fill("@"));
    for (const key of ["value", "valueMax", "actual"] as const)
      expect(column(key, "numberFormat")).toEqual(recs.map((r) => valueFormat(r.unit)));
    expect(column("gap", "numberFormat")).toEqual(recs.map((r) => gapFormat(r.unit)));
    expect(column("year", "numberFormat")).toEqual(Array(n).fill(YEAR_FORMAT));
    expect(column("actualYear", "numberFormat")).toEqual(Array(n).fill(YEAR_FORMAT));
    expect(column("actual", "fill")).toEqual(Array(n).fill("#FFF2CC"));
    expect(column("actualYear", "fill")).toEqual(Array(n).fill("#FFF2CC"));
    expect(column("value", "fill")).toEqual(Array(n).fill(undefined));

    const actual = cellAt(sheet, 1, "actual")!.validation as Record<string, Record<string, unknown>>;
    expect(actual.rule).toEqual({ decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" } });
    expect(actual.prompt).toMatchObject({ showPrompt: true, title: "实际值" });
    expect(actual.prompt.message).toMatch(/实际完成数.*单位/);
    expect(actual.errorAlert).toMatchObject({ showAlert: true, style: "Stop", title: "实际值须为数字" });
    expect(actual.errorAlert.message).toMatch(/请填写数字/);
    const year = cellAt(sheet, n, "actualYear")!.validation as Record<string, Record<string, unknown>>;
    expect(year.rule).toEqual({ wholeNumber: { formula1: 1949, formula2: 2100, operator: "Between" } });
    expect(year.prompt).toMatchObject({ showPrompt: true, title: "实际年份" });
    expect(year.prompt.message).toMatch(/年份/);
    expect(year.errorAlert).toMatchObject({ showAlert: true, style: "Stop", title: "年份无效" });
    expect(year.errorAlert.message).toMatch(/1949 到 2100/);
    expect(cellAt(sheet, 1, "value")?.validation).toBeUndefined();

    const letter = (key: Parameters<typeof columnIndex>[0]) => String.fromCharCode(65 + columnIndex(key));
    const range = (key: Parameters<typeof columnIndex>[0]) =>
      `佛山市目标!${letter(key)}2:${letter(key)}${n + 1}`;
    expect(sheet.conditionalFormats).toEqual([
      { address: range("progress"), type: "DataBar", barDirection: "LeftToRight" },
      ...STATUS_COLOURS.map(([text, fill, font]) => ({
        address: range("status"),
        type: "ContainsText",
        rule: { operator: "Contains", text },
        fill,
        fontColor: font,
      })),
    ]);
    COLUMNS.forEach((c, i) => expect(sheet.columnWidths.get(i)).toBe(c.width * 7));
    expect([...sheet.hiddenColumns].sort()).toEqual(COLUMNS.flatMap((c, i) => (c.hidden ? [i] : [])).sort());
    expect(sheet.charts[0]).toEqual({
      type: "ColumnClustered",
      title: "佛山市 目标与实际",
      position: [`佛山市目标!A${n + 4}:A${n + 4}`, `佛山市目标!G${n + 21}:G${n + 21}`],
      series: [
        { name: "目标值", values: range("value"), xValues: range("subject") },
        { name: "实际值", values: range("actual"), xValues: range("subject") },
      ],
    });
  });

  test("no targets: nothing is written and the planner is told", async () => {
    await expect(insertTargetTable("佛山市", [], () => undefined)).rejects.toThrow("没有可插入的目标");
    expect(state.sheets).toHaveLength(1);
    expect(state.syncs).toBe(0);
  });

  test("the table's name is the first free one", async () => {
    const idx = index();
    const recs = foshanTargets(idx).slice(0, 1);
    for (let i = 0; i < 3; i++) await insertTargetTable("佛山市", recs, (id) => idx.document(id));
    expect(state.tables.map((t) => t.name)).toEqual(["PolicyTargets", "PolicyTargets1", "PolicyTargets2"]);
  });

  test.each([10, 100, 1000])("%d rows still take two syncs", async (n) => {
    const idx = index();
    const base = foshanTargets(idx)[0];
    const recs: PolicyRecord[] = Array.from({ length: n }, (_, i) => ({
      ...base,
      id: `r${i}`,
      subject: `产业${i}`,
    }));
    await insertTargetTable("佛山市", recs, (id) => idx.document(id));
    expect(state.syncs).toBe(2);
    expect(state.sheet("佛山市目标").peek(n, 0)?.value).toBe(`产业${n - 1}`);
  });

  test("never writes over a filled sheet: a second insert goes to a new sheet and table", async () => {
    const idx = index();
    await insertTargetTable("佛山市", foshanTargets(idx), (id) => idx.document(id));
    state.sheet("佛山市目标").cell(1, columnIndex("actual")).value = 9500; // the planner's input
    await insertTargetTable("佛山市", foshanTargets(idx), (id) => idx.document(id));
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", "佛山市目标", "佛山市目标(2)"]);
    expect(state.tables.map((t) => t.name)).toEqual(["PolicyTargets", "PolicyTargets1"]);
    expect(state.sheet("佛山市目标").peek(1, columnIndex("actual"))?.value).toBe(9500);
  });

  test("text that looks like a formula is written as text", async () => {
    const idx = index();
    const base = foshanTargets(idx)[0];
    const evil = [
      { ...base, id: "x1", subject: '=HYPERLINK("http://example.invalid","点击")' },
      { ...base, id: "x2", subject: "+cmd", indicator: "@SUM(A1)" },
    ];
    await insertTargetTable("佛山市", evil, (id) => idx.document(id));
    const sheet = state.sheet("佛山市目标");
    expect(cellAt(sheet, 1, "subject")).toMatchObject({
      value: '=HYPERLINK("http://example.invalid","点击")',
    });
    expect(cellAt(sheet, 1, "subject")?.formula).toBeUndefined();
    expect(cellAt(sheet, 2, "indicator")?.formula).toBeUndefined();
    expect(cellAt(sheet, 2, "indicator")?.value).toBe("@SUM(A1)");
    // only the three formula columns hold formulas
    const formulaCols = new Set(
      [...sheet.cells.entries()]
        .filter(([, c]) => c.formula !== undefined)
        .map(([k]) => Number(k.split(",")[1])),
    );
    expect([...formulaCols].sort()).toEqual(
      [columnIndex("progress"), columnIndex("gap"), columnIndex("status")].sort(),
    );
  });

  test("a sheet name is made valid and unique", async () => {
    const idx = index();
    state.sheets.push(new SheetState("佛山市目标"));
    const r = await insertTargetTable("佛山:市/[测试]", foshanTargets(idx), (id) => idx.document(id));
    expect(r.sheetName).toBe("佛山市测试目标");
  });
});

describe("sheetName", () => {
  const valid = (name: string) =>
    name.length >= 1 &&
    name.length <= 31 &&
    // eslint-disable-next-line no-control-regex -- a control character is what must not be there
    !/[:\\/?*[\]\u0000-\u001F]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name);

  test("names of any length and characters, inserted any number of times, are valid and unique", () =>
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.constant("粤港澳大湾区".repeat(6))),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom("目标", ""),
        (bases, repeats, suffix) => {
          const taken: string[] = ["History"];
          for (let i = 0; i < repeats; i++)
            for (const b of bases) {
              const name = sheetName(b, taken, suffix);
              expect(valid(name)).toBe(true);
              expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
              taken.push(name);
            }
        },
      ),
    ));

  test("without a suffix: the name itself, then numbered; never Excel's reserved History", () => {
    expect(sheetName("来源", ["Sheet1"], "")).toBe("来源");
    expect(sheetName("来源", ["Sheet1", "来源"], "")).toBe("来源(2)");
    expect(sheetName("来源", ["来源", "来源(2)"], "")).toBe("来源(3)");
    expect(sheetName("history", [], "")).toBe("history(2)");
    expect(sheetName("History", [], "")).toBe("History(2)");
    expect(sheetName("History", [])).toBe("History目标");
  });

  test("a long region name inserted again and again (a loop once)", () => {
    const taken: string[] = [];
    for (let i = 0; i < 120; i++)
      taken.push(sheetName("内蒙古自治区鄂尔多斯市伊金霍洛旗经济技术开发区", taken));
    expect(new Set(taken).size).toBe(120);
    expect(taken[0]).toBe("内蒙古自治区鄂尔多斯市伊金霍洛旗经济技术开发区目标");
    expect(taken[119]).toMatch(/目标\(120\)$/);
  });
});

describe("refresh: planned, shown, then applied", () => {
  async function inserted() {
    const ds = seedDataset();
    const idx = new DatasetIndex(ds);
    const recs = foshanTargets(idx);
    await insertTargetTable("佛山市", recs, (id) => idx.document(id));
    return { ds, recs, sheet: state.sheet("佛山市目标") };
  }

  test("updates targets by record id, keeps what the planner typed, marks removed records", async () => {
    const { ds, recs, sheet } = await inserted();
    const actualCol = columnIndex("actual");
    recs.forEach((_, i) => {
      sheet.cell(i + 1, actualCol).value = 1000 * (i + 1);
      sheet.cell(i + 1, columnIndex("actualYear")).value = 2022;
    });
    const changed = recs[2];
    const removed = recs[5];
    const next: Dataset = {
      ...ds,
      records: ds.records
        .filter((r) => r.id !== removed.id)
        .map((r) => (r.id === changed.id ? { ...r, value: r.value + 500, year: 2027 } : r)),
    };
    const syncsBefore = state.syncs;
    const plan = await planRefresh(new DatasetIndex(next));
    expect(state.syncs - syncsBefore).toBe(2);
    expect(cellAt(sheet, 3, "value")?.value).toBe(changed.value); // planning writes nothing
    expect(plan.changes.map((c) => [c.row, c.column, c.from, c.to]).sort()).toEqual(
      [
        [2, "value", changed.value, changed.value + 500],
        [2, "year", changed.year, 2027],
      ].sort(),
    );
    const report = await applyRefresh(plan);
    expect(state.syncs - syncsBefore).toBe(5);
    expect(report.changes).toEqual(plan.changes);
    expect(report.conflicts).toEqual([]);
    expect(report.missing).toEqual([
      { tableName: "PolicyTargets", sheetName: "佛山市目标", row: 5, id: removed.id },
    ]);
    expect(cellAt(sheet, 3, "value")?.value).toBe(changed.value + 500);
    expect(cellAt(sheet, 6, "source")).toMatchObject({
      value: expect.stringContaining("记录已不在数据集中"),
      fill: "#FFC7CE",
    });
    recs.forEach((_, i) => {
      expect(sheet.peek(i + 1, actualCol)?.value).toBe(1000 * (i + 1));
      expect(sheet.peek(i + 1, columnIndex("actualYear"))?.value).toBe(2022);
      expect(sheet.peek(i + 1, columnIndex("status"))?.formula).toMatch(/^=IF/);
    });
    // a second refresh with the same dataset has nothing to change
    expect((await planRefresh(new DatasetIndex(next))).changes).toEqual([]);
  });

  test("a row the planner added to the table is left exactly as it is", async () => {
    const { ds, recs, sheet } = await inserted();
    const row = recs.length + 1;
    const typed: [Parameters<typeof columnIndex>[0], string | number][] = [
      ["subject", "自定义指标"],
      ["value", 123],
      ["source", ""],
      ["id", ""],
    ];
    for (const [key, v] of typed) sheet.cell(row, columnIndex(key)).value = v;
    state.tables[0].rows += 1; // Excel grows a table when one types under it
    const before = HEADERS.map((_, c) => ({ ...sheet.peek(row, c) }));
    const plan = await planRefresh(new DatasetIndex({ ...ds, records: [] }));
    expect(plan.plannerRows).toBe(1);
    expect(plan.missing.map((m) => m.row)).not.toContain(row - 1);
    await applyRefresh(plan);
    expect(HEADERS.map((_, c) => ({ ...sheet.peek(row, c) }))).toEqual(before);
  });

  test("a target the planner edited is only written once the plan is accepted; one edited again is kept", async () => {
    const { ds, recs, sheet } = await inserted();
    sheet.cell(1, columnIndex("value")).value = 99999; // the planner's own figure
    const plan = await planRefresh(new DatasetIndex(ds));
    expect(plan.changes).toEqual([
      expect.objectContaining({ row: 0, column: "value", from: 99999, to: recs[0].value }),
    ]);
    expect(cellAt(sheet, 1, "value")?.value).toBe(99999);
    sheet.cell(1, columnIndex("value")).value = 88888; // typed again while the plan was shown
    const report = await applyRefresh(plan);
    expect(report.changes).toEqual([]);
    expect(report.conflicts).toHaveLength(1);
    expect(cellAt(sheet, 1, "value")?.value).toBe(88888);
  });

  test("a table whose header was edited is left alone and reported", async () => {
    const idx = index();
    await insertTargetTable("佛山市", foshanTargets(idx), (id) => idx.document(id));
    state.sheet("佛山市目标").cell(0, columnIndex("value")).value = "目标(亿元)";
    const plan = await planRefresh(new DatasetIndex({ ...seedDataset(), records: [] }));
    expect(plan).toEqual({
      changes: [],
      missing: [],
      skipped: [{ tableName: "PolicyTargets", problem: expect.stringContaining("表头已被修改") }],
      plannerRows: 0,
    });
    const [table] = await readTargetTables();
    expect(table.rows).toEqual([]);
    expect(table.problem).toMatch(/表头已被修改/);
  });

  test("a header with a column added at its end is changed too", async () => {
    const idx = index();
    await insertTargetTable("佛山市", foshanTargets(idx), (id) => idx.document(id));
    state.sheet("佛山市目标").cell(0, HEADERS.length).value = "备注";
    state.tables[0].cols += 1;
    expect((await planRefresh(idx)).skipped).toHaveLength(1);
  });

  test("only the add-in's tables are read: a planner's table named otherwise is not touched", async () => {
    const { ds, sheet } = await inserted();
    state.tables[0].name = "MyPolicyTargets";
    const plan = await planRefresh(new DatasetIndex({ ...ds, records: [] }));
    expect(plan).toEqual({ changes: [], missing: [], skipped: [], plannerRows: 0 });
    expect(await readTargetTables()).toEqual([]);
    expect(cellAt(sheet, 1, "source")?.value).not.toMatch(/记录已不在/);
  });

  test("an id that only looks like the add-in's inside other text is the planner's row", async () => {
    const { ds, recs, sheet } = await inserted();
    const id = recs[0].id;
    expect(id).toMatch(/^r[0-9a-f]{12}$/);
    sheet.cell(1, columnIndex("id")).value = `x${id}`;
    sheet.cell(2, columnIndex("id")).value = `${recs[1].id}0`;
    const plan = await planRefresh(new DatasetIndex({ ...ds, records: [] }));
    expect(plan.plannerRows).toBe(2);
    expect(plan.missing.map((m) => m.row)).not.toContain(0);
    expect(plan.missing.map((m) => m.row)).not.toContain(1);
  });

  test("a text target written with a leading apostrophe is not a change", async () => {
    const ds = seedDataset();
    const target = ds.records.find((r) => r.region === "佛山市" && r.kind === "target")!;
    const odd = { ...target, subject: "+新兴产业" };
    const idx = new DatasetIndex({ ...ds, records: [odd] });
    await insertTargetTable("佛山市", [odd], (id) => idx.document(id));
    expect(cellAt(state.sheet("佛山市目标"), 1, "subject")?.value).toBe("+新兴产业");
    expect((await planRefresh(idx)).changes).toEqual([]);
  });

  test("a missing record is marked once; a row moved or re-marked since the plan is left alone", async () => {
    const { ds, recs, sheet } = await inserted();
    const none = new DatasetIndex({ ...ds, records: [] });
    const plan = await planRefresh(none);
    expect(plan.missing).toHaveLength(recs.length);
    // after planning: row 0's id changed (sorted, moved) and row 1 was already marked by a co-author
    sheet.cell(1, columnIndex("id")).value = recs[3].id;
    sheet.cell(2, columnIndex("source")).value = "⚠ 记录已不在数据集中";
    const sourceBefore = cellAt(sheet, 2, "source")?.fill;
    await applyRefresh(plan);
    expect(cellAt(sheet, 1, "source")?.value).not.toMatch(/记录已不在/);
    expect(cellAt(sheet, 1, "source")?.fill).toBeUndefined();
    expect(cellAt(sheet, 2, "source")?.fill).toBe(sourceBefore);
    expect(cellAt(sheet, 3, "source")).toMatchObject({ value: "⚠ 记录已不在数据集中", fill: "#FFC7CE" });
    // a plan for a table that is gone marks nothing and changes nothing
    const gone = { ...plan, missing: plan.missing.map((m) => ({ ...m, tableName: "PolicyTargets9" })) };
    const report = await applyRefresh(gone);
    expect(report.conflicts).toEqual([]);
  });

  test("a change for a table that is gone, or a row that is gone, is a conflict", async () => {
    const { ds, recs } = await inserted();
    const moved = { ...ds, records: ds.records.map((r) => (r.id === recs[0].id ? { ...r, value: 1 } : r)) };
    const plan = await planRefresh(new DatasetIndex(moved));
    expect(plan.changes).toHaveLength(1);
    const elsewhere = { ...plan, changes: [{ ...plan.changes[0], tableName: "PolicyTargets9" }] };
    expect((await applyRefresh(elsewhere)).conflicts).toHaveLength(1);
    const past = { ...plan, changes: [{ ...plan.changes[0], row: 999 }] };
    expect((await applyRefresh(past)).conflicts).toHaveLength(1);
  });
});

describe("readTargetTables", () => {
  test("reads every target table's rows by column", async () => {
    const idx = index();
    await insertTargetTable("佛山市", foshanTargets(idx), (id) => idx.document(id));
    state.sheet("佛山市目标").cell(1, columnIndex("actual")).value = 12345;
    const tables = await readTargetTables();
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toHaveLength(8);
    expect(tables[0].rows[0].cells.actual).toBe(12345);
    // the sheet's own formulas, evaluated: 完成率 and 状态 of the typed row
    const target = tables[0].rows[0].cells.value as number;
    expect(tables[0].rows[0].cells.progress).toBeCloseTo(12345 / target, 10);
    expect(tables[0].rows[0].cells.status).toBe(12345 > target ? "已达标" : "未达标");
    expect(tables[0].rows[1].cells.status).toBe("");
    expect(tables[0].rows[0].id).toMatch(/^r/);
  });
  test("reading values the fake cannot compute fails loudly, not silently", async () => {
    const idx = index();
    await insertTargetTable("佛山市", foshanTargets(idx), (id) => idx.document(id));
    state.evaluate = null;
    // the adapter reads values of the whole body, including formula cells: the fake needs an evaluator
    await expect(readTargetTables()).rejects.toThrow(/cannot evaluate/);
  });
});

describe("convertToValues", () => {
  test("POLICY formulas become values, other cells stay, a 来源 sheet lists the records", async () => {
    const idx = index();
    const sheet = state.sheets[0];
    sheet.cell(0, 0).formula = '=POLICY.TARGET("佛山","装备制造")';
    sheet.cell(0, 1).formula = "=A1*2";
    sheet.cell(1, 0).value = "备注";
    sheet.cell(1, 1).formula = '=POLICY.UNIT("佛山","装备制造")';
    state.evaluate = (f) =>
      f.includes("POLICY.TARGET")
        ? 10000
        : f.includes("POLICY.UNIT")
          ? "亿元"
          : f === "=A1*2"
            ? 20000
            : undefined;
    const r = await convertToValues(idx);
    expect(r).toMatchObject({ sheetName: "Sheet1", converted: 2, sourceSheet: "来源" });
    expect(sheet.peek(0, 0)).toMatchObject({ value: 10000 });
    expect(sheet.peek(0, 0)?.formula).toBeUndefined();
    expect(sheet.peek(0, 1)?.formula).toBe("=A1*2");
    expect(sheet.peek(1, 1)?.value).toBe("亿元");
    const src = state.sheet("来源");
    expect(src.peek(0, 0)?.value).toBe("地区");
    expect(src.peek(1, 1)?.value).toBe("装备制造");
  });

  /** The 来源 sheet as rows of values, and its number formats. */
  function sourceSheet(name: string, rows: number) {
    const sheet = state.sheet(name);
    const grid = (f: (r: number, c: number) => unknown) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: 11 }, (_, c) => f(r, c)));
    return {
      values: grid((r, c) => sheet.peek(r, c)?.value),
      formats: grid((r, c) => sheet.peek(r, c)?.numberFormat),
    };
  }

  test("the 来源 sheet: every field of each record named, numbers as numbers, all text as text", async () => {
    const base = seedDataset();
    const target = base.records.find((r) => r.region === "佛山市" && r.kind === "target")!;
    const doc = base.documents.find((d) => d.id === target.documentId)!;
    const hostile = { ...target, id: "t-hostile", subject: "=1+1", indicator: null, year: null };
    const actual = { ...target, id: "t-actual", subject: "@实际", kind: "actual" as const, year: 2023 };
    const dataset: Dataset = { ...base, records: [hostile, actual] };
    const idx = new DatasetIndex(dataset);
    const sheet = state.sheets[0];
    sheet.cell(0, 0).formula = '=policy.target("佛山")'; // function names in any case
    sheet.cell(0, 1).value = 'POLICY.TARGET("佛山")'; // text, not a formula: left alone
    state.evaluate = () => "=1+1";
    const r = await convertToValues(idx);
    expect(r).toEqual({ sheetName: "Sheet1", converted: 1, sourceSheet: "来源" });
    // a text result that would run is written as text
    expect(sheet.peek(0, 0)).toMatchObject({ value: "=1+1" });
    expect(sheet.peek(0, 0)?.formula).toBeUndefined();
    expect(sheet.peek(0, 1)?.value).toBe('POLICY.TARGET("佛山")');
    const { values, formats } = sourceSheet("来源", 3);
    const source = [doc.title, doc.issuer, doc.date].filter(Boolean).join(" · ");
    expect(values).toEqual([
      ["地区", "对象", "指标", "比较", "数值", "单位", "年份", "类型", "文件", "原文", "记录ID"],
      [
        "佛山市",
        "=1+1",
        "",
        COMPARATOR_LABELS[target.comparator],
        target.value,
        target.unit,
        "",
        "目标",
        source,
        target.quote,
        "t-hostile",
      ],
      [
        "佛山市",
        "@实际",
        target.indicator,
        COMPARATOR_LABELS[target.comparator],
        target.value,
        target.unit,
        2023,
        "实际",
        source,
        target.quote,
        "t-actual",
      ],
    ]);
    expect(target.indicator).toBeTruthy();
    expect(formats[0]).toEqual(Array(11).fill("@"));
    expect(formats[2]).toEqual(["@", "@", "@", "@", "General", "@", "General", "@", "@", "@", "@"]);
    expect(formats[1][6]).toBe("@"); // no year: an empty text cell
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 11; c++) expect(state.sheet("来源").peek(r, c)?.formula).toBeUndefined();
  });

  test("formulas that name no known record convert without a 来源 sheet; an existing 来源 is not reused", async () => {
    const idx = index();
    const sheet = state.sheets[0];
    sheet.cell(0, 0).formula = "=POLICY.TARGET(A2,B2)";
    sheet.cell(0, 1).formula = '=POLICY.TARGET("不存在的地方","装备制造")';
    state.evaluate = () => 0;
    expect(await convertToValues(idx)).toEqual({ sheetName: "Sheet1", converted: 2, sourceSheet: null });
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);

    sheet.cell(1, 0).formula = '=POLICY.TARGET("佛山","装备制造")';
    state.evaluate = () => 10000;
    expect((await convertToValues(idx)).sourceSheet).toBe("来源");
    sheet.cell(2, 0).formula = '=POLICY.TARGET("佛山","装备制造")';
    expect((await convertToValues(idx)).sourceSheet).toBe("来源(2)");
  });

  test("an empty sheet: nothing converted, nothing added", async () => {
    expect(await convertToValues(index())).toEqual({ sheetName: "Sheet1", converted: 0, sourceSheet: null });
    expect(state.sheets).toHaveLength(1);
  });
});
