import { build } from "esbuild";
import * as path from "node:path";
import { HEADERS, columnIndex } from "../../src/compare/layout";
import type { FakeWorkbookState } from "../helpers/fake-excel";
import { OUTPUT, chromiumAvailable, importPasted, livePane, startHarness, type Harness } from "./harness";

let h: Harness;
let init: string;
beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error("Debian chromium is missing: .ci/run installs it");
  const out = await build({
    entryPoints: [path.join(__dirname, "excel-host.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
  });
  init = out.outputFiles[0].text;
  h = await startHarness();
});
afterAll(async () => h?.close());

type Win = {
  __fakeState: FakeWorkbookState;
  __associated: Record<string, (...a: unknown[]) => unknown>;
  __policyTargetsStoreModuleLoads__: number;
};

describe("the add-in in Excel mode (office.js from npm, strict fake Excel and CustomFunctions)", () => {
  test("functions registered; a table inserted; refresh keeps actuals; pane and functions share the store", async () => {
    const { page, errors } = await h.page({ init });
    await page.goto(`${h.url}/taskpane.html`);
    await page.getByText("内置数据集").waitFor();
    await livePane(page);

    const fn = await page.evaluate(() => {
      const w = window as unknown as Win;
      return {
        ids: Object.keys(w.__associated).sort(),
        target: w.__associated.TARGET("佛山", "装备制造"),
        loads: w.__policyTargetsStoreModuleLoads__,
      };
    });
    expect(fn.ids).toHaveLength(13);
    expect(fn.target).toBe(10000);
    expect(fn.loads).toBe(1);

    await page.getByRole("tab", { name: "插入目标表" }).click();
    await page.getByRole("button", { name: "插入目标表" }).click();
    await page.getByText(/已在新工作表“佛山市目标”插入 8 行目标/).waitFor();
    await page.screenshot({ path: path.join(OUTPUT, "excel-insert.png") });
    const sheet = await page.evaluate((cols) => {
      const s = (window as unknown as Win).__fakeState.sheet("佛山市目标");
      const syncs = (window as unknown as Win).__fakeState.syncs;
      const header = Array.from({ length: cols }, (_, c) => s.peek(0, c)?.value);
      return { header, syncs, frozen: s.frozenRows, charts: s.charts.length };
    }, HEADERS.length);
    expect(sheet.header).toEqual(HEADERS);
    expect(sheet.frozen).toBe(1);
    expect(sheet.charts).toBe(1);

    // the planner types an actual; refresh must keep it
    await page.evaluate((col) => {
      (window as unknown as Win).__fakeState.sheet("佛山市目标").cell(1, col).value = 12000;
    }, columnIndex("actual"));
    await page.getByRole("tab", { name: "对比实际" }).click();
    await page.getByRole("button", { name: "刷新目标" }).click();
    await page.getByText(/已刷新：0 处目标更新，0 行记录已不在数据集中/).waitFor();
    await page.getByText(/已达标 1 · 未达标 0 · 未填实际值 7/).waitFor();
    await page.screenshot({ path: path.join(OUTPUT, "excel-compare.png") });
    expect(
      await page.evaluate(
        (col) => (window as unknown as Win).__fakeState.sheet("佛山市目标").peek(1, col)?.value,
        columnIndex("actual"),
      ),
    ).toBe(12000);

    // an accepted import joins the workbook's dataset: stored in the workbook, and the functions see it
    await importPasted(page, "到2025年,佛山市工业总产值超过3万亿元。\n佛山市人民政府\n2021年1月1日", 1);
    const after = await page.evaluate(() => {
      const w = window as unknown as Win;
      return { version: w.__associated.VERSION(), parts: w.__fakeState.customXml.length };
    });
    expect(after.version).toMatch(/本工作簿/);
    expect(after.parts).toBe(1);
    expect(errors).toEqual([]);
    expect(h.external).toEqual([]);
  });
});

describe("a workbook whose stored dataset was tampered with", () => {
  test("the pane reports it and keeps working with the bundled dataset", async () => {
    const tamper = `window.__fakeState.customXml.push({ id: "p1", xml: '<?xml version="1.0" encoding="UTF-8"?><policyDataset xmlns="urn:policy-targets:dataset:1">{"schemaVersion":1,"records":"x"}</policyDataset>' });`;
    const { page, errors } = await h.page({ init: `${init}\n${tamper}` });
    await page.goto(`${h.url}/taskpane.html`);
    await page.getByText(/工作簿中有 1 个保存的数据部件无法读取。它们已原样保留/).waitFor();
    await page.getByText("内置数据集").first().waitFor();
    await livePane(page);
    expect(await page.getByRole("listitem").count()).toBe(8);
    await page.screenshot({ path: path.join(OUTPUT, "excel-damaged.png") });
    // an import keeps the damaged part as it is, beside the new document's own part
    const before = await page.evaluate(() => (window as unknown as Win).__fakeState.customXml[0].xml);
    await importPasted(page, "到2025年,佛山市工业总产值超过3万亿元。\n佛山市人民政府\n2021年1月1日", 1);
    const parts = await page.evaluate(() =>
      (window as unknown as Win).__fakeState.customXml.map((p) => ({ id: p.id, xml: p.xml })),
    );
    expect(parts).toHaveLength(2);
    expect(parts[0]).toEqual({ id: "p1", xml: before });
    await page.getByRole("tab", { name: "共享" }).click();
    await page.getByText(/其中的记录不符合数据格式/).waitFor();
    await page.getByText(/保存了 1 份文件的数据/).waitFor();
    expect(await page.evaluate(() => (window as unknown as Win).__fakeState.calculations.length)).toBe(1);
    expect(errors).toEqual([]);
  });
});
