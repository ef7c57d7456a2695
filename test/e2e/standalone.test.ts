import * as path from "node:path";
import * as iconv from "iconv-lite";
import { columnIndex } from "../../src/compare/layout";
import { OUTPUT, chromiumAvailable, importPasted, livePane, startHarness, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  if (!chromiumAvailable())
    throw new Error(
      "Debian chromium is missing: .ci/run installs it (apt-get install chromium fonts-noto-cjk)",
    );
  h = await startHarness();
});
afterAll(async () => h?.close());

describe("the task pane in a real browser, outside Office", () => {
  test("renders the bundled dataset, switches views, and reaches nothing beyond localhost", async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.url}/taskpane.html`);
    await page.getByText("内置数据集").waitFor();
    await livePane(page);
    expect(await page.getByRole("listitem").count()).toBe(8);
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-data.png") });
    for (const [tab, shot] of [
      ["插入目标表", "insert"],
      ["对比实际", "compare"],
      ["导入文档", "import"],
      ["共享", "share"],
    ] as const) {
      await page.getByRole("tab", { name: tab }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUTPUT, `taskpane-${shot}.png`) });
    }
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText(/^Bundled dataset · Version/).waitFor();
    expect(errors).toEqual([]);
    expect(h.external).toEqual([]);
  });

  test("imports a pasted document with the engine in a Web Worker, and a long one can be cancelled", async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.url}/taskpane.html`);
    await importPasted(page, "到2025年,佛山市工业总产值超过3万亿元。\n佛山市人民政府\n2021年1月1日", 1);
    await page.getByText("本工作簿的数据集").first().waitFor();
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/\.js$/)]);
    // the engine's modules are the worker's: the page itself never loaded them
    const pageScripts = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()),
    );
    expect(pageScripts.some((n) => /^engine\./.test(n ?? ""))).toBe(false);

    // a very long document: the page stays responsive, and 取消 stops it with nothing changed
    const long = "到2025年,佛山市工业总产值超过3万亿元,地区生产总值突破1.5万亿元。".repeat(40000);
    await page.getByRole("tab", { name: "导入文档" }).click();
    await page.getByRole("textbox").first().fill(long);
    await page.getByRole("button", { name: "提取", exact: true }).click();
    const ticks = await page.evaluate(
      () =>
        new Promise<number>((r) => {
          let n = 0;
          const t = setInterval(() => n++, 10);
          setTimeout(() => (clearInterval(t), r(n)), 1000);
        }),
    );
    // the main thread ran timers while the engine worked (a quarter of the 100 a free thread runs: other test
    // suites share the machine's processors)
    expect(ticks).toBeGreaterThan(25);
    await page.getByRole("button", { name: "取消" }).click();
    await page.getByText("已取消提取，没有做任何修改。").waitFor();
    expect(await page.getByRole("textbox").first().inputValue()).toBe(long);
    expect(errors).toEqual([]);
    expect(h.external).toEqual([]);
  });
});

