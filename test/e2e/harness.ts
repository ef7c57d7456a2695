import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

// Serves the production build on 127.0.0.1 and drives Debian's Chromium. office.js comes from the
// @microsoft/office-js package: the page keeps Microsoft's CDN URL and the harness answers it locally.
const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const OUTPUT = path.join(ROOT, "test-output");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/**
 * office.js, outside Office, tries to open Microsoft's telemetry frame. The harness blocks it like every other
 * outside request; it is listed apart because it is office.js's doing, not the product's.
 */
export const OFFICE_JS_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

export interface Harness {
  url: string;
  browser: Browser;
  /** Every request the pages made that was not answered locally (must stay empty). */
  external: string[];
  close(): Promise<void>;
  /** `blockOffice`: office.js cannot be fetched, as on a network that blocks Microsoft's CDN. */
  page(opts?: { init?: string; blockOffice?: boolean }): Promise<{ page: Page; errors: string[] }>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

export async function startHarness(): Promise<Harness> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\/+/, "") || "taskpane.html";
    const file = path.join(DIST, rel);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const external: string[] = [];
  fs.mkdirSync(OUTPUT, { recursive: true });
  return {
    url,
    browser,
    external,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
    async page(opts = {}) {
      const context = await browser.newContext({ viewport: { width: 350, height: 700 }, locale: "zh-CN" });
      await context.route("**/*", async (route) => {
        const u = new URL(route.request().url());
        if (u.hostname === "127.0.0.1") return route.continue();
        if (u.hostname === "appsforoffice.microsoft.com" && !opts.blockOffice) {
          const rel = u.pathname.replace(/^\/lib\/1\/hosted\//, "");
          const file = path.join(OFFICE, rel);
          if (file.startsWith(OFFICE) && fs.existsSync(file))
            return route.fulfill({ path: file, contentType: "text/javascript" });
        }
        if (
          !OFFICE_JS_TELEMETRY.test(u.toString()) &&
          !(opts.blockOffice && u.hostname === "appsforoffice.microsoft.com")
        )
          external.push(u.toString());
        return route.abort();
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      // a script, style, worker or frame the Content-Security-Policy refused
      page.on("console", (m) => {
        if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
      });
      if (opts.init) await page.addInitScript(opts.init);
      return { page, errors };
    },
  };
}

/**
 * Wait for the live pane. The page is built with its first screen in it (src/taskpane/prerender.tsx), inert, so
 * text on the page says nothing about whether the pane's scripts have run.
 */
export async function livePane(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector("[data-first-screen]") && !!document.querySelector("#root *"),
  );
}

/** In the 导入文档 view: paste a document, extract, accept every record, wait for the confirmation. */
export async function importPasted(page: Page, text: string, expectRecords: number): Promise<void> {
  await page.getByRole("tab", { name: "导入文档" }).click();
  await page.getByRole("textbox").first().fill(text);
  await page.getByRole("button", { name: "提取", exact: true }).click();
  await page.getByRole("button", { name: "加入本工作簿的数据集" }).waitFor();
  if ((await page.getByRole("listitem").count()) !== expectRecords) {
    throw new Error(
      `expected ${expectRecords} extracted records, saw ${await page.getByRole("listitem").count()}`,
    );
  }
  await page.getByRole("button", { name: "加入本工作簿的数据集" }).click();
  await page.getByText(`已加入 ${expectRecords} 条记录`).waitFor();
}
