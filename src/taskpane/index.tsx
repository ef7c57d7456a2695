/* global Office */
import { createDOMRenderer } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { bundledDataset } from "../state/bundled";
import { getStore } from "../state/store";
import { WorkbookData, browserParts, laterParts, memoryParts } from "../state/workbook-data";
import { excelParts, onWorkbookActivated } from "../office/workbook-dataset";
import { loadTabs } from "./App";
import { Pane } from "./Pane";
import type { Host } from "./hooks/useWorkbook";

/** Outside Excel, imports are kept in the browser so that they survive a reload (in memory where it refuses). */
function standaloneParts() {
  try {
    return browserParts(window.localStorage);
  } catch {
    return memoryParts();
  }
}

/** Office's display language inside Office; the browser's outside it and until Office has said. */
function language(host: Host | null): string | undefined {
  if (host === "excel" && typeof Office !== "undefined") return Office.context?.displayLanguage;
  return typeof navigator !== "undefined" ? navigator.language : undefined;
}

/** How long the first screen waits for the bundled dataset before it is drawn without it (still loading). */
const FIRST_SCREEN_WAIT_MS = 1000;

/**
 * The pane draws its first screen (the bundled dataset's data view) without waiting for office.js to say which
 * host this is: the workbook's stored parts are read once it has, and the views that need Excel wait for it.
 */
function start(host: Promise<Host>) {
  void loadTabs().catch(() => undefined); // fetched with the dataset; the pane asks again if this failed
  const backend = host.then((h) => (h === "excel" ? excelParts : standaloneParts()));
  // the workbook's stored dataset is read before the pane renders anything that could write, and without the
  // pane: in the shared runtime the worksheet functions see it as soon as it is read
  const data = new WorkbookData(laterParts(backend), getStore(), bundledDataset);
  void data.load().catch(() => undefined); // the failure is in data's state, shown by the pane

  // The page holds the first screen drawn when the add-in was built (prerender.tsx), inert, with its styles: the
  // live pane is drawn over it (React empties the root on its first render, in the same frame), and those styles
  // are read back rather than inserted a second time. Taking the snapshot over in place (hydrating it) was tried:
  // on a slow machine it made the live pane later, as hydration yields to the page's other work.
  const element = document.getElementById("root");
  const root = element && createRoot(element);
  const renderer = createDOMRenderer();
  let known: Host | null = null;
  let drawn = false;
  const draw = () =>
    root?.render(<Pane renderer={renderer} host={known} data={data} displayLanguage={language(known)} />);
  // The first screen is the data view, drawn once with the bundled dataset (preloaded with the page's scripts)
  // instead of empty first and again a moment later; it does not wait longer than FIRST_SCREEN_WAIT_MS for it.
  const settled = bundledDataset().then(
    () => undefined,
    () => undefined,
  );
  void Promise.race([settled, new Promise((r) => setTimeout(r, FIRST_SCREEN_WAIT_MS))]).then(() => {
    drawn = true;
    draw();
  });

  void host.then((h) => {
    // for the benchmark: when Office said which host this is
    globalThis.performance?.mark?.("policy-targets:office-ready");
    known = h;
    if (drawn) draw(); // the same tree with the host known: nothing the planner began is lost
    if (h !== "excel") return;
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
  });
}

// The entry is the pane's only contact with Office: inside Excel office.js reports the host; in a plain browser
// (standalone mode) Office is absent (blocked or not loaded) or reports no host.
start(
  typeof Office !== "undefined" && typeof Office.onReady === "function"
    ? Office.onReady().then((info) => (info.host === Office.HostType.Excel ? "excel" : "standalone"))
    : Promise.resolve("standalone"),
);