describe("the first screen is in the page itself", () => {
  test("records, tabs and their styles show before any script runs, and take no input", async () => {
    const context = await h.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 700 },
      locale: "zh-CN",
    });
    await context.route("**/*", (route) =>
      new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(`${h.url}/taskpane.html`);
    const first = page.locator("[data-first-screen]");
    expect(await first.getAttribute("inert")).toBe("");
    expect(await first.getByRole("listitem").count()).toBe(8);
    expect(await first.locator('[role="tab"]').count()).toBe(5);
    // drawn with the pane's own styles: a record is a shadowed card in Fluent's font, not bare text
    const card = await first
      .getByRole("listitem")
      .first()
      .evaluate((e) => {
        const style = getComputedStyle(e);
        return {
          shadow: style.boxShadow,
          font: style.fontFamily,
          scroll: document.documentElement.scrollWidth,
        };
      });
    expect(card.shadow).not.toBe("none");
    expect(card.font).toMatch(/Segoe UI/);
    expect(card.scroll).toBeLessThanOrEqual(320);
    // inert: its fields cannot take the focus, so nothing can be typed into what the live pane will replace
    const focused = await first
      .locator("select")
      .first()
      .evaluate((e) => (e.focus(), document.activeElement === e));
    expect(focused).toBe(false);
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-first-screen.png") });
    await context.close();
  });

  test("the live pane replaces it once, in the language the planner chose", async () => {
    const { page, errors } = await h.page({
      init: `try { localStorage.setItem("policyTargets.locale", "en-US"); } catch (e) {}`,
    });
    await page.goto(`${h.url}/taskpane.html`);
    await livePane(page);
    await page.getByText(/^Bundled dataset · Version/).waitFor();
    expect(await page.getByText(/^内置数据集/).count()).toBe(0);
    expect(await page.getByRole("tablist").count()).toBe(1);
    expect(await page.getByRole("listitem").count()).toBe(8);
    await page.getByLabel("Region").selectOption("重庆市");
    await page.getByText("重庆市").nth(1).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("the import review in a real browser", () => {
  test("a paste without a region says why and extracts again with one; a Big5 file reads, an unknown encoding says so", async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.url}/taskpane.html`);
    await page.getByRole("tab", { name: "导入文档" }).click();
    await page.getByRole("textbox").first().fill("到2025年,工业总产值超过3万亿元。");
    await page.getByRole("button", { name: "提取", exact: true }).click();
    const help = page.getByRole("group", { name: /没有提取到记录/ });
    await help.waitFor();
    expect(await help.textContent()).toMatch(/地区/);
    await help.getByLabel("地区").fill("佛山市");
    await help.getByRole("button", { name: "补充后重新提取" }).click();
    await page.getByRole("button", { name: "加入本工作簿的数据集" }).waitFor();
    expect(await page.getByRole("listitem").count()).toBe(1);
    expect(await page.getByRole("listitem").first().getByLabel("地区").inputValue()).toBe("佛山市");

    // files go through the engine's worker: a Big5 file as simplified text, bytes of no encoding with the reason
    const big5 = iconv.encode(
      "東莞市製造業發展行動方案\n到2027年，東莞市裝備製造產業產值突破3000億元。",
      "big5",
    );
    await page.getByLabel(/打开 \.txt 文件/).setInputFiles([
      { name: "big5.txt", mimeType: "text/plain", buffer: big5 },
      { name: "unknown.txt", mimeType: "text/plain", buffer: Buffer.alloc(400, 0xff) },
    ]);
    await page.getByText(/unknown\.txt: 无法识别文件的编码/).waitFor();
    await page
      .getByText(/装备制造/)
      .first()
      .waitFor();
    expect(await page.locator("body").textContent()).not.toMatch(/裝備|製造|\uFFFD/);
    expect(errors).toEqual([]);
  });
});

describe("standalone mode keeps the planner's work", () => {
  test("imports and typed actuals survive a reload; 清除 removes them; views that need Excel say so first", async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.url}/taskpane.html`);
    await importPasted(
      page,
      "到2025年,东莞市新材料产业集群规模超过2000亿元。\n东莞市人民政府\n2021年1月1日",
      1,
    );
    await page.getByRole("tab", { name: "插入目标表" }).click();
    await page.getByLabel("装备制造 实际值").fill("0.9万");
    await page.reload();
    await page
      .getByText(/本工作簿的数据集/)
      .first()
      .waitFor();
    await page
      .getByText(/1 份文件|份文件/)
      .first()
      .waitFor();
    await page.getByRole("tab", { name: "插入目标表" }).click();
    expect(await page.getByLabel("装备制造 实际值").inputValue()).toBe("0.9万");
    // 对比实际 needs Excel: it says so and offers the on-page table
    await page.getByRole("tab", { name: "对比实际" }).click();
    await page.getByText(/需要在 Excel 中使用/).waitFor();
    await page.getByRole("button", { name: "去填写实际值" }).click();
    await page.getByLabel("装备制造 实际值").waitFor();
    // 清除
    await page.getByRole("tab", { name: "共享" }).click();
    await page.getByRole("button", { name: "清除本机保存的数据" }).click();
    await page.getByRole("button", { name: "确认删除" }).click();
    await page.getByText("已清除本浏览器保存的数据。").waitFor();
    await page.reload();
    await page.getByText(/^内置数据集 · 版本/).waitFor();
    await livePane(page);
    await page.getByRole("tab", { name: "插入目标表" }).click();
    expect(await page.getByLabel("装备制造 实际值").inputValue()).toBe("");
    expect(errors).toEqual([]);
  });

  test("the page renders when office.js cannot be loaded", async () => {
    const { page, errors } = await h.page({ blockOffice: true });
    const started = Date.now();
    await page.goto(`${h.url}/taskpane.html`);
    await page.getByText(/^内置数据集 · 版本/).waitFor();
    await livePane(page);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(errors).toEqual([]);
    expect(h.external).toEqual([]);
  });
});

