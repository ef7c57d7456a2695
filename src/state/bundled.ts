import bundledJson from "@policy/bundled-dataset";
import { parseDataset, type Dataset } from "../model/schema";
import { getStore } from "./store";

let bundled: Dataset | null = null;

/** The dataset bundled with the add-in, validated once. */
export function bundledDataset(): Dataset {
  if (!bundled) {
    const parsed = parseDataset(bundledJson);
    if (!parsed.ok) throw new Error(`bundled dataset is damaged: ${parsed.error}`);
    bundled = parsed.dataset;
  }
  return bundled;
}

/** Load the bundled dataset into the shared store, once per page. */
export function loadBundledDataset(): void {
  const store = getStore();
  if (!store.index) store.setDataset(bundledDataset(), "bundled");
}

loadBundledDataset();
