/* global Office */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { bundledDataset } from "../state/bundled";
import { getStore } from "../state/store";
import { WorkbookData, browserParts, memoryParts } from "../state/workbook-data";
import { excelParts, onWorkbookActivated } from "../office/workbook-dataset";
import { App } from "./App";
import type { Host } from "./hooks/useWorkbook";

/** Outside Excel, imports are kept in the browser so that they survive a reload (in memory where it refuses). */
function standaloneParts() {
  try {
    return browserParts(window.localStorage);
  } catch {
    return memoryParts();
  }
}

/** Office's display language inside Office; the browser's outside it. */
function language(host: Host): string | undefined {
  if (host === "excel" && typeof Office !== "undefined") return Office.context?.displayLanguage;
  return typeof navigator !== "undefined" ? navigator.language : undefined;
}

/** How long the first screen waits for the bundled dataset before it is drawn without it (still loading). */
const FIRST_SCREEN_WAIT_MS = 1000;

function start(host: Host) {
  // for the benchmark: when Office said which host this is (first render is measured from here and from office.js)
  globalThis.performance?.mark?.("policy-targets:office-ready");
  // the workbook's stored dataset is read before the pane renders anything that could write, and without the
  // pane: in the shared runtime the worksheet functions see it as soon as it is read
  const data = new WorkbookData(
    host === "excel" ? excelParts : standaloneParts(),
    getStore(),
    bundledDataset,
  );
  void data.load().catch(() => undefined); // the failure is in data's state, shown by the pane
  if (host === "excel") {
    // cells Excel computed before the bundled dataset had arrived answered #N/A: they are computed again
    void bundledDataset().then(
      async () => {
        if (getStore().askedBeforeLoad) await excelParts.recalculate();
      },
      () => undefined, // the store holds why; the pane shows it
    );
    // a co-author's parts may arrive while the workbook is in the background or the pane is closed
    const reload = () => void data.load().catch(() => undefined);
    void onWorkbookActivated(reload).catch(() => undefined);
    document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && reload());
  }
  const root = document.getElementById("root");
  if (!root) return;
  // The first screen is the data view, drawn once with the bundled dataset (preloaded with the page's scripts)
  // instead of empty first and again a moment later; it does not wait longer than FIRST_SCREEN_WAIT_MS for it.
  const settled = bundledDataset().then(
    () => undefined,
    () => undefined,
  );
  void Promise.race([settled, new Promise((r) => setTimeout(r, FIRST_SCREEN_WAIT_MS))]).then(() =>
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} data={data} displayLanguage={language(host)} />
      </FluentProvider>,
    ),
  );
}

// The entry is the pane's only contact with Office: inside Excel it waits for office.js; in a plain browser
// (standalone mode) Office is absent or reports no host.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => start(info.host === Office.HostType.Excel ? "excel" : "standalone"));
} else start("standalone");