describe("standalone target table and download", () => {
  test("typed actuals update the status live; the downloaded workbook matches the CLI's", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { execFileSync } = await import("node:child_process");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const { page, errors } = await h.page();
    await page.goto(`${h.url}/taskpane.html`);
    await page.getByRole("tab", { name: "插入目标表" }).click();
    const table = page.getByRole("table", { name: "佛山市 目标表" });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(8);
    const row = table.locator("tbody tr", { hasText: "装备制造" });
    await page.getByLabel("装备制造 实际值").fill("10000");
    // 超过 is strict, and the table says so
    await expect(row.locator("td").nth(10).textContent()).resolves.toMatch(/^未达标“超过”是严格大于/);
    await page.getByLabel("装备制造 实际值").fill("10500");
    await expect(row.locator("td").nth(10).textContent()).resolves.toBe("已达标");
    await expect(row.locator("td").nth(8).textContent()).resolves.toBe("105.0%");
    await page.getByLabel("装备制造 实际年份").fill("2022");
    await page.screenshot({ path: path.join(OUTPUT, "standalone-table.png") });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载工作簿 (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("佛山市目标.xlsx");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dl-"));
    const browserFile = path.join(dir, "browser.xlsx");
    await download.saveAs(browserFile);
    const cliFile = path.join(dir, "cli.xlsx");
    execFileSync(
      process.execPath,
      [
        path.join(__dirname, "..", "..", "bin", "policy-targets.js"),
        "export",
        "--region",
        "佛山",
        "--out",
        cliFile,
      ],
      { stdio: "pipe" },
    );

    const read = async (f: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      return wb;
    };
    const [b, c] = [await read(browserFile), await read(cliFile)];
    expect(b.worksheets.map((w) => w.name)).toEqual(c.worksheets.map((w) => w.name));
    const cells = (wb: InstanceType<typeof ExcelJS.Workbook>) => {
      const out: string[] = [];
      wb.worksheets[0].eachRow((r, i) =>
        r.eachCell({ includeEmpty: true }, (cell, j) =>
          out.push(
            `${i},${j}:${JSON.stringify(
              // a formula cell's cached result follows the actuals typed; the formula itself must be the same
              cell.value && typeof cell.value === "object" && "formula" in cell.value
                ? { formula: cell.value.formula }
                : cell.value,
            )}:${cell.numFmt ?? ""}`,
          ),
        ),
      );
      return out;
    };
    const [actualCol, yearCol] = [columnIndex("actual") + 1, columnIndex("actualYear") + 1];
    const typed = (s: string) =>
      s.startsWith(`${s.split(",")[0]},${actualCol}:`) || s.startsWith(`${s.split(",")[0]},${yearCol}:`);
    expect(cells(b).filter((s) => !typed(s))).toEqual(cells(c).filter((s) => !typed(s)));
    const target = b.worksheets[0].getRows(2, 8)!.find((r) => r.getCell(1).value === "装备制造")!;
    expect(target.getCell(actualCol).value).toBe(10500);
    expect(target.getCell(yearCol).value).toBe(2022);
    expect(b.description).toBe(c.description);
    expect(errors).toEqual([]);
    expect(h.external).toEqual([]);
  });
});

describe("the pane at Office's widths, in both languages", () => {
  test("every view at 270, 320 and 350 px without horizontal page scroll", async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.url}/taskpane.html`);
    await page.getByText(/内置数据集 · 版本/).waitFor();
    await livePane(page);
    const overflow: string[] = [];
    for (const lang of ["zh", "en"] as const) {
      if (lang === "en") await page.getByRole("button", { name: "English" }).click();
      const tabs =
        lang === "zh"
          ? ["数据", "插入目标表", "对比实际", "导入文档", "共享"]
          : ["Data", "Insert table", "Compare", "Import", "Share"];
      for (const width of [270, 320, 350]) {
        await page.setViewportSize({ width, height: 700 });
        for (const tab of tabs) {
          await page.getByRole("tab", { name: tab }).click();
          // the view itself, not its loading spinner
          await page.waitForFunction(() => !document.querySelector(".fui-Spinner"));
          await page.waitForTimeout(100);
          if (tab === "Insert table") {
            // English throughout: the table's headers, comparator words and button
            await page.getByRole("columnheader", { name: "Actual", exact: true }).waitFor();
            await page.getByRole("cell", { name: "more than" }).first().waitFor();
            await page.getByRole("button", { name: "Download workbook (.xlsx)" }).waitFor();
          }
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (wide > 0) overflow.push(`${lang} ${width}px ${tab}: ${wide}px too wide`);
          await page.screenshot({
            path: path.join(OUTPUT, `width-${width}-${lang}-${tabs.indexOf(tab)}.png`),
          });
        }
      }
    }
    expect(overflow).toEqual([]);
    expect(errors).toEqual([]);
  });
});
