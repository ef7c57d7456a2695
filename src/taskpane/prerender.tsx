// Build time only (src/cli/prerender-page.ts runs it for webpack.config.js): the pane's first screen — the data view of the bundled
// dataset, in Chinese — as static HTML and the CSS it uses, written into taskpane.html. The planner sees the
// records as soon as the page is parsed, while the scripts and office.js load. The snapshot is inert (it takes no
// clicks or typing, which would be lost) until the live pane, drawn by the same tree (Pane.tsx), replaces it; the
// live pane reads these styles back instead of inserting them again.
import { createDOMRenderer, renderToStyleElements } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { prerenderToNodeStream } from "react-dom/static";
import type { Dataset } from "../model/schema";
import { getStore } from "../state/store";
import { WorkbookData, memoryParts } from "../state/workbook-data";
import { loadTabs } from "./App";
import { Pane } from "./Pane";

export interface FirstScreen {
  /** The first screen's markup, to go inside the page's root element. */
  html: string;
  /** Griffel's style elements for it, to go into the page's head. */
  styles: string;
}

/** The first screen as the live pane draws it for a planner who has not chosen a language, before Office has said. */
export async function prerenderFirstScreen(dataset: Dataset): Promise<FirstScreen> {
  const store = getStore();
  store.setDataset(dataset, "bundled");
  const renderer = createDOMRenderer();
  const data = new WorkbookData(memoryParts(), store, () => dataset);
  await loadTabs();
  // every part in place: a part that waited (Suspense) would be sent apart for a script to move, which the page's
  // Content-Security-Policy does not run
  const { prelude } = await prerenderToNodeStream(
    <Pane renderer={renderer} host={null} data={data} displayLanguage="zh-CN" />,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let app = "";
  for await (const chunk of prelude) app += String(chunk);
  if (/<template|<script/i.test(app))
    throw new Error("the first screen has a part that would need a script to show");
  return {
    html: `<div inert data-first-screen="static">${app}</div>`,
    styles: renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>),
  };
}
