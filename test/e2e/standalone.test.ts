import * as path from "node:path";
import { OUTPUT, chromiumAvailable, startHarness, type Harness } from "./harness";

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
    await page.getByText("Bundled dataset").waitFor();
    expect(errors).toEqual([]);
    expect(h.external).toEqual([]);
  });

  test("imports a pasted document with the engine loaded in the page", async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.url}/taskpane.html`);
    await page.getByRole("tab", { name: "导入文档" }).click();
    await page
      .getByRole("textbox")
      .first()
      .fill("到2025年,佛山市工业总产值超过3万亿元。\n佛山市人民政府\n2021年1月1日");
    await page.getByRole("button", { name: "提取" }).click();
    await page.getByText("加入本工作簿的数据集").waitFor();
    expect(await page.getByRole("listitem").count()).toBe(1);
    await page.getByRole("button", { name: "加入本工作簿的数据集" }).click();
    await page.getByText("已加入 1 条记录").waitFor();
    await page.getByText("本工作簿的数据集").first().waitFor();
    expect(errors).toEqual([]);
    expect(h.external).toEqual([]);
  });
});
