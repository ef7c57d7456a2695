import datasetUrl from "@policy/bundled-dataset-url";
import { loadT2sTable } from "../lexicon/t2s-table";
import type { Dataset } from "../model/schema";
import { getStore } from "./store";

// The dataset bundled with the add-in is a JSON file beside the page, fetched as data when the page starts
// instead of compiled into the page's first JavaScript. webpack.config.js builds it from seeds/ and fails the
// build unless it matches the contract, and its file name carries its content hash, so the page uses it as it
// is. The character table that lookups typed in traditional characters need comes with it (no index, and so no
// lookup, exists before both are in).
let bundled: Promise<Dataset> | null = null;

/** The bundled dataset, fetched once per page. */
export function bundledDataset(): Promise<Dataset> {
  bundled ??= fetchBundled();
  return bundled;
}

async function fetchBundled(): Promise<Dataset> {
  const [response] = await Promise.all([fetch(datasetUrl), loadT2sTable()]);
  if (!response.ok)
    throw new Error(
      `内置数据集无法读取 (the bundled dataset could not be fetched): HTTP ${response.status} ${datasetUrl}`,
    );
  // checked against the contract when it was built (see above)
  return (await response.json()) as Dataset;
}

/** Put the bundled dataset into the shared store unless a workbook's dataset is there already. */
export function loadBundledDataset(): Promise<void> {
  const store = getStore();
  return bundledDataset().then(
    (dataset) => {
      if (!store.index) store.setDataset(dataset, "bundled");
    },
    (e: unknown) => store.fail(e instanceof Error ? e.message : String(e)),
  );
}

void loadBundledDataset();
