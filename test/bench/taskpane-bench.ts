// npm run bench (third part): the task pane's first render in Chromium after office.js is ready, the
// JavaScript the page loads first (gzip), and context.sync() counts for inserting 10, 100 and 1,000 rows.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { DatasetIndex } from "../../src/dataset/query";
import type { PolicyRecord } from "../../src/model/schema";
import { insertTargetTable } from "../../src/office/target-table";
import { chromiumAvailable, startHarness } from "../e2e/harness";
import { seedDataset } from "../functions/fixture";
import { installFakeExcel } from "../helpers/fake-excel";

async function main() {
  const dist = path.join(__dirname, "..", "..", "dist");
  const entries = JSON.parse(fs.readFileSync(path.join(dist, "entrypoints.json"), "utf8")) as Record<
    string,
    { file: string }[]
  >;
  const gz = (files: { file: string }[]) =>
    files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f.file))).length, 0) / 1024;
  const pageFiles = [
    ...new Map(
      [...entries.taskpane, ...entries.functions, ...entries.commands].map((f) => [f.file, f]),
    ).values(),
  ];
  console.log(
    `task pane page, initial JavaScript: ${gz(pageFiles).toFixed(0)} KiB gzip (task pane entry alone ${gz(entries.taskpane).toFixed(0)} KiB)   [goal ≤ 150 KiB]`,
  );

  if (chromiumAvailable()) {
    const h = await startHarness();
    const times: number[] = [];
    const afterReady: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { page } = await h.page({
        init: `new MutationObserver(function () {
                 if (!window.__firstRender && document.querySelector('[role="listitem"]')) window.__firstRender = performance.now();
               }).observe(document, { childList: true, subtree: true });`,
      });
      await page.goto(`${h.url}/taskpane.html`);
      await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender);
      const [t, r] = await page.evaluate(() => {
        const office = performance.getEntriesByType("resource").find((e) => /office\.js$/.test(e.name)) as
          PerformanceResourceTiming | undefined;
        const ready = performance.getEntriesByName("policy-targets:office-ready")[0]?.startTime ?? 0;
        const first = (window as unknown as { __firstRender: number }).__firstRender;
        return [first - (office?.responseEnd ?? 0), first - ready];
      });
      times.push(t);
      afterReady.push(r);
      await page.context().close();
    }
    await h.close();
    times.sort((a, b) => a - b);
    afterReady.sort((a, b) => a - b);
    console.log(
      `first render after office.js is loaded, median of 5: ${times[2].toFixed(0)} ms   [goal ≤ 300 ms]` +
        ` (of which after Office.onReady: ${afterReady[2].toFixed(0)} ms)`,
    );
  } else console.log("first render: Debian chromium not installed, skipped");

  const idx = new DatasetIndex(seedDataset());
  const base = idx.find({ region: "佛山市", kind: "target" })[0];
  for (const n of [10, 100, 1000]) {
    const state = installFakeExcel();
    const recs: PolicyRecord[] = Array.from({ length: n }, (_, i) => ({
      ...base,
      id: `r${i}`,
      subject: `产业${i}`,
    }));
    const t0 = performance.now();
    await insertTargetTable("佛山市", recs, (id) => idx.document(id));
    console.log(
      `insert ${n} rows: ${state.syncs} context.sync() calls (${(performance.now() - t0).toFixed(0)} ms in the fake)   [goal ≤ 3]`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
